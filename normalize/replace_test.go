package normalize

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDropsMarks(t *testing.T) {
	tests := []struct {
		text, rep string
		want      bool
	}{
		{"Erdogan", "Erdoğan", false}, // restoring an accent is a repair
		{"San José", "San Jose", true},
		{"Núñez", "Nuñez", true},
		{"Québec", "Quebec", true},
		{"Turkiye", "Türkiye", false},
		{"Zelensky", "Zelenskyy", false}, // not the same letters: not this rule's business
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, dropsMarks(tt.text, tt.rep), "dropsMarks(%q, %q)", tt.text, tt.rep)
	}
}

func TestCapitalFirst(t *testing.T) {
	assert.Equal(t, "Al-Assad", capitalFirst("Al-Asad", "al-Assad"))
	assert.Equal(t, "al-Assad", capitalFirst("al-Asad", "al-Assad"))
	assert.Equal(t, "Kyiv", capitalFirst("Kiev", "Kyiv"))
}

func TestSameLetters(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"U.S.", "US", true},
		{"al-Assad", "al Assad", true},
		{"Kyiv", "kyiv", false}, // case counts
		{"Kyiv", "Kyivs", false},
		{"", "--", true},
		{"Jose", "José", false},
		{"José", "Jose\u0301", true}, // NFC makes one of the other
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, sameLetters(tt.a, tt.b), "sameLetters(%q, %q)", tt.a, tt.b)
		assert.Equal(t, tt.want, sameLetters(tt.b, tt.a), "sameLetters(%q, %q)", tt.b, tt.a)
	}
}

// TestWordSpansAgreeWithFold checks that wordSpans, which folds only the words outside ASCII,
// finds the words of forEachWord, one span for each token it makes.
func TestWordSpansAgreeWithFold(t *testing.T) {
	for _, s := range []string{
		"", "Donald Tusk", "U.S. Steel", "O'Brien's", "Jean-Claude Van Damme", "Recep Tayyip Erdoğan",
		"al-Riyad", "الرياض", "Владимир Путин", "Hong Nam-ki", "4.2 ... 3", "\u0301\u0301 X", "Jinping\nXi",
		"Ｍａ Ｙｉｎｇ－ｊｅｏｕ", "東京都", "São Paulo’s", "a.b.c.", "Æthelred ﬁnn", "\xff\xfeAB",
	} {
		var want []wordSpan
		forEachWord(s, func(w word) { want = append(want, wordSpan{w.start, w.end}) })
		if got := wordSpans(s); !slices.Equal(got, want) {
			t.Errorf("wordSpans(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAliasWords checks that the words a document remembers of an alias are its wordSpans, the
// second time asked as the first.
func TestAliasWords(t *testing.T) {
	const jsonl = `{"id":"erdogan","kind":"person","name":"Recep Tayyip Erdoğan","aliases":["Erdoğan","رجب طيب أردوغان"],"prior":0.9}
{"id":"us","kind":"place","name":"United States","aliases":["U.S.","USA"],"country":"US","prior":0.9}
`
	m := jsonlMatcher(t, jsonl)
	d := newDocument(m, "", 0, newDocContext(), nil)
	for range 2 {
		for id := range m.aliases {
			if got, want := d.aliasWords(int32(id)), wordSpans(m.aliases[id].text); !slices.Equal(got, want) {
				t.Errorf("aliasWords(%q) = %v, want %v", m.aliases[id].text, got, want)
			}
		}
	}
}
