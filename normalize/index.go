package normalize

import (
	"math/bits"
	"slices"
)

// candidateIndex finds the aliases that may match a query, without touching every alias. It sits
// behind an interface so that its design can change without touching scoring.
type candidateIndex interface {
	// candidates appends to dst the ids of aliases that share evidence with the query tokens.
	// With covered set it keeps only aliases that all but one of the query's content words
	// reach: the others cannot reach the threshold, but Candidates lists near misses too.
	candidates(dst []int32, q *name, covered bool) []int32
	// exactCandidates appends to dst the ids of aliases that hold a one-token query exactly.
	exactCandidates(dst []int32, q *name) []int32
}

// tokenIndex is a symmetric-delete index (SymSpell's method) over the vocabulary of alias tokens
// and of adjacent-token joins. A query token finds vocabulary entries by exact match, by phonetic
// key, and by shared deletion variants within maxDeletes(len) edits, so edit neighbours are found
// without comparing against every entry.
//
// Deletion variants are stored as 64-bit hashes in one sorted slice rather than as map keys: the
// index then costs 12 bytes a variant and one sort to build. A hash collision only adds a candidate,
// which scoring then rejects.
type tokenIndex struct {
	vocabID  map[string]int32
	postings [][]int32          // vocabulary id -> alias ids
	byKey    map[string][]int32 // phonetic key -> vocabulary ids
	bySkel   map[string][]int32 // coarse consonant skeleton -> vocabulary ids, for transliterated query tokens
	deletes  []deleteEntry      // sorted by hash
}

type deleteEntry struct {
	hash  uint64
	vocab int32
}

// maxDeletes is the edit radius searched for a token of n bytes: short tokens only by exact match
// and phonetic key, since one edit in four letters already makes another name.
func maxDeletes(t string) int {
	n := len(t)
	switch {
	case n < 4 || !isASCII(t):
		return 0
	case n < 8:
		return 1
	}
	return 2
}

func newTokenIndex() *tokenIndex {
	return &tokenIndex{
		vocabID: make(map[string]int32),
		byKey:   make(map[string][]int32),
		bySkel:  make(map[string][]int32),
	}
}

// add records that alias id contains the token or join t.
func (ix *tokenIndex) add(t string, aliasID int32) {
	v, ok := ix.vocabID[t]
	if !ok {
		v = int32(len(ix.postings))
		ix.vocabID[t] = v
		ix.postings = append(ix.postings, nil)
		k := phoneticKey(t)
		ix.byKey[k] = append(ix.byKey[k], v)
		if sk := coarseSkeleton(k); len(sk) >= 3 {
			ix.bySkel[sk] = append(ix.bySkel[sk], v)
		}
		forEachDeleteHash(t, maxDeletes(t), func(h uint64) {
			ix.deletes = append(ix.deletes, deleteEntry{hash: h, vocab: v})
		})
	}
	p := ix.postings[v]
	if len(p) == 0 || p[len(p)-1] != aliasID {
		ix.postings[v] = append(p, aliasID)
	}
}

// freeze sorts the deletion variants; the index is read-only afterwards.
func (ix *tokenIndex) freeze() {
	slices.SortFunc(ix.deletes, func(a, b deleteEntry) int {
		switch {
		case a.hash < b.hash:
			return -1
		case a.hash > b.hash:
			return 1
		}
		return int(a.vocab - b.vocab)
	})
	ix.deletes = slices.Compact(ix.deletes)
	ix.deletes = slices.Clip(ix.deletes)
}

// lookupVocab calls fn with every vocabulary id near token t.
func (ix *tokenIndex) lookupVocab(t string, fn func(int32)) {
	if v, ok := ix.vocabID[t]; ok {
		fn(v)
	}
	for _, v := range ix.byKey[phoneticKey(t)] {
		fn(v)
	}
	forEachDeleteHash(t, maxDeletes(t), func(h uint64) {
		i, _ := slices.BinarySearchFunc(ix.deletes, h, func(e deleteEntry, h uint64) int {
			switch {
			case e.hash < h:
				return -1
			case e.hash > h:
				return 1
			}
			return 0
		})
		for ; i < len(ix.deletes) && ix.deletes[i].hash == h; i++ {
			fn(ix.deletes[i].vocab)
		}
	})
}

// exactCandidates appends to dst the aliases that hold the one-token query q exactly, as a word
// or as two adjacent words written together.
func (ix *tokenIndex) exactCandidates(dst []int32, q *name) []int32 {
	if v, ok := ix.vocabID[q.toks[0]]; ok {
		dst = append(dst, ix.postings[v]...)
	}
	return dst
}

// frequentPostings is the number of aliases above which a token is too common to propose
// candidates on its own ("al", "bin", "mohammed", "san"): the aliases it reaches are scored only
// when another token of the query reaches them too, or when the query has nothing rarer. Scoring
// every alias with "al" for each span of an Arabic name made Fix a hundred times slower.
const frequentPostings = 64

// candidates appends to dst the aliases that share a token, a near token or a skeleton with q.
func (ix *tokenIndex) candidates(dst []int32, q *name, covered bool) []int32 {
	// The vocabulary entries reached, each with the query positions that reached it.
	reached := make(map[int32]uint64)
	visit := func(t string, pos uint64) {
		ix.lookupVocab(t, func(v int32) { reached[v] |= pos })
	}
	for i, t := range q.toks {
		pos := uint64(1) << (i % 64)
		if len(t) > 1 {
			visit(t, pos)
		}
		// A transliterated token also by its consonant skeleton, of three or more consonants
		// (shorter ones name too many entries): أردوغان (ardughan) finds Erdoğan.
		if sk := coarseSkeleton(q.keys[i]); len(sk) >= 3 && q.script(i) != scriptLatin {
			for _, v := range ix.bySkel[sk] {
				reached[v] |= pos
			}
		}
		if i+1 < len(q.toks) {
			visit(t+q.toks[i+1], pos|pos<<1)
		}
	}
	// The aliases reached, each with the query positions that reached it; rare marks those
	// reached through a token that is not frequent.
	byAlias := make(map[int32]uint64)
	rare := make(map[int32]bool)
	for v, pos := range reached {
		frequent := len(ix.postings[v]) > frequentPostings
		for _, a := range ix.postings[v] {
			byAlias[a] |= pos
			if !frequent {
				rare[a] = true
			}
		}
	}
	content := contentPositions(q)
	need := max(1, bits.OnesCount64(content)-1)
	for a, pos := range byAlias {
		if covered && content != 0 && bits.OnesCount64(pos&content) < need {
			continue // a name scores under the threshold with two of its words unmatched
		}
		if len(rare) > 0 && !rare[a] && bits.OnesCount64(pos) < 2 {
			continue
		}
		dst = append(dst, a)
	}
	return dst
}

// contentPositions returns the positions of the query tokens that scoring counts against a
// candidate when they stay unmatched: not titles, connectors, initials, generational suffixes or
// company forms, which either cost little or are matched without the index.
func contentPositions(q *name) uint64 {
	var mask uint64
	for i, t := range q.toks {
		if i >= 64 || len(t) < 2 || titles[t] || nameParticles[t] || isGenerational(t) || isLegalForm(t) {
			continue
		}
		mask |= 1 << i
	}
	return mask
}

// forEachDeleteHash calls fn with the hash of s and of every string made by deleting 1..n bytes of
// s (n <= 2). Variants may repeat; callers tolerate that.
func forEachDeleteHash(s string, n int, fn func(uint64)) {
	fn(hashBytes(s, -1, -1))
	if n == 0 {
		return
	}
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == s[i-1] {
			continue // deleting either of two equal neighbours gives the same string
		}
		fn(hashBytes(s, i, -1))
		if n < 2 {
			continue
		}
		for j := i + 1; j < len(s); j++ {
			if j > i+1 && s[j] == s[j-1] {
				continue
			}
			fn(hashBytes(s, i, j))
		}
	}
}

// hashBytes is FNV-1a over s with the bytes at skip1 and skip2 left out (-1 for none).
func hashBytes(s string, skip1, skip2 int) uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	for i := 0; i < len(s); i++ {
		if i == skip1 || i == skip2 {
			continue
		}
		h ^= uint64(s[i])
		h *= prime
	}
	return h
}
