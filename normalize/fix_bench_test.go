package normalize_test

import (
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

// newsText returns about size bytes of news-like text: the golden articles, repeated.
func newsText(b *testing.B, size int) string {
	b.Helper()
	articles := goldenArticles(b)
	return strings.Repeat(articles, size/len(articles)+1)[:size]
}

func defaultMatcher(b *testing.B) *normalize.Matcher {
	b.Helper()
	g, err := gazetteer.Default()
	require.NoError(b, err)
	m, err := normalize.New(g)
	require.NoError(b, err)
	return m
}

// BenchmarkFix measures Fix on 1 MB of news-like text with the default gazetteer: the figure the
// README reports as throughput.
func BenchmarkFix(b *testing.B) {
	m := defaultMatcher(b)
	text := newsText(b, 1<<20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		m.Fix(text)
	}
}

// BenchmarkTransformer measures the streaming form on the same text.
func BenchmarkTransformer(b *testing.B) {
	m := defaultMatcher(b)
	text := newsText(b, 1<<20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	tr := m.NewTransformer(nil)
	for b.Loop() {
		_, err := io.Copy(io.Discard, transform.NewReader(strings.NewReader(text), tr))
		require.NoError(b, err)
	}
}
