package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/canonym/canonym/internal/translit"
)

// Fold returns the comparison key of a name: letters without diacritics, lower-cased, other scripts
// transliterated to Latin, apostrophes and possessive endings dropped ("Kiev's" -> "kiev",
// "O'Brien" -> "obrien"), hyphens and other punctuation turned into single spaces ("el-Sisi" ->
// "el sisi"), and dotted initialisms closed up ("U.S." -> "us").
//
// Letters that do not decompose are folded by a table: ł->l, ø->o, đ->d, ð->d, æ->ae, œ->oe, þ->th,
// ı->i, ß->ss. Han and kana pass through unchanged. Fold is stateless and safe for concurrent use.
func Fold(s string) string {
	return strings.Join(foldTokens(s), " ")
}

// foldTokens returns the folded tokens of s.
func foldTokens(s string) []string {
	var toks []string
	forEachWord(s, func(w word) {
		toks = append(toks, w.folded)
	})
	return toks
}

// word is one token of a name or text, with its byte span in the source.
type word struct {
	start, end int    // byte offsets of the token in the source, possessive included
	folded     string // comparison key of the token
}

// forEachWord splits s into words and calls fn with each. A word is a maximal run of letters, digits
// and marks, with inner apostrophes and dots between single letters ("U.S.") kept inside it.
func forEachWord(s string, fn func(word)) {
	var buf []byte
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		end := scanWord(s, i)
		buf = foldWord(buf[:0], s[start:end])
		if len(buf) > 0 {
			fn(word{start: start, end: end, folded: string(buf)})
		}
		i = end
	}
}

// scanWord returns the end of the word that starts at i.
func scanWord(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r):
			i += size
		case isApostrophe(r) || r == '.':
			// Keep an apostrophe or dot that joins two letters ("O'Brien", "U.S"), and a dot that
			// closes a dotted initialism ("U.S.").
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			if i+size < len(s) && isWordRune(next) {
				if r == '.' && !singleLetterBefore(s, i) {
					return i
				}
				i += size
				continue
			}
			if r == '.' && dottedInitialism(s, i) {
				return i + size
			}
			return i
		default:
			return i
		}
	}
	return i
}

// singleLetterBefore reports whether the dot at i follows a one-letter segment ("U" in "U.S").
func singleLetterBefore(s string, i int) bool {
	r, size := utf8.DecodeLastRuneInString(s[:i])
	if !unicode.IsLetter(r) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i-size])
	return i-size == 0 || !isWordRune(prev)
}

// dottedInitialism reports whether the dot at i ends a run like "U.S." (letters separated by dots).
func dottedInitialism(s string, i int) bool {
	if !singleLetterBefore(s, i) {
		return false
	}
	_, size := utf8.DecodeLastRuneInString(s[:i])
	j := i - size
	return j > 0 && s[j-1] == '.'
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '‘', '`', '´', 'ʻ':
		return true
	}
	return false
}

// foldWord appends the comparison key of one word to dst.
func foldWord(dst []byte, w string) []byte {
	w = trimPossessive(w)
	if isASCII(w) {
		for i := 0; i < len(w); i++ {
			c := w[i]
			switch {
			case c >= 'A' && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				dst = append(dst, c)
			}
		}
		return dst
	}
	if translit.HasNonLatin(w) {
		w = translit.ToLatin(w)
	}
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) || isApostrophe(r) || r == '.' {
			continue
		}
		if rep, ok := foldTable[r]; ok {
			dst = append(dst, rep...)
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// trimPossessive drops an English possessive ending ("Kiev's", "Kiev’s", "Paris'").
func trimPossessive(w string) string {
	for _, suffix := range [...]string{"'s", "’s", "'S", "’S"} {
		if t, ok := strings.CutSuffix(w, suffix); ok && t != "" {
			return t
		}
	}
	return w
}

// foldTable maps letters that have no decomposition to their usual Latin folding.
var foldTable = map[rune]string{
	'ł': "l", 'Ł': "l", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'þ': "th", 'Þ': "th", 'ı': "i", 'ß': "ss",
	'ẞ': "ss", 'ħ': "h", 'Ħ': "h", 'ŧ': "t", 'Ŧ': "t", 'ŀ': "l", 'Ŀ': "l", 'ƒ': "f",
	'ĸ': "k", 'ŉ': "n", 'ſ': "s", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬀ': "ff",
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
