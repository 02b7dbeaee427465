package normalize

import (
	"math/bits"

	"github.com/agnivade/levenshtein"
)

// maxFastDistance is the longest string levenshteinDistance handles on the stack.
const maxFastDistance = 63

// levenshteinDistance is the Levenshtein distance of a and b. Folded tokens are almost always
// short ASCII, for which one row on the stack and byte comparisons do the job without the
// allocations of the general algorithm; anything else goes to agnivade/levenshtein, which counts
// runes.
func levenshteinDistance(a, b string) int {
	return levenshteinWithin(a, b, max(len(a), len(b)))
}

// levenshteinWithin is levenshteinDistance when that is at most k, and k+1 otherwise. Most token
// pairs a lookup compares are far apart; knowing early that they are is most of the saving.
func levenshteinWithin(a, b string, k int) int {
	if len(a) > maxFastDistance || len(b) > maxFastDistance || !isASCII(a) || !isASCII(b) {
		return min(levenshtein.ComputeDistance(a, b), k+1)
	}
	if abs(len(a)-len(b)) > k {
		return k + 1
	}
	if missingLetters(a, b) > k {
		return k + 1
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	var row [maxFastDistance + 1]int
	for j := 0; j <= len(b); j++ {
		row[j] = j
	}
	for i := 1; i <= len(a); i++ {
		diag := row[0]
		row[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			above := row[j]
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			row[j] = min(above+1, row[j-1]+1, diag+cost)
			diag = above
			rowMin = min(rowMin, row[j])
		}
		if rowMin > k {
			return k + 1 // distances never fall from one row to the next
		}
	}
	return min(row[len(b)], k+1)
}

// missingLetters is a lower bound of the edit distance of ASCII strings a and b, found without
// the table: every letter of one that the other lacks takes an edit of its own. Most pairs a
// lookup compares are unrelated names, and this settles them in a few nanoseconds. (Bytes are
// folded to 64 bits; letters that share a bit only weaken the bound.)
func missingLetters(a, b string) int {
	var ma, mb uint64
	for i := 0; i < len(a); i++ {
		ma |= 1 << (a[i] & 63)
	}
	for i := 0; i < len(b); i++ {
		mb |= 1 << (b[i] & 63)
	}
	return max(bits.OnesCount64(ma&^mb), bits.OnesCount64(mb&^ma))
}
