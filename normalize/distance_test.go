package normalize

import (
	"strings"
	"testing"

	"github.com/agnivade/levenshtein"
	"github.com/stretchr/testify/assert"
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
