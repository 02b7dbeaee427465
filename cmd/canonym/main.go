// Command canonym repairs garbled names of people, places and organisations. See "canonym --help".
package main

import (
	"os"
)

// main leaves SIGPIPE to the Go runtime: a write to a closed pipe on standard output or error kills
// the process with SIGPIPE (even when it was started with SIGPIPE ignored), the quiet exit that a
// pipeline such as "canonym fix big.txt | head" expects. Any other failed write, EPIPE from a
// named pipe given to --output included, makes run return an error naming the output, which
// exitCode prints as one line with status 1 (exitData); the tests drive that path through run with
// a writer that fails with EPIPE.
func main() {
	os.Exit(exitCode(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr), os.Stderr))
}
