package normalize_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

// TestFixNameNotInGazetteer covers the repair of a name the gazetteer does not know, from the
// document's own spelling of the surname.
func TestFixNameNotInGazetteer(t *testing.T) {
	g, err := gazetteer.New(gazetteer.Entity{ID: "moscow", Kind: gazetteer.Place, Name: "Moscow", Country: "RU", Prior: 0.9, Description: "capital of Russia"})
	require.NoError(t, err)
	m, err := normalize.New(g)
	require.NoError(t, err)

	tests := []struct {
		name, text, want string
	}{
		{"merged, surname garbled, surname alone later",
			`Al Jazeera's Natachabatler, reporting from Moscow, said it was calm. "It is calm," Butler said.`,
			`Al Jazeera's Natacha Butler, reporting from Moscow, said it was calm. "It is calm," Butler said.`},
		{"merged, surname exact",
			`Reporter Natachabutler filed from Moscow. Later, Butler added more.`,
			`Reporter Natacha Butler filed from Moscow. Later, Butler added more.`},
		{"no evidence in the document",
			`Al Jazeera's Natachabatler, reporting from Moscow, said it was calm.`,
			`Al Jazeera's Natachabatler, reporting from Moscow, said it was calm.`},
		{"surname only at a sentence start says nothing",
			`Reporter Natachabatler filed from Moscow. Butler is a word too.`,
			`Reporter Natachabatler filed from Moscow. Butler is a word too.`},
		{"a long word that is a place is not split",
			`He flew to Johannesburg on Monday. Burg said so.`,
			`He flew to Johannesburg on Monday. Burg said so.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := m.Fix(tt.text)
			assert.Equal(t, tt.want, res.Text)
			for _, mt := range res.Mentions {
				require.NotNil(t, mt.Entity, "every mention has an entity")
				if mt.Changed && mt.Entity.ID == "" {
					assert.Equal(t, mt.Replacement, mt.Entity.Name)
					assert.Contains(t, mt.Reason, "not in the gazetteer")
				}
			}
		})
	}
}
