package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// mention turns a decided span into a Mention with its replacement.
func (d *document) mention(s *spanMatch) Mention {
	start, end := int(d.toks[s.from].start), int(d.toks[s.to-1].end)
	mt := s.chosen
	text := d.text[start:end]
	rep, how := d.cachedReplacement(s, mt, text)
	reason := d.reasonOf(s)
	if s.context != (contextSeen{}) || how != "" {
		b := make([]byte, 0, len(reason)+64)
		b = append(b, reason...)
		b = d.appendContextNote(b, s)
		if how != "" {
			b = append(b, "; "...)
			b = append(b, how...)
		}
		reason = string(b)
	}
	return Mention{
		Start: start, End: end, Text: text, Replacement: rep,
		Entity: mt.Entity, Score: mt.Score, Confidence: d.m.confidenceOf(mt), Reason: reason,
		Changed: rep != text,
	}
}

// changes reports whether the span's mention would rewrite its text.
func (d *document) changes(s *spanMatch) bool {
	text := d.text[d.toks[s.from].start:d.toks[s.to-1].end]
	rep, _ := d.cachedReplacement(s, s.chosen, text)
	return rep != text
}

func (m *Matcher) confidenceOf(mt Match) Confidence {
	if mt.Confidence == Exact || mt.Score >= 1 {
		return Exact
	}
	if mt.Score >= m.cfg.threshold+0.08 {
		return High
	}
	return Low
}

// cachedReplacement is replacement with separators kept, remembered for the document: the same
// name is decided again in every round and pass, and usually written the same way many times.
func (d *document) cachedReplacement(s *spanMatch, mt Match, text string) (string, string) {
	key := replacementKey{text: text, alias: mt.alias, sentenceStart: d.toks[s.from].sentenceStart}
	if r, ok := d.replacements[key]; ok {
		return r.text, r.how
	}
	rep, how := d.replacement(s, mt, text)
	rep = keepSeparators(text, rep)
	if rep != text && dropsControl(text, rep) {
		rep, how = text, "" // a line break inside the name would be lost: leave the name as written
	}
	if len(d.replacements) >= maxCachedLookups {
		clear(d.replacements)
	}
	d.replacements[key] = replacementResult{rep, how}
	return rep, how
}

// replacementKey identifies a replacement: the span's text, the alias it matched and whether it
// opens a sentence (where a capital is kept) decide it.
type replacementKey struct {
	text          string
	alias         int32
	sentenceStart bool
}

type replacementResult struct{ text, how string }

// replacement returns what the span should read and a note on what changed. A legitimate form of
// the entity (its name, or an alias unless WithCanonical) is kept as written; anything else is
// rewritten to the corresponding part of the canonical name.
func (d *document) replacement(s *spanMatch, mt Match, text string) (string, string) {
	n := s.to - s.from
	if mt.al.qMatched != (uint64(1)<<n)-1 {
		return text, "" // some words of the span did not match: not confident enough to rewrite
	}
	a := &d.m.aliases[mt.alias]
	folded := Fold(text) // Fold is slow, and every test below may compare with it
	if surface, ok := aliasSurface(a.text, d.aliasWords(mt.alias), mt.al.aMatched); ok && sameLetters(surface, text) && Fold(surface) == folded {
		if a.canonical || !d.m.cfg.canonical {
			return text, ""
		}
	}
	if !d.m.cfg.canonical && d.isAliasForm(a.entity, text, folded) {
		return text, "" // written as one of the entity's aliases ("Tamim bin Hamad al-Thani")
	}
	rep := d.canonicalPart(mt)
	if rep == "" {
		return text, ""
	}
	if allUpper(d, s) {
		if strings.EqualFold(rep, text) || Fold(rep) == folded {
			return text, "" // a headline in capitals is not a garbled name
		}
		rep = strings.ToUpper(rep)
	}
	if d.m.cfg.ascii {
		rep = toASCII(rep)
	}
	if d.toks[s.from].sentenceStart || s.to-s.from == 1 {
		// "Al-Assad said" opens a sentence; "al-Assad" would not. A word on its own keeps its
		// capital too: "Ki" is not rewritten to the "ki" of Hong Nam-ki.
		rep = capitalFirst(text, rep)
	}
	if sameText(rep, text) {
		return text, ""
	}
	sameFold := Fold(rep) == folded
	if sameFold && dropsMarks(text, rep) {
		return text, "" // "San José", "Núñez": damage strips accents, it does not add them
	}
	switch {
	case sameFold && strings.EqualFold(rep, text):
		return rep, "case from the canonical name"
	case sameFold:
		return rep, "spelling from the canonical name"
	}
	return rep, "rewritten to the canonical name"
}

// isAliasForm reports whether text reads exactly as a contiguous run of words of one of the
// entity's names or aliases, punctuation aside; want is Fold(text).
func (d *document) isAliasForm(entity int32, text, want string) bool {
	ci := d.m.canonical[entity]
	if ci < 0 {
		return false
	}
	// sameLetters(surface, text), with the letters of text made once: an entity's aliases in
	// other scripts are compared with it word by word.
	textASCII, textLetters, haveLetters := isASCII(text), "", false
	sameAsText := func(surface string) bool {
		if textASCII && isASCII(surface) {
			return sameASCIILetters(surface, text)
		}
		if !haveLetters {
			textLetters, haveLetters = wordLetters(text), true
		}
		return wordLetters(surface) == textLetters
	}
	for i := int(ci); i < len(d.m.aliases) && d.m.aliases[i].entity == entity; i++ {
		a := &d.m.aliases[i]
		ws := d.aliasWords(int32(i))
		for lo := range ws {
			for hi := lo; hi < len(ws); hi++ {
				surface := a.text[ws[lo].start:ws[hi].end]
				if sameAsText(surface) && Fold(surface) == want { // sameLetters is the cheaper test
					return true
				}
			}
		}
	}
	return false
}

// canonicalPart returns the part of the entity's canonical name that the matched tokens stand for:
// the whole name when the whole alias matched, else the canonical words that correspond to the
// matched alias words, in the order of the text.
func (d *document) canonicalPart(mt Match) string {
	a := &d.m.aliases[mt.alias]
	ci := d.m.canonical[a.entity]
	if ci < 0 {
		return ""
	}
	c := &d.m.aliases[ci]
	if mt.al.coverage >= 1 && (a == c || align(&a.name, &c.name).coverage >= 1) {
		return c.text // the whole alias stands for the whole canonical name
	}
	cWords := wordSpans(c.text)
	// map alias token index -> canonical token range
	toCanon := func(from, to int) (int, int, bool) {
		if a == c {
			return from, to, true
		}
		link := align(&a.name, &c.name)
		lo, hi := -1, -1
		for _, p := range link.pairs {
			if p.q.from < to && p.q.to > from {
				if lo < 0 || p.a.from < lo {
					lo = p.a.from
				}
				hi = max(hi, p.a.to)
			}
		}
		return lo, hi, lo >= 0
	}
	pairs := slices.Clone(mt.al.pairs)
	slices.SortFunc(pairs, func(x, y pairing) int { return x.q.from - y.q.from })
	parts := make([]string, 0, len(pairs))
	for _, p := range pairs {
		lo, hi, ok := toCanon(p.a.from, p.a.to)
		if !ok || hi > len(cWords) {
			return ""
		}
		parts = append(parts, c.text[cWords[lo].start:cWords[hi-1].end])
	}
	return strings.Join(parts, " ")
}

// aliasWords returns wordSpans of the text of alias id, remembered for the document: the checks
// of a replacement ask for the words of the alias matched, and of every alias of its entity,
// again for each spelling of the name met.
func (d *document) aliasWords(id int32) []wordSpan {
	ws, ok := d.aliasSpans[id]
	if !ok {
		ws = wordSpans(d.m.aliases[id].text)
		if d.aliasSpans == nil || len(d.aliasSpans) >= maxCachedLookups {
			d.aliasSpans = make(map[int32][]wordSpan) // bounded memory on an endless stream
		}
		d.aliasSpans[id] = ws
	}
	return ws
}

// wordSpan is the byte span of a word of a name, its possessive ending included.
type wordSpan struct{ start, end int }

// wordSpans returns the byte spans of the words of a name, as Fold tokenises it (forEachWord).
// Only a word outside ASCII is folded: an ASCII word folds to one non-empty token, since it starts
// with a letter or digit and folding keeps those, while a transliteration may make several
// tokens of one word, or a word of marks none. Folding every word made most of the cost of the
// replacement checks, which ask for the spans of names many times.
func wordSpans(s string) []wordSpan {
	var ws []wordSpan
	var buf []byte
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			i += size
			continue
		}
		end := scanWord(s, i)
		w := s[i:end]
		if isASCII(w) {
			ws = append(ws, wordSpan{i, end})
		} else {
			buf = foldWord(buf[:0], w)
			for range strings.FieldsFuncSeq(string(buf), isFoldSeparator) {
				ws = append(ws, wordSpan{i, end})
			}
		}
		i = end
	}
	return ws
}

// aliasSurface returns the alias text from its first to its last matched word, if those words are
// contiguous; ws are its words (wordSpans).
func aliasSurface(text string, ws []wordSpan, matched uint64) (string, bool) {
	lo, hi := -1, -1
	for i := range ws {
		if matched&(1<<i) != 0 {
			if lo < 0 {
				lo = i
			}
			hi = i
		}
	}
	if lo < 0 || countBits(matched) != hi-lo+1 {
		return "", false
	}
	return text[ws[lo].start:ws[hi].end], true
}

func sameText(a, b string) bool { return a == b || norm.NFC.String(a) == norm.NFC.String(b) }

// sameLetters reports whether a and b have the same letters and digits, case and diacritics
// included, whatever the punctuation and spacing between them ("U.S." and "US").
func sameLetters(a, b string) bool {
	if isASCII(a) && isASCII(b) {
		return sameASCIILetters(a, b)
	}
	return wordLetters(a) == wordLetters(b)
}

// wordLetters returns the letters and digits of s in NFC: what sameLetters compares.
func wordLetters(s string) string {
	return strings.Map(func(r rune) rune {
		if isWordRune(r) {
			return r
		}
		return -1
	}, norm.NFC.String(s))
}

// sameASCIILetters is sameLetters for ASCII text, which NFC leaves as it is: it compares the
// letters and digits in place, where sameLetters makes two strings of each.
func sameASCIILetters(a, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && !isWordRune(rune(a[i])) {
			i++
		}
		for j < len(b) && !isWordRune(rune(b[j])) {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i] != b[j] {
			return false
		}
		i, j = i+1, j+1
	}
}

func allUpper(d *document, s *spanMatch) bool {
	for i := s.from; i < s.to; i++ {
		if d.toks[i].shape != shapeUpper {
			return false
		}
	}
	return true
}

// toASCII drops diacritics and folds letters that do not decompose, keeping case.
func toASCII(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if rep, ok := foldTable[r]; ok {
			if unicode.IsUpper(r) && rep != "" {
				rep = strings.ToUpper(rep[:1]) + rep[1:]
			}
			b.WriteString(rep)
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// dropsControl reports whether rep lacks a control character (a line break, a tab) of text:
// rewriting would then change the layout, not just the name.
func dropsControl(text, rep string) bool {
	for _, r := range text {
		if unicode.IsControl(r) && strings.Count(rep, string(r)) < strings.Count(text, string(r)) {
			return true
		}
	}
	return false
}

// keepSeparators carries the text's own separators (a line break inside a name, a hyphen) into a
// replacement with as many words, so that repairing "Andrij\nSybiha" keeps the line break.
func keepSeparators(text, rep string) string {
	if text == rep {
		return rep // most names are kept as written: their words need not be found
	}
	tw, rw := wordSpans(text), wordSpans(rep)
	if len(tw) != len(rw) || len(tw) < 2 {
		return rep
	}
	var b strings.Builder
	for i := range rw {
		if i > 0 {
			gap := text[tw[i-1].end:tw[i].start]
			if strings.TrimSpace(gap) != "" && !strings.ContainsAny(gap, "-\n") || gap == "" {
				return rep // punctuation of the text's own: write the canonical form
			}
			b.WriteString(gap)
		}
		b.WriteString(rep[rw[i].start:rw[i].end])
	}
	return b.String()
}

// capitalFirst returns rep with its first letter in upper case when text's first letter is and
// rep's is lower case.
func capitalFirst(text, rep string) string {
	t, _ := utf8.DecodeRuneInString(text)
	r, size := utf8.DecodeRuneInString(rep)
	if unicode.IsUpper(t) && unicode.IsLower(r) {
		return string(unicode.ToUpper(r)) + rep[size:]
	}
	return rep
}

// dropsMarks reports whether rewriting text, letter for letter, to rep would take away an accent
// or other mark that text has on a letter.
func dropsMarks(text, rep string) bool {
	type letter struct {
		base  rune
		marks string
	}
	letters := func(s string) []letter {
		var out []letter
		for _, r := range norm.NFD.String(s) {
			switch {
			case unicode.Is(unicode.Mn, r):
				if n := len(out); n > 0 {
					out[n-1].marks += string(r)
				}
			case unicode.IsLetter(r):
				out = append(out, letter{base: unicode.ToLower(r)})
			}
		}
		return out
	}
	tl, rl := letters(text), letters(rep)
	if len(tl) != len(rl) {
		return false
	}
	for i := range tl {
		if tl[i].base != rl[i].base {
			return false
		}
		for _, m := range tl[i].marks {
			if !strings.ContainsRune(rl[i].marks, m) {
				return true
			}
		}
	}
	return false
}
