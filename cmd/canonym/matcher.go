package main

import (
	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

// loadMatcher builds a Matcher over the files given with --gazetteer, or the embedded default.
func loadMatcher(files []string, opts ...normalize.Option) (*normalize.Matcher, error) {
	var g *gazetteer.Gazetteer
	var err error
	if len(files) > 0 {
		g, err = gazetteer.Load(files...)
	} else {
		g, err = gazetteer.Default()
	}
	if err != nil {
		return nil, err
	}
	return normalize.New(g, opts...)
}
