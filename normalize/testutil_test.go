package normalize_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

// newsMatcher builds a Matcher over testdata/news.jsonl, a small gazetteer of real entities.
func newsMatcher(t testing.TB, opts ...normalize.Option) *normalize.Matcher {
	t.Helper()
	g, err := gazetteer.ReadFile("testdata/news.jsonl")
	require.NoError(t, err)
	m, err := normalize.New(g, opts...)
	require.NoError(t, err)
	return m
}
