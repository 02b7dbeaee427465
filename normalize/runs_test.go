package normalize

import (
	"slices"
	"strings"
	"testing"

	"github.com/canonym/canonym/gazetteer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMarkTitleLines(t *testing.T) {
	tests := []struct {
		text  string
		title []string // the words of title-case lines
	}{
		{"Executives in Tokyo Protest Against Strong Chip", []string{"executives", "in", "tokyo", "protest", "against", "strong", "chip"}},
		{"UKRAINE WAR TALKS RESUME\nThe talks resumed in Riyadh on Monday.", []string{"ukraine", "war", "talks", "resume"}},
		{"US and Russian officials hold first Ukraine talks in Riyadh", nil}, // sentence case
		{"Tehran Revives Deals After Talks with Sinwar", []string{"tehran", "revives", "deals", "after", "talks", "with", "sinwar"}},
		{"Tehran revives deals with Sinwar", nil},
		{"By John Smith", nil},                                              // two long words are too few to tell
		{"Kyiv 2026 Talks Open", []string{"kyiv", "2026", "talks", "open"}}, // digits neither way
		{"Kyiv Talks 2026", nil},                                            // digits are not words: two left
		{"Trump Meets Xi Jinping\nofficials said the Talks Would Go On", []string{"trump", "meets", "xi", "jinping"}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokenizeText(tt.text) {
			if tok.titleLine {
				got = append(got, tok.folded)
			}
		}
		assert.Equal(t, tt.title, got, "%q", tt.text)
	}
}

func TestTitleLineRuns(t *testing.T) {
	const jsonl = `{"id":"erdogan","kind":"person","name":"Recep Tayyip Erdoğan","prior":0.9}
{"id":"world-bank","kind":"org","name":"World Bank","prior":0.8}
{"id":"trump","kind":"person","name":"Donald Trump","prior":0.9}
{"id":"china","kind":"place","name":"China","country":"CN","prior":0.9}
{"id":"tokyo","kind":"place","name":"Tokyo","country":"JP","prior":0.9}
`
	m := jsonlMatcher(t, jsonl)
	tests := []struct {
		text string
		runs []string
	}{
		// Ordinary words of a headline are not searched unless something ties them to a name.
		{"Executives in Tokyo Protest Against Strong Chip", []string{"Tokyo Protest"}},
		{"Receptacle Tayyip Erdogan Visits Berlin Amid Talks", []string{"Receptacle Tayyip Erdogan Visits Berlin Amid"}},
		{"World Bank Approves New Loan", []string{"World Bank"}},
		{"Talks on Strait of Hormuz Stall", []string{"Strait of Hormuz Stall"}},
		{"Former German Envoy Visits Tokyo", []string{"German", "Visits Tokyo"}}, // nationalities tie nothing
		// A word the gazetteer has as written is still looked up, alone.
		{"Trump Says China Talks Will Resume", []string{"Trump", "China"}},
		// Outside title-case lines every capitalised word counts.
		{"Strong demand for Chip Makers in Tokyo rose.", []string{"Strong", "Chip Makers", "Tokyo"}},
	}
	assert.Equal(t, "Recep Tayyip Erdoğan Visits Berlin Amid Talks", m.Fix("Receptacle Tayyip Erdogan Visits Berlin Amid Talks").Text)
	for _, tt := range tests {
		d := newDocument(m, tt.text, 0, newDocContext(), tokenizeText(tt.text))
		var got []string
		for _, r := range d.appendRuns(nil, 0, len(d.toks)) {
			got = append(got, tt.text[d.toks[r[0]].start:d.toks[r[1]-1].end])
		}
		assert.Equal(t, tt.runs, got, "%q", tt.text)
	}
}

func TestSeparatesNames(t *testing.T) {
	const jsonl = `{"id":"bih","kind":"place","name":"Bosnia and Herzegovina","country":"BA","prior":0.9}
{"id":"powell","kind":"person","name":"Jerome Powell","prior":0.8}
{"id":"kyiv","kind":"place","name":"Kyiv","country":"UA","prior":0.9}
`
	m := jsonlMatcher(t, jsonl)
	tests := []struct {
		text      string
		separates bool // the first "and" of text
	}{
		{"Talks in Bosnia and Herzegovina resumed.", false},
		{"Talks in Bosnia and Herzegowina resumed.", false}, // near enough to the name's words
		{"Jerome Powell and Kyiv officials met.", true},
		{"Powell and", false},
		{"Jerome Powell AND Kyiv", false}, // only the lower-case connector
	}
	for _, tt := range tests {
		d := newDocument(m, tt.text, 0, newDocContext(), tokenizeText(tt.text))
		i := slices.IndexFunc(d.toks, func(tok textToken) bool { return tok.folded == "and" })
		require.GreaterOrEqual(t, i, 0, tt.text)
		assert.Equal(t, tt.separates, d.separatesNames(i), "%q", tt.text)
	}
	assert.Equal(t, "Talks in Bosnia and Herzegovina resumed.", m.Fix("Talks in Bosnia and Herzegowina resumed.").Text)
	assert.Equal(t, "Jerome Powell and Kyiv officials met.", m.Fix("Jerome Powel and Kiyv officials met.").Text)
}

func TestTitleBeforeName(t *testing.T) {
	const jsonl = `{"id":"unga","kind":"org","name":"United Nations General Assembly","prior":0.8}
{"id":"idf","kind":"org","name":"Israel Defense Forces","prior":0.8}
{"id":"sunak","kind":"person","name":"Rishi Sunak","prior":0.8}
`
	m := jsonlMatcher(t, jsonl)
	tests := []struct {
		text   string
		word   string // the title asked about
		before bool
	}{
		{"British Prime Minister Rishi Sunak spoke.", "minister", true},
		{"British Prime Minister Rishi Sunak spoke.", "prime", false}, // a title before a title
		{"The United Nations General Assembly voted.", "general", false},
		{"The United Nations General Assembli voted.", "general", false}, // near enough to the join
		{"Israel Defense Froces said.", "defense", false},
		{"Office of the President of Ukraine", "president", false}, // a connector follows
		{"Rishi Sunak", "rishi", false},                            // no title
	}
	for _, tt := range tests {
		d := newDocument(m, tt.text, 0, newDocContext(), tokenizeText(tt.text))
		i := slices.IndexFunc(d.toks, func(tok textToken) bool { return tok.folded == tt.word })
		require.GreaterOrEqual(t, i, 0, tt.text)
		assert.Equal(t, tt.before, d.titleBeforeName(i), "%q", tt.text)
	}
	assert.Equal(t, "British Prime Minister Rishi Sunak spoke.", m.Fix("British Prime Minister Rishi Sunnak spoke.").Text)
	assert.Equal(t, "Israel Defense Forces said.", m.Fix("Israel Defense Froces said.").Text)
}

// jsonlMatcher builds a Matcher over a gazetteer given as JSON Lines.
func jsonlMatcher(t *testing.T, jsonl string) *Matcher {
	t.Helper()
	g, err := gazetteer.Read(strings.NewReader(jsonl), "test.jsonl")
	require.NoError(t, err)
	m, err := New(g)
	require.NoError(t, err)
	return m
}

// TestSpanArena checks that the arena hands out zero spans that no other take shares, before and
// after a reset gives its blocks back.
func TestSpanArena(t *testing.T) {
	var a spanArena
	for round := range 3 {
		seen := make(map[*spanMatch]bool)
		for _, n := range []int{1, 15, 3, 40, 300, 2, 256, 7} {
			block, ptrs := a.take(n)
			require.Len(t, block, n)
			require.Len(t, ptrs, n)
			require.Equal(t, n, cap(block))
			require.Equal(t, n, cap(ptrs))
			for i := range block {
				require.Zero(t, block[i], "round %d", round)
				require.False(t, seen[&block[i]], "round %d: a span handed out twice", round)
				seen[&block[i]] = true
				block[i] = spanMatch{from: n, to: i, role: "used"}
			}
		}
		a.reset()
	}
}
