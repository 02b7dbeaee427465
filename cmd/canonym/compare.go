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
Usage: canonym compare [--json] [--output FILE]

Reads "NAME1<TAB>NAME2" pairs, one a line, from standard input and prints for each the score and
whether the two name the same entity (no gazetteer is used). With --json, one object a line:
  {"a":S,"b":S,"score":F,"match":BOOL,"reason":S}
With --output FILE (-o) the results go to FILE, written to a temporary file beside it and renamed
into place only on success.

Exit status: 0 on success; 1 on bad input (stdin:LINE: a line without a tab, or over 1 MiB) or an
I/O error (an output that cannot be written, a closed pipe); 2 on usage errors.

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
	fs := newFlagSet("compare", compareUsage, stdout, stderr)
	asJSON := fs.Bool("json", false, "print one JSON object a line")
	output := addOutputFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("compare reads pairs from standard input; unexpected argument %q", fs.Arg(0))
	}
	dst := openOutput(*output, stdout)
	if err := dst.Err(); err != nil {
		return err
	}
	return dst.Finish(writeComparisons(dst, stdin, *asJSON))
}

// writeComparisons compares the pairs of names on the lines of stdin and writes the results to w.
// It stops at the first bad line or write error.
func writeComparisons(w io.Writer, stdin io.Reader, asJSON bool) error {
	out := bufio.NewWriter(w)
	err := forEachLine(stdin, "stdin", func(n int, line string) error {
		a, b, ok := strings.Cut(line, "\t")
		if !ok {
			return fmt.Errorf("stdin:%d: want two names separated by a tab", n)
		}
		c := normalize.Compare(a, b)
		if !asJSON {
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
