package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// maxInputLine is the longest line that match and compare accept on standard input.
const maxInputLine = 1 << 20

// forEachLine calls fn with each line of r (without its line ending) and its 1-based number. A line
// longer than maxInputLine is an error naming source and line.
func forEachLine(r io.Reader, source string, fn func(n int, line string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxInputLine)
	n := 0
	for sc.Scan() {
		n++
		if err := fn(n, strings.TrimSuffix(sc.Text(), "\r")); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		if err == bufio.ErrTooLong {
			return fmt.Errorf("%s:%d: line longer than %d bytes", source, n+1, maxInputLine)
		}
		return fmt.Errorf("%s: %w", source, err)
	}
	return nil
}
