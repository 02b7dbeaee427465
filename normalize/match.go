package normalize

import (
	"fmt"

	"github.com/canonym/canonym/gazetteer"
)

// Confidence grades a match, in the spirit of language.Confidence.
type Confidence uint8

// Confidence levels, from no match to an exact one.
const (
	// NoMatch means no candidate reached the threshold.
	NoMatch Confidence = iota
	// Ambiguous means two or more entities matched about equally well; none was chosen.
	Ambiguous
	// Low means the match is above the threshold by a small margin.
	Low
	// High means the name matched with small differences.
	High
	// Exact means the name equals a gazetteer name or alias after folding.
	Exact
)

// String returns the lower-case name of the confidence, as the command writes it.
func (c Confidence) String() string {
	switch c {
	case NoMatch:
		return "none"
	case Ambiguous:
		return "ambiguous"
	case Low:
		return "low"
	case High:
		return "high"
	case Exact:
		return "exact"
	}
	return fmt.Sprintf("Confidence(%d)", uint8(c))
}

// MarshalText implements encoding.TextMarshaler, so JSON carries the name of the level.
func (c Confidence) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// Match is a candidate entity for a name.
type Match struct {
	// Entity is the matched entity; nil when no candidate was found at all.
	Entity *gazetteer.Entity
	// Alias is the gazetteer name or alias that the name matched best.
	Alias string
	// Score is in [0, 1]: 1 for an exact match after folding.
	Score float64
	// Confidence grades the match; NoMatch and Ambiguous come with ok == false from Match.
	Confidence Confidence
	// Reason says in words why the entity matched: which alias, which tokens, which edits.
	Reason string

	partial bool      // only part of the alias matched ("Erdogan" for Recep Tayyip Erdoğan)
	alias   int32     // index of the matched alias in the Matcher
	al      alignment // how the name lined up with the alias
	loose   bool      // a weak token was admitted on the strength of one strong one
}

// Partial reports whether the name matched only part of the entity's name, such as a surname.
func (m Match) Partial() bool { return m.partial }
