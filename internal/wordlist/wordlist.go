// Package wordlist answers whether a word is an ordinary English word. canonym uses it to leave
// common words alone unless the evidence for a name is strong ("task" is a word, "Task" after
// "Donald Tusk" is a garbled surname).
//
// The list is generated from Debian's wamerican package (SCOWL, size 50; see NOTICE for its
// licence) by gen.go, keeping only entries written in lower case, so proper nouns such as "Kiev"
// are not words here. It is embedded (about 600 KB) and made into a set on first use (a few
// milliseconds and about 3 MB): Fix asks about most words of its input, and a hash lookup costs a
// tenth of a binary search over 64,000 strings.
package wordlist

import (
	_ "embed"
	"strings"
	"sync"
)

//go:generate go run gen.go

//go:embed words.txt
var data string

var words = sync.OnceValue(func() map[string]struct{} {
	lines := strings.Split(strings.TrimSuffix(data, "\n"), "\n")
	set := make(map[string]struct{}, len(lines))
	for _, w := range lines {
		set[w] = struct{}{}
	}
	return set
})

// Contains reports whether w, in lower case ASCII, is an ordinary English word. It is safe for
// concurrent use.
func Contains(w string) bool {
	_, found := words()[w]
	return found
}

// Len returns the number of words in the list.
func Len() int { return len(words()) }
