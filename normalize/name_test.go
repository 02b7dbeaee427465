package normalize

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestPackedName checks that a packed name holds the same tokens, keys and units as the name it
// was made from, and aligns alike.
func TestPackedName(t *testing.T) {
	names := []string{
		"Recep Tayyip Erdoğan", "Ursula von der Leyen", "Mohammed bin Salman Al Saud", "Kyiv",
		"San José de las Lajas", "Charles the Third", "Brigade Forty-Four", "ar-Riyadh",
		"Владимир Путин", "Castillo de la Reina",
	}
	for _, text := range names {
		n, ok := queryName(text)
		require.True(t, ok, text)
		p := n.packed()
		require.Equal(t, n.toks, p.toks, text)
		require.Equal(t, n.keys, p.keys, text)
		require.Equal(t, n.weights, p.weights, text)
		require.Equal(t, n.units, p.units, text)
		for _, other := range names {
			q, _ := queryName(other)
			require.Equal(t, align(&q, &n), align(&q, &p), "%s ~ %s", other, text)
		}
	}
}
