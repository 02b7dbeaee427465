package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// progressInterval is how often the progress line is redrawn.
const progressInterval = 250 * time.Millisecond

// progress reports how much of an input fix has read: on a terminal a line redrawn in place (a
// bar when the size is known), elsewhere one summary line at the end, so that logs stay clean.
type progress struct {
	r        io.Reader
	w        io.Writer
	name     string
	total    int64 // -1 when unknown
	terminal bool
	read     int64
	start    time.Time
	last     time.Time
	now      func() time.Time
}

func newProgress(r io.Reader, w io.Writer, name string, total int64) *progress {
	p := &progress{r: r, w: w, name: name, total: total, terminal: isTerminal(w), now: time.Now}
	p.start = p.now()
	p.last = p.start
	return p
}

// isTerminal reports whether w is a character device, such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// sizeOf returns the size of r when it is a regular file, or -1.
func sizeOf(r io.Reader) int64 {
	if f, ok := r.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			return st.Size()
		}
	}
	return -1
}

func (p *progress) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.read += int64(n)
	if p.terminal {
		if now := p.now(); now.Sub(p.last) >= progressInterval {
			p.last = now
			fmt.Fprintf(p.w, "\r%s", p.line(now))
		}
	}
	return n, err
}

// done writes the final line.
func (p *progress) done() {
	end := ""
	if p.terminal {
		end = "\r"
	}
	fmt.Fprintf(p.w, "%s%s\n", end, p.line(p.now()))
}

func (p *progress) line(now time.Time) string {
	secs := now.Sub(p.start).Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(p.read) / secs
	}
	s := fmt.Sprintf("canonym: %s: %s read, %s/s", p.name, bytesText(float64(p.read)), bytesText(rate))
	if p.total > 0 {
		const width = 20
		done := min(width, int(p.read*width/p.total))
		s = fmt.Sprintf("%s [%s%s] %3d%%", s, strings.Repeat("=", done), strings.Repeat(" ", width-done), p.read*100/p.total)
	}
	return s
}

func bytesText(n float64) string {
	units := []string{"B", "KiB", "MiB", "GiB", "TiB"}
	i := 0
	for n >= 1024 && i < len(units)-1 {
		n /= 1024
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%.0f %s", n, units[i])
	}
	return fmt.Sprintf("%.1f %s", n, units[i])
}
