package main

import (
	"fmt"
	"io"

	"github.com/canonym/canonym/gazetteer"
)

const gazetteerUsage = `
Usage: canonym gazetteer check FILE...
       canonym gazetteer import --from csv|geonames|wikidata [flags] [FILE...]

check validates gazetteer files (JSON Lines) and prints the number of entities of each kind. Every
malformed line is reported as FILE:LINE: message, up to 10 a file; the files are also checked
together for ids defined twice. With no FILE, the embedded default gazetteer is checked.
import converts CSV, GeoNames or Wikidata data to a gazetteer ("canonym gazetteer import --help").

Flags:
`

func runGazetteer(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("gazetteer", gazetteerUsage, stdout, stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 && fs.Arg(0) == "import" {
		return runImport(fs.Args()[1:], stdin, stdout, stderr)
	}
	if fs.NArg() == 0 || fs.Arg(0) != "check" {
		fs.Usage()
		return usagef("gazetteer: want the subcommand \"check\" or \"import\"")
	}
	check := newFlagSet("gazetteer check", gazetteerUsage, stdout, stderr)
	if err := parseFlags(check, fs.Args()[1:]); err != nil {
		return err
	}
	files := check.Args()
	var g *gazetteer.Gazetteer
	var err error
	source := "default gazetteer"
	if len(files) == 0 {
		g, err = gazetteer.Default()
	} else {
		g, err = gazetteer.Load(files...)
		source = fmt.Sprintf("%d file(s)", len(files))
	}
	if err != nil {
		return err
	}
	c := g.Counts()
	_, err = fmt.Fprintf(stdout, "%s: %d entities: %d person, %d place, %d org\n",
		source, g.Len(), c[gazetteer.Person], c[gazetteer.Place], c[gazetteer.Org])
	return err
}
