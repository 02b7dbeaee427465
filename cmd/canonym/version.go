package main

import (
	"fmt"
	"io"
	"runtime/debug"

	"github.com/canonym/canonym/gazetteer"
)

func runVersion(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("version", "\nUsage: canonym version\n\nPrints the version of canonym and of its default data.\n", stdout, stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("version takes no arguments")
	}
	version := "(devel)"
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		version = info.Main.Version
	}
	_, err := fmt.Fprintf(stdout, "canonym %s (default data %s)\n", version, gazetteer.DataVersion)
	return err
}
