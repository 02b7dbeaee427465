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
