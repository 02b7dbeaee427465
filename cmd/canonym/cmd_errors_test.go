package main

// Robustness of the command (issue 7): every failure gives one line per error on stderr, prefixed
// "canonym: ", and the documented exit status; a failed write stops the work; nothing is lost.

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// skipIfRoot skips a test that relies on file permissions, which do not stop root.
func skipIfRoot(t *testing.T) {
	t.Helper()
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not stop reading")
	}
}

// unreadableFile makes a file that exists but cannot be read.
func unreadableFile(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "secret.txt")
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	require.NoError(t, os.Chmod(path, 0))
	t.Cleanup(func() { os.Chmod(path, 0o644) })
	return path
}

// badGazetteer writes a gazetteer file of n malformed lines and returns its path.
func badGazetteer(t *testing.T, name string, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(strings.Repeat("{bad\n", n)), 0o644))
	return path
}

// assertOneLineError checks a failed run: the exit status, one "canonym: " line naming want, and
// no output.
func assertOneLineError(t *testing.T, r result, code int, want ...string) {
	t.Helper()
	assert.Equal(t, code, r.code, "stderr: %s", r.stderr)
	lines := stderrLines(r.stderr)
	require.Len(t, lines, 1, "want one line on stderr, got %q", r.stderr)
	assert.True(t, strings.HasPrefix(lines[0], "canonym: "), "got %q", lines[0])
	for _, w := range want {
		assert.Contains(t, lines[0], w)
	}
}

func TestCommandInputErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"fix missing file", fixArgs("testdata/article1.txt", "testdata/no-such.txt"), []string{"testdata/no-such.txt", "no such file or directory"}},
		{"fix directory", fixArgs("testdata"), []string{"testdata: is a directory"}},
		{"fix json directory", fixArgs("--json", "testdata"), []string{"testdata: is a directory"}},
		{"fix missing gazetteer", []string{"fix", "--gazetteer", "testdata/no-such.jsonl"}, []string{"testdata/no-such.jsonl", "no such file or directory"}},
		{"fix directory as gazetteer", []string{"fix", "--gazetteer", "testdata"}, []string{"testdata", "is a directory"}},
		{"match missing gazetteer", []string{"match", "--gazetteer", "testdata/no-such.jsonl", "Kyiv"}, []string{"testdata/no-such.jsonl", "no such file or directory"}},
		{"match directory as gazetteer", []string{"match", "--gazetteer", "testdata", "Kyiv"}, []string{"testdata", "is a directory"}},
		{"gazetteer check missing", []string{"gazetteer", "check", "testdata/no-such.jsonl"}, []string{"no-such.jsonl"}},
		{"gazetteer check directory", []string{"gazetteer", "check", "testdata"}, []string{"testdata", "is a directory"}},
		{"compare line without tab", []string{"compare"}, []string{"stdin:1: want two names separated by a tab"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runCmd(t, "Olaf Scholz\n", tt.args...)
			assertOneLineError(t, r, exitData, tt.want...)
		})
	}
}

func TestCommandUnreadableFile(t *testing.T) {
	skipIfRoot(t)
	t.Parallel()
	text := unreadableFile(t, "Voldimi Zelensky visited Kiev.\n")
	gaz := unreadableFile(t, `{"id":"kyiv","kind":"place","name":"Kyiv"}`+"\n")
	for _, args := range [][]string{
		fixArgs(text),
		fixArgs("--json", text),
		{"fix", "--gazetteer", gaz},
		{"match", "--gazetteer", gaz, "Kyiv"},
		{"gazetteer", "check", gaz},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			t.Parallel()
			r := runCmd(t, "", args...)
			assertOneLineError(t, r, exitData, "permission denied")
			assert.Empty(t, r.stdout)
		})
	}
}

// A malformed --gazetteer is reported line by line, FILE:LINE, up to the cap of
// gazetteer.MaxErrorsPerFile a file, for every file given, by every command that takes one.
func TestCommandMalformedGazetteer(t *testing.T) {
	t.Parallel()
	many := badGazetteer(t, "many.jsonl", 25)
	few := badGazetteer(t, "few.jsonl", 2)
	for _, cmd := range [][]string{{"fix"}, {"fix", "--json"}, {"match", "Kyiv"}, {"gazetteer", "check"}} {
		t.Run(strings.Join(cmd, " "), func(t *testing.T) {
			t.Parallel()
			var args []string
			if cmd[0] == "gazetteer" {
				args = append(cmd, many, few)
			} else {
				args = append([]string{cmd[0], "--gazetteer", many, "--gazetteer", few}, cmd[1:]...)
			}
			r := runCmd(t, "Kiev\n", args...)
			assert.Equal(t, exitData, r.code)
			assert.Empty(t, r.stdout)
			lines := stderrLines(r.stderr)
			require.Len(t, lines, 10+1+2, "10 lines of many.jsonl, the cap note, 2 of few.jsonl: %s", r.stderr)
			for i := range 10 {
				assert.Equal(t, fmt.Sprintf("canonym: gazetteer: many.jsonl:%d: invalid JSON: invalid character 'b' looking for beginning of object key string", i+1), lines[i])
			}
			assert.Equal(t, "canonym: gazetteer: many.jsonl: too many errors: stopped after 10", lines[10])
			assert.True(t, strings.HasPrefix(lines[11], "canonym: gazetteer: few.jsonl:1: invalid JSON"), lines[11])
			assert.True(t, strings.HasPrefix(lines[12], "canonym: gazetteer: few.jsonl:2: invalid JSON"), lines[12])
		})
	}
	t.Run("bad lines of several kinds", func(t *testing.T) {
		t.Parallel()
		r := runCmd(t, "", "match", "--gazetteer", "testdata/bad.jsonl", "Kyiv")
		assert.Equal(t, exitData, r.code)
		assert.Equal(t, []string{
			`canonym: gazetteer: bad.jsonl:2: invalid JSON: unexpected EOF`,
			`canonym: gazetteer: bad.jsonl:4: unknown kind "island" (want person, place or org)`,
			`canonym: gazetteer: bad.jsonl:5: duplicate id "angela-merkel" (first defined at bad.jsonl:1)`,
		}, stderrLines(r.stderr))
	})
}

func TestCommandEmptyInput(t *testing.T) {
	t.Parallel()
	empty := filepath.Join(t.TempDir(), "empty.txt")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	emptyGaz := filepath.Join(t.TempDir(), "empty.jsonl")
	require.NoError(t, os.WriteFile(emptyGaz, nil, 0o644))
	tests := []struct {
		name       string
		args       []string
		wantStdout string
	}{
		{"fix stdin", fixArgs(), ""},
		{"fix json stdin", fixArgs("--json"), ""},
		{"fix empty file", fixArgs(empty), ""},
		{"fix empty gazetteer", []string{"fix", "--gazetteer", emptyGaz}, ""},
		{"match json stdin", matchArgs("--json"), ""},
		{"match table stdin", matchArgs(), "QUERY  NAME  SCORE  REASON\n"},
		{"match empty gazetteer", []string{"match", "--json", "--gazetteer", emptyGaz}, ""},
		{"compare", []string{"compare"}, ""},
		{"compare json", []string{"compare", "--json"}, ""},
		{"gazetteer check empty file", []string{"gazetteer", "check", emptyGaz}, "1 file(s): 0 entities: 0 person, 0 place, 0 org\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runCmd(t, "", tt.args...)
			assert.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
			assert.Equal(t, tt.wantStdout, r.stdout)
			assert.Empty(t, r.stderr)
		})
	}
	t.Run("fix text with an empty gazetteer passes through", func(t *testing.T) {
		t.Parallel()
		r := runCmd(t, "Voldimi Zelensky visited kyiv.\n", "fix", "--gazetteer", emptyGaz)
		assert.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
		assert.Equal(t, "Voldimi Zelensky visited kyiv.\n", r.stdout)
	})
}

// brokenPipe is a standard output whose reader has gone: every write fails with EPIPE.
type brokenPipe struct{ writes int }

func (w *brokenPipe) Write([]byte) (int, error) {
	w.writes++
	return 0, syscall.EPIPE
}

// countingReader counts the bytes read from it.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// A closed standard output (EPIPE) ends the command at once with one line and exit status 1: the
// command does not read on through its input, and it does not write again.
func TestCommandBrokenPipe(t *testing.T) {
	t.Parallel()
	prose := strings.Repeat("Voldimi Zelensky met Mark Rute in kyiv on Tuesday, and Angela Merkle spoke.\n", 60_000) // 4.5 MB
	names := strings.Repeat("Kiev\nMark Rute\nJohn Smith\n", 60_000)
	pairs := strings.Repeat("Olaf Scholze\tOlaf Scholz\n", 100_000)
	tests := []struct {
		name  string
		args  []string
		stdin string
		// stops reports whether the command must stop reading stdin early. Table output of
		// match is aligned over all rows, so it is written only at the end.
		stops bool
	}{
		{"fix", fixArgs(), prose, true},
		{"fix json", fixArgs("--json"), prose, true},
		{"match json", matchArgs("--json"), names, true},
		{"match table", matchArgs(), names[:len(names)/100], false},
		{"match arguments", matchArgs("--json", "Kiev", "Mark Rute"), "", false},
		{"compare", []string{"compare"}, pairs, true},
		{"compare json", []string{"compare", "--json"}, pairs, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			in := &countingReader{r: strings.NewReader(tt.stdin)}
			out := &brokenPipe{}
			var stderr bytes.Buffer
			err := run(tt.args, in, out, &stderr)
			require.Error(t, err)
			assert.ErrorIs(t, err, syscall.EPIPE)
			code := exitCode(err, &stderr)
			assert.Equal(t, exitData, code)
			lines := stderrLines(stderr.String())
			require.Len(t, lines, 1, "one line: %q", stderr.String())
			assert.Contains(t, lines[0], "broken pipe")
			assert.True(t, strings.HasPrefix(lines[0], "canonym: write "), "the message says a write failed: %q", lines[0])
			assert.Equal(t, 1, out.writes, "no write after the first failure")
			if tt.stops {
				assert.Less(t, in.n, len(tt.stdin)/2, "the command reads on after its output has gone")
			}
		})
	}
}

// With --output, a failed run leaves no file (and no temporary file) behind and an existing file
// as it was; a successful one writes exactly what standard output would have shown.
func TestCommandOutputFile(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		args  []string
		stdin string
		ok    bool
	}{
		{"match", matchArgs("Kiev", "Mark Rute"), "", true},
		{"match json stdin", matchArgs("--json"), "Kiev\nMark Rute\n", true},
		{"match top", matchArgs("--top", "3", "Mark"), "", true},
		{"compare", []string{"compare"}, "Olaf Scholze\tOlaf Scholz\n", true},
		{"compare json", []string{"compare", "--json"}, "Olaf Scholze\tOlaf Scholz\n", true},
		{"match empty", matchArgs("--json"), "", true},
		{"match invalid UTF-8", matchArgs("--json"), "Kiev\n\xff\n", false},
		{"match malformed gazetteer", []string{"match", "--gazetteer", "testdata/bad.jsonl", "Kiev"}, "", false},
		{"match line too long", matchArgs("--json"), "Kiev\n" + strings.Repeat("x", maxInputLine+1) + "\n", false},
		{"compare bad line", []string{"compare", "--json"}, "Olaf Scholze\tOlaf Scholz\nno tab\n", false},
		{"fix", fixArgs(), "Voldimi Zelensky visited kyiv.\n", true},
		{"fix json", fixArgs("--json"), "Voldimi Zelensky visited kyiv.\n", true},
		{"fix files", fixArgs("testdata/article1.txt", "testdata/article2.txt"), "", true},
		{"fix second file missing", fixArgs("testdata/article1.txt", "testdata/no-such.txt"), "", false},
		{"fix directory", fixArgs("--json", "testdata/article1.txt", "testdata"), "", false},
	}
	fixOutput := hasOutputFlag(t, "fix")
	for _, tt := range tests {
		for _, flag := range []string{"--output", "-o"} {
			t.Run(tt.name+" "+flag, func(t *testing.T) {
				t.Parallel()
				if tt.args[0] == "fix" && !fixOutput {
					t.Skip("fix has no --output flag yet")
				}
				want := runCmd(t, tt.stdin, tt.args...)
				dir := t.TempDir()
				path := filepath.Join(dir, "out.txt")
				args := append([]string{tt.args[0], flag, path}, tt.args[1:]...)
				r := runCmd(t, tt.stdin, args...)
				assert.Equal(t, want.code, r.code)
				assert.Equal(t, want.stderr, r.stderr)
				assert.Empty(t, r.stdout, "--output leaves standard output empty")
				got, err := os.ReadFile(path)
				if tt.ok {
					require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
					require.NoError(t, err)
					assert.Equal(t, want.stdout, string(got))
				} else {
					assert.NotEqual(t, exitOK, r.code)
					assert.ErrorIs(t, err, os.ErrNotExist, "a failed run leaves no output file")
				}
				assertOnlyFiles(t, dir, tt.ok)
			})
		}
	}
	t.Run("failure keeps an existing file", func(t *testing.T) {
		t.Parallel()
		dir := t.TempDir()
		path := filepath.Join(dir, "out.jsonl")
		require.NoError(t, os.WriteFile(path, []byte("precious\n"), 0o600))
		r := runCmd(t, "Olaf Scholze\tOlaf Scholz\nno tab\n", "compare", "--output", path)
		assertOneLineError(t, r, exitData, "stdin:2:")
		got, err := os.ReadFile(path)
		require.NoError(t, err)
		assert.Equal(t, "precious\n", string(got))
		assertOnlyFiles(t, dir, true)
	})
	t.Run("success replaces an existing file and keeps its permissions", func(t *testing.T) {
		t.Parallel()
		dir := t.TempDir()
		path := filepath.Join(dir, "out.txt")
		require.NoError(t, os.WriteFile(path, []byte("old\n"), 0o600))
		r := runCmd(t, "Olaf Scholze\tOlaf Scholz\n", "compare", "-o", path)
		require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
		got, err := os.ReadFile(path)
		require.NoError(t, err)
		assert.Contains(t, string(got), "same\tOlaf Scholze\tOlaf Scholz\n")
		st, err := os.Stat(path)
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o600), st.Mode().Perm())
	})
	t.Run("dash is standard output", func(t *testing.T) {
		t.Parallel()
		r := runCmd(t, "Olaf Scholze\tOlaf Scholz\n", "compare", "-o", "-")
		require.Equal(t, exitOK, r.code)
		assert.Contains(t, r.stdout, "same")
	})
	t.Run("cannot be created", func(t *testing.T) {
		t.Parallel()
		dir := t.TempDir()
		for _, tc := range []struct{ path, want string }{
			{filepath.Join(dir, "no-such-dir", "out.txt"), "no such file or directory"},
			{dir, "is a directory"},
		} {
			for _, args := range [][]string{
				{"compare", "--output", tc.path},
				matchArgs("--output", tc.path, "Kiev"),
			} {
				r := runCmd(t, "Olaf Scholze\tOlaf Scholz\n", args...)
				assertOneLineError(t, r, exitData, "output "+tc.path+": "+tc.want)
				assert.Empty(t, r.stdout)
			}
		}
		assertOnlyFiles(t, dir, false)
	})
	t.Run("usage error creates nothing", func(t *testing.T) {
		t.Parallel()
		dir := t.TempDir()
		r := runCmd(t, "", "match", "--output", filepath.Join(dir, "out.txt"), "--top", "0", "Kiev")
		assert.Equal(t, exitUsage, r.code)
		assertOnlyFiles(t, dir, false)
	})
}

// hasOutputFlag reports whether the command cmd documents --output in its help.
func hasOutputFlag(t *testing.T, cmd string) bool {
	t.Helper()
	r := runCmd(t, "", cmd, "--help")
	return strings.Contains(r.stdout+r.stderr, "-output FILE")
}

// assertOnlyFiles checks that dir holds out.txt or out.jsonl when want is true and nothing
// otherwise: no temporary file is left behind.
func assertOnlyFiles(t *testing.T, dir string, want bool) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want {
		require.Len(t, names, 1, "files left in %s: %v", dir, names)
		assert.True(t, strings.HasPrefix(names[0], "out."), "files left in %s: %v", dir, names)
	} else {
		assert.Empty(t, names, "files left in %s", dir)
	}
}
