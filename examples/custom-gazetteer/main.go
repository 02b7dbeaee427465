// Command custom-gazetteer matches names against a gazetteer extended with your own entities.
//
// The default gazetteer knows the world's leaders, countries and large cities, but not a
// newsroom's local people and places. This example builds two small gazetteers, one in code with
// gazetteer.New and one from a CSV file read with encoding/csv, merges them with
// gazetteer.Default, and matches noisy names (arguments, or lines of standard input) against the
// result:
//
//	go run ./examples/custom-gazetteer -csv examples/custom-gazetteer/testdata/entities.csv \
//	    "Ingrid Halvorson" Tromso "Voldimi Zelensky"
//
// The CSV has a header row naming its columns, in any order: id, kind and name are required;
// aliases (separated by "|"), country, prior and description are optional. Errors name the CSV
// line. The CSV is parsed here on purpose, as the simplest way to bring a spreadsheet in; the
// canonym gazetteer file format is JSON Lines (gazetteer.ReadFile).
//
// It prints one line a name, then the sentence it repairs with the merged gazetteer.
package main

import (
	"bufio"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "custom-gazetteer:", err)
		os.Exit(1)
	}
}

// sentence shows that Fix uses the merged gazetteer too: local and world names in one text.
const sentence = "Mayor Ingrid Halvorson met Equinoor officials in Tromso before flying to Bodo."

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("custom-gazetteer", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	csvPath := fs.String("csv", "testdata/entities.csv", "CSV file of extra entities")
	if err := fs.Parse(args); err != nil {
		return err
	}

	local, err := codeGazetteer()
	if err != nil {
		return err
	}
	fromCSV, err := readCSVFile(*csvPath)
	if err != nil {
		return err
	}
	world, err := gazetteer.Default()
	if err != nil {
		return err
	}
	// Merge rejects an id defined twice, so a local entity can never silently shadow a default
	// one; pick ids that say where they come from if in doubt.
	g, err := gazetteer.Merge(local, fromCSV, world)
	if err != nil {
		return err
	}
	m, err := normalize.New(g)
	if err != nil {
		return err
	}

	names := fs.Args()
	if len(names) == 0 {
		sc := bufio.NewScanner(stdin)
		for sc.Scan() {
			if s := strings.TrimSpace(sc.Text()); s != "" {
				names = append(names, s)
			}
		}
		if err := sc.Err(); err != nil {
			return err
		}
	}

	w := bufio.NewWriter(stdout)
	fmt.Fprintf(w, "gazetteer: %d entities (%d in code, %d from %s)\n", g.Len(), local.Len(), fromCSV.Len(), *csvPath)
	for _, name := range names {
		mt, ok := m.Match(name)
		switch {
		case ok:
			fmt.Fprintf(w, "%s -> %s [%s, %s] %.2f %v\n", name, mt.Entity.Name, mt.Entity.ID, source(mt.Entity), mt.Score, mt.Confidence)
		case mt.Confidence == normalize.Ambiguous:
			fmt.Fprintf(w, "%s -> ambiguous, best %s %.2f\n", name, mt.Entity.Name, mt.Score)
		default:
			fmt.Fprintf(w, "%s -> no match\n", name)
		}
	}
	fmt.Fprintf(w, "fix: %s\n", m.Fix(sentence).Text)
	return w.Flush()
}

// source says which gazetteer an entity came from, using the Meta map that canonym keeps for the
// caller untouched.
func source(e *gazetteer.Entity) string {
	if s := e.Meta["source"]; s != "" {
		return s
	}
	return "default"
}

// codeGazetteer holds entities known only to this program. Aliases are legitimate other forms of
// a name, never misspellings: canonym finds the misspellings itself. A prior above most of the
// default data's people makes a local name win a near tie against a faraway namesake.
func codeGazetteer() (*gazetteer.Gazetteer, error) {
	return gazetteer.New(
		gazetteer.Entity{
			ID: "ingrid-halvorsen", Kind: gazetteer.Person, Name: "Ingrid Halvorsen",
			Country: "NO", Prior: 0.7, Description: "Mayor of Tromsø",
			Meta: map[string]string{"source": "code"},
		},
		gazetteer.Entity{
			ID: "marta-kowalczyk", Kind: gazetteer.Person, Name: "Marta Kowalczyk",
			Aliases: []string{"Marta Kowalczykowa"}, Country: "PL", Prior: 0.5,
			Description: "Our Warsaw correspondent",
			Meta:        map[string]string{"source": "code"},
		},
	)
}

func readCSVFile(path string) (*gazetteer.Gazetteer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readCSV(f, path)
}

// readCSV turns CSV rows into entities. Each row is validated on its own with gazetteer.New so
// that an error can name its CSV line (gazetteer.New alone would say "entities[3]").
func readCSV(r io.Reader, name string) (*gazetteer.Gazetteer, error) {
	cr := csv.NewReader(r)
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			return nil, fmt.Errorf("%s: empty file, want a header row", name)
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		switch h {
		case "id", "kind", "name", "aliases", "country", "prior", "description":
		default:
			return nil, fmt.Errorf("%s:1: unknown column %q", name, h)
		}
		if _, dup := col[h]; dup {
			return nil, fmt.Errorf("%s:1: column %q twice", name, h)
		}
		col[h] = i
	}
	for _, req := range []string{"id", "kind", "name"} {
		if _, ok := col[req]; !ok {
			return nil, fmt.Errorf("%s:1: missing column %q", name, req)
		}
	}
	field := func(rec []string, c string) string {
		if i, ok := col[c]; ok {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}

	var entities []gazetteer.Entity
	seen := map[string]int{} // id -> line, to report duplicates with both lines
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err) // csv.ParseError carries the line
		}
		line, _ := cr.FieldPos(0)
		e, err := entity(rec, field)
		if err == nil {
			e.Meta = map[string]string{"source": fmt.Sprintf("%s:%d", baseName(name), line)}
			// gazetteer.New validates country, prior, UTF-8 and required fields as file reading
			// does; its message names "entities[0]", which the CSV line replaces.
			if _, err = gazetteer.New(e); err != nil {
				var pe *gazetteer.ParseError
				if errors.As(err, &pe) {
					err = pe.Err
				}
			}
		}
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if first, dup := seen[e.ID]; dup {
			return nil, fmt.Errorf("%s:%d: duplicate id %q (first on line %d)", name, line, e.ID, first)
		}
		seen[e.ID] = line
		entities = append(entities, e)
	}
	if len(entities) == 0 {
		return nil, fmt.Errorf("%s: no entities", name)
	}
	return gazetteer.New(entities...)
}

func entity(rec []string, field func([]string, string) string) (gazetteer.Entity, error) {
	kind, err := gazetteer.ParseKind(field(rec, "kind"))
	if err != nil {
		return gazetteer.Entity{}, err
	}
	e := gazetteer.Entity{
		ID:          field(rec, "id"),
		Kind:        kind,
		Name:        field(rec, "name"),
		Country:     field(rec, "country"),
		Description: field(rec, "description"),
	}
	for a := range strings.SplitSeq(field(rec, "aliases"), "|") {
		if a = strings.TrimSpace(a); a != "" {
			e.Aliases = append(e.Aliases, a)
		}
	}
	if p := field(rec, "prior"); p != "" {
		if e.Prior, err = strconv.ParseFloat(p, 64); err != nil {
			return gazetteer.Entity{}, errors.New("prior: not a number")
		}
	}
	return e, nil
}

func baseName(path string) string {
	return path[strings.LastIndexAny(path, `/\`)+1:]
}
