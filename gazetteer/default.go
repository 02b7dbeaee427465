package gazetteer

import (
	"embed"
	"errors"
	"io/fs"
	"path"
	"strings"
	"sync"
)

// DataVersion identifies the embedded default data; it changes whenever the data does.
const DataVersion = "2026.11.0"

//go:embed data/*.jsonl
var defaultData embed.FS

// Default returns the embedded default gazetteer. It is parsed on the first call, which takes a few
// milliseconds, and the same immutable value is returned afterwards. An error means the embedded
// data is corrupt, which the package's tests rule out for released versions.
func Default() (*Gazetteer, error) { return loadDefault() }

var loadDefault = sync.OnceValues(func() (*Gazetteer, error) {
	files, err := fs.Glob(defaultData, "data/*.jsonl")
	if err != nil {
		return nil, err
	}
	var gs []*Gazetteer
	var errs []error
	for _, name := range files {
		if strings.HasSuffix(name, "-curated.jsonl") {
			continue // inputs of the generators, already folded into the generated files
		}
		f, err := defaultData.Open(name)
		if err != nil {
			return nil, err
		}
		g, err := Read(f, path.Base(name))
		f.Close()
		if err != nil {
			errs = append(errs, err)
			continue
		}
		gs = append(gs, g)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return Merge(gs...)
})
