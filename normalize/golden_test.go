package normalize_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenDir holds the golden-file tests of Fix: news articles (NAME.txt) written for the tests, a
// small gazetteer of real entities (gazetteer.jsonl) and the expected output of each article
// (NAME.golden). Run `go test ./normalize/ -run Golden -update` to rewrite the golden files after
// a deliberate change of behaviour, and read the diff before keeping it.
const goldenDir = "testdata/golden"

// TestGolden runs Fix over every article of testdata/golden and compares the corrected text and
// the mention log with NAME.golden.
func TestGolden(t *testing.T) {
	g, err := gazetteer.ReadFile(filepath.Join(goldenDir, "gazetteer.jsonl"))
	require.NoError(t, err)
	m, err := normalize.New(g)
	require.NoError(t, err)

	files, err := filepath.Glob(filepath.Join(goldenDir, "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no articles in %s", goldenDir)

	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(path)
			require.NoError(t, err)
			res := m.Fix(string(in))
			checkResult(t, string(in), res)
			got := formatGolden(res)

			golden := strings.TrimSuffix(path, ".txt") + ".golden"
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "missing golden file; run: go test ./normalize/ -run Golden -update")
			assert.Equal(t, string(want), got, "output differs from %s", golden)
		})
	}
}

// TestGoldenDeterministic checks that Fix gives the same result for the same article every time,
// whatever the order in which Go iterates its maps.
func TestGoldenDeterministic(t *testing.T) {
	g, err := gazetteer.ReadFile(filepath.Join(goldenDir, "gazetteer.jsonl"))
	require.NoError(t, err)
	m, err := normalize.New(g)
	require.NoError(t, err)
	files, err := filepath.Glob(filepath.Join(goldenDir, "*.txt"))
	require.NoError(t, err)
	for _, path := range files {
		in, err := os.ReadFile(path)
		require.NoError(t, err)
		first := formatGolden(m.Fix(string(in)))
		for range 5 {
			require.Equal(t, first, formatGolden(m.Fix(string(in))), filepath.Base(path))
		}
	}
}

// checkResult verifies the invariants of a Result that hold whatever the golden file says:
// mentions are in order and disjoint, their Text is the input at their offsets, Changed agrees with
// Replacement, and the corrected text is the input with the changed mentions replaced.
func checkResult(t *testing.T, in string, res normalize.Result) {
	t.Helper()
	assert.True(t, utf8.ValidString(res.Text), "corrected text is not valid UTF-8")
	var b strings.Builder
	pos := 0
	for i, mt := range res.Mentions {
		require.True(t, mt.Start >= pos && mt.Start < mt.End && mt.End <= len(in),
			"mention %d [%d,%d) out of order or out of range", i, mt.Start, mt.End)
		assert.Equal(t, in[mt.Start:mt.End], mt.Text, "mention %d text", i)
		assert.Equal(t, mt.Replacement != mt.Text, mt.Changed, "mention %d %q -> %q: Changed", i, mt.Text, mt.Replacement)
		assert.NotNil(t, mt.Entity, "mention %d %q has no entity", i, mt.Text)
		b.WriteString(in[pos:mt.Start])
		if mt.Changed {
			b.WriteString(mt.Replacement)
		} else {
			b.WriteString(mt.Text)
		}
		pos = mt.End
	}
	b.WriteString(in[pos:])
	assert.Equal(t, b.String(), res.Text, "corrected text is not the input with the mentions replaced")
}

// formatGolden renders a Result as a golden file: the corrected text, a line "--- mentions", then
// one line per mention: start end "text" -> "replacement" id changed=bool.
func formatGolden(res normalize.Result) string {
	var b strings.Builder
	b.WriteString(res.Text)
	if !strings.HasSuffix(res.Text, "\n") {
		b.WriteString("\n")
	}
	b.WriteString("--- mentions\n")
	for _, mt := range res.Mentions {
		id := "-"
		if mt.Entity != nil {
			id = mt.Entity.ID
		}
		fmt.Fprintf(&b, "%d %d %q -> %q %s changed=%t\n", mt.Start, mt.End, mt.Text, mt.Replacement, id, mt.Changed)
	}
	return b.String()
}
