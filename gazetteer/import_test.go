package gazetteer_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/canonym/canonym/gazetteer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var updateImportGolden = flag.Bool("update-import", false, "rewrite testdata/import/*.golden.jsonl")

// importFunc is the common shape of the importers, with their options bound.
type importFunc func(r io.Reader, name string) (*gazetteer.Gazetteer, gazetteer.ImportStats, error)

func csvImport(opts gazetteer.CSVOptions) importFunc {
	return func(r io.Reader, name string) (*gazetteer.Gazetteer, gazetteer.ImportStats, error) {
		return gazetteer.ReadCSV(r, name, opts)
	}
}

func geonamesImport(opts gazetteer.GeoNamesOptions) importFunc {
	return func(r io.Reader, name string) (*gazetteer.Gazetteer, gazetteer.ImportStats, error) {
		return gazetteer.ReadGeoNames(r, name, opts)
	}
}

func wikidataImport(opts gazetteer.WikidataOptions) importFunc {
	return func(r io.Reader, name string) (*gazetteer.Gazetteer, gazetteer.ImportStats, error) {
		return gazetteer.ReadWikidata(r, name, opts)
	}
}

// impCountries maps the countries the Wikidata fixture refers to. Q40 (Austria) is the value of a
// deprecated claim, which must not be used.
var impCountries = map[string]string{"Q36": "PL", "Q183": "DE", "Q40": "AT", "Q142": "FR"}

// importFixture imports a fixture and checks that the written gazetteer reads back to the same
// entities and writes again byte for byte the same.
func importFixture(t *testing.T, imp importFunc, file string) (*gazetteer.Gazetteer, gazetteer.ImportStats, string) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "import", file))
	require.NoError(t, err)
	defer f.Close()
	g, stats, err := imp(f, file)
	require.NoError(t, err)
	require.NotNil(t, g)
	assert.Equal(t, g.Len(), stats.Imported)
	var out bytes.Buffer
	require.NoError(t, gazetteer.Write(&out, g))
	back, err := gazetteer.Read(bytes.NewReader(out.Bytes()), file+".jsonl")
	require.NoError(t, err, "the written gazetteer reads back:\n%s", out.String())
	require.Equal(t, g.Len(), back.Len())
	for _, e := range g.All() {
		got, ok := back.Lookup(e.ID)
		require.True(t, ok, e.ID)
		assert.Equal(t, e, got)
	}
	var again bytes.Buffer
	require.NoError(t, gazetteer.Write(&again, back))
	assert.Equal(t, out.String(), again.String())
	return g, stats, out.String()
}

// checkGolden compares the output with testdata/import/NAME, rewritten with -update-import.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "import", name)
	if *updateImportGolden {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), got)
}

// wantErr is one expected error line: the line number and the sentinel.
type wantErr struct {
	line int
	err  error
	msg  string // a substring of the message
}

// checkImportErrors asserts that err holds exactly the wanted *ParseError values, in order.
func checkImportErrors(t *testing.T, err error, file string, wants []wantErr) {
	t.Helper()
	require.Error(t, err)
	joined, ok := err.(interface{ Unwrap() []error })
	require.True(t, ok, "errors are joined: %v", err)
	errs := joined.Unwrap()
	require.Len(t, errs, len(wants), "%v", err)
	for i, w := range wants {
		var pe *gazetteer.ParseError
		require.True(t, errors.As(errs[i], &pe), "%v", errs[i])
		assert.Equal(t, file, pe.File)
		assert.Equal(t, w.line, pe.Line, "%v", pe)
		assert.ErrorIs(t, pe, w.err, "%v", pe)
		assert.Contains(t, pe.Error(), w.msg)
		if w.line > 0 {
			assert.True(t, strings.HasPrefix(pe.Error(), fmt.Sprintf("gazetteer: %s:%d: ", file, w.line)), pe.Error())
		}
	}
}

func TestImportCSV(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, file string
		opts       gazetteer.CSVOptions
		golden     string
	}{
		{"comma, auto", "people.csv", gazetteer.CSVOptions{}, "people.golden.jsonl"},
		{"comma, given", "people.csv", gazetteer.CSVOptions{Comma: ','}, "people.golden.jsonl"},
		{"tab, auto, CRLF, columns reordered", "places.tsv", gazetteer.CSVOptions{}, "places.golden.jsonl"},
		{"tab, given", "places.tsv", gazetteer.CSVOptions{Comma: '\t'}, "places.golden.jsonl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			g, stats, out := importFixture(t, csvImport(tt.opts), tt.file)
			assert.Equal(t, gazetteer.ImportStats{Records: g.Len(), Imported: g.Len()}, stats)
			checkGolden(t, tt.golden, out)
		})
	}
}

func TestImportCSVFields(t *testing.T) {
	t.Parallel()
	g, _, _ := importFixture(t, csvImport(gazetteer.CSVOptions{}), "people.csv")
	z, ok := g.Lookup("volodymyr-zelenskyy")
	require.True(t, ok)
	assert.Equal(t, []string{"Zelensky", "Volodymyr Zelensky", "Володимир Зеленський"}, z.Aliases, "trimmed, repeats dropped")
	assert.Equal(t, map[string]string{"wikidata": "Q3881739"}, z.Meta)
	att, ok := g.Lookup("at-t")
	require.True(t, ok)
	assert.Equal(t, gazetteer.Org, att.Kind)
	assert.Zero(t, att.Prior)
	assert.Nil(t, att.Meta, "an empty meta cell is left out")
	assert.Equal(t, "Telecommunications company, Dallas", att.Description)
}

func TestImportCSVErrors(t *testing.T) {
	t.Parallel()
	f, err := os.Open("testdata/import/bad.csv")
	require.NoError(t, err)
	defer f.Close()
	g, stats, err := gazetteer.ReadCSV(f, "bad.csv", gazetteer.CSVOptions{})
	assert.Nil(t, g)
	assert.Equal(t, 7, stats.Records)
	checkImportErrors(t, err, "bad.csv", []wantErr{
		{3, gazetteer.ErrUnknownKind, `"island"`},
		{4, gazetteer.ErrMalformed, `prior "high"`},
		{5, gazetteer.ErrMalformed, "number of fields"},
		{6, gazetteer.ErrMalformed, "bare"},
		{7, gazetteer.ErrPrior, "1.5"},
		{8, gazetteer.ErrDuplicateID, "bad.csv:2"},
	})
}

func TestImportCSVHeader(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, data string
		err        error
		msg        string
	}{
		{"empty input", "", gazetteer.ErrMissingField, "no header"},
		{"unknown column", "id,kind,name,alias\n", gazetteer.ErrUnknownField, `"alias"`},
		{"no name column", "id,kind,aliases\n", gazetteer.ErrMissingField, "name"},
		{"column twice", "id,kind,name,ID\n", gazetteer.ErrMalformed, `"id" appears twice`},
		{"meta without key", "id,kind,name,meta.\n", gazetteer.ErrMalformed, "meta key"},
		{"invalid UTF-8", "id,kind,name,\xff\n", gazetteer.ErrInvalidUTF8, "header"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			g, _, err := gazetteer.ReadCSV(strings.NewReader(tt.data), "h.csv", gazetteer.CSVOptions{})
			assert.Nil(t, g)
			checkImportErrors(t, err, "h.csv", []wantErr{{1, tt.err, tt.msg}})
		})
	}
}

func TestImportCSVBadDelimiter(t *testing.T) {
	t.Parallel()
	_, _, err := gazetteer.ReadCSV(strings.NewReader("id;kind;name\n"), "x.csv", gazetteer.CSVOptions{Comma: ';'})
	require.ErrorIs(t, err, gazetteer.ErrInvalidOption)
	var pe *gazetteer.ParseError
	assert.False(t, errors.As(err, &pe), "an option error is not about a line of the input")
}

func TestImportCSVLongRecords(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("x", gazetteer.MaxLineBytes)
	t.Run("record over the limit is an error, reading goes on", func(t *testing.T) {
		t.Parallel()
		data := "id,kind,name\na,person," + long + "\nb,person,B\nc,island,C\n"
		g, stats, err := gazetteer.ReadCSV(strings.NewReader(data), "long.csv", gazetteer.CSVOptions{})
		assert.Nil(t, g)
		assert.Equal(t, 3, stats.Records)
		checkImportErrors(t, err, "long.csv", []wantErr{
			{2, gazetteer.ErrLineTooLong, "bytes"},
			{4, gazetteer.ErrUnknownKind, "island"},
		})
	})
	t.Run("unterminated quote stops reading", func(t *testing.T) {
		t.Parallel()
		data := "id,kind,name\na,person,A\nb,person,\"B\n" + strings.Repeat("yyyy\n", gazetteer.MaxLineBytes/5+10000)
		g, _, err := gazetteer.ReadCSV(strings.NewReader(data), "quote.csv", gazetteer.CSVOptions{})
		assert.Nil(t, g)
		require.ErrorIs(t, err, gazetteer.ErrLineTooLong)
		assert.Contains(t, err.Error(), "reading stopped")
	})
}

func TestImportCSVStopsAfterTenErrors(t *testing.T) {
	t.Parallel()
	data := "id,kind,name\n" + strings.Repeat("x,animal,X\n", 15)
	_, _, err := gazetteer.ReadCSV(strings.NewReader(data), "many.csv", gazetteer.CSVOptions{})
	wants := make([]wantErr, 0, 11)
	for i := range gazetteer.MaxErrorsPerFile {
		wants = append(wants, wantErr{i + 2, gazetteer.ErrUnknownKind, "animal"})
	}
	wants = append(wants, wantErr{0, gazetteer.ErrTooManyErrs, "stopped after 10"})
	checkImportErrors(t, err, "many.csv", wants)
}

func TestImportGeoNames(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		opts    gazetteer.GeoNamesOptions
		golden  string // "" to skip
		ids     []string
		skipped int
	}{
		{
			"defaults", gazetteer.GeoNamesOptions{}, "cities.golden.jsonl",
			[]string{"geonames-756135", "geonames-703448", "geonames-2950159", "geonames-3081368", "geonames-3094802",
				"geonames-798544", "geonames-858787", "geonames-3090048"},
			2, // the ADM2 district and the river
		},
		{
			"min population", gazetteer.GeoNamesOptions{MinPopulation: 1_000_000}, "",
			[]string{"geonames-756135", "geonames-703448", "geonames-2950159", "geonames-798544", "geonames-858787"},
			5,
		},
		{
			"class P only", gazetteer.GeoNamesOptions{Features: []string{"P"}}, "",
			[]string{"geonames-756135", "geonames-703448", "geonames-2950159", "geonames-3081368", "geonames-3094802", "geonames-3090048"},
			4,
		},
		{
			"classes and codes", gazetteer.GeoNamesOptions{Features: []string{"H", "A.ADM2"}}, "",
			[]string{"geonames-7530767", "geonames-858788"},
			8,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			g, stats, out := importFixture(t, geonamesImport(tt.opts), "cities.txt")
			var ids []string
			for _, e := range g.All() {
				ids = append(ids, e.ID)
				assert.Equal(t, gazetteer.Place, e.Kind)
			}
			assert.Equal(t, tt.ids, ids)
			assert.Equal(t, gazetteer.ImportStats{Records: 10, Imported: len(tt.ids), Skipped: tt.skipped}, stats)
			if tt.golden != "" {
				checkGolden(t, tt.golden, out)
			}
		})
	}
}

func TestImportGeoNamesFields(t *testing.T) {
	t.Parallel()
	g, _, _ := importFixture(t, geonamesImport(gazetteer.GeoNamesOptions{}), "cities.txt")
	tests := []struct {
		id, name, country, description string
		aliases                        []string
		prior                          float64
	}{
		{"geonames-756135", "Warsaw", "PL", "city in PL",
			[]string{"Varsovia", "Varsovie", "Varsóvia", "Varšava", "Warschau", "Warszawa", "Варшава", "华沙"}, 0.6},
		{"geonames-703448", "Kyiv", "UA", "city in UA", []string{"Kiev", "Kijów", "Київ", "Киев"}, 0.6},
		{"geonames-3081368", "Wrocław", "PL", "city in PL", []string{"Wroclaw", "Breslau", "Vratislav", "Vroclavo", "Вроцлав"}, 0.51},
		{"geonames-798544", "Republic of Poland", "PL", "country", []string{"Polen", "Pologne", "Polonia", "Polska", "Poland", "Польша"}, 0.6},
		{"geonames-858787", "Masovian Voivodeship", "PL", "first-level administrative division in PL",
			[]string{"Mazowieckie", "Mazovia", "Masowien", "Województwo mazowieckie"}, 0.6},
		{"geonames-3090048", "Nowa Wieś", "PL", "city in PL", []string{"Nowa Wies"}, 0},
	}
	for _, tt := range tests {
		e, ok := g.Lookup(tt.id)
		require.True(t, ok, tt.id)
		assert.Equal(t, tt.name, e.Name, tt.id)
		assert.Equal(t, tt.country, e.Country, tt.id)
		assert.Equal(t, tt.description, e.Description, tt.id)
		assert.Equal(t, tt.aliases, e.Aliases, "%s: codes, URLs and repeats dropped", tt.id)
		assert.InDelta(t, tt.prior, e.Prior, 1e-9, tt.id)
		assert.Equal(t, map[string]string{"geonames": strings.TrimPrefix(tt.id, "geonames-")}, e.Meta)
	}
}

func TestImportGeoNamesPrior(t *testing.T) {
	t.Parallel()
	pops := []int64{0, 1, 10, 1000, 10_000, 50_000, 100_000, 500_000, 1_000_000, 1_400_000, 10_000_000, 1_400_000_000}
	var rows strings.Builder
	for i, p := range pops {
		fmt.Fprintf(&rows, "%d\tTown %d\tTown %d\t\t0\t0\tP\tPPL\tPL\t\t\t\t\t\t%d\t\t0\tEurope/Warsaw\t2024-01-01\n", i+1, i, i, p)
	}
	g, _, err := gazetteer.ReadGeoNames(strings.NewReader(rows.String()), "pop.txt", gazetteer.GeoNamesOptions{})
	require.NoError(t, err)
	prev := 0.0
	for i, p := range pops {
		e, ok := g.Lookup(fmt.Sprintf("geonames-%d", i+1))
		require.True(t, ok)
		assert.GreaterOrEqual(t, e.Prior, prev, "population %d", p)
		assert.True(t, e.Prior >= 0 && e.Prior <= 1, "population %d: prior %v", p, e.Prior)
		prev = e.Prior
		switch p {
		case 100_000:
			assert.InDelta(t, 0.3, e.Prior, 1e-9)
		case 1_400_000, 10_000_000:
			assert.InDelta(t, 0.6, e.Prior, 1e-9)
		}
	}
}

func TestImportGeoNamesErrors(t *testing.T) {
	t.Parallel()
	f, err := os.Open("testdata/import/cities-bad.txt")
	require.NoError(t, err)
	defer f.Close()
	g, stats, err := gazetteer.ReadGeoNames(f, "cities-bad.txt", gazetteer.GeoNamesOptions{})
	assert.Nil(t, g)
	assert.Equal(t, 7, stats.Records)
	checkImportErrors(t, err, "cities-bad.txt", []wantErr{
		{2, gazetteer.ErrMalformed, "18 tab-separated fields, want 19"},
		{3, gazetteer.ErrMalformed, `geonameid "abc"`},
		{4, gazetteer.ErrMalformed, `population "many"`},
		{5, gazetteer.ErrCountry, `"pl"`},
		{6, gazetteer.ErrInvalidUTF8, "UTF-8"},
		{7, gazetteer.ErrDuplicateID, "cities-bad.txt:1"},
	})
}

func TestImportGeoNamesLongLine(t *testing.T) {
	t.Parallel()
	row := "1\tA\tA\t\t0\t0\tP\tPPL\tPL\t\t\t\t\t\t5\t\t0\tEurope/Warsaw\t2024-01-01\n"
	data := strings.Repeat("y", gazetteer.MaxLineBytes+10) + "\n" + row + "2\tB\n"
	g, _, err := gazetteer.ReadGeoNames(strings.NewReader(data), "long.txt", gazetteer.GeoNamesOptions{})
	assert.Nil(t, g)
	checkImportErrors(t, err, "long.txt", []wantErr{
		{1, gazetteer.ErrLineTooLong, "over"},
		{3, gazetteer.ErrMalformed, "2 tab-separated fields"},
	})
}

func TestImportGeoNamesBadOptions(t *testing.T) {
	t.Parallel()
	for _, opts := range []gazetteer.GeoNamesOptions{
		{Features: []string{"X"}},
		{Features: []string{"PP"}},
		{Features: []string{"A.adm1"}},
		{Features: []string{"A."}},
		{MinPopulation: -1},
	} {
		_, _, err := gazetteer.ReadGeoNames(strings.NewReader(""), "x.txt", opts)
		assert.ErrorIs(t, err, gazetteer.ErrInvalidOption, "%+v", opts)
	}
}

func TestImportWikidata(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, file string
		opts       gazetteer.WikidataOptions
		golden     string
		stats      gazetteer.ImportStats
	}{
		{"dump, defaults", "wikidata.json", gazetteer.WikidataOptions{}, "wikidata.golden.jsonl",
			gazetteer.ImportStats{Records: 7, Imported: 5, Skipped: 2}},
		{"dump, countries", "wikidata.json", gazetteer.WikidataOptions{Countries: impCountries}, "wikidata-countries.golden.jsonl",
			gazetteer.ImportStats{Records: 7, Imported: 5, Skipped: 2}},
		{"dump, German first", "wikidata.json", gazetteer.WikidataOptions{Languages: []string{"de", "en"}}, "wikidata-de.golden.jsonl",
			gazetteer.ImportStats{Records: 7, Imported: 5, Skipped: 2}},
		{"JSON Lines", "wikidata.jsonl", gazetteer.WikidataOptions{}, "",
			gazetteer.ImportStats{Records: 3, Imported: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, stats, out := importFixture(t, wikidataImport(tt.opts), tt.file)
			assert.Equal(t, tt.stats, stats)
			if tt.golden != "" {
				checkGolden(t, tt.golden, out)
			}
		})
	}
}

func TestImportWikidataFields(t *testing.T) {
	t.Parallel()
	g, _, _ := importFixture(t, wikidataImport(gazetteer.WikidataOptions{Countries: impCountries}), "wikidata.json")
	tests := []struct {
		id          string
		kind        gazetteer.Kind
		name        string
		aliases     []string
		country     string
		description string
	}{
		{"q946", gazetteer.Person, "Donald Tusk", []string{"Donald Franciszek Tusk"}, "PL", "Prime Minister of Poland"},
		{"q31487", gazetteer.Place, "Kraków", []string{"Cracow", "Krakow"}, "PL", "city in southern Poland"},
		{"q7184", gazetteer.Org, "NATO", []string{"North Atlantic Treaty Organization", "North Atlantic Alliance"}, "", "intergovernmental military alliance"},
		{"q36", gazetteer.Place, "Poland", []string{"Republic of Poland", "POL"}, "PL", "country in Central Europe"},
		{"q567", gazetteer.Person, "Angela Merkel", nil, "DE", ""},
	}
	for _, tt := range tests {
		e, ok := g.Lookup(tt.id)
		require.True(t, ok, tt.id)
		assert.Equal(t, tt.kind, e.Kind, tt.id)
		assert.Equal(t, tt.name, e.Name, tt.id)
		assert.Equal(t, tt.aliases, e.Aliases, tt.id)
		assert.Equal(t, tt.country, e.Country, tt.id)
		assert.Equal(t, tt.description, e.Description, tt.id)
		assert.Equal(t, map[string]string{"wikidata": strings.ToUpper(tt.id)}, e.Meta, tt.id)
	}
	_, ok := g.Lookup("q12418")
	assert.False(t, ok, "a painting has no mappable kind")
}

func TestImportWikidataClasses(t *testing.T) {
	t.Parallel()
	// NATO is an instance of "military alliance" (Q1127126) and "international organization".
	g, stats, _ := importFixture(t, wikidataImport(gazetteer.WikidataOptions{
		PlaceClasses: []string{"Q1127126"}, OrgClasses: []string{},
	}), "wikidata.json")
	assert.Equal(t, gazetteer.ImportStats{Records: 7, Imported: 3, Skipped: 4}, stats)
	e, ok := g.Lookup("q7184")
	require.True(t, ok)
	assert.Equal(t, gazetteer.Place, e.Kind)
}

func TestImportWikidataErrors(t *testing.T) {
	t.Parallel()
	f, err := os.Open("testdata/import/wikidata-bad.json")
	require.NoError(t, err)
	defer f.Close()
	g, stats, err := gazetteer.ReadWikidata(f, "wikidata-bad.json", gazetteer.WikidataOptions{})
	assert.Nil(t, g)
	assert.Equal(t, 6, stats.Records)
	checkImportErrors(t, err, "wikidata-bad.json", []wantErr{
		{3, gazetteer.ErrSyntax, "invalid JSON"},
		{4, gazetteer.ErrSyntax, "labels"},
		{5, gazetteer.ErrSyntax, "entity object"},
		{6, gazetteer.ErrDuplicateID, "wikidata-bad.json:2"},
		{7, gazetteer.ErrMissingField, "id"},
	})
}

func TestImportWikidataLongLine(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("testdata/import/wikidata.jsonl")
	require.NoError(t, err)
	lines := strings.SplitAfter(string(data), "\n")
	// With a limit between the lengths of the lines, the longer ones are errors and the others
	// are still read.
	limit := len(lines[2]) + 1
	g, _, err := gazetteer.ReadWikidata(strings.NewReader(string(data)), "w.jsonl", gazetteer.WikidataOptions{MaxLineBytes: limit})
	assert.Nil(t, g)
	checkImportErrors(t, err, "w.jsonl", []wantErr{
		{1, gazetteer.ErrLineTooLong, "over"},
		{2, gazetteer.ErrLineTooLong, "over"},
	})
}

func TestImportWikidataBadOptions(t *testing.T) {
	t.Parallel()
	for _, opts := range []gazetteer.WikidataOptions{
		{Languages: []string{}},
		{Languages: []string{"EN"}},
		{Languages: []string{""}},
		{PlaceClasses: []string{"city"}},
		{OrgClasses: []string{"Q0"}},
		{Countries: map[string]string{"Q36": "pl"}},
		{Countries: map[string]string{"Poland": "PL"}},
		{MaxLineBytes: -1},
	} {
		_, _, err := gazetteer.ReadWikidata(strings.NewReader(""), "x.json", opts)
		assert.ErrorIs(t, err, gazetteer.ErrInvalidOption, "%+v", opts)
	}
}

// TestImportersNeverReturnPartialResults checks the contract shared with Read: errors come alone.
func TestImportersNeverReturnPartialResults(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		imp  importFunc
		data string
	}{
		{"csv", csvImport(gazetteer.CSVOptions{}), "id,kind,name\na,person,A\nb,thing,B\n"},
		{"geonames", geonamesImport(gazetteer.GeoNamesOptions{}), "1\tA\n"},
		{"wikidata", wikidataImport(gazetteer.WikidataOptions{}), "[\n{,\n]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			g, _, err := tt.imp(strings.NewReader(tt.data), "in")
			require.Error(t, err)
			assert.Nil(t, g)
		})
	}
}
