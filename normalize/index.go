package normalize

// candidateIndex finds the aliases that may match a query, without touching every alias. It sits
// behind an interface so that its design can change without touching scoring.
type candidateIndex interface {
	// candidates appends to dst the ids of aliases that share evidence with the query tokens.
	candidates(dst []int32, q *name) []int32
}

// tokenIndex is a symmetric-delete index over the vocabulary of alias tokens and adjacent-token
// joins. A query token finds vocabulary entries by exact match, by phonetic key, and by shared
// deletion variants within maxDeletes(len) edits, which is how SymSpell finds edit neighbours
// without comparing against every entry.
type tokenIndex struct {
	vocabID  map[string]int32
	postings [][]int32          // vocabulary id -> alias ids
	byKey    map[string][]int32 // phonetic key -> vocabulary ids
	deletes  map[string][]int32 // deletion variant -> vocabulary ids
}

// maxDeletes is the edit radius searched for a token of n bytes: short tokens only by exact match
// and phonetic key, since one edit in four letters already makes another name.
func maxDeletes(n int) int {
	switch {
	case n < 4:
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
		deletes: make(map[string][]int32),
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
		forEachDelete(t, maxDeletes(len(t)), func(d string) {
			ix.deletes[d] = append(ix.deletes[d], v)
		})
	}
	p := ix.postings[v]
	if len(p) == 0 || p[len(p)-1] != aliasID {
		ix.postings[v] = append(p, aliasID)
	}
}

// lookupVocab calls fn with every vocabulary id near token t.
func (ix *tokenIndex) lookupVocab(t string, fn func(int32)) {
	if v, ok := ix.vocabID[t]; ok {
		fn(v)
	}
	for _, v := range ix.byKey[phoneticKey(t)] {
		fn(v)
	}
	forEachDelete(t, maxDeletes(len(t)), func(d string) {
		for _, v := range ix.deletes[d] {
			fn(v)
		}
	})
}

func (ix *tokenIndex) candidates(dst []int32, q *name) []int32 {
	seenVocab := make(map[int32]struct{})
	visit := func(t string) {
		ix.lookupVocab(t, func(v int32) { seenVocab[v] = struct{}{} })
	}
	for i, t := range q.toks {
		if len(t) > 1 {
			visit(t)
		}
		if i+1 < len(q.toks) {
			visit(t + q.toks[i+1])
		}
	}
	seenAlias := make(map[int32]struct{})
	for v := range seenVocab {
		for _, a := range ix.postings[v] {
			if _, dup := seenAlias[a]; !dup {
				seenAlias[a] = struct{}{}
				dst = append(dst, a)
			}
		}
	}
	return dst
}

// forEachDelete calls fn with every distinct string made by deleting 1..n bytes of s (s itself
// included, so that exact entries share a variant with their one-edit neighbours).
func forEachDelete(s string, n int, fn func(string)) {
	fn(s)
	if n == 0 {
		return
	}
	seen := map[string]bool{s: true}
	frontier := []string{s}
	for range n {
		var next []string
		for _, w := range frontier {
			for i := 0; i < len(w); i++ {
				d := w[:i] + w[i+1:]
				if !seen[d] {
					seen[d] = true
					next = append(next, d)
					fn(d)
				}
			}
		}
		frontier = next
	}
}
