package gazetteer

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalizeEntity checks the fields every entity needs and brings its text to NFC, so that names
// compare equal however the file encoded them.
func normalizeEntity(e *Entity) error {
	if err := checkID(e.ID); err != nil {
		return err
	}
	if e.Kind < Person || e.Kind > Org {
		return fmt.Errorf("%w: kind", ErrMissingField)
	}
	name, err := checkText("name", e.Name)
	if err != nil {
		return err
	}
	if name == "" {
		return fmt.Errorf("%w: name is empty", ErrMissingField)
	}
	e.Name = name
	aliases := e.Aliases[:0:0]
	for i, a := range e.Aliases {
		a, err := checkText(fmt.Sprintf("aliases[%d]", i), a)
		if err != nil {
			return err
		}
		if a == "" {
			return fmt.Errorf("%w: aliases[%d] is empty", ErrMissingField, i)
		}
		aliases = append(aliases, a)
	}
	e.Aliases = aliases
	if e.Prior < 0 || e.Prior > 1 || e.Prior != e.Prior {
		return fmt.Errorf("%w: %v (want 0..1)", ErrPrior, e.Prior)
	}
	if e.Country != "" && !isCountryCode(e.Country) {
		return fmt.Errorf("%w %q (want an ISO 3166-1 alpha-2 code such as \"PL\")", ErrCountry, e.Country)
	}
	return nil
}

func checkID(id string) error {
	if strings.TrimSpace(id) == "" {
		return fmt.Errorf("%w: id is empty", ErrMissingField)
	}
	if !utf8.ValidString(id) {
		return fmt.Errorf("%w in id", ErrInvalidUTF8)
	}
	for _, r := range id {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			return fmt.Errorf("%w: id %q has white space or control characters", ErrSyntax, id)
		}
	}
	return nil
}

// checkText trims s, rejects control characters and returns its NFC form.
func checkText(field, s string) (string, error) {
	if !utf8.ValidString(s) {
		return "", fmt.Errorf("%w in %s", ErrInvalidUTF8, field)
	}
	s = strings.TrimSpace(s)
	for _, r := range s {
		if unicode.IsControl(r) {
			return "", fmt.Errorf("%w: %s has a control character %U", ErrSyntax, field, r)
		}
	}
	return norm.NFC.String(s), nil
}

func isCountryCode(c string) bool {
	return len(c) == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z'
}
