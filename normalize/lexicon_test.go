package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/canonym/canonym/internal/wordlist"
)

// TestClassify checks classify against each word list on its own.
func TestClassify(t *testing.T) {
	words := []string{"may", "monday", "al", "bin", "von", "the", "of", "french", "ukrainian",
		"president", "minister", "general", "kyiv", "zelenskyy", "said", "bank", ""}
	for _, list := range []map[string]bool{calendarWords, nameParticles, stopwords, titles, roleWords} {
		for w := range list {
			words = append(words, w)
		}
	}
	for w := range demonyms {
		words = append(words, w)
	}
	for _, w := range words {
		_, demonym := demonyms[w]
		want := lexKnown
		for _, l := range []struct {
			in    bool
			class lexClass
		}{
			{wordlist.Contains(w), lexWord}, {calendarWords[w], lexCalendar},
			{nameParticles[w], lexParticle}, {stopwords[w], lexStopword}, {demonym, lexDemonym},
			{titles[w], lexTitle}, {roleWords[w], lexRole},
		} {
			if l.in {
				want |= l.class
			}
		}
		assert.Equal(t, want, classify(w), w)
	}
}
