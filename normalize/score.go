package normalize

import (
	"slices"
	"strconv"
	"sync"
)

// unit is a run of one or two adjacent tokens of a name, compared as one folded string so that
// merged and split tokens ("Natachabatler", "Ne tanyahu") line up with their counterparts.
type unit struct {
	from, to int32 // token range [from, to)
	script   tokScript
	// The letter sets of text and key (see letterSets), made with the unit: a unit is compared
	// with many. They are kept apart from a letterSets so that a unit takes one cache line.
	setFlags        uint8
	text            string
	key             string
	textSet, keySet uint64
}

// span returns the token range of u.
func (u *unit) span() tokSpan { return tokSpan{int(u.from), int(u.to)} }

// letters returns the letter sets of u's text and key.
func (u *unit) letters() letterSets {
	return letterSets{text: u.textSet, key: u.keySet, flags: u.setFlags}
}

// units returns the units of n, made once by newNameScripts: a name is aligned against many
// candidates, and the phonetic keys of its joins are the costly part.
func units(n *name) []unit {
	if n.units != nil {
		return n.units
	}
	return makeUnits(n, nil)
}

// joinUnit returns the unit of n that joins tokens i and i+1 (see makeUnits), or nil.
func (n *name) joinUnit(i int) *unit {
	for k := n.len(); k < len(n.units); k++ {
		if u := &n.units[k]; u.from == int32(i) && u.to == int32(i+2) {
			return u
		}
	}
	return nil
}

func makeUnits(n *name, keys *keyMemo) []unit {
	us := make([]unit, 0, 2*n.len())
	for i := range n.toks {
		us = append(us, newUnit(i, i+1, n.toks[i], n.keys[i], n.script(i)))
	}
	for i := 0; i+1 < n.len(); i++ {
		if len(n.toks[i]) < 2 || len(n.toks[i+1]) < 2 {
			continue
		}
		joined := n.toks[i] + n.toks[i+1]
		sc := max(n.script(i), n.script(i+1))
		us = append(us, newUnit(i, i+2, joined, keys.of(joined), sc))
		if i+2 < n.len() && len(n.toks[i+2]) >= 2 {
			joined += n.toks[i+2]
			sc = max(sc, n.script(i+2))
			us = append(us, newUnit(i, i+3, joined, keys.of(joined), sc))
		}
	}
	return us
}

func newUnit(from, to int, text, key string, script tokScript) unit {
	ls := lettersOf(text, key)
	return unit{from: int32(from), to: int32(to), script: script, text: text, key: key, textSet: ls.text, keySet: ls.key, setFlags: ls.flags}
}

// pairing is one aligned pair of query and candidate units.
type pairing struct {
	q, a  tokSpan
	sim   float64
	sig   signal
	edits int
	onset bool // the units begin with the same letter, as written or in their phonetic keys
}

// tokSpan is the token range [from, to) of a unit.
type tokSpan struct{ from, to int }

// alignment is the result of scoring a query name against one candidate name.
type alignment struct {
	score    float64
	coverage float64 // share of the candidate's token weight that was matched
	pairs    []pairing
	qMatched uint64 // bit i set: query token i is matched
	aMatched uint64 // bit i set: candidate token i is matched
	strong   int    // pairs with similarity >= 0.9
	reorder  bool
}

// maxNameTokens bounds the tokens of a name that take part in scoring; the bit sets above hold 64.
const maxNameTokens = 24

// Scoring constants. Each encodes one judgement; the tests in score_test.go pin their effect.
const (
	// unmatchedPenalty multiplies the score for each query token that found no counterpart: a
	// name with an extra word ("Donald Trump Jr.", "Michael B. Jordan") is another person.
	unmatchedPenalty = 0.75
	// particlePenalty is the milder penalty for an unmatched connector ("bin", "von").
	particlePenalty = 0.95
	// reorderPenalty is taken once when the matched tokens are in another order
	// ("Zelensky Volodymyr"): reordering is common in lists and costs little.
	reorderPenalty = 0.02
	// partialBase and partialSlope scale the score of a partial name ("Erdogan" for Recep Tayyip
	// Erdoğan) so that a full-name match of the same quality ranks first.
	partialBase  = 0.96
	partialSlope = 0.04
	// weakSim is the similarity below which a token pair is weak evidence: it counts only when at
	// least minStrongForWeak other tokens match strongly ("Receptacle Tayyip Erdogan"), else the
	// token is treated as unmatched ("Mohammed bin Nayef" is not Mohammed bin Zayed).
	weakSim          = 0.72
	strongSim        = 0.9
	minStrongForWeak = 2
)

// align scores query q against candidate a. It is symmetric in neither argument: tokens of the
// candidate may stay unmatched (a partial name), tokens of the query are penalised.
func align(q, a *name) alignment { return alignWith(q, a, minStrongForWeak, nil) }

// alignWith is align with the number of strong pairs that admit a weak one as a parameter; Fix
// lowers it to 1 where a role before the name supports the match ("Polish Prime Minister Donald
// Tass"). The pairs of the alignment are kept in arena, when not nil.
func alignWith(q, a *name, minStrong int, arena *pairArena) alignment {
	floor := minEditSim
	if minStrong < minStrongForWeak {
		floor = minTokenSim // context vouches for the name: speech-recognition damage ("Tass")
	}
	buf := pairBufs.Get().(*pairBuf)
	defer pairBufs.Put(buf)
	buf.hi, _ = unitPairs(buf.hi[:0], nil, q, a, floor, floor)
	return assemble(q, a, buf.hi, minStrong, arena)
}

// pairBuf holds the candidate pairs of an alignment while it is assembled; the pairs kept are
// copied out, so the buffers are reused across alignments.
type pairBuf struct{ hi, lo []pairing }

// pairArena holds the pairs of many alignments in one slice: a ranking aligns a query with every
// candidate, and the pairs of each were an allocation of their own (24 -> 31 allocations a Match
// query at 120,000 names without it).
type pairArena struct{ pairs []pairing }

// keep returns a copy of ps, in the arena when there is one, or nil when ps is empty, however
// ps was made.
func (ar *pairArena) keep(ps []pairing) []pairing {
	if len(ps) == 0 {
		return nil
	}
	if ar == nil {
		return slices.Clone(ps)
	}
	start := len(ar.pairs)
	ar.pairs = append(ar.pairs, ps...)
	return ar.pairs[start:len(ar.pairs):len(ar.pairs)]
}

var pairBufs = sync.Pool{New: func() any { return new(pairBuf) }}

// alignBoth returns align(q, a) and, only when that is under threshold, alignWith(q, a, 1), the
// looser alignment Fix falls back on; the token distances are computed once for both.
func alignBoth(q, a *name, threshold float64, arena *pairArena) (strict, loose alignment) {
	buf := pairBufs.Get().(*pairBuf)
	defer pairBufs.Put(buf)
	buf.hi, buf.lo = unitPairs(buf.hi[:0], buf.lo[:0], q, a, minEditSim, minTokenSim)
	strict = assemble(q, a, buf.hi, minStrongForWeak, arena)
	if strict.score < threshold {
		loose = assemble(q, a, buf.lo, 1, arena)
	}
	return strict, loose
}

// unitPairs appends to atHi and atLo the pairs of units of q and a that are alike at the edit
// floors hi and lo; with lo == hi, atLo is atHi.
func unitPairs(atHi, atLo []pairing, q, a *name, hi, lo float64) ([]pairing, []pairing) {
	if q.len() == 0 || a.len() == 0 {
		return atHi, atLo
	}
	qu, au := units(q), units(a)
	blockedQ, blockedA := exactCover(q, qu, au)
	return pairUnits(atHi, atLo, q, qu, au, hi, lo, blockedQ, blockedA)
}

// pairUnits is unitPairs over the units qu of q and au, leaving out the pairs of units spelt
// differently that touch the tokens in blockedQ or blockedA.
func pairUnits(atHi, atLo []pairing, q *name, qu, au []unit, hi, lo float64, blockedQ, blockedA uint64) ([]pairing, []pairing) {
	for i := range qu {
		x := &qu[i]
		for j := range au {
			y := &au[j]
			if skipPair(q, x, y) {
				continue
			}
			if x.text != y.text && (spanBits(x.span())&blockedQ != 0 || spanBits(y.span())&blockedA != 0) {
				continue // assemble takes the exact pairs first, and they leave this one no room
			}
			mHi, mLo := unitMatches(x, y, hi, lo)
			// Only a transliterated query token is read through its script's lens: a Latin query
			// carries vowels that an Arabic alias cannot confirm ("Moscato" is not مسقط). Compare,
			// which has no gazetteer to choose from, reads either side so (q.symmetric).
			if (x.script != scriptLatin || q.symmetric) && x.script != y.script && x.to-x.from == 1 && y.to-y.from == 1 && min(mHi.sim, mLo.sim) < lensSim {
				ls := tokenMatch{lensSimilarity(x.script, x.key, y.script, y.key), sigTranslit, 0}
				if mHi.sim < lensSim && ls.sim > mHi.sim {
					mHi = ls
				}
				if mLo.sim < lensSim && ls.sim > mLo.sim {
					mLo = ls
				}
			}
			if p, ok := makePairing(x, y, mHi); ok {
				atHi = append(atHi, p)
			}
			if lo != hi {
				if p, ok := makePairing(x, y, mLo); ok {
					atLo = append(atLo, p)
				}
			}
		}
	}
	if lo == hi {
		atLo = atHi
	}
	return atHi, atLo
}

// skipPair reports whether units x of q and y are never paired.
func skipPair(q *name, x, y *unit) bool {
	if x.to-x.from > 1 && y.to-y.from > 1 {
		return true
	}
	// A short Arabic or Hebrew word read as Latin is mostly guessed vowels: "AI" is not علی.
	return x.script == scriptLatin && y.script == scriptAbjad && !q.symmetric && !nameParticles[y.text] && abjadConsonants(y.key) < 2
}

// exactCover returns the query and candidate tokens that pairs of units spelt alike cover, when
// assemble is sure to take all those pairs: they overlap nowhere, and no other pair ties with
// them (a Latin query's pairs reach similarity 1 only when spelt alike; a lens reading is not
// asked of it). assemble takes pairs best first and each token once, so no other pair that
// touches those tokens can be taken, and unitPairs need not grade them: most of the units of
// a name that Fix looks up, and of its candidates, are spelt alike ("Donald Tass" and Donald
// Tusk). It returns zero masks when it cannot be sure.
func exactCover(q *name, qu, au []unit) (qMask, aMask uint64) {
	if q.symmetric || q.len() > 64 {
		return 0, 0
	}
	for _, x := range qu {
		if x.script != scriptLatin {
			return 0, 0
		}
	}
	for i := range qu {
		x := &qu[i]
		for j := range au {
			y := &au[j]
			if x.text != y.text || skipPair(q, x, y) {
				continue
			}
			qm, am := spanBits(x.span()), spanBits(y.span())
			if qMask&qm != 0 || aMask&am != 0 {
				return 0, 0 // two exact pairs compete for a token: assemble's order decides
			}
			qMask, aMask = qMask|qm, aMask|am
		}
	}
	return qMask, aMask
}

// makePairing turns a token match of units x and y into a pairing, or reports that it is none.
func makePairing(x, y *unit, m tokenMatch) (pairing, bool) {
	if m.sim == 0 {
		return pairing{}, false
	}
	if x.to-x.from > 1 || y.to-y.from > 1 {
		if m.sig == sigPrefix || m.sig == sigInitial {
			return pairing{}, false
		}
		m.sig = sigMerged
	}
	return pairing{q: x.span(), a: y.span(), sim: m.sim, sig: m.sig, edits: m.edits, onset: sameOnset(x, y)}, true
}

// assemble chooses the pairs of the alignment from cands, best first, and scores it. It reorders
// and overwrites cands; the pairs chosen are kept in arena (see alignWith).
func assemble(q, a *name, cands []pairing, minStrong int, arena *pairArena) alignment {
	var al alignment
	if q.len() == 0 || a.len() == 0 {
		return al
	}
	// Best pairs first; among equals, the one covering more tokens, then the earlier positions so
	// that the order of names is kept when tokens repeat.
	slices.SortStableFunc(cands, func(x, y pairing) int {
		switch {
		case x.sim != y.sim:
			if x.sim > y.sim {
				return -1
			}
			return 1
		case x.q.to-x.q.from+x.a.to-x.a.from != y.q.to-y.q.from+y.a.to-y.a.from:
			return (y.q.to - y.q.from + y.a.to - y.a.from) - (x.q.to - x.q.from + x.a.to - x.a.from)
		case x.q.from != y.q.from:
			return x.q.from - y.q.from
		}
		return x.a.from - y.a.from
	})
	chosen := cands[:0] // each pair is written at or before the one being read
	for _, c := range cands {
		if !c.onset && (c.sim < weakSim || c.sig == sigMerged && c.sim < strongSim && c.q.to-c.q.from == 1 && !q.symmetric) {
			// Weak evidence must at least begin alike, as misheard and mistranslated names do
			// ("Lion" for Leyen, "Tass" for Tusk): "Launches" is not Congress. Words run
			// together keep their first letter too, unless nearly equal otherwise: the one word
			// "Mwangi" is not Wang Yi, while the two of "Hsi Chin-ping" are Xi Jinping's Jinping.
			continue
		}
		qm, am := spanBits(c.q), spanBits(c.a)
		if al.qMatched&qm != 0 || al.aMatched&am != 0 {
			continue
		}
		al.qMatched |= qm
		al.aMatched |= am
		chosen = append(chosen, c)
		if c.sim >= strongSim && !(c.q.to-c.q.from == 1 && nameParticles[q.toks[c.q.from]]) {
			al.strong++
		}
	}
	if particles := matchedParticles(q, chosen); particles >= 2 {
		al.strong++ // "von der", "bin ... al": a run of connectors in place is one piece of evidence
	}
	if al.strong < minStrong {
		kept := chosen[:0]
		al.qMatched, al.aMatched = 0, 0
		for _, p := range chosen {
			if p.sim < weakSim && p.sig != sigPrefix {
				continue
			}
			kept = append(kept, p)
			al.qMatched |= spanBits(p.q)
			al.aMatched |= spanBits(p.a)
		}
		chosen = kept
	}
	al.pairs = arena.keep(chosen)
	var gained, total float64
	penalty := 1.0
	leading := true
	trailing := q.len() // titles from here on follow the name ("Putyin elnök")
	for trailing > 1 && al.qMatched&(1<<(trailing-1)) == 0 && postTitles[q.toks[trailing-1]] {
		trailing--
	}
	for i, t := range q.toks {
		matched := al.qMatched&(1<<i) != 0
		if leading && !matched && titles[t] || i >= trailing {
			continue // a title before the name ("President", "Sheikh") is not evidence against it
		}
		leading = false
		total += q.weights[i]
		if matched {
			continue
		}
		switch {
		case isGenerational(t):
			penalty *= unmatchedPenalty * unmatchedPenalty
		case nameParticles[t]:
			penalty *= particlePenalty
		case isLegalForm(t):
			// "Siemens AG" and "Siemens": the form is not the name
		default:
			penalty *= unmatchedPenalty
		}
	}
	for _, p := range al.pairs {
		for i := p.q.from; i < p.q.to; i++ {
			gained += p.sim * q.weights[i]
		}
	}
	if total == 0 {
		return alignment{}
	}
	var aw, awTotal float64
	for i := range a.toks {
		awTotal += a.weights[i]
		if al.aMatched&(1<<i) != 0 {
			aw += a.weights[i]
		}
	}
	al.coverage = aw / awTotal
	al.score = gained / total * penalty
	if al.coverage < 1 {
		al.score *= partialBase + partialSlope*al.coverage
	}
	if reordered(al.pairs) {
		al.reorder = true
		al.score -= reorderPenalty
	}
	if al.score < 0 {
		al.score = 0
	}
	return al
}

// matchedParticles returns the length of the longest run of adjacent connectors of the query that
// matched exactly ("von der" in "Ursula von der Lyon").
func matchedParticles(q *name, pairs []pairing) int {
	var exact uint64
	for _, p := range pairs {
		if p.sig == sigExact && p.q.to-p.q.from == 1 && nameParticles[q.toks[p.q.from]] {
			exact |= 1 << p.q.from
		}
	}
	longest, run := 0, 0
	for i := range q.toks {
		if exact&(1<<i) != 0 {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return longest
}

func spanBits(u tokSpan) uint64 {
	return (1<<(u.to-u.from) - 1) << u.from // a span of 64 tokens: 1<<64 is 0 in Go, and 0-1 all ones
}

// reordered reports whether the pairs, taken in query order, are out of order in the candidate.
func reordered(pairs []pairing) bool {
	// Pairs share no token on either side, so their starts are distinct: the pairs in query order
	// go back in the candidate exactly when some two of them are inverted.
	for i, x := range pairs {
		for _, y := range pairs[i+1:] {
			if (x.q.from < y.q.from) != (x.a.from < y.a.from) {
				return true
			}
		}
	}
	return false
}

// explain renders the alignment for a Reason: which tokens matched and by which signal.
func (al *alignment) explain(q, a *name) string { return string(al.appendExplanation(nil, q, a)) }

// appendExplanation appends explain's text to b. Pairs are written in query order.
func (al *alignment) appendExplanation(b []byte, q, a *name) []byte {
	var stack [8]pairing
	ps := append(stack[:0], al.pairs...)
	slices.SortFunc(ps, func(x, y pairing) int { return x.q.from - y.q.from })
	parts := 0
	for _, p := range ps {
		if parts++; parts > 1 {
			b = append(b, ", "...)
		}
		b = appendJoined(b, q.toks[p.q.from:p.q.to])
		switch p.sig {
		case sigExact:
			continue
		case sigEdit:
			b = append(b, '~')
			b = appendJoined(b, a.toks[p.a.from:p.a.to])
			b = append(b, " ("...)
			b = strconv.AppendInt(b, int64(p.edits), 10)
			b = append(b, " edits)"...)
		default:
			b = append(b, '~')
			b = appendJoined(b, a.toks[p.a.from:p.a.to])
			b = append(b, " ("...)
			b = append(b, p.sig.String()...)
			b = append(b, ')')
		}
	}
	for _, part := range [...]struct {
		on   bool
		text string
	}{{al.reorder, "reordered"}, {al.coverage < 1, "partial name"}} {
		if !part.on {
			continue
		}
		if parts++; parts > 1 {
			b = append(b, ", "...)
		}
		b = append(b, part.text...)
	}
	return b
}

// appendJoined appends toks separated by spaces.
func appendJoined(b []byte, toks []string) []byte {
	for i, t := range toks {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, t...)
	}
	return b
}

// abjadConsonants counts the consonants of a phonetic key as an abjad writes them.
func abjadConsonants(key string) int {
	_, n := lensSkeleton(scriptAbjad, key)
	return n
}

// sameOnset reports whether two units begin with the same letter, as written or in their
// phonetic keys.
func sameOnset(x, y *unit) bool {
	return x.text != "" && y.text != "" && x.text[0] == y.text[0] ||
		x.key != "" && y.key != "" && x.key[0] == y.key[0]
}
