package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCompareJSON(t *testing.T) {
	t.Parallel()
	type pair struct {
		a, b  string
		match bool
	}
	tests := []struct {
		name  string
		stdin string
		want  []pair
	}{
		{
			name:  "pairs",
			stdin: "Olaf Scholze\tOlaf Scholz\nAngela Merkel\tEmmanuel Macron\nVolodymyr Zelenskyy\tVolodimir Zelenski\n",
			want: []pair{
				{"Olaf Scholze", "Olaf Scholz", true},
				{"Angela Merkel", "Emmanuel Macron", false},
				{"Volodymyr Zelenskyy", "Volodimir Zelenski", true},
			},
		},
		{
			name:  "CRLF and no final newline",
			stdin: "Recep Tayyip Erdoğan\tRecep Tayyip Erdogan\r\nMark Rutte\tMark Carney",
			want: []pair{
				{"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", true},
				{"Mark Rutte", "Mark Carney", false},
			},
		},
		{
			name:  "only the first tab separates",
			stdin: "Kyiv\tKiev\tKyiv\n",
			want:  []pair{{"Kyiv", "Kiev\tKyiv", false}},
		},
		{
			name:  "empty input",
			stdin: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runCmd(t, tt.stdin, "compare", "--json")
			require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
			assert.Empty(t, r.stderr)
			recs := jsonLines(t, r.stdout)
			require.Len(t, recs, len(tt.want))
			for i, rec := range recs {
				for _, key := range []string{"a", "b", "score", "match"} {
					assert.Contains(t, rec, key, "record %d", i)
				}
				assert.Equal(t, tt.want[i].a, rec["a"], "record %d", i)
				assert.Equal(t, tt.want[i].b, rec["b"], "record %d", i)
				if tt.want[i].b == "Kiev\tKyiv" {
					continue // only the split is checked
				}
				assert.Equal(t, tt.want[i].match, rec["match"], "record %d: %v", i, rec)
			}
		})
	}
}

func TestCompareTable(t *testing.T) {
	t.Parallel()
	r := runCmd(t, "Olaf Scholze\tOlaf Scholz\nAngela Merkel\tEmmanuel Macron\n", "compare")
	require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	require.Len(t, lines, 2)
	assert.Regexp(t, `^[01]\.\d{3}\tsame\tOlaf Scholze\tOlaf Scholz$`, lines[0])
	assert.Regexp(t, `^[01]\.\d{3}\tdifferent\tAngela Merkel\tEmmanuel Macron$`, lines[1])
}

func TestCompareBadLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		stdin    string
		wantRecs int
		wantErr  string
	}{
		{"second line has no tab", "Olaf Scholze\tOlaf Scholz\nOlaf Scholz Olaf Scholze\n", 1, "canonym: stdin:2: "},
		{"first line has no tab", "just one name\n", 0, "canonym: stdin:1: "},
		{"empty line", "Kyiv\tKiev\n\nKyiv\tKyiv\n", 1, "canonym: stdin:2: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runCmd(t, tt.stdin, "compare", "--json")
			assert.Equal(t, exitData, r.code)
			assert.Len(t, jsonLines(t, r.stdout), tt.wantRecs, "the lines before the bad one are printed")
			lines := stderrLines(r.stderr)
			require.Len(t, lines, 1, "one message: %q", r.stderr)
			assert.True(t, strings.HasPrefix(lines[0], tt.wantErr), "got %q", lines[0])
			assert.Contains(t, lines[0], "tab")
		})
	}
}

func TestCompareArgumentIsUsageError(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"compare", "Olaf Scholz"},
		{"compare", "--json", "Olaf Scholz", "Olaf Scholze"},
	} {
		r := runCmd(t, "", args...)
		assert.Equal(t, exitUsage, r.code, "%q", args)
		assert.Contains(t, r.stderr, "unexpected argument", "%q", args)
		assert.Empty(t, r.stdout)
	}
}
