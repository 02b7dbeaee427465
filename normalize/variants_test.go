package normalize

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/canonym/canonym/gazetteer"
)

// variantPair is one row of testdata/variants.tsv.
type variantPair struct {
	a, b  string
	match bool
	line  int
	kind  string // the comment that heads the row's section: where the variant comes from
}

func loadVariants(t testing.TB) []variantPair {
	t.Helper()
	f, err := os.Open("testdata/variants.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []variantPair
	kind := ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" {
			continue
		}
		if c, ok := strings.CutPrefix(line, "#"); ok {
			if c = strings.TrimSpace(c); c != "" {
				kind = c
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[2] != "match" && f[2] != "nomatch" {
			t.Fatalf("variants.tsv:%d: want name<TAB>name<TAB>match|nomatch, got %q", n, line)
		}
		out = append(out, variantPair{a: f[0], b: f[1], match: f[2] == "match", line: n, kind: kind})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestVariants runs the variant table through Compare, in both orders: every real variant must
// match and no hard non-match may (precision 1.0).
func TestVariants(t *testing.T) {
	pairs := loadVariants(t)
	if len(pairs) < 300 {
		t.Fatalf("variants.tsv has %d pairs, want at least 300", len(pairs))
	}
	var tp, fp, fn, tn int
	for _, p := range pairs {
		for _, ab := range [][2]string{{p.a, p.b}, {p.b, p.a}} {
			c := Compare(ab[0], ab[1])
			switch {
			case p.match && c.Match:
				tp++
			case p.match:
				fn++
				t.Errorf("variants.tsv:%d (%s): %q ~ %q scored %.3f, want a match (%s)", p.line, p.kind, ab[0], ab[1], c.Score, c.Reason)
			case c.Match:
				fp++
				t.Errorf("variants.tsv:%d (%s): %q ~ %q scored %.3f, want no match (%s)", p.line, p.kind, ab[0], ab[1], c.Score, c.Reason)
			default:
				tn++
			}
		}
	}
	t.Logf("%d pairs: %d/%d matches found, %d/%d non-matches kept apart", len(pairs), tp, tp+fn, tn, tn+fp)
}

// BenchmarkVariantKeys measures what the transliteration and spelling-tradition keys cost over
// the embedded default gazetteer (9,738 entities), with the variant table's names as queries:
//
//	entity: preparing every name as the Matcher does (fold with script classes, number words,
//	        articles, phonetic keys, units) plus the coarse skeletons; ns/entity, and
//	        skel-B/entity, the heap the skeleton index of a built Matcher holds
//	query:  the skeleton lookups a query adds to candidate generation; ns/query, and
//	        skel-cands/query, the vocabulary entries they visit
//	match:  a whole Match of a variant-table name, for scale; ns/query
func BenchmarkVariantKeys(b *testing.B) {
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	var names []string
	for _, e := range g.All() {
		names = append(names, e.Names()...)
	}
	var queries []string
	for _, p := range loadVariants(b) {
		queries = append(queries, p.a, p.b)
	}
	b.Run("entity", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range names {
				toks, scripts := foldTokensScripts(s)
				n := newNameScripts(toks, scripts)
				for _, k := range n.keys {
					_ = coarseSkeleton(k)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(g.Len()), "ns/entity")
		m, err := New(g)
		if err != nil {
			b.Fatal(err)
		}
		ix := m.index.(*tokenIndex)
		b.ReportMetric(float64(ix.skeletonBytes())/float64(g.Len()), "skel-B/entity")
	})
	m, err := New(g)
	if err != nil {
		b.Fatal(err)
	}
	ix := m.index.(*tokenIndex)
	b.Run("query", func(b *testing.B) {
		visited := 0
		for b.Loop() {
			visited = 0
			for _, q := range queries {
				toks, scripts := foldTokensScripts(q)
				n := newNameScripts(toks, scripts)
				for i, k := range n.keys {
					if sk := coarseSkeleton(k); len(sk) >= 3 && n.script(i) != scriptLatin {
						visited += ix.skeletonHits(sk)
					}
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(queries)), "ns/query")
		b.ReportMetric(float64(visited)/float64(len(queries)), "skel-cands/query")
	})
	b.Run("match", func(b *testing.B) {
		for b.Loop() {
			for _, q := range queries {
				m.Match(q)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(queries)), "ns/query")
	})
}
