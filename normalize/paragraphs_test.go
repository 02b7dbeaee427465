package normalize

import (
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
	var buf []textToken // reused from text to text, as fixSegment does: nothing stale may show
	for _, text := range paragraphTexts {
		p := make(paragraphTokens)
		p.remember(text, tokenizeText(text))
		require.Equal(t, tokenizeText(text), p.tokenize(text, nil, nil), "%q", text)
		for _, e := range edits {
			edited := strings.Replace(text, e.from, e.to, 1)
			buf = p.tokenize(edited, buf, nil)
			require.Equal(t, tokenizeText(edited), buf, "%q", edited)
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
		p.remember(seen, tokenizeText(seen))
		require.Equal(t, tokenizeText(text), p.tokenize(text, nil, nil))
	})
}
