package gazetteer

// Checks over the shipped default data (data/*.jsonl as embedded). They read the raw lines, so that
// they see what the files say rather than what Read makes of them (Read brings text to NFC).
//
// Run them alone with: go test ./gazetteer -run Data

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/canonym/canonym/internal/wordlist"
)

// dataLine is one raw line of a shipped data file.
type dataLine struct {
	file string
	line int
	ent  Entity
}

func (d *dataLine) where() string { return fmt.Sprintf("%s:%d (%s)", d.file, d.line, d.ent.ID) }

// shippedData reads every embedded data file that Default loads, in file order.
var shippedData = sync.OnceValues(func() ([]*dataLine, error) {
	files, err := fs.Glob(defaultData, "data/*.jsonl")
	if err != nil {
		return nil, err
	}
	var out []*dataLine
	for _, name := range files {
		if strings.HasSuffix(name, "-curated.jsonl") {
			continue
		}
		b, err := fs.ReadFile(defaultData, name)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for n := 1; sc.Scan(); n++ {
			if len(bytes.TrimSpace(sc.Bytes())) == 0 {
				continue
			}
			d := &dataLine{file: path.Base(name), line: n}
			if err := json.Unmarshal(sc.Bytes(), &d.ent); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", d.file, n, err)
			}
			out = append(out, d)
		}
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
})

func loadShippedData(t *testing.T) []*dataLine {
	t.Helper()
	lines, err := shippedData()
	require.NoError(t, err)
	require.NotEmpty(t, lines)
	return lines
}

// TestDataLoads: the default gazetteer loads, holds every line of the files and meets the sizes
// promised in the README.
func TestDataLoads(t *testing.T) {
	lines := loadShippedData(t)
	g, err := Default()
	require.NoError(t, err)
	assert.Equal(t, len(lines), g.Len())
	counts := g.Counts()
	t.Logf("default gazetteer: %d people, %d places, %d orgs", counts[Person], counts[Place], counts[Org])
	assert.GreaterOrEqual(t, counts[Person], 2500, "people")
	assert.GreaterOrEqual(t, counts[Org], 400, "organisations")

	perFile := map[string]int{}
	for _, d := range lines {
		perFile[d.file]++
	}
	assert.Equal(t, 250, perFile["countries.jsonl"], "countries: every ISO 3166-1 code and Kosovo")
	assert.Greater(t, perFile["divisions.jsonl"], 0, "first-level divisions")

	// At least 500 curated cities carry exonyms or other legitimate variants.
	b, err := fs.ReadFile(defaultData, "data/cities-curated.jsonl")
	require.NoError(t, err)
	withAliases := 0
	for _, line := range bytes.Split(b, []byte("\n")) {
		var c struct {
			Aliases []string `json:"aliases"`
		}
		if len(bytes.TrimSpace(line)) > 0 && json.Unmarshal(line, &c) == nil && len(c.Aliases) > 0 {
			withAliases++
		}
	}
	assert.GreaterOrEqual(t, withAliases, 500, "curated cities with exonyms")
}

var dataSlug = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// TestDataIDs: ids are slugs (lowercase a-z, 0-9 and single inner hyphens), unique across all
// files, and every file is sorted by id.
func TestDataIDs(t *testing.T) {
	seen := map[string]string{}
	prev := map[string]string{}
	for _, d := range loadShippedData(t) {
		id := d.ent.ID
		assert.Truef(t, dataSlug.MatchString(id), "%s: id %q is not a slug", d.where(), id)
		if other, dup := seen[id]; dup {
			t.Errorf("%s: duplicate id, also %s", d.where(), other)
		}
		seen[id] = d.where()
		if p := prev[d.file]; p != "" && id <= p {
			t.Errorf("%s: not sorted by id (after %q)", d.where(), p)
		}
		prev[d.file] = id
	}
}

// TestDataNFC: names, aliases and descriptions are stored in NFC, trimmed, with single spaces.
func TestDataNFC(t *testing.T) {
	for _, d := range loadShippedData(t) {
		texts := append([]string{d.ent.Name, d.ent.Description}, d.ent.Aliases...)
		for _, s := range texts {
			assert.Truef(t, norm.NFC.IsNormalString(s), "%s: %q is not NFC", d.where(), s)
			assert.Truef(t, s == strings.Join(strings.Fields(s), " "), "%s: %q has stray white space", d.where(), s)
		}
	}
}

// withdrawnRegions are codes that x/text still parses as countries but that ISO 3166-1 has
// withdrawn or only reserves.
var withdrawnRegions = []string{"AN", "BU", "CS", "DD", "DY", "FX", "HV", "NH", "NT", "RH", "SU", "TP", "UK", "YD", "YU", "ZR"}

// dataCountryCodes returns the ISO 3166-1 alpha-2 codes, taken from countries.jsonl (one entity
// per code, XK for Kosovo) after checking each one against the CLDR region table of x/text.
func dataCountryCodes(t *testing.T, lines []*dataLine) map[string]bool {
	t.Helper()
	codes := map[string]bool{}
	for _, d := range lines {
		if d.file != "countries.jsonl" {
			continue
		}
		c := d.ent.Country
		r, err := language.ParseRegion(c)
		ok := err == nil && len(c) == 2 && r.String() == c && r.IsCountry() && r.Canonicalize() == r &&
			!slices.Contains(withdrawnRegions, c) && (r.ISO3() != "ZZZ" || c == "XK")
		assert.Truef(t, ok, "%s: %q is not a current ISO 3166-1 alpha-2 code", d.where(), c)
		assert.Falsef(t, codes[c], "%s: second entity for %s", d.where(), c)
		codes[c] = true
	}
	return codes
}

// TestDataCountries: every country code is a current ISO 3166-1 alpha-2 code (or XK); only
// regions spanning several countries (seas, the Sahel) and international organisations may go
// without one.
func TestDataCountries(t *testing.T) {
	lines := loadShippedData(t)
	codes := dataCountryCodes(t, lines)
	assert.Len(t, codes, 250)
	for _, d := range lines {
		c := d.ent.Country
		if c == "" {
			ok := d.file == "regions.jsonl" || d.ent.Kind == Org || d.ent.Kind == Person
			assert.Truef(t, ok, "%s: no country", d.where())
			continue
		}
		assert.Truef(t, codes[c], "%s: country %q is not an ISO 3166-1 alpha-2 code", d.where(), c)
	}
}

// TestDataDescriptionAndPrior: every entity has a description and a prior in (0, 1].
func TestDataDescriptionAndPrior(t *testing.T) {
	for _, d := range loadShippedData(t) {
		assert.NotEmptyf(t, strings.TrimSpace(d.ent.Description), "%s: no description", d.where())
		assert.Truef(t, d.ent.Prior > 0 && d.ent.Prior <= 1, "%s: prior %v not in (0, 1]", d.where(), d.ent.Prior)
	}
}

// dataFolder lower-cases and removes diacritics.
var dataFolder = sync.OnceValue(func() func(string) string {
	punct := strings.NewReplacer("'", "", "’", "", "ʼ", "", "-", " ", "‐", " ", ".", " ", ",", " ")
	return func(s string) string {
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		out, _, err := transform.String(t, s)
		if err != nil {
			out = s
		}
		return strings.Join(strings.Fields(punct.Replace(strings.ToLower(out))), " ")
	}
})

// dataFold is the comparison key of the sharing check: lower case, no diacritics, apostrophes
// dropped, hyphens, full stops and commas as spaces ("Córdoba", "cordoba"; "St. Petersburg",
// "St Petersburg").
func dataFold(s string) string { return dataFolder()(s) }

// ambiguousFile lists the names that several entities legitimately share; see "Ambiguous names"
// in doc.go.
const ambiguousFile = "data/ambiguous.txt"

type ambiguousEntry struct {
	line int
	name string
	ids  []string
}

func readAmbiguous(t *testing.T) []ambiguousEntry {
	t.Helper()
	b, err := os.ReadFile(ambiguousFile)
	require.NoError(t, err)
	var out []ambiguousEntry
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, ids, ok := strings.Cut(line, ":")
		fields := strings.Fields(ids)
		if !ok || strings.TrimSpace(name) == "" || len(fields) < 2 {
			t.Errorf("%s:%d: want \"name: id id...\", got %q", ambiguousFile, n+1, line)
			continue
		}
		out = append(out, ambiguousEntry{line: n + 1, name: strings.TrimSpace(name), ids: fields})
	}
	return out
}

// TestDataSharedNames: a name (canonical or alias, folded by dataFold) belongs to one entity,
// unless the sharing is intended and marked in data/ambiguous.txt, which must list exactly the
// entities sharing it. Stale entries fail too, so the file stays a true list.
func TestDataSharedNames(t *testing.T) {
	lines := loadShippedData(t)
	owners := map[string][]string{}
	display := map[string]string{}
	ids := map[string]bool{}
	for _, d := range lines {
		ids[d.ent.ID] = true
		for _, n := range d.ent.Names() {
			k := dataFold(n)
			if !slices.Contains(owners[k], d.ent.ID) {
				owners[k] = append(owners[k], d.ent.ID)
			}
			if _, ok := display[k]; !ok {
				display[k] = n
			}
		}
	}
	marked := map[string]ambiguousEntry{}
	for _, e := range readAmbiguous(t) {
		k := dataFold(e.name)
		if prev, dup := marked[k]; dup {
			t.Errorf("%s:%d: %q already listed on line %d", ambiguousFile, e.line, e.name, prev.line)
		}
		marked[k] = e
		for _, id := range e.ids {
			assert.Truef(t, ids[id], "%s:%d: %q: no entity %q", ambiguousFile, e.line, e.name, id)
		}
	}
	var shared []string
	for k, o := range owners {
		if len(o) > 1 {
			shared = append(shared, k)
		}
	}
	sort.Strings(shared)
	for _, k := range shared {
		got := slices.Sorted(slices.Values(owners[k]))
		e, ok := marked[k]
		if !ok {
			t.Errorf("%q is a name of %s: make the names distinct or, if the ambiguity is real, add\n\t%s: %s\nto %s",
				display[k], strings.Join(got, ", "), display[k], strings.Join(got, " "), ambiguousFile)
			continue
		}
		assert.Equalf(t, got, slices.Sorted(slices.Values(e.ids)), "%s:%d: %q: entities sharing it", ambiguousFile, e.line, e.name)
	}
	for k, e := range marked {
		if len(owners[k]) < 2 {
			t.Errorf("%s:%d: %q is not shared (any more): remove the line", ambiguousFile, e.line, e.name)
		}
	}
}

// isAcronym reports whether a one-word name is written as an acronym or with inner capitals
// ("WHO", "ICE", "PiS", "LeT"): written so, it is not the ordinary word.
func isAcronym(s string) bool {
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// placeWordAliases are the reviewed aliases of places that are English words: names the place is
// really known by in English or in its own language, as id: alias.
var placeWordAliases = map[string]string{
	"arkhangelsk": "Archangel", // English exonym
	"chennai":     "Madras",    // former name, still in use (University of Madras)
	"ghent":       "Gent",      // Dutch name, used in English sport and transport
	"guangzhou":   "Canton",    // English exonym (Canton Fair)
	"homs":        "Hims",      // standard Arabic romanisation
	"turkiye":     "Turkey",    // English name until 2022, still common
	"tyre":        "Sour",      // Arabic name as romanised in Lebanon (Sour district)
}

// TestDataNoEnglishWords: no name or alias is a single ordinary English word (internal/wordlist),
// because text is full of those.
//
//   - A place may have a word as its name when it is known by it (Nice, Mobile, Reading, Split,
//     Chad); a word as an alias only when listed in placeWordAliases.
//   - Acronyms written with capitals (WHO, ICE, PiS) are allowed: as written they are not the word.
//   - An organisation may be known by a word when that word is its canonical news name (Amazon,
//     Apple, Shell, Memorial), so that it is matched under that name only; as an alias of a longer
//     name ("Congress", "Democrats", "Fed") a word is not allowed.
//   - People are never allowed a word.
func TestDataNoEnglishWords(t *testing.T) {
	for _, d := range loadShippedData(t) {
		for i, n := range d.ent.Names() {
			if strings.ContainsAny(n, " \u00a0") || !wordlist.Contains(strings.ToLower(n)) || isAcronym(n) {
				continue
			}
			if i == 0 && (d.ent.Kind == Org || d.ent.Kind == Place) {
				continue
			}
			if d.ent.Kind == Place && placeWordAliases[d.ent.ID] == n {
				continue
			}
			what := "alias"
			if i == 0 {
				what = "name"
			}
			t.Errorf("%s: %s %q is an ordinary English word", d.where(), what, n)
		}
	}
}
