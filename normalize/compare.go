package normalize

// Comparison is the result of comparing two names with Compare.
type Comparison struct {
	// Score is in [0, 1], symmetric in the two names.
	Score float64
	// Match reports whether Score reaches DefaultThreshold, or for two one-word names the
	// stricter bar of a one-word lookup (0.85): one letter apart is often another place
	// (Gambia, Zambia).
	Match bool
	// Reason says which tokens lined up and how.
	Reason string
}

// Compare scores how likely two names are to name the same entity, with no gazetteer. Either name
// may be partial: "Angela Merkel" and "Angela Dorothea Merkel" match. Tokens of the shorter name that
// find no counterpart count against the match. Compare is safe for concurrent use.
func Compare(a, b string) Comparison {
	na, nb := compareName(a), compareName(b)
	ta, tb := na.toks, nb.toks
	if len(ta) == 0 || len(tb) == 0 {
		return Comparison{}
	}
	single := len(ta) == 1 && len(tb) == 1
	// The name with fewer tokens is the query, so that the longer may keep unmatched middle names;
	// with as many tokens on each side, the better direction counts, judged after the penalties
	// below, which keeps Compare symmetric.
	if len(ta) > len(tb) {
		na, nb = nb, na
	}
	score, reason := compareDirected(&na, &nb)
	if len(ta) == len(tb) {
		if s2, r2 := compareDirected(&nb, &na); s2 > score || s2 == score && r2 < reason {
			score, reason = s2, r2
		}
	}
	match := score >= DefaultThreshold
	if single && score < 1 && score < singleTokenMin {
		match = false // one damaged word is too little evidence, as for a lookup (Gambia, Zambia)
	}
	return Comparison{Score: score, Match: match, Reason: reason}
}

// compareDirected scores q as the query against c: the alignment, with the penalties for an
// unmatched generational suffix of c and for a partial name that does not hold.
func compareDirected(q, c *name) (float64, string) {
	al := align(q, c)
	for i, t := range c.toks {
		if al.aMatched&(1<<i) == 0 && isGenerational(t) {
			al.score *= unmatchedPenalty * unmatchedPenalty // "Donald Trump" is not "Donald Trump Jr."
		}
	}
	if al.coverage < 1 && !partialNameHolds(q, c, &al) {
		al.score *= unmatchedPenalty
	}
	return round(al.score), al.explain(q, c)
}

// compareName folds and prepares one side of Compare. Titles before the name and after it
// ("Президент Путин", "Putyin elnök") are dropped: they are not part of the name on either side.
func compareName(s string) name {
	toks, scripts := foldTokensScripts(capQuery(s))
	toks, scripts = canonicalLegalForms(toks, scripts)
	from, to := 0, len(toks)
	for from+1 < to && titles[toks[from]] {
		from++
	}
	for to-1 > from && postTitles[toks[to-1]] {
		to--
	}
	toks, scripts = toks[from:to], scripts[from:to]
	if len(toks) > maxNameTokens {
		toks, scripts = toks[:maxNameTokens], scripts[:maxNameTokens]
	}
	n := newNameScripts(toks, scripts)
	n.symmetric = true
	return n
}

func capQuery(s string) string {
	if len(s) > maxQueryBytes {
		return s[:maxQueryBytes]
	}
	return s
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
	if words >= 2 && al.aMatched&(1<<last) != 0 {
		return true
	}
	// The same name with or without its company form or a connector ("Crystalord" and
	// "Crystalord Ltd", "Chase & Co" and "Chase and Co").
	for i, t := range c.toks {
		if al.aMatched&(1<<i) == 0 && !isLegalForm(t) && !nameParticles[t] {
			return false
		}
	}
	return words >= 1
}
