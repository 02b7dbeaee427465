package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/canonym/canonym/normalize"
)

const compareUsage = `
Usage: canonym compare [--json]

Reads "NAME1<TAB>NAME2" pairs, one a line, from standard input and prints for each the score and
whether the two name the same entity (no gazetteer is used). With --json, one object a line:
  {"a":S,"b":S,"score":F,"match":BOOL,"reason":S}

Flags:
`

type compareRecord struct {
	A      string  `json:"a"`
	B      string  `json:"b"`
	Score  float64 `json:"score"`
	Match  bool    `json:"match"`
	Reason string  `json:"reason"`
}

func runCompare(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("compare", compareUsage, stderr)
	asJSON := fs.Bool("json", false, "print one JSON object a line")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("compare reads pairs from standard input; unexpected argument %q", fs.Arg(0))
	}
	out := bufio.NewWriter(stdout)
	err := forEachLine(stdin, "stdin", func(n int, line string) error {
		a, b, ok := strings.Cut(line, "\t")
		if !ok {
			return fmt.Errorf("stdin:%d: want two names separated by a tab", n)
		}
		c := normalize.Compare(a, b)
		if !*asJSON {
			verdict := "different"
			if c.Match {
				verdict = "same"
			}
			_, err := fmt.Fprintf(out, "%.3f\t%s\t%s\t%s\n", c.Score, verdict, a, b)
			return err
		}
		rec, err := json.Marshal(compareRecord{A: a, B: b, Score: c.Score, Match: c.Match, Reason: c.Reason})
		if err != nil {
			return err
		}
		_, err = out.Write(append(rec, '\n'))
		return err
	})
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return err
}
