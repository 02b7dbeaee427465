package normalize_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

func TestMatch(t *testing.T) {
	m := newsMatcher(t)
	tests := []struct {
		query, want, why string
	}{
		{"Volodymyr Zelenskyy", "volodymyr-zelenskyy", "exact"},
		{"volodymyr zelenskyy", "volodymyr-zelenskyy", "case"},
		{"Recep Tayyip Erdogan", "recep-tayyip-erdogan", "diacritics"},
		{"Volodymyr Zelenskky", "volodymyr-zelenskyy", "typo"},
		{"Donlad Tusk", "donald-tusk", "transposition"},
		{"Zelensky Volodymyr", "volodymyr-zelenskyy", "reordered"},
		{"PUTIN, Vladimir", "vladimir-putin", "comma form"},
		{"V. Putin", "vladimir-putin", "initial"},
		{"President Vladimir Putin", "vladimir-putin", "title ignored"},
		{"Mr Netanyahu", "benjamin-netanyahu", "honorific and surname"},
		{"Erdogan", "recep-tayyip-erdogan", "unambiguous surname"},
		{"Recep Erdogan", "recep-tayyip-erdogan", "given name and surname"},
		{"Receptacle Tayyip Erdogan", "recep-tayyip-erdogan", "one damaged token carried by two strong ones"},
		{"Natachabatler", "natacha-butler", "merged tokens"},
		{"DonaldTusk", "donald-tusk", "merged camel case"},
		{"Ne tanyahu", "benjamin-netanyahu", "split token"},
		{"Zelenskyj", "volodymyr-zelenskyy", "spelling tradition"},
		{"Kiev", "kyiv", "alias"},
		{"G. W. Bush", "george-w-bush", "full name beats a partial one"},
		{"Mohammed bin Salman", "mohammed-bin-salman", "connector"},
		{"Georgia", "georgia", "ambiguity settled by prior"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got, ok := m.Match(tt.query)
			require.True(t, ok, "Match(%+q): %s %v", tt.query, got.Reason, got.Confidence)
			assert.Equal(t, tt.want, got.Entity.ID, "Match(%+q): %s", tt.query, got.Reason)
			assert.NotEmpty(t, got.Reason)
			assert.GreaterOrEqual(t, got.Score, m.Threshold())
			assert.LessOrEqual(t, got.Score, 1.0)
		})
	}
}

func TestMatchRejects(t *testing.T) {
	m := newsMatcher(t)
	tests := []struct{ query, why string }{
		{"Donald Trump Jr.", "generational suffix names another person"},
		{"Melania Trump", "another given name"},
		{"Laura Bush", "shared surname only"},
		{"Donald", "given name alone"},
		{"Charles Stratford", "unknown person"},
		{"Receptacle", "an English word alone"},
		{"Parish", "a word one letter from a place"},
		{"Bush", "surname of two people"},
		{"", "empty"},
		{"  ..  ", "punctuation"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got, ok := m.Match(tt.query)
			assert.False(t, ok, "Match(%+q) = %v (%s)", tt.query, got.Entity, got.Reason)
		})
	}
}

func TestMatchAmbiguous(t *testing.T) {
	g, err := gazetteer.New(
		gazetteer.Entity{ID: "paris", Kind: gazetteer.Place, Name: "Paris", Country: "FR", Prior: 0.5},
		gazetteer.Entity{ID: "paris-tx", Kind: gazetteer.Place, Name: "Paris", Country: "US", Prior: 0.4},
	)
	require.NoError(t, err)
	m, err := normalize.New(g)
	require.NoError(t, err)
	got, ok := m.Match("Paris")
	assert.False(t, ok)
	assert.Equal(t, normalize.Ambiguous, got.Confidence)
	assert.Contains(t, got.Reason, "ambiguous")
}

func TestCandidatesRanked(t *testing.T) {
	m := newsMatcher(t)
	cands := m.Candidates("G. W. Bush", 5)
	require.GreaterOrEqual(t, len(cands), 2)
	assert.Equal(t, "george-w-bush", cands[0].Entity.ID)
	assert.Equal(t, "george-h-w-bush", cands[1].Entity.ID)
	assert.GreaterOrEqual(t, cands[0].Score, cands[1].Score)
	assert.True(t, cands[1].Partial())
	assert.Nil(t, m.Candidates("Bush", 0))
}

func TestNewOptions(t *testing.T) {
	g, err := gazetteer.New()
	require.NoError(t, err)
	for _, opt := range []normalize.Option{normalize.WithThreshold(0), normalize.WithThreshold(1.5), normalize.WithMargin(-1)} {
		_, err := normalize.New(g, opt)
		assert.Error(t, err)
	}
	_, err = normalize.New(nil)
	assert.Error(t, err)
	m, err := normalize.New(g, normalize.WithThreshold(0.9))
	require.NoError(t, err)
	assert.Equal(t, 0.9, m.Threshold())
	_, ok := m.Match("anything")
	assert.False(t, ok)
}

func TestCompare(t *testing.T) {
	tests := []struct {
		a, b  string
		match bool
	}{
		{"Olaf Scholz", "Olaf Scholze", true},
		{"Angela Merkel", "Angela Dorothea Merkel", true},
		{"Vladimir Putin", "PUTIN, Vladimir", true},
		{"Barack Obama", "George Hussein Onyango Obama", false},
		{"Ihab Makhlouf", "Rami Makhlouf", false},
		{"Donald Trump", "Donald Trump Jr.", false},
	}
	for _, tt := range tests {
		c := normalize.Compare(tt.a, tt.b)
		assert.Equal(t, tt.match, c.Match, "Compare(%+q, %+q) = %.3f %s", tt.a, tt.b, c.Score, c.Reason)
		back := normalize.Compare(tt.b, tt.a)
		assert.Equal(t, c.Score, back.Score, "Compare is symmetric for %+q, %+q", tt.a, tt.b)
	}
}

// One Matcher used from many goroutines gives the same answers as sequential use.
func TestMatcherConcurrentUse(t *testing.T) {
	m := newsMatcher(t)
	queries := []string{"Voldimi Zelensky", "Donald Tass", "kyiv", "Riad", "Ne tanyahu", "Erdogan", "nobody at all"}
	text := "Polish Prime Minister Donald Tass said Task would go to kyiv. Zelensky met Erdogan."
	want := make([]string, len(queries))
	for i, q := range queries {
		got, _ := m.Match(q)
		want[i] = got.Reason
	}
	wantFix := m.Fix(text)
	var wg sync.WaitGroup
	for range 32 {
		wg.Go(func() {
			for i, q := range queries {
				got, _ := m.Match(q)
				assert.Equal(t, want[i], got.Reason)
			}
			assert.Equal(t, wantFix, m.Fix(text))
		})
	}
	wg.Wait()
}

// TestMatchShortAbjadAlias: a Latin word is not matched against the guessed vowels of a short
// Arabic-script alias token ("AI" folded like علی, Ali), while longer Arabic spellings still
// meet their Cyrillic or Latin readings.
func TestMatchShortAbjadAlias(t *testing.T) {
	g, err := gazetteer.Read(strings.NewReader(
		`{"id":"ali-khamenei","kind":"person","name":"Ali Khamenei","aliases":["علی خامنه\u200cای"],"country":"IR","prior":0.85}
{"id":"riyadh","kind":"place","name":"Riyadh","aliases":["الرياض"],"country":"SA","prior":0.75}
`), "abjad.jsonl")
	require.NoError(t, err)
	m, err := normalize.New(g)
	require.NoError(t, err)
	got, ok := m.Match("AI")
	assert.False(t, ok, "Match(AI) = %v (%s)", got.Entity, got.Reason)
	got, ok = m.Match("Эр-Рияд")
	require.True(t, ok, "Match(Эр-Рияд): %s", got.Reason)
	assert.Equal(t, "riyadh", got.Entity.ID)
	got, ok = m.Match("علی خامنه\u200cای")
	require.True(t, ok)
	assert.Equal(t, "ali-khamenei", got.Entity.ID)
}

// TestMatchSkeletonFallback: a word three edits from every name ("Eriwan", German for Yerevan)
// is found by its consonant skeleton; an English word is not ("Steel" is not Simon Stiell).
func TestMatchSkeletonFallback(t *testing.T) {
	g, err := gazetteer.Read(strings.NewReader(
		`{"id":"yerevan","kind":"place","name":"Yerevan","country":"AM","prior":0.55}
{"id":"simon-stiell","kind":"person","name":"Simon Stiell","country":"GD","prior":0.5}
`), "skeleton.jsonl")
	require.NoError(t, err)
	m, err := normalize.New(g)
	require.NoError(t, err)
	got, ok := m.Match("Eriwan")
	require.True(t, ok, "Match(Eriwan): %s", got.Reason)
	assert.Equal(t, "yerevan", got.Entity.ID)
	got, ok = m.Match("Steel")
	assert.False(t, ok, "Match(Steel) = %v (%s)", got.Entity, got.Reason)
}
