package normalize_test

// Scaling benchmarks of Fix (issue 7): work must grow linearly with the input, whatever the input.
// Each benchmark reports ns/byte besides the usual figures, so that a flat ns/byte across sizes
// shows linear growth and a rising one shows superlinear work.
//
//	BenchmarkFixSize/SIZE/GAZ              news-like text of 1 KiB .. 16 MiB
//	BenchmarkFixPathological/CASE/SIZE/GAZ  hostile inputs at two or three sizes
//
// GAZ is "small" (testdata/golden/gazetteer.jsonl, the 72 entities the news text names) or
// "default" (the embedded default gazetteer of 9,738 entities, built once). Fix with the default
// gazetteer costs about a hundred times more per byte, so it runs only up to defaultMaxBytes; the
// pathological cases run at 1/16, 1/4 and 1 of their nominal size, the last with the small
// gazetteer only. Run with a short -benchtime, e.g.
//
//	go test -run='^$' -bench='^BenchmarkFix(Size|Pathological)$' -benchtime=1x ./normalize

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

// scalingGazetteers returns the benchmarks' Matchers by name, in order: small first, then default.
func scalingGazetteers(b *testing.B) []struct {
	name string
	m    *normalize.Matcher
} {
	b.Helper()
	scalingOnce.Do(func() {
		small, err := gazetteer.ReadFile("testdata/golden/gazetteer.jsonl")
		if err != nil {
			scalingErr = err
			return
		}
		def, err := gazetteer.Default()
		if err != nil {
			scalingErr = err
			return
		}
		for _, g := range []struct {
			name string
			g    *gazetteer.Gazetteer
		}{{"small", small}, {"default", def}} {
			m, err := normalize.New(g.g)
			if err != nil {
				scalingErr = err
				return
			}
			scalingMatchers = append(scalingMatchers, struct {
				name string
				m    *normalize.Matcher
			}{g.name, m})
		}
	})
	if scalingErr != nil {
		b.Fatal(scalingErr)
	}
	return scalingMatchers
}

var (
	scalingOnce     sync.Once
	scalingErr      error
	scalingMatchers []struct {
		name string
		m    *normalize.Matcher
	}
)

// scalingNews returns size bytes of news-like text: the golden articles (real-looking news with
// garbled names) repeated, cut at a character boundary.
func scalingNews(b *testing.B, size int) string {
	b.Helper()
	files, err := filepath.Glob("testdata/golden/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no golden articles: %v", err)
	}
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	return fill(sb.String(), size)
}

// fill repeats unit to size bytes, cut back to a character boundary.
func fill(unit string, size int) string {
	s := strings.Repeat(unit, size/len(unit)+1)[:size]
	for len(s) > 0 && !utf8.RuneStart(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	if r, n := utf8.DecodeLastRuneInString(s); r == utf8.RuneError && n == 1 && len(s) > 0 && s[len(s)-1] >= utf8.RuneSelf {
		s = s[:len(s)-1] // an incomplete sequence at the cut
	}
	return s
}

// benchFix runs Fix on text and reports ns/byte.
func benchFix(b *testing.B, m *normalize.Matcher, text string) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		m.Fix(text)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(text)), "ns/byte")
}

const (
	kiB = 1 << 10
	miB = 1 << 20
)

// defaultMaxBytes is the largest input Fix runs on with the default gazetteer in these benchmarks:
// at about 100 µs a byte, 1 MiB would take minutes.
const defaultMaxBytes = 256 * kiB

// sizeLabel names a size in bytes: "1KiB", "256KiB", "16MiB".
func sizeLabel(n int) string {
	if n >= miB && n%miB == 0 {
		return strconv.Itoa(n/miB) + "MiB"
	}
	return strconv.Itoa(n/kiB) + "KiB"
}

func BenchmarkFixSize(b *testing.B) {
	ms := scalingGazetteers(b)
	for _, size := range []int{kiB, 16 * kiB, 256 * kiB, miB, 4 * miB, 16 * miB} {
		text := scalingNews(b, size)
		b.Run(sizeLabel(size), func(b *testing.B) {
			for _, g := range ms {
				if g.name == "default" && size > defaultMaxBytes {
					continue
				}
				b.Run(g.name, func(b *testing.B) { benchFix(b, g.m, text) })
			}
		})
	}
}

// pathological inputs, each a function of its nominal size: bytes, or words where label says so.
var pathological = []struct {
	name  string
	size  int
	label func(size int) string
	make  func(size int) string
}{
	// One word of 1 MiB: a capital, then lower-case letters only, so that camel-case splitting
	// does not cut it.
	{"token1MiB", miB, sizeLabel, func(size int) string {
		return fill("Voldimi"+strings.Repeat("zelensky", size/8), size)
	}},
	// 100,000 words on one line: no line break, no sentence end; names and garbled names among
	// ordinary words.
	{"tokens100k_one_line", 100_000, func(words int) string { return strconv.Itoa(words/1000) + "kwords" }, func(words int) string {
		unit := strings.Fields("Donald Tass met Voldimi Zelensky in kyiv and the Receptacle Tayyip Erdogan delegation from Turkier said that")
		var sb strings.Builder
		for i := range words {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(unit[i%len(unit)])
		}
		return sb.String()
	}},
	// A run of capitalised words with nothing between them but spaces: a title-case list of
	// names that never ends.
	{"capitalised_run", miB, sizeLabel, func(size int) string {
		return fill("Donald Tass Voldimi Zelensky Kyiv Paris New York City Mark Rute Angela Merkle Emmanual Macron Riad Turkier Natacha Batler Al Jazeera ", size)
	}},
	// Words carrying 10,000 combining marks each, inside names.
	{"combining_marks_10k", miB, sizeLabel, func(size int) string {
		marks := strings.Repeat("\u0301", 10_000)
		return fill("President Voldimi Zelensk"+marks+"y visited Kyi"+marks+"v with Emmanu"+marks+"al Macron. ", size)
	}},
	// Name connectors in deep runs: long chains of particles between capitalised words, and
	// capitalised words alternating with particles without end.
	{"connector_runs", miB, sizeLabel, func(size int) string {
		deep := "Mohammed " + strings.Repeat("bin ", 50) + "Salman and Ursula " + strings.Repeat("von der ", 30) + "Leyen. "
		chain := strings.Repeat("Ali bin Abd al Rahman ibn Saud de la Cruz van den ", 20) + ". "
		return fill(deep+chain, size)
	}},
	// Invalid UTF-8: names broken by stray bytes, truncated sequences and surrogates, then random
	// bytes.
	{"invalid_utf8", miB, sizeLabel, func(size int) string {
		broken := fill("Donald\xffTass met Vol\xc3dimi Zelensky\xed\xa0\x80 in ky\x80iv; Riad\xf4\x90\x80\x80 and Turkier\xc0\xaf. ", size/2)
		rng := rand.New(rand.NewPCG(7, 7))
		junk := make([]byte, size-len(broken))
		for i := range junk {
			junk[i] = byte(rng.Uint32())
		}
		return broken + string(junk)
	}},
}

func BenchmarkFixPathological(b *testing.B) {
	ms := scalingGazetteers(b)
	for _, p := range pathological {
		b.Run(p.name, func(b *testing.B) {
			for _, size := range []int{p.size / 16, p.size / 4, p.size} {
				text := p.make(size)
				b.Run(p.label(size), func(b *testing.B) {
					for _, g := range ms {
						if g.name == "default" && size == p.size {
							continue
						}
						b.Run(g.name, func(b *testing.B) { benchFix(b, g.m, text) })
					}
				})
			}
		})
	}
}
