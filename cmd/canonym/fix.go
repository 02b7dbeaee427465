package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/canonym/canonym/normalize"
)

const fixUsage = `
Usage: canonym fix [--gazetteer FILE]... [--json] [--canonical] [--ascii] [FILE...]

Reads text from each FILE (or standard input), repairs garbled names and writes the corrected text
to standard output. Each input is one document: names resolved in it are evidence for later, shorter
mentions. With --json it writes instead the log of every recognised mention, one object a line:
  {"start":B,"end":B,"text":S,"replacement":S,"id":S,"name":S,"score":F,"changed":BOOL,
   "confidence":S,"reason":S}
(byte offsets into the input, end exclusive), with a "file" field when FILE arguments are given.

Flags:
`

// mentionRecord is one line of "canonym fix --json". Its fields are a stable contract.
type mentionRecord struct {
	File        string  `json:"file,omitempty"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Text        string  `json:"text"`
	Replacement string  `json:"replacement"`
	ID          string  `json:"id"`
	Name        string  `json:"name"`
	Kind        string  `json:"kind"`
	Score       float64 `json:"score"`
	Changed     bool    `json:"changed"`
	Confidence  string  `json:"confidence"`
	Reason      string  `json:"reason"`
}

// maxFixInput bounds one document read whole by fix.
const maxFixInput = 256 << 20

func runFix(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("fix", fixUsage, stderr)
	var gaz gazetteerFlag
	fs.Var(&gaz, "gazetteer", "gazetteer `FILE` in JSON Lines (repeatable; replaces the default)")
	asJSON := fs.Bool("json", false, "write the mention log as JSON Lines instead of the text")
	canonical := fs.Bool("canonical", false, "also rewrite legitimate aliases (Kiev, Zelensky) to the canonical name")
	ascii := fs.Bool("ascii", false, "write replacements without diacritics")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	m, err := loadMatcher(gaz, normalize.WithCanonical(*canonical), normalize.WithASCII(*ascii))
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	process := func(name string, r io.Reader) error {
		data, err := io.ReadAll(io.LimitReader(r, maxFixInput+1))
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if len(data) > maxFixInput {
			return fmt.Errorf("%s: input over %d bytes; split it into documents", name, maxFixInput)
		}
		res := m.Fix(string(data))
		if !*asJSON {
			_, err := out.WriteString(res.Text)
			return err
		}
		file := ""
		if fs.NArg() > 0 {
			file = name
		}
		return writeMentions(out, file, res.Mentions)
	}
	if fs.NArg() == 0 {
		err = process("stdin", stdin)
	}
	for _, path := range fs.Args() {
		if err = processFile(path, process); err != nil {
			break
		}
	}
	// What was written for earlier inputs reaches the reader even when a later one fails.
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return err
}

func processFile(path string, process func(string, io.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return fmt.Errorf("%s: is a directory", path)
	}
	return process(path, f)
}

func writeMentions(w io.Writer, file string, mentions []normalize.Mention) error {
	for _, mt := range mentions {
		rec := mentionRecord{
			File: file, Start: mt.Start, End: mt.End, Text: validText(mt.Text), Replacement: validText(mt.Replacement),
			ID: mt.Entity.ID, Name: mt.Entity.Name, Kind: mt.Entity.Kind.String(), Score: mt.Score,
			Changed: mt.Changed, Confidence: mt.Confidence.String(), Reason: mt.Reason,
		}
		b, err := json.Marshal(rec)
		if err != nil {
			return err
		}
		if _, err := w.Write(append(b, '\n')); err != nil {
			return err
		}
	}
	return nil
}

// validText guards the JSON log: mentions never span invalid UTF-8, but the log must stay valid
// whatever happens.
func validText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return string([]rune(s))
}
