package gazetteer

import "fmt"

// Kind is the type of thing an entity is.
type Kind uint8

// The kinds of entity. The zero Kind is invalid, so a forgotten field is caught.
const (
	Person Kind = iota + 1
	Place
	Org
)

var kindNames = [...]string{Person: "person", Place: "place", Org: "org"}

// String returns the kind's name in the file format: "person", "place" or "org".
func (k Kind) String() string {
	if k >= Person && k <= Org {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// ParseKind returns the Kind named s ("person", "place" or "org").
func ParseKind(s string) (Kind, error) {
	for k := Person; k <= Org; k++ {
		if kindNames[k] == s {
			return k, nil
		}
	}
	return 0, fmt.Errorf("%w %q (want person, place or org)", ErrUnknownKind, s)
}

// MarshalText implements [encoding.TextMarshaler].
func (k Kind) MarshalText() ([]byte, error) {
	if k < Person || k > Org {
		return nil, fmt.Errorf("gazetteer: invalid kind %d", uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *Kind) UnmarshalText(b []byte) error {
	parsed, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = parsed
	return nil
}

// Entity is one canonical person, place or organisation.
//
// Entities returned by a [Gazetteer] share their slices and maps with it: treat them as read-only.
type Entity struct {
	// ID is a stable lowercase slug, unique within a gazetteer.
	ID string `json:"id"`
	// Kind says whether the entity is a person, place or organisation.
	Kind Kind `json:"kind"`
	// Name is the canonical display name, with its diacritics ("Recep Tayyip Erdoğan").
	Name string `json:"name"`
	// Aliases are legitimate alternative forms: other romanisations, exonyms, former names and
	// native-script forms. They are never misspellings.
	Aliases []string `json:"aliases,omitempty"`
	// Country is an ISO 3166-1 alpha-2 code, or empty.
	Country string `json:"country,omitempty"`
	// Prior is the entity's prominence in [0, 1], used to break ties between equally good matches.
	Prior float64 `json:"prior,omitempty"`
	// Description is a short role or definition ("Prime Minister of Poland").
	Description string `json:"description,omitempty"`
	// Meta holds caller data, such as external identifiers, unchanged.
	Meta map[string]string `json:"meta,omitempty"`
}

// Names returns the canonical name followed by the aliases.
func (e *Entity) Names() []string {
	names := make([]string, 0, 1+len(e.Aliases))
	names = append(names, e.Name)
	return append(names, e.Aliases...)
}
