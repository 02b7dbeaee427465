package gazetteer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ErrInvalidOption reports importer options that cannot be used, such as a GeoNames feature class
// that does not exist; it is not about the input, so it comes without a file and line.
var ErrInvalidOption = errors.New("invalid importer option")

// GeoNamesOptions configures [ReadGeoNames].
type GeoNamesOptions struct {
	// MinPopulation drops rows with a smaller population. GeoNames gives 0 for an unknown
	// population, so any value above zero also drops places whose population is not known.
	MinPopulation int64
	// Features lists the rows to keep: a feature class ("P") keeps every row of that class, a
	// class and code ("A.ADM1", as in GeoNames' featureCodes file) the rows with that code.
	// Nil means [DefaultGeoNamesFeatures].
	Features []string
}

// DefaultGeoNamesFeatures returns the features [ReadGeoNames] keeps by default: every populated
// place (class P) and, of the administrative class A, the countries and dependent territories
// (PCL, PCLD, PCLF, PCLI, PCLIX, PCLS, TERR) and first-level divisions (ADM1). Lower
// administrative levels are left out because they mostly share the name of their seat, which
// class P already holds, and would only add near-duplicate entities.
func DefaultGeoNamesFeatures() []string {
	return []string{"P", "A.PCL", "A.PCLD", "A.PCLF", "A.PCLI", "A.PCLIX", "A.PCLS", "A.TERR", "A.ADM1"}
}

// geonamesColumns is the width of the geoname table.
const geonamesColumns = 19

// ReadGeoNames reads places from a GeoNames dump of the geoname table (allCountries.txt,
// cities15000.txt, PL.txt, ...): tab-separated, UTF-8, no header, 19 columns, described at
// https://download.geonames.org/export/dump/readme.txt. name is used in error messages.
//
// Each kept row becomes a place:
//   - id "geonames-GEONAMEID", unique and stable across GeoNames releases (names are neither:
//     there are dozens of Springfields, and names get corrected);
//   - name the name column; aliases the asciiname and the comma-separated alternatenames, trimmed,
//     without repeats and the name itself, and without what is a code rather than a name: strings
//     of at most four upper-case ASCII letters and digits (IATA and ICAO airport codes, ISO codes
//     such as "POL", but also abbreviations such as "NYC"), strings of digits (postal codes) and
//     URLs;
//   - country the country code; meta {"geonames": GEONAMEID};
//   - description "city in CC" for class P, "country" or "territory" for PCL* and TERR,
//     "first-level administrative division in CC" for ADM1, "administrative division in CC" for
//     other class A rows and "place in CC" otherwise;
//   - prior from the population p on the scale of the embedded default cities:
//     0.3 + 0.6·(log10 p − 5)/log10 200, clamped to [0, 0.6] and rounded to two decimals, and 0
//     when p is 0 (unknown). That is 0.30 at 100,000 and 0.60 from about 1.4 million; it rises
//     with population and stays below the priors of curated entries, so that an imported town
//     does not outrank them in a merged gazetteer.
//
// Rows outside opts.Features or under opts.MinPopulation are counted in ImportStats.Skipped. A row
// without 19 columns, with a geonameid or population that is not a number, or with a field the
// gazetteer format rejects (such as a country code that is not two upper-case letters) is an
// error; errors are [*ParseError] values reported and limited as by [Read], and no gazetteer is
// returned with them. Lines over [MaxLineBytes] are errors.
func ReadGeoNames(r io.Reader, name string, opts GeoNamesOptions) (*Gazetteer, ImportStats, error) {
	keep, err := geonamesFilter(opts.Features)
	if err != nil {
		return nil, ImportStats{}, err
	}
	if opts.MinPopulation < 0 {
		return nil, ImportStats{}, fmt.Errorf("gazetteer: %w: negative minimum population %d", ErrInvalidOption, opts.MinPopulation)
	}
	return newImporter(name).readLines(newLineReader(r), func(line []byte) (Entity, bool, bool, error) {
		if len(bytes.TrimSpace(line)) == 0 {
			return Entity{}, false, false, nil
		}
		e, kept, err := geonamesRow(line, keep, opts.MinPopulation)
		return e, true, kept, err
	})
}

// geonamesKeep is a parsed feature list.
type geonamesKeep struct {
	classes map[string]bool // "P"
	codes   map[string]bool // "A.ADM1"
}

func (k geonamesKeep) match(class, code string) bool {
	return k.classes[class] || k.codes[class+"."+code]
}

func geonamesFilter(features []string) (geonamesKeep, error) {
	if features == nil {
		features = DefaultGeoNamesFeatures()
	}
	k := geonamesKeep{classes: map[string]bool{}, codes: map[string]bool{}}
	for _, f := range features {
		class, code, hasCode := strings.Cut(strings.TrimSpace(f), ".")
		// GeoNames' nine feature classes.
		if len(class) != 1 || !strings.Contains("AHLPRSTUV", class) || (hasCode && !isFeatureCode(code)) {
			return k, fmt.Errorf("gazetteer: %w: GeoNames feature %q (want a class such as P or a class and code such as A.ADM1)", ErrInvalidOption, f)
		}
		if hasCode {
			k.codes[class+"."+code] = true
		} else {
			k.classes[class] = true
		}
	}
	return k, nil
}

func isFeatureCode(code string) bool {
	if code == "" || len(code) > 10 {
		return false
	}
	for i := 0; i < len(code); i++ {
		if c := code[i]; (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// geonamesRow turns one row into an entity; ok is false when the row is filtered out.
func geonamesRow(line []byte, keep geonamesKeep, minPop int64) (e Entity, ok bool, err error) {
	if !utf8.Valid(line) {
		return Entity{}, false, ErrInvalidUTF8
	}
	f := strings.Split(string(line), "\t")
	if len(f) != geonamesColumns {
		return Entity{}, false, fmt.Errorf("%w: %d tab-separated fields, want %d", ErrMalformed, len(f), geonamesColumns)
	}
	id, err := strconv.ParseUint(f[0], 10, 64)
	if err != nil || id == 0 {
		return Entity{}, false, fmt.Errorf("%w: geonameid %q is not a positive number", ErrMalformed, f[0])
	}
	class, code := f[6], f[7]
	if !keep.match(class, code) {
		return Entity{}, false, nil
	}
	var pop int64
	if p := strings.TrimSpace(f[14]); p != "" {
		pop, err = strconv.ParseInt(p, 10, 64)
		if err != nil || pop < 0 {
			return Entity{}, false, fmt.Errorf("%w: population %q is not a number", ErrMalformed, p)
		}
	}
	if pop < minPop {
		return Entity{}, false, nil
	}
	gid := strconv.FormatUint(id, 10)
	cc := f[8]
	e = Entity{
		ID:          "geonames-" + gid,
		Kind:        Place,
		Name:        f[1],
		Country:     cc,
		Prior:       populationPrior(pop),
		Description: geonamesDescription(class, code, cc),
		Meta:        map[string]string{"geonames": gid},
	}
	cands := []string{f[2]}
	if f[3] != "" {
		cands = append(cands, strings.Split(f[3], ",")...)
	}
	e.Aliases = cleanAliases(e.Name, cands, isGeoNamesName)
	return e, true, nil
}

// populationPrior is documented at ReadGeoNames.
func populationPrior(pop int64) float64 {
	if pop <= 0 {
		return 0
	}
	p := 0.3 + 0.6*(math.Log10(float64(pop))-5)/math.Log10(200)
	p = math.Max(0, math.Min(0.6, p))
	return math.Round(p*100) / 100
}

func geonamesDescription(class, code, cc string) string {
	in := ""
	if cc != "" {
		in = " in " + cc
	}
	switch {
	case class == "P":
		return "city" + in
	case class == "A" && strings.HasPrefix(code, "PCL"):
		return "country"
	case class == "A" && code == "TERR":
		return "territory"
	case class == "A" && code == "ADM1":
		return "first-level administrative division" + in
	case class == "A":
		return "administrative division" + in
	}
	return "place" + in
}

// isGeoNamesName reports whether an alternate name is a name rather than a code or a link.
func isGeoNamesName(s string) bool {
	if strings.Contains(s, "://") || strings.HasPrefix(strings.ToLower(s), "www.") {
		return false
	}
	digits, upper := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'A' && c <= 'Z':
			upper++
		}
	}
	if digits == len(s) {
		return false // postal and numeric codes
	}
	return !(digits+upper == len(s) && len(s) <= 4)
}
