package normalize_test

import (
	"cmp"
	"crypto/sha256"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

// This file generates a benchmark input that looks like a wire-service news archive: articles with
// a title-case headline and paragraphs of prose in which names of the default gazetteer recur with
// a Zipf-like frequency, mixed with invented people the gazetteer does not know, a few garbled
// spellings and the capitalised words (sentence starts, titles, months, acronyms, nationalities)
// that make name finding hard. The golden articles repeated (newsText) make the matcher see the
// same few dozen names over and over, which flatters any cache; this text does not.

// newsLikeText returns exactly size bytes of generated news text, the same on every run and
// machine. The generated articles are cut at the last UTF-8 rune boundary at or before size and
// padded with spaces up to size, so the result is valid UTF-8 and len(result) == size; the last
// article is usually cut short. The text is generated once per size and test binary.
func newsLikeText(tb testing.TB, size int) string {
	tb.Helper()
	return newsLikeCorpus(tb, size).text
}

// newsCorpus is generated text together with what the generator knows about it.
type newsCorpus struct {
	text string
	// articles describes the articles that end before the cut, in order.
	articles []newsArticleStats
}

// newsArticleStats is what the generator records about one article.
type newsArticleStats struct {
	start, end     int // byte range of the article in the text, the blank line after it excluded
	words          int // word tokens (see newsWords), headline included
	paragraphs     int
	nameTokens     int      // word tokens inside name mentions
	mentionKeys    []string // one per name mention: entity ID, or "invented:" and the name
	personMentions int
	invented       int // person mentions of invented people
	entityMentions int // mentions of gazetteer entities
	garbled        int // gazetteer mentions written with an error
}

// newsCorpusCache keeps one generated corpus per size: generating the megabyte takes a noticeable
// fraction of a second, and the test, both benchmarks and every -count repetition ask for it.
var newsCorpusCache struct {
	sync.Mutex
	bySize map[int]*newsCorpus
}

// newsLikeCorpus returns the cached corpus of the given size, generating it on first use.
func newsLikeCorpus(tb testing.TB, size int) *newsCorpus {
	tb.Helper()
	newsCorpusCache.Lock()
	defer newsCorpusCache.Unlock()
	if c, ok := newsCorpusCache.bySize[size]; ok {
		return c
	}
	g, err := gazetteer.Default()
	require.NoError(tb, err)
	c := generateNewsCorpus(g, size)
	if newsCorpusCache.bySize == nil {
		newsCorpusCache.bySize = make(map[int]*newsCorpus)
	}
	newsCorpusCache.bySize[size] = c
	return c
}

// generateNewsCorpus writes articles until there are size bytes, then cuts and pads to size.
func generateNewsCorpus(g *gazetteer.Gazetteer, size int) *newsCorpus {
	if size <= 0 {
		return &newsCorpus{}
	}
	w := newNewsWriter(g)
	var b strings.Builder
	b.Grow(size + 8<<10)
	var articles []newsArticleStats
	for b.Len() < size {
		if b.Len() > 0 {
			b.WriteString("\n") // the blank line between articles
		}
		text, stats := w.article()
		stats.start = b.Len()
		b.WriteString(text)
		stats.end = stats.start + len(text)
		articles = append(articles, stats)
	}
	full := b.String()
	cut := size
	for cut < len(full) && !utf8.RuneStart(full[cut]) {
		cut--
	}
	text := full[:cut] + strings.Repeat(" ", size-cut)
	complete := 0
	for complete < len(articles) && articles[complete].end < cut {
		complete++
	}
	return &newsCorpus{text: text, articles: articles[:complete]}
}

// newsSplitArticles splits news text into its articles, the way an archive pipeline sees them. An
// article starts at the beginning of the text or after a blank line, with a headline: a line that
// is followed by a blank line and does not end like a sentence. Paragraphs always end with
// sentence punctuation or a closing quote, so only headlines qualify. Each piece keeps the blank
// line that follows it, so the pieces concatenate back to text.
func newsSplitArticles(text string) []string {
	var articles []string
	start := 0
	for i := 0; ; {
		j := strings.Index(text[i:], "\n\n")
		if j < 0 {
			break
		}
		next := i + j + 2
		if newsIsHeadline(text[next:]) {
			articles = append(articles, text[start:next])
			start = next
		}
		i = next
	}
	return append(articles, text[start:])
}

// newsIsHeadline reports whether s starts with a headline line followed by a blank line.
func newsIsHeadline(s string) bool {
	line, rest, ok := strings.Cut(s, "\n")
	if !ok || line == "" || !strings.HasPrefix(rest, "\n") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(`.!?:"”’`, last)
}

// newsWords calls yield for each word token of s: a maximal run of letters, combining marks and
// digits that contains at least one letter. An apostrophe between letters joins ("Modi's" is one
// word); hyphens and other punctuation split ("Secretary-General" is two). Numbers such as 3.2%
// or 2025 are not words.
func newsWords(s string, yield func(word string)) {
	start, hasLetter := -1, false
	flush := func(end int) {
		if start >= 0 && hasLetter {
			yield(s[start:end])
		}
		start, hasLetter = -1, false
	}
	for i, r := range s {
		switch {
		case unicode.IsLetter(r):
			if start < 0 {
				start = i
			}
			hasLetter = true
		case unicode.IsMark(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		case (r == '\'' || r == '’') && start >= 0:
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			if !unicode.IsLetter(next) || !unicode.IsLetter(prev) {
				flush(i)
			}
		default:
			flush(i)
		}
	}
	flush(len(s))
}

// newsWordCount returns the number of word tokens of s.
func newsWordCount(s string) int {
	n := 0
	newsWords(s, func(string) { n++ })
	return n
}

// Sizes of the name pools, by prominence: enough that the long tail of rarely seen names is long,
// as in an archive, without reaching the obscure district names at the bottom of the gazetteer.
const (
	newsPersonPool = 600
	newsPlacePool  = 900
	newsOrgPool    = 200
)

// Rates of the events that make the text hard, per mention.
const (
	newsGarbleRate   = 0.03 // a gazetteer name is misspelt
	newsAliasRate    = 0.10 // a gazetteer name is written as one of its Latin-script aliases
	newsInventedRate = 0.42 // a person slot that introduces someone new gets an invented person
)

// TestNewsLikeText checks that the generated benchmark text is deterministic, well formed and of
// the intended shape, and logs the shape so that a change in it is visible next to a change in
// benchmark figures.
func TestNewsLikeText(t *testing.T) {
	const size = 1 << 20
	g, err := gazetteer.Default()
	require.NoError(t, err)

	c := newsLikeCorpus(t, size)
	text := c.text
	require.Equal(t, text, generateNewsCorpus(g, size).text, "generation is not deterministic")
	require.Equal(t, text, newsLikeText(t, size))
	require.Len(t, text, size)
	require.True(t, utf8.ValidString(text))
	for _, n := range []int{0, 1, 100, 4097} {
		small := newsLikeText(t, n)
		assert.Len(t, small, n)
		assert.True(t, utf8.ValidString(small))
		assert.True(t, strings.HasPrefix(text, strings.TrimRight(small, " ")), "size %d is not a prefix", n)
	}

	// Structure: the splitter finds the articles the generator wrote, and they have the lengths
	// the generator promises.
	pieces := newsSplitArticles(text)
	require.Equal(t, text, strings.Join(pieces, ""))
	require.GreaterOrEqual(t, len(pieces), len(c.articles))
	offset := 0
	for i, a := range c.articles {
		require.Equal(t, a.start, offset, "article %d starts elsewhere than the splitter says", i)
		offset += len(pieces[i])
		assert.GreaterOrEqual(t, a.words, 300, "article %d", i)
		assert.LessOrEqual(t, a.words, 800, "article %d", i)
		assert.GreaterOrEqual(t, a.paragraphs, 4, "article %d", i)
		assert.LessOrEqual(t, a.paragraphs, 9, "article %d", i)
	}

	// Invented people must be unknown to the gazetteer, or they would not test what they are for.
	entityNames := make(map[string]bool)
	for _, e := range g.All() {
		for _, name := range e.Names() {
			entityNames[normalize.Fold(name)] = true
		}
	}
	for _, a := range c.articles {
		for _, k := range a.mentionKeys {
			if name, ok := strings.CutPrefix(k, "invented:"); ok {
				require.False(t, entityNames[normalize.Fold(name)], "invented %q is an entity name", name)
			}
		}
	}

	// Shape, over the complete articles.
	require.NotEmpty(t, c.articles)
	end := c.articles[len(c.articles)-1].end
	var words, capitalised, nameTokens, mentions, persons, invented, entities, garbled int
	minWords, maxWords, minDistinct, maxDistinct := math.MaxInt, 0, math.MaxInt, 0
	var distinctSum int
	perName := make(map[string]int)
	newsWords(text[:end], func(w string) {
		words++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capitalised++
		}
	})
	for _, a := range c.articles {
		nameTokens += a.nameTokens
		mentions += len(a.mentionKeys)
		persons += a.personMentions
		invented += a.invented
		entities += a.entityMentions
		garbled += a.garbled
		minWords, maxWords = min(minWords, a.words), max(maxWords, a.words)
		distinct := make(map[string]bool)
		for _, k := range a.mentionKeys {
			distinct[k] = true
			perName[k]++
		}
		distinctSum += len(distinct)
		minDistinct, maxDistinct = min(minDistinct, len(distinct)), max(maxDistinct, len(distinct))
	}
	n := len(c.articles)
	once := 0
	for _, count := range perName {
		if count == 1 {
			once++
		}
	}
	top := slices.SortedFunc(maps.Keys(perName), func(a, b string) int {
		return cmp.Or(perName[b]-perName[a], strings.Compare(a, b))
	})[:8]
	for i, k := range top {
		top[i] = fmt.Sprintf("%s %d", k, perName[k])
	}
	capShare := float64(capitalised) / float64(words)
	nameShare := float64(nameTokens) / float64(words)
	distinctPerArticle := float64(distinctSum) / float64(n)

	t.Logf("%d bytes, sha256 %x, %d complete articles, %d words (%d-%d per article)",
		len(text), sha256.Sum256([]byte(text)), n, words, minWords, maxWords)
	t.Logf("capitalised words %.1f%%, name tokens %.1f%%", 100*capShare, 100*nameShare)
	t.Logf("mentions per article %.1f, distinct names per article %.1f (%d-%d)",
		float64(mentions)/float64(n), distinctPerArticle, minDistinct, maxDistinct)
	t.Logf("distinct names %d, of which %d mentioned once; most mentioned: %s",
		len(perName), once, strings.Join(top, ", "))
	t.Logf("person mentions %d, invented %.1f%%; gazetteer mentions %d, garbled %.1f%%",
		persons, 100*float64(invented)/float64(persons), entities, 100*float64(garbled)/float64(entities))

	assert.InDelta(t, 0.12, capShare, 0.02, "share of capitalised words")
	assert.InDelta(t, 0.06, nameShare, 0.01, "share of name tokens")
	assert.InDelta(t, 20, distinctPerArticle, 5, "distinct names per article")
}

// BenchmarkFixNews measures Fix on a megabyte of generated news in one call.
func BenchmarkFixNews(b *testing.B) {
	m := defaultMatcher(b)
	text := newsLikeText(b, 1<<20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		m.Fix(text)
	}
}

// BenchmarkFixNewsArticles measures Fix on the same text called once per article, which is how an
// archive pipeline calls it: per-document state starts afresh for every article.
func BenchmarkFixNewsArticles(b *testing.B) {
	m := defaultMatcher(b)
	articles := newsBenchArticles(b)
	for b.Loop() {
		for _, a := range articles {
			m.Fix(a)
		}
	}
}

// newsBenchArticles returns the megabyte of generated news split into articles, with the
// benchmark's byte count set to their total.
func newsBenchArticles(b *testing.B) []string {
	articles := newsSplitArticles(newsLikeText(b, 1<<20))
	total := 0
	for _, a := range articles {
		total += len(a)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	return articles
}

// BenchmarkTransformerArticles is BenchmarkFixNewsArticles through one Transformer reset between
// articles, which keeps what it looked up: the way to fix an archive on one goroutine.
func BenchmarkTransformerArticles(b *testing.B) {
	m := defaultMatcher(b)
	articles := newsBenchArticles(b)
	for b.Loop() {
		tr := m.NewTransformer(nil)
		var out []byte
		for _, a := range articles {
			tr.Reset()
			out, _, _ = transform.Append(tr, out[:0], []byte(a))
		}
	}
}

// BenchmarkFixerArticles is BenchmarkFixNewsArticles through one Fixer.
func BenchmarkFixerArticles(b *testing.B) {
	m := defaultMatcher(b)
	articles := newsBenchArticles(b)
	for b.Loop() {
		f := m.NewFixer()
		for _, a := range articles {
			f.Fix(a)
		}
	}
}
