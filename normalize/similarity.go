package normalize

import (
	"strings"

	"github.com/agnivade/levenshtein"
)

// signal says how two tokens were found alike; it is reported in reasons.
type signal uint8

const (
	sigNone     signal = iota
	sigExact           // same folded token
	sigPhonetic        // same phonetic key
	sigEdit            // close in edit distance
	sigInitial         // an initial and a word starting with it
	sigPrefix          // one token begins with the other (a look-alike word replaced a name)
	sigMerged          // one token is two tokens of the other run together
)

func (s signal) String() string {
	switch s {
	case sigExact:
		return "exact"
	case sigPhonetic:
		return "phonetic key"
	case sigEdit:
		return "edits"
	case sigInitial:
		return "initial"
	case sigPrefix:
		return "prefix"
	case sigMerged:
		return "merged tokens"
	}
	return "none"
}

// Similarity values for the signals that are not graded by distance.
const (
	initialSim  = 0.8
	phoneticSim = 0.9
	prefixSim   = 0.6
	// skeletonSim is for tokens whose phonetic keys differ only in vowels ("Ottowa" ~ "Ottawa",
	// "Task" ~ "Tusk"): transliteration and speech recognition garble vowels far more than
	// consonants.
	skeletonSim = 0.87
	minTokenSim = 0.5
	// minEditSim is the least similarity that edit distance alone may claim: three edits in six
	// letters ("Harbi", "Ghamdi") make another name.
	minEditSim = 0.6
)

// tokenSimilarity scores two folded tokens (with their phonetic keys) in [0, 1]. It returns 0 below
// minTokenSim. Length filters run before any O(n·m) distance.
func tokenSimilarity(q, qk, a, ak string) (float64, signal, int) {
	return tokenSimilarityFloor(q, qk, a, ak, minEditSim)
}

// tokenSimilarityFloor is tokenSimilarity with the least edit similarity as a parameter.
func tokenSimilarityFloor(q, qk, a, ak string, editFloor float64) (float64, signal, int) {
	if q == a {
		return 1, sigExact, 0
	}
	if isGenerational(q) || isGenerational(a) {
		return 0, sigNone, 0 // "Jr" tells two people apart; it matches nothing but itself
	}
	if len(q) == 1 || len(a) == 1 {
		if q[0] == a[0] {
			return initialSim, sigInitial, 0
		}
		return 0, sigNone, 0
	}
	best, sig, edits := 0.0, sigNone, 0
	if qk == ak {
		best, sig = phoneticSim, sigPhonetic
	}
	lq, la := len(q), len(a)
	longer := max(lq, la)
	if diff := abs(lq - la); float64(diff) <= float64(longer)*(1-minTokenSim) {
		d := editDistance(q, a)
		if s := 1 - float64(d)/float64(longer); s > best && s >= editFloor {
			best, sig, edits = s, sigEdit, d
		}
		if sig != sigExact && qk != ak {
			kl := max(len(qk), len(ak))
			if abs(len(qk)-len(ak)) <= kl/2 {
				dk := editDistance(qk, ak)
				if s := 0.95 * (1 - float64(dk)/float64(kl)); s > best {
					best, sig, edits = s, sigPhonetic, d
				}
			}
		}
	}
	if best < skeletonSim && sameSkeleton(qk, ak) && editDistance(qk, ak) <= 1+max(len(qk), len(ak))/10 {
		best, sig = skeletonSim, sigPhonetic
	}
	if best < prefixSim && min(lq, la) >= 4 && (strings.HasPrefix(q, a) || strings.HasPrefix(a, q)) {
		best, sig = prefixSim, sigPrefix
	}
	if best < minTokenSim {
		return 0, sigNone, 0
	}
	return best, sig, edits
}

// editDistance is the Levenshtein distance, counting one swap of adjacent letters as one edit.
func editDistance(a, b string) int {
	d := levenshtein.ComputeDistance(a, b)
	if d == 2 && len(a) == len(b) && isOneSwap(a, b) {
		return 1
	}
	return d
}

// isOneSwap reports whether b is a with one pair of adjacent bytes exchanged.
func isOneSwap(a, b string) bool {
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// sameSkeleton reports whether two phonetic keys have the same consonants in the same order, at
// least two of them, with the same first letter.
func sameSkeleton(a, b string) bool {
	if a == "" || b == "" || a[0] != b[0] {
		return false
	}
	i, j, n := 0, 0, 0
	for {
		for i < len(a) && isVowelByte(a[i]) {
			i++
		}
		for j < len(b) && isVowelByte(b[j]) {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b) && n >= 2
		}
		if a[i] != b[j] {
			return false
		}
		i, j, n = i+1, j+1, n+1
	}
}
