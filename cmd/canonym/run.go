package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Exit codes, as documented in the usage text.
const (
	exitOK    = 0
	exitData  = 1 // bad data or input, or an I/O failure (a broken pipe on stdout included)
	exitUsage = 2 // bad command line
)

// usageError is a mistake on the command line; it exits with exitUsage.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{msg: fmt.Sprintf(format, args...)} }

// reported marks an error whose details were already written to stderr.
var errReported = errors.New("errors reported above")

const mainUsage = `canonym repairs garbled names of people, places and organisations in text.

Usage:
  canonym fix [--gazetteer FILE]... [--json] [--canonical] [--ascii] [--output FILE] [--progress] [FILE...]
  canonym match [--gazetteer FILE]... [--json] [--top K] [--output FILE] [NAME...]
  canonym compare [--json] [--output FILE]
  canonym gazetteer check FILE...
  canonym version

Without --gazetteer the embedded default gazetteer is used; --gazetteer (repeatable, merged)
replaces it. Run "canonym COMMAND --help" for a command's flags.

Examples:
  canonym fix < article.txt > fixed.txt
  canonym fix --json article.txt          # the mention log, one JSON object a line
  canonym match "Voldimi Zelensky" "Riad"
  printf 'Olaf Scholze\tOlaf Scholz\n' | canonym compare

Exit status: 0 on success; 1 on bad data or input (messages name FILE:LINE) or an I/O error (a
missing, unreadable or directory file, an output that cannot be written); 2 on usage errors. Each
error is one line on standard error, starting "canonym: ". With --output FILE (-o) the output is
written to a temporary file beside FILE and renamed into place only on success, so that a failed
run leaves no partial file. When standard output is a pipe closed early (canonym ... | head), the
command is stopped at once by SIGPIPE, silently, like other Unix tools (status 141 in the shell);
any other failed write ends it with one line such as "canonym: write standard output: broken pipe"
and status 1.
`

// run is the whole command, with its streams passed in so that tests can drive it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, mainUsage)
		return usagef("no command given")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "fix":
		return runFix(rest, stdin, stdout, stderr)
	case "match":
		return runMatch(rest, stdin, stdout, stderr)
	case "compare":
		return runCompare(rest, stdin, stdout, stderr)
	case "gazetteer":
		return runGazetteer(rest, stdin, stdout, stderr)
	case "version":
		return runVersion(rest, stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, mainUsage)
		return nil
	}
	fmt.Fprint(stderr, mainUsage)
	return usagef("unknown command %q", cmd)
}

// newFlagSet makes a flag set whose errors are returned and whose usage text goes to stderr.
func newFlagSet(name, usage string, stdout, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(&usageOutput{stdout: stdout, stderr: stderr})
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), strings.TrimLeft(usage, "\n"))
		fs.PrintDefaults()
	}
	return fs
}

// usageOutput sends a flag set's usage text to standard output when help was asked for, as a
// request's answer, and to standard error when it follows a mistake.
type usageOutput struct {
	stdout, stderr io.Writer
	help           bool
}

func (u *usageOutput) Write(p []byte) (int, error) {
	if u.help {
		return u.stdout.Write(p)
	}
	return u.stderr.Write(p)
}

// helpRequested reports whether args ask for help before the first argument that is not a flag.
func helpRequested(args []string) bool {
	for _, a := range args {
		switch {
		case a == "--" || !strings.HasPrefix(a, "-"):
			return false
		case a == "-h" || a == "-help" || a == "--help" || a == "--h":
			return true
		}
	}
	return false
}

// parseFlags parses args, turning flag errors into usage errors and -help into a clean exit.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if u, ok := fs.Output().(*usageOutput); ok {
		u.help = helpRequested(args)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return flag.ErrHelp
		}
		return &usageError{msg: err.Error()}
	}
	return nil
}

// exitCode maps run's error to the process exit status, printing it unless already printed.
func exitCode(err error, stderr io.Writer) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "canonym: %v\n", err)
		return exitUsage
	}
	if !errors.Is(err, errReported) {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintf(stderr, "canonym: %s\n", line)
		}
	}
	return exitData
}

// gazetteerFlag collects repeated --gazetteer values.
type gazetteerFlag []string

func (g *gazetteerFlag) String() string { return strings.Join(*g, ",") }

func (g *gazetteerFlag) Set(v string) error {
	if v == "" {
		return errors.New("empty file name")
	}
	*g = append(*g, v)
	return nil
}
