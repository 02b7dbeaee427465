package normalize

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDistanceFloor checks that the letter counts bound the edit distance from below, swaps
// counted as one edit, on random words over small alphabets (letters repeat) and on names.
func TestDistanceFloor(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 4))
	word := func(alphabet string) string {
		b := make([]byte, rng.IntN(14))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return string(b)
	}
	check := func(a, b string) {
		ca, asciiA, _ := letterSet(a)
		cb, asciiB, _ := letterSet(b)
		require.True(t, asciiA && asciiB)
		d := editDistanceWithin(a, b, max(len(a), len(b)))
		require.LessOrEqual(t, distanceFloor(a, b, ca, cb), d, "%q %q", a, b)
	}
	for _, alphabet := range []string{"abc", "aeinrst", "aA0pP!-"} {
		for range 3000 {
			check(word(alphabet), word(alphabet))
		}
	}
	for _, p := range [][2]string{{"russian", "federation"}, {"tbauk", "tabuk"}, {"anna", "nana"}, {"", "ab"}} {
		check(p[0], p[1])
	}
}

// TestUnrelatedScoresZero checks that a pair unrelated settles without its distances is one that
// they would have scored zero, at both edit floors alignment uses.
func TestUnrelatedScoresZero(t *testing.T) {
	words := []string{
		"russian", "federation", "european", "protest", "kivu", "minister", "norwegian", "claudia",
		"descalzi", "zakharova", "markarova", "tusk", "tass", "task", "erdogan", "receptacle",
		"recep", "volodymyr", "voldimi", "zelensky", "riyadh", "riad", "turkiye", "turkier",
		"kyiv", "kiev", "butler", "batler", "natachabatler", "altun", "farrettin", "fahrettin",
		"ottawa", "ottowa", "yerevan", "eriwan", "leyen", "lion", "putinas", "putin", "brasilien",
	}
	unrelatedPairs := 0
	for _, q := range words {
		for _, a := range words {
			qk, ak := phoneticKey(q), phoneticKey(a)
			for _, lo := range []float64{minTokenSim, minEditSim} {
				if !unrelated(q, qk, a, ak, letterSets{}, letterSets{}, lo) {
					continue
				}
				unrelatedPairs++
				hi, low := measureTokens(q, qk, a, ak, lo, lo)
				assert.Zero(t, hi.sim, "%q %q at %v", q, a, lo)
				assert.Zero(t, low.sim, "%q %q at %v", q, a, lo)
			}
		}
	}
	assert.Greater(t, unrelatedPairs, 1000, "the filter settles most pairs of unrelated names")
}

func FuzzUnrelated(f *testing.F) {
	f.Add("russian", "federation")
	f.Add("tbauk", "tabuk")
	f.Fuzz(func(t *testing.T, q, a string) {
		q, a = Fold(q), Fold(a)
		if len(q) < 2 || len(a) < 2 || q == a || isGenerational(q) || isGenerational(a) {
			return
		}
		qk, ak := phoneticKey(q), phoneticKey(a)
		for _, lo := range []float64{minTokenSim, minEditSim} {
			if !unrelated(q, qk, a, ak, lettersOf(q, qk), lettersOf(a, ak), lo) {
				continue
			}
			if hi, low := measureTokens(q, qk, a, ak, lo, lo); hi.sim != 0 || low.sim != 0 {
				t.Fatalf("unrelated(%q, %q) at %v, but they score %v", q, a, lo, low.sim)
			}
		}
	})
}
