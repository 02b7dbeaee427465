// Command canonym repairs garbled names of people, places and organisations. See "canonym --help".
package main

import (
	"os"
)

func main() {
	os.Exit(exitCode(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr), os.Stderr))
}
