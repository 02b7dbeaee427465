package normalize

import (
	"slices"
	"strings"
)

// paragraphTokens remembers the tokens of a segment's paragraphs, so that a later pass over the
// segment's own output tokenizes only the paragraphs that a repair changed.
//
// A paragraph ends just after the first line break of a blank line. Nothing of tokenizing
// crosses that point: no word or link spans a line break, two line breaks never join two words
// into one name, and the first word after a line break opens a sentence whatever came before.
// So the tokens of a paragraph, tokenized alone, are its tokens in the whole text.
type paragraphTokens map[string]paragraph

type paragraph struct {
	toks  []textToken // offsets in the text the paragraph was found in
	start int         // where the paragraph starts in that text
	// runs are the paragraph's runs (see appendRuns), their tokens counted from its first, and
	// spans what each matched: they depend on the paragraph's tokens alone.
	runs  [][2]int
	spans [][]runSpan
}

// reusedParagraph is a paragraph whose tokens tokenize copied, from token from on.
type reusedParagraph struct {
	from, tokens int
	runs         [][2]int
	spans        [][]runSpan
}

// remember records the paragraphs of text with their tokens toks (tokenizeText(text)) and the
// runs that resolve found in them and what those matched.
func (p paragraphTokens) remember(text string, toks []textToken, runs [][2]int, spans [][]runSpan) {
	// The runs are renumbered, and the buffers they come from are the next pass's.
	runs, spans = slices.Clone(runs), slices.Clone(spans)
	at, r := 0, 0
	for start := 0; start < len(text); {
		end := paragraphEnd(text, start)
		n, _ := slices.BinarySearchFunc(toks[at:], end, func(t textToken, end int) int { return int(t.start) - end })
		first := r
		for ; r < len(runs) && runs[r][0] < at+n; r++ {
			runs[r][0] -= at
			runs[r][1] -= at
		}
		p[text[start:end]] = paragraph{toks: toks[at : at+n], start: start, runs: runs[first:r], spans: spans[first:r]}
		at += n
		start = end
	}
}

// tokenize returns tokenizeText(text), copying the tokens of the paragraphs it remembers, in the
// storage of buf; words folds the words of the others (see appendTokens). It appends the
// paragraphs it copied to reused.
func (p paragraphTokens) tokenize(text string, buf []textToken, words *wordFolder, reused []reusedParagraph) ([]textToken, []reusedParagraph) {
	toks := slices.Grow(buf[:0], len(text)/6+1)
	for start := 0; start < len(text); {
		end := paragraphEnd(text, start)
		from, shift := len(toks), start
		if para, ok := p[text[start:end]]; ok {
			toks = append(toks, para.toks...)
			reused = append(reused, reusedParagraph{from: from, tokens: len(para.toks), runs: para.runs, spans: para.spans})
			shift -= para.start
		} else {
			toks = appendTokens(toks, text[start:end], true, words)
		}
		if shift != 0 {
			for k := from; k < len(toks); k++ {
				toks[k].start += int32(shift)
				toks[k].end += int32(shift)
			}
		}
		start = end
	}
	return toks, reused
}

// paragraphEnd returns where the paragraph of text that starts at start ends: just after the
// first line break of the next blank line (one made of spaces, tabs and carriage returns), or
// at the end of text.
func paragraphEnd(text string, start int) int {
	for i := start; i < len(text); i++ {
		k := strings.IndexByte(text[i:], '\n')
		if k < 0 {
			break
		}
		i += k
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			return i + 1
		}
	}
	return len(text)
}
