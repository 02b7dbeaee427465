package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/canonym/canonym/gazetteer"
)

// TestSharedNames checks that aliases with the same folded name share one prepared name, and that
// a ranking which aligns the shared name once still ranks every entity of that name as if each
// were aligned apart.
func TestSharedNames(t *testing.T) {
	g, err := gazetteer.New(
		gazetteer.Entity{ID: "springfield-il", Kind: gazetteer.Place, Name: "Springfield", Prior: 0.6},
		gazetteer.Entity{ID: "springfield-ma", Kind: gazetteer.Place, Name: "SPRINGFIELD", Prior: 0.5},
		gazetteer.Entity{ID: "springfield-mo", Kind: gazetteer.Place, Name: "Springfield", Aliases: []string{"Springfeld"}},
		gazetteer.Entity{ID: "springfield-person", Kind: gazetteer.Person, Name: "Jane Springfield"},
	)
	require.NoError(t, err)
	m, err := New(g)
	require.NoError(t, err)

	units := func(alias int) *unit { return &m.aliases[alias].name.units[0] }
	assert.Same(t, units(0), units(1), "a name differing only in case is the same name")
	assert.Same(t, units(0), units(2))
	assert.NotSame(t, units(0), units(3), "an alias of another spelling is another name")
	assert.NotSame(t, units(0), units(4))

	q := newName(foldTokens("Sprinfield"))
	for _, loose := range []bool{false, true} {
		got := m.rankName(&q, 10, loose, nil)
		require.Len(t, got, 4, "the three places, then the person by her surname")
		for i, id := range []string{"springfield-il", "springfield-ma", "springfield-mo"} {
			assert.Equal(t, id, got[i].Entity.ID)
			single := m.rankCandidates(&q, []int32{m.canonical[i]}, 1, loose)
			require.Len(t, single, 1)
			assert.Equal(t, single[0].Score, got[i].Score, "%s: the shared alignment scores as its own would", id)
			assert.Equal(t, single[0].al.qMatched, got[i].al.qMatched)
		}
	}
}
