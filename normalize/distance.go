package normalize

import (
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// maxFastDistance is the longest string levenshteinDistance handles in machine words.
const maxFastDistance = 64

// levenshteinDistance is the Levenshtein distance of a and b. Folded tokens are almost always
// short ASCII, for which a bit-parallel column on the stack does the job without the
// allocations of the general algorithm; anything else goes to agnivade/levenshtein, which counts
// runes.
func levenshteinDistance(a, b string) int {
	return levenshteinWithin(a, b, max(len(a), len(b)))
}

// levenshteinWithin is levenshteinDistance when that is at most k, and k+1 otherwise. Most token
// pairs a lookup compares are far apart; knowing early that they are is most of the saving.
func levenshteinWithin(a, b string, k int) int {
	if len(a) > maxFastDistance || len(b) > maxFastDistance {
		return min(levenshtein.ComputeDistance(a, b), k+1)
	}
	// A common prefix or suffix costs no edit: the pairs that come close ("tbauk", "tabuk")
	// differ in a few letters, and only those are left to compare.
	a, b = trimCommon(a, b)
	ma, asciiA, lowerA := letterSet(a)
	mb, asciiB, lowerB := letterSet(b)
	if !asciiA || !asciiB {
		return min(levenshtein.ComputeDistance(a, b), k+1)
	}
	if abs(len(a)-len(b)) > k {
		return k + 1
	}
	// Every letter of one that the other has fewer of takes an edit of its own: most pairs a
	// lookup compares are unrelated names, and this settles them without the table.
	if distanceFloor(a, b, ma, mb) > k {
		return k + 1
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	if lowerA && lowerB {
		// Lower-case letters differ in their low five bits: a table of 32 words, a quarter of
		// the 128 to clear for every pair.
		var peq [32]uint64
		return myers(a, b, peq[:], 31, k)
	}
	var peq [128]uint64
	return myers(a, b, peq[:], 127, k)
}

// trimCommon returns a and b without the prefix and the suffix they share, which do not change
// their edit distance. The suffix is only taken from what the prefix left of both, and it stops
// at a byte that starts a rune, so that non-ASCII strings stay whole runes for the general
// algorithm.
func trimCommon(a, b string) (string, string) {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	for i > 0 && i < len(a) && !utf8.RuneStart(a[i]) || i > 0 && i < len(b) && !utf8.RuneStart(b[i]) {
		i--
	}
	a, b = a[i:], b[i:]
	j := 0
	for j < len(a) && j < len(b) && a[len(a)-1-j] == b[len(b)-1-j] {
		j++
	}
	for j > 0 && !utf8.RuneStart(a[len(a)-j]) {
		j--
	}
	return a[:len(a)-j], b[:len(b)-j]
}

// myers is the Levenshtein distance of ASCII strings a and b, len(b) <= len(a) and len(b) <= 64,
// when that is at most k, and k+1 otherwise, by Myers' bit-vector algorithm in Hyyrö's form for
// whole strings: one column of the table is two words of +1/-1 deltas, updated a byte of a at a
// time in a dozen word operations, where the table costs a pass over b per byte. peq, zeroed, is
// the table of the positions of each byte of b, indexed by the byte and mask: a and b must not
// hold two bytes that mask makes equal. It stops as soon as the distance is sure to exceed k:
// the last row of the table moves by at most one a column, so the distance is at least its
// value less the columns left. Unrelated names are settled a few letters in.
func myers(a, b string, peq []uint64, mask byte, k int) int {
	m := len(b)
	if m == 0 {
		return min(len(a), k+1)
	}
	for i := 0; i < m; i++ {
		peq[b[i]&mask] |= 1 << i
	}
	pv, mv := ^uint64(0), uint64(0) // vertical deltas +1 and -1 of the current column
	last := uint64(1) << (m - 1)
	score := m
	bound := k + len(a) - 1 // score+i above it: more than k even if every later column gains one
	for i := 0; i < len(a); i++ {
		eq := peq[a[i]&mask]
		xv := eq | mv
		xh := ((eq & pv) + pv) ^ pv | eq
		ph := mv | ^(xh | pv)
		mh := pv & xh
		if ph&last != 0 {
			score++
		} else if mh&last != 0 {
			score--
		}
		if score+i > bound {
			return k + 1
		}
		ph = ph<<1 | 1 // row 0 grows by one a column
		mh <<= 1
		pv = mh | ^(xv | ph)
		mv = ph & xv
	}
	return min(score, k+1)
}

// letterSet returns the bytes of s counted up to two in 64 bits: bit c&31 for a byte met once,
// and bit 32+c&31 too for one met twice or more (bytes that share a class only weaken the bounds
// drawn from it, see distanceFloor), whether s is ASCII and whether all its bytes are in
// 0x60-0x7f (lower-case letters and four signs), in one pass.
func letterSet(s string) (counts uint64, ascii, lower bool) {
	var once, twice uint32
	high, all := byte(0), byte(0xff)
	for i := 0; i < len(s); i++ {
		c := s[i]
		high |= c
		all &= c
		bit := uint32(1) << (c & 31)
		twice |= once & bit
		once |= bit
	}
	return uint64(twice)<<32 | uint64(once), high < 0x80, high < 0x80 && all&0x60 == 0x60
}
