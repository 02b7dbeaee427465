package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// plainPathTexts hold words at the edges of plainWord: capitals past the third byte, possessives,
// dots and apostrophes that join, handles, digits, words longer than maxTokenBytes and non-ASCII
// letters next to ASCII ones.
var plainPathTexts = []string{
	"Polish Prime Minister Donald Tass said on Thursday.",
	"UkraineThe talks; NATO, UN and EU (EUR) met. McDonald DeSantis iPhone",
	"Kaya's plan, O'Brien's view, the U.S. and U.S.A. vote; George W. Bush",
	"email kaya@example.com or @kaya_news #Kyiv www.example.org https://x.y/z",
	"2024 A1 B2B 3M x86 COVID-19 Al-Assad Ad-Dawhah",
	strings.Repeat("a", maxTokenBytes+1) + " " + strings.Repeat("B", maxTokenBytes) + " end",
	"Zelenskyy’s Erdoğan Türkiye kyiv`s Ж Киев São Paulo naïve",
	"Headline: Executives in Tokyo Protest Against Strong Chip\n\nTOKYO — text",
}

func TestTokenizePlainPath(t *testing.T) {
	for _, text := range plainPathTexts {
		require.Equal(t, appendTokens(nil, text, false, nil), appendTokens(nil, text, true, nil), text)
	}
}

// TestAppendTokens checks that tokens appended to others, or into storage that held others, or
// folded by a wordFolder that folded other texts, are those of tokenizing the text alone.
func TestAppendTokens(t *testing.T) {
	var buf []textToken
	var words wordFolder
	for _, text := range plainPathTexts {
		before := appendTokens(nil, "Before These Three Words", true, nil)
		require.Equal(t, tokenizeText(text), appendTokens(before, text, true, nil)[len(before):], text)
		buf = appendTokens(buf[:0], text, true, &words)
		require.Equal(t, tokenizeText(text), buf, text)
	}
}

// FuzzTokenize checks that the fast path for plain words gives the tokens the general one does.
func FuzzTokenize(f *testing.F) {
	for _, text := range plainPathTexts {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		require.Equal(t, appendTokens(nil, text, false, nil), appendTokens(nil, text, true, nil))
	})
}
