package main

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFixProgressSummary(t *testing.T) {
	t.Parallel()
	r := runCmd(t, "Polish Prime Minister Donald Tass said.\n", "fix", "--progress")
	require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
	assert.Contains(t, r.stdout, "Donald Tusk")
	// Standard error is not a terminal here: one summary line, no carriage returns.
	assert.Regexp(t, `^canonym: stdin: 40 B read, .*/s\n$`, r.stderr)
}

func TestProgressLine(t *testing.T) {
	t.Parallel()
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var out bytes.Buffer
	p := newProgress(strings.NewReader(strings.Repeat("x", 4096)), &out, "big.txt", 4096)
	p.now = func() time.Time { return start }
	p.start, p.last = start, start
	_, err := io.CopyN(io.Discard, p, 2048)
	require.NoError(t, err)
	p.now = func() time.Time { return start.Add(2 * time.Second) }
	assert.Equal(t, "canonym: big.txt: 2.0 KiB read, 1.0 KiB/s [==========          ]  50%", p.line(p.now()))
}

func TestBytesText(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		n    float64
		want string
	}{{0, "0 B"}, {1023, "1023 B"}, {1536, "1.5 KiB"}, {3 << 30, "3.0 GiB"}} {
		assert.Equal(t, tt.want, bytesText(tt.n))
	}
}
