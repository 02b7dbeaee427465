package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/canonym/canonym/normalize"
)

const matchUsage = `
Usage: canonym match [--gazetteer FILE]... [--json] [--top K] [--output FILE] [NAME...]

Looks up each NAME (or each line of standard input when no NAME is given) and prints the entity it
names, its score and the reason. With --json it prints one object a line, in input order:
  {"query":S,"id":S|null,"name":S|null,"score":F,"confidence":S,"reason":S,"alias":S}
and with --top K>1 a "candidates" list of the K best entities. With --output FILE (-o) the results
go to FILE, written to a temporary file beside it and renamed into place only on success.

Exit status: 0 on success; 1 on bad data or input (a gazetteer or input line, named FILE:LINE, such
as invalid UTF-8 or a line over 1 MiB) or an I/O error (an unreadable --gazetteer, an output that
cannot be written, a closed pipe); 2 on usage errors.

Flags:
`

// matchRecord is one line of "canonym match --json". Its fields are a stable contract.
type matchRecord struct {
	Query      string            `json:"query"`
	ID         *string           `json:"id"`
	Name       *string           `json:"name"`
	Score      float64           `json:"score"`
	Confidence string            `json:"confidence"`
	Kind       string            `json:"kind,omitempty"`
	Alias      string            `json:"alias,omitempty"`
	Reason     string            `json:"reason,omitempty"`
	Candidates []candidateRecord `json:"candidates,omitempty"`
	Error      string            `json:"error,omitempty"`
}

type candidateRecord struct {
	ID     string  `json:"id"`
	Name   string  `json:"name"`
	Score  float64 `json:"score"`
	Reason string  `json:"reason"`
}

func runMatch(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("match", matchUsage, stdout, stderr)
	var gaz gazetteerFlag
	fs.Var(&gaz, "gazetteer", "gazetteer `FILE` in JSON Lines (repeatable; replaces the default)")
	asJSON := fs.Bool("json", false, "print one JSON object a line")
	top := fs.Int("top", 1, "show the `K` best candidates")
	output := addOutputFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *top < 1 {
		return usagef("--top must be at least 1")
	}
	m, err := loadMatcher(gaz)
	if err != nil {
		return err
	}
	dst := openOutput(*output, stdout)
	if err := dst.Err(); err != nil {
		return err
	}
	return dst.Finish(writeMatches(dst, m, fs.Args(), stdin, *asJSON, *top))
}

// writeMatches looks up each name of names, or each line of stdin when there are none, and writes
// the results to w. It stops at the first write error.
func writeMatches(w io.Writer, m *normalize.Matcher, names []string, stdin io.Reader, asJSON bool, top int) error {
	out := bufio.NewWriter(w)
	var table *tabwriter.Writer
	if !asJSON {
		table = tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(table, "QUERY\tNAME\tSCORE\tREASON")
	}
	var badInput []string
	emit := func(source string, n int, query string) error {
		rec := lookup(m, query, top)
		if !utf8.ValidString(query) {
			rec.Error = "invalid UTF-8"
			badInput = append(badInput, fmt.Sprintf("%s:%d: invalid UTF-8", source, n))
		}
		if table != nil {
			return writeMatchRow(table, rec)
		}
		b, err := json.Marshal(rec)
		if err != nil {
			return err
		}
		b = append(b, '\n')
		_, err = out.Write(b)
		return err
	}
	if len(names) > 0 {
		for i, q := range names {
			if err := emit("argument", i+1, q); err != nil {
				return err
			}
		}
	} else if err := forEachLine(stdin, "stdin", func(n int, line string) error { return emit("stdin", n, line) }); err != nil {
		if table != nil {
			table.Flush()
		}
		out.Flush()
		return err
	}
	if table != nil {
		if err := table.Flush(); err != nil {
			return err
		}
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if len(badInput) > 0 {
		return fmt.Errorf("%s", strings.Join(badInput, "\n"))
	}
	return nil
}

func lookup(m *normalize.Matcher, query string, top int) matchRecord {
	rec := matchRecord{Query: query, Confidence: normalize.NoMatch.String()}
	best, ok := m.Match(query)
	if best.Entity != nil {
		rec.Score = best.Score
		rec.Reason = best.Reason
	}
	rec.Confidence = best.Confidence.String()
	if ok {
		rec.ID, rec.Name = &best.Entity.ID, &best.Entity.Name
		rec.Kind = best.Entity.Kind.String()
		rec.Alias = best.Alias
	}
	if top > 1 {
		for _, c := range m.Candidates(query, top) {
			rec.Candidates = append(rec.Candidates, candidateRecord{ID: c.Entity.ID, Name: c.Entity.Name, Score: c.Score, Reason: c.Reason})
		}
	}
	return rec
}

func writeMatchRow(w io.Writer, rec matchRecord) error {
	name := "-"
	if rec.Name != nil {
		name = *rec.Name
	}
	reason := rec.Reason
	if rec.ID == nil && rec.Confidence != normalize.Ambiguous.String() {
		reason = "no match"
	}
	_, err := fmt.Fprintf(w, "%s\t%s\t%.3f\t%s\n", rec.Query, name, rec.Score, reason)
	if err != nil {
		return err
	}
	for _, c := range rec.Candidates {
		if _, err := fmt.Fprintf(w, "\t  %s\t%.3f\t%s\n", c.Name, c.Score, c.Reason); err != nil {
			return err
		}
	}
	return nil
}
