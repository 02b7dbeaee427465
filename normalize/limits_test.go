package normalize_test

// Limits of the matcher (issue 7): what it makes of one-character aliases, an entity with a
// million aliases and an empty gazetteer. The gazetteer side of these limits is tested in
// gazetteer/limits_test.go.

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

// raceEnabled reports whether the test binary was built with -race.
func raceEnabled() bool {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return false
	}
	for _, s := range bi.Settings {
		if s.Key == "-race" {
			return s.Value == "true"
		}
	}
	return false
}

// A name or alias that folds to one character ("X", "Q", "ü", "7") is kept in the gazetteer but
// is never found on its own: the candidate index looks up query tokens of two or more characters
// (and adjacent-token joins), so a one-letter query has no candidate, not even an exact one, and a
// one-letter word in text is never a mention. One-character tokens do count inside longer names
// ("Malcolm X", "X Corp"). A one-character alias that folds to more ("Ж" -> "zh") is an ordinary
// alias. Compare, which needs no index, scores one-letter names like any other.
func TestLimitOneCharacterAliases(t *testing.T) {
	t.Parallel()
	g, err := gazetteer.New(
		gazetteer.Entity{ID: "q-org", Kind: gazetteer.Org, Name: "Q", Aliases: []string{"Ж", "ü", "7"}},
		gazetteer.Entity{ID: "malcolm-x", Kind: gazetteer.Person, Name: "Malcolm X", Aliases: []string{"X"}},
		gazetteer.Entity{ID: "x-corp", Kind: gazetteer.Org, Name: "X Corp", Aliases: []string{"X"}},
	)
	require.NoError(t, err)
	m, err := normalize.New(g)
	require.NoError(t, err)

	for _, q := range []string{"Q", "q", "X", "x", "ü", "u", "7", " X ", "X."} {
		mt, ok := m.Match(q)
		assert.False(t, ok, "Match(%q)", q)
		assert.Nil(t, mt.Entity, "Match(%q)", q)
		assert.Equal(t, normalize.NoMatch, mt.Confidence, "Match(%q)", q)
		assert.Empty(t, m.Candidates(q, 5), "Candidates(%q)", q)
	}
	for q, want := range map[string]string{
		"Ж": "q-org", "Zh": "q-org", // folds to two letters
		"Malcolm X": "malcolm-x", "Malcom X": "malcolm-x", "X Corp": "x-corp", "X Crop": "x-corp",
	} {
		mt, ok := m.Match(q)
		if assert.True(t, ok, "Match(%q)", q) {
			assert.Equal(t, want, mt.Entity.ID, "Match(%q)", q)
		}
	}

	res := m.Fix("Q said that X met Malcom X at X Crop; 7 and ü agreed.")
	assert.Equal(t, "Q said that X met Malcolm X at X Corp; 7 and ü agreed.", res.Text)
	for _, mt := range res.Mentions {
		assert.Greater(t, mt.End-mt.Start, 1, "a one-character word is never a mention: %+v", mt)
	}

	assert.True(t, normalize.Compare("X", "X").Match)
	assert.Equal(t, 1.0, normalize.Compare("Q", "q").Score)
	assert.False(t, normalize.Compare("Q", "O").Match)
}

// millionAlias returns the i-th alias of the big entity: a capitalised six-letter word, distinct for
// every i below 26^6.
func millionAlias(i int) string {
	b := []byte("Aaaaaa")
	for k := 5; k >= 1; k-- {
		b[k] = byte('a' + i%26)
		i /= 26
	}
	b[0] = byte('A' + i%26)
	return string(b)
}

// An entity with a million aliases builds and answers. It costs about a gigabyte of memory and a
// few seconds (the figures are logged; there is no timing assertion), so with -race or -short the
// test uses 50,000 aliases instead.
//
// Each alias is one six-letter word, which the symmetric-delete index stores with its seven
// one-deletion variants. Lookups stay correct, but a query's phonetic key matches the keys of
// thousands of these look-alike words, so each lookup scores thousands of aliases: the figure is
// logged to show what a pathological gazetteer costs per query.
func TestLimitMillionAliases(t *testing.T) {
	n := 1_000_000
	if testing.Short() || raceEnabled() {
		n = 50_000
	}
	aliases := make([]string, n)
	for i := range aliases {
		aliases[i] = millionAlias(i)
	}
	start := time.Now()
	g, err := gazetteer.New(
		gazetteer.Entity{ID: "many", Kind: gazetteer.Org, Name: "Many Names Org", Aliases: aliases},
		gazetteer.Entity{ID: "kyiv", Kind: gazetteer.Place, Name: "Kyiv", Aliases: []string{"Kiev"}, Country: "UA", Prior: 0.9},
	)
	require.NoError(t, err)
	built := time.Now()
	m, err := normalize.New(g)
	require.NoError(t, err)
	indexed := time.Now()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("%d aliases: gazetteer.New %v, normalize.New %v, heap %d MiB",
		n, built.Sub(start).Round(time.Millisecond), indexed.Sub(built).Round(time.Millisecond), ms.HeapAlloc>>20)

	for _, i := range []int{0, n / 2, n - 1} {
		q := aliases[i]
		before := time.Now()
		mt, ok := m.Match(q)
		took := time.Since(before)
		require.True(t, ok, "Match(%q): %+v", q, mt)
		assert.Equal(t, "many", mt.Entity.ID)
		assert.Equal(t, q, mt.Alias)
		assert.Equal(t, normalize.Exact, mt.Confidence)
		t.Logf("Match(%q): %v", q, took.Round(time.Microsecond))
	}
	mt, ok := m.Match("Many Names Org")
	require.True(t, ok)
	assert.Equal(t, "many", mt.Entity.ID)
	assert.Equal(t, "Many Names Org", mt.Alias, "the canonical name is preferred among equal aliases")
	mt, ok = m.Match("Kiev")
	require.True(t, ok, "other entities are still found")
	assert.Equal(t, "kyiv", mt.Entity.ID)

	text := strings.Repeat(fmt.Sprintf("Officials in kiev met %s of Many Names Org. ", aliases[n/3]), 20)
	before := time.Now()
	res := m.Fix(text)
	t.Logf("Fix on %d bytes: %v, %d mentions", len(text), time.Since(before).Round(time.Millisecond), len(res.Mentions))
	assert.Contains(t, res.Text, "Officials in Kyiv met "+aliases[n/3]+" of Many Names Org.")
}

// A Matcher over an empty gazetteer is valid: it matches nothing and Fix returns the text as it is.
func TestLimitEmptyGazetteer(t *testing.T) {
	t.Parallel()
	g, err := gazetteer.New()
	require.NoError(t, err)
	m, err := normalize.New(g)
	require.NoError(t, err)
	mt, ok := m.Match("Voldimi Zelensky")
	assert.False(t, ok)
	assert.Nil(t, mt.Entity)
	assert.Empty(t, m.Candidates("Kyiv", 3))
	const text = "Voldimi Zelensky visited kyiv.\r\n\xff"
	res := m.Fix(text)
	assert.Equal(t, text, res.Text)
	assert.Empty(t, res.Mentions)
}
