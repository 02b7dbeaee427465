package main

import (
	"compress/bzip2"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/canonym/canonym/gazetteer"
)

const importUsage = `
Usage: canonym gazetteer import --from csv|geonames|wikidata [flags] [FILE...]

Converts data you already keep into a gazetteer: reads each FILE (or standard input) and writes
the entities to standard output as JSON Lines sorted by id, ready for --gazetteer and "canonym
gazetteer check". Files ending in .gz or .bz2 are decompressed. Formats (--from):
  csv       CSV or TSV with a header row naming the columns: id, kind, name (required),
            aliases (separated by |), country, prior, description and meta.KEY; the delimiter is
            a tab when the header has one, a comma otherwise
  geonames  a GeoNames dump of the geoname table (allCountries.txt, cities15000.txt, PL.txt):
            ids geonames-ID, prior from the population; see
            https://download.geonames.org/export/dump/readme.txt
  wikidata  a Wikidata JSON dump (latest-all.json) or JSON Lines of entities: ids such as q946;
            people (Q5) and the default place and organisation classes of "instance of" (P31);
            other items are skipped. Claims name countries by QID only: give --countries to map
            them to ISO codes
Every malformed record is reported as FILE:LINE: message, up to 10 a file, and then nothing is
written. A summary of what was imported and skipped goes to standard error.

Flags:
`

func runImport(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("gazetteer import", importUsage, stdout, stderr)
	from := fs.String("from", "", "input `FORMAT`: csv, geonames or wikidata (required)")
	lang := fs.String("lang", "en", "wikidata: label `LANGUAGES`, comma-separated, in order of preference")
	countries := fs.String("countries", "", "wikidata: `FILE` mapping country QIDs to ISO codes, a \"Q36 PL\" pair a line")
	minPop := fs.Int64("min-population", 0, "geonames: leave out places with a smaller population (`N`)")
	features := fs.String("features", strings.Join(gazetteer.DefaultGeoNamesFeatures(), ","),
		"geonames: feature `CLASSES` to keep, comma-separated: a class (P) or class.code (A.ADM1)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	only := map[string]string{"lang": "wikidata", "countries": "wikidata", "min-population": "geonames", "features": "geonames"}
	for name, format := range only {
		if set[name] && *from != format {
			return usagef("gazetteer import: --%s applies only to --from %s", name, format)
		}
	}
	var read func(r io.Reader, name string) (*gazetteer.Gazetteer, gazetteer.ImportStats, error)
	switch *from {
	case "csv":
		read = func(r io.Reader, name string) (*gazetteer.Gazetteer, gazetteer.ImportStats, error) {
			return gazetteer.ReadCSV(r, name, gazetteer.CSVOptions{})
		}
	case "geonames":
		opts := gazetteer.GeoNamesOptions{MinPopulation: *minPop, Features: splitList(*features)}
		read = func(r io.Reader, name string) (*gazetteer.Gazetteer, gazetteer.ImportStats, error) {
			return gazetteer.ReadGeoNames(r, name, opts)
		}
	case "wikidata":
		opts := gazetteer.WikidataOptions{Languages: splitList(*lang)}
		if *countries != "" {
			m, err := readCountryMap(*countries)
			if err != nil {
				return err
			}
			opts.Countries = m
		}
		read = func(r io.Reader, name string) (*gazetteer.Gazetteer, gazetteer.ImportStats, error) {
			return gazetteer.ReadWikidata(r, name, opts)
		}
	case "":
		fs.Usage()
		return usagef("gazetteer import: --from is required (csv, geonames or wikidata)")
	default:
		return usagef("gazetteer import: unknown --from %q (want csv, geonames or wikidata)", *from)
	}

	var gs []*gazetteer.Gazetteer
	var errs []error
	var total gazetteer.ImportStats
	process := func(name string, r io.Reader) error {
		r, closeFn, err := decompress(name, r)
		if err != nil {
			return err
		}
		defer closeFn()
		g, stats, err := read(r, name)
		if errors.Is(err, gazetteer.ErrInvalidOption) {
			return &usageError{msg: err.Error()}
		}
		total.Records += stats.Records
		total.Imported += stats.Imported
		total.Skipped += stats.Skipped
		if err != nil {
			errs = append(errs, err)
			return nil
		}
		gs = append(gs, g)
		return nil
	}
	if fs.NArg() == 0 {
		if err := process("stdin", stdin); err != nil {
			return err
		}
	}
	// Every file is read so that all of their errors are reported at once, as check does.
	for _, path := range fs.Args() {
		if err := processFile(path, process); err != nil {
			var ue *usageError
			if errors.As(err, &ue) {
				return err
			}
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	g, err := gazetteer.Merge(gs...)
	if err != nil {
		return err
	}
	if err := gazetteer.Write(stdout, g); err != nil {
		if errors.Is(err, gazetteer.ErrLineTooLong) {
			return err
		}
		return fmt.Errorf("write standard output: %w", err)
	}
	_, err = fmt.Fprintf(stderr, "canonym: gazetteer import: %d entities from %d records (%d skipped)\n",
		g.Len(), total.Records, total.Skipped)
	return err
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, item := range strings.Split(s, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	if out == nil {
		return []string{} // an empty flag is an empty list, which the importer rejects
	}
	return out
}

// decompress picks a decompressor by file extension: Wikidata and GeoNames are distributed
// compressed and far larger unpacked.
func decompress(name string, r io.Reader) (io.Reader, func(), error) {
	switch {
	case strings.HasSuffix(name, ".gz"):
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", name, err)
		}
		return zr, func() { zr.Close() }, nil
	case strings.HasSuffix(name, ".bz2"):
		return bzip2.NewReader(r), func() {}, nil
	}
	return r, func() {}, nil
}

// readCountryMap reads "QID CODE" pairs (separated by white space or a comma), one a line; blank
// lines and lines starting with # are ignored. Mistakes in it are bad data (exit 1) with the file
// and line, not the importer's option errors.
func readCountryMap(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string]string{}
	err = forEachLine(f, path, func(n int, line string) error {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			return nil
		}
		fields := strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
		if len(fields) != 2 {
			return fmt.Errorf("%s:%d: want a QID and an ISO 3166-1 alpha-2 code, such as \"Q36 PL\"", path, n)
		}
		qid, cc := fields[0], fields[1]
		if !isQID(qid) || len(cc) != 2 || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z' {
			return fmt.Errorf("%s:%d: %q %q: want a QID and an upper-case ISO 3166-1 alpha-2 code, such as \"Q36 PL\"", path, n, qid, cc)
		}
		m[qid] = cc
		return nil
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

func isQID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' || s[1] == '0' {
		return false
	}
	for _, c := range s[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
