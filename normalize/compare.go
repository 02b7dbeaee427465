package normalize

// Comparison is the result of comparing two names with Compare.
type Comparison struct {
	// Score is in [0, 1], symmetric in the two names.
	Score float64
	// Match reports whether Score reaches DefaultThreshold.
	Match bool
	// Reason says which tokens lined up and how.
	Reason string
}

// Compare scores how likely two names are to name the same entity, with no gazetteer. Either name
// may be partial: "Angela Merkel" and "Angela Dorothea Merkel" match. Tokens of the shorter name that
// find no counterpart count against the match. Compare is safe for concurrent use.
func Compare(a, b string) Comparison {
	ta, tb := foldTokens(capQuery(a)), foldTokens(capQuery(b))
	if len(ta) == 0 || len(tb) == 0 {
		return Comparison{}
	}
	ta, tb = capTokens(canonicalLegalForms(ta)), capTokens(canonicalLegalForms(tb))
	na, nb := newName(ta), newName(tb)
	// The name with fewer tokens is the query, so that the longer may keep unmatched middle names;
	// with as many tokens on each side, the better direction counts, which keeps Compare symmetric.
	if len(ta) > len(tb) {
		na, nb = nb, na
	}
	al := align(&na, &nb)
	q, c := &na, &nb
	if len(ta) == len(tb) {
		if back := align(&nb, &na); back.score > al.score {
			al, q, c = back, &nb, &na
		}
	}
	for i, t := range c.toks {
		if al.aMatched&(1<<i) == 0 && isGenerational(t) {
			al.score *= unmatchedPenalty * unmatchedPenalty // "Donald Trump" is not "Donald Trump Jr."
		}
	}
	if al.coverage < 1 && !partialNameHolds(q, c, &al) {
		al.score *= unmatchedPenalty
	}
	score := round(al.score)
	return Comparison{Score: score, Match: score >= DefaultThreshold, Reason: al.explain(q, c)}
}

func capQuery(s string) string {
	if len(s) > maxQueryBytes {
		return s[:maxQueryBytes]
	}
	return s
}

func capTokens(toks []string) []string {
	if len(toks) > maxNameTokens {
		return toks[:maxNameTokens]
	}
	return toks
}

// partialNameHolds decides, without a gazetteer, whether a shorter name may stand for a longer one:
// two or more of its words must match, the longer name's last word among them ("Angela Merkel" for
// "Angela Dorothea Merkel", not "Walijan" for "Walijan Abdul Ghafoor Haqqani").
func partialNameHolds(q, c *name, al *alignment) bool {
	words := 0
	for _, p := range al.pairs {
		if !nameParticles[q.toks[p.q.from]] && !isLegalForm(q.toks[p.q.from]) {
			words++
		}
	}
	last := c.len() - 1
	for last > 0 && (isLegalForm(c.toks[last]) || isGenerational(c.toks[last])) {
		last--
	}
	return words >= 2 && al.aMatched&(1<<last) != 0
}
