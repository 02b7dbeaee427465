// Command streaming rewrites a large file through canonym's streaming Transformer: memory stays flat
// whatever the input size, because the Transformer holds about two segments of 64 KiB at a time.
//
//	go run ./examples/streaming [-stats] [FILE]
//
// It reads FILE (or standard input) as one document and writes the repaired text to standard output;
// with -stats it reports on standard error how many names it found and changed.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"golang.org/x/text/transform"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "streaming:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("streaming", flag.ContinueOnError)
	fs.SetOutput(stderr)
	stats := fs.Bool("stats", false, "report the names found and changed on standard error")
	if err := fs.Parse(args); err != nil {
		return err
	}
	in := stdin
	if fs.NArg() > 0 {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}

	g, err := gazetteer.Default()
	if err != nil {
		return err
	}
	m, err := normalize.New(g)
	if err != nil {
		return err
	}

	// The callback sees each mention as soon as its segment is decided, with offsets from the
	// start of the document, so a log can be written alongside the text without holding either.
	var found, changed int
	tr := m.NewTransformer(func(mt normalize.Mention) {
		found++
		if mt.Changed {
			changed++
		}
	})
	out := bufio.NewWriter(stdout)
	if _, err := io.Copy(out, transform.NewReader(in, tr)); err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if *stats {
		fmt.Fprintf(stderr, "%d names found, %d changed\n", found, changed)
	}
	return nil
}
