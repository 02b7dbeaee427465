package normalize

import (
	"math/bits"
	"strings"
)

// signal says how two tokens were found alike; it is reported in reasons.
type signal uint8

const (
	sigNone       signal = iota
	sigExact             // same folded token
	sigPhonetic          // same phonetic key
	sigEdit              // close in edit distance
	sigInitial           // an initial and a word starting with it
	sigPrefix            // one token begins with the other (a look-alike word replaced a name)
	sigMerged            // one token is two tokens of the other run together
	sigTranslit          // same consonants as read through the script a token was written in
	sigInflection        // one token is the other with a case or gender ending of its language
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
	case sigTranslit:
		return "transliteration"
	case sigInflection:
		return "inflection"
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
	// inflectionSim is for a name and the same name with an ending of another language
	// ("Putinas", "Arabien"): good evidence beside other matching tokens, too little alone for a
	// lookup of one word (Brasilien is Brazil, not Brasília).
	inflectionSim = 0.8
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
	m, _ := tokenMatches(q, qk, a, ak, editFloor, editFloor)
	return m.sim, m.sig, m.edits
}

// tokenMatch is how alike two tokens are, by which signal, and in how many edits.
type tokenMatch struct {
	sim   float64
	sig   signal
	edits int
}

// tokenMatches scores two tokens as tokenSimilarityFloor does with the edit floors hi and lo (lo
// <= hi) in one go: Fix aligns a span at both, and the distances are the costly part.
func tokenMatches(q, qk, a, ak string, hi, lo float64) (atHi, atLo tokenMatch) {
	return lettersMatch(q, qk, a, ak, letterSets{}, letterSets{}, hi, lo)
}

// unitMatches is tokenMatches for two units, with the letter sets they carry.
func unitMatches(x, y *unit, hi, lo float64) (atHi, atLo tokenMatch) {
	return lettersMatch(x.text, x.key, y.text, y.key, x.letters(), y.letters(), hi, lo)
}

// lettersMatch is tokenMatches with the letter sets of both tokens, or zero sets when they are
// not at hand.
func lettersMatch(q, qk, a, ak string, qs, as letterSets, hi, lo float64) (atHi, atLo tokenMatch) {
	if q == a {
		m := tokenMatch{1, sigExact, 0}
		return m, m
	}
	if isGenerational(q) || isGenerational(a) {
		return // "Jr" tells two people apart; it matches nothing but itself
	}
	if len(q) == 1 || len(a) == 1 {
		if q[0] == a[0] {
			m := tokenMatch{initialSim, sigInitial, 0}
			return m, m
		}
		return
	}
	if unrelated(q, qk, a, ak, qs, as, lo) {
		return
	}
	return measureTokens(q, qk, a, ak, hi, lo)
}

// measureTokens is lettersMatch for tokens of two letters or more, neither generational nor
// unrelated: the distances and the signals that do not depend on the floors.
func measureTokens(q, qk, a, ak string, hi, lo float64) (atHi, atLo tokenMatch) {
	var phonetic tokenMatch
	if qk == ak {
		phonetic = tokenMatch{phoneticSim, sigPhonetic, 0}
	}
	atHi, atLo = phonetic, phonetic
	lq, la := len(q), len(a)
	longer := max(lq, la)
	if diff := abs(lq - la); float64(diff) <= float64(longer)*(1-minTokenSim) {
		// Distances beyond a floor's bound are reported as the bound plus one, as
		// editDistanceWithin would at that bound alone.
		kHi := int((1-hi)*float64(longer) + 1e-9)
		kLo := int((1-lo)*float64(longer) + 1e-9)
		d := editDistanceWithin(q, a, kLo)
		dHi := min(d, kHi+1)
		for _, f := range [...]struct {
			m     *tokenMatch
			floor float64
			d     int
		}{{&atHi, hi, dHi}, {&atLo, lo, d}} {
			if s := 1 - float64(f.d)/float64(longer); s > f.m.sim && s >= f.floor {
				*f.m = tokenMatch{s, sigEdit, f.d}
			}
		}
		// Keys that differ are at least one edit apart: when that already scores no better
		// than the edit distance did, their distance cannot change either floor's match.
		if kl := max(len(qk), len(ak)); qk != ak && 0.95*(1-1/float64(kl)) > atHi.sim {
			if abs(len(qk)-len(ak)) <= kl/2 {
				// beyond kl/2 edits the similarity is under minTokenSim anyway
				dk := editDistanceWithin(qk, ak, kl/2)
				s := 0.95 * (1 - float64(dk)/float64(kl))
				if s > atHi.sim {
					atHi = tokenMatch{s, sigPhonetic, dHi}
				}
				if s > atLo.sim {
					atLo = tokenMatch{s, sigPhonetic, d}
				}
			}
		}
	}
	f := floorFree{q: q, qk: qk, a: a, ak: ak}
	atHi = f.finish(atHi)
	if hi == lo {
		return atHi, atHi
	}
	return atHi, f.finish(atLo)
}

// unrelated reports, from their letters alone, that no signal can make two tokens alike at the
// edit floor lo: they begin differently, as written and in their phonetic keys, so no prefix,
// stem, skeleton or equal key joins them, and too many letters of one are missing from the other
// for their spellings or their keys to come within the floor. Most pairs an alignment or an
// estimate compares are such ("protest" and "kivu"), and this spares them both distances. qs and
// as are the tokens' letter sets, worked out here when zero.
func unrelated(q, qk, a, ak string, qs, as letterSets, lo float64) bool {
	if q[0] == a[0] || qk == "" || ak == "" || qk[0] == ak[0] {
		return false
	}
	if qs.flags == 0 {
		qs = lettersOf(q, qk)
	}
	if as.flags == 0 {
		as = lettersOf(a, ak)
	}
	if qs.flags&as.flags&textASCII == 0 || 1-float64(distanceFloor(q, a, qs.text, as.text))/float64(max(len(q), len(a))) >= lo {
		return false
	}
	return qs.flags&as.flags&keyASCII != 0 && 0.95*(1-float64(distanceFloor(qk, ak, qs.key, as.key))/float64(max(len(qk), len(ak)))) < minTokenSim
}

// letterSets holds the letters of a token and of its phonetic key, as letterSet counts them.
type letterSets struct {
	text, key uint64
	flags     uint8 // setsKnown, and textASCII and keyASCII when the sets bound edit distances
}

const (
	setsKnown uint8 = 1 << iota
	textASCII
	keyASCII
)

func lettersOf(text, key string) letterSets {
	ls := letterSets{flags: setsKnown}
	var ascii bool
	if ls.text, ascii, _ = letterSet(text); ascii {
		ls.flags |= textASCII
	}
	if ls.key, ascii, _ = letterSet(key); ascii {
		ls.flags |= keyASCII
	}
	return ls
}

// distanceFloor returns a lower bound of the edit distance of ASCII strings a and b, whose letter
// counts are ma and mb, with one swap counted as one edit as editDistanceWithin counts it: each
// edit changes the length by one at most, and brings in at most one letter the other string has
// fewer of.
func distanceFloor(a, b string, ma, mb uint64) int {
	return max(abs(len(a)-len(b)), bits.OnesCount64(ma&^mb), bits.OnesCount64(mb&^ma))
}

// floorFree holds the signals of a token pair that do not depend on the edit floor, each worked
// out when first needed: tokenMatches finishes the same pair at two floors.
type floorFree struct {
	q, qk, a, ak       string
	skel, stem, prefix int8 // 0 not yet known, 1 yes, -1 no
}

func known(b bool) int8 {
	if b {
		return 1
	}
	return -1
}

// finish adds the signals that do not depend on the edit floor to best, and cuts the result at
// minTokenSim.
func (f *floorFree) finish(best tokenMatch) tokenMatch {
	if best.sim < skeletonSim {
		if f.skel == 0 {
			limit := 1 + max(len(f.qk), len(f.ak))/10
			f.skel = known(sameSkeleton(f.qk, f.ak) && editDistanceWithin(f.qk, f.ak, limit) <= limit)
		}
		if f.skel > 0 {
			best.sim, best.sig = skeletonSim, sigPhonetic
		}
	}
	if best.sim < inflectionSim {
		if f.stem == 0 {
			f.stem = known(sameStem(f.q, f.a))
		}
		if f.stem > 0 {
			best.sim, best.sig = inflectionSim, sigInflection
		}
	}
	if best.sim < prefixSim {
		if f.prefix == 0 {
			f.prefix = known(min(len(f.q), len(f.a)) >= 4 && (strings.HasPrefix(f.q, f.a) || strings.HasPrefix(f.a, f.q)))
		}
		if f.prefix > 0 {
			best.sim, best.sig = prefixSim, sigPrefix
		}
	}
	if best.sim < minTokenSim {
		return tokenMatch{}
	}
	return best
}

// editDistanceWithin is the Levenshtein distance, counting one swap of adjacent letters as one
// edit, when that is at most k, and k+1 otherwise.
func editDistanceWithin(a, b string, k int) int {
	d := levenshteinWithin(a, b, max(k, 2))
	if d == 2 && len(a) == len(b) && isOneSwap(a, b) {
		d = 1
	}
	return min(d, k+1)
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

// Similarity of tokens that match only through the lens of the script one was written in. Lower
// than a phonetic-key match: a consonant skeleton read from Arabic or Korean is ambiguous
// (بوتن is Putin or Button).
const (
	lensSim     = 0.88
	lensNearSim = 0.8
)

// lensSimilarity compares two phonetic keys when one of them was transliterated from a script
// that cannot write every Latin distinction (see tokScript). Both keys are read through that
// script's lens (lensSkeleton); equal readings with at least three consonants score lensSim, and
// readings with at least four consonants a single edit apart lensNearSim. Tokens of the same
// script are compared as written and score 0 here.
func lensSimilarity(qs tokScript, qk string, as tokScript, ak string) float64 {
	if qs == as {
		return 0
	}
	lens := qs
	if lens == scriptLatin {
		lens = as
	}
	sq, nq := lensSkeleton(lens, qk)
	sa, na := lensSkeleton(lens, ak)
	n := min(nq, na)
	switch {
	case n < 3:
		return 0
	case sq == sa:
		return lensSim
	case n >= 4 && editDistanceWithin(sq, sa, 1) == 1:
		return lensNearSim
	}
	return 0
}

// lensSkeleton returns phonetic key k as a script can write it, and the number of consonants in
// it. Latin letters the script writes with one letter are merged, and repeats written once:
//   - Arabic, Persian, Hebrew (abjads) leave short vowels unwritten and use و ي for long ones, so
//     only consonants are kept; b, p, f, v are one class (Arabic writes p as b and v as f, Hebrew
//     פ is p or f and ב is b or v), q and k are confused.
//   - Hangul has one letter each for b/p/f/v, d/t, g/k, l/r and j/ch/z, and writes English
//     vowels loosely (ㅓ for "u" in Trump): a run of vowels becomes one "a".
//   - Indic scripts write v and w with one letter (b in Bengali) and f as ph; vowels as Hangul.
//
// Outside abjads a final vowel is dropped: Korean adds one after a final consonant, Indic
// scripts write a schwa that is not spoken.
//
// h is dropped except in abjads, where ه and ح are letters in their own right.
func lensSkeleton(sc tokScript, k string) (string, int) {
	if sc == scriptHangul {
		// ㅡ (eu) is the vowel Korean adds to write a consonant cluster or a final consonant of a
		// foreign name (블라디미르 beulladimireu for Vladimir): it was never in the name.
		k = strings.ReplaceAll(k, "eu", "")
	}
	b := make([]byte, 0, len(k))
	consonants := 0
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'w':
			if sc == scriptAbjad {
				continue
			}
			c = 'a'
		case 'h', 'H':
			if sc != scriptAbjad {
				continue
			}
			c = 'h'
		}
		switch sc {
		case scriptAbjad:
			switch c {
			case 'p', 'f', 'v':
				c = 'b' // Arabic writes p as b and v as f; Hebrew פ is p or f, ב is b or v
			case 'q':
				c = 'k'
			}
		case scriptHangul:
			c = consonantClass(c) // Hangul tells none of these apart in romanisation
		case scriptIndic:
			switch c {
			case 'v':
				c = 'b'
			case 'f':
				c = 'p'
			}
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		if c != 'a' {
			consonants++
		}
		b = append(b, c)
	}
	if sc != scriptAbjad && len(b) > 2 && b[len(b)-1] == 'a' {
		b = b[:len(b)-1] // a vowel added after a final consonant (Korean 치 chi), or a final schwa
	}
	return string(b), consonants
}

// consonantClass merges the consonants that some script writes alike (voiced and voiceless
// stops, p/f/v, r/l, the affricates) into one letter: the widest merge of any script's lens.
func consonantClass(c byte) byte {
	switch c {
	case 'p', 'f', 'v':
		return 'b'
	case 't':
		return 'd'
	case 'k', 'q':
		return 'g'
	case 'r':
		return 'l'
	case 'z', 'C', 'J':
		return 'j'
	}
	return c
}

// coarseSkeleton is the candidate-generation key for transliterated tokens: the consonants of
// phonetic key k merged into classes that include every merge of lensSkeleton, so that tokens
// equal through any script's lens share it.
func coarseSkeleton(k string) string {
	b := make([]byte, 0, len(k))
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h', 'H':
			continue // h too: Latin spellings add and drop it (Riyadh, Riad)
		}
		c = consonantClass(c)
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// sameStem reports whether two tokens are one name with the endings of two languages: the German
// exonym ending -ien for -ia (Arabien ~ Arabia, Serbien ~ Serbia), or the Lithuanian nominative
// -as, -is, -us, -ys added to a name that ends in a consonant (Putinas ~ Putin, Vladimiras ~
// Vladimir).
func sameStem(q, a string) bool {
	if len(q) < len(a) {
		q, a = a, q
	}
	switch d := len(q) - len(a); d {
	case 1:
		return len(a) >= 5 && strings.HasSuffix(q, "ien") && strings.HasSuffix(a, "ia") && q[:len(q)-3] == a[:len(a)-2]
	case 2:
		if len(a) < 4 || isVowelByte(a[len(a)-1]) || q[:len(a)] != a {
			return false
		}
		switch q[len(a):] {
		case "as", "is", "us", "ys":
			return true
		}
	}
	return false
}
