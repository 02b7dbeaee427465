//go:build ignore

// Command countries generates gazetteer/data/countries.jsonl, the default
// gazetteer's countries and territories (every ISO 3166-1 code plus Kosovo).
//
// It is run from the gazetteer directory by the go:generate line in
// gazetteer/generate.go:
//
//	go run ./internal/gen/countries/main.go
//
// Inputs:
//
//   - data/countries-curated.jsonl (hand-curated, one object per code):
//     canonical English news name, extra aliases (short forms, former names,
//     official names), prior, description, Wikidata QID, and which CLDR names
//     to leave out.
//   - CLDR territory display names from golang.org/x/text/language/display,
//     pinned by go.mod: x/text v0.43.0, whose tables are built from CLDR 32
//     (Unicode licence). CLDR 32 predates some renamings (it says "Turkey",
//     "Swaziland", "Macedonia"), so its names serve as exonyms and former
//     names; the canonical names always come from the curated file.
//
// The output is a pure function of those inputs: entries sorted by id, fixed
// language order, no timestamps. Running it twice gives identical bytes. The
// generator refuses to run against x/text tables of another CLDR version, so
// that a dependency bump is a deliberate, reviewed change.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

// Pinned versions; see the package comment.
const (
	xTextVersion = "v0.43.0"
	cldrVersion  = "32"
)

// newsLanguages are the languages whose CLDR names become aliases, in output
// order. The country's own main language(s) are added after them.
var newsLanguages = []string{
	"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "tr",
	"ar", "fa", "he", "zh", "zh-Hant", "ja", "ko",
}

// subregions are the UN M49 subregions used for default descriptions, with
// the wording used in the description ("Country in Western Asia").
var subregions = []struct{ code, name string }{
	{"015", "Northern Africa"}, {"011", "Western Africa"}, {"017", "Central Africa"},
	{"014", "Eastern Africa"}, {"018", "Southern Africa"},
	{"021", "North America"}, {"013", "Central America"}, {"029", "the Caribbean"},
	{"005", "South America"},
	{"143", "Central Asia"}, {"030", "East Asia"}, {"034", "South Asia"},
	{"035", "Southeast Asia"}, {"145", "Western Asia"},
	{"151", "Eastern Europe"}, {"154", "Northern Europe"}, {"039", "Southern Europe"},
	{"155", "Western Europe"},
	{"053", "Australasia"}, {"054", "Melanesia"}, {"057", "Micronesia"}, {"061", "Polynesia"},
}

// curated is one line of data/countries-curated.jsonl.
type curated struct {
	Code        string   `json:"code"`                  // ISO 3166-1 alpha-2 (XK for Kosovo)
	ID          string   `json:"id,omitempty"`          // overrides slug(name)
	Name        string   `json:"name"`                  // canonical English news name
	Aliases     []string `json:"aliases,omitempty"`     // hand-picked aliases, kept first and as written
	Native      []string `json:"native,omitempty"`      // extra CLDR languages for native names (e.g. "fr" for Belgium)
	Exclude     []string `json:"exclude,omitempty"`     // CLDR names never to add (ambiguous, English words, odd forms)
	Parens      string   `json:"parens,omitempty"`      // "split": "A (B)" gives A and B; default drops names with parentheses
	Prior       float64  `json:"prior"`                 // news prominence
	Description string   `json:"description,omitempty"` // default "Country in <M49 subregion>"
	Wikidata    string   `json:"wikidata,omitempty"`
}

// entity is one output line, with the gazetteer's field order.
type entity struct {
	ID          string            `json:"id"`
	Kind        string            `json:"kind"`
	Name        string            `json:"name"`
	Aliases     []string          `json:"aliases,omitempty"`
	Country     string            `json:"country,omitempty"`
	Prior       float64           `json:"prior"`
	Description string            `json:"description"`
	Meta        map[string]string `json:"meta,omitempty"`
}

type candidate struct {
	text    string
	curated bool
}

func main() {
	in := flag.String("in", "data/countries-curated.jsonl", "curated input")
	out := flag.String("out", "data/countries.jsonl", "generated output")
	verbose := flag.Bool("v", false, "list the CLDR names left out as ambiguous")
	flag.Parse()
	if display.CLDRVersion != cldrVersion {
		fail("x/text display tables are CLDR %s, generator is pinned to CLDR %s (x/text %s): review the output and update the pins",
			display.CLDRVersion, cldrVersion, xTextVersion)
	}
	entries, err := readCurated(*in)
	if err != nil {
		fail("%v", err)
	}

	supported := language.NewMatcher(display.Supported.Tags())
	cands := make([][]candidate, len(entries))
	owner := map[string]map[int]bool{} // fold(name or alias) -> entries using it
	claim := func(s string, i int) {
		k := fold(s)
		if owner[k] == nil {
			owner[k] = map[int]bool{}
		}
		owner[k][i] = true
	}
	for i, e := range entries {
		claim(e.Name, i)
		for _, a := range e.Aliases {
			cands[i] = append(cands[i], candidate{clean(a), true})
			claim(a, i)
		}
		region := language.MustParseRegion(e.Code)
		for _, lang := range languagesFor(e, supported) {
			namer := display.Regions(language.MustParse(lang))
			if namer == nil {
				continue
			}
			for _, n := range cldrNames(namer.Name(region), lang, e.Parens == "split") {
				cands[i] = append(cands[i], candidate{n, false})
				claim(n, i)
			}
		}
	}

	var ents []entity
	ids := map[string]string{}
	for i, e := range entries {
		ent := entity{
			ID:          e.ID,
			Kind:        "place",
			Name:        e.Name,
			Country:     e.Code,
			Prior:       e.Prior,
			Description: e.Description,
		}
		if ent.ID == "" {
			ent.ID = slug(e.Name)
		}
		if prev, ok := ids[ent.ID]; ok {
			fail("duplicate id %q for %s and %s", ent.ID, prev, e.Code)
		}
		ids[ent.ID] = e.Code
		if ent.Description == "" {
			ent.Description = "Country in " + subregion(e.Code)
		}
		if e.Wikidata != "" {
			ent.Meta = map[string]string{"wikidata": e.Wikidata}
		}
		excluded := map[string]bool{}
		for _, x := range e.Exclude {
			excluded[clean(x)] = true
		}
		seen := map[string]bool{fold(e.Name): true}
		for _, c := range cands[i] {
			k := fold(c.text)
			if seen[k] {
				continue
			}
			if !c.curated {
				if excluded[c.text] {
					continue
				}
				if len(owner[k]) > 1 {
					if *verbose {
						fmt.Fprintf(os.Stderr, "countries: %s: %q is ambiguous, left out\n", e.Code, c.text)
					}
					continue
				}
			}
			seen[k] = true
			ent.Aliases = append(ent.Aliases, c.text)
		}
		ents = append(ents, ent)
	}
	sort.Slice(ents, func(a, b int) bool { return ents[a].ID < ents[b].ID })

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, ent := range ents {
		if err := enc.Encode(ent); err != nil {
			fail("%v", err)
		}
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fail("%v", err)
	}
	fmt.Fprintf(os.Stderr, "countries: wrote %d entries to %s (CLDR %s via x/text %s)\n",
		len(ents), *out, display.CLDRVersion, xTextVersion)
}

func readCurated(path string) ([]curated, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var entries []curated
	codes := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var e curated
		dec := json.NewDecoder(strings.NewReader(text))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		if _, err := language.ParseRegion(e.Code); err != nil || len(e.Code) != 2 || codes[e.Code] {
			return nil, fmt.Errorf("%s:%d: bad or duplicate code %q", path, line, e.Code)
		}
		if e.Name == "" || e.Prior <= 0 || e.Prior > 1 {
			return nil, fmt.Errorf("%s:%d: %s: name and a prior in (0,1] are required", path, line, e.Code)
		}
		if e.Parens != "" && e.Parens != "split" {
			return nil, fmt.Errorf("%s:%d: %s: parens must be \"split\" or empty", path, line, e.Code)
		}
		codes[e.Code] = true
		e.Name = norm.NFC.String(e.Name)
		entries = append(entries, e)
	}
	return entries, sc.Err()
}

// languagesFor returns the news languages followed by the country's main
// language (from CLDR likely subtags) and any curated extra languages, each
// once and only when x/text has names in it.
func languagesFor(e curated, supported language.Matcher) []string {
	langs := append([]string{}, newsLanguages...)
	seen := map[string]bool{}
	for _, l := range langs {
		seen[l] = true
	}
	var extra []string
	// The main language from CLDR likely subtags (und-DE -> de, und-TW -> zh-Hant).
	t := language.Make("und-" + e.Code)
	b, _ := t.Base()
	s, _ := t.Script()
	if tag, err := language.Compose(b, s); err == nil {
		extra = append(extra, tag.String())
	}
	extra = append(extra, e.Native...)
	for _, l := range extra {
		l = canonicalLang(l)
		if seen[l] {
			continue
		}
		tag, err := language.Parse(l)
		if err != nil {
			continue
		}
		if _, _, conf := supported.Match(tag); conf < language.High {
			continue
		}
		seen[l] = true
		langs = append(langs, l)
	}
	return langs
}

// canonicalLang maps tags to the spelling used in newsLanguages, so that
// "zh-Hans" and "zh" count as one language.
func canonicalLang(l string) string {
	switch l {
	case "zh-Hans":
		return "zh"
	case "ko-Kore":
		return "ko"
	case "ja-Jpan":
		return "ja"
	}
	if i := strings.IndexByte(l, '-'); i > 0 {
		base, script := l[:i], l[i+1:]
		if t, err := language.Parse(base); err == nil {
			if s, _ := t.Script(); s.String() == script && base != "zh" {
				return base // default script: drop it
			}
		}
	}
	return l
}

var (
	spacedDash = regexp.MustCompile(`\s+[-–]\s+`)
	spaces     = regexp.MustCompile(`\s+`)
	ruIslands  = strings.NewReplacer("о-ва", "острова", "о-в", "остров")
)

// cldrNames turns one CLDR display name into zero or more alias candidates.
func cldrNames(name, lang string, split bool) []string {
	name = clean(name)
	if name == "" || strings.Contains(name, "&") {
		return nil
	}
	if lang == "ru" || lang == "uk" || lang == "be" {
		if strings.Contains(name, "Св.") {
			return nil
		}
		name = capitalise(ruIslands.Replace(name))
	}
	name = strings.NewReplacer("（", "(", "）", ")").Replace(name)
	if strings.ContainsAny(name, "()") {
		if !split {
			return nil
		}
		open, close := strings.IndexByte(name, '('), strings.IndexByte(name, ')')
		if open < 0 || close < open {
			return nil
		}
		outside := strings.TrimSpace(name[:open] + name[close+1:])
		inside := strings.TrimSpace(name[open+1 : close])
		var out []string
		for _, n := range []string{outside, inside} {
			if n != "" && !startsLower(n) {
				out = append(out, n)
			}
		}
		return out
	}
	if startsLower(name) {
		return nil
	}
	return []string{name}
}

// clean normalises a name: NFC, typographic apostrophes to ASCII, single
// spaces, and "Congo - Kinshasa" style spaced dashes to a plain hyphen.
func clean(s string) string {
	s = norm.NFC.String(s)
	s = strings.NewReplacer("’", "'", "ʼ", "'").Replace(s)
	s = spaces.ReplaceAllString(strings.TrimSpace(s), " ")
	s = spacedDash.ReplaceAllString(s, "-")
	return s
}

func startsLower(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r)
	}
	return false
}

func capitalise(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// fold is the comparison key for aliases: lowercase, no diacritics, ASCII
// apostrophes and hyphens as spaces.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(clean(s))) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '\'' || r == '-' || r == '.':
			b.WriteByte(' ')
		default:
			if m, ok := foldSpecial[r]; ok {
				b.WriteString(m)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

var foldSpecial = map[rune]string{
	'ø': "o", 'æ': "ae", 'œ': "oe", 'ß': "ss", 'ı': "i", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th", 'ŀ': "l",
}

// slug derives an id: folded, ASCII letters and digits, hyphen-separated.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range fold(s) {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

func subregion(code string) string {
	r := language.MustParseRegion(code)
	for _, s := range subregions {
		if language.MustParseRegion(s.code).Contains(r) {
			return s.name
		}
	}
	fail("%s: no M49 subregion; give a description in the curated file", code)
	return ""
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "countries: "+format+"\n", args...)
	os.Exit(1)
}
