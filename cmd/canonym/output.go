package main

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// outputFlagUsage is the help text of --output, shared by the commands that take it.
const outputFlagUsage = "write to `FILE` instead of standard output; the file appears only when the command succeeds"

// addOutputFlag registers --output FILE and its short form -o on fs and returns the value. An
// empty value or "-" means standard output.
func addOutputFlag(fs *flag.FlagSet) *string {
	path := new(string)
	fs.StringVar(path, "output", "", outputFlagUsage)
	fs.StringVar(path, "o", "", "short for --output `FILE`")
	return path
}

// atomicOutput is where a command writes its results: standard output, or the file named by
// --output. A file is written atomically: the output goes to a temporary file in the same
// directory, which Finish renames into place when the command succeeds and removes when it fails,
// so that no partial output file is ever left behind and an existing file is replaced only by a
// complete one. A destination that exists and is not a regular file (/dev/null, a named pipe) is
// written directly.
//
// Write errors carry the destination's name ("write standard output: broken pipe"), so that a
// command can return them as they are.
type atomicOutput struct {
	name   string    // "standard output", or the destination as given
	w      io.Writer // stdout, the temporary file or the device
	path   string    // the destination, symbolic links resolved; "" for standard output
	file   *os.File  // the temporary file or the device, closed by Finish
	temp   bool      // file is a temporary file to rename to path
	err    error     // a failure to create the output, returned by Err, Write and Finish
	closed bool
}

// openOutput returns the output for --output path: stdout when path is "" or "-", or else a new
// temporary file next to path. A failure to create it is kept and returned by Err, Write and
// Finish, so that callers may check it at once with Err or let it surface on the first write.
func openOutput(path string, stdout io.Writer) *atomicOutput {
	if path == "" || path == "-" {
		return &atomicOutput{name: "standard output", w: stdout}
	}
	o := &atomicOutput{name: path, path: path}
	// Write through a symbolic link to the file it names, as a shell redirection does.
	if target, err := filepath.EvalSymlinks(path); err == nil {
		o.path = target
	}
	mode := fs.FileMode(0o666) // less the umask, as for a shell redirection
	if st, err := os.Stat(o.path); err == nil {
		switch {
		case st.IsDir():
			o.err = fmt.Errorf("output %s: is a directory", path)
			return o
		case !st.Mode().IsRegular():
			o.file, o.err = os.OpenFile(o.path, os.O_WRONLY, 0)
		default:
			mode = st.Mode().Perm() // a replaced file keeps its permissions
		}
	}
	if o.file == nil && o.err == nil {
		o.file, o.err = createTemp(o.path, mode)
		o.temp = o.err == nil
	}
	if o.err != nil {
		o.err = fmt.Errorf("output %s: %w", path, unwrapPathError(o.err))
		return o
	}
	o.w = o.file
	return o
}

// createTemp creates a new file ".NAME.tmp-RANDOM" next to path with the permissions mode less the
// umask (os.CreateTemp would make it 0600).
func createTemp(path string, mode fs.FileMode) (*os.File, error) {
	dir, base := filepath.Split(path)
	for range 100 {
		var b [6]byte
		_, _ = rand.Read(b[:])
		name := filepath.Join(dir, "."+base+".tmp-"+hex.EncodeToString(b[:]))
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, fmt.Errorf("cannot create a temporary file in %s", dir)
}

// unwrapPathError drops the file name and operation from an error, for a message that names the
// destination instead of the temporary file.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// Err returns the failure to create the output file, if any.
func (o *atomicOutput) Err() error { return o.err }

// Write writes to the output. Errors name the destination.
func (o *atomicOutput) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	if o.closed {
		return 0, fmt.Errorf("write %s: output already finished", o.name)
	}
	n, err := o.w.Write(p)
	if err != nil {
		err = fmt.Errorf("write %s: %w", o.name, unwrapPathError(err))
	}
	return n, err
}

// Finish ends the output with the command's result err, and returns the command's error: err, or a
// failure to create or complete the output file. With err == nil the temporary file is synced,
// closed and renamed into place; otherwise it is removed, and a file already at the destination is
// left as it was. Later calls return err unchanged.
func (o *atomicOutput) Finish(err error) error {
	if o.err != nil {
		return o.err // whatever went wrong after a failed create follows from it
	}
	if o.file == nil || o.closed {
		return err
	}
	o.closed = true
	if !o.temp {
		if cerr := o.file.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("output %s: %w", o.name, unwrapPathError(cerr))
		}
		return err
	}
	tmp := o.file.Name()
	if err != nil {
		o.file.Close()
		os.Remove(tmp)
		return err
	}
	ferr := o.file.Sync()
	if cerr := o.file.Close(); ferr == nil {
		ferr = cerr
	}
	if ferr == nil {
		ferr = os.Rename(tmp, o.path)
	}
	if ferr != nil {
		os.Remove(tmp)
		return fmt.Errorf("output %s: %w", o.name, unwrapPathError(ferr))
	}
	return nil
}
