package normalize

import "github.com/agnivade/levenshtein"

// maxFastDistance is the longest string levenshteinDistance handles on the stack.
const maxFastDistance = 63

// levenshteinDistance is the Levenshtein distance of a and b. Folded tokens are almost always
// short ASCII, for which one row on the stack and byte comparisons do the job without the
// allocations of the general algorithm; anything else goes to agnivade/levenshtein, which counts
// runes.
func levenshteinDistance(a, b string) int {
	if len(a) > maxFastDistance || len(b) > maxFastDistance || !isASCII(a) || !isASCII(b) {
		return levenshtein.ComputeDistance(a, b)
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
		for j := 1; j <= len(b); j++ {
			above := row[j]
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			row[j] = min(above+1, row[j-1]+1, diag+cost)
			diag = above
		}
	}
	return row[len(b)]
}
