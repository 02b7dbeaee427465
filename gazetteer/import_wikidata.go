package gazetteer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// DefaultWikidataMaxLineBytes is the default line limit of [ReadWikidata]. It is larger than
// [MaxLineBytes] because the dump holds all claims and sitelinks of an item, and the items one most
// wants (countries, large cities) are among the longest lines, some megabytes each.
const DefaultWikidataMaxLineBytes = 16 << 20

// WikidataOptions configures [ReadWikidata].
type WikidataOptions struct {
	// Languages are the label languages to take, in order of preference; nil means {"en"}. The
	// name is the label in the first of them that has one, falling back to the "mul" label
	// (Wikidata's default for all languages); the other labels and the aliases in these
	// languages become aliases. The description is the one in the first language.
	Languages []string
	// PlaceClasses and OrgClasses are the QIDs of "instance of" (P31) values that make an item a
	// place or an organisation; nil means [DefaultWikidataPlaceClasses] or
	// [DefaultWikidataOrgClasses]. Q5 (human) always makes a person.
	PlaceClasses []string
	OrgClasses   []string
	// Countries maps the QIDs of countries to ISO 3166-1 alpha-2 codes ("Q36": "PL"). Claims
	// refer to a country by its QID only, and its code is a claim (P297) of the country's own
	// item, which may come anywhere in the dump; so the map is the caller's, for instance built
	// by a first pass over the dump or a SPARQL query for P297. Without it the country is only
	// set for items that carry a P297 code themselves.
	Countries map[string]string
	// MaxLineBytes bounds a line of the dump; zero means [DefaultWikidataMaxLineBytes].
	MaxLineBytes int
}

// DefaultWikidataPlaceClasses returns the P31 classes that make a place by default: country
// (Q6256), sovereign state (Q3624078), city (Q515), big city (Q1549591), city with millions of
// inhabitants (Q1637706), capital (Q5119), metropolis (Q200250), town (Q3957), village (Q532),
// human settlement (Q486972), municipality (Q15284), first-level administrative country
// subdivision (Q10864048) and U.S. state (Q35657). The dump states direct classes only, without
// their superclasses, so an item that is an instance of a narrower class (a "city of Poland") is
// left out unless that class is listed too.
func DefaultWikidataPlaceClasses() []string {
	return []string{"Q6256", "Q3624078", "Q515", "Q1549591", "Q1637706", "Q5119", "Q200250",
		"Q3957", "Q532", "Q486972", "Q15284", "Q10864048", "Q35657"}
}

// DefaultWikidataOrgClasses returns the P31 classes that make an organisation by default:
// organization (Q43229), business (Q4830453), enterprise (Q6881511), company (Q783794), public
// company (Q891723), political party (Q7278), international organization (Q484652), nonprofit
// organization (Q163740), government organization (Q2659904), government agency (Q327333) and
// university (Q3918).
func DefaultWikidataOrgClasses() []string {
	return []string{"Q43229", "Q4830453", "Q6881511", "Q783794", "Q891723", "Q7278", "Q484652",
		"Q163740", "Q2659904", "Q327333", "Q3918"}
}

// wikidataHuman is the class of people.
const wikidataHuman = "Q5"

// ReadWikidata reads entities from a Wikidata JSON dump (latest-all.json, described at
// https://www.wikidata.org/wiki/Wikidata:Database_download#JSON_dumps_(recommended)): a JSON
// array with one entity object a line, each line but the last ending in a comma, "[" on the first
// line and "]" on the last. Plain JSON Lines, one entity object a line, is read too. name is used
// in error messages.
//
// An item becomes an entity when its P31 (instance of) claims include Q5 (a person) or one of the
// place or organisation classes of opts (checked in that order), and it has a label in one of
// opts.Languages or "mul". The entity has id the lower-case QID ("q946", unique and stable), the
// name, aliases and description described at [WikidataOptions], country from the first of P27
// (country of citizenship) and P17 (country) whose QID opts.Countries maps, preferred-rank claims
// first and deprecated ones ignored, else from the item's own P297, and meta {"wikidata": QID}.
// Prior is left 0: the dump has no measure of prominence common to people, places and
// organisations.
//
// Items without a mappable kind or name, and entities that are not items (properties, lexemes),
// are counted in ImportStats.Skipped. A line that is not a JSON object, or whose labels, aliases
// or claims do not have the dump's shape, is an error; errors are [*ParseError] values reported
// and limited as by [Read], and no gazetteer is returned with them. A line over
// opts.MaxLineBytes is an error, and reading goes on after it.
func ReadWikidata(r io.Reader, name string, opts WikidataOptions) (*Gazetteer, ImportStats, error) {
	cfg, err := newWikidataConfig(opts)
	if err != nil {
		return nil, ImportStats{}, err
	}
	return newImporter(name).readLines(newLineReaderLimit(r, cfg.maxLine), func(line []byte) (Entity, bool, bool, error) {
		obj, ok := wikidataFraming(line)
		if !ok {
			return Entity{}, false, false, nil
		}
		e, kept, err := cfg.entity(obj)
		return e, true, kept, err
	})
}

// wikidataFraming strips the array framing of a dump line; ok is false for lines that hold no
// entity ("[", "]", blank).
func wikidataFraming(line []byte) ([]byte, bool) {
	line = bytes.TrimSpace(line)
	line = bytes.TrimSuffix(line, []byte(","))
	// Tolerate the array brackets on the same line as the first or last entity.
	if len(line) > 1 && line[0] == '[' {
		line = bytes.TrimSpace(line[1:])
	}
	if len(line) > 1 && line[len(line)-1] == ']' && bytes.HasSuffix(bytes.TrimSpace(line[:len(line)-1]), []byte("}")) {
		line = bytes.TrimSpace(line[:len(line)-1])
	}
	switch string(line) {
	case "", "[", "]":
		return nil, false
	}
	return line, true
}

type wikidataConfig struct {
	langs     []string
	kinds     map[string]Kind // P31 class -> kind
	countries map[string]string
	maxLine   int
}

func newWikidataConfig(opts WikidataOptions) (*wikidataConfig, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("gazetteer: %w: %s", ErrInvalidOption, fmt.Sprintf(format, args...))
	}
	cfg := &wikidataConfig{langs: opts.Languages, kinds: map[string]Kind{}, countries: opts.Countries, maxLine: opts.MaxLineBytes}
	if cfg.langs == nil {
		cfg.langs = []string{"en"}
	}
	if len(cfg.langs) == 0 {
		return nil, bad("no languages")
	}
	for _, l := range cfg.langs {
		if !isLanguageCode(l) {
			return nil, bad("language %q (want a Wikidata language code such as en or zh-hans)", l)
		}
	}
	if cfg.maxLine == 0 {
		cfg.maxLine = DefaultWikidataMaxLineBytes
	}
	if cfg.maxLine < 0 {
		return nil, bad("negative MaxLineBytes %d", cfg.maxLine)
	}
	places, orgs := opts.PlaceClasses, opts.OrgClasses
	if places == nil {
		places = DefaultWikidataPlaceClasses()
	}
	if orgs == nil {
		orgs = DefaultWikidataOrgClasses()
	}
	// Org first, so that a class listed as both ends up a place, as the documented order says.
	for _, set := range []struct {
		qids []string
		kind Kind
	}{{orgs, Org}, {places, Place}} {
		for _, q := range set.qids {
			if !isQID(q) {
				return nil, bad("class %q is not a QID such as Q515", q)
			}
			cfg.kinds[q] = set.kind
		}
	}
	cfg.kinds[wikidataHuman] = Person
	for q, cc := range cfg.countries {
		if !isQID(q) || !isCountryCode(cc) {
			return nil, bad("country map entry %q: %q (want a QID and an ISO 3166-1 alpha-2 code)", q, cc)
		}
	}
	return cfg, nil
}

func isQID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' || s[1] == '0' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isLanguageCode(s string) bool {
	if s == "" || len(s) > 32 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

// wikidataEntity is the part of a dump entity the importer reads. The maps are raw because the
// dump writes an empty map as [] (PHP's empty array), and claims are decoded only for the few
// properties used.
type wikidataEntity struct {
	ID           string          `json:"id"`
	Type         string          `json:"type"`
	Labels       json.RawMessage `json:"labels"`
	Descriptions json.RawMessage `json:"descriptions"`
	Aliases      json.RawMessage `json:"aliases"`
	Claims       json.RawMessage `json:"claims"`
}

type wikidataText struct {
	Value string `json:"value"`
}

type wikidataClaim struct {
	Mainsnak struct {
		Snaktype  string `json:"snaktype"`
		Datavalue struct {
			Type  string          `json:"type"`
			Value json.RawMessage `json:"value"`
		} `json:"datavalue"`
	} `json:"mainsnak"`
	Rank string `json:"rank"`
}

// decodeMap decodes a JSON object into dst, taking an empty array for an empty object.
func decodeMap(raw json.RawMessage, field string, dst any) error {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	if raw[0] == '[' {
		var empty []json.RawMessage
		if err := json.Unmarshal(raw, &empty); err != nil || len(empty) != 0 {
			return fmt.Errorf("%w: %s is an array, want an object", ErrSyntax, field)
		}
		return nil
	}
	if err := json.Unmarshal(raw, dst); err != nil {
		return fmt.Errorf("%s: %w", field, jsonError(err))
	}
	return nil
}

// entity maps one dump object; ok is false when the item is skipped.
func (cfg *wikidataConfig) entity(obj []byte) (e Entity, ok bool, err error) {
	if !utf8.Valid(obj) {
		return Entity{}, false, ErrInvalidUTF8
	}
	if obj[0] != '{' {
		return Entity{}, false, fmt.Errorf("%w: want an entity object, one a line", ErrSyntax)
	}
	var we wikidataEntity
	dec := json.NewDecoder(bytes.NewReader(obj))
	if err := dec.Decode(&we); err != nil {
		return Entity{}, false, jsonError(err)
	}
	if dec.More() {
		return Entity{}, false, fmt.Errorf("%w: more than one value on the line", ErrSyntax)
	}
	if we.ID == "" {
		return Entity{}, false, fmt.Errorf("%w: id", ErrMissingField)
	}
	if (we.Type != "" && we.Type != "item") || !isQID(we.ID) {
		return Entity{}, false, nil
	}
	var claims map[string]json.RawMessage
	if err := decodeMap(we.Claims, "claims", &claims); err != nil {
		return Entity{}, false, err
	}
	classes, err := claimValues(claims, "P31")
	if err != nil {
		return Entity{}, false, err
	}
	var kind Kind
	for _, c := range classes {
		if k, ok := cfg.kinds[c]; ok && (kind == 0 || k < kind) { // Person < Place < Org
			kind = k
		}
	}
	if kind == 0 {
		return Entity{}, false, nil
	}
	var labels, descriptions map[string]wikidataText
	var aliases map[string][]wikidataText
	if err := decodeMap(we.Labels, "labels", &labels); err != nil {
		return Entity{}, false, err
	}
	if err := decodeMap(we.Descriptions, "descriptions", &descriptions); err != nil {
		return Entity{}, false, err
	}
	if err := decodeMap(we.Aliases, "aliases", &aliases); err != nil {
		return Entity{}, false, err
	}
	langs := cfg.langs
	if !slices.Contains(langs, "mul") {
		langs = append(langs[:len(langs):len(langs)], "mul")
	}
	var names []string
	for _, l := range langs {
		if v := strings.TrimSpace(labels[l].Value); v != "" {
			names = append(names, v)
		}
	}
	if len(names) == 0 {
		return Entity{}, false, nil
	}
	for _, l := range langs {
		for _, a := range aliases[l] {
			names = append(names, a.Value)
		}
	}
	e = Entity{
		ID:          strings.ToLower(we.ID),
		Kind:        kind,
		Name:        names[0],
		Aliases:     cleanAliases(names[0], names[1:], nil),
		Description: descriptions[cfg.langs[0]].Value,
		Meta:        map[string]string{"wikidata": we.ID},
	}
	e.Country, err = cfg.country(we.ID, claims)
	if err != nil {
		return Entity{}, false, err
	}
	return e, true, nil
}

func (cfg *wikidataConfig) country(qid string, claims map[string]json.RawMessage) (string, error) {
	for _, p := range []string{"P27", "P17"} {
		qids, err := claimValues(claims, p)
		if err != nil {
			return "", err
		}
		for _, q := range qids {
			if cc, ok := cfg.countries[q]; ok {
				return cc, nil
			}
		}
	}
	if cc, ok := cfg.countries[qid]; ok {
		return cc, nil
	}
	codes, err := claimValues(claims, "P297")
	if err != nil {
		return "", err
	}
	for _, cc := range codes {
		if isCountryCode(cc) {
			return cc, nil
		}
	}
	return "", nil
}

// claimValues returns the item ids or strings that the claims of property p state, preferred
// rank first and deprecated ones left out.
func claimValues(claims map[string]json.RawMessage, p string) ([]string, error) {
	raw, ok := claims[p]
	if !ok {
		return nil, nil
	}
	var cs []wikidataClaim
	if err := json.Unmarshal(raw, &cs); err != nil {
		return nil, fmt.Errorf("claims %s: %w", p, jsonError(err))
	}
	var preferred, normal []string
	for _, c := range cs {
		if c.Rank == "deprecated" || c.Mainsnak.Snaktype != "value" {
			continue
		}
		v, err := snakValue(c.Mainsnak.Datavalue.Type, c.Mainsnak.Datavalue.Value)
		if err != nil {
			return nil, fmt.Errorf("claims %s: %w", p, err)
		}
		if v == "" {
			continue
		}
		if c.Rank == "preferred" {
			preferred = append(preferred, v)
		} else {
			normal = append(normal, v)
		}
	}
	return append(preferred, normal...), nil
}

func snakValue(typ string, raw json.RawMessage) (string, error) {
	switch typ {
	case "wikibase-entityid":
		var v struct {
			EntityType string `json:"entity-type"`
			ID         string `json:"id"`
			NumericID  int64  `json:"numeric-id"`
		}
		if err := json.Unmarshal(raw, &v); err != nil {
			return "", jsonError(err)
		}
		if v.ID == "" && v.NumericID > 0 && (v.EntityType == "" || v.EntityType == "item") {
			v.ID = "Q" + strconv.FormatInt(v.NumericID, 10) // older dumps have no "id"
		}
		return v.ID, nil
	case "string":
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", jsonError(err)
		}
		return s, nil
	}
	return "", nil
}
