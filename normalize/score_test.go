package normalize

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
		al := alignWith(&q, &a, 1, nil)
		paired := al.qMatched&(1<<tt.word) != 0
		assert.Equal(t, tt.paired, paired, "%s ~ %s: %s", tt.query, tt.alias, al.explain(&q, &a))
	}
}

// TestExactCoverKeepsAlignment checks that leaving out the pairs that exact pairs block changes
// no alignment: random names over a small vocabulary, so that words repeat, meet their
// misspellings and run together, aligned with and without the cover.
func TestExactCoverKeepsAlignment(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 11))
	vocab := []string{"donald", "tusk", "tass", "task", "abu", "dhabi", "abudhabi", "de", "la", "bin",
		"salman", "salma", "al", "saud", "mohammed", "mohamed", "ali", "jr", "x", "vonder", "leyen", "von", "der"}
	word := func() string { return vocab[rng.IntN(len(vocab))] }
	nameOf := func() name {
		toks := make([]string, 1+rng.IntN(5))
		for i := range toks {
			toks[i] = word()
		}
		return newName(toks)
	}
	for range 20000 {
		q, a := nameOf(), nameOf()
		qu, au := units(&q), units(&a)
		for _, floors := range [][2]float64{{minEditSim, minEditSim}, {minEditSim, minTokenSim}} {
			hi, lo := unitPairs(nil, nil, &q, &a, floors[0], floors[1])
			refHi, refLo := pairUnits(nil, nil, &q, qu, au, floors[0], floors[1], 0, 0)
			for minStrong := 1; minStrong <= minStrongForWeak; minStrong++ {
				// assemble reorders the pairs it is given
				require.Equal(t, assemble(&q, &a, slices.Clone(refHi), minStrong, nil), assemble(&q, &a, slices.Clone(hi), minStrong, nil), "%v %v", q.toks, a.toks)
				require.Equal(t, assemble(&q, &a, slices.Clone(refLo), minStrong, nil), assemble(&q, &a, slices.Clone(lo), minStrong, nil), "%v %v", q.toks, a.toks)
			}
		}
	}
}
