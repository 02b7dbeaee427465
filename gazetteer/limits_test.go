package gazetteer

// Limits of the gazetteer (issue 7): duplicate ids across files, very many aliases, one-character
// aliases and empty files each have a clear, tested result.

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeFiles writes name -> content files into a new directory and returns their paths, in the
// order given.
func writeFiles(t *testing.T, files ...[2]string) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for _, f := range files {
		p := filepath.Join(dir, f[0])
		require.NoError(t, os.WriteFile(p, []byte(f[1]), 0o644))
		paths = append(paths, p)
	}
	return paths
}

// joinedErrors returns the errors joined in err, or err alone.
func joinedErrors(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// An id defined in more than one file is an error naming the later definition by FILE:LINE and the
// first one it clashes with; every clash is reported, and no gazetteer is returned. Ids are compared
// exactly: ids that differ in case are different ids.
func TestLimitDuplicateIDsAcrossFiles(t *testing.T) {
	paths := writeFiles(t,
		[2]string{"a.jsonl", `{"id":"kyiv","kind":"place","name":"Kyiv"}` + "\n" + `{"id":"paris","kind":"place","name":"Paris"}` + "\n"},
		[2]string{"b.jsonl", "\n" + `{"id":"paris","kind":"place","name":"Paris, Texas"}` + "\n" + `{"id":"Kyiv","kind":"place","name":"Kyiv Oblast"}` + "\n"},
		[2]string{"c.jsonl", `{"id":"kyiv","kind":"person","name":"Kyiv"}` + "\n" + `{"id":"paris","kind":"org","name":"Paris SG"}` + "\n"},
	)
	g, err := Load(paths...)
	require.Error(t, err)
	assert.Nil(t, g)
	assert.ErrorIs(t, err, ErrDuplicateID)
	assert.Equal(t, strings.Join([]string{
		`gazetteer: b.jsonl:2: duplicate id "paris" (first defined at a.jsonl:2)`,
		`gazetteer: c.jsonl:1: duplicate id "kyiv" (first defined at a.jsonl:1)`,
		`gazetteer: c.jsonl:2: duplicate id "paris" (first defined at a.jsonl:2)`,
	}, "\n"), err.Error(), `"Kyiv" and "kyiv" are different ids`)
	for _, e := range joinedErrors(err) {
		var pe *ParseError
		require.True(t, errors.As(e, &pe))
		assert.NotZero(t, pe.Line)
	}

	// The same file twice clashes with itself on every line.
	_, err = Load(paths[0], paths[0])
	assert.Len(t, joinedErrors(err), 2)
	assert.ErrorContains(t, err, `gazetteer: a.jsonl:1: duplicate id "kyiv" (first defined at a.jsonl:1)`)

	// Parse errors come first: with a malformed file, Load reports its lines and does not merge.
	bad := writeFiles(t, [2]string{"bad.jsonl", "{oops\n"})
	_, err = Load(paths[0], paths[2], bad[0])
	require.Error(t, err)
	assert.EqualError(t, err, "gazetteer: bad.jsonl:1: invalid JSON: invalid character 'o' looking for beginning of object key string")
}

// Gazetteers built in code are named by position; Merge names both definitions.
func TestLimitDuplicateIDsMerge(t *testing.T) {
	a, err := New(Entity{ID: "x", Kind: Org, Name: "X One"}, Entity{ID: "y", Kind: Org, Name: "Y"})
	require.NoError(t, err)
	b, err := New(Entity{ID: "z", Kind: Org, Name: "Z"}, Entity{ID: "x", Kind: Org, Name: "X Two"})
	require.NoError(t, err)
	_, err = Merge(a, b)
	assert.ErrorIs(t, err, ErrDuplicateID)
	assert.EqualError(t, err, `gazetteer: entities[1]: duplicate id "x" (first defined at entities[0])`)

	_, err = New(Entity{ID: "x", Kind: Org, Name: "X"}, Entity{ID: "x", Kind: Org, Name: "X again"})
	assert.EqualError(t, err, `gazetteer: entities[1]: duplicate id "x" (first defined at entities[0])`)

	g, err := Merge()
	require.NoError(t, err)
	assert.Equal(t, 0, g.Len(), "merging nothing gives an empty gazetteer")
}

// aliasLine returns a gazetteer line for an entity with n aliases "A0", "A1", ... and its length.
func aliasLine(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`{"id":"many","kind":"org","name":"Many","aliases":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"A%d"`, i)
	}
	b.WriteString("]}")
	return b.Bytes()
}

// A line with a million aliases (about 10 MB) is over the 1 MiB line cap: it is reported as too
// long, without holding it in memory, and reading goes on with the next line. A line of exactly
// MaxLineBytes is read (CRLF or not); one byte more is not.
func TestLimitMillionAliasesLine(t *testing.T) {
	huge := aliasLine(1_000_000)
	require.Greater(t, len(huge), MaxLineBytes)
	input := append(huge, "\n"+`{"id":"kyiv","kind":"place","name":"Kyiv"}`+"\n{oops\n"...)
	g, err := Read(bytes.NewReader(input), "big.jsonl")
	assert.Nil(t, g)
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrLineTooLong)
	assert.Equal(t, "gazetteer: big.jsonl:1: line too long: over 1048576 bytes\n"+
		"gazetteer: big.jsonl:3: invalid JSON: invalid character 'o' looking for beginning of object key string", err.Error())

	// How many aliases fit: the longest line under the cap.
	n := 1
	for len(aliasLine(n*2)) <= MaxLineBytes {
		n *= 2
	}
	for step := n / 2; step > 0; step /= 2 {
		if len(aliasLine(n+step)) <= MaxLineBytes {
			n += step
		}
	}
	t.Logf("at most %d aliases of this form (\"A123\") fit on one line of %d bytes", n, MaxLineBytes)
	g, err = Read(bytes.NewReader(aliasLine(n)), "fits.jsonl")
	require.NoError(t, err)
	assert.Len(t, g.Entity(0).Aliases, n)

	// The cap is exact: pad a line to MaxLineBytes and to one byte more.
	line := func(size int) []byte {
		prefix := `{"id":"a","kind":"org","name":"A","description":"`
		return []byte(prefix + strings.Repeat("x", size-len(prefix)-2) + `"}`)
	}
	for _, end := range []string{"", "\n", "\r\n"} {
		_, err := Read(bytes.NewReader(append(line(MaxLineBytes), end...)), "exact.jsonl")
		assert.NoError(t, err, "a line of exactly MaxLineBytes, ending %q", end)
		_, err = Read(bytes.NewReader(append(line(MaxLineBytes+1), end...)), "over.jsonl")
		assert.ErrorIs(t, err, ErrLineTooLong, "a line of MaxLineBytes+1, ending %q", end)
	}
}

// A million aliases made in code have no line cap: New validates and keeps them all.
func TestLimitMillionAliasesInCode(t *testing.T) {
	aliases := make([]string, 1_000_000)
	for i := range aliases {
		aliases[i] = fmt.Sprintf("Alias %d", i)
	}
	start := time.Now()
	g, err := New(Entity{ID: "many", Kind: Org, Name: "Many", Aliases: aliases})
	require.NoError(t, err)
	t.Logf("New with %d aliases: %v", len(aliases), time.Since(start))
	e, ok := g.Lookup("many")
	require.True(t, ok)
	assert.Len(t, e.Aliases, 1_000_000)
	assert.Equal(t, "Alias 999999", e.Aliases[999_999])
	assert.Len(t, e.Names(), 1_000_001)

	// One bad alias among them is named by its index.
	aliases[765_432] = " "
	_, err = New(Entity{ID: "many", Kind: Org, Name: "Many", Aliases: aliases})
	assert.EqualError(t, err, "gazetteer: entities[0]: missing field: aliases[765432] is empty")
}

// Aliases of one character are valid gazetteer data, kept as written (normalized to NFC). What the
// matcher makes of them is tested in normalize (TestLimitOneCharacterAliases): they take part only
// as tokens of longer names.
func TestLimitOneCharacterAliases(t *testing.T) {
	g, err := Read(strings.NewReader(`{"id":"x","kind":"org","name":"X","aliases":["x","Ж","`+"e\u0301"+`","7","中"," Q "]}`), "one.jsonl")
	require.NoError(t, err)
	assert.Equal(t, []string{"x", "Ж", "é", "7", "中", "Q"}, g.Entity(0).Aliases)
	assert.Equal(t, "X", g.Entity(0).Name)
}

// An empty file, or one of blank lines only, is a valid gazetteer of no entities, alone or merged
// with others.
func TestLimitEmptyFile(t *testing.T) {
	for _, content := range []string{"", "\n", "\n\n\r\n   \t\n", "\r\n"} {
		g, err := Read(strings.NewReader(content), "empty.jsonl")
		require.NoError(t, err, "%q", content)
		assert.Equal(t, 0, g.Len())
		assert.Empty(t, g.Counts())
		for range g.All() {
			t.Fatal("an empty gazetteer yields no entity")
		}
		_, ok := g.Lookup("")
		assert.False(t, ok)
	}
	paths := writeFiles(t, [2]string{"empty.jsonl", ""}, [2]string{"one.jsonl", `{"id":"a","kind":"org","name":"A"}`})
	g, err := Load(paths[0])
	require.NoError(t, err)
	assert.Equal(t, 0, g.Len())
	g, err = Load(paths...)
	require.NoError(t, err)
	assert.Equal(t, 1, g.Len())

	g, err = New()
	require.NoError(t, err)
	assert.Equal(t, 0, g.Len())

	// A file of only a byte-order mark is not empty: the mark is not JSON.
	_, err = Read(strings.NewReader("\ufeff"), "bom.jsonl")
	assert.ErrorIs(t, err, ErrSyntax)
}
