//go:build ignore

// gen writes words.txt, the lowercase English words of Debian's wamerican word list (SCOWL), one a
// line, sorted. Run with "go generate ./internal/wordlist" on a machine with the wamerican package
// installed (apt-get install wamerican). Entries with a capital letter are proper nouns there
// ("Kiev", "Putin") and are left out on purpose: only ordinary words guard against rewriting.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
)

func main() {
	src := flag.String("src", "/usr/share/dict/american-english", "word list, one word a line")
	dst := flag.String("o", "words.txt", "output file")
	flag.Parse()
	f, err := os.Open(*src)
	if err != nil {
		log.Fatalf("%v (install Debian's wamerican package)", err)
	}
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w := sc.Text(); len(w) >= 2 && isLowerASCII(w) {
			words = append(words, w)
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	slices.Sort(words)
	words = slices.Compact(words)
	out, err := os.Create(*dst)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(out)
	for _, word := range words {
		fmt.Fprintln(w, word)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := out.Close(); err != nil {
		log.Fatal(err)
	}
}

func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
