package normalize

import (
	"iter"
	"maps"
	"sync"

	"github.com/canonym/canonym/internal/wordlist"
)

// lexClass is what the word lists say of a folded word. Fix asks it of the same tokens many times
// (a run, its spans, every round of decisions, the surname and local-name passes), so a token's
// class is looked up in the lists once and kept on the token.
type lexClass uint8

const (
	lexKnown    lexClass = 1 << iota // the other bits have been looked up
	lexWord                          // an ordinary English word (wordlist)
	lexCalendar                      // a month or weekday (calendarWords)
	lexParticle                      // a name connector (nameParticles)
	lexStopword                      // stopwords
	lexDemonym                       // a nationality word (demonyms)
	lexTitle                         // an honorific or office (titles)
	lexRole                          // roleWords
)

// classify looks t up in every word list.
func classify(t string) lexClass {
	c := lexKnown | shortLists()[t]
	if wordlist.Contains(t) {
		c |= lexWord
	}
	return c
}

// shortLists holds the classes of the words of the short lists (all but wordlist) in one map,
// made on first use: a word new to a document is looked up once instead of six times, and an
// archive fixed article by article meets a few hundred such words in each.
var shortLists = sync.OnceValue(func() map[string]lexClass {
	classes := make(map[string]lexClass)
	add := func(words iter.Seq[string], class lexClass) {
		for w := range words {
			classes[w] |= class
		}
	}
	add(maps.Keys(calendarWords), lexCalendar)
	add(maps.Keys(nameParticles), lexParticle)
	add(maps.Keys(stopwords), lexStopword)
	add(maps.Keys(demonyms), lexDemonym)
	add(maps.Keys(titles), lexTitle)
	add(maps.Keys(roleWords), lexRole)
	return classes
})

// maxCachedClasses bounds a document's cache of word classes.
const maxCachedClasses = 1 << 15

// class returns the word-list class of token i, looking it up at most once per distinct word for
// the document's whole life.
func (d *document) class(i int) lexClass {
	t := &d.toks[i]
	if t.lex&lexKnown == 0 {
		c, ok := d.classes[t.folded]
		if !ok {
			c = classify(t.folded)
			if d.classes == nil || len(d.classes) >= maxCachedClasses {
				d.classes = make(map[string]lexClass)
			}
			d.classes[t.folded] = c
		}
		t.lex = c
	}
	return t.lex
}

// is reports whether token i is in any of the word lists of want.
func (d *document) is(i int, want lexClass) bool { return d.class(i)&want != 0 }
