package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

func TestRunArticle(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.NoError(t, run([]string{"-stats", filepath.Join("testdata", "article.txt")}, nil, &stdout, &stderr))
	out := stdout.String()
	for _, want := range []string{"Donald Tusk said", "Tusk told reporters", "President Volodymyr Zelenskyy thanked", "meet Recep Tayyip Erdoğan"} {
		assert.Contains(t, out, want)
	}
	assert.Contains(t, out, "supporting Kyiv.", "a correct name stays")
	assert.Equal(t, "8 names found, 4 changed\n", stderr.String())
}

// TestRunLargeInputEqualsFix streams a text of several segments from standard input and checks
// the output is what Fix gives on the whole text.
func TestRunLargeInputEqualsFix(t *testing.T) {
	article, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	require.NoError(t, err)
	text := strings.Repeat(string(article)+"\n", 4*normalize.SegmentSize/len(article))

	var stdout, stderr bytes.Buffer
	require.NoError(t, run(nil, strings.NewReader(text), &stdout, &stderr))

	g, err := gazetteer.Default()
	require.NoError(t, err)
	m, err := normalize.New(g)
	require.NoError(t, err)
	assert.True(t, m.Fix(text).Text == stdout.String(), "streamed output differs from Fix")
}

func TestRunMissingFile(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := run([]string{filepath.Join("testdata", "no-such-file.txt")}, nil, &stdout, &stderr)
	require.Error(t, err)
	assert.Empty(t, stdout.String())
}
