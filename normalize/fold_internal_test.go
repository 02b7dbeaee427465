package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestFoldASCIIAgreesWithFold checks the ASCII path of Fold against the general one, on names and
// on random ASCII that mixes letters with the punctuation that scanWord treats specially.
func TestFoldASCIIAgreesWithFold(t *testing.T) {
	inputs := []string{
		"", " ", "!!!", "Donald Tusk", "U.S. Steel", "J.D. Vance", "O'Brien's", "Kiev's", "'s", "A's B",
		"el-Sisi", "PUTIN, Vladimir", "a.b.c.", "x.y", "Mr. T", "  Donald \t Tusk  ", "4.2 ... 3", "`Abd al-`Aziz",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = "aZq09 .'`-,sS@\n"
	for range 20000 {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		inputs = append(inputs, string(b))
	}
	for _, s := range inputs {
		if got, want := foldASCII(s), strings.Join(foldTokens(s), " "); got != want {
			t.Fatalf("foldASCII(%q) = %q, want %q", s, got, want)
		}
	}
}
