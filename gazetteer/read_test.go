package gazetteer

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadValid(t *testing.T) {
	g, err := ReadFile("testdata/small.jsonl")
	require.NoError(t, err)
	assert.Equal(t, 3, g.Len())
	e, ok := g.Lookup("donald-tusk")
	require.True(t, ok)
	assert.Equal(t, Person, e.Kind)
	assert.Equal(t, []string{"Donald Franciszek Tusk"}, e.Aliases)
	assert.Equal(t, "Q946", e.Meta["wikidata"])
	assert.Equal(t, map[Kind]int{Person: 1, Place: 1, Org: 1}, g.Counts())
}

// Each malformed line must be reported as "gazetteer: FILE:LINE: message" with its sentinel.
func TestReadErrors(t *testing.T) {
	const good = `{"id":"a","kind":"person","name":"A"}`
	tests := []struct {
		name, input string
		line        int
		sentinel    error
		message     string
	}{
		{"invalid JSON", good + "\n{\"id\":", 2, ErrSyntax, "invalid JSON"},
		{"not an object", "[1,2]", 1, ErrSyntax, "invalid JSON"},
		{"two values", good + " " + good, 1, ErrSyntax, "more than one value"},
		{"unknown field", `{"id":"a","kind":"person","name":"A","nick":"x"}`, 1, ErrUnknownField, `unknown field "nick"`},
		{"missing id", `{"kind":"person","name":"A"}`, 1, ErrMissingField, "missing field: id"},
		{"empty id", `{"id":" ","kind":"person","name":"A"}`, 1, ErrMissingField, "id is empty"},
		{"missing name", `{"id":"a","kind":"person"}`, 1, ErrMissingField, "missing field: name"},
		{"empty name", `{"id":"a","kind":"person","name":""}`, 1, ErrMissingField, "name is empty"},
		{"missing kind", `{"id":"a","name":"A"}`, 1, ErrMissingField, "missing field: kind"},
		{"unknown kind", `{"id":"a","kind":"animal","name":"A"}`, 1, ErrUnknownKind, `unknown kind "animal"`},
		{"duplicate id", good + "\n\n" + good, 3, ErrDuplicateID, `duplicate id "a" (first defined at f.jsonl:1)`},
		{"prior above 1", `{"id":"a","kind":"person","name":"A","prior":1.5}`, 1, ErrPrior, "prior out of range: 1.5"},
		{"prior below 0", `{"id":"a","kind":"person","name":"A","prior":-0.1}`, 1, ErrPrior, "prior out of range"},
		{"prior as string", `{"id":"a","kind":"person","name":"A","prior":"high"}`, 1, ErrSyntax, `field "prior"`},
		{"bad country", `{"id":"a","kind":"person","name":"A","country":"Poland"}`, 1, ErrCountry, `invalid country "Poland"`},
		{"invalid UTF-8", "{\"id\":\"a\",\"kind\":\"person\",\"name\":\"\xff\"}", 1, ErrInvalidUTF8, "invalid UTF-8"},
		{"empty alias", `{"id":"a","kind":"person","name":"A","aliases":[""]}`, 1, ErrMissingField, "aliases[0] is empty"},
		{"line too long", good + "\n" + `{"id":"b","kind":"person","name":"` + strings.Repeat("x", MaxLineBytes) + `"}`, 2, ErrLineTooLong, "line too long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := Read(strings.NewReader(tt.input), "f.jsonl")
			require.Error(t, err)
			assert.Nil(t, g)
			assert.ErrorIs(t, err, tt.sentinel)
			var pe *ParseError
			require.True(t, errors.As(err, &pe), "%+q", err)
			assert.Equal(t, "f.jsonl", pe.File)
			assert.Equal(t, tt.line, pe.Line)
			assert.Contains(t, err.Error(), "gazetteer: f.jsonl:")
			assert.Contains(t, err.Error(), tt.message)
		})
	}
}

func TestReadReportsUpToTenErrors(t *testing.T) {
	input := strings.Repeat("{bad\n", 25)
	_, err := Read(strings.NewReader(input), "many.jsonl")
	require.Error(t, err)
	lines := strings.Split(err.Error(), "\n")
	assert.Len(t, lines, MaxErrorsPerFile+1)
	assert.Equal(t, "gazetteer: many.jsonl:10: invalid JSON: invalid character 'b' looking for beginning of object key string", lines[9])
	assert.ErrorIs(t, err, ErrTooManyErrs)
}

func TestReadContinuesAfterLongLine(t *testing.T) {
	input := strings.Repeat("x", MaxLineBytes+10) + "\n" + `{"id":"a","kind":"person","name":"A"}` + "\n{oops\n"
	_, err := Read(strings.NewReader(input), "f.jsonl")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "gazetteer: f.jsonl:1: line too long")
	assert.Contains(t, err.Error(), "gazetteer: f.jsonl:3: invalid JSON")
}

func TestReadEmptyAndCRLF(t *testing.T) {
	g, err := Read(strings.NewReader(""), "empty.jsonl")
	require.NoError(t, err)
	assert.Equal(t, 0, g.Len())

	g, err = Read(strings.NewReader("{\"id\":\"a\",\"kind\":\"org\",\"name\":\"A\"}\r\n\r\n"), "crlf.jsonl")
	require.NoError(t, err)
	assert.Equal(t, 1, g.Len())
}

func TestReadNormalizesToNFC(t *testing.T) {
	// "Erdoğan" written with a combining breve must compare equal to the precomposed form.
	g, err := Read(strings.NewReader(`{"id":"e","kind":"person","name":"Erdog`+"\u0306"+`an"}`), "nfd.jsonl")
	require.NoError(t, err)
	e, _ := g.Lookup("e")
	assert.Equal(t, "Erdoğan", e.Name)
}

func TestLoadMergesAndRejectsDuplicatesAcrossFiles(t *testing.T) {
	g, err := Load("testdata/small.jsonl")
	require.NoError(t, err)
	assert.Equal(t, 3, g.Len())

	_, err = Load("testdata/small.jsonl", "testdata/dup.jsonl")
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrDuplicateID)
	assert.EqualError(t, err, `gazetteer: dup.jsonl:1: duplicate id "kyiv" (first defined at small.jsonl:3)`)

	_, err = Load("testdata/missing.jsonl")
	assert.ErrorContains(t, err, "missing.jsonl")
}

func TestNewValidates(t *testing.T) {
	_, err := New(Entity{ID: "a", Kind: Person, Name: "A"}, Entity{ID: "b", Name: "B"})
	require.Error(t, err)
	assert.EqualError(t, err, "gazetteer: entities[1]: missing field: kind")

	g, err := New(Entity{ID: "a", Kind: Person, Name: " A "})
	require.NoError(t, err)
	assert.Equal(t, "A", g.Entity(0).Name)
}

func TestKindText(t *testing.T) {
	for _, k := range []Kind{Person, Place, Org} {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var back Kind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
	}
	_, err := Kind(0).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "Kind(9)", Kind(9).String())
}

func TestReadFileDirectory(t *testing.T) {
	_, err := ReadFile("testdata")
	require.Error(t, err)
	assert.Equal(t, "gazetteer: testdata: is a directory", err.Error(), "a directory is not a file with a bad first line")
}
