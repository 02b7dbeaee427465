package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGazetteerCheckValid(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		files []string
		want  string
	}{
		{"one file", []string{testGazetteer}, "1 file(s): 8 entities: 6 person, 1 place, 1 org\n"},
		{"two files", []string{testGazetteer, "testdata/extra.jsonl"}, "2 file(s): 9 entities: 6 person, 1 place, 2 org\n"},
		{"empty file", []string{"testdata/empty.jsonl"}, "1 file(s): 0 entities: 0 person, 0 place, 0 org\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runCmd(t, "", append([]string{"gazetteer", "check"}, tt.files...)...)
			require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
			assert.Equal(t, tt.want, r.stdout)
			assert.Empty(t, r.stderr)
		})
	}
}

func TestGazetteerCheckMalformed(t *testing.T) {
	t.Parallel()
	// testdata/bad.jsonl: line 2 is cut-off JSON, line 4 has kind "island", line 5 repeats the id
	// of line 1; lines 1 and 3 are fine.
	r := runCmd(t, "", "gazetteer", "check", "testdata/bad.jsonl")
	assert.Equal(t, exitData, r.code)
	assert.Empty(t, r.stdout)
	lines := stderrLines(r.stderr)
	require.Len(t, lines, 3, "one line per error:\n%s", r.stderr)
	wants := []struct{ prefix, msg string }{
		{"gazetteer: bad.jsonl:2: ", "invalid JSON"},
		{"gazetteer: bad.jsonl:4: ", `unknown kind "island"`},
		{"gazetteer: bad.jsonl:5: ", `duplicate id "angela-merkel"`},
	}
	for i, w := range wants {
		assert.Contains(t, lines[i], w.prefix)
		assert.Contains(t, lines[i], w.msg)
	}
	assert.Contains(t, lines[2], "bad.jsonl:1", "the duplicate names where the id was first defined")
	assert.NotContains(t, r.stderr, "bad.jsonl:3:")
}

func TestGazetteerCheckDuplicateAcrossFiles(t *testing.T) {
	t.Parallel()
	// "kyiv" is line 4 of gaz.jsonl and line 1 of dup.jsonl.
	r := runCmd(t, "", "gazetteer", "check", testGazetteer, "testdata/dup.jsonl")
	assert.Equal(t, exitData, r.code)
	assert.Empty(t, r.stdout)
	lines := stderrLines(r.stderr)
	require.Len(t, lines, 1, "%s", r.stderr)
	assert.Contains(t, lines[0], `duplicate id "kyiv"`)
	assert.Contains(t, lines[0], "dup.jsonl:1")
	assert.Contains(t, lines[0], "gaz.jsonl:4")
}

func TestGazetteerCheckErrorsInSeveralFiles(t *testing.T) {
	t.Parallel()
	// Every file is reported, not just the first bad one.
	r := runCmd(t, "", "gazetteer", "check", "testdata/bad.jsonl", testGazetteer, "testdata/no-such-file.jsonl")
	assert.Equal(t, exitData, r.code)
	assert.Empty(t, r.stdout)
	assert.Contains(t, r.stderr, "bad.jsonl:2:")
	assert.Contains(t, r.stderr, "bad.jsonl:5:")
	assert.Contains(t, r.stderr, "no-such-file.jsonl")
}

func TestGazetteerCheckMissingFile(t *testing.T) {
	t.Parallel()
	r := runCmd(t, "", "gazetteer", "check", "testdata/no-such-file.jsonl")
	assert.Equal(t, exitData, r.code)
	assert.Empty(t, r.stdout)
	lines := stderrLines(r.stderr)
	require.Len(t, lines, 1, "a one-line message: %q", r.stderr)
	assert.Contains(t, lines[0], "no-such-file.jsonl")
	assert.True(t, strings.HasPrefix(lines[0], "canonym: "), "got %q", lines[0])
}

func TestGazetteerCheckTooManyErrors(t *testing.T) {
	t.Parallel()
	// 15 broken lines: reporting stops at 10 a file, and says so.
	path := filepath.Join(t.TempDir(), "many.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(strings.Repeat("{not json\n", 15)), 0o644))
	r := runCmd(t, "", "gazetteer", "check", path)
	assert.Equal(t, exitData, r.code)
	lines := stderrLines(r.stderr)
	require.Len(t, lines, 11, "%s", r.stderr)
	assert.Contains(t, lines[0], "many.jsonl:1:")
	assert.Contains(t, lines[9], "many.jsonl:10:")
	assert.Contains(t, lines[10], "too many errors")
}

func TestGazetteerCheckDefault(t *testing.T) {
	t.Parallel()
	// The embedded data is still growing: only check that it loads.
	r := runCmd(t, "", "gazetteer", "check")
	require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
	assert.Contains(t, r.stdout, "entities")
	assert.Contains(t, r.stdout, "default gazetteer")
	assert.Empty(t, r.stderr)
}
