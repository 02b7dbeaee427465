package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"golang.org/x/text/transform"

	"github.com/canonym/canonym/normalize"
)

const fixUsage = `
Usage: canonym fix [--gazetteer FILE]... [--json] [--canonical] [--ascii] [--output FILE] [--progress] [FILE...]

Reads text from each FILE (or standard input), repairs garbled names and writes the corrected text
to standard output. Each input is one document: names resolved in it are evidence for later, shorter
mentions. Inputs are streamed with a look-ahead of 64 KiB, so memory stays flat on any size. With --json it writes instead the log of every recognised mention, one object a line:
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

func runFix(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("fix", fixUsage, stdout, stderr)
	var gaz gazetteerFlag
	fs.Var(&gaz, "gazetteer", "gazetteer `FILE` in JSON Lines (repeatable; replaces the default)")
	asJSON := fs.Bool("json", false, "write the mention log as JSON Lines instead of the text")
	canonical := fs.Bool("canonical", false, "also rewrite legitimate aliases (Kiev, Zelensky) to the canonical name")
	ascii := fs.Bool("ascii", false, "write replacements without diacritics")
	output := addOutputFlag(fs)
	showProgress := fs.Bool("progress", false, "report bytes read and the rate on standard error (a bar on a terminal)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	m, err := loadMatcher(gaz, normalize.WithCanonical(*canonical), normalize.WithASCII(*ascii))
	if err != nil {
		return err
	}
	dst := openOutput(*output, stdout)
	if err := dst.Err(); err != nil {
		return err
	}
	out := bufio.NewWriterSize(dst, 64<<10)
	// Each input is read as a stream, so memory stays flat whatever its size.
	process := func(name string, r io.Reader) error {
		file := ""
		if fs.NArg() > 0 {
			file = name
		}
		var target io.Writer = outputWriter{out}
		var onMention func(normalize.Mention)
		if *asJSON {
			sink := &mentionSink{w: out, file: file}
			target, onMention = sink, sink.write
		}
		if *showProgress {
			p := newProgress(r, stderr, name, sizeOf(r))
			defer p.done()
			r = p
		}
		if _, err := io.Copy(target, transform.NewReader(r, m.NewTransformer(onMention))); err != nil {
			if _, ok := errors.AsType[outputError](err); ok {
				return err
			}
			return fmt.Errorf("%s: %w", name, err)
		}
		return nil
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
	return dst.Finish(err)
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

// outputError marks a failure to write the output, as opposed to a failure to read an input, whose
// message names the input.
type outputError struct{ err error }

func (e outputError) Error() string { return e.err.Error() }
func (e outputError) Unwrap() error { return e.err }

type outputWriter struct{ w io.Writer }

func (o outputWriter) Write(p []byte) (int, error) {
	n, err := o.w.Write(p)
	if err != nil {
		err = outputError{err}
	}
	return n, err
}

// mentionSink writes the mention log of one input. It stands in for the corrected text, which
// --json does not write, and fails the copy as soon as the log cannot be written, so that a closed
// pipe stops the work.
type mentionSink struct {
	w    io.Writer
	file string
	err  error
}

func (s *mentionSink) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	return len(p), nil
}

func (s *mentionSink) write(mt normalize.Mention) {
	if s.err != nil {
		return
	}
	rec := mentionRecord{
		File: s.file, Start: mt.Start, End: mt.End, Text: validText(mt.Text), Replacement: validText(mt.Replacement),
		ID: mt.Entity.ID, Name: mt.Entity.Name, Kind: mt.Entity.Kind.String(), Score: mt.Score,
		Changed: mt.Changed, Confidence: mt.Confidence.String(), Reason: mt.Reason,
	}
	b, err := json.Marshal(rec)
	if err == nil {
		_, err = s.w.Write(append(b, '\n'))
	}
	if err != nil {
		s.err = outputError{err}
	}
}

// validText guards the JSON log: mentions never span invalid UTF-8, but the log must stay valid
// whatever happens.
func validText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return string([]rune(s))
}
