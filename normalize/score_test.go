package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAlignWeakPairs pins when a weak token pair counts beside strong ones: a look-alike that
// begins as the name does ("Receptacle" for Recep, "Lion" for Leyen) counts, a word that merely
// shares some sounds ("Launches" for Congress) does not.
func TestAlignWeakPairs(t *testing.T) {
	tests := []struct {
		query, alias string
		word         int  // the query word in question
		paired       bool // whether it pairs with a word of the alias
	}{
		{"Receptacle Tayyip Erdogan", "Recep Tayyip Erdoğan", 0, true},
		{"Ursula von der Lion", "Ursula von der Leyen", 3, true},
		{"United States Launches", "United States Congress", 2, false},
	}
	for _, tt := range tests {
		q, a := newName(foldTokens(tt.query)), newName(foldTokens(tt.alias))
		al := alignWith(&q, &a, 1)
		paired := al.qMatched&(1<<tt.word) != 0
		assert.Equal(t, tt.paired, paired, "%s ~ %s: %s", tt.query, tt.alias, al.explain(&q, &a))
	}
}
