package normalize

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/canonym/canonym/gazetteer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// deleteVariants lists s and every string made by deleting 1..n bytes of it, the slow way.
func deleteVariants(s string, n int) []string {
	out := []string{s}
	if n == 0 {
		return out
	}
	for i := range len(s) {
		d := s[:i] + s[i+1:]
		out = append(out, deleteVariants(d, n-1)...)
	}
	return out
}

func TestForEachDeleteHash(t *testing.T) {
	for _, s := range []string{"", "a", "ab", "abba", "zelensky", "mississippi", "aaaa", "kyiv"} {
		for n := range 3 {
			var got []uint64
			forEachDeleteHash(s, n, func(h uint64) { got = append(got, h) })
			var want []uint64
			for _, v := range deleteVariants(s, n) {
				want = append(want, hashString(v))
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(slices.Compact(got), slices.Compact(want)) {
				t.Errorf("%q n=%d: %d distinct hashes, want %d", s, n, len(slices.Compact(got)), len(slices.Compact(want)))
			}
		}
	}
}

func TestTopCandidates(t *testing.T) {
	var cs []scoredAlias
	for i := range 100 {
		cs = append(cs, scoredAlias{est: float32((i * 37) % 100), prior: float32(i % 3), id: int32(i)})
	}
	want := slices.Clone(cs)
	slices.SortFunc(want, func(x, y scoredAlias) int {
		if better(x, y) {
			return -1
		}
		return 1
	})
	got := topCandidates(slices.Clone(cs), 10)
	if !slices.Equal(got, want[:10]) {
		t.Errorf("topCandidates = %v, want %v", got, want[:10])
	}
}

// TestCandidatesFindEditNeighbours checks that the index reaches aliases one and two edits away
// (by the radius of maxDeletes), hands the exact alias over first, and bounds what it hands over.
func TestCandidatesFindEditNeighbours(t *testing.T) {
	var ents []gazetteer.Entity
	for i := range 200 {
		ents = append(ents, gazetteer.Entity{ID: fmt.Sprintf("springfield-%d", i), Kind: gazetteer.Place, Name: "Springfield"})
	}
	ents = append(ents,
		gazetteer.Entity{ID: "zelenskyy", Kind: gazetteer.Person, Name: "Volodymyr Zelenskyy"},
		gazetteer.Entity{ID: "rosenheim", Kind: gazetteer.Place, Name: "Rosenheim"},
		gazetteer.Entity{ID: "kyiv", Kind: gazetteer.Place, Name: "Kyiv"},
	)
	g, err := gazetteer.New(ents...)
	if err != nil {
		t.Fatal(err)
	}
	m, err := New(g)
	if err != nil {
		t.Fatal(err)
	}
	find := func(query string, k int) []string {
		q := newName(foldTokens(query))
		var ids []string
		for _, a := range m.index.candidates(nil, &q, k, 0, nil) {
			ids = append(ids, g.Entity(int(m.aliases[a].entity)).ID)
		}
		return ids
	}
	for query, want := range map[string]string{
		"Rosenheim":          "rosenheim", // exact
		"Rosenhiem":          "rosenheim", // transposition
		"Rosnheim":           "rosenheim", // dropped letter
		"Rosenhxim":          "rosenheim", // substitution
		"Rozenhxim":          "rosenheim", // two edits in a long token
		"Volodymyr Zelensky": "zelenskyy",
		"Zelenskyy Volodmyr": "zelenskyy",
		"Kyiv":               "kyiv",
	} {
		if got := find(query, 2); len(got) == 0 || got[0] != want {
			t.Errorf("candidates(%q) = %v, want %s first", query, got, want)
		}
	}
	if got := find("Springfield", 2); len(got) != maxCandidates {
		t.Errorf("candidates(Springfield) handed over %d aliases, want the cap %d", len(got), maxCandidates)
	}
	if got := find("Springfield", 50); len(got) != 50 {
		t.Errorf("candidates(Springfield, k=50) handed over %d aliases, want 50", len(got))
	}
	if got := find("Qwxzv", 2); len(got) != 0 {
		t.Errorf("candidates(Qwxzv) = %v, want none", got)
	}
}

func TestExactCandidates(t *testing.T) {
	g, err := gazetteer.New(
		gazetteer.Entity{ID: "paris", Kind: gazetteer.Place, Name: "Paris"},
		gazetteer.Entity{ID: "paris-hilton", Kind: gazetteer.Person, Name: "Paris Hilton"},
		gazetteer.Entity{ID: "parish", Kind: gazetteer.Place, Name: "Parish"},
	)
	if err != nil {
		t.Fatal(err)
	}
	m, err := New(g)
	if err != nil {
		t.Fatal(err)
	}
	for query, want := range map[string]int{"Paris": 2, "Parish": 1, "Parsi": 0, "parishilton": 1} {
		q := newName(foldTokens(query))
		if got := m.index.exactCandidates(nil, &q); len(got) != want {
			t.Errorf("exactCandidates(%q) = %d aliases, want %d", query, len(got), want)
		}
	}
}

// TestTableFindsEveryEntry probes the table for every variant of every vocabulary entry of a
// gazetteer large enough that many lines overflow into the next: each must find its entry.
func TestTableFindsEveryEntry(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 6))
	const letters = "aeioubdgklmnrstvz"
	var ents []gazetteer.Entity
	for i := range 4000 {
		b := make([]byte, 4+rng.IntN(8))
		for j := range b {
			b[j] = letters[rng.IntN(len(letters))]
		}
		ents = append(ents, gazetteer.Entity{ID: fmt.Sprintf("e%d", i), Kind: gazetteer.Place, Name: string(b)})
	}
	g, err := gazetteer.New(ents...)
	require.NoError(t, err)
	m, err := New(g)
	require.NoError(t, err)
	ix := m.index.(*tokenIndex)
	full := 0
	for l := range ix.lines {
		if ix.entries[(l+1)*lineSlots-1] != 0 {
			full++
		}
	}
	assert.Positive(t, full, "no line is full: the test does not reach overflow")
	for v := range ix.vocabLen() {
		text := ix.text(int32(v))
		ix.forEachKeyHash(text, ix.key(int32(v)), func(h uint64) {
			found := false
			ix.probe(h, func(got int32) { found = found || got == int32(v) })
			if !found {
				t.Fatalf("entry %q not found under one of its hashes", text)
			}
		})
		assert.Equal(t, int32(v), ix.lookup(text))
	}
}
