package normalize

// Benchmarks of the Matcher at scale (issue 6). Names are benchstat-friendly:
//
//	BenchmarkBuild/names=N            Matcher build; heap-B/entity, heap-MiB, index-MiB
//	BenchmarkMatch/names=N            Match over fixed noisy queries; p50-ns, p99-ns (and cpu-),
//	                                  top1-% (ranked first), match-% (Match answers, rightly)
//	BenchmarkMatchBruteForce/names=N  agnivade/levenshtein over every folded name; p50-ns, top1-%
//	BenchmarkDefault/load             parse of the embedded default gazetteer files
//	BenchmarkDefault/build            Matcher build over the default gazetteer
//
// N is 1,000, 10,000 and 120,000. The entities are a deterministic sample of the gazetteer named by
// CANONYM_BENCH_GAZETTEER (a JSONL file, normally GeoNames cities from bench/gen-cities) or, when
// that is unset, of a synthetic gazetteer of realistic-looking names made here, so that
// `go test -bench` works offline and in CI. bench/run runs them and prints the README's table.

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/canonym/canonym/gazetteer"
)

// benchSizes are the gazetteer sizes of the scaling benchmarks.
var benchSizes = []int{1000, 10000, 120000}

// benchQueries is how many noisy queries each Match benchmark cycles through; top-1 accuracy is
// measured over all of them.
const benchQueries = 500

func BenchmarkBuild(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("names=%d", n), func(b *testing.B) {
			g := benchGazetteer(b, n)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := New(g); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			reportHeap(b, g)
		})
	}
}

// reportHeap builds one more Matcher and reports the heap it holds, per entity and in total, and
// the part held by the candidate index alone.
func reportHeap(b *testing.B, g *gazetteer.Gazetteer) {
	before := liveHeap()
	m, err := New(g)
	if err != nil {
		b.Fatal(err)
	}
	withIndex := liveHeap()
	m.index = nil
	withoutIndex := liveHeap()
	runtime.KeepAlive(m)
	total := float64(withIndex) - float64(before)
	b.ReportMetric(total/float64(g.Len()), "heap-B/entity")
	b.ReportMetric(total/(1<<20), "heap-MiB")
	b.ReportMetric((float64(withIndex)-float64(withoutIndex))/(1<<20), "index-MiB")
	b.ReportMetric(float64(g.Len()), "entities")
}

func liveHeap() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

func BenchmarkMatch(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("names=%d", n), func(b *testing.B) {
			m := benchMatcher(b, n)
			qs := benchNoisyQueries(m.Gazetteer())
			// top1-%: the entity ranked first is right, as for brute force, which always answers.
			// match-%: Match answers (score over the threshold, not ambiguous) and is right.
			correct, answered := 0, 0
			for _, q := range qs {
				if mt, ok := m.Match(q.text); q.accepts(mt.Entity) && ok {
					answered++
				}
				if r := m.rankLoose(q.text); len(r) > 0 && q.accepts(r[0].Entity) {
					correct++
				}
			}
			lat := make([]time.Duration, 0, 1<<16)
			cpu := make([]time.Duration, 0, 1<<16)
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				q := qs[i%len(qs)].text
				c0, t0 := threadCPU(), time.Now()
				m.Match(q)
				d := time.Since(t0)
				lat, cpu = append(lat, d), append(cpu, time.Duration(threadCPU()-c0))
			}
			b.StopTimer()
			reportLatency(b, lat, "")
			reportLatency(b, cpu, "cpu-")
			b.ReportMetric(100*float64(correct)/float64(len(qs)), "top1-%")
			b.ReportMetric(100*float64(answered)/float64(len(qs)), "match-%")
		})
	}
}

// rankLoose ranks the entities for a query as Match does but without the guard that withholds a
// lone damaged word from a lookup (rankName's loose mode, as Fix uses it): the ranking itself.
func (m *Matcher) rankLoose(query string) []Match {
	toks, scripts := foldTokensScripts(query)
	if len(toks) == 0 {
		return nil
	}
	q := newNameScripts(toks, scripts)
	return m.rankName(&q, 1, true, nil)
}

func BenchmarkMatchBruteForce(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("names=%d", n), func(b *testing.B) {
			g := benchGazetteer(b, n)
			bf := bruteForceFor(g)
			qs := benchNoisyQueries(g)
			// One pass over every query gives the accuracy and the latency distribution; at
			// 120,000 names it takes seconds, so it is made once per process and size.
			res := bruteForceResults(bf, qs)
			for i := 0; b.Loop(); i++ {
				bf.best(qs[i%len(qs)].text)
			}
			b.StopTimer()
			reportLatency(b, res.lat, "")
			b.ReportMetric(res.top1, "top1-%")
		})
	}
}

// reportLatency reports the median and 99th percentile of per-query times as p50-ns and p99-ns,
// with prefix "cpu-" for thread CPU time.
func reportLatency(b *testing.B, lat []time.Duration, prefix string) {
	if len(lat) == 0 {
		return
	}
	s := slices.Clone(lat)
	slices.Sort(s)
	q := func(p float64) float64 { return float64(s[int(p*float64(len(s)-1))].Nanoseconds()) }
	b.ReportMetric(q(0.50), prefix+"p50-ns")
	b.ReportMetric(q(0.99), prefix+"p99-ns")
}

func BenchmarkDefault(b *testing.B) {
	b.Run("load", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			parseDefaultFiles(b)
		}
		b.StopTimer()
		before := liveHeap()
		g := parseDefaultFiles(b)
		after := liveHeap()
		runtime.KeepAlive(g)
		b.ReportMetric((float64(after)-float64(before))/(1<<20), "heap-MiB")
		b.ReportMetric(float64(g.Len()), "entities")
	})
	b.Run("build", func(b *testing.B) {
		g, err := gazetteer.Default()
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			if _, err := New(g); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		reportHeap(b, g)
	})
}

// parseDefaultFiles parses the embedded default gazetteer's files from the source tree the way
// gazetteer.Default does (which caches its result): every data/*.jsonl but the generators'
// curated inputs, merged.
func parseDefaultFiles(b *testing.B) *gazetteer.Gazetteer {
	files, err := filepath.Glob("../gazetteer/data/*.jsonl")
	if err != nil || len(files) == 0 {
		b.Fatalf("default gazetteer files: %v (%d found)", err, len(files))
	}
	var gs []*gazetteer.Gazetteer
	for _, f := range files {
		if strings.HasSuffix(f, "-curated.jsonl") {
			continue
		}
		g, err := gazetteer.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		gs = append(gs, g)
	}
	g, err := gazetteer.Merge(gs...)
	if err != nil {
		b.Fatal(err)
	}
	return g
}

// --- gazetteers -----------------------------------------------------------------------------------

var benchCache struct {
	sync.Mutex
	all      []gazetteer.Entity // shuffled source entities, largest size
	byN      map[int]*gazetteer.Gazetteer
	matchers map[int]*Matcher
	brute    map[*gazetteer.Gazetteer]*bruteForce
	results  map[*gazetteer.Gazetteer]*bruteResult
}

// benchGazetteer returns the first n entities of the shuffled benchmark gazetteer (all of them
// when it holds fewer).
func benchGazetteer(b *testing.B, n int) *gazetteer.Gazetteer {
	benchCache.Lock()
	defer benchCache.Unlock()
	if g := benchCache.byN[n]; g != nil {
		return g
	}
	if benchCache.all == nil {
		benchCache.all = loadBenchEntities(b)
	}
	all, key := benchCache.all, n
	if n > len(all) {
		b.Logf("benchmark gazetteer has %d entities, fewer than %d", len(all), n)
		n = len(all)
	}
	g, err := gazetteer.New(all[:n]...)
	if err != nil {
		b.Fatal(err)
	}
	if benchCache.byN == nil {
		benchCache.byN = map[int]*gazetteer.Gazetteer{}
	}
	benchCache.byN[key] = g
	return g
}

func benchMatcher(b *testing.B, n int) *Matcher {
	g := benchGazetteer(b, n)
	benchCache.Lock()
	defer benchCache.Unlock()
	if m := benchCache.matchers[g.Len()]; m != nil {
		return m
	}
	m, err := New(g)
	if err != nil {
		b.Fatal(err)
	}
	if benchCache.matchers == nil {
		benchCache.matchers = map[int]*Matcher{}
	}
	benchCache.matchers[g.Len()] = m
	return m
}

func loadBenchEntities(b *testing.B) []gazetteer.Entity {
	var ents []gazetteer.Entity
	if path := os.Getenv("CANONYM_BENCH_GAZETTEER"); path != "" {
		g, err := gazetteer.ReadFile(path)
		if err != nil {
			b.Fatalf("CANONYM_BENCH_GAZETTEER: %v", err)
		}
		for _, e := range g.All() {
			ents = append(ents, *e)
		}
	} else {
		ents = syntheticEntities(benchSizes[len(benchSizes)-1])
	}
	// A fixed shuffle, so that every size is a sample of the whole rather than a run of ids.
	r := rand.New(rand.NewPCG(6, 1))
	r.Shuffle(len(ents), func(i, j int) { ents[i], ents[j] = ents[j], ents[i] })
	return ents
}

// syntheticEntities makes n deterministic entities with names that look like those of a
// gazetteer of places and people from many languages: syllable stems with the affixes of
// several naming traditions, some diacritics, some multi-word names and some aliases.
func syntheticEntities(n int) []gazetteer.Entity {
	r := rand.New(rand.NewPCG(2026, 6))
	onsets := []string{"b", "br", "ch", "d", "dr", "f", "g", "gr", "h", "k", "kh", "kr", "l", "m", "n", "p", "pr", "r", "s", "sh", "st", "t", "tr", "v", "z", "zh", "j", "y", "w", "sl", "", ""}
	vowels := []string{"a", "e", "i", "o", "u", "a", "o", "ia", "ou", "ei", "é", "ö", "ü", "á", "y"}
	codas := []string{"", "", "", "n", "r", "l", "s", "k", "m", "t", "nd", "rk", "sk", "ng"}
	suffixes := []string{"", "", "", "", "ovka", "ovo", "sk", "grad", "burg", "berg", "ville", "abad", "pur", "ton", "ford", "hausen", "ingen", "iyah", "shahr", "stan", "ino", "ów", "ice", "ey", "hamn", "by", "dorf", "polis", "ana", "ito"}
	prefixes := []string{"San", "Santa", "Novo", "Nueva", "Bad", "Port", "Saint", "Al", "El", "Kafr", "Ban", "New", "Upper", "Villa", "Ciudad", "Mount", "Lake", "Nizhny", "Bir", "Tel"}
	given := []string{"Maria", "Ahmed", "Olga", "John", "Wei", "Fatima", "Carlos", "Anna", "Mohammed", "Ivan", "Sofia", "Kenji", "Amara", "Luca", "Nadia", "Pedro", "Elena", "Yusuf", "Ingrid", "Rahul"}
	stem := func() string {
		var sb strings.Builder
		for k := 1 + r.IntN(3); k > 0; k-- {
			sb.WriteString(onsets[r.IntN(len(onsets))])
			sb.WriteString(vowels[r.IntN(len(vowels))])
			if r.IntN(3) == 0 {
				sb.WriteString(codas[r.IntN(len(codas))])
			}
		}
		sb.WriteString(suffixes[r.IntN(len(suffixes))])
		s := sb.String()
		if utf8.RuneCountInString(s) < 3 {
			s += "ra"
		}
		first, size := utf8.DecodeRuneInString(s)
		return string(unicode.ToUpper(first)) + s[size:]
	}
	ents := make([]gazetteer.Entity, 0, n)
	for i := range n {
		e := gazetteer.Entity{ID: fmt.Sprintf("syn-%d", i), Kind: gazetteer.Place, Prior: float64(r.IntN(60)) / 100}
		switch k := r.IntN(20); {
		case k < 3: // a person
			e.Kind = gazetteer.Person
			e.Name = given[r.IntN(len(given))] + " " + stem()
			if r.IntN(3) == 0 {
				e.Name = given[r.IntN(len(given))] + " " + stem() + " " + stem()
			}
		case k < 6:
			e.Name = prefixes[r.IntN(len(prefixes))] + " " + stem()
		case k < 8:
			e.Name = stem() + " " + stem()
		default:
			e.Name = stem()
		}
		if r.IntN(8) == 0 {
			e.Aliases = []string{stem()}
		}
		ents = append(ents, e)
	}
	return ents
}

// --- noisy queries --------------------------------------------------------------------------------

// noisyQuery is a damaged form of one name of the gazetteer. Any entity that has a name folding to
// the same string as the source is a correct answer: GeoNames has many towns of one name, and no
// method can tell them apart from the name alone.
type noisyQuery struct {
	text   string
	source string // folded source name
}

func (q noisyQuery) accepts(e *gazetteer.Entity) bool {
	if e == nil {
		return false
	}
	for _, n := range e.Names() {
		if Fold(n) == q.source {
			return true
		}
	}
	return false
}

// benchNoisyQueries makes benchQueries queries from the canonical names of a fixed sample of g's
// entities, cycling through the kinds of damage: a substituted, inserted or dropped letter, two
// adjacent letters transposed, two edits, lowercase, and uppercase with a transposition. Names of
// fewer than five letters are not used: one edit in them makes another name.
func benchNoisyQueries(g *gazetteer.Gazetteer) []noisyQuery {
	r := rand.New(rand.NewPCG(42, uint64(g.Len())))
	var qs []noisyQuery
	for len(qs) < benchQueries {
		e := g.Entity(r.IntN(g.Len()))
		folded := Fold(e.Name)
		if n := len(strings.ReplaceAll(folded, " ", "")); n < 5 || n > 40 || !isASCII(folded) {
			continue
		}
		rs := []rune(e.Name)
		switch len(qs) % 7 {
		case 0:
			rs = substitute(r, rs)
		case 1:
			rs = insert(r, rs)
		case 2:
			rs = drop(r, rs)
		case 3:
			rs = transpose(r, rs)
		case 4:
			ops := []func(*rand.Rand, []rune) []rune{substitute, insert, drop, transpose}
			rs = ops[r.IntN(len(ops))](r, rs)
			rs = ops[r.IntN(len(ops))](r, rs)
		case 5:
			rs = []rune(strings.ToLower(string(rs)))
		case 6:
			rs = []rune(strings.ToUpper(string(transpose(r, rs))))
		}
		qs = append(qs, noisyQuery{text: string(rs), source: folded})
	}
	return qs
}

// letterAt returns a random index of a letter in rs (-1 if none).
func letterAt(r *rand.Rand, rs []rune) int {
	var idx []int
	for i, c := range rs {
		if unicode.IsLetter(c) {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return -1
	}
	return idx[r.IntN(len(idx))]
}

func randomLetter(r *rand.Rand, not rune) rune {
	for {
		c := rune('a' + r.IntN(26))
		if c != unicode.ToLower(not) {
			return c
		}
	}
}

func substitute(r *rand.Rand, rs []rune) []rune {
	if i := letterAt(r, rs); i >= 0 {
		rs[i] = randomLetter(r, rs[i])
	}
	return rs
}

func insert(r *rand.Rand, rs []rune) []rune {
	if i := letterAt(r, rs); i >= 0 {
		rs = slices.Insert(rs, i+1, randomLetter(r, 0))
	}
	return rs
}

func drop(r *rand.Rand, rs []rune) []rune {
	if i := letterAt(r, rs); i >= 0 {
		rs = slices.Delete(rs, i, i+1)
	}
	return rs
}

func transpose(r *rand.Rand, rs []rune) []rune {
	for range 8 {
		i := letterAt(r, rs)
		if i >= 0 && i+1 < len(rs) && unicode.IsLetter(rs[i+1]) && rs[i] != rs[i+1] {
			rs[i], rs[i+1] = rs[i+1], rs[i]
			break
		}
	}
	return rs
}

// --- brute force ----------------------------------------------------------------------------------

// bruteForce is what a user would otherwise write: the Levenshtein distance from the folded query
// to every folded name and alias, the best normalised score winning (the first on ties).
type bruteForce struct {
	names  []string
	runes  []int
	entity []int
	g      *gazetteer.Gazetteer
}

type bruteResult struct {
	lat  []time.Duration
	top1 float64
}

func bruteForceFor(g *gazetteer.Gazetteer) *bruteForce {
	benchCache.Lock()
	defer benchCache.Unlock()
	if bf := benchCache.brute[g]; bf != nil {
		return bf
	}
	bf := &bruteForce{g: g}
	for i, e := range g.All() {
		for _, n := range e.Names() {
			f := Fold(n)
			if f == "" {
				continue
			}
			bf.names = append(bf.names, f)
			bf.runes = append(bf.runes, utf8.RuneCountInString(f))
			bf.entity = append(bf.entity, i)
		}
	}
	if benchCache.brute == nil {
		benchCache.brute = map[*gazetteer.Gazetteer]*bruteForce{}
	}
	benchCache.brute[g] = bf
	return bf
}

func (bf *bruteForce) best(query string) *gazetteer.Entity {
	q := Fold(query)
	qn := utf8.RuneCountInString(q)
	best, bestScore := -1, -1.0
	for i, n := range bf.names {
		d := levenshtein.ComputeDistance(q, n)
		score := 1 - float64(d)/float64(max(qn, bf.runes[i]))
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return nil
	}
	return bf.g.Entity(bf.entity[best])
}

func bruteForceResults(bf *bruteForce, qs []noisyQuery) *bruteResult {
	benchCache.Lock()
	if res := benchCache.results[bf.g]; res != nil {
		benchCache.Unlock()
		return res
	}
	benchCache.Unlock()
	res := &bruteResult{}
	correct := 0
	for _, q := range qs {
		t0 := time.Now()
		e := bf.best(q.text)
		res.lat = append(res.lat, time.Since(t0))
		if q.accepts(e) {
			correct++
		}
	}
	res.top1 = 100 * float64(correct) / float64(len(qs))
	benchCache.Lock()
	if benchCache.results == nil {
		benchCache.results = map[*gazetteer.Gazetteer]*bruteResult{}
	}
	benchCache.results[bf.g] = res
	benchCache.Unlock()
	return res
}
