package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fixArgs is "fix --gazetteer testdata/gaz.jsonl" followed by more.
func fixArgs(more ...string) []string {
	return append([]string{"fix", "--gazetteer", testGazetteer}, more...)
}

// mentionKeys are the fields every line of "fix --json" must have.
var mentionKeys = []string{"start", "end", "text", "replacement", "id", "name", "score", "changed"}

// mentions decodes "fix --json" output, checking that every line has the contract's keys.
func mentions(t *testing.T, out string) []mentionRecord {
	t.Helper()
	var recs []mentionRecord
	for i, raw := range jsonLines(t, out) {
		for _, key := range mentionKeys {
			assert.Contains(t, raw, key, "mention %d", i)
		}
		b, err := json.Marshal(raw)
		require.NoError(t, err)
		var rec mentionRecord
		require.NoError(t, json.Unmarshal(b, &rec))
		recs = append(recs, rec)
	}
	return recs
}

// checkMentions checks the log of one document against its input and the text fix wrote for it:
// offsets in range and in order, text equal to the input bytes, and the input with each text
// replaced by its replacement equal to the output, so that every byte outside the names is kept.
func checkMentions(t *testing.T, input, output string, recs []mentionRecord) {
	t.Helper()
	var b strings.Builder
	prev := 0
	for i, m := range recs {
		require.LessOrEqual(t, prev, m.Start, "mention %d starts before the end of the previous one", i)
		require.Less(t, m.Start, m.End, "mention %d is empty", i)
		require.LessOrEqual(t, m.End, len(input), "mention %d ends past the input", i)
		assert.Equal(t, input[m.Start:m.End], m.Text, "mention %d: text is input[start:end]", i)
		assert.Equal(t, m.Text != m.Replacement, m.Changed, "mention %d: changed iff the replacement differs", i)
		assert.NotEmpty(t, m.ID, "mention %d", i)
		assert.NotEmpty(t, m.Name, "mention %d", i)
		assert.Greater(t, m.Score, 0.0, "mention %d", i)
		assert.LessOrEqual(t, m.Score, 1.0, "mention %d", i)
		b.WriteString(input[prev:m.Start])
		b.WriteString(m.Replacement)
		prev = m.End
	}
	b.WriteString(input[prev:])
	assert.Equal(t, output, b.String(), "input with the replacements spliced in is the output")
}

func TestFixText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		args  []string
		input string
		want  string
	}{
		{
			name:  "garbled names repaired",
			input: "On Monday, Angela Merkle met Emanuel Makron in Kyiv.\n",
			want:  "On Monday, Angela Merkel met Emmanuel Macron in Kyiv.\n",
		},
		{
			name:  "later surname mention repaired from the document",
			input: "Volodimir Zelenski spoke to Angela Merkle. Later, Merkle left.",
			want:  "Volodymyr Zelenskyy spoke to Angela Merkel. Later, Merkel left.",
		},
		{
			name:  "diacritics restored",
			input: "Recep Tayip Erdogan spoke to Mark Rute by phone.\n",
			want:  "Recep Tayyip Erdoğan spoke to Mark Rutte by phone.\n",
		},
		{
			name: "bytes around the names kept: CRLF, tabs, runs of spaces, punctuation, no final newline",
			input: "\tAngela Merkle\tvisited  Kyiv;\r\n\r\n  “Emanuel Makron” — (Mark Carny)…   \r\n" +
				"Ünïcödé ß 日本語  and  trailing spaces   ",
			want: "\tAngela Merkel\tvisited  Kyiv;\r\n\r\n  “Emmanuel Macron” — (Mark Carney)…   \r\n" +
				"Ünïcödé ß 日本語  and  trailing spaces   ",
		},
		{
			name:  "invalid UTF-8 between names kept",
			input: "Kyiv \xff\xfe\xc3 Angela Merkle \x80.",
			want:  "Kyiv \xff\xfe\xc3 Angela Merkel \x80.",
		},
		{
			name:  "text without names unchanged",
			input: "Nothing to see here.\nJust plain words, and numbers 1, 2, 3.\n",
			want:  "Nothing to see here.\nJust plain words, and numbers 1, 2, 3.\n",
		},
		{
			name:  "legitimate alias kept by default",
			input: "Recep Tayyip Erdoğan arrived in Kiev.",
			want:  "Recep Tayyip Erdoğan arrived in Kiev.",
		},
		{
			name:  "--canonical rewrites a legitimate alias",
			args:  []string{"--canonical"},
			input: "Recep Tayyip Erdoğan arrived in Kiev.",
			want:  "Recep Tayyip Erdoğan arrived in Kyiv.",
		},
		{
			name:  "--ascii writes replacements without diacritics",
			args:  []string{"--ascii"},
			input: "Recep Tayip Erdogan spoke.",
			want:  "Recep Tayyip Erdogan spoke.",
		},
		{
			name:  "empty input",
			input: "",
			want:  "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runCmd(t, tt.input, fixArgs(tt.args...)...)
			require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
			assert.Equal(t, tt.want, r.stdout)
			assert.Empty(t, r.stderr)

			// The mention log of the same input agrees with the text.
			j := runCmd(t, tt.input, fixArgs(append([]string{"--json"}, tt.args...)...)...)
			require.Equal(t, exitOK, j.code, "stderr: %s", j.stderr)
			recs := mentions(t, j.stdout)
			checkMentions(t, tt.input, r.stdout, recs)
			for i, m := range recs {
				assert.Empty(t, m.File, "mention %d: no file field on standard input", i)
			}
			assert.NotContains(t, j.stdout, `"file"`)
			if tt.input != tt.want {
				assert.NotEmpty(t, recs, "a change is logged")
			}
		})
	}
}

func TestFixJSON(t *testing.T) {
	t.Parallel()
	input := "On Monday, Angela Merkle met Emanuel Makron in Kyiv.\n"
	r := runCmd(t, input, fixArgs("--json")...)
	require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
	recs := mentions(t, r.stdout)
	require.Len(t, recs, 3)
	want := []struct {
		text, replacement, id string
		changed               bool
	}{
		{"Angela Merkle", "Angela Merkel", "angela-merkel", true},
		{"Emanuel Makron", "Emmanuel Macron", "emmanuel-macron", true},
		{"Kyiv", "Kyiv", "kyiv", false},
	}
	for i, w := range want {
		assert.Equal(t, w.text, recs[i].Text, "mention %d", i)
		assert.Equal(t, w.replacement, recs[i].Replacement, "mention %d", i)
		assert.Equal(t, w.id, recs[i].ID, "mention %d", i)
		assert.Equal(t, w.changed, recs[i].Changed, "mention %d", i)
		assert.Equal(t, strings.Index(input, w.text), recs[i].Start, "mention %d: byte offset", i)
	}
	checkMentions(t, input, "On Monday, Angela Merkel met Emmanuel Macron in Kyiv.\n", recs)
}

func TestFixJSONByteOffsetsAfterMultibyte(t *testing.T) {
	t.Parallel()
	// Offsets are in bytes, not runes: the quotes and dash before the name are 3 bytes each.
	input := "“Ünïcödé” — Angela Merkle."
	r := runCmd(t, input, fixArgs("--json")...)
	require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
	recs := mentions(t, r.stdout)
	require.Len(t, recs, 1)
	assert.Equal(t, strings.Index(input, "Angela"), recs[0].Start)
	assert.Equal(t, "Angela Merkle", input[recs[0].Start:recs[0].End])
}

func TestFixFiles(t *testing.T) {
	t.Parallel()
	files := []string{"testdata/article1.txt", "testdata/article2.txt"}
	inputs := map[string]string{}
	var wantText strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		inputs[f] = string(b)
		single := runCmd(t, "", fixArgs(f)...)
		require.Equal(t, exitOK, single.code, "stderr: %s", single.stderr)
		wantText.WriteString(single.stdout)
	}

	t.Run("text", func(t *testing.T) {
		t.Parallel()
		r := runCmd(t, "ignored stdin: Angela Merkle", fixArgs(files...)...)
		require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
		assert.Equal(t, "On Monday, Angela Merkel met Emmanuel Macron in Kyiv.\n"+
			"Later, Volodymyr Zelenskyy said “thanks” — twice — to Merkel.\n"+
			"Recep Tayyip Erdoğan spoke to Mark Rutte by phone.\n", r.stdout)
		assert.Equal(t, wantText.String(), r.stdout, "the files are fixed one after the other")
	})

	t.Run("json", func(t *testing.T) {
		t.Parallel()
		r := runCmd(t, "", fixArgs(append([]string{"--json"}, files...)...)...)
		require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
		raws := jsonLines(t, r.stdout)
		for i, raw := range raws {
			assert.Contains(t, raw, "file", "mention %d", i)
		}
		recs := mentions(t, r.stdout)
		byFile := map[string][]mentionRecord{}
		var order []string
		for _, m := range recs {
			require.Contains(t, inputs, m.File, "file is the path as given")
			if len(byFile[m.File]) == 0 {
				order = append(order, m.File)
			}
			byFile[m.File] = append(byFile[m.File], m)
		}
		assert.Equal(t, files, order, "files in argument order")
		for _, f := range files {
			single := runCmd(t, "", fixArgs(f)...)
			require.Equal(t, exitOK, single.code)
			checkMentions(t, inputs[f], single.stdout, byFile[f])
		}
	})
}

func TestFixFileErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"missing file", []string{"testdata/no-such-article.txt"}, "no-such-article.txt"},
		{"missing file json", []string{"--json", "testdata/no-such-article.txt"}, "no-such-article.txt"},
		{"directory", []string{"testdata"}, "is a directory"},
		{"directory json", []string{"--json", "testdata"}, "is a directory"},
		{"missing gazetteer", []string{"--gazetteer", "testdata/no-such-gazetteer.jsonl", "testdata/article1.txt"}, "no-such-gazetteer.jsonl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runCmd(t, "", fixArgs(tt.args...)...)
			assert.Equal(t, exitData, r.code)
			lines := stderrLines(r.stderr)
			require.Len(t, lines, 1, "one message: %q", r.stderr)
			assert.Contains(t, lines[0], tt.wantErr)
			assert.True(t, strings.HasPrefix(lines[0], "canonym: "), "got %q", lines[0])
		})
	}
	t.Run("directory is named", func(t *testing.T) {
		t.Parallel()
		r := runCmd(t, "", fixArgs("testdata")...)
		assert.Equal(t, exitData, r.code)
		assert.Contains(t, r.stderr, "testdata: is a directory")
	})
}

func TestFixEmptyInput(t *testing.T) {
	t.Parallel()
	empty := filepath.Join(t.TempDir(), "empty.txt")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	tests := []struct {
		name string
		args []string
	}{
		{"stdin", nil},
		{"stdin json", []string{"--json"}},
		{"empty file", []string{empty}},
		{"empty file json", []string{"--json", empty}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runCmd(t, "", fixArgs(tt.args...)...)
			assert.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
			assert.Empty(t, r.stdout)
			assert.Empty(t, r.stderr)
		})
	}
}
