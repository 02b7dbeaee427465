package main

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testGazetteer is a small gazetteer written for these tests; the commands that take --gazetteer
// use it so that the results do not depend on the growing embedded data.
const testGazetteer = "testdata/gaz.jsonl"

// result is what one run of the command produced.
type result struct {
	stdout, stderr string
	code           int
}

// runCmd drives the command as main does: run, then exitCode writing to the same stderr.
func runCmd(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	return runCmdReader(t, strings.NewReader(stdin), args...)
}

func runCmdReader(t *testing.T, stdin io.Reader, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := run(args, stdin, &stdout, &stderr)
	code := exitCode(err, &stderr)
	return result{stdout: stdout.String(), stderr: stderr.String(), code: code}
}

// jsonLines decodes output that must be one JSON object a line, and nothing else.
func jsonLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	if out == "" {
		return nil
	}
	require.True(t, strings.HasSuffix(out, "\n"), "JSON Lines output must end with a newline: %q", out)
	var recs []map[string]any
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		require.True(t, json.Valid([]byte(line)), "line %d is not valid JSON: %q", i+1, line)
		dec := json.NewDecoder(strings.NewReader(line))
		dec.UseNumber()
		var rec map[string]any
		require.NoError(t, dec.Decode(&rec), "line %d is not a JSON object: %q", i+1, line)
		require.False(t, dec.More(), "line %d has more than one value: %q", i+1, line)
		recs = append(recs, rec)
	}
	return recs
}

// stderrLines splits stderr into its non-empty lines.
func stderrLines(s string) []string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

func TestRootUsage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout []string // substrings
		wantStderr []string // substrings
	}{
		{"no args", nil, exitUsage, nil, []string{"Usage:", "canonym fix", "canonym: no command given"}},
		{"unknown command", []string{"frobnicate"}, exitUsage, nil, []string{"Usage:", `canonym: unknown command "frobnicate"`}},
		{"unknown flag as command", []string{"--frob"}, exitUsage, nil, []string{`unknown command "--frob"`}},
		{"--help", []string{"--help"}, exitOK, []string{"Usage:", "canonym match", "Exit status"}, nil},
		{"-h", []string{"-h"}, exitOK, []string{"Usage:"}, nil},
		{"-help", []string{"-help"}, exitOK, []string{"Usage:"}, nil},
		{"help", []string{"help"}, exitOK, []string{"Usage:"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runCmd(t, "", tt.args...)
			assert.Equal(t, tt.wantCode, r.code)
			for _, s := range tt.wantStdout {
				assert.Contains(t, r.stdout, s)
			}
			for _, s := range tt.wantStderr {
				assert.Contains(t, r.stderr, s)
			}
			if tt.wantCode == exitOK {
				assert.Empty(t, r.stderr)
			} else {
				assert.Empty(t, r.stdout)
			}
		})
	}
}

func TestSubcommandHelp(t *testing.T) {
	t.Parallel()
	tests := []struct {
		cmd       string
		wantUsage string
		wantFlags []string
	}{
		{"fix", "Usage: canonym fix", []string{"-gazetteer", "-json", "-canonical", "-ascii"}},
		{"match", "Usage: canonym match", []string{"-gazetteer", "-json", "-top"}},
		{"compare", "Usage: canonym compare", []string{"-json"}},
		{"gazetteer", "Usage: canonym gazetteer check", nil},
		{"version", "Usage: canonym version", nil},
	}
	for _, tt := range tests {
		for _, help := range []string{"--help", "-help", "-h"} {
			t.Run(tt.cmd+" "+help, func(t *testing.T) {
				t.Parallel()
				r := runCmd(t, "", tt.cmd, help)
				assert.Equal(t, exitOK, r.code)
				// The usage text may go to either stream; it must be there once, and no error with it.
				all := r.stdout + r.stderr
				assert.Contains(t, all, tt.wantUsage)
				assert.Equal(t, 1, strings.Count(all, tt.wantUsage))
				for _, f := range tt.wantFlags {
					assert.Contains(t, all, f)
				}
				assert.NotContains(t, all, "canonym: ", "help is not an error")
			})
		}
	}
}

func TestUsageErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantStderr string
	}{
		{"fix unknown flag", []string{"fix", "--bogus"}, "", "flag provided but not defined: -bogus"},
		{"match unknown flag", []string{"match", "--bogus"}, "", "flag provided but not defined: -bogus"},
		{"match top zero", []string{"match", "--gazetteer", testGazetteer, "--top", "0", "Kyiv"}, "", "--top must be at least 1"},
		{"match top not a number", []string{"match", "--top", "many"}, "", "invalid value"},
		{"match empty gazetteer", []string{"match", "--gazetteer", "", "Kyiv"}, "", "empty file name"},
		{"fix missing flag value", []string{"fix", "--gazetteer"}, "", "flag needs an argument"},
		{"compare argument", []string{"compare", "Olaf Scholz"}, "Olaf Scholz\tOlaf Scholze\n", `unexpected argument "Olaf Scholz"`},
		{"compare unknown flag", []string{"compare", "--top", "3"}, "", "flag provided but not defined"},
		{"gazetteer no subcommand", []string{"gazetteer"}, "", `want the subcommand "check"`},
		{"gazetteer wrong subcommand", []string{"gazetteer", "lint", testGazetteer}, "", `want the subcommand "check"`},
		{"version unknown flag", []string{"version", "--short"}, "", "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runCmd(t, tt.stdin, tt.args...)
			assert.Equal(t, exitUsage, r.code, "stderr: %s", r.stderr)
			assert.Contains(t, r.stderr, tt.wantStderr)
			assert.Empty(t, r.stdout)
		})
	}
}

func TestExitCode(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		err        error
		want       int
		wantStderr string
	}{
		{"nil", nil, exitOK, ""},
		{"usage", usagef("bad %s", "flag"), exitUsage, "canonym: bad flag\n"},
		{"data", io.ErrUnexpectedEOF, exitData, "canonym: unexpected EOF\n"},
		{"multi-line data", &multiLineError{"a.jsonl:1: x\nb.jsonl:2: y"}, exitData, "canonym: a.jsonl:1: x\ncanonym: b.jsonl:2: y\n"},
		{"already reported", errReported, exitData, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var stderr bytes.Buffer
			assert.Equal(t, tt.want, exitCode(tt.err, &stderr))
			assert.Equal(t, tt.wantStderr, stderr.String())
		})
	}
}

type multiLineError struct{ msg string }

func (e *multiLineError) Error() string { return e.msg }

func TestVersion(t *testing.T) {
	t.Parallel()
	r := runCmd(t, "", "version")
	require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
	assert.True(t, strings.HasPrefix(r.stdout, "canonym "), "got %q", r.stdout)
	assert.Contains(t, r.stdout, "default data")
	assert.True(t, strings.HasSuffix(r.stdout, "\n"))
	assert.Equal(t, 1, strings.Count(r.stdout, "\n"), "one line")
	assert.Empty(t, r.stderr)
}
