package normalize

import (
	"maps"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/canonym/canonym/gazetteer"
)

// Limits that keep Fix linear in the length of its input.
const (
	// maxRunTokens caps a run of capitalised words that is searched for names; longer runs (a
	// headline in title case, a list) are cut into pieces of this size.
	maxRunTokens = 12
	// maxSpanTokens is the longest name, in tokens, that is looked up within a run.
	maxSpanTokens = 6
)

// Evidence thresholds for Fix, stricter than for a lookup: rewriting a correct name is worse than
// leaving a garbled one.
const (
	// singleTokenMin is the score a fuzzy match of a lone word needs ("Turkier", "Riad").
	singleTokenMin = 0.85
	// surnameMin is the token similarity a word needs to a surname of a person already named in
	// the document ("Task" after "Donald Tusk").
	surnameMin = 0.75
	// surnameSureMin is the similarity from which the word may stand anywhere; below it, it must
	// stand as a person does (writtenAsPerson).
	surnameSureMin = 0.8
	// contextBonus is added for each piece of agreeing context: the entity is already in the
	// document, its country is, or a role word before the name appears in its description.
	contextBonus = 0.04
	// maxContextBonus is the most that context adds: earlier mention, country and role (twice).
	maxContextBonus = 4 * contextBonus
)

// document is the state of Fix over one segment of a document: the segment's text and tokens, and
// the context that the document has built so far, shared with the segments before and after.
type document struct {
	m    *Matcher
	text string
	// base is the offset of text in its document.
	base int
	toks []textToken
	// named marks the tokens inside a span that matches some entity above the threshold,
	// before context: words that read as names, whether or not they are repaired.
	named []bool
	// wholeName marks the tokens that are on their own the exact, complete name of an entity.
	wholeName []bool
	// roles holds, for the tokens of a certain name (an anchor or a repair), the folded text the
	// name reads as (see nameRole): what role evidence compares with descriptions. roleEpoch
	// counts the changes of roles.
	roles     []tokenRole
	roleTexts []string
	roleEpoch int
	// descriptions are the Matcher's folded descriptions, fetched for the document.
	descriptions *foldedDescriptions
	// changedOnly asks resolve for the mentions it changes only: a later pass of fixSegment
	// keeps no other.
	changedOnly bool
	// reused are the paragraphs that a later pass copied from the first, in order, whose runs it
	// takes from there.
	reused []reusedParagraph
	// titled lists the tokens written with a capital first letter (shapeTitle), in order: the
	// only ones that the scans of the whole document after span matching look at, and an eighth
	// of the words of prose.
	titled []int32
	*docContext
}

// docContext is what a document has said so far. It outlives a segment: a name resolved in one
// segment is evidence in the next.
type docContext struct {
	// seen holds the entities resolved with confidence, by gazetteer index, each with the document
	// offset of the mention that first resolved it.
	seen        map[int32]seenAt
	seenChanges int
	// countries holds the countries the text names or implies (demonyms, places).
	countries countrySet
	// lookups caches the ranking of each span text looked up so far, and runLookups the matched
	// spans of each run, keyed by its tokens (runKey): runs recur in a document, and every
	// later pass over a segment meets its runs again.
	hits        hitMemo
	keys        keyMemo
	lookups     map[string][]Match
	runLookups  map[string][]runSpan
	keyBuf      []byte
	surnameMemo surnameMemo
	// surnames caches Matcher.surnameOf for the people the document names.
	surnames map[int32]surname
	// replacements caches what a name is rewritten to, and aliasSpans the words of the aliases
	// that replacements read (see aliasWords).
	replacements map[replacementKey]replacementResult
	aliasSpans   map[int32][]wordSpan
	// classes caches the word-list class of each word met (see class).
	classes map[string]lexClass
	// buffers is storage for the documents of the segments and passes, one after the other.
	buffers docBuffers
}

// docBuffers holds the slices that the passes over a segment fill, kept by the docContext so that
// each segment and pass reuses the storage of the ones before it instead of allocating its own: a
// megabyte of news made some sixty megabytes of garbage. What is in them lives no longer than
// the segment, and nothing that outlives it (the caches of docContext, a Mention) points into
// them.
type docBuffers struct {
	// firstToks holds the tokens of the segment, which its later passes read (paragraphTokens),
	// and laterToks those of the text a later pass fixes again.
	firstToks, laterToks []textToken
	paragraphs           paragraphTokens
	// reused are the paragraphs of the later pass under way that its tokenize copied.
	reused []reusedParagraph
	words  wordFolder
	// arena holds the spans of the pass under way, and the slices below the rest of what its
	// resolve keeps.
	arena spanArena
	runs  [][2]int
	// runSpans holds what each run matched, and spans the spans of each run in the arena.
	runSpans                  [][]runSpan
	spans, selected           [][]*spanMatch
	chosen                    []*spanMatch
	named, wholeName, covered []bool
	titled                    []int32
	roles                     []tokenRole
	// surnames and byEntity are those of surnameMentions; its memo copies what it keeps.
	surnames []surname
	byEntity map[int32]int
}

// zeroed returns n zero elements in the storage of s, which is reallocated only when it is too
// small.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// contextState is the part of a docContext that decisions change, saved so that a segment can be
// decided again from where it started.
type contextState struct {
	seen        map[int32]seenAt
	seenChanges int
	countries   countrySet
}

// state returns the state of the docContext itself, not a copy: setState replaces the map rather
// than change it, so a state returned stays as it was once another is set.
func (c *docContext) state() contextState {
	return contextState{seen: c.seen, seenChanges: c.seenChanges, countries: c.countries}
}

// setState makes s the state of the docContext, which then changes s's map: set a clone of a
// state that is needed again.
func (c *docContext) setState(s contextState) {
	c.seen, c.seenChanges, c.countries = s.seen, s.seenChanges, s.countries
}

// clone returns a copy of s that shares nothing with it.
func (s contextState) clone() contextState {
	s.seen = maps.Clone(s.seen)
	return s
}

func newDocContext() *docContext {
	return &docContext{seen: make(map[int32]seenAt), lookups: make(map[string][]Match), runLookups: make(map[string][]runSpan),
		replacements: make(map[replacementKey]replacementResult)}
}

// nextDocument forgets what the document said and keeps the caches, which depend on the text
// looked up and the Matcher only: a stream of articles names the same people again and again.
func (c *docContext) nextDocument() {
	c.seen, c.seenChanges, c.countries = make(map[int32]seenAt), 0, countrySet{}
}

// newDocument starts the pass over text, whose tokens are toks (tokenizeText(text)).
func newDocument(m *Matcher, text string, base int, ctx *docContext, toks []textToken) *document {
	return &document{m: m, text: text, base: base, toks: toks, docContext: ctx, descriptions: m.descriptions()}
}

// markSeen records that the mention starting at token i resolved entity e.
func (d *document) markSeen(e int32, i int) {
	at := d.base + int(d.toks[i].start)
	seen, ok := d.seen[e]
	switch {
	case !ok:
		d.seen[e] = seenAt{at, -1}
		d.seenChanges++
	case seen.second < 0 && seen.first != at:
		d.seen[e] = seenAt{seen.first, at}
		d.seenChanges++
	}
}

// seenElsewhere reports whether entity e was resolved by a mention other than the one starting
// at token i: a name is not its own context.
func (d *document) seenElsewhere(e int32, i int) bool {
	at := d.base + int(d.toks[i].start)
	seen, ok := d.seen[e]
	return ok && (seen.first != at || seen.second >= 0)
}

// seenAt holds the document offsets of the first two mentions that resolved an entity; second
// is -1 until there is one. Two are enough to tell whether any other mention named it.
type seenAt struct{ first, second int }

// spanMatch is a candidate mention: a token span and its ranked matches.
type spanMatch struct {
	from, to int // token range
	cands    []Match
	// chosen is the accepted match after context, and value its weight in the selection.
	chosen Match
	value  float64
	// context is the context that supported the chosen match.
	context contextSeen
	// roleMask marks the candidates with role evidence, found when the roleEpochAt the span was
	// roleEpoch-1 (0: not yet): every round asks again, and only learnRoles changes the answer.
	roleMask  uint8
	roleEpoch int
	// inputs is what the span's last decision read of the context that rounds change: three bits
	// a candidate (named elsewhere, country named, role agrees). A decision with the same inputs
	// is the same decision, so later rounds decide again only the spans whose inputs moved.
	inputs  uint32
	decided bool
	// role is how the chosen name reads once repaired (see learnRoles), for chosen alias
	// roleAlias-1; sameText when the repair leaves the text as it is.
	role      string
	roleAlias int32
	sameText  bool
}

// resolve finds and decides every mention of the document.
func (d *document) resolve() []Mention {
	buf := &d.buffers
	buf.arena.reset() // the spans of the pass before are dead
	d.collectRuns()
	spans := buf.spans[:0]
	for k, r := range buf.runs {
		spans = append(spans, d.spanMatches(r[0], buf.runSpans[k]))
	}
	buf.spans = spans
	buf.titled = buf.titled[:0]
	for i := range d.toks {
		if d.toks[i].shape == shapeTitle {
			buf.titled = append(buf.titled, int32(i))
		}
	}
	d.titled = buf.titled
	d.noteDemonyms()
	// Anchors first: names matched so well that they set the document's context.
	n := len(d.toks)
	buf.named, buf.wholeName, buf.roles = zeroed(buf.named, n), zeroed(buf.wholeName, n), zeroed(buf.roles, n)
	d.named, d.wholeName, d.roles = buf.named, buf.wholeName, buf.roles
	for _, ss := range spans {
		for _, s := range ss {
			if s.cands[0].Score >= d.m.cfg.threshold {
				for i := s.from; i < s.to; i++ {
					d.named[i] = true
				}
			}
			if s.to-s.from == 1 && s.cands[0].Score >= 1 && !s.cands[0].partial {
				d.wholeName[s.from] = true
			}
			if best, ok := d.anchor(s); ok {
				for i := s.from; i < s.to; i++ {
					d.roles[i].text = ownRole
				}
				e := best.alias
				d.markSeen(d.m.aliases[e].entity, s.from)
				if best.Entity.Kind == gazetteer.Place {
					d.countries.add(best.Entity.Country)
				}
			}
		}
	}
	// A repaired name is context for the rest of the document as an exact one would be once the
	// text is corrected, so decisions are repeated with what they taught until nothing new is
	// learnt: that keeps Fix idempotent.
	var chosen []*spanMatch
	var covered []bool
	buf.selected = zeroed(buf.selected, len(spans))
	selected := buf.selected
	for round := 0; ; round++ {
		seen := d.seenChanges
		chosen, covered = d.decideAll(spans, selected)
		if round == maxDecideRounds-1 || !d.learn(chosen) && d.seenChanges == seen && !d.learnRoles(chosen) {
			break
		}
	}
	// Mentions are written once, for the decisions of the last round.
	mentions := make([]Mention, 0, len(chosen))
	for _, s := range chosen {
		if d.changedOnly && !d.changes(s) {
			continue
		}
		mentions = append(mentions, d.mention(s))
	}
	surnames := d.surnameMentions(covered)
	for _, mt := range surnames {
		// A surname mention is one word: the token that starts where it starts.
		if i, ok := slices.BinarySearchFunc(d.toks, mt.Start, func(t textToken, start int) int { return int(t.start) - start }); ok {
			covered[i] = true
		}
	}
	mentions = append(mentions, surnames...)
	mentions = append(mentions, d.localNameMentions(covered)...)
	slices.SortFunc(mentions, func(a, b Mention) int { return a.Start - b.Start })
	return mentions
}

// maxDecideRounds bounds the rounds of decisions that feed their results back as context.
const maxDecideRounds = 3

// decideAll decides every span, run by run, and returns the spans chosen and the tokens they
// cover, in storage that the next round reuses.
//
// selected holds each run's selection from the round before (nil at first): a run none of whose
// decisions changed keeps it.
func (d *document) decideAll(spans, selected [][]*spanMatch) ([]*spanMatch, []bool) {
	buf := &d.buffers
	chosen := buf.chosen[:0]
	buf.covered = zeroed(buf.covered, len(d.toks))
	covered := buf.covered
	for r, ss := range spans {
		changed := selected[r] == nil
		for _, s := range ss {
			alias, value := s.chosen.alias, s.value
			d.decide(s)
			changed = changed || s.chosen.alias != alias || s.value != value
		}
		if changed {
			// Marking the spans of an unchanged run again would change nothing: seen only grows.
			selected[r] = selectSpans(ss)
			for _, s := range selected[r] {
				d.markSeen(d.m.aliases[s.chosen.alias].entity, s.from)
			}
		}
		for _, s := range selected[r] {
			for i := s.from; i < s.to; i++ {
				covered[i] = true
			}
			chosen = append(chosen, s)
		}
	}
	buf.chosen = chosen
	return chosen, covered
}

// learn adds the place countries of the chosen spans to the context and reports whether any was
// new.
func (d *document) learn(chosen []*spanMatch) bool {
	learnt := false
	for _, s := range chosen {
		if e := s.chosen.Entity; e.Kind == gazetteer.Place && d.countries.add(e.Country) {
			learnt = true
		}
	}
	return learnt
}

// learnRoles records how the repaired names read, as role evidence for their neighbours, and
// reports whether any reading is new.
func (d *document) learnRoles(chosen []*spanMatch) bool {
	learnt := false
	for _, s := range chosen {
		if s.roleAlias != s.chosen.alias+1 {
			text := d.text[d.toks[s.from].start:d.toks[s.to-1].end]
			rep, _ := d.cachedReplacement(s, s.chosen, text)
			s.sameText = rep == text
			if !s.sameText {
				s.role = Fold(rep)
			}
			s.roleAlias = s.chosen.alias + 1
		}
		if s.sameText {
			continue
		}
		role, index := s.role, int32(0)
		for k := s.from; k < s.to; k++ {
			if d.nameRole(k) != role {
				if index == 0 {
					d.roleTexts = append(d.roleTexts, role)
					index = int32(len(d.roleTexts))
				}
				d.roleEpoch++
				d.roles[k] = tokenRole{text: index, stamp: int32(d.roleEpoch)}
				learnt = true
			}
		}
	}
	return learnt
}

// collectRuns sets the buffers' runs to those of the document, and their runSpans to what each
// matched; the runs of the reused paragraphs are taken as they are.
func (d *document) collectRuns() {
	buf := &d.buffers
	buf.runs, buf.runSpans = buf.runs[:0], buf.runSpans[:0]
	at := 0
	for _, p := range d.reused {
		d.lookupRuns(at, p.from)
		for k, r := range p.runs {
			buf.runs = append(buf.runs, [2]int{p.from + r[0], p.from + r[1]})
			buf.runSpans = append(buf.runSpans, p.spans[k])
		}
		at = p.from + p.tokens
	}
	d.lookupRuns(at, len(d.toks))
}

// lookupRuns appends the runs of the tokens [from, to) to the buffers' runs, and what each
// matched to their runSpans.
func (d *document) lookupRuns(from, to int) {
	buf := &d.buffers
	n := len(buf.runs)
	buf.runs = d.appendRuns(buf.runs, from, to)
	for _, r := range buf.runs[n:] {
		buf.runSpans = append(buf.runSpans, d.lookupRun(r[0], r[1]))
	}
}

// appendRuns appends to runs the token ranges among the tokens [from, to) that may hold names:
// runs of capitalised words joined by spaces, hyphens or name connectors ("Mohammed bin Salman",
// "Ursula von der Leyen"), and lone lower-case words that are not English words but are names
// ("kyiv"). A run never crosses a paragraph break (see paragraphTokens), nor reads a token
// beyond one, so the runs of a range of whole paragraphs are those the whole text has there.
func (d *document) appendRuns(runs [][2]int, from, to int) [][2]int {
	toks := d.toks[:to]
	for i := from; i < len(toks); {
		if !d.runWord(i) {
			if d.lowercaseName(i) || d.toks[i].titleLine && d.loneTitleWord(i) {
				runs = append(runs, [2]int{i, i + 1})
			}
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && j-i < maxRunTokens && toks[j-1].joinNext {
			if d.runWord(j) || d.splitPiece(j) {
				j++
				continue
			}
			// connectors continue a run only when a capitalised word follows them
			k := j
			for k < len(toks) && k-j < 3 && d.is(k, lexParticle) && toks[k].shape == shapeLower && toks[k].joinNext {
				k++
			}
			if k > j && k < len(toks) && d.runWord(k) {
				j = k + 1
				continue
			}
			break
		}
		runs = append(runs, [2]int{i, j})
		i = j
	}
	return runs
}

// splitPiece reports whether a lower-case word right after a capitalised one may be the rest of a
// name split in two ("Netan yahu"): not an English word, not a connector.
func (d *document) splitPiece(i int) bool {
	t := &d.toks[i]
	return t.shape == shapeLower && i > 0 && d.toks[i-1].shape == shapeTitle && !d.toks[i-1].possessive &&
		len(t.folded) >= 2 && !d.is(i, lexParticle|lexStopword|lexWord)
}

// runWord reports whether token i is searched as part of a run: a name-like word, but not an
// ordinary word in a line written in title case that nothing ties to a name. A headline's
// capitals say nothing ("Executives in Tokyo Protest Against Strong Chip"), and its runs of
// ordinary words were most of Fix's lookups on news.
func (d *document) runWord(i int) bool {
	return d.nameLike(i) && !(d.toks[i].titleLine && d.untiedTitleWord(i))
}

// untiedTitleWord reports whether token i, name-like in a title-case line, is an ordinary word
// that nothing ties to a name.
func (d *document) untiedTitleWord(i int) bool {
	return d.isWord(i) && !d.tiedTo(d.neighbour(i, -1), i) && !d.tiedTo(d.neighbour(i, 1), i)
}

// neighbour returns the word joined to token i on side dir (-1 before, 1 after) past up to three
// lower-case connectors ("Strait of Hormuz"), or -1.
func (d *document) neighbour(i, dir int) int {
	k := i
	for range 4 {
		next := k + dir
		if next < 0 || next >= len(d.toks) || !d.toks[min(k, next)].joinNext {
			return -1
		}
		k = next
		if d.toks[k].shape != shapeLower || !d.is(k, lexParticle) {
			return k
		}
	}
	return -1
}

// loneTitleWord reports whether token i, in a title-case line, where runWord left it out, is
// still looked up on its own: when the gazetteer has it as written ("Trump", "China"), as a lone
// word always is, exactly.
func (d *document) loneTitleWord(i int) bool {
	return d.nameLike(i) && d.m.index.known(d.toks[i].folded)
}

// tiedTo reports whether neighbour n (-1: none) ties the ordinary word i to a name: n is
// capitalised and either no ordinary word, connector, stopword, title, role or nationality
// ("Receptacle Tayyip", "Strait of Hormuz"), or the words from one to the other stand side by
// side in some name of the gazetteer ("World Bank", "Ministry of Finance").
func (d *document) tiedTo(n, i int) bool {
	if n < 0 || d.toks[n].shape != shapeTitle && d.toks[n].shape != shapeUpper {
		return false
	}
	if !d.is(n, lexWord|lexCalendar|lexParticle|lexStopword|lexTitle|lexRole|lexDemonym) {
		return true
	}
	// Adjacent alias words are indexed joined, and so are three around a connector.
	var joined strings.Builder
	for k := min(n, i); k <= max(n, i); k++ {
		joined.WriteString(d.toks[k].folded)
	}
	return d.m.index.known(joined.String())
}

func (d *document) nameLike(i int) bool {
	t := &d.toks[i]
	return t.folded != "" && (t.shape == shapeTitle || t.shape == shapeUpper || t.shape == shapeOther && !isDigits(t.folded))
}

// lowercaseName reports whether a lower-case word may be a name written without its capital: not
// an English word, not a connector, and long enough to carry evidence.
func (d *document) lowercaseName(i int) bool {
	t := &d.toks[i]
	return t.shape == shapeLower && len(t.folded) >= 4 && !isDigits(t.folded) && !d.is(i, lexParticle|lexWord)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// runSpan is a matched span of a run, its tokens counted from the run's start.
type runSpan struct {
	from, to int
	cands    []Match
}

// lookupRun matches every plausible span of the run [from, to).
func (d *document) lookupRun(from, to int) []runSpan {
	d.fillRunKey(from, to)
	spans, ok := d.runLookups[string(d.keyBuf)]
	if !ok {
		spans = d.matchRun(from, to)
		if len(d.runLookups) >= maxCachedLookups {
			clear(d.runLookups)
		}
		d.fillRunKey(from, to) // matchRun used the buffer
		d.runLookups[string(d.keyBuf)] = spans
	}
	return spans
}

// spanMatches returns the spans of the run that starts at token from, which matched spans.
func (d *document) spanMatches(from int, spans []runSpan) []*spanMatch {
	if len(spans) == 0 {
		return nil
	}
	block, out := d.buffers.arena.take(len(spans))
	for i, s := range spans {
		block[i] = spanMatch{from: from + s.from, to: from + s.to, cands: s.cands}
		out[i] = &block[i]
	}
	return out
}

// spanArena hands out the spanMatch values of a document's runs from a few large blocks instead
// of two allocations a run: a megabyte of news has some thirty thousand runs. The blocks are kept
// for the spans of the next pass (reset).
type spanArena struct {
	blocks []spanBlock
	cur    int // the block that take hands out from
}

// spanBlock is a block of spans and one of pointers to them, handed out in step.
type spanBlock struct {
	spans []spanMatch
	ptrs  []*spanMatch
}

// The blocks grow from spanArenaFirst spans to spanArenaBlock: an article holds a few dozen
// runs with names, a long document thousands.
const (
	spanArenaFirst = 16
	spanArenaBlock = 256
)

// reset takes back every span handed out, for take to hand out again.
func (a *spanArena) reset() {
	for k := range a.blocks {
		b := &a.blocks[k]
		clear(b.spans) // take hands out zero spans
		b.spans, b.ptrs = b.spans[:0], b.ptrs[:0]
	}
	a.cur = 0
}

// take returns n zero spans and a slice of n pointers for them, both of capacity n.
func (a *spanArena) take(n int) ([]spanMatch, []*spanMatch) {
	// A block without room for n keeps its rest unused: the blocks after it are empty.
	for a.cur < len(a.blocks) && len(a.blocks[a.cur].spans)+n > cap(a.blocks[a.cur].spans) {
		a.cur++
	}
	if a.cur == len(a.blocks) {
		size := spanArenaFirst
		if a.cur > 0 {
			size = min(2*cap(a.blocks[a.cur-1].spans), spanArenaBlock)
		}
		size = max(size, n)
		a.blocks = append(a.blocks, spanBlock{make([]spanMatch, 0, size), make([]*spanMatch, 0, size)})
	}
	b := &a.blocks[a.cur]
	k := len(b.spans)
	b.spans, b.ptrs = b.spans[:k+n], b.ptrs[:k+n]
	return b.spans[k : k+n : k+n], b.ptrs[k : k+n : k+n]
}

// fillRunKey writes to keyBuf what lookupRun's result depends on for the tokens [from, to): their
// folded forms, shapes and possessive endings.
func (d *document) fillRunKey(from, to int) {
	d.keyBuf = d.keyBuf[:0]
	for k := from; k < to; k++ {
		t := &d.toks[k]
		flags := byte('0' + t.shape)
		if t.possessive {
			flags += 8
		}
		d.keyBuf = append(d.keyBuf, t.folded...)
		d.keyBuf = append(d.keyBuf, 0, flags)
	}
}

// matchRun looks up every plausible span of the run [from, to), and returns those that match,
// their tokens counted from the run's start.
func (d *document) matchRun(from, to int) []runSpan {
	var out []runSpan
	for i := from; i < to; i++ {
		if d.is(i, lexTitle) && i+1 < to || d.is(i, lexParticle) && d.toks[i].shape == shapeLower {
			continue // a span starts at the name, not at the title or connector before it
		}
		if d.is(i, lexStopword) {
			continue // "The UN": a sentence-initial article is not part of the name
		}
		demonym := d.is(i, lexDemonym)
		for j := i + 1; j <= to && j-i <= maxSpanTokens; j++ {
			if d.is(j-1, lexParticle) && d.toks[j-1].shape == shapeLower {
				continue
			}
			if d.toks[j-1].possessive && j < to {
				break
			}
			if d.is(j-1, lexDemonym) && j-1 > i {
				break // "South African": a name does not end in a nationality word
			}
			if j-2 > i && (d.separatesNames(j-2) || d.titleBeforeName(j-2)) {
				break // every longer span from i holds it too
			}
			if demonym && j == i+1 {
				continue
			}
			cands := d.lookupSpan(i, j)
			if len(cands) > 0 {
				out = append(out, runSpan{from: i - from, to: j - from, cands: cands})
			}
		}
	}
	return out
}

// separatesNames reports whether token i is an "and" between two names rather than inside one:
// the gazetteer has no name whose words, run together around it, come near the words on either
// side ("Bosnia and Herzegowina" is one name; "Jerome Powell and Hamad" holds two). Runs join
// across "and", and the spans that held it were a sixth of Fix's lookups on news.
func (d *document) separatesNames(i int) bool {
	t := &d.toks[i]
	if t.folded != "and" || t.shape != shapeLower || i == 0 || i+1 >= len(d.toks) {
		return false
	}
	// Alias words are indexed joined three at a time around a connector.
	return !d.m.index.near(d.toks[i-1].folded+"and"+d.toks[i+1].folded, &d.hits)
}

// titleBeforeName reports whether token i is a title before the name it introduces rather than a
// word of a name: a span starts at the name, not at the title ("British Prime Minister Rishi
// Sunak"), so no span holds both. A title the gazetteer has beside the next word stays inside
// ("United Nations General Assembly", "Israel Defense Forces"): adjacent alias words are indexed
// joined, and near finds the join damaged too.
func (d *document) titleBeforeName(i int) bool {
	if !d.is(i, lexTitle) || i+1 >= len(d.toks) || d.is(i+1, lexTitle|lexParticle|lexStopword) {
		return false
	}
	return !d.m.index.near(d.toks[i].folded+d.toks[i+1].folded, &d.hits)
}

// lookupSpan ranks the entities for the tokens [i, j). Names repeat within a document, so the
// ranking, which does not depend on context, is kept for the rest of the document.
func (d *document) lookupSpan(i, j int) []Match {
	// decide takes a lone lower-case or English word only in its exact form: the fuzzy
	// candidates of the thousands of such words would be looked up for nothing. The key says
	// which lookup it is, since "kiyv" and "Kiyv" fold alike.
	exactOnly := j-i == 1 && (d.toks[i].shape == shapeLower || d.isWord(i))
	d.fillSpanKey(i, j)
	if exactOnly {
		d.keyBuf = append(d.keyBuf, '=')
	}
	if cands, ok := d.lookups[string(d.keyBuf)]; ok {
		return cands
	}
	q := newNameKeyed(d.spanTokens(i, j), nil, &d.keys)
	var cands []Match
	if exactOnly {
		cands = d.m.rankExact(&q, 3)
	} else {
		cands = d.m.rankName(&q, 3, true, &d.hits)
	}
	// The candidates carry no reason yet: reasonOf writes the reason of those that become
	// mentions, a few of the many looked up.
	if len(d.lookups) >= maxCachedLookups {
		clear(d.lookups) // bounded memory on an endless stream; a name seen again is looked up again
	}
	d.lookups[string(d.keyBuf)] = cands
	return cands
}

// spanTokens returns the folded tokens [i, j), the query lookupSpan looks up.
func (d *document) spanTokens(i, j int) []string {
	toks := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		toks = append(toks, d.toks[k].folded)
	}
	return toks
}

// reasonOf returns the reason of the match chosen for span s, written on first use into the
// span's candidates, which the document's lookups share: the same name recurs.
func (d *document) reasonOf(s *spanMatch) string {
	if s.chosen.Reason != "" {
		return s.chosen.Reason
	}
	i := slices.IndexFunc(s.cands, func(c Match) bool { return c.alias == s.chosen.alias })
	if i < 0 {
		return "" // never: the chosen match is one of the candidates
	}
	if s.cands[i].Reason == "" {
		// A reason quotes the query's tokens only: the name's keys and units are not needed.
		toks, _ := canonicalNumbers(d.spanTokens(s.from, s.to), nil)
		q := name{toks: canonicalArticles(toks)}
		d.m.explain(&q, s.cands[i:i+1])
	}
	s.chosen.Reason = s.cands[i].Reason
	return s.chosen.Reason
}

// maxCachedLookups bounds the per-document cache of span rankings.
const maxCachedLookups = 1 << 14

// fillSpanKey writes the cache key of the tokens [i, j), their folded forms joined, to keyBuf.
func (d *document) fillSpanKey(i, j int) {
	d.keyBuf = d.keyBuf[:0]
	for k := i; k < j; k++ {
		d.keyBuf = append(d.keyBuf, d.toks[k].folded...)
		d.keyBuf = append(d.keyBuf, ' ')
	}
}

// noteDemonyms records the countries implied by nationality words anywhere in the text.
func (d *document) noteDemonyms() {
	for _, i := range d.titled {
		if d.is(int(i), lexDemonym) {
			d.countries.add(demonyms[d.toks[i].folded])
		}
	}
}

// anchor reports whether a span is matched so well that it can set context: an exact name or
// alias, or a multi-word name above the threshold with no rival.
func (d *document) anchor(s *spanMatch) (Match, bool) {
	best := s.cands[0]
	if len(s.cands) > 1 && best.Score-s.cands[1].Score < d.m.cfg.margin {
		return Match{}, false
	}
	switch {
	case best.Score >= 1 && !best.partial:
		return best, s.to-s.from > 1 || !d.isWord(s.from)
	case s.to-s.from > 1 && best.Score >= d.m.cfg.threshold && best.al.strong >= 1:
		return best, true
	}
	return Match{}, false
}

func (d *document) isWord(i int) bool {
	return d.is(i, lexWord|lexCalendar)
}

// decide picks the span's match after context, or none, and sets its selection value.
func (d *document) decide(s *spanMatch) {
	// The notes are written for the winner only: most candidates lose.
	type scored struct {
		m                      *Match // in s.cands: a Match is too large to copy per candidate
		score                  float64
		earlier, country, role bool
	}
	var best, second scored
	epoch := d.roleEpochAt(s.from)
	if s.roleEpoch != epoch+1 {
		s.roleMask = 0
		var buf [roleWindow]roleCue
		if cues := d.roleCues(s.from, buf[:0]); len(cues) > 0 {
			for i, c := range s.cands[:min(len(s.cands), 8)] {
				if d.cuesAgree(cues, d.m.aliases[c.alias].entity, nil) {
					s.roleMask |= 1 << i
				}
			}
		}
		s.roleEpoch = epoch + 1
	}
	var inputs uint32
	for i := range s.cands {
		c := &s.cands[i]
		sc := scored{m: c, score: c.Score}
		if d.seenElsewhere(d.m.aliases[c.alias].entity, s.from) {
			sc.score += contextBonus
			sc.earlier = true
		}
		if d.countries.has(c.Entity.Country) {
			sc.score += contextBonus
			sc.country = true
		}
		if i < 8 && s.roleMask&(1<<i) != 0 {
			sc.score += 2 * contextBonus
			sc.role = true
		}
		if i < 10 {
			inputs |= (b2u(sc.earlier) | b2u(sc.country)<<1 | b2u(sc.role)<<2) << (3 * i)
		}
		switch {
		case sc.score > best.score:
			best, second = sc, best
		case sc.score > second.score:
			second = sc
		}
	}
	if s.decided && inputs == s.inputs && len(s.cands) <= 10 {
		return // decided so already
	}
	s.decided, s.inputs = true, inputs
	s.chosen, s.value, s.context = Match{}, 0, contextSeen{}
	if best.m == nil || best.score < d.m.cfg.threshold {
		return
	}
	if second.m != nil && best.score-second.score < d.m.cfg.margin && best.m.Entity.Prior-second.m.Entity.Prior < priorGap {
		if !d.exactForm(s, *best.m) {
			return // two entities fit about equally: leave the text as it is
		}
	}
	single := s.to-s.from == 1
	exact := d.exactForm(s, *best.m)
	if best.m.loose && !best.role {
		return // a weak token admitted only because a role before the name vouches for it
	}
	if single && !exact && derivedForm(d.toks[s.from].folded, &d.m.aliases[best.m.alias].name) {
		return // "Iraqi", "Germans": a word derived from a name is not a garbled name
	}
	if !exact && !d.splitAllowed(s, *best.m) {
		return
	}
	if !exact && d.fuzzyFunctionWord(s, *best.m) {
		return // "Russian Foreign Minister" is not a garbled "Russia Foreign Ministry"
	}
	if single && !exact {
		if !best.earlier && !best.country && !best.role && best.m.Entity.Prior < obscurePrior {
			return // a lone damaged word is repaired to a well-known name, or with support
		}
		if d.unexplainedNeighbour(s) {
			return // "Onda Cero": part of a longer name that is not in the gazetteer
		}
	}
	if !exact {
		switch {
		case single && d.isWord(s.from):
			return // an ordinary word is not rewritten on a lookup alone
		case single && best.score < singleTokenMin:
			return
		case single && best.m.partial && !d.seenElsewhere(d.m.aliases[best.m.alias].entity, s.from):
			return // a lone damaged surname needs the full name elsewhere in the document
		case best.m.partial && best.m.al.strong == 0:
			return
		case best.m.al.reorder:
			return // running text keeps a name's order: "Chiara Galli" is not Gali Baharav-Miara
		case best.m.partial && hasWeakPair(&best.m.al):
			return // "United States Amid" is not a part of United States Armed Forces
		case !single && d.allWords(s) && best.score < allWordsMin:
			return // "Would Back" is not a garbled World Bank, nor "Plan Over" Hanover
		case d.loosePieces(s, *best.m):
			return // two whole words are not a split name unless they join up nearly exactly: "Mohammed Shia" is not Mohammedia
		case single && d.toks[s.from].shape == shapeUpper && len(d.toks[s.from].folded) <= maxAcronym:
			return // an acronym is written as it is: "PRM" is not Perm
		case single && best.m.Entity.Kind != gazetteer.Person && d.writtenAsPerson(s.from):
			return // "Harrington said" speaks of a person, not of Warrington
		}
	} else if single && best.m.partial && d.isWord(s.from) && d.toks[s.from].shape != shapeUpper && !d.seenElsewhere(d.m.aliases[best.m.alias].entity, s.from) {
		return // "Cook", "Price": a surname that is also a word, with no sign of the person
	}
	if single && d.toks[s.from].shape == shapeLower && !exact {
		return
	}
	if single && best.m.partial && best.m.Entity.Kind == gazetteer.Person && d.unexplainedNeighbour(s) {
		return // "Cook County": a surname inside another name
	}
	if single && exact && d.unexplainedNeighbour(s) && !d.keepsSurface(s, *best.m) {
		return // "Donald Tass": a case repair to TASS inside someone else's name
	}
	s.chosen = *best.m
	s.chosen.Score = round(min(best.score, 1))
	s.context = contextSeen{best.earlier, best.country, best.role}
	// A span is worth the words it explains: an unmatched connector at its edge adds nothing.
	s.value = s.chosen.Score * float64(bits.OnesCount64(s.chosen.al.qMatched))
}

// contextSeen is the context that supports a match: the entity named elsewhere in the document,
// its country named, a role word before the name that agrees.
type contextSeen struct{ earlier, country, role bool }

// appendContextNote appends to b, after "; ", what context supported the span's chosen match. It
// is written for the spans kept after the last round only: the context it quotes is then what the
// decision read. A mention's reason is made of a few such pieces, written into one buffer rather
// than joined from strings: Fix writes a reason for thousands of mentions of a megabyte.
func (d *document) appendContextNote(b []byte, s *spanMatch) []byte {
	if s.context.earlier {
		b = append(b, "; named earlier in the document"...)
	}
	if s.context.country {
		b = append(b, "; country "...)
		b = append(b, s.chosen.Entity.Country...)
		b = append(b, " in the document"...)
	}
	if s.context.role {
		var words []string
		d.roleEvidence(s.from, d.m.aliases[s.chosen.alias].entity, &words)
		slices.Reverse(words)
		b = append(b, "; role "...)
		b = strconv.AppendQuote(b, strings.Join(words, " "))
		b = append(b, " agrees"...)
	}
	return b
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// allWordsMin is the score a damaged name made only of English words needs ("Unite Nations").
const allWordsMin = 0.9

// maxAcronym is the longest word in capitals that is taken for an acronym.
const maxAcronym = 4

// loosePieces reports whether the match joins two or more words of the span, each of four
// letters or more, into one name word that they spell only approximately. Split names have a
// fragment ("Ne tanyahu") or join up exactly ("Kavel Ashvili").
func (d *document) loosePieces(s *spanMatch, mt Match) bool {
	for _, p := range mt.al.pairs {
		if p.sig != sigMerged || p.q.to-p.q.from < 2 || p.sim >= strongSim {
			continue
		}
		whole := true
		for k := s.from + p.q.from; k < s.from+p.q.to; k++ {
			whole = whole && len(d.toks[k].folded) >= 4
		}
		if whole {
			return true
		}
	}
	return false
}

// allWords reports whether every word of the span is an ordinary English word.
func (d *document) allWords(s *spanMatch) bool {
	for i := s.from; i < s.to; i++ {
		if !d.is(i, lexWord|lexCalendar|lexParticle) {
			return false
		}
	}
	return true
}

// hasWeakPair reports whether an alignment rests in part on a pair under weakSim.
func hasWeakPair(al *alignment) bool {
	for _, p := range al.pairs {
		if p.sim < weakSim {
			return true
		}
	}
	return false
}

// obscurePrior is the prominence below which a lone damaged word is not repaired without context.
const obscurePrior = 0.6

// splitAllowed checks the text side of a split repair ("Ne tanyahu"): no piece is an acronym
// ("AP War" is not a split "Alwar") or a complete name of its own.
func (d *document) splitAllowed(s *spanMatch, mt Match) bool {
	for _, p := range mt.al.pairs {
		if p.q.to-p.q.from < 2 {
			continue
		}
		for k := s.from + p.q.from; k < s.from+p.q.to; k++ {
			if d.toks[k].shape == shapeUpper || d.wholeName[k] {
				return false // an acronym, or a word that is a name in full ("zelens Kyiv")
			}
		}
	}
	return true
}

// unexplainedNeighbour reports whether a capitalised word right next to the span, in the same run,
// is neither a title, a role, a nationality nor a connector: then the span is likely a piece of a
// longer name that the gazetteer does not know.
func (d *document) unexplainedNeighbour(s *spanMatch) bool {
	check := func(k int) bool {
		if k < 0 || k >= len(d.toks) || !d.nameLike(k) {
			return false
		}
		return !d.is(k, lexTitle|lexRole|lexDemonym|lexParticle) && !(d.toks[k].sentenceStart && d.isWord(k))
	}
	hyphen := func(a, b int) bool { return strings.ContainsAny(d.text[d.toks[a].end:d.toks[b].start], "-‐‑") }
	return s.from > 0 && d.toks[s.from-1].joinNext && !hyphen(s.from-1, s.from) && check(s.from-1) ||
		s.to < len(d.toks) && d.toks[s.to-1].joinNext && !hyphen(s.to-1, s.to) && check(s.to)
}

// fuzzyFunctionWord reports whether a nationality, title or role word of the span matched only
// approximately: such words are common, so their near-matches are coincidences.
func (d *document) fuzzyFunctionWord(s *spanMatch, mt Match) bool {
	for _, p := range mt.al.pairs {
		if p.sig == sigExact {
			continue
		}
		for k := s.from + p.q.from; k < s.from+p.q.to; k++ {
			if d.is(k, lexDemonym|lexTitle|lexRole) {
				return true
			}
		}
	}
	return false
}

// keepsSurface reports whether the span already reads exactly as the matched alias words.
func (d *document) keepsSurface(s *spanMatch, mt Match) bool {
	surface, ok := aliasSurface(d.m.aliases[mt.alias].text, d.aliasWords(mt.alias), mt.al.aMatched)
	return ok && sameLetters(surface, d.text[d.toks[s.from].start:d.toks[s.to-1].end])
}

// derivedForm reports whether token is a name of the alias with an ending added or changed, the
// way adjectives and plurals are formed ("Iraq" -> "Iraqi", "Germany" -> "German").
func derivedForm(token string, a *name) bool {
	if a.len() != 1 {
		return false
	}
	base := a.toks[0]
	if strings.HasPrefix(base, token) && len(base)-len(token) <= 2 {
		return true
	}
	for _, stem := range [...]string{base, strings.TrimRight(base, "aeiouy")} {
		if suffix, ok := strings.CutPrefix(token, stem); ok && len(stem) >= 3 && derivedSuffixes[suffix] {
			return true
		}
	}
	return false
}

// derivedSuffixes are the endings of English adjectives and plurals formed from names.
var derivedSuffixes = map[string]bool{
	"i": true, "is": true, "n": true, "ns": true, "an": true, "ans": true, "ian": true, "ians": true,
	"ese": true, "ish": true, "ic": true, "s": true, "es": true, "ite": true, "ites": true, "er": true, "ers": true,
}

// exactForm reports whether the span is, after folding, exactly the matched tokens of the alias.
func (d *document) exactForm(s *spanMatch, mt Match) bool {
	for _, p := range mt.al.pairs {
		if p.sig != sigExact && p.sig != sigMerged || p.sim < 1 {
			return false
		}
	}
	return mt.al.qMatched == (uint64(1)<<(s.to-s.from))-1
}

// roleEvidence reports whether up to four words before the span hold a role or nationality that
// agrees with the entity; with words set, it appends the words that agree, nearest first.
func (d *document) roleEvidence(from int, e int32, words *[]string) bool {
	var buf [roleWindow]roleCue
	return d.cuesAgree(d.roleCues(from, buf[:0]), e, words)
}

// roleCue is a word before a name that may agree with an entity: a nationality, by its country,
// or a word to find in the entity's description.
type roleCue struct {
	tok     int
	demonym bool
	text    string // the nationality's country, or the folded word
}

// roleCues appends the words before the span at token from that role evidence reads, nearest
// first. They do not depend on the entity, so a span reads them once for all its candidates.
func (d *document) roleCues(from int, cues []roleCue) []roleCue {
	for k := from - 1; k >= 0 && k >= from-roleWindow; k-- {
		t := &d.toks[k]
		if !t.joinNext && k != from-1 {
			break
		}
		switch {
		case d.is(k, lexDemonym):
			cues = append(cues, roleCue{tok: k, demonym: true, text: demonyms[t.folded]})
		case d.named[k]:
			// A name is evidence as it reads once repaired ("Al Jazeera" for its correspondent),
			// and only once it is certain: else the repair would find evidence the original lacked.
			if role := d.nameRole(k); role != "" && !nameParticles[role] {
				cues = append(cues, roleCue{tok: k, text: role})
			}
		case d.is(k, lexRole) || t.shape == shapeTitle && len(t.folded) >= 3 && !d.is(k, lexTitle|lexParticle):
			cues = append(cues, roleCue{tok: k, text: t.folded})
		}
	}
	return cues
}

// cuesAgree reports whether any of the cues agrees with the entity; with words set, it appends
// the words of all that agree.
func (d *document) cuesAgree(cues []roleCue, e int32, words *[]string) bool {
	found := false
	for _, c := range cues {
		var agrees bool
		if c.demonym {
			agrees = c.text == d.m.g.Entity(int(e)).Country
		} else {
			agrees = containsWord(d.descriptions.of(e), c.text)
		}
		if !agrees {
			continue
		}
		if words == nil {
			return true
		}
		found = true
		t := &d.toks[c.tok]
		*words = append(*words, d.text[t.start:t.end])
	}
	return found
}

// roleWindow is how many tokens before a name role evidence reads.
const roleWindow = 4

// tokenRole is what role evidence knows of token k: how the name it is part of reads, and the
// roleEpoch of the last change of that (0: none). Role evidence reads only the few tokens before
// a span, so only their changes make what a span found stale.
type tokenRole struct {
	text  int32 // 0: none, ownRole: the token's own folded form, else roleTexts[text-1]
	stamp int32
}

// ownRole marks a token of an anchor, which reads as it is written.
const ownRole = -1

// nameRole returns the folded text the name that token k is part of reads as, or "".
func (d *document) nameRole(k int) string {
	switch r := d.roles[k].text; {
	case r == 0:
		return ""
	case r == ownRole:
		return d.toks[k].folded
	default:
		return d.roleTexts[r-1]
	}
}

// roleEpochAt returns the roleEpoch of the latest change among the tokens that role evidence for
// a span at token from reads.
func (d *document) roleEpochAt(from int) int {
	epoch := 0
	for k := max(0, from-roleWindow); k < from; k++ {
		epoch = max(epoch, int(d.roles[k].stamp))
	}
	return epoch
}

// containsWord reports whether w occurs in desc with a space on either side; desc is padded with
// spaces (foldedDescriptions).
func containsWord(desc, w string) bool {
	for i := 0; ; {
		j := strings.Index(desc[i:], w)
		if j < 0 {
			return false
		}
		j += i
		if j > 0 && desc[j-1] == ' ' && j+len(w) < len(desc) && desc[j+len(w)] == ' ' {
			return true
		}
		i = j + 1
	}
}

// selectSpans chooses non-overlapping spans of one run with the greatest total value, preferring
// longer names (weighted interval scheduling over a handful of spans).
func selectSpans(ss []*spanMatch) []*spanMatch {
	var live []*spanMatch
	for _, s := range ss {
		if s.value > 0 {
			live = append(live, s)
		}
	}
	switch len(live) {
	case 0:
		return nil
	case 1:
		return live // most runs hold one name
	}
	slices.SortFunc(live, func(a, b *spanMatch) int { return a.to - b.to })
	best := make([]float64, len(live)+1)
	take := make([]bool, len(live))
	prev := make([]int, len(live))
	for i, s := range live {
		prev[i] = 0
		for j := i - 1; j >= 0; j-- {
			if live[j].to <= s.from {
				prev[i] = j + 1
				break
			}
		}
		with := best[prev[i]] + s.value
		if with > best[i] {
			best[i+1] = with
			take[i] = true
		} else {
			best[i+1] = best[i]
		}
	}
	var out []*spanMatch
	for i := len(live) - 1; i >= 0; {
		if take[i] {
			out = append(out, live[i])
			i = prev[i] - 1
		} else {
			i--
		}
	}
	slices.Reverse(out)
	return out
}
