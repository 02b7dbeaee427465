package normalize

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// paragraphTexts are texts whose paragraphs end in the ways paragraphEnd knows, with what a
// neighbour could carry across a break: an initial, a sentence end, a name run, a link.
var paragraphTexts = []string{
	"",
	"Kyiv",
	"George W.\n\nBush met Donald Tusk.",
	"Donald Tass said.\n  \nTask told reporters in Kyiv.\r\n\r\nZelensky spoke.",
	"UkraineThe talks\n\n\n\nresumed in Riad, Saudi Arabia. See https://example.com\n\n@user wrote",
	"Receptacle Tayyip\n\nErdogan and Farrettin Altun\n\n",
	"«Natachabatler» —\n\n“Al Jazeera's Natachabatler”\n",
	"Tokyo Protest Against Strong Chip\nKyiv Talks\n\nTalks Resume In Riad Today\n\nofficials said",
}

func TestParagraphTokens(t *testing.T) {
	edits := []struct{ from, to string }{
		{"Tusk", "Tusk"}, {"Tass", "Tusk"}, {"Erdogan", "Erdoğan"}, {"Riad", "Riyadh"},
		{"Natachabatler", "Natacha Butler"}, {"Bush", "Bush-"}, {"Kyiv", "KYIV"}, {"\n\n", "\n"},
	}
	const jsonl = `{"id":"bush","kind":"person","name":"George W. Bush","prior":0.9}
{"id":"tusk","kind":"person","name":"Donald Tusk","prior":0.9}
{"id":"erdogan","kind":"person","name":"Recep Tayyip Erdoğan","prior":0.9}
{"id":"kyiv","kind":"place","name":"Kyiv","country":"UA","prior":0.9}
{"id":"riyadh","kind":"place","name":"Riyadh","country":"SA","prior":0.9}
`
	m := jsonlMatcher(t, jsonl)
	ctx := newDocContext()
	// runsOf returns the runs of text and what they matched, with the paragraphs that reused
	// copied and its tokens toks, which it leaves as they are (document.class writes to a token).
	runsOf := func(text string, toks []textToken, reused []reusedParagraph) ([][2]int, [][]runSpan) {
		d := newDocument(m, text, 0, ctx, slices.Clone(toks))
		d.reused = reused
		d.collectRuns()
		return slices.Clone(d.buffers.runs), slices.Clone(d.buffers.runSpans)
	}
	var buf []textToken // reused from text to text, as fixSegment does: nothing stale may show
	for _, text := range paragraphTexts {
		p := make(paragraphTokens)
		toks := tokenizeText(text)
		runs, spans := runsOf(text, toks, nil)
		p.remember(text, toks, runs, spans)
		again, _ := p.tokenize(text, nil, nil, nil)
		require.Equal(t, tokenizeText(text), again, "%q", text)
		for _, e := range edits {
			edited := strings.Replace(text, e.from, e.to, 1)
			var reused []reusedParagraph
			buf, reused = p.tokenize(edited, buf, nil, nil)
			require.Equal(t, tokenizeText(edited), buf, "%q", edited)
			wantRuns, wantSpans := runsOf(edited, tokenizeText(edited), nil)
			gotRuns, gotSpans := runsOf(edited, buf, reused)
			require.Equal(t, wantRuns, gotRuns, "%q", edited)
			require.Equal(t, wantSpans, gotSpans, "%q", edited)
		}
	}
}

// FuzzParagraphTokens checks that tokenizing a text by the remembered paragraphs of another gives
// the tokens of tokenizing it whole.
func FuzzParagraphTokens(f *testing.F) {
	for _, text := range paragraphTexts {
		f.Add(text, strings.ReplaceAll(text, "a", "o"))
	}
	f.Fuzz(func(t *testing.T, seen, text string) {
		p := make(paragraphTokens)
		p.remember(seen, tokenizeText(seen), nil, nil)
		toks, _ := p.tokenize(text, nil, nil, nil)
		require.Equal(t, tokenizeText(text), toks)
	})
}
