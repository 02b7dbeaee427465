package gazetteer

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// sentinels are the errors every ParseError wraps one of.
var sentinels = []error{
	ErrSyntax, ErrUnknownField, ErrMissingField, ErrUnknownKind, ErrDuplicateID,
	ErrPrior, ErrCountry, ErrInvalidUTF8, ErrLineTooLong, ErrTooManyErrs,
}

// FuzzRead feeds arbitrary bytes to Read. Properties:
//   - Read never panics and is deterministic;
//   - on success every entity is valid (id, kind, NFC text without control characters, prior,
//     country), ids are unique and Lookup finds each entity, and writing the entities back out as
//     JSON Lines reads back to the same entities;
//   - on failure no gazetteer is returned and the error is a *ParseError, or errors.Join of
//     *ParseError values, each naming the file, a line within the input (0 only for the "too many
//     errors" note), wrapping a sentinel, formatted on one line; at most MaxErrorsPerFile+1 of them.
//
// Seeds are in testdata/fuzz/FuzzRead.
func FuzzRead(f *testing.F) {
	f.Add([]byte(`{"id":"a","kind":"person","name":"A"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		const file = "fuzz.jsonl"
		g, err := Read(bytes.NewReader(data), file)
		g2, err2 := Read(bytes.NewReader(data), file)
		if (err == nil) != (err2 == nil) || err != nil && err.Error() != err2.Error() {
			t.Fatalf("Read is not deterministic: %v / %v", err, err2)
		}
		if err != nil {
			if g != nil {
				t.Fatalf("Read returned a gazetteer with an error: %v", err)
			}
			checkReadError(t, err, file, bytes.Count(data, []byte("\n"))+1)
			return
		}
		if g == nil {
			t.Fatal("Read returned neither a gazetteer nor an error")
		}
		if g2.Len() != g.Len() {
			t.Fatalf("Read is not deterministic: %d / %d entities", g.Len(), g2.Len())
		}
		checkGazetteer(t, g)

		// Round trip: the entities, written back as JSON Lines, read back the same.
		var out bytes.Buffer
		for _, e := range g.All() {
			b, err := json.Marshal(e)
			if err != nil {
				t.Fatalf("marshal %q: %v", e.ID, err)
			}
			out.Write(b)
			out.WriteByte('\n')
		}
		back, err := Read(&out, "back.jsonl")
		if err != nil {
			t.Fatalf("entities written back do not read back: %v", err)
		}
		if back.Len() != g.Len() {
			t.Fatalf("round trip: %d entities, want %d", back.Len(), g.Len())
		}
		for i, e := range g.All() {
			if !sameEntity(e, back.Entity(i)) {
				t.Fatalf("round trip changed entity %d:\n got %+v\nwant %+v", i, *back.Entity(i), *e)
			}
		}
	})
}

// checkReadError checks the shape of an error from Read on an input of lines lines.
func checkReadError(t *testing.T, err error, file string, lines int) {
	t.Helper()
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else {
		errs = []error{err}
	}
	if len(errs) == 0 || len(errs) > MaxErrorsPerFile+1 {
		t.Fatalf("%d errors, want 1..%d: %v", len(errs), MaxErrorsPerFile+1, err)
	}
	for _, e := range errs {
		pe, ok := e.(*ParseError)
		if !ok {
			t.Fatalf("error %T is not a *ParseError: %v", e, e)
		}
		if pe.File != file {
			t.Errorf("error names file %q, want %q: %v", pe.File, file, pe)
		}
		if pe.Line < 0 || pe.Line > lines || pe.Line == 0 && !errors.Is(pe, ErrTooManyErrs) {
			t.Errorf("line %d out of range 1..%d: %v", pe.Line, lines, pe)
		}
		known := false
		for _, s := range sentinels {
			known = known || errors.Is(pe, s)
		}
		if !known {
			t.Errorf("error wraps no sentinel: %v", pe)
		}
		msg := pe.Error()
		if !strings.HasPrefix(msg, "gazetteer: "+file+":") || strings.ContainsAny(msg, "\n\r") {
			t.Errorf("message not one line of the form \"gazetteer: FILE:LINE: ...\": %q", msg)
		}
	}
}

// checkGazetteer checks that every entity of g is valid and that ids are unique.
func checkGazetteer(t *testing.T, g *Gazetteer) {
	t.Helper()
	ids := make(map[string]bool, g.Len())
	for i, e := range g.All() {
		if strings.TrimSpace(e.ID) == "" || !utf8.ValidString(e.ID) || strings.IndexFunc(e.ID, func(r rune) bool {
			return unicode.IsSpace(r) || unicode.IsControl(r)
		}) >= 0 {
			t.Errorf("entity %d: invalid id %q", i, e.ID)
		}
		if ids[e.ID] {
			t.Errorf("entity %d: duplicate id %q", i, e.ID)
		}
		ids[e.ID] = true
		if got, ok := g.Lookup(e.ID); !ok || got != e {
			t.Errorf("Lookup(%q) does not return entity %d", e.ID, i)
		}
		if e.Kind < Person || e.Kind > Org {
			t.Errorf("entity %q: invalid kind %d", e.ID, e.Kind)
		}
		if e.Name == "" {
			t.Errorf("entity %q: empty name", e.ID)
		}
		for _, s := range e.Names() {
			if !validText(s) {
				t.Errorf("entity %q: name or alias %q is not trimmed, valid NFC text without control characters", e.ID, s)
			}
		}
		if !(e.Prior >= 0 && e.Prior <= 1) {
			t.Errorf("entity %q: prior %v out of [0, 1]", e.ID, e.Prior)
		}
		if e.Country != "" && !isCountryCode(e.Country) {
			t.Errorf("entity %q: invalid country %q", e.ID, e.Country)
		}
		if !utf8.ValidString(e.Description) || e.Description != strings.TrimSpace(e.Description) {
			t.Errorf("entity %q: description %q not trimmed valid UTF-8", e.ID, e.Description)
		}
	}
	if len(ids) != g.Len() {
		t.Errorf("%d distinct ids for %d entities", len(ids), g.Len())
	}
}

func validText(s string) bool {
	return s != "" && utf8.ValidString(s) && s == strings.TrimSpace(s) && norm.NFC.IsNormalString(s) &&
		strings.IndexFunc(s, unicode.IsControl) < 0
}

// sameEntity compares entities, treating nil and empty slices and maps as equal.
func sameEntity(a, b *Entity) bool {
	if a.ID != b.ID || a.Kind != b.Kind || a.Name != b.Name || a.Country != b.Country ||
		a.Prior != b.Prior || a.Description != b.Description ||
		len(a.Aliases) != len(b.Aliases) || len(a.Meta) != len(b.Meta) {
		return false
	}
	for i := range a.Aliases {
		if a.Aliases[i] != b.Aliases[i] {
			return false
		}
	}
	for k, v := range a.Meta {
		if w, ok := b.Meta[k]; !ok || w != v {
			return false
		}
	}
	return true
}
