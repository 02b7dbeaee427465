package normalize

import (
	"strings"

	"github.com/canonym/canonym/gazetteer"
)

// Mention is a name found in text: where it is, what it links to, and what Fix wrote for it.
type Mention struct {
	// Start and End are byte offsets of the name in the input, End exclusive. A possessive ending
	// ("'s") stays outside.
	Start, End int
	// Text is the input's bytes at [Start, End).
	Text string
	// Replacement is what Fix wrote in place of Text; it equals Text when Changed is false.
	Replacement string
	// Entity is the gazetteer entity the name refers to. A name the gazetteer does not know but
	// the document itself spells out ("Natachabatler" ... "Butler said") gets an Entity made for
	// the mention, with an empty ID and the repaired name. Entity is never nil.
	Entity *gazetteer.Entity
	// Score is the match score in [0, 1], context included.
	Score float64
	// Confidence grades the match.
	Confidence Confidence
	// Reason says why: the alias and tokens matched, and any context that decided it.
	Reason string
	// Changed reports whether Fix rewrote the name.
	Changed bool
}

// Result is the outcome of Fix: the corrected text and every recognised mention, in order.
type Result struct {
	Text     string
	Mentions []Mention
}

// Fix finds the names in text, repairs the garbled ones and returns the corrected text with a log
// of every recognised mention, changed or not. Text outside a changed name is copied byte for byte;
// invalid UTF-8 and control characters pass through untouched.
//
// The whole text is one document: a name resolved in one place is evidence for a later, shorter
// or more damaged mention of it ("Donald Tass ... Task told reporters"), and within SegmentSize
// bytes for an earlier one too. Fix is safe for concurrent use; its per-document state lives in
// the call.
func (m *Matcher) Fix(text string) Result {
	return m.fixDocument(text, newDocContext())
}

// fixDocument is Fix with the document context to use.
func (m *Matcher) fixDocument(text string, ctx *docContext) Result {
	var mentions []Mention
	for base := 0; base < len(text); {
		n := segmentLen(text[base:], true)
		mentions = append(mentions, m.fixSegment(text[base:base+n], base, ctx)...)
		base += n
	}
	return Result{Text: apply(text, mentions), Mentions: mentions}
}

// apply writes text with the changed mentions replaced. Mentions are sorted and do not overlap.
func apply(text string, mentions []Mention) string { return applyAt(text, 0, mentions) }

// applyAt is apply for a text that starts at offset base of the document the mentions count in.
func applyAt(text string, base int, mentions []Mention) string {
	var b strings.Builder
	changed := false
	pos := 0
	for _, mt := range mentions {
		if !mt.Changed {
			continue
		}
		if !changed {
			b.Grow(len(text) + 16)
			changed = true
		}
		b.WriteString(text[pos : mt.Start-base])
		b.WriteString(mt.Replacement)
		pos = mt.End - base
	}
	if !changed {
		return text
	}
	b.WriteString(text[pos:])
	return b.String()
}
