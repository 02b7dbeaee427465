package normalize_test

import (
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

// goldenMatcher builds a Matcher over the golden tests' gazetteer.
func goldenMatcher(t testing.TB) *normalize.Matcher {
	t.Helper()
	g, err := gazetteer.ReadFile(filepath.Join(goldenDir, "gazetteer.jsonl"))
	require.NoError(t, err)
	m, err := normalize.New(g)
	require.NoError(t, err)
	return m
}

// goldenArticles returns the golden tests' articles, joined as paragraphs.
func goldenArticles(t testing.TB) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(goldenDir, "*.txt"))
	require.NoError(t, err)
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		b.Write(data)
		b.WriteString("\n\n")
	}
	return b.String()
}

// chunkedReader hands out its data in chunks of random sizes, the way pipes and sockets do.
type chunkedReader struct {
	data []byte
	rng  *rand.Rand
	max  int
}

func (r *chunkedReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := min(len(p), len(r.data), 1+r.rng.IntN(r.max))
	copy(p, r.data[:n])
	r.data = r.data[n:]
	return n, nil
}

// streamFix runs text through a Transformer read in random chunks and returns the output and the
// mentions it reported.
func streamFix(t testing.TB, m *normalize.Matcher, text string, seed uint64, maxChunk int) (string, []normalize.Mention) {
	t.Helper()
	var mentions []normalize.Mention
	tr := m.NewTransformer(func(mt normalize.Mention) { mentions = append(mentions, mt) })
	src := &chunkedReader{data: []byte(text), rng: rand.New(rand.NewPCG(seed, 1)), max: maxChunk}
	var out bytes.Buffer
	_, err := io.Copy(&out, transform.NewReader(src, tr))
	require.NoError(t, err)
	return out.String(), mentions
}

func TestTransformerEqualsFix(t *testing.T) {
	m := goldenMatcher(t)
	articles := goldenArticles(t)
	long := strings.Repeat(articles, 1+3*normalize.SegmentSize/len(articles))
	// A text without a single break forces cuts between characters.
	unbroken := strings.Repeat("Zelenskyy·Kyiv·Эрдоган·", 2*normalize.SegmentSize/len("Zelenskyy·Kyiv·Эрдоган·"))
	tests := []struct {
		name string
		text string
	}{
		{"empty", ""},
		{"short", "Polish Prime Minister Donald Tass said ... Task told reporters in kyiv."},
		{"articles", articles},
		{"several segments", long},
		{"unbroken", unbroken},
		{"invalid UTF-8", "Donald Tass \xff\xfe in Kiev\x00 and \xe2\x82 Turkier"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := m.Fix(tt.text)
			for seed, maxChunk := range []int{1, 7, 4096, 100_000} {
				got, mentions := streamFix(t, m, tt.text, uint64(seed), maxChunk)
				require.True(t, want.Text == got, "chunks of up to %d bytes: output differs from Fix", maxChunk)
				require.Equal(t, len(want.Mentions), len(mentions), "chunks of up to %d bytes", maxChunk)
				for i := range mentions {
					assert.Equal(t, want.Mentions[i], mentions[i], "mention %d", i)
				}
			}
		})
	}
}

func TestFixSegmentsCarryContext(t *testing.T) {
	m := goldenMatcher(t)
	filler := strings.Repeat("The talks went on for hours and nobody said much.\n\n", 2*normalize.SegmentSize/52)
	text := "Polish Prime Minister Donald Tusk arrived.\n\n" + filler + "\"We are ready,\" Task told reporters.\n"
	res := m.Fix(text)
	assert.True(t, strings.Contains(res.Text, "Tusk told reporters"), "a name resolved in an earlier segment is context for a later one")
	for _, mt := range res.Mentions {
		assert.Equal(t, text[mt.Start:mt.End], mt.Text)
	}
}

func TestTransformerReset(t *testing.T) {
	m := goldenMatcher(t)
	tr := m.NewTransformer(nil)
	first, _, err := transform.String(tr, "Polish Prime Minister Donald Tusk arrived. \"We are ready,\" Task told reporters.")
	require.NoError(t, err)
	assert.Contains(t, first, "Tusk told reporters")
	// transform.String resets the Transformer: the next document does not know Tusk.
	second, _, err := transform.String(tr, "\"We are ready,\" Task told reporters.")
	require.NoError(t, err)
	assert.Equal(t, "\"We are ready,\" Task told reporters.", second)
}

func TestTransformerShortDst(t *testing.T) {
	m := goldenMatcher(t)
	text := "Voldimi Zelensky met Donald Tass in Kiev."
	want := m.Fix(text).Text
	tr := m.NewTransformer(nil)
	var out []byte
	dst := make([]byte, 3)
	src := []byte(text)
	for {
		nDst, nSrc, err := tr.Transform(dst, src, true)
		out = append(out, dst[:nDst]...)
		src = src[nSrc:]
		if err == nil {
			break
		}
		require.ErrorIs(t, err, transform.ErrShortDst)
	}
	assert.Equal(t, want, string(out))
}

func FuzzTransformer(f *testing.F) {
	f.Add("Polish Prime Minister Donald Tass said. Task told reporters in kyiv.", uint64(1), 3)
	f.Add("Voldimi Zelensky\r\nmet Receptacle Tayyip Erdogan \xff in Turkier", uint64(2), 1)
	m := goldenMatcher(f)
	f.Fuzz(func(t *testing.T, text string, seed uint64, maxChunk int) {
		if len(text) > maxFuzzText {
			return // TestTransformerEqualsFix covers texts of several segments
		}
		maxChunk = 1 + abs(maxChunk)%5000
		want := m.Fix(text)
		got, mentions := streamFix(t, m, text, seed, maxChunk)
		require.Equal(t, want.Text, got)
		require.Equal(t, want.Mentions, mentions)
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// TestTransformerReusedEqualsFix: a Transformer reset between documents keeps its caches, and
// gives each document what Fix gives it alone.
func TestTransformerReusedEqualsFix(t *testing.T) {
	m := goldenMatcher(t)
	articles := strings.Split(goldenArticles(t), "\n\n")
	articles = append(articles, articles...) // the second time round, every lookup is cached
	tr := m.NewTransformer(nil)
	for i, a := range articles {
		got, _, err := transform.String(tr, a)
		require.NoError(t, err)
		assert.Equal(t, m.Fix(a).Text, got, "article %d", i)
	}
}

// TestFixerEqualsFix: a Fixer keeps its caches across documents and gives each what Fix gives it.
func TestFixerEqualsFix(t *testing.T) {
	m := goldenMatcher(t)
	articles := strings.Split(goldenArticles(t), "\n\n")
	articles = append(articles, articles...)
	f := m.NewFixer()
	for i, a := range articles {
		assert.Equal(t, m.Fix(a), f.Fix(a), "article %d", i)
	}
}
