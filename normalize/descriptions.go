package normalize

import "github.com/canonym/canonym/gazetteer"

// foldedDescriptions holds the description of every entity folded, for role evidence: Fix asks
// about the descriptions of hundreds of entities in every article, and folding them once for the
// Matcher is cheaper than once per document. The descriptions are one string, each
// between spaces, so that a whole word is found by searching it with the spaces around.
type foldedDescriptions struct {
	text  string
	start []uint32 // entity i's description starts at start[i]; start[len] is len(text)
}

func newFoldedDescriptions(g *gazetteer.Gazetteer) *foldedDescriptions {
	folded := make([]string, g.Len())
	size := 1
	for i, e := range g.All() {
		folded[i] = Fold(e.Description)
		size += len(folded[i]) + 1
	}
	text := make([]byte, 0, size)
	start := make([]uint32, 0, len(folded)+1)
	text = append(text, ' ')
	for _, f := range folded {
		start = append(start, uint32(len(text)))
		text = append(text, f...)
		text = append(text, ' ')
	}
	start = append(start, uint32(len(text)))
	return &foldedDescriptions{text: string(text), start: start}
}

// of returns entity i's folded description with a space on either side.
func (f *foldedDescriptions) of(i int32) string {
	return f.text[f.start[i]-1 : f.start[i+1]]
}
