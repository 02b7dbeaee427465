package main

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// matchArgs is "match --gazetteer testdata/gaz.jsonl" followed by more.
func matchArgs(more ...string) []string {
	return append([]string{"match", "--gazetteer", testGazetteer}, more...)
}

// idOf returns a record's id, "" for null; it fails the test when the key is absent.
func idOf(t *testing.T, rec map[string]any) string {
	t.Helper()
	v, ok := rec["id"]
	require.True(t, ok, "record has no id: %v", rec)
	if v == nil {
		return ""
	}
	s, ok := v.(string)
	require.True(t, ok, "id is not a string or null: %v", v)
	return s
}

func TestMatchJSON(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		args     []string // names given as arguments; nil to use stdin
		stdin    string
		wantQ    []string // queries, in order
		wantIDs  []string // "" for no match
		wantName []string // "" for null
	}{
		{
			name:     "arguments",
			args:     []string{"Angela Merkle", "Emanuel Makron", "John Smith", "Kiev"},
			wantQ:    []string{"Angela Merkle", "Emanuel Makron", "John Smith", "Kiev"},
			wantIDs:  []string{"angela-merkel", "emmanuel-macron", "", "kyiv"},
			wantName: []string{"Angela Merkel", "Emmanuel Macron", "", "Kyiv"},
		},
		{
			name:     "stdin",
			stdin:    "Volodimir Zelenski\nRecep Tayip Erdogan\nOlaf Scholz\nMark Rute\n",
			wantQ:    []string{"Volodimir Zelenski", "Recep Tayip Erdogan", "Olaf Scholz", "Mark Rute"},
			wantIDs:  []string{"volodymyr-zelenskyy", "recep-tayyip-erdogan", "", "mark-rutte"},
			wantName: []string{"Volodymyr Zelenskyy", "Recep Tayyip Erdoğan", "", "Mark Rutte"},
		},
		{
			name:     "stdin without final newline, CRLF and an empty line",
			stdin:    "Kiev\r\n\nMark Carny",
			wantQ:    []string{"Kiev", "", "Mark Carny"},
			wantIDs:  []string{"kyiv", "", "mark-carney"},
			wantName: []string{"Kyiv", "", "Mark Carney"},
		},
		{
			name:     "same name twice",
			stdin:    "Kyiv\nKyiv\n",
			wantQ:    []string{"Kyiv", "Kyiv"},
			wantIDs:  []string{"kyiv", "kyiv"},
			wantName: []string{"Kyiv", "Kyiv"},
		},
		{
			name:  "empty stdin",
			stdin: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			args := matchArgs(append([]string{"--json"}, tt.args...)...)
			r := runCmd(t, tt.stdin, args...)
			require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
			assert.Empty(t, r.stderr)
			recs := jsonLines(t, r.stdout)
			require.Len(t, recs, len(tt.wantQ), "one object per input line")
			for i, rec := range recs {
				for _, key := range []string{"query", "id", "name", "score", "confidence"} {
					assert.Contains(t, rec, key, "record %d", i)
				}
				assert.Equal(t, tt.wantQ[i], rec["query"], "record %d in input order", i)
				assert.Equal(t, tt.wantIDs[i], idOf(t, rec), "record %d (%q)", i, tt.wantQ[i])
				if tt.wantName[i] == "" {
					assert.Nil(t, rec["name"], "record %d", i)
					assert.Equal(t, "none", rec["confidence"], "record %d", i)
				} else {
					assert.Equal(t, tt.wantName[i], rec["name"], "record %d", i)
					assert.NotEqual(t, "none", rec["confidence"], "record %d", i)
					score, err := rec["score"].(json.Number).Float64()
					require.NoError(t, err)
					assert.Greater(t, score, 0.0)
					assert.LessOrEqual(t, score, 1.0)
				}
				assert.NotContains(t, rec, "candidates", "no candidates without --top")
				assert.NotContains(t, rec, "error")
			}
		})
	}
}

func TestMatchJSONNoMatchHasNullID(t *testing.T) {
	t.Parallel()
	r := runCmd(t, "", matchArgs("--json", "Xavier Quuxington")...)
	require.Equal(t, exitOK, r.code)
	// Check the raw bytes too: null, not "" or a missing key.
	assert.Contains(t, r.stdout, `"id":null`)
	assert.Contains(t, r.stdout, `"name":null`)
	recs := jsonLines(t, r.stdout)
	require.Len(t, recs, 1)
	assert.Contains(t, recs[0], "id")
	assert.Nil(t, recs[0]["id"])
	assert.Equal(t, "none", recs[0]["confidence"])
}

func TestMatchInputOrderManyLines(t *testing.T) {
	t.Parallel()
	names := []string{"Kyiv", "Angela Merkle", "nobody at all", "Mark Rute", "Erdogan", "EU", "Zelensky"}
	var queries []string
	for i := 0; i < 60; i++ {
		queries = append(queries, names[i%len(names)])
	}
	r := runCmd(t, strings.Join(queries, "\n")+"\n", matchArgs("--json")...)
	require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
	recs := jsonLines(t, r.stdout)
	require.Len(t, recs, len(queries))
	for i, rec := range recs {
		assert.Equal(t, queries[i], rec["query"], "record %d", i)
	}
}

func TestMatchTop(t *testing.T) {
	t.Parallel()
	t.Run("candidates list", func(t *testing.T) {
		t.Parallel()
		// Four entities share a token with this query, each about as well; --top 3 keeps the best
		// three.
		r := runCmd(t, "", matchArgs("--json", "--top", "3", "Rutte Carney Kyiv Macron", "Mark Rute")...)
		require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
		recs := jsonLines(t, r.stdout)
		require.Len(t, recs, 2)

		var cands []candidateRecord
		raw, err := json.Marshal(recs[0]["candidates"])
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(raw, &cands))
		require.Len(t, cands, 3)
		ids := map[string]bool{}
		for i, c := range cands {
			assert.NotEmpty(t, c.ID)
			assert.NotEmpty(t, c.Name)
			assert.False(t, ids[c.ID], "candidate %q listed twice", c.ID)
			ids[c.ID] = true
			if i > 0 {
				assert.GreaterOrEqual(t, cands[i-1].Score, c.Score, "best first")
			}
		}
		assert.True(t, ids["mark-carney"] && ids["emmanuel-macron"] && ids["mark-rutte"], "got %v", ids)

		// When there is a match, the best candidate is the match.
		raw, err = json.Marshal(recs[1]["candidates"])
		require.NoError(t, err)
		cands = nil
		require.NoError(t, json.Unmarshal(raw, &cands))
		require.NotEmpty(t, cands)
		assert.LessOrEqual(t, len(cands), 3)
		assert.Equal(t, "mark-rutte", idOf(t, recs[1]))
		assert.Equal(t, "mark-rutte", cands[0].ID)
	})
	t.Run("top 2 truncates", func(t *testing.T) {
		t.Parallel()
		r := runCmd(t, "", matchArgs("--json", "--top", "2", "Rutte Carney Kyiv Macron")...)
		require.Equal(t, exitOK, r.code)
		recs := jsonLines(t, r.stdout)
		require.Len(t, recs, 1)
		cands, ok := recs[0]["candidates"].([]any)
		require.True(t, ok, "candidates is a list: %v", recs[0]["candidates"])
		assert.Len(t, cands, 2)
	})
	t.Run("table shows candidate rows", func(t *testing.T) {
		t.Parallel()
		r := runCmd(t, "", matchArgs("--top", "3", "Rutte Carney Kyiv Macron")...)
		require.Equal(t, exitOK, r.code)
		lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
		require.Len(t, lines, 1+1+3, "header, the query, three candidates:\n%s", r.stdout)
		for _, l := range lines[2:] {
			assert.True(t, strings.HasPrefix(l, " "), "candidate rows are indented: %q", l)
		}
	})
}

func TestMatchTable(t *testing.T) {
	t.Parallel()
	queries := []string{"Recep Tayip Erdogan", "Angela Merkle", "John Smith", "Kiev"}
	wantNames := []string{"Recep Tayyip Erdoğan", "Angela Merkel", "-", "Kyiv"}
	r := runCmd(t, strings.Join(queries, "\n")+"\n", matchArgs()...)
	require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
	assert.Empty(t, r.stderr)

	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	require.Len(t, lines, 1+len(queries), "a header and one row a query:\n%s", r.stdout)
	require.True(t, strings.HasPrefix(lines[0], "QUERY "), "header: %q", lines[0])
	cols := map[string]int{}
	for _, h := range []string{"QUERY", "NAME", "SCORE", "REASON"} {
		i := strings.Index(lines[0], h)
		require.GreaterOrEqual(t, i, 0, "header has %s: %q", h, lines[0])
		cols[h] = utf8.RuneCountInString(lines[0][:i])
	}
	assert.Less(t, cols["QUERY"], cols["NAME"])
	assert.Less(t, cols["NAME"], cols["SCORE"])
	assert.Less(t, cols["SCORE"], cols["REASON"])

	// Every row has its cells starting in the header's columns (counted in runes, since the names
	// are not ASCII), each cell preceded by white space.
	for i, line := range lines[1:] {
		row := []rune(line)
		require.Greater(t, len(row), cols["REASON"], "row %d too short: %q", i, line)
		next := map[string]string{"NAME": "SCORE", "SCORE": "REASON"}
		cell := func(col string) string {
			start := cols[col]
			assert.Equal(t, ' ', row[start-1], "row %d: cell %s not preceded by a space: %q", i, col, line)
			end := len(row)
			if n, ok := next[col]; ok {
				end = cols[n]
			}
			return strings.TrimRight(string(row[start:end]), " ")
		}
		assert.Equal(t, queries[i], strings.TrimRight(string(row[:cols["NAME"]]), " "), "row %d query", i)
		assert.Equal(t, wantNames[i], cell("NAME"), "row %d name", i)
		assert.Regexp(t, `^[01]\.\d{3}$`, cell("SCORE"), "row %d score", i)
		assert.NotEmpty(t, cell("REASON"), "row %d reason", i)
	}
	assert.True(t, strings.HasSuffix(lines[3], "no match"), "a name not in the gazetteer: %q", lines[3])
}

func TestMatchInvalidUTF8(t *testing.T) {
	t.Parallel()
	t.Run("json stdin", func(t *testing.T) {
		t.Parallel()
		r := runCmd(t, "Angela Merkle\nBad \xff name\nKyiv\n", matchArgs("--json")...)
		assert.Equal(t, exitData, r.code)
		recs := jsonLines(t, r.stdout)
		require.Len(t, recs, 3, "still one object for every line, the bad one included")
		assert.Equal(t, "angela-merkel", idOf(t, recs[0]))
		assert.Equal(t, "kyiv", idOf(t, recs[2]), "lines after the bad one are still matched")
		assert.Equal(t, "invalid UTF-8", recs[1]["error"])
		q, ok := recs[1]["query"].(string)
		require.True(t, ok)
		assert.True(t, utf8.ValidString(q))
		assert.Contains(t, q, "Bad ")
		assert.Equal(t, []string{"canonym: stdin:2: invalid UTF-8"}, stderrLines(r.stderr))
	})
	t.Run("several bad lines", func(t *testing.T) {
		t.Parallel()
		r := runCmd(t, "\xc3\nKyiv\n\xfe\xfe\n", matchArgs("--json")...)
		assert.Equal(t, exitData, r.code)
		require.Len(t, jsonLines(t, r.stdout), 3)
		assert.Equal(t, []string{"canonym: stdin:1: invalid UTF-8", "canonym: stdin:3: invalid UTF-8"}, stderrLines(r.stderr))
	})
	t.Run("table stdin", func(t *testing.T) {
		t.Parallel()
		r := runCmd(t, "Kyiv\nBad \xff name\n", matchArgs()...)
		assert.Equal(t, exitData, r.code)
		assert.Len(t, strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n"), 3, "header and two rows")
		assert.Contains(t, r.stderr, "stdin:2: invalid UTF-8")
	})
	t.Run("argument", func(t *testing.T) {
		t.Parallel()
		r := runCmd(t, "", matchArgs("--json", "Kyiv", "Bad \xff")...)
		assert.Equal(t, exitData, r.code)
		require.Len(t, jsonLines(t, r.stdout), 2)
		assert.Contains(t, r.stderr, "argument:2: invalid UTF-8")
	})
}

func TestMatchGazetteerErrors(t *testing.T) {
	t.Parallel()
	t.Run("missing file", func(t *testing.T) {
		t.Parallel()
		r := runCmd(t, "", "match", "--gazetteer", "testdata/no-such-file.jsonl", "Kyiv")
		assert.Equal(t, exitData, r.code)
		assert.Empty(t, r.stdout)
		lines := stderrLines(r.stderr)
		require.Len(t, lines, 1)
		assert.Contains(t, lines[0], "no-such-file.jsonl")
	})
	t.Run("malformed file", func(t *testing.T) {
		t.Parallel()
		r := runCmd(t, "", "match", "--gazetteer", "testdata/bad.jsonl", "Kyiv")
		assert.Equal(t, exitData, r.code)
		assert.Empty(t, r.stdout)
		assert.Contains(t, r.stderr, "bad.jsonl:2:")
	})
	t.Run("several files merge", func(t *testing.T) {
		t.Parallel()
		r := runCmd(t, "", "match", "--json", "--gazetteer", testGazetteer, "--gazetteer", "testdata/extra.jsonl", "North Atlantic Treaty Organization", "Kiev")
		require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
		recs := jsonLines(t, r.stdout)
		require.Len(t, recs, 2)
		assert.Equal(t, "nato", idOf(t, recs[0]))
		assert.Equal(t, "kyiv", idOf(t, recs[1]))
	})
	t.Run("gazetteer replaces the default", func(t *testing.T) {
		t.Parallel()
		// NATO is not in testdata/gaz.jsonl (only in extra.jsonl).
		r := runCmd(t, "", matchArgs("--json", "North Atlantic Treaty Organization")...)
		require.Equal(t, exitOK, r.code)
		recs := jsonLines(t, r.stdout)
		require.Len(t, recs, 1)
		assert.Equal(t, "", idOf(t, recs[0]))
	})
}
