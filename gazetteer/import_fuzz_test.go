package gazetteer_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/canonym/canonym/gazetteer"
)

// addImportSeeds adds the import fixtures, whole and line by line, to the seed corpus.
func addImportSeeds(f *testing.F, files ...string) {
	f.Helper()
	for _, name := range files {
		data, err := os.ReadFile(filepath.Join("testdata", "import", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		for _, line := range bytes.SplitAfter(data, []byte("\n")) {
			f.Add(line)
		}
	}
}

// checkImported is the property every importer must have on any input: no panic (the fuzzer
// catches those), errors only as *ParseError values with nothing else returned, and otherwise a
// gazetteer whose written form reads back to the same entities.
func checkImported(t *testing.T, g *gazetteer.Gazetteer, stats gazetteer.ImportStats, err error) {
	t.Helper()
	if err != nil {
		if g != nil {
			t.Fatalf("a gazetteer returned with errors: %v", err)
		}
		errs := []error{err}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			errs = j.Unwrap()
		}
		if len(errs) > gazetteer.MaxErrorsPerFile+1 {
			t.Fatalf("%d errors, want at most %d", len(errs), gazetteer.MaxErrorsPerFile+1)
		}
		for _, e := range errs {
			var pe *gazetteer.ParseError
			if !errors.As(e, &pe) || pe.Line < 0 {
				t.Fatalf("not a *ParseError with a line: %v", e)
			}
		}
		return
	}
	if g == nil {
		t.Fatal("no gazetteer and no error")
	}
	if stats.Imported != g.Len() || stats.Imported+stats.Skipped > stats.Records {
		t.Fatalf("stats %+v for %d entities", stats, g.Len())
	}
	var out bytes.Buffer
	if err := gazetteer.Write(&out, g); err != nil {
		t.Fatalf("Write: %v", err)
	}
	back, err := gazetteer.Read(bytes.NewReader(out.Bytes()), "out.jsonl")
	if err != nil {
		t.Fatalf("the written gazetteer does not read back: %v\n%s", err, out.Bytes())
	}
	if back.Len() != g.Len() {
		t.Fatalf("read back %d entities, want %d", back.Len(), g.Len())
	}
	var again bytes.Buffer
	if err := gazetteer.Write(&again, back); err != nil || !bytes.Equal(out.Bytes(), again.Bytes()) {
		t.Fatalf("writing what was read back differs (%v):\n%s\n%s", err, out.Bytes(), again.Bytes())
	}
}

func FuzzReadCSV(f *testing.F) {
	addImportSeeds(f, "people.csv", "places.tsv", "bad.csv")
	f.Fuzz(func(t *testing.T, data []byte) {
		g, stats, err := gazetteer.ReadCSV(bytes.NewReader(data), "fuzz.csv", gazetteer.CSVOptions{})
		checkImported(t, g, stats, err)
	})
}

func FuzzReadGeoNames(f *testing.F) {
	addImportSeeds(f, "cities.txt", "cities-bad.txt")
	f.Fuzz(func(t *testing.T, data []byte) {
		g, stats, err := gazetteer.ReadGeoNames(bytes.NewReader(data), "fuzz.txt", gazetteer.GeoNamesOptions{})
		checkImported(t, g, stats, err)
	})
}

func FuzzReadWikidata(f *testing.F) {
	addImportSeeds(f, "wikidata.json", "wikidata.jsonl", "wikidata-bad.json")
	opts := gazetteer.WikidataOptions{Languages: []string{"en", "de"}, Countries: map[string]string{"Q36": "PL", "Q183": "DE"}}
	f.Fuzz(func(t *testing.T, data []byte) {
		g, stats, err := gazetteer.ReadWikidata(bytes.NewReader(data), "fuzz.json", opts)
		checkImported(t, g, stats, err)
	})
}
