package normalize

// Candidate index design (issue 6)
//
// A query must be answered without touching every alias, and what the index hands to scoring must
// be small: align costs microseconds a candidate and rankName builds a reason string for each
// entity it keeps, so the size of the candidate set, not the lookup, decides latency. The index
// works in two steps.
//
//  1. Token level. The vocabulary is every distinct folded alias token and adjacent-token join. A
//     query unit (a token, or two adjacent tokens run together) finds vocabulary entries through
//     one hash table that holds, for every entry, its symmetric-delete variants (SymSpell's method:
//     the entry and every string made by deleting up to maxDeletes bytes), its phonetic key and its
//     coarse consonant skeleton. The unit's own variants are looked up, so edit neighbours within
//     the radius, transpositions included, are found without comparing against the vocabulary.
//     Each vocabulary hit is graded as align would pair it (one bounded edit distance for the usual
//     hit one or two edits away, else tokenSimilarityFloor, and lensSimilarity for a transliterated
//     token); a hit scoring would reject (a hash collision, two words that four deletions made
//     meet) is dropped here.
//  2. Alias level. Graded hits are sorted best first and credited, greedily as align pairs tokens,
//     to the aliases of their postings: each query token counts once, with its best hit. The
//     pruning rules of the previous index stay (frequent tokens alone propose nothing when a rarer
//     one is present; for Fix, an alias with two content words unmatched is not proposed), and
//     hits of connectors ("de", "la", "bin") only add to aliases that the query's other words
//     found. The frequent hits of one query token (of all, when they hold one token; else of the
//     token with the most postings) likewise only add, after the others: an alias they alone
//     reach would be pruned. A token that only adds looks for itself in the few touched aliases'
//     entries (an alias -> vocabulary list) instead of walking its postings: "de" is in 3,700
//     GeoNames aliases, and walking them was most of the p99. An
//     estimate per alias mirrors align's score: matched query weight over total, 0.75 a missing
//     token, the partial-name factor. A query token without a hit is credited optimistically at
//     unknownSim when the alias has uncovered tokens, and the best maxChecked such estimates are
//     checked against the alias's tokens ("Voldimi" for Volodymyr, a phonetic key three edits
//     away). The best k aliases (rankName's k) are handed over, then those within minEstShare of
//     the best estimate, at most maxCandidates (32), ties broken by prior as rankName breaks them;
//     none under minKeptShare of the best estimate is handed over, even among the best k.
//     Fix also passes a floor, the least score that its context bonuses can still lift to a
//     match, and aliases estimated below it are not scored at all: on running text most spans
//     ("Spanish Prime Minister Pedro") reach dozens of aliases that none of them can match, and
//     this took Fix on varied articles from 124 to 56 ms per 23 KB with the same output.
//
// Layout. The table is a sequence of 64-byte lines of 16 entries; an entry is one uint32, the
// vocabulary id (plus one: 0 marks a free slot) in the low bits and a fingerprint of the hash in
// the bits the id leaves free (14 at 130,000 entries). A hash has a home line, and the entries
// of each home line are laid out in line order from the first free slot at or after it, at
// about nine entries a line on average, so a probe reads its home line and stops at the first
// free slot: one cache miss, rarely two. It is built by a counting sort in passes over the
// vocabulary (size, count per home line, fill), split among up to four goroutines with a
// deterministic result: no sort, no per-entry allocation. Variant hashes are polynomial, so that
// each of the O(n²) two-deletion variants of a token costs O(1) from prefix hashes. A unit touches
// the home lines of all its probes before it reads any, so that the processor overlaps the cache
// misses of its 10 to 100 probes, and reads the text of every entry found before it grades any;
// the text and phonetic key of an entry are side by side in one string of the whole vocabulary.
// Postings are one []int32. Where an entry's text and postings are, and its weight, is one
// 20-byte record, so that grading and crediting an entry start from one miss. The exact-token map
// of the build is dropped at freeze (a token is its own 0-deletion variant). Per-query state (one
// 20-byte accumulator per alias, epoch-stamped so that they are never cleared, and a small set of
// the entries a unit found) comes from a sync.Pool; what the estimates read of an alias (weight,
// prior) is one 8-byte record.
//
// Measured at 120,000 GeoNames cities (122,074 aliases, 132,961 vocabulary entries, 4.9 million
// table entries; bench/README.md has the tables, medians of 5 runs on a shared 2-core machine):
//
//	                          build    index heap  Match p50  Match p99
//	previous index            2.4 s    132 MiB      89 µs     3.3 ms
//	this index                0.7 s     49 MiB     ~13 µs     ~140 µs
//
// Alternatives measured on the way:
//   - a sorted []struct{hash uint64; vocab int32} with binary search (the previous layout): 16 bytes
//     an entry with padding, 23 dependent cache misses a variant, 1.5 s of sorting at build;
//   - uint16 fingerprints beside int32 ids in two slices: 6 bytes an entry and one more cache
//     line a probe; packing both in a uint32 (with buckets of 8 rather than 4) and searching
//     plain joins at one edit took the CPU p50 from 36 to 26 µs;
//   - one-deletion variants in the index with two-deletion lookups from the query side: a third of
//     the memory, but two substitutions, or a substitution and a dropped letter, in one token are
//     then missed (a seventh of the benchmark's noisy queries are two-edit ones);
//   - joins of the query searched at one edit only: faster, but "Hsi Chin-ping" no longer finds
//     Xi Jinping, so two edits stay where one side of the join is a fragment (4 letters or less,
//     not a connector such as "del");
//   - no cap: p99 tens of milliseconds at 120,000 names (5,229 candidates scored at p99); a cap
//     at 32 with a cut at half the best estimate: p50 2 candidates, top-1 unchanged; the cut at
//     0.8 of the best: a quarter less p50 latency, top-1 and every evaluation set unchanged;
//   - buckets of about eight entries of any size, found through an offsets []uint32 (the layout
//     before the lines): two or three cache misses a probe; the lines take 14 MiB more at 120,000
//     names and cut the misses of a query (simulated, a 1 MiB cache) by a tenth, and by a sixth
//     with the alias weight and prior side by side;
//   - per-alias accumulators in five slices: five cache misses a credited posting instead of one;
//     probing one variant at a time: the misses of the probes are not overlapped.
//
import (
	"math"
	"math/bits"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/internal/wordlist"
)

// candidateIndex finds the aliases that may match a query, without touching every alias. It sits
// behind an interface so that its design can change without touching scoring.
type candidateIndex interface {
	// candidates appends to dst the ids of aliases that share evidence with the query tokens, the
	// most promising first: the best k of them at least (leaving out those far behind the best),
	// and up to maxCandidates (or k) of those that may still win. With floor above zero, as Fix asks, it proposes only aliases that may
	// still score floor: those that all but one of the query's content words reach, with an
	// estimate of at least floor. Candidates lists near misses too, and passes zero.
	// memo, when not nil, keeps the token-level work for the next queries: Fix looks up every
	// span of a run of words, and each word of the run in several of them.
	candidates(dst []int32, q *name, k int, floor float32, memo *hitMemo) []int32
	// exactCandidates appends to dst the ids of aliases that hold a one-token query exactly.
	exactCandidates(dst []int32, q *name) []int32
	// known reports whether folded token t is a word of some alias, as written.
	known(t string) bool
	// near reports whether folded text t, a token or words run together, is within its edit
	// radius of an alias word or join, or shares its phonetic key. memo is as for candidates.
	near(t string, memo *hitMemo) bool
}

// maxCandidates bounds the aliases a query hands to scoring, and minEstShare drops those whose
// estimate is under that share of the best one.
const (
	maxCandidates = 32
	// maxChecked bounds the optimistic estimates checked against the alias tokens.
	maxChecked  = 16
	minEstShare = 0.8
	// minKeptShare drops, even among the best k, the aliases whose estimate is under that share
	// of the best one (see dropFarBehind).
	minKeptShare = 0.5
	// unknownSim is the similarity assumed for a query token the token level found nothing for,
	// against an alias token that nothing covered: less than any pair the index grades.
	unknownSim = 0.5
)

// tokenIndex is the index described at the top of this file.
type tokenIndex struct {
	// build state, dropped at freeze
	vocabID  map[string]int32
	building [][]int32 // vocabulary id -> alias ids
	vocab    []string  // vocabulary id -> token or join

	// The text and phonetic key of every vocabulary entry, side by side in one string (see text
	// and key): grading an entry reads both, one cache miss rather than four.
	vocabText string
	records   []vocabRecord // vocabulary id -> what a query reads of the entry
	posts     []int32       // the postings of all entries, each entry's in a run
	// the vocabulary entries of alias a: aliasVocab[aliasVocabStart[a]:aliasVocabStart[a+1]]
	aliasVocabStart []uint32
	aliasVocab      []int32

	// hash table of delete variants and phonetic keys
	lines   uint64   // number of home lines
	entries []uint32 // lines of lineSlots: vocabulary id+1 in the low vbits (0: free), a fingerprint of the hash above them
	vbits   uint

	aliases    []aliasEntry // the Matcher's, shared
	aliasStats []aliasStats // alias id -> what estimates read of it, side by side: one cache miss

	pool sync.Pool // *queryScratch
}

// vocabRecord is what a query reads of a vocabulary entry, side by side, so that grading an entry
// found and crediting its postings wait for one cache miss rather than three: where its text
// (then its key) is in vocabText, where its postings are in posts, and its token weight.
// Offsets are 32 bits; a token or join is far shorter than 64 KiB.
type vocabRecord struct {
	off             uint32
	textLen, keyLen uint16
	postFrom        uint32
	postLen         uint32
	weight          float32
}

// text returns the token or join of vocabulary entry v.
func (ix *tokenIndex) text(v int32) string {
	r := &ix.records[v]
	return ix.vocabText[r.off : r.off+uint32(r.textLen)]
}

// key returns the phonetic key of vocabulary entry v.
func (ix *tokenIndex) key(v int32) string {
	r := &ix.records[v]
	from := r.off + uint32(r.textLen)
	return ix.vocabText[from : from+uint32(r.keyLen)]
}

// postings returns the aliases that hold vocabulary entry v.
func (ix *tokenIndex) postings(v int32) []int32 {
	r := &ix.records[v]
	return ix.posts[r.postFrom : r.postFrom+r.postLen]
}

// vocabLen returns the number of vocabulary entries.
func (ix *tokenIndex) vocabLen() int { return len(ix.records) }

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
	return &tokenIndex{vocabID: make(map[string]int32)}
}

// add records that alias id contains the token or join t. Ids arrive in increasing order.
func (ix *tokenIndex) add(t string, aliasID int32) {
	v, ok := ix.vocabID[t]
	if !ok {
		v = int32(len(ix.vocab))
		ix.vocabID[t] = v
		ix.vocab = append(ix.vocab, t)
		ix.building = append(ix.building, nil)
	}
	p := ix.building[v]
	if len(p) == 0 || p[len(p)-1] != aliasID {
		ix.building[v] = append(p, aliasID)
		for int(aliasID) >= len(ix.aliasVocabStart) {
			ix.aliasVocabStart = append(ix.aliasVocabStart, uint32(len(ix.aliasVocab)))
		}
		ix.aliasVocab = append(ix.aliasVocab, v)
	}
}

// freeze builds the read-only structures from the vocabulary and the aliases' weights and priors.
func (ix *tokenIndex) freeze(aliases []aliasEntry, g *gazetteer.Gazetteer) {
	nv := len(ix.vocab)
	ix.records = make([]vocabRecord, nv)
	var text strings.Builder
	total := 0
	for v, t := range ix.vocab {
		key := phoneticKey(t)
		ix.records[v] = vocabRecord{
			off: uint32(text.Len()), textLen: uint16(len(t)), keyLen: uint16(len(key)),
			postFrom: uint32(total), postLen: uint32(len(ix.building[v])),
			weight: float32(tokenWeight(t)),
		}
		text.WriteString(t)
		text.WriteString(key)
		total += len(ix.building[v])
	}
	ix.vocabText = text.String()
	ix.posts = make([]int32, 0, total)
	for _, p := range ix.building {
		ix.posts = append(ix.posts, p...)
	}
	ix.building, ix.vocabID, ix.vocab = nil, nil, nil
	for len(ix.aliasVocabStart) <= len(aliases) {
		ix.aliasVocabStart = append(ix.aliasVocabStart, uint32(len(ix.aliasVocab)))
	}
	ix.aliasVocabStart = slices.Clip(ix.aliasVocabStart)
	ix.aliasVocab = slices.Clip(ix.aliasVocab)

	ix.aliases = aliases
	ix.aliasStats = make([]aliasStats, len(aliases))
	for i := range aliases {
		a := &aliases[i]
		var w float64
		for _, x := range a.name.weights {
			w += x
		}
		ix.aliasStats[i] = aliasStats{weight: float32(w), prior: float32(g.Entity(int(a.entity)).Prior)}
	}

	ix.buildTable()
}

// buildTable fills the hash table. A counting sort groups the entries by home line: each worker
// counts the entries of its share of the vocabulary per line, prefix sums give every worker its
// place in every group, and the workers fill them. The groups are then laid out in line order,
// each from the first free slot at or after its home line: a lookup scans from the start of its
// home line to the first free slot. The result does not depend on the number of workers.
func (ix *tokenIndex) buildTable() {
	nv := ix.vocabLen()
	workers := min(runtime.GOMAXPROCS(0), 4, 1+nv/20000)
	share := func(w int) (int, int) { return w * nv / workers, (w + 1) * nv / workers }
	var wg sync.WaitGroup
	sizes := make([]int, workers) // entries, to size the table
	for w := range workers {
		wg.Go(func() {
			lo, hi := share(w)
			for v := lo; v < hi; v++ {
				ix.forEachKeyHash(ix.text(int32(v)), ix.key(int32(v)), func(uint64) { sizes[w]++ })
			}
		})
	}
	wg.Wait()
	nl := uint64(max((sumInts(sizes)+lineLoad-1)/lineLoad, 1))
	ix.lines = nl
	ix.vbits = uint(max(bits.Len(uint(nv)), 1)) // ids run to nv-1, so id+1 fits too
	counts := make([][]uint32, workers)
	for w := range workers {
		counts[w] = make([]uint32, nl)
		wg.Go(func() {
			c := counts[w]
			lo, hi := share(w)
			for v := lo; v < hi; v++ {
				ix.forEachKeyHash(ix.text(int32(v)), ix.key(int32(v)), func(h uint64) { c[ix.home(h)]++ })
			}
		})
	}
	wg.Wait()
	// group[l] is where the entries of home line l start in grouped; counts[w][l] becomes where
	// worker w writes among them.
	group := make([]uint32, nl+1)
	var at uint32
	for l := range nl {
		group[l] = at
		for w := range workers {
			n := counts[w][l]
			counts[w][l] = at
			at += n
		}
	}
	group[nl] = at
	grouped := make([]uint32, at)
	for w := range workers {
		wg.Go(func() {
			next := counts[w]
			lo, hi := share(w)
			for v := lo; v < hi; v++ {
				ix.forEachKeyHash(ix.text(int32(v)), ix.key(int32(v)), func(h uint64) {
					l := ix.home(h)
					i := next[l]
					next[l]++
					grouped[i] = ix.fingerprint(h) | uint32(v+1)
				})
			}
		})
	}
	wg.Wait()
	// The taken slots of every line are a prefix of it, and every slot from a home line's first
	// to the last entry of its group is taken, so a lookup that stops at the first free slot
	// has seen the whole group. The entries past the last line spill into lines that only
	// overflow uses, and the table ends with a free slot.
	end := uint64(0)
	for l := range nl {
		end = max(end, l*lineSlots) + uint64(group[l+1]-group[l])
	}
	lines := (end+lineSlots-1)/lineSlots + 1 // and one with a free slot at the end
	ix.entries = make([]uint32, lines*lineSlots)
	pos := uint64(0)
	for l := range nl {
		pos = max(pos, l*lineSlots)
		pos += uint64(copy(ix.entries[pos:], grouped[group[l]:group[l+1]]))
	}
}

// home returns the line where the entries stored under hash h start to be placed: the low 32
// bits of h scaled to the number of lines, which need not be a power of two. The fingerprint is
// taken from the high bits.
func (ix *tokenIndex) home(h uint64) uint64 { return uint64(uint32(h)) * ix.lines >> 32 }

func sumInts(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

// forEachKeyHash calls fn with the table hashes of a vocabulary entry: its delete variants, its
// phonetic key and its coarse consonant skeleton when that has three or more consonants.
func (ix *tokenIndex) forEachKeyHash(t, key string, fn func(uint64)) {
	forEachDeleteHash(t, maxDeletes(t), func(h uint64) { fn(mix(h)) })
	fn(keyHash(key))
	if sk := coarseSkeleton(key); len(sk) >= 3 {
		fn(skelHash(sk))
	}
}

func keyHash(key string) uint64 { return mix(hashString(key) ^ 0x5bd1e9955bd1e995) }

func skelHash(sk string) uint64 { return mix(hashString(sk) ^ 0x2545f4914f6cdd1d) }

// mix spreads the bits of a variant hash so that its low bits can pick a line and its high bits
// give a fingerprint.
func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// The table is a sequence of lines of lineSlots entries, 64 bytes: one cache line, so that a
// probe costs one miss. lineLoad is the entries a line holds on average: at 56% of the slots few
// lines overflow into the next (12, 75%, was measured no faster).
const (
	lineSlots = 16
	lineLoad  = 9
)

// fingerprint is the part of hash h stored beside the vocabulary id: high bits, apart from the
// low ones that chose the line, as many as the id leaves free (14 for 130,000 entries).
func (ix *tokenIndex) fingerprint(h uint64) uint32 {
	return uint32(h>>32) &^ (1<<ix.vbits - 1)
}

// probe calls fn with the vocabulary ids stored under hash h (and, rarely, under a colliding one).
func (ix *tokenIndex) probe(h uint64, fn func(int32)) {
	fp := ix.fingerprint(h)
	idMask := uint32(1)<<ix.vbits - 1
	for _, e := range ix.entries[ix.home(h)*lineSlots:] {
		if e == 0 {
			return
		}
		if e&^idMask == fp {
			fn(int32(e&idMask) - 1)
		}
	}
}

// similarity returns the similarity of query unit text (phonetic key key, written in script) to
// vocabulary entry v, as align would pair them, or 0.
func (ix *tokenIndex) similarity(text, key string, v int32, script tokScript) float64 {
	t, tkey := ix.text(v), ix.key(v)
	if t == text {
		return 1
	}
	var sim float64
	if script == scriptLatin && len(t) > 1 && len(text) > 1 && !isGenerational(text) && !isGenerational(t) {
		// One or two edits apart, as most hits of deletion variants are: the edit similarity
		// is the pair's (a phonetic key may add a hair), for one bounded distance instead of the
		// several of tokenSimilarity.
		if d := editDistanceWithin(text, t, 2); d <= 2 {
			sim = 1 - float64(d)/float64(max(len(text), len(t)))
		}
	}
	if sim < minEditSim {
		sim, _, _ = tokenSimilarityFloor(text, key, t, tkey, minTokenSim)
		if sim < lensSim && script != scriptLatin {
			sim = max(sim, lensSimilarity(script, key, scriptLatin, tkey))
		}
	}
	return sim
}

// hit is a graded vocabulary entry for one query unit.
type hit struct {
	sim   float32
	bits  uint32 // query tokens the unit covers
	vocab int32
}

// queryScratch is the per-query state, reused across queries through the pool.
type queryScratch struct {
	epoch   uint32
	found   idSet      // the vocabulary entries of the unit being collected
	acc     []aliasAcc // per alias, one cache line between them all
	touched []int32
	hits    []hit
	scored  []scoredAlias
	units   []unitLookup
	hashes  []uint64 // table hashes of the units being looked up
	vocabs  []int32  // the vocabulary entries they hold
}

// aliasStats is what the index's estimates read of an alias.
type aliasStats struct {
	weight float32 // total token weight
	prior  float32 // prior of its entity
}

// aliasAcc is what a query has credited to one alias.
type aliasAcc struct {
	stamp  uint32  // epoch when last touched
	mask   uint32  // query tokens credited
	gained float32 // credited query weight times similarity
	cover  float32 // credited alias weight
	rare   bool    // credited through a token that is not frequent
}

type scoredAlias struct {
	est     float32
	prior   float32
	id      int32
	unknown bool // est credits query tokens at unknownSim
}

func (ix *tokenIndex) scratch() *queryScratch {
	if s, ok := ix.pool.Get().(*queryScratch); ok {
		return s
	}
	na := len(ix.aliasStats)
	return &queryScratch{acc: make([]aliasAcc, na)}
}

// nextEpoch starts a query; stamps from earlier queries then no longer match.
func (s *queryScratch) nextEpoch() {
	s.epoch++
	if s.epoch == math.MaxUint32 {
		clear(s.acc)
		s.epoch = 1
	}
	s.touched, s.hits, s.scored = s.touched[:0], s.hits[:0], s.scored[:0]
}

func (ix *tokenIndex) candidates(dst []int32, q *name, k int, floor float32, memo *hitMemo) []int32 {
	covered := floor > 0
	if len(ix.aliasStats) == 0 || q.len() == 0 {
		return dst
	}
	k = max(k, 1)
	s := ix.scratch()
	defer ix.pool.Put(s)
	s.nextEpoch()

	// Token level: grade the vocabulary entries near each unit.
	var reached uint32 // query tokens some unit of theirs has a hit for
	add := func(hs []vocabHit, bits uint32) {
		for _, h := range hs {
			s.hits = append(s.hits, hit{sim: h.sim, bits: bits, vocab: h.vocab})
		}
		if len(hs) > 0 {
			reached |= bits
		}
	}
	n := min(q.len(), 32) // the masks hold 32 tokens; names are cut at maxNameTokens before this
	us := s.units[:0]
	for i, t := range q.toks[:n] {
		// Fix (covered) does without the skeleton fallback: on running text, where most
		// capitalised words are not names, it turned "Boeing" into Beijing.
		us = append(us, unitLookup{hitKey: hitKey{t, int8(maxDeletes(t)), q.script(i), !covered}, key: q.keys[i], bits: 1 << i})
		if i+1 < n {
			// The join is usually one of the name's units, with its phonetic key made.
			var j, key string
			if u := q.joinUnit(i); u != nil {
				j, key = u.text, u.key
			} else {
				j = t + q.toks[i+1]
			}
			// Two edits in a join only where one side is short enough to be a fragment of a
			// split word ("Chin-ping" for Jinping, "Dee Vance" for D. Vance) and is not a
			// connector; otherwise one.
			r, u := maxDeletes(j), q.toks[i+1]
			if min(len(t), len(u)) > 4 || nameParticles[t] || nameParticles[u] {
				r = min(r, 1) // "del Monte" is not a split word
			}
			us = append(us, unitLookup{hitKey: hitKey{j, int8(r), scriptLatin, false}, key: key, bits: 3 << i})
		}
	}
	ix.lookUp(s, memo, us)
	for _, u := range us {
		add(u.hits, u.bits)
	}
	clear(us) // the hits belong to the memo: the pooled scratch must not keep them alive
	s.units = us[:0]
	content := uint32(contentPositions(q))
	if covered && bits.OnesCount32(content&^reached) >= 2 {
		// Two content words that nothing reaches leave every alias with two unmatched, which
		// the pruning below rejects: "Spanish Prime Minister Pedro" is settled here.
		return dst
	}
	if len(s.hits) == 0 {
		return dst
	}

	// Alias level: credit the hits, best first, each query token once per alias.
	slices.SortFunc(s.hits, func(a, b hit) int {
		// cmp.Compare(b.sim, a.sim), without its care for NaN, which grading never gives
		if a.sim != b.sim {
			if a.sim > b.sim {
				return -1
			}
			return 1
		}
		return bits.OnesCount32(b.bits) - bits.OnesCount32(a.bits) // joins first
	})
	// Connectors ("de", "la", "bin") are evidence only beside other words: in a query that has
	// others, their hits add to the aliases that other hits found and propose none. "de" alone
	// is in thousands of aliases, and "Castillo de la Reina" scored them all.
	var weak uint32
	for i, w := range q.weights[:n] {
		if w <= 0.5 {
			weak |= 1 << i
		}
	}
	supporting := func(h hit) bool { return h.bits&^weak == 0 }
	if reached&^weak == 0 {
		supporting = func(hit) bool { return false }
	}
	selective, frequentBits := false, uint32(0)
	var load [32]uint32 // postings of the frequent hits of each single query token
	for _, h := range s.hits {
		switch n := ix.records[h.vocab].postLen; {
		case supporting(h):
		case n <= frequentPostings:
			selective = true
		default:
			frequentBits |= h.bits
			if bits.OnesCount32(h.bits) == 1 {
				load[bits.TrailingZeros32(h.bits)] += n
			}
		}
	}
	// An alias that only frequent hits reach needs two query tokens when a rarer one is present
	// (pruned below). So the frequent hits of one token can wait and only add to the aliases the
	// others found: all of them when they hold one token, else those of the token with the most
	// postings ("sant" in 5,700 GeoNames aliases, beside "marti" in 540).
	var deferredBits uint32
	if selective {
		deferredBits = frequentBits
		if bits.OnesCount32(frequentBits) >= 2 {
			deferredBits = 0
			if heaviest := uint32(1) << slices.Index(load[:], slices.Max(load[:])); load[bits.TrailingZeros32(heaviest)] > 0 {
				deferredBits = heaviest
			}
		}
	}
	deferred := func(h hit, rare bool) bool { return !rare && h.bits&^deferredBits == 0 }
	if ix.touchPostings(s) == math.MaxUint32 {
		return dst // never: comparing the sum keeps the reads from being optimised away
	}
	for pass := range 3 {
		for _, h := range s.hits {
			rare := ix.records[h.vocab].postLen <= frequentPostings
			switch {
			case supporting(h):
				if pass == 2 {
					ix.credit(s, q, h, rare, false)
				}
			case deferred(h, rare):
				if pass == 1 {
					ix.credit(s, q, h, false, false)
				}
			case pass == 0:
				ix.credit(s, q, h, rare, true)
			}
		}
	}
	// Pruning (the rules of the previous index): an alias reached only through frequent tokens
	// needs two query tokens when a rarer one is present, and, with a floor, one whose content
	// words are unmatched but for one cannot reach the threshold.
	need := max(1, bits.OnesCount32(content)-1)
	kept := s.touched[:0]
	for _, a := range s.touched {
		if covered && content != 0 && bits.OnesCount32(s.acc[a].mask&content) < need {
			continue
		}
		if selective && !s.acc[a].rare && bits.OnesCount32(s.acc[a].mask) < 2 {
			continue
		}
		kept = append(kept, a)
	}
	s.touched = kept

	var qTotal float32
	for _, w := range q.weights {
		qTotal += float32(w)
	}
	unknown := false
	for _, a := range s.touched {
		c := ix.estimate(s, q, a, qTotal, false, covered)
		unknown = unknown || c.unknown
		s.scored = append(s.scored, c)
	}
	limit := max(maxCandidates, k)
	if unknown {
		// Check the optimistic estimates of the most promising aliases against their tokens.
		cs := s.scored
		if len(cs) > maxChecked {
			cs = topCandidates(cs, maxChecked)
		}
		for i := range cs {
			if cs[i].unknown {
				cs[i] = ix.estimate(s, q, cs[i].id, qTotal, true, covered)
			}
		}
		s.scored = cs
	}
	if covered {
		kept := s.scored[:0]
		for _, c := range s.scored {
			if c.est >= floor {
				kept = append(kept, c)
			}
		}
		s.scored = kept
	}
	if len(s.scored) > k {
		// Aliases far behind the best estimate cannot win: keep the best k, then only those with
		// at least minEstShare of the best estimate.
		cs := topCandidates(s.scored, min(len(s.scored), limit)) // the cut below reads no further
		n := k
		for n < len(cs) && n < limit && cs[n].est >= cs[0].est*minEstShare {
			n++
		}
		s.scored = cs[:n]
	}
	s.scored = dropFarBehind(s.scored)
	for _, c := range s.scored {
		dst = append(dst, c.id)
	}
	return dst
}

// dropFarBehind removes, in place, the candidates whose estimate is under minKeptShare of the best.
// Among the best k they are a median Match's most expensive work (two thirds of the aliases it
// aligned at 120,000 names) for nothing: none of them became a Match's answer or runner-up on the
// evaluation sets, and what they scored when listed by Candidates was at most about half the
// threshold.
func dropFarBehind(cs []scoredAlias) []scoredAlias {
	var best float32
	for _, c := range cs {
		best = max(best, c.est)
	}
	kept := cs[:0]
	for _, c := range cs {
		if c.est >= best*minKeptShare {
			kept = append(kept, c)
		}
	}
	return kept
}

// vocabHit is a vocabulary entry graded against one query unit.
type vocabHit struct {
	vocab int32
	sim   float32
}

// hitMemo keeps the graded vocabulary entries of query units, by unit, across queries. It belongs
// to one caller (a document being fixed) and is not safe for concurrent use.
type hitMemo struct {
	units map[hitKey][]vocabHit
}

type hitKey struct {
	text     string
	radius   int8
	script   tokScript
	fallback bool
}

// maxMemoUnits bounds a hitMemo; it starts again empty beyond that.
const maxMemoUnits = 1 << 14

// unitLookup is one query unit to look up: text within radius deletions, or with its phonetic
// key (key, or text's own when empty), and for a transliterated token (script not Latin) its
// consonant skeleton, read through its lens as align reads it. With fallback, a single Latin
// token that finds no close entry is also looked up by its skeleton. lookUp fills in hits.
type unitLookup struct {
	hitKey
	key  string
	bits uint32 // query tokens the unit covers
	hits []vocabHit

	hashFrom, hashTo int // its probes in queryScratch.hashes
	vocabFrom        int // its entries in queryScratch.vocabs, to vocabTo
	vocabTo          int
	done             bool // found in the memo
}

// unitHits returns the graded vocabulary entries near one query unit (see unitLookup).
func (ix *tokenIndex) unitHits(s *queryScratch, memo *hitMemo, text, key string, radius int, script tokScript, fallback bool) []vocabHit {
	us := append(s.units[:0], unitLookup{hitKey: hitKey{text, int8(radius), script, fallback}, key: key})
	ix.lookUp(s, memo, us)
	hs := us[0].hits
	clear(us)
	s.units = us[:0]
	return hs
}

// lookUp finds and grades the vocabulary entries near each unit of us. The units are looked up
// together, a step at a time, so that the processor overlaps the cache misses of all of them:
// the table lines of every probe, then the text of every entry found, then the grading.
func (ix *tokenIndex) lookUp(s *queryScratch, memo *hitMemo, us []unitLookup) {
	s.hashes, s.vocabs = s.hashes[:0], s.vocabs[:0]
	for k := range us {
		u := &us[k]
		if memo != nil {
			if hs, ok := memo.units[u.hitKey]; ok {
				u.hits, u.done = hs, true
				continue
			}
		}
		if u.key == "" {
			u.key = phoneticKey(u.text)
		}
		u.hashFrom = len(s.hashes)
		if len(u.text) > 1 {
			forEachDeleteHash(u.text, int(u.radius), func(h uint64) { s.hashes = append(s.hashes, mix(h)) })
			s.hashes = append(s.hashes, keyHash(u.key))
		}
		// A transliterated token also by its consonant skeleton, of three or more consonants
		// (shorter ones name too many entries): أردوغان (ardughan) finds Erdoğan.
		if u.script != scriptLatin {
			if sk := coarseSkeleton(u.key); len(sk) >= 3 {
				s.hashes = append(s.hashes, skelHash(sk))
			}
		}
		u.hashTo = len(s.hashes)
	}
	var touch uint32
	for _, h := range s.hashes {
		touch += ix.entries[ix.home(h)*lineSlots]
	}
	for k := range us {
		if u := &us[k]; !u.done {
			u.vocabFrom = len(s.vocabs)
			ix.collect(s, s.hashes[u.hashFrom:u.hashTo])
			u.vocabTo = len(s.vocabs)
		}
	}
	// Grading reads each entry's text and key, found through its span: reading the spans of all
	// of them, then their text, lets the misses overlap.
	for _, v := range s.vocabs {
		touch += ix.records[v].off
	}
	for _, v := range s.vocabs {
		if sp := &ix.records[v]; sp.textLen > 0 {
			touch += uint32(ix.vocabText[sp.off])
		}
	}
	if touch == math.MaxUint32 {
		return // never: comparing the sum keeps the reads from being optimised away
	}
	for k := range us {
		u := &us[k]
		if u.done {
			continue
		}
		u.hits = ix.grade(u, s.vocabs[u.vocabFrom:u.vocabTo], nil)
		// A Latin word that found nothing close by deletions or its key is looked up by its
		// consonant skeleton too: spelling traditions differ in vowels as well as consonants,
		// and three edits apart in all ("Eriwan" for Yerevan) is beyond the deletion radius.
		// Only then: a skeleton names many entries.
		if u.script == scriptLatin && u.fallback && len(u.text) >= minSkeletonFallback && len(u.hits) == 0 &&
			!wordlist.Contains(u.text) && !calendarWords[u.text] { // "Steel" is not Stiell, "Sunday" not Sendai
			// An English word is matched as written: skeletons would make most of them a name.
			if sk := coarseSkeleton(u.key); len(sk) >= 3 {
				from := len(s.vocabs)
				// Entries that the unit's other probes found graded zero, and grade zero again.
				ix.collect(s, []uint64{skelHash(sk)})
				u.hits = ix.grade(u, s.vocabs[from:], u.hits)
			}
		}
		if memo != nil {
			if memo.units == nil || len(memo.units) >= maxMemoUnits {
				memo.units = make(map[hitKey][]vocabHit)
			}
			memo.units[u.hitKey] = u.hits
		}
	}
}

// minSkeletonFallback is the shortest Latin word looked up by its consonant skeleton.
const minSkeletonFallback = 5

// collect appends to s.vocabs the vocabulary entries stored under hashes, each once.
func (ix *tokenIndex) collect(s *queryScratch, hashes []uint64) {
	s.found.reset()
	idMask := uint32(1)<<ix.vbits - 1
	for _, h := range hashes {
		fp := ix.fingerprint(h)
		for _, e := range ix.entries[ix.home(h)*lineSlots:] {
			if e == 0 {
				break
			}
			if e&^idMask == fp {
				if v := int32(e&idMask) - 1; s.found.add(v) {
					s.vocabs = append(s.vocabs, v)
				}
			}
		}
	}
}

// grade appends to hs the entries of vocabs that grade above zero against unit u.
func (ix *tokenIndex) grade(u *unitLookup, vocabs []int32, hs []vocabHit) []vocabHit {
	if hs == nil && len(vocabs) > 0 {
		hs = make([]vocabHit, 0, len(vocabs)) // most entries found grade above zero
	}
	for _, v := range vocabs {
		if sim := ix.similarity(u.text, u.key, v, u.script); sim > 0 {
			hs = append(hs, vocabHit{vocab: v, sim: float32(sim)})
		}
	}
	return hs
}

// estimate mirrors align's score for alias a from the credited hits. A query token without a hit
// may still pair with an alias token that nothing covered, through evidence the token level does
// not search (a phonetic key a few edits away, "Voldimi" for Volodymyr). Without check it is
// credited at unknownSim while uncovered alias weight is left; with check its best similarity to
// the alias's tokens is computed, and counts from weakSim up, as align counts it; a prefix pair
// counts however weak, and so does any pair when loose, since Fix's looser alignment keeps them
// ("Receptacle" for Recep, "Lion" for Leyen).
func (ix *tokenIndex) estimate(s *queryScratch, q *name, a int32, qTotal float32, check, loose bool) scoredAlias {
	st := ix.aliasStats[a]
	c := scoredAlias{prior: st.prior, id: a}
	ac := &s.acc[a]
	gained, left := ac.gained, st.weight-ac.cover
	penalty := float32(1)
	all := uint32(1)<<q.len() - 1
	for b := all &^ ac.mask; b != 0; b &= b - 1 {
		i := bits.TrailingZeros32(b)
		w := float32(q.weights[i])
		switch {
		case w <= 0.5: // a particle
		case check:
			best := 0.0
			an := &ix.aliases[a].name
			qu, au := &units(q)[i], units(an) // a name's first units are its tokens
			for j := range an.toks {
				m, _ := unitMatches(qu, &au[j], minTokenSim, minTokenSim)
				sim, sig := m.sim, m.sig
				if sim > 0 && (sig == sigPrefix || loose) {
					sim = max(sim, weakSim) // align keeps these pairs however weak
				}
				best = max(best, sim)
			}
			if best >= weakSim {
				gained += float32(best) * w
			} else {
				penalty *= unmatchedPenalty
			}
		case left > 0:
			gained += unknownSim * w
			left -= w
			c.unknown = true
		default:
			penalty *= unmatchedPenalty
		}
	}
	c.est = penalty * gained / qTotal
	if cov := ac.cover / st.weight; cov < 1 {
		c.est *= partialBase + partialSlope*cov
		if cov < 0.6 {
			c.est *= 0.9
		}
	}
	return c
}

// frequentPostings is the number of aliases above which a token is too common to propose
// candidates on its own ("al", "bin", "mohammed", "san"): the aliases it reaches are scored only
// when another token of the query reaches them too, or when the query has nothing rarer. Scoring
// every alias with "al" for each span of an Arabic name made Fix a hundred times slower.
const frequentPostings = 64

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

// credit adds hit h to the aliases of its posting; rare says that its token is not frequent, and
// without create only aliases already touched are credited.
func (ix *tokenIndex) credit(s *queryScratch, q *name, h hit, rare, create bool) {
	posts := ix.postings(h.vocab)
	if !create && len(s.touched)*touchedScanCost < len(posts) {
		// A frequent token ("de", "san") only adds to the few aliases rarer hits found: look for
		// it in their entries rather than walk thousands of postings, each a cache miss.
		for _, a := range s.touched {
			if slices.Contains(ix.aliasVocab[ix.aliasVocabStart[a]:ix.aliasVocabStart[a+1]], h.vocab) {
				ix.creditAlias(s, q, h, a, rare)
			}
		}
		return
	}
	for _, a := range posts {
		ac := &s.acc[a]
		if ac.stamp != s.epoch {
			if !create {
				continue
			}
			*ac = aliasAcc{stamp: s.epoch}
			s.touched = append(s.touched, a)
		}
		ix.creditAlias(s, q, h, a, rare)
	}
}

// touchPostings reads the first bytes of what crediting the hits reads, the postings of each and
// the accumulators and statistics of their aliases, one link of the chain at a time for all hits
// (rather than a hit at a time) so that the processor overlaps their cache misses. Postings past
// the first few of a hit are left: a frequent token's are sequential and mostly not credited.
func (ix *tokenIndex) touchPostings(s *queryScratch) uint32 {
	var sum uint32
	for _, h := range s.hits {
		sum += ix.records[h.vocab].postFrom // read when graded, unless the hit came from a memo
	}
	for _, h := range s.hits {
		posts := ix.postings(h.vocab)
		for _, a := range posts[:min(len(posts), touchedPostings)] {
			sum += s.acc[a].stamp + uint32(ix.aliasStats[a].weight)
		}
	}
	return sum
}

// touchedPostings is how many postings of each hit touchPostings reads.
const touchedPostings = 16

// touchedScanCost is what looking for a token among one alias's entries costs, in postings walked.
const touchedScanCost = 4

// creditAlias adds hit h to alias a, already touched by this query.
func (ix *tokenIndex) creditAlias(s *queryScratch, q *name, h hit, a int32, rare bool) {
	ac := &s.acc[a]
	ac.rare = ac.rare || rare
	// Tokens that already have a better hit in this alias keep it; a join that overlaps one adds
	// the other ("dee vance" after "vance").
	fresh := h.bits &^ ac.mask
	if fresh == 0 {
		return
	}
	var w float32
	for b := fresh; b != 0; b &= b - 1 {
		w += float32(q.weights[bits.TrailingZeros32(b)])
	}
	ac.mask |= h.bits
	ac.gained += h.sim * w
	if fresh == h.bits {
		ac.cover += ix.records[h.vocab].weight
	}
}

// better orders candidates as rankName breaks ties: estimate, then prior, then first alias.
func better(x, y scoredAlias) bool {
	if x.est != y.est {
		return x.est > y.est
	}
	if x.prior != y.prior {
		return x.prior > y.prior
	}
	return x.id < y.id
}

// topCandidates returns the best k of cs (len(cs) > k), best first, keeping a heap of the best k
// seen so far with the worst of them at the root.
func topCandidates(cs []scoredAlias, k int) []scoredAlias {
	h := cs[:k]
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= k {
				return
			}
			w := l
			if r := l + 1; r < k && better(h[w], h[r]) {
				w = r
			}
			if !better(h[i], h[w]) {
				return
			}
			h[i], h[w] = h[w], h[i]
			i = w
		}
	}
	for i := k/2 - 1; i >= 0; i-- {
		down(i)
	}
	for _, c := range cs[k:] {
		if better(c, h[0]) {
			h[0] = c
			down(0)
		}
	}
	slices.SortFunc(h, func(x, y scoredAlias) int {
		if better(x, y) {
			return -1
		}
		return 1
	})
	return h
}

// forEachDeleteHash calls fn with the hash of s and of every string made by deleting 1..n bytes of
// s (n <= 2). Variants may repeat; callers tolerate that.
//
// The hash is polynomial (h(ab) = h(a)·B^|b| + h(b) modulo 2^64), so that with prefix hashes and
// powers every variant costs O(1) rather than a pass over s; mix spreads it before use.
func forEachDeleteHash(s string, n int, fn func(uint64)) {
	L := len(s)
	var stack [2 * 66]uint64
	var pre, pow []uint64
	if L <= 65 {
		pre, pow = stack[:L+1], stack[66:66+L+1]
	} else {
		buf := make([]uint64, 2*(L+1))
		pre, pow = buf[:L+1], buf[L+1:]
	}
	pow[0] = 1
	for i := 0; i < L; i++ {
		pre[i+1] = pre[i]*polyBase + uint64(s[i]) + 1
		pow[i+1] = pow[i] * polyBase
	}
	fn(pre[L])
	if n == 0 {
		return
	}
	// sub is the hash of s[i:j].
	sub := func(i, j int) uint64 { return pre[j] - pre[i]*pow[j-i] }
	for i := 0; i < L; i++ {
		if i > 0 && s[i] == s[i-1] {
			continue // deleting either of two equal neighbours gives the same string
		}
		head := pre[i] // s[:i]
		fn(head*pow[L-i-1] + sub(i+1, L))
		if n < 2 {
			continue
		}
		for j := i + 1; j < L; j++ {
			if j > i+1 && s[j] == s[j-1] {
				continue
			}
			mid := head*pow[j-i-1] + sub(i+1, j) // s[:i] + s[i+1:j]
			fn(mid*pow[L-j-1] + sub(j+1, L))
		}
	}
}

// polyBase is the multiplier of the variant hash: odd, with bits spread over the word.
const polyBase = 0x9e3779b97f4a7c15

// hashString is the variant hash of a whole string.
func hashString(s string) uint64 {
	var h uint64
	for i := 0; i < len(s); i++ {
		h = h*polyBase + uint64(s[i]) + 1
	}
	return h
}

// skeletonHits returns the number of vocabulary entries stored under coarse skeleton sk.
func (ix *tokenIndex) skeletonHits(sk string) int {
	n := 0
	ix.probe(skelHash(sk), func(int32) { n++ })
	return n
}

// skeletonBytes returns the heap the skeleton entries take in the table.
func (ix *tokenIndex) skeletonBytes() int {
	n := 0
	for v := range ix.vocabLen() {
		if len(coarseSkeleton(ix.key(int32(v)))) >= 3 {
			n++
		}
	}
	return 4 * n
}

// exactCandidates appends to dst the aliases that hold the one-token query q exactly, as a word
// or as two adjacent words written together.
func (ix *tokenIndex) exactCandidates(dst []int32, q *name) []int32 {
	if v := ix.lookup(q.toks[0]); v >= 0 {
		dst = append(dst, ix.postings(v)...)
	}
	return dst
}

func (ix *tokenIndex) known(t string) bool { return ix.lookup(t) >= 0 }

func (ix *tokenIndex) near(t string, memo *hitMemo) bool {
	if len(ix.aliasStats) == 0 {
		return false
	}
	s := ix.scratch()
	defer ix.pool.Put(s)
	s.nextEpoch()
	return len(ix.unitHits(s, memo, t, "", maxDeletes(t), scriptLatin, false)) > 0
}

// lookup returns the vocabulary id of t, or -1: t is its own 0-deletion variant in the table.
func (ix *tokenIndex) lookup(t string) int32 {
	found := int32(-1)
	if ix.entries == nil {
		return found
	}
	ix.probe(mix(hashString(t)), func(v int32) {
		if found < 0 && ix.text(v) == t {
			found = v
		}
	})
	return found
}
