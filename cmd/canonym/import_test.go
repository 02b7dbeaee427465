package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const importData = "testdata/import/"

func TestImportThenCheck(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		args      []string
		stdin     string
		ids       []string
		wantCheck string
		summary   string
	}{
		{
			"csv", []string{"--from", "csv", importData + "people.csv"}, "",
			[]string{"at-t", "donald-tusk", "volodymyr-zelenskyy"},
			"1 file(s): 3 entities: 2 person, 0 place, 1 org\n", "3 entities from 3 records (0 skipped)",
		},
		{
			"csv and tsv merged", []string{"--from", "csv", importData + "people.csv", importData + "places.tsv"}, "",
			[]string{"at-t", "donald-tusk", "kyiv", "volodymyr-zelenskyy", "wroclaw"},
			"1 file(s): 5 entities: 2 person, 2 place, 1 org\n", "5 entities from 5 records (0 skipped)",
		},
		{
			"csv on stdin", []string{"--from", "csv"}, "id,kind,name\nnato,org,NATO\n",
			[]string{"nato"}, "1 file(s): 1 entities: 0 person, 0 place, 1 org\n", "1 entities from 1 records (0 skipped)",
		},
		{
			"geonames", []string{"--from", "geonames", "--min-population", "1000000", importData + "cities.txt"}, "",
			[]string{"geonames-2950159", "geonames-703448", "geonames-756135", "geonames-798544", "geonames-858787"},
			"1 file(s): 5 entities: 0 person, 5 place, 0 org\n", "5 entities from 10 records (5 skipped)",
		},
		{
			"geonames features", []string{"--from", "geonames", "--features", "A.PCLI", importData + "cities.txt"}, "",
			[]string{"geonames-798544"}, "1 file(s): 1 entities: 0 person, 1 place, 0 org\n", "1 entities from 10 records (9 skipped)",
		},
		{
			"wikidata", []string{"--from", "wikidata", "--lang", "en,de", "--countries", importData + "countries.txt", importData + "wikidata.json"}, "",
			[]string{"q31487", "q36", "q567", "q7184", "q946"},
			"1 file(s): 5 entities: 2 person, 2 place, 1 org\n", "5 entities from 7 records (2 skipped)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runCmd(t, tt.stdin, append([]string{"gazetteer", "import"}, tt.args...)...)
			require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
			var ids []string
			for _, rec := range jsonLines(t, r.stdout) {
				ids = append(ids, rec["id"].(string))
			}
			assert.Equal(t, tt.ids, ids, "sorted by id")
			assert.Equal(t, "canonym: gazetteer import: "+tt.summary+"\n", r.stderr)

			out := filepath.Join(t.TempDir(), "imported.jsonl")
			require.NoError(t, os.WriteFile(out, []byte(r.stdout), 0o644))
			check := runCmd(t, "", "gazetteer", "check", out)
			require.Equal(t, exitOK, check.code, "stderr: %s", check.stderr)
			assert.Equal(t, tt.wantCheck, check.stdout)
		})
	}
}

func TestImportWikidataCountries(t *testing.T) {
	t.Parallel()
	r := runCmd(t, "", "gazetteer", "import", "--from", "wikidata", "--countries", importData+"countries.txt", importData+"wikidata.json")
	require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
	countries := map[string]any{}
	for _, rec := range jsonLines(t, r.stdout) {
		countries[rec["id"].(string)] = rec["country"]
	}
	assert.Equal(t, map[string]any{"q946": "PL", "q31487": "PL", "q7184": nil, "q36": "PL", "q567": "DE"}, countries)
}

func TestImportCompressed(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile(importData + "people.csv")
	require.NoError(t, err)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err = zw.Write(data)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	path := filepath.Join(t.TempDir(), "people.csv.gz")
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))

	r := runCmd(t, "", "gazetteer", "import", "--from", "csv", path)
	require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
	plain := runCmd(t, "", "gazetteer", "import", "--from", "csv", importData+"people.csv")
	assert.Equal(t, plain.stdout, r.stdout)
}

func TestImportMalformed(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		args  []string
		wants []string // one error line each, in order
	}{
		{
			"csv", []string{"--from", "csv", importData + "bad.csv"},
			[]string{
				"bad.csv:3: unknown kind \"island\"",
				"bad.csv:4: malformed record: prior \"high\" is not a number",
				"bad.csv:5: malformed record: wrong number of fields",
				"bad.csv:6: malformed record",
				"bad.csv:7: prior out of range",
				"bad.csv:8: duplicate id \"ok\" (first defined at " + importData + "bad.csv:2)",
			},
		},
		{
			"geonames", []string{"--from", "geonames", importData + "cities-bad.txt"},
			[]string{
				"cities-bad.txt:2: malformed record: 18 tab-separated fields, want 19",
				"cities-bad.txt:3: malformed record: geonameid \"abc\"",
				"cities-bad.txt:4: malformed record: population \"many\"",
				"cities-bad.txt:5: invalid country \"pl\"",
				"cities-bad.txt:6: invalid UTF-8",
				"cities-bad.txt:7: duplicate id \"geonames-3099434\"",
			},
		},
		{
			"wikidata on stdin", []string{"--from", "wikidata"},
			[]string{"stdin:2: invalid JSON"},
		},
		{
			"every file reported", []string{"--from", "csv", importData + "bad.csv", importData + "no-such.csv", importData + "people.csv"},
			[]string{"bad.csv:3:", "bad.csv:4:", "bad.csv:5:", "bad.csv:6:", "bad.csv:7:", "bad.csv:8:", "no-such.csv"},
		},
		{
			"duplicate across files", []string{"--from", "csv", importData + "people.csv", importData + "people.csv"},
			[]string{"people.csv:2: duplicate id \"donald-tusk\" (first defined at " + importData + "people.csv:2)",
				"people.csv:3: duplicate id", "people.csv:4: duplicate id"},
		},
		{
			"bad country map", []string{"--from", "wikidata", "--countries", importData + "countries-bad.txt", importData + "wikidata.json"},
			[]string{"countries-bad.txt:2: \"Q183\" \"de\""},
		},
		{
			"directory", []string{"--from", "csv", "testdata"},
			[]string{"testdata: is a directory"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runCmd(t, "[\n{\"id\":\n]\n", append([]string{"gazetteer", "import"}, tt.args...)...)
			assert.Equal(t, exitData, r.code)
			assert.Empty(t, r.stdout, "nothing is written when the input has errors")
			lines := stderrLines(r.stderr)
			require.Len(t, lines, len(tt.wants), "one line per error:\n%s", r.stderr)
			for i, w := range tt.wants {
				assert.True(t, strings.HasPrefix(lines[i], "canonym: "), lines[i])
				assert.Contains(t, lines[i], w)
			}
		})
	}
}

func TestImportUsage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		args     []string
		wantCode int
		want     string // substring of stderr
	}{
		{"no --from", nil, exitUsage, "--from is required"},
		{"unknown --from", []string{"--from", "xml"}, exitUsage, `unknown --from "xml"`},
		{"--lang with csv", []string{"--from", "csv", "--lang", "de"}, exitUsage, "--lang applies only to --from wikidata"},
		{"--min-population with wikidata", []string{"--from", "wikidata", "--min-population", "5"}, exitUsage, "--min-population applies only to --from geonames"},
		{"bad number", []string{"--from", "geonames", "--min-population", "many"}, exitUsage, "invalid value"},
		{"negative population", []string{"--from", "geonames", "--min-population", "-5"}, exitUsage, "negative minimum population"},
		{"bad feature", []string{"--from", "geonames", "--features", "P,Q"}, exitUsage, `GeoNames feature "Q"`},
		{"bad language", []string{"--from", "wikidata", "--lang", "EN"}, exitUsage, `language "EN"`},
		{"no language", []string{"--from", "wikidata", "--lang", ","}, exitUsage, "no languages"},
		{"unknown flag", []string{"--frob"}, exitUsage, "flag provided but not defined"},
		{"help", []string{"--help"}, exitOK, "Usage: canonym gazetteer import"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runCmd(t, "", append([]string{"gazetteer", "import"}, tt.args...)...)
			assert.Equal(t, tt.wantCode, r.code, "stderr: %s", r.stderr)
			if tt.wantCode == exitOK {
				// help asked for is an answer: it goes to standard output
				assert.Contains(t, r.stdout, tt.want)
				assert.Empty(t, r.stderr)
				return
			}
			assert.Empty(t, r.stdout)
			assert.Contains(t, r.stderr, tt.want)
		})
	}
}

func TestImportListedInGazetteerUsage(t *testing.T) {
	t.Parallel()
	r := runCmd(t, "", "gazetteer", "frob")
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "canonym gazetteer import --from")
	assert.Contains(t, r.stderr, `want the subcommand "check" or "import"`)
}
