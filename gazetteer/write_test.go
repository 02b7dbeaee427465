package gazetteer_test

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
	"testing"

	"github.com/canonym/canonym/gazetteer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWrite(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		entities []gazetteer.Entity
		want     string
	}{
		{"empty", nil, ""},
		{
			"sorted by id, optional fields left out",
			[]gazetteer.Entity{
				{ID: "b", Kind: gazetteer.Org, Name: "AT&T <Inc>"},
				{ID: "a", Kind: gazetteer.Person, Name: "  Ángela  ", Aliases: []string{"A"}, Country: "DE", Prior: 0.25,
					Description: "Chancellor", Meta: map[string]string{"z": "1", "wikidata": "Q567"}},
			},
			`{"id":"a","kind":"person","name":"Ángela","aliases":["A"],"country":"DE","prior":0.25,"description":"Chancellor","meta":{"wikidata":"Q567","z":"1"}}` + "\n" +
				`{"id":"b","kind":"org","name":"AT&T <Inc>"}` + "\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			g, err := gazetteer.New(tt.entities...)
			require.NoError(t, err)
			var buf bytes.Buffer
			require.NoError(t, gazetteer.Write(&buf, g))
			assert.Equal(t, tt.want, buf.String())
			back, err := gazetteer.Read(strings.NewReader(buf.String()), "out.jsonl")
			require.NoError(t, err)
			assert.Equal(t, g.Len(), back.Len())
		})
	}
}

func TestWriteRoundTrip(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("testdata/small.jsonl")
	require.NoError(t, err)
	g, err := gazetteer.Read(bytes.NewReader(data), "small.jsonl")
	require.NoError(t, err)
	var first, second bytes.Buffer
	require.NoError(t, gazetteer.Write(&first, g))
	back, err := gazetteer.Read(bytes.NewReader(first.Bytes()), "written.jsonl")
	require.NoError(t, err)
	require.NoError(t, gazetteer.Write(&second, back))
	assert.Equal(t, first.String(), second.String(), "writing is idempotent")
	for _, e := range g.All() {
		got, ok := back.Lookup(e.ID)
		require.True(t, ok, e.ID)
		assert.Equal(t, e, got)
	}
}

func TestWriteRefusesLineOverLimit(t *testing.T) {
	t.Parallel()
	aliases := make([]string, 0, 1<<16)
	for i := range cap(aliases) {
		aliases = append(aliases, fmt.Sprintf("alias number %d", i))
	}
	g, err := gazetteer.New(gazetteer.Entity{ID: "big", Kind: gazetteer.Place, Name: "Big", Aliases: aliases})
	require.NoError(t, err)
	var buf bytes.Buffer
	err = gazetteer.Write(&buf, g)
	require.ErrorIs(t, err, gazetteer.ErrLineTooLong)
	assert.Contains(t, err.Error(), `"big"`)
	assert.Empty(t, buf.String())
}

func ExampleWrite() {
	g, err := gazetteer.New(
		gazetteer.Entity{ID: "kyiv", Kind: gazetteer.Place, Name: "Kyiv", Aliases: []string{"Kiev"}, Country: "UA", Prior: 0.9},
		gazetteer.Entity{ID: "acme", Kind: gazetteer.Org, Name: "Acme Corporation"},
	)
	if err != nil {
		log.Fatal(err)
	}
	if err := gazetteer.Write(os.Stdout, g); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {"id":"acme","kind":"org","name":"Acme Corporation"}
	// {"id":"kyiv","kind":"place","name":"Kyiv","aliases":["Kiev"],"country":"UA","prior":0.9}
}
