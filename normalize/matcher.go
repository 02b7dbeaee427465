package normalize

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/canonym/canonym/gazetteer"
)

// Matcher finds the entities of a gazetteer behind noisy names. It is immutable once built and
// safe for concurrent use by any number of goroutines; per-document state lives in the values that
// Fix and NewRewriter make per call.
type Matcher struct {
	g       *gazetteer.Gazetteer
	cfg     config
	aliases []aliasEntry
	index   candidateIndex
	// canonical holds, for each entity, the index of its canonical name in aliases.
	canonical []int32
	// descriptions returns the entities' descriptions folded, for Fix's role evidence. They are
	// folded on first use: a Matcher that only answers lookups never needs them.
	descriptions func() *foldedDescriptions
}

// aliasEntry is one name or alias of an entity, prepared for scoring.
type aliasEntry struct {
	entity    int32 // index in the gazetteer
	text      string
	name      name
	canonical bool // the entity's canonical name rather than an alias
}

// New builds a Matcher over g. It returns an error for an invalid option. Building indexes every
// name and alias of g; its cost is measured by BenchmarkNew.
func New(g *gazetteer.Gazetteer, opts ...Option) (*Matcher, error) {
	if g == nil {
		return nil, fmt.Errorf("normalize: nil gazetteer")
	}
	cfg := defaultConfig()
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	m := &Matcher{g: g, cfg: cfg, canonical: make([]int32, g.Len())}
	for i := range m.canonical {
		m.canonical[i] = -1 // until the entity's name is indexed; a name of no letters has none
	}
	ix := newTokenIndex()
	// Many aliases share a name (GeoNames has a San Francisco in a dozen countries): they share
	// one prepared name, which is then prepared once, kept once and, in a ranking that meets
	// several of them, aligned once (see rankCandidates).
	shared := make(map[string]int32) // name key -> the first alias of that name
	var keyBuf []byte
	for i, e := range g.All() {
		for j, text := range e.Names() {
			toks, scripts := foldTokensScripts(text)
			if len(toks) == 0 {
				continue
			}
			if len(toks) > maxNameTokens {
				toks, scripts = toks[:maxNameTokens], scripts[:maxNameTokens]
			}
			id := int32(len(m.aliases))
			if j == 0 {
				m.canonical[i] = id
			}
			keyBuf = appendNameKey(keyBuf[:0], toks, scripts)
			var n name
			if first, ok := shared[string(keyBuf)]; ok {
				n = m.aliases[first].name
			} else {
				n = newNameScripts(toks, scripts).packed()
				shared[string(keyBuf)] = id
			}
			m.aliases = append(m.aliases, aliasEntry{entity: int32(i), text: text, name: n, canonical: j == 0})
			toks = n.toks
			for k, t := range toks {
				ix.add(t, id)
				if k+1 < len(toks) {
					ix.add(t+toks[k+1], id)
				}
				if k+2 < len(toks) && (nameParticles[toks[k]] || nameParticles[toks[k+1]]) {
					// Three tokens run together around a connector: "Vonderleyen" for von der
					// Leyen. (Only there: every join adds its deletion variants to the index.)
					ix.add(t+toks[k+1]+toks[k+2], id)
				}
			}
		}
	}
	ix.freeze(m.aliases, g)
	m.index = ix
	m.descriptions = sync.OnceValue(func() *foldedDescriptions { return newFoldedDescriptions(g) })
	return m, nil
}

// appendNameKey appends to b a key that two names share only when they have the same folded
// tokens written in the same scripts, and so prepare to the same name.
func appendNameKey(b []byte, toks []string, scripts []tokScript) []byte {
	for i, t := range toks {
		b = append(b, byte(scripts[i]))
		b = append(b, t...)
		b = append(b, 0)
	}
	return b
}

// Gazetteer returns the gazetteer the Matcher was built on.
func (m *Matcher) Gazetteer() *gazetteer.Gazetteer { return m.g }

// Threshold returns the score at or above which a candidate is a match.
func (m *Matcher) Threshold() float64 { return m.cfg.threshold }

// Match returns the entity that name refers to. ok is false when no entity reaches the threshold or
// when the best two are too close to choose between; the returned Match then says which
// (Confidence NoMatch or Ambiguous) and, for Ambiguous, names the best candidate.
func (m *Matcher) Match(name string) (Match, bool) {
	q, ok := queryName(name)
	if !ok {
		return m.decide(nil)
	}
	// Only the answer needs a reason, and not an ambiguous one: decide writes its own.
	cands := m.rankName(&q, 2, false, nil)
	best, ok := m.decide(cands)
	if best.Confidence != Ambiguous && len(cands) > 0 {
		m.explain(&q, cands[:1])
		best.Reason = cands[0].Reason
	}
	return best, ok
}

// decide applies the threshold and the ambiguity rule to ranked candidates.
func (m *Matcher) decide(cands []Match) (Match, bool) {
	if len(cands) == 0 || cands[0].Score < m.cfg.threshold {
		var best Match
		if len(cands) > 0 {
			best = cands[0]
		}
		best.Confidence = NoMatch
		return best, false
	}
	best := cands[0]
	if len(cands) > 1 && m.tooClose(best, cands[1]) {
		best.Confidence = Ambiguous
		best.Reason = fmt.Sprintf("ambiguous: %s (%.2f) and %s (%.2f)", best.Entity.ID, best.Score, cands[1].Entity.ID, cands[1].Score)
		return best, false
	}
	return best, true
}

// tooClose reports whether the runner-up is too close to the best to choose between them. A full
// name beats a partial one of equal score (George W. Bush over George H. W. Bush for "G. W. Bush"),
// and a clear difference in prominence settles near ties.
func (m *Matcher) tooClose(best, next Match) bool {
	if best.Score-next.Score >= m.cfg.margin {
		return false
	}
	if !best.partial && next.partial && best.Score >= next.Score {
		return false
	}
	return best.Entity.Prior-next.Entity.Prior < priorGap
}

// Candidates returns up to k entities ranked by how well name matches them, best first, each with
// its score and reason. Candidates below the threshold are included with Confidence NoMatch;
// those far behind the best (the index estimates them under half of its score) are left out.
func (m *Matcher) Candidates(name string, k int) []Match {
	if k <= 0 {
		return nil
	}
	return m.rank(name, k)
}

// minSelected is the fewest aliases the index selects for scoring, whatever k is asked for. The
// selection decides the best entity, so Match agrees with Candidates for every k up to this one.
// (Four were as accurate and a tenth faster, but Candidates(q, 5) then could rank first an entity
// that Match, selecting fewer, never scored: FuzzMatch found one.)
const minSelected = 8

// maxQueryBytes caps the part of a name that is matched; longer input is not a name.
const maxQueryBytes = 512

// rank scores the candidates of the index and returns the best k entities, with their reasons.
func (m *Matcher) rank(query string, k int) []Match {
	q, ok := queryName(query)
	if !ok {
		return nil
	}
	ms := m.rankName(&q, k, false, nil)
	m.explain(&q, ms)
	return ms
}

// queryName prepares a query for ranking; ok is false when it has no tokens.
func queryName(query string) (q name, ok bool) {
	if len(query) > maxQueryBytes {
		query = query[:maxQueryBytes]
	}
	toks, scripts := foldTokensScripts(query)
	if len(toks) == 0 {
		return name{}, false
	}
	if len(toks) > maxNameTokens {
		toks, scripts = toks[:maxNameTokens], scripts[:maxNameTokens]
	}
	return newNameScripts(toks, scripts), true
}

// rankName ranks the entities for a prepared name, without their reasons (explain writes them).
// With loose set, as Fix does where context can vouch for a match, one strong token admits a weak
// one and lone damaged words are kept for the caller to judge; such matches are marked loose.
func (m *Matcher) rankName(q *name, k int, loose bool, memo *hitMemo) []Match {
	// The index's selection of aliases to score depends on how many are wanted; one selection
	// for every small k keeps Match and Candidates in agreement.
	var floor float32
	if loose {
		floor = m.fixFloor()
	}
	ids := m.index.candidates(make([]int32, 0, max(k, maxCandidates)), q, max(k, minSelected), floor, memo)
	// Before keepExactParts reads the candidates one by one: their cache misses then overlap.
	if m.touchAliases(ids) < 0 {
		return nil // never: comparing the sum keeps the reads from being optimised away
	}
	if q.len() == 1 {
		// A word that is, as written, a word of an alias pairs with that word: when it may not
		// stand for the alias there ("Donald" for Donald Tusk), the alignment would be rejected.
		ids = m.keepExactParts(q.toks[0], ids)
	}
	return m.rankCandidates(q, ids, k, loose)
}

// fixFloor is the least score a candidate of Fix may have and still matter: the context bonuses
// can lift it to the threshold, or to within the margin of a match, where it makes the match
// ambiguous. The index's estimates are rough, so it is lowered by estimateSlack.
func (m *Matcher) fixFloor() float32 {
	return float32(m.cfg.threshold - m.cfg.margin - maxContextBonus - estimateSlack)
}

// estimateSlack is how far below a candidate's real score the index's estimate may fall.
const estimateSlack = 0.05

// rankExact ranks the entities whose names hold the one-token query q as written, for Fix's
// lone ordinary words. A common word is in hundreds of names ("State", "United"), and the
// partial-name rule admits few of them; it is checked before the alignment, which then confirms
// the few left.
func (m *Matcher) rankExact(q *name, k int) []Match {
	ids := m.keepExactParts(q.toks[0], m.index.exactCandidates(nil, q))
	if m.touchAliases(ids) < 0 {
		return nil // never, as in rankName
	}
	return m.rankCandidates(q, ids, k, true)
}

// keepExactParts keeps the aliases of ids that token may stand for as exactPartAllowed judges,
// in place.
func (m *Matcher) keepExactParts(token string, ids []int32) []int32 {
	kept := ids[:0]
	for _, id := range ids {
		if m.exactPartAllowed(token, &m.aliases[id]) {
			kept = append(kept, id)
		}
	}
	return kept
}

// exactPartAllowed reports whether token, found in alias a, may stand for it as partialAllowed
// would judge the alignment of the token alone. A token found only inside a join of a's words is
// left for the alignment to judge.
func (m *Matcher) exactPartAllowed(token string, a *aliasEntry) bool {
	n := &a.name
	if n.len() == 1 {
		return true
	}
	var total float64
	for _, w := range n.weights {
		total += w
	}
	found := false
	for p, t := range n.toks {
		if t != token {
			continue
		}
		found = true
		al := alignment{aMatched: 1 << p, coverage: n.weights[p] / total}
		if m.partialAllowed(a, &al) {
			return true
		}
	}
	return !found
}

// rankCandidates is rankName over the given candidate aliases, which the caller has touched
// (touchAliases).
func (m *Matcher) rankCandidates(q *name, ids []int32, k int, loose bool) []Match {
	best := entityMatches{out: make([]Match, 0, min(len(ids), maxCandidates))}
	arena := &pairArena{pairs: make([]pairing, 0, len(ids)+1)}
	var buf [maxAlignedNames]alignedName // on the stack: add never grows it
	done := alignedNames(buf[:0])
	for _, id := range ids {
		a := &m.aliases[id]
		al, usedLoose, ok := done.find(&a.name)
		if !ok {
			if loose {
				var l alignment
				al, l = alignBoth(q, &a.name, m.cfg.threshold, arena)
				if l.score > al.score {
					al, usedLoose = l, true
				}
			} else {
				al = alignWith(q, &a.name, minStrongForWeak, arena)
			}
			done = done.add(&a.name, al, usedLoose)
		}
		if al.score == 0 || !m.partialAllowed(a, &al) {
			continue
		}
		if !loose && q.len() == 1 && al.score < 1 && al.score < singleTokenMin {
			continue // one damaged word is too little evidence for a lookup ("Parish" is not Paris)
		}
		e := m.g.Entity(int(a.entity))
		prev := best.find(e)
		if prev != nil && !betterAlias(al.score, a.canonical, id, prev.al.score, m.aliases[prev.alias].canonical, prev.alias) {
			continue // candidates come in no fixed order: ties must not depend on it
		}
		mt := Match{
			Entity:     e,
			Alias:      a.text,
			Score:      round(al.score),
			Confidence: m.confidence(al),
			partial:    al.coverage < 1,
			alias:      id,
			al:         al,
			loose:      usedLoose,
		}
		if prev != nil {
			*prev = mt
		} else {
			best.add(mt)
		}
	}
	out := best.out
	slices.SortFunc(out, func(x, y Match) int {
		// As cmp.Or of the three, but the entities' ids, each a cache miss on a large
		// gazetteer, are read only for a tie.
		if c := cmp.Compare(y.Score, x.Score); c != 0 {
			return c
		}
		if c := cmp.Compare(y.Entity.Prior, x.Entity.Prior); c != 0 {
			return c
		}
		return strings.Compare(x.Entity.ID, y.Entity.ID)
	})
	if len(out) > k {
		out = out[:k]
	}
	return out
}

// entityMatches keeps the best match of each entity of a ranking. A ranking has a few entities,
// found by a scan; past maxScannedEntities (a ranking of hundreds of aliases) a map finds them.
type entityMatches struct {
	out     []Match
	indexed map[*gazetteer.Entity]int // entity -> its place in out, once out is long
}

const maxScannedEntities = 32

// find returns the match kept for entity e, or nil.
func (b *entityMatches) find(e *gazetteer.Entity) *Match {
	if b.indexed != nil {
		if i, ok := b.indexed[e]; ok {
			return &b.out[i]
		}
		return nil
	}
	for i := range b.out {
		if b.out[i].Entity == e {
			return &b.out[i]
		}
	}
	return nil
}

// add keeps mt as the match of its entity, which has none yet.
func (b *entityMatches) add(mt Match) {
	b.out = append(b.out, mt)
	switch {
	case b.indexed != nil:
		b.indexed[mt.Entity] = len(b.out) - 1
	case len(b.out) > maxScannedEntities:
		b.indexed = make(map[*gazetteer.Entity]int, 2*len(b.out))
		for i := range b.out {
			b.indexed[b.out[i].Entity] = i
		}
	}
}

// alignedNames remembers the alignments of one ranking by name. Aliases with the same name share
// its prepared form (see New), and their alignments with a query are the same.
type alignedNames []alignedName

type alignedName struct {
	units *unit // a name is known by its units, which aliases that share it share
	al    alignment
	loose bool
}

// maxAlignedNames bounds the names remembered: a ranking of hundreds of aliases (a common word
// in Fix) would otherwise search a long list for each.
const maxAlignedNames = 8

// find returns the alignment remembered for name n and whether it was the loose one; ok is false
// when n has none.
func (d alignedNames) find(n *name) (al alignment, loose, ok bool) {
	for i := range d {
		if d[i].units == &n.units[0] {
			return d[i].al, d[i].loose, true
		}
	}
	return alignment{}, false, false
}

func (d alignedNames) add(n *name, al alignment, loose bool) alignedNames {
	if len(d) < maxAlignedNames {
		d = append(d, alignedName{&n.units[0], al, loose})
	}
	return d
}

// explain writes the reasons of ranked matches of q, of which it reads the tokens only. It is
// apart from ranking because most candidates scored are dropped, and Match needs the reason of
// one.
func (m *Matcher) explain(q *name, ms []Match) {
	var buf [128]byte
	for i := range ms {
		a := &m.aliases[ms[i].alias]
		b := append(buf[:0], aliasKind(a)...)
		b = append(b, ' ')
		b = strconv.AppendQuote(b, a.text)
		b = append(b, ": "...)
		ms[i].Reason = string(ms[i].al.appendExplanation(b, q, &a.name))
	}
}

// touchAliases reads the first bytes of what aligning each alias reads: an alias is a chain of
// pointers (entry, token slices, strings), each link a cache miss on a large gazetteer, and one
// pass over all candidates lets the processor wait for their misses at once rather than one
// chain after another. The alias's text, which only the answer's reason reads, is left: touching
// it for every candidate cost more than the one miss it spares. It returns a sum of what it read,
// which is never negative.
func (m *Matcher) touchAliases(ids []int32) int {
	// Three passes, one link of the chains each: entries, the arrays they point to, the bytes.
	var sum int
	for _, id := range ids {
		a := &m.aliases[id]
		sum += len(a.text) + len(a.name.units) + len(a.name.toks) + int(a.entity)
	}
	for _, id := range ids {
		a := &m.aliases[id]
		e := m.g.Entity(int(a.entity))
		sum += len(e.ID) + int(e.Kind)
		n := &a.name
		for j := range n.units {
			sum += len(n.units[j].text) + len(n.units[j].key)
		}
		for i, t := range n.toks {
			sum += len(t) + len(n.keys[i])
		}
		if len(n.weights) > 0 {
			sum += int(n.weights[0])
		}
	}
	for _, id := range ids {
		n := &m.aliases[id].name
		for j := range n.units {
			if u := &n.units[j]; u.text != "" && u.key != "" {
				sum += int(u.text[0]) + int(u.key[0])
			}
		}
		for i, t := range n.toks {
			if t != "" && n.keys[i] != "" {
				sum += int(t[0]) + int(n.keys[i][0])
			}
		}
	}
	return sum
}

func aliasKind(a *aliasEntry) string {
	if a.canonical {
		return "name"
	}
	return "alias"
}

// confidence grades an alignment by its score as reported (rounded), so that a Match whose Score
// reaches the threshold is never graded NoMatch.
func (m *Matcher) confidence(al alignment) Confidence {
	score := round(al.score)
	switch {
	case score >= 1 && al.coverage == 1:
		return Exact
	case score >= m.cfg.threshold+0.08:
		return High
	case score >= m.cfg.threshold:
		return Low
	}
	return NoMatch
}

// surnameFirst lists countries whose names are written family name first in English news
// ("Xi Jinping", "Kim Jong Un"), so that the first token may stand alone as a surname.
var surnameFirst = map[string]bool{"CN": true, "TW": true, "HK": true, "MO": true, "KR": true, "KP": true, "VN": true, "KH": true}

// partialAllowed decides whether a match of part of an alias may stand. For people the matched part
// must include the family name; for places and organisations it must be a contiguous run that
// carries most of the name ("New York" for New York City, not "Saudi" for Saudi Arabia).
func (m *Matcher) partialAllowed(a *aliasEntry, al *alignment) bool {
	if al.coverage >= 1 {
		return true
	}
	n := a.name.len()
	e := m.g.Entity(int(a.entity))
	if e.Kind == gazetteer.Person {
		last := n - 1
		for last > 0 && isGenerational(a.name.toks[last]) {
			last--
		}
		if al.aMatched&(1<<last) != 0 && (last == 0 || a.name.toks[last-1] != "of") {
			return true // the family name, not the realm of a regnal name ("Salman of Saudi Arabia")
		}
		if surnameFirst[e.Country] && al.aMatched&1 != 0 {
			return true
		}
		// Arabic names are cited by their leading run ("Mohammed bin Salman" for Mohammed bin
		// Salman Al Saud): a run from the first token through a connector and the name after it.
		run := 0
		for run < n && al.aMatched&(1<<run) != 0 {
			run++
		}
		return run >= 3 && run == countBits(al.aMatched) && hasInnerParticle(a.name.toks[:run])
	}
	if al.coverage < 0.6 {
		return false
	}
	first, last := -1, -1
	for i := range n {
		if al.aMatched&(1<<i) != 0 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return last-first+1 == countBits(al.aMatched)
}

func hasInnerParticle(toks []string) bool {
	for _, t := range toks[1 : len(toks)-1] {
		if nameParticles[t] {
			return true
		}
	}
	return false
}

func countBits(x uint64) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

// round keeps scores to three decimals so that equal evidence compares equal.
func round(x float64) float64 {
	return float64(int(x*1000+0.5)) / 1000
}

// betterAlias reports whether alias a (score, canonical, id) beats alias b as the match of one
// entity: the higher score, then the canonical name, then the lower id.
func betterAlias(aScore float64, aCanonical bool, aID int32, bScore float64, bCanonical bool, bID int32) bool {
	if aScore != bScore {
		return aScore > bScore
	}
	if aCanonical != bCanonical {
		return aCanonical
	}
	return aID < bID
}
