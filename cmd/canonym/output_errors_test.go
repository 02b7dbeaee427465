package main

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOutputStdout(t *testing.T) {
	t.Parallel()
	for _, path := range []string{"", "-"} {
		var stdout bytes.Buffer
		o := openOutput(path, &stdout)
		require.NoError(t, o.Err())
		_, err := io.WriteString(o, "hello\n")
		require.NoError(t, err)
		require.NoError(t, o.Finish(nil))
		assert.Equal(t, "hello\n", stdout.String())
		cmdErr := errors.New("bad input")
		assert.Same(t, cmdErr, o.Finish(cmdErr), "Finish passes the command's error through")
	}
}

func TestOutputStdoutWriteErrorNamesIt(t *testing.T) {
	t.Parallel()
	o := openOutput("", &brokenPipe{})
	_, err := o.Write([]byte("x"))
	require.Error(t, err)
	assert.ErrorIs(t, err, syscall.EPIPE)
	assert.EqualError(t, err, "write standard output: broken pipe")
	assert.Equal(t, err, o.Finish(err))
}

func TestOutputFileCommit(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "out.txt")
	o := openOutput(path, nil)
	require.NoError(t, o.Err())
	_, err := io.WriteString(o, "part one\n")
	require.NoError(t, err)
	// Nothing is at the destination until Finish.
	_, err = os.Stat(path)
	assert.ErrorIs(t, err, os.ErrNotExist)
	entries, _ := os.ReadDir(dir)
	require.Len(t, entries, 1)
	assert.Regexp(t, `^\.out\.txt\.tmp-[0-9a-f]{12}$`, entries[0].Name(), "the temporary file is hidden beside the destination")

	_, err = io.WriteString(o, "part two\n")
	require.NoError(t, err)
	require.NoError(t, o.Finish(nil))
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "part one\npart two\n", string(got))
	assertOnlyFiles(t, dir, true)

	// Finished: later writes fail, later Finish calls change nothing.
	_, err = o.Write([]byte("late"))
	assert.ErrorContains(t, err, "already finished")
	require.NoError(t, o.Finish(nil))
	cmdErr := errors.New("x")
	assert.Same(t, cmdErr, o.Finish(cmdErr))
	got, _ = os.ReadFile(path)
	assert.Equal(t, "part one\npart two\n", string(got))
}

func TestOutputFileAbort(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "out.txt")
	require.NoError(t, os.WriteFile(path, []byte("old\n"), 0o644))
	o := openOutput(path, nil)
	_, err := io.WriteString(o, "partial")
	require.NoError(t, err)
	cmdErr := errors.New("stdin:3: bad line")
	assert.Same(t, cmdErr, o.Finish(cmdErr), "Finish returns the command's error")
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "old\n", string(got), "the existing file is untouched")
	assertOnlyFiles(t, dir, true)
}

func TestOutputFileNewFileMode(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "out.txt")
	o := openOutput(path, nil)
	require.NoError(t, o.Finish(nil))
	st, err := os.Stat(path)
	require.NoError(t, err)
	// 0666 less the umask, as a shell redirection makes it; not CreateTemp's 0600.
	ref := filepath.Join(dir, "ref.txt")
	f, err := os.OpenFile(ref, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	require.NoError(t, err)
	f.Close()
	refSt, err := os.Stat(ref)
	require.NoError(t, err)
	assert.Equal(t, refSt.Mode().Perm(), st.Mode().Perm())
}

func TestOutputFileThroughSymlink(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	target := filepath.Join(dir, "real.txt")
	require.NoError(t, os.WriteFile(target, []byte("old"), 0o644))
	link := filepath.Join(dir, "link.txt")
	require.NoError(t, os.Symlink("real.txt", link))
	o := openOutput(link, nil)
	_, err := io.WriteString(o, "new")
	require.NoError(t, err)
	require.NoError(t, o.Finish(nil))
	got, err := os.ReadFile(target)
	require.NoError(t, err)
	assert.Equal(t, "new", string(got))
	fi, err := os.Lstat(link)
	require.NoError(t, err)
	assert.Equal(t, os.ModeSymlink, fi.Mode().Type(), "the link stays a link")
}

func TestOutputDevice(t *testing.T) {
	t.Parallel()
	if _, err := os.Stat(os.DevNull); err != nil {
		t.Skip("no", os.DevNull)
	}
	o := openOutput(os.DevNull, nil)
	require.NoError(t, o.Err())
	_, err := io.WriteString(o, "discarded")
	require.NoError(t, err)
	require.NoError(t, o.Finish(nil))
	st, err := os.Stat(os.DevNull)
	require.NoError(t, err)
	assert.Equal(t, os.ModeCharDevice, st.Mode().Type()&os.ModeCharDevice, "the device is written, not replaced")
}

func TestOutputCannotCreate(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	tests := []struct{ path, want string }{
		{filepath.Join(dir, "missing", "out.txt"), "output " + filepath.Join(dir, "missing", "out.txt") + ": no such file or directory"},
		{dir, "output " + dir + ": is a directory"},
	}
	for _, tt := range tests {
		o := openOutput(tt.path, nil)
		require.EqualError(t, o.Err(), tt.want)
		_, err := o.Write([]byte("x"))
		assert.EqualError(t, err, tt.want)
		assert.EqualError(t, o.Finish(nil), tt.want)
		assert.EqualError(t, o.Finish(errors.New("other")), tt.want, "the create failure explains what follows")
	}
	assertOnlyFiles(t, dir, false)
}

func TestOutputReadOnlyDirectory(t *testing.T) {
	skipIfRoot(t)
	t.Parallel()
	dir := t.TempDir()
	require.NoError(t, os.Chmod(dir, 0o555))
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	o := openOutput(filepath.Join(dir, "out.txt"), nil)
	assert.ErrorContains(t, o.Err(), "permission denied")
}

func TestAddOutputFlag(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{{"--output", "f"}, {"-output=f"}, {"-o", "f"}, {"--o=f"}} {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		p := addOutputFlag(fs)
		require.NoError(t, fs.Parse(args))
		assert.Equal(t, "f", *p, "%v", args)
	}
	var help bytes.Buffer
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(&help)
	addOutputFlag(fs)
	fs.PrintDefaults()
	assert.Contains(t, help.String(), "-output FILE")
	assert.Contains(t, help.String(), "-o FILE")
}
