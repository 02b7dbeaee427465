package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/agnivade/levenshtein"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLevenshteinDistance(t *testing.T) {
	tests := []struct{ a, b string }{
		{"", ""}, {"", "abc"}, {"kitten", "sitting"}, {"tusk", "tass"}, {"zelensky", "zelenskyy"},
		{"erdogan", "erdoğan"}, {"voldimi", "volodymyr"}, {strings.Repeat("a", 70), "a"}, {"ab", "ba"},
	}
	for _, tt := range tests {
		assert.Equal(t, levenshtein.ComputeDistance(tt.a, tt.b), levenshteinDistance(tt.a, tt.b), "%q %q", tt.a, tt.b)
		assert.Equal(t, levenshtein.ComputeDistance(tt.b, tt.a), levenshteinDistance(tt.b, tt.a), "%q %q", tt.b, tt.a)
		for k := range 5 {
			assert.Equal(t, min(levenshtein.ComputeDistance(tt.a, tt.b), k+1), levenshteinWithin(tt.a, tt.b, k), "%q %q within %d", tt.a, tt.b, k)
		}
	}
}

// TestLevenshteinLongASCII checks the bit-parallel path up to its 64-byte limit against the
// general algorithm, on random strings over a small alphabet so that they share letters.
func TestLevenshteinLongASCII(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 9))
	word := func() string {
		b := make([]byte, rng.IntN(maxFastDistance+1))
		for i := range b {
			b[i] = "abcde"[rng.IntN(5)]
		}
		return string(b)
	}
	for range 2000 {
		a, b := word(), word()
		want := levenshtein.ComputeDistance(a, b)
		require.Equal(t, want, levenshteinDistance(a, b), "%q %q", a, b)
		require.Equal(t, min(want, 3), levenshteinWithin(a, b, 2), "%q %q", a, b)
	}
}

// TestLevenshteinTables checks both tables of the bit-parallel path: the 32-word one for bytes
// 0x60-0x7f, and the 128-word one for words with bytes whose low five bits meet those of a
// lower-case letter ("q", "Q" and "1"; "a", "A" and "!").
func TestLevenshteinTables(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 7))
	for _, alphabet := range []string{"abqxyz{|}~`", "aAqQ1!"} {
		word := func() string {
			b := make([]byte, rng.IntN(12))
			for i := range b {
				b[i] = alphabet[rng.IntN(len(alphabet))]
			}
			return string(b)
		}
		for range 5000 {
			a, b := word(), word()
			want := levenshtein.ComputeDistance(a, b)
			require.Equal(t, want, levenshteinDistance(a, b), "%q %q", a, b)
			for k := range 4 {
				require.Equal(t, min(want, k+1), levenshteinWithin(a, b, k), "%q %q within %d", a, b, k)
			}
		}
	}
}

func FuzzLevenshteinDistance(f *testing.F) {
	f.Add("tusk", "tass")
	f.Add("erdogan", "erdoğan")
	f.Fuzz(func(t *testing.T, a, b string) {
		want := levenshtein.ComputeDistance(a, b)
		if got := levenshteinDistance(a, b); got != want {
			t.Fatalf("levenshteinDistance(%q, %q) = %d, want %d", a, b, got, want)
		}
		for k := range 4 {
			if got := levenshteinWithin(a, b, k); got != min(want, k+1) {
				t.Fatalf("levenshteinWithin(%q, %q, %d) = %d, want %d", a, b, k, got, min(want, k+1))
			}
		}
	})
}
