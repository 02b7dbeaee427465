package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// textToken is one word of running text.
type textToken struct {
	// start and end are the byte span of the word, a possessive ending excluded. Fix tokenizes a
	// segment (SegmentSize) at a time, so int32 is ample, and keeps a token to 32 bytes.
	start, end int32
	folded     string // comparison key
	shape      shape
	possessive bool // the word was followed by 's, which stays outside any replacement
	// joinNext reports that only a space, a hyphen or one line break separates this token from the
	// next, so that both may belong to one name.
	joinNext bool
	// sentenceStart reports that the token opens a sentence, where capitals say nothing.
	sentenceStart bool
	// titleLine reports that the token's line is written in title case (see markTitleLines).
	titleLine bool
	// lex is the token's word-list class, filled in by document.class when first asked.
	lex lexClass
}

// shape is the capitalisation of a word.
type shape uint8

const (
	shapeLower shape = iota // "kyiv"
	shapeTitle              // "Kyiv", "McDonald"
	shapeUpper              // "TASS", "UN"
	shapeOther              // digits, other scripts without case
)

// maxTokenBytes bounds the length of a word that is matched; longer runs of letters are not names
// and pass through untouched.
const maxTokenBytes = 64

// tokenizeText splits text into words. Camel-case joins ("UkraineThe") are split where a lower-case
// letter meets an upper-case one, since machine translation drops the space between sentences.
func tokenizeText(text string) []textToken { return appendTokens(nil, text, true, nil) }

// appendTokens appends the tokens of text, their offsets counted in text, to toks: tokenizeText
// into storage that Fix reuses from segment to segment, folding words with words (a new
// wordFolder when nil). plainPath takes the fast path for plain words (plainWord); with it or
// without, the tokens must be the same.
func appendTokens(toks []textToken, text string, plainPath bool, words *wordFolder) []textToken {
	// English prose averages about six bytes a word with its space; growing the slice by
	// doubling instead cost more than the rest of tokenizing.
	from := len(toks)
	toks = slices.Grow(toks, len(text)/6+1)
	if words == nil {
		words = new(wordFolder)
	}
	var parts [4][2]int
	i := 0
	for i < len(text) {
		c := text[i]
		if c == ' ' || c == ',' || c == '\n' {
			i++ // the commonest bytes between words
			continue
		}
		if mayStartLink(c) {
			if n := linkLength(text, i); n > 0 {
				i += n // a URL, e-mail address, @handle or #tag is not prose
				continue
			}
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !isWordRune(r) {
			i += size
			continue
		}
		if end, upper, ok := plainWord(text, i); ok && plainPath {
			toks = append(toks, plainToken(text, i, end, upper, words))
			i = end
			continue
		}
		end := scanWord(text, i)
		if end < len(text) && text[end] == '@' {
			i = end + skipToSpace(text[end:])
			continue
		}
		for _, part := range splitCamel(parts[:0], text, i, end) {
			tok := textToken{start: int32(part[0]), end: int32(part[1])}
			w := text[part[0]:part[1]]
			if t := trimPossessive(w); len(t) < len(w) {
				tok.end = int32(part[0] + len(t))
				tok.possessive = true
			}
			w = text[tok.start:tok.end]
			if tok.end-tok.start <= maxTokenBytes {
				if isFoldedASCII(w) {
					tok.folded = w // most words of prose are their own folded form
				} else {
					tok.folded = words.fold(w)
				}
			}
			tok.shape = shapeOf(w)
			toks = append(toks, tok)
		}
		i = end
	}
	for k := from; k < len(toks); k++ {
		if k+1 < len(toks) {
			gap := text[toks[k].end:toks[k+1].start]
			if toks[k].end-toks[k].start == 1 && toks[k].shape != shapeLower && strings.HasPrefix(gap, ".") {
				gap = gap[1:] // an initial: "George W. Bush"
			}
			toks[k].joinNext = !toks[k].possessive && joinable(gap)
		}
		toks[k].sentenceStart = opensSentence(text, int(toks[k].start))
	}
	markTitleLines(text, toks[from:])
	return toks
}

// plainWord reports whether the word at i is plain, as most words of prose are: ASCII letters
// and digits, no upper-case letter past its first three bytes (so no camel-case join to split),
// and followed by an ASCII byte that can neither continue it nor end it otherwise (not an
// apostrophe or dot, which may join, nor "@"). It returns the word's end.
func plainWord(text string, i int) (end, upper int, ok bool) {
	for end = i; end < len(text); end++ {
		c := text[end]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			if end-i >= 3 {
				return 0, 0, false // splitCamel may cut here
			}
			upper++
		case c >= utf8.RuneSelf || c == '\'' || c == '`' || c == '.' || c == '@':
			return 0, 0, false
		default:
			return end, upper, true
		}
	}
	return end, upper, true
}

// plainToken is the token of the plain word text[start:end] (see plainWord), which has upper
// upper-case letters: a word without any is its own folded form.
func plainToken(text string, start, end, upper int, words *wordFolder) textToken {
	w := text[start:end]
	tok := textToken{start: int32(start), end: int32(end)}
	switch {
	case len(w) > maxTokenBytes:
	case upper == 0:
		tok.folded = w
	default:
		tok.folded = words.fold(w)
	}
	switch c := w[0]; {
	case c >= 'a' && c <= 'z':
		tok.shape = shapeLower
	case c >= '0' && c <= '9':
		tok.shape = shapeOther
	case upper > 1 && upper == letterCount(w):
		tok.shape = shapeUpper
	default:
		tok.shape = shapeTitle
	}
	return tok
}

// wordFolder folds words that are not their own folded form, and returns the same string for
// every word that folds alike: capitalised words recur ("The", "President", a name) in a segment
// and in the segments after it, and one string each saves an allocation per occurrence. Fix
// keeps one for a document (docBuffers).
type wordFolder struct {
	interned map[string]string // the folded forms made so far
	buf      []byte
}

// maxFoldedWords bounds a wordFolder, which starts again empty beyond it.
const maxFoldedWords = 1 << 14

func (f *wordFolder) fold(w string) string {
	f.buf = foldWord(f.buf[:0], w)
	folded, ok := f.interned[string(f.buf)]
	if !ok {
		if f.interned == nil || len(f.interned) >= maxFoldedWords {
			f.interned = make(map[string]string)
		}
		folded = string(f.buf)
		f.interned[folded] = folded
	}
	return folded
}

// letterCount returns the number of ASCII letters in w.
func letterCount(w string) int {
	n := 0
	for k := 0; k < len(w); k++ {
		if c := w[k] | 0x20; c >= 'a' && c <= 'z' {
			n++
		}
	}
	return n
}

// markTitleLines sets titleLine on the tokens of each line written in title case, a headline or
// a list of names, where capitals say nothing of a word: at least three words of four letters or
// more, all capitalised but for the function words that title case leaves in lower case.
func markTitleLines(text string, toks []textToken) {
	for from := 0; from < len(toks); {
		// title holds while every long word seen is capitalised or a lower-case function word;
		// once it fails, the rest of the line is only scanned for its end.
		to, capitalised, title := from, 0, true
		for to < len(toks) {
			t := &toks[to]
			if title && len(t.folded) >= 4 && t.shape != shapeOther {
				if t.shape != shapeLower {
					capitalised++
				} else {
					title = lowerInTitleCase[t.folded]
				}
			}
			to++
			if to < len(toks) {
				if gap := text[t.end:toks[to].start]; gap != " " && strings.IndexByte(gap, '\n') >= 0 {
					break
				}
			}
		}
		if title && capitalised >= 3 {
			for k := from; k < to; k++ {
				toks[k].titleLine = true
			}
		}
		from = to
	}
}

// splitCamel returns the parts of the word text[start:end], split before an upper-case letter that
// follows a lower-case one ("UkraineThe" -> "Ukraine", "The"). Names such as "McDonald" and
// "DeSantis" split too; the matcher joins adjacent tokens again when that fits a name better.
func splitCamel(parts [][2]int, text string, start, end int) [][2]int {
	if !mayBeCamel(text[start:end]) {
		return append(parts, [2]int{start, end})
	}
	from := start
	var prev rune
	for i := start; i < end; {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		} else if r >= 'a' && r <= 'z' || r < 'A' || r > 'Z' {
			prev = r // the common case: nothing to split before an ASCII byte that is not a capital
			i++
			continue
		}
		if unicode.IsUpper(r) && unicode.IsLower(prev) && i-from >= 3 && end-i >= 3 {
			parts = append(parts, [2]int{from, i})
			from = i
		}
		prev = r
		i += size
	}
	return append(parts, [2]int{from, end})
}

func shapeOf(w string) shape {
	if w != "" && w[0] >= 'a' && w[0] <= 'z' {
		return shapeLower
	}
	first, _ := utf8.DecodeRuneInString(w)
	switch {
	case unicode.IsLower(first):
		return shapeLower
	case !unicode.IsUpper(first):
		return shapeOther
	}
	upper, letters := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters > 1 && upper == letters {
		return shapeUpper
	}
	return shapeTitle
}

// joinable reports whether the gap between two words can sit inside one name: spaces, one hyphen,
// or a single line break.
func joinable(gap string) bool {
	if len(gap) == 0 || gap == " " {
		return true
	}
	newlines, hyphens := 0, 0
	for _, r := range gap {
		switch {
		case r == '\n':
			newlines++
		case r == '-' || r == '‐' || r == '‑':
			hyphens++
		case r == ' ' || r == '\t' || r == '\r' || r == '\u00a0':
		default:
			return false
		}
	}
	return newlines <= 1 && hyphens <= 1 && len(gap) <= 8
}

// opensSentence reports whether the word at i begins a sentence: at the start of the text or a
// line, or after ".", "!", "?" or ":" with only spaces, quotes and brackets between.
func opensSentence(text string, i int) bool {
	for i > 0 {
		if c := text[i-1]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ',' {
			return false // the common case: a word or comma before
		} else if c == ' ' {
			i--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[:i])
		switch r {
		case ' ', '\t', '\u00a0', '"', '“', '”', '‘', '\'', '(', '[', '«', '»', '—', '–', '-':
			i -= size
			continue
		case '\n', '.', '!', '?', ':', '•':
			return true
		}
		return false
	}
	return true
}

// linkLength returns the length of a URL, @handle or #tag starting at i, or 0.
func linkLength(text string, i int) int {
	rest := text[i:]
	if !mayStartLink(rest[0]) {
		return 0
	}
	switch {
	case hasPrefixFold(rest, "http://"), hasPrefixFold(rest, "https://"), hasPrefixFold(rest, "www."):
		return skipToSpace(rest)
	case (rest[0] == '@' || rest[0] == '#') && len(rest) > 1 && (i == 0 || !isWordByte(text[i-1])):
		return skipToSpace(rest)
	}
	return 0
}

// mayStartLink reports whether a link (see linkLength) may start with byte c.
func mayStartLink(c byte) bool {
	return c == 'h' || c == 'H' || c == 'w' || c == 'W' || c == '@' || c == '#'
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= utf8.RuneSelf
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// skipToSpace returns the length of the run of s up to the first white space.
func skipToSpace(s string) int {
	for i, r := range s {
		if unicode.IsSpace(r) {
			return i
		}
	}
	return len(s)
}

// isFoldedASCII reports whether w is already folded: lower-case ASCII letters and digits only.
func isFoldedASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return w != ""
}

// mayBeCamel reports whether w has a capital (or a non-ASCII letter, which may be one) where
// splitCamel could cut: at least three bytes from either end.
func mayBeCamel(w string) bool {
	for i := 3; i < len(w)-2; i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// lowerInTitleCase are the words of four letters or more that headline styles leave in lower case
// in a title-case line: prepositions and conjunctions ("Deals After Talks with Sinwar").
var lowerInTitleCase = map[string]bool{
	"with": true, "from": true, "into": true, "onto": true, "upon": true, "over": true, "amid": true,
	"than": true, "that": true, "near": true, "about": true, "after": true, "before": true,
	"across": true, "against": true, "among": true, "amongst": true, "around": true, "between": true,
	"during": true, "through": true, "under": true, "until": true, "within": true, "without": true,
	"toward": true, "towards": true, "versus": true, "while": true, "when": true, "despite": true,
}
