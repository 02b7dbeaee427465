package translit

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ToLatin returns s with every rune of a supported non-Latin script replaced by a lowercase Latin
// transliteration; Latin, digits, punctuation and unsupported scripts pass through unchanged.
// It is stateless and safe for concurrent use. The input is expected to be NFC or NFD; output is
// lower-case ASCII for transliterated parts.
//
// Decisions are taken per word (a maximal run of letters and combining marks, plus in-word
// apostrophes, ZWNJ and similar joiners): Cyrillic or Greek look-alike letters inside an
// otherwise Latin word are folded to the Latin look-alike (keeping their case), and the
// romanisation of a Cyrillic word depends on the language its letters reveal. When s contains
// no supported rune, s itself is returned without allocating. When ToLatin rewrites s, invalid
// UTF-8 bytes are replaced by U+FFFD. ToLatin(ToLatin(s)) == ToLatin(s).
func ToLatin(s string) string {
	if !HasNonLatin(s) {
		return s
	}
	c := ctx{s: s}
	dst := make([]byte, 0, len(s)+len(s)/4+8)
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		if !isWordRune(r) || isJoiner(r) { // a word never starts with a joiner
			if r == utf8.RuneError && n == 1 {
				dst = append(dst, "\uFFFD"...)
			} else {
				dst = append(dst, s[i:i+n]...)
			}
			i += n
			continue
		}
		end, has := scanWord(s, i)
		if has {
			dst = c.appendWord(dst, s[i:end])
		} else {
			dst = append(dst, s[i:end]...)
		}
		i = end
	}
	return string(dst)
}

// AppendLatin appends the transliteration of r to dst and reports whether r was transliterated.
//
// It is context free: positional rules of ToLatin (word-initial forms, digraphs, Hangul sound
// changes, language detection for Cyrillic, homoglyph folding) do not apply, and a letter that
// a romanisation drops (Cyrillic ъ, ь; Arabic hamza) appends nothing but still reports true.
// It reports false, leaving dst unchanged, for every rune HasNonLatin would not count.
func AppendLatin(dst []byte, r rune) ([]byte, bool) {
	if r < 0x370 || !supported(r) {
		return dst, false
	}
	var arr [4]token
	toks := addRune(arr[:0], r, "")
	letters := 0
	for _, t := range toks {
		if t.sc.supported() {
			letters++
		}
	}
	if letters > 1 { // a ligature or presentation form standing for a whole word
		var c ctx
		return c.emit(dst, toks, false), true
	}
	for _, t := range toks {
		if t.sc.supported() {
			dst = appendBase(dst, t)
		}
	}
	return dst, true
}

// HasNonLatin reports whether s contains a rune of a script ToLatin transliterates (fast path check).
// When it reports false, ToLatin(s) returns s unchanged.
func HasNonLatin(s string) bool {
	for i := 0; i < len(s); {
		b := s[i]
		if b < 0xCD { // ASCII, continuation bytes and lead bytes of runes below U+0340
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if supported(r) {
			return true
		}
		i += n
	}
	return false
}

// script identifies how a token is treated.
type script uint8

const (
	scNone  script = iota // passed through unchanged: unsupported letters, stray marks, …
	scLatin               // a Latin letter (passed through; counted for homoglyph decisions)
	scJoin                // an in-word joiner: apostrophe, ZWNJ, soft hyphen, geresh, tatweel, …
	scCyrl
	scGrek
	scArmn
	scGeor
	scHebr
	scArab
	scHang
	scIndic
)

func (s script) supported() bool { return s >= scCyrl }

// Token flags set by absorbed combining marks.
const (
	fDia    uint8 = 1 << iota // Greek diaeresis (blocks digraphs)
	fDagesh                   // Hebrew dagesh / mappiq / shuruk dot
	fShin                     // Hebrew shin dot
	fSin                      // Hebrew sin dot
	fRafe                     // Hebrew rafe
	fGeresh                   // Hebrew geresh (ג׳ → j, …)
)

type token struct {
	src   string // original text; written out for pass-through tokens
	r     rune   // lower-case letter, composed per script rules for supported scripts
	sc    script
	upper bool
	fl    uint8
	vow   byte // Hebrew vowel point: 'a' 'e' 'i' 'o' 'u', '@' for shva; 0 if none
}

// ctx carries the per-call state of ToLatin: the whole input, and the lazily computed
// Cyrillic language used for words whose letters do not reveal one.
type ctx struct {
	s      string
	defSet bool
	def    cyrMode
}

func decode(s string, i int) (rune, int) {
	if s[i] < utf8.RuneSelf {
		return rune(s[i]), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isASCIILetter(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' }

func isMark(r rune) bool {
	if r < 0x300 || r >= 0x400 && r <= 0x482 || r >= 0x5D0 && r <= 0x5F4 || r >= 0xAC00 && r <= 0xD7A3 {
		return false // fast path for frequent letters
	}
	return unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(r)
	}
	if r >= 0x400 && r <= 0x481 || r >= 0x391 && r <= 0x3C9 && r != 0x3A2 || r >= 0x5D0 && r <= 0x5EA ||
		r >= 0x621 && r <= 0x63A || r >= 0x641 && r <= 0x64A || r >= 0xAC00 && r <= 0xD7A3 {
		return true // fast path for frequent letters
	}
	return unicode.IsLetter(r) || isMark(r) || isIndic(r) // Indic vowel signs are spacing marks (Mc)
}

// isJoiner reports runes that may sit inside a word without ending it. Inside a transliterated
// run they are dropped (Hebrew geresh modifies the preceding letter).
func isJoiner(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u02BC', // apostrophes (Ukrainian, Belarusian, Hebrew geresh substitute)
		'\u00AD',           // soft hyphen
		'\u200C', '\u200D', // ZWNJ, ZWJ (Persian)
		'\u05F3', '\u05F4', // Hebrew geresh, gershayim
		'\u055A', '\u055B', '\u055C', '\u055E', // Armenian apostrophe, emphasis, exclamation, question marks
		'\u055F',
		'\u0640': // Arabic tatweel
		return true
	}
	return false
}

// scanWord returns the end of the word starting at i and whether it holds a supported rune.
func scanWord(s string, i int) (end int, has bool) {
	prev := rune(-1)
	j := i
	for j < len(s) {
		r, n := decode(s, j)
		if isWordRune(r) && !isJoiner(r) {
			if !has && r >= 0x370 && supported(r) {
				has = true
			}
			prev = r
			j += n
			continue
		}
		if isJoiner(r) && prev >= 0 && !isJoiner(prev) {
			if j+n < len(s) {
				if r2, _ := decode(s, j+n); isWordRune(r2) && !isJoiner(r2) {
					prev = r
					j += n
					continue
				}
			}
			if (r == '\u05F3' || r == '\u05F4') && prev >= 0x5D0 && prev <= 0x5F2 { // trailing geresh
				prev = r
				j += n
				continue
			}
		}
		break
	}
	return j, has
}

// needsDecomp reports runes that are split into base letters and marks before lookup.
func needsDecomp(r rune) bool {
	return r >= 0x370 && r <= 0x3FF || r >= 0x1F00 && r <= 0x1FFF || // Greek (tonos, polytonic)
		r >= 0xFB13 && r <= 0xFB17 || // Armenian ligatures
		r >= 0xFB1D && r <= 0xFB4F || // Hebrew presentation forms
		r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF // Arabic presentation forms
}

// decomp returns the canonical (Greek) or compatibility (presentation forms) decomposition
// of r, or nil.
func decomp(r rune) []byte {
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	if r <= 0x1FFF {
		return norm.NFD.Properties(b[:n]).Decomposition()
	}
	return norm.NFKD.Properties(b[:n]).Decomposition()
}

// supported reports whether r is transliterated (AppendLatin reports true).
func supported(r rune) bool {
	if r < 0x370 {
		return false
	}
	if needsDecomp(r) {
		if !unicode.IsLetter(r) { // e.g. U+FDFC RIAL SIGN decomposes to letters
			return false
		}
		if d := decomp(r); d != nil {
			for len(d) > 0 {
				x, n := utf8.DecodeRune(d)
				d = d[n:]
				if lx, _ := lower(x); letterScript(lx).supported() {
					return true
				}
			}
			return false
		}
	}
	lr, _ := lower(r)
	return letterScript(lr).supported()
}

// lower maps r to the lower-case form used in the tables and reports whether r was upper case.
// Georgian Asomtavruli, Nuskhuri and Mtavruli map to Mkhedruli.
func lower(r rune) (rune, bool) {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A', true
		}
		return r, false
	case r >= 0x430 && r <= 0x45F, r >= 0x3B1 && r <= 0x3C9: // common lower-case Cyrillic, Greek
		return r, false
	case r >= 0x410 && r <= 0x42F, r >= 0x391 && r <= 0x3A9 && r != 0x3A2:
		return r + 0x20, true
	case r >= 0x10A0 && r <= 0x10CD: // Asomtavruli
		switch {
		case r <= 0x10C5:
			return r + 0x30, true
		case r == 0x10C7:
			return 0x10F7, true
		case r == 0x10CD:
			return 0x10FD, true
		}
		return r, false
	case r >= 0x2D00 && r <= 0x2D2D: // Nuskhuri
		switch {
		case r <= 0x2D25:
			return r - 0x2D00 + 0x10D0, false
		case r == 0x2D27:
			return 0x10F7, false
		case r == 0x2D2D:
			return 0x10FD, false
		}
		return r, false
	}
	l := unicode.ToLower(r)
	return l, l != r
}

// letterScript returns the script whose table holds the lower-case letter r.
func letterScript(r rune) script {
	switch {
	case r < 0x370:
		return scNone
	case r <= 0x3FF:
		if grekTab[r-0x370] != "" {
			return scGrek
		}
	case r <= 0x52F:
		if r >= 0x400 && cyrTab[r-0x400] != "" {
			return scCyrl
		}
	case r >= 0x560 && r <= 0x588:
		if armTab[r-0x560] != "" {
			return scArmn
		}
	case r >= 0x5D0 && r <= 0x5F2:
		if hebTab[r-0x5D0] != "" {
			return scHebr
		}
	case r >= 0x620 && r <= 0x6FF:
		if arTab[r-0x620] != "" {
			return scArab
		}
	case r >= 0x10D0 && r <= 0x10FF:
		if geoTab[r-0x10D0] != "" {
			return scGeor
		}
	case r >= 0x1100 && r <= 0x11FF:
		if isL(r) || isV(r) || isT(r) {
			return scHang
		}
	case r >= 0x3131 && r <= 0x3163, r >= 0xAC00 && r <= 0xD7A3:
		return scHang
	case r >= indicFirst && r <= indicLast:
		if isIndic(r) {
			return scIndic
		}
	}
	return scNone
}

// addRune appends the tokens for one rune of a word.
func addRune(buf []token, r rune, src string) []token {
	if r < utf8.RuneSelf {
		switch {
		case isASCIILetter(r):
			lr, up := lower(r)
			return append(buf, token{src: src, r: lr, sc: scLatin, upper: up})
		case isJoiner(r):
			return append(buf, token{src: src, r: r, sc: scJoin})
		}
		return append(buf, token{src: src, r: r})
	}
	if isJoiner(r) {
		return append(buf, token{src: src, r: r, sc: scJoin})
	}
	if isMark(r) {
		return absorb(buf, r, src)
	}
	if needsDecomp(r) && supported(r) {
		if d := decomp(r); d != nil {
			for len(d) > 0 {
				x, n := utf8.DecodeRune(d)
				d = d[n:]
				switch {
				case isMark(x):
					buf = absorb(buf, x, "")
				case unicode.IsLetter(x):
					buf = addLetter(buf, x, "")
				default: // spaces inside Arabic ligatures such as U+FDFA
					buf = append(buf, token{src: string(x), r: x})
				}
			}
			return buf
		}
	}
	return addLetter(buf, r, src)
}

func addLetter(buf []token, r rune, src string) []token {
	lr, up := lower(r)
	sc := letterScript(lr)
	if !sc.supported() {
		if unicode.Is(unicode.Latin, r) {
			sc = scLatin
		}
		if src == "" {
			src = string(r)
		}
	}
	return append(buf, token{src: src, r: lr, sc: sc, upper: up})
}

// absorb attaches combining mark m to the preceding letter of a supported script (composing
// or flagging where the mark matters, dropping it otherwise); elsewhere m passes through.
func absorb(buf []token, m rune, src string) []token {
	if isIndic(m) {
		// Brahmic vowel signs, virama and nukta are marks that decide how the consonant before
		// them is read; appendIndic reads them in order.
		return append(buf, token{src: src, r: m, sc: scIndic})
	}
	if k := len(buf) - 1; k >= 0 && buf[k].sc.supported() {
		t := &buf[k]
		switch t.sc {
		case scCyrl:
			if c := cyrCompose(t.r, m); c != 0 {
				t.r = c
			}
		case scGrek:
			if m == 0x308 {
				t.fl |= fDia
			}
		case scHebr:
			hebMark(t, m)
		case scArab:
			if c := arCompose(t.r, m); c != 0 {
				t.r = c
			}
		}
		return buf
	}
	if src == "" {
		src = string(m)
	}
	return append(buf, token{src: src, r: m})
}

// appendWord transliterates one word that contains at least one supported rune.
func (c *ctx) appendWord(dst []byte, w string) []byte {
	var arr [32]token
	toks := arr[:0]
	for j := 0; j < len(w); {
		r, n := decode(w, j)
		toks = addRune(toks, r, w[j:j+n])
		j += n
	}

	// Homoglyph decision for words mixing Latin with Cyrillic/Greek letters.
	nLat, nCG, nGrek := 0, 0, 0
	allHomo, allRev := true, true
	for k, t := range toks {
		switch t.sc {
		case scLatin:
			nLat++
			if revLatin(t.r, t.upper) == 0 || k+1 < len(toks) && toks[k+1].sc == scNone && isMark(toks[k+1].r) {
				allRev = false
			}
		case scCyrl, scGrek:
			nCG++
			if t.sc == scGrek {
				nGrek++
			}
			if homoglyph(t) == 0 {
				allHomo = false
			}
		}
	}
	fold := false
	if nLat > 0 && nCG > 0 {
		rev := allRev && nGrek == 0 && nCG > nLat
		switch {
		case rev: // a Cyrillic word with Latin look-alikes: read them as Cyrillic
			for k := range toks {
				if toks[k].sc == scLatin {
					toks[k].r = revLatin(toks[k].r, toks[k].upper)
					toks[k].sc = scCyrl
				}
			}
		case allHomo:
			fold = true
		}
	}
	return c.emit(dst, toks, fold)
}

// emit writes the tokens of one word: pass-through tokens verbatim, runs of one supported
// script through that script's romaniser (or, with fold, Cyrillic/Greek letters as their
// Latin look-alikes).
func (c *ctx) emit(dst []byte, toks []token, fold bool) []byte {
	for k := 0; k < len(toks); {
		t := toks[k]
		if !t.sc.supported() {
			dst = append(dst, t.src...)
			k++
			continue
		}
		if fold && (t.sc == scCyrl || t.sc == scGrek) {
			dst = append(dst, homoglyph(t))
			k++
			continue
		}
		e := runEnd(toks, k)
		run := toks[k:e]
		switch t.sc {
		case scCyrl:
			dst = c.appendCyrillic(dst, run, k > 0)
		case scGrek:
			dst = appendGreek(dst, run)
		case scArmn:
			dst = appendArmenian(dst, run)
		case scGeor:
			for _, t := range run {
				if t.sc == scGeor {
					dst = appendBase(dst, t)
				}
			}
		case scHebr:
			dst = appendHebrew(dst, run)
		case scArab:
			dst = appendArabic(dst, run)
		case scHang:
			dst = appendHangul(dst, run)
		case scIndic:
			dst = appendIndic(dst, run)
		}
		k = e
	}
	return dst
}

// runEnd returns the end of the run of tokens of toks[k]'s script starting at k; joiners
// between two letters of the script belong to the run (and a trailing Hebrew geresh).
func runEnd(toks []token, k int) int {
	sc := toks[k].sc
	e := k + 1
	for e < len(toks) {
		if toks[e].sc == sc {
			e++
			continue
		}
		if toks[e].sc == scJoin {
			m := e
			for m < len(toks) && toks[m].sc == scJoin {
				m++
			}
			if m < len(toks) && toks[m].sc == sc {
				e = m
				continue
			}
			if sc == scHebr && m == len(toks) {
				e = m
			}
		}
		break
	}
	return e
}

// appendBase appends the context-free transliteration of a supported letter token.
func appendBase(dst []byte, t token) []byte {
	switch t.sc {
	case scCyrl:
		return append(dst, cyrBase(t.r)...)
	case scGrek:
		return append(dst, grekTab[t.r-0x370]...)
	case scArmn:
		return append(dst, armTab[t.r-0x560]...)
	case scGeor:
		return append(dst, tabStr(geoTab[t.r-0x10D0])...)
	case scHebr:
		return append(dst, hebIsolated(t)...)
	case scArab:
		return append(dst, tabStr(arTab[t.r-0x620])...)
	case scHang:
		return appendHangulIsolated(dst, t.r)
	case scIndic:
		return append(dst, tabStr(indicLetters[t.r&0x7F])...)
	}
	return dst
}

// none marks table entries of letters that are transliterated to nothing.
const none = "\x00"

func tabStr(s string) string {
	if s == none {
		return ""
	}
	return s
}
