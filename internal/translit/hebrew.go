package translit

// hebTab holds the context-free value of Hebrew letters U+05D0–U+05F2 (the consonant as at the
// start of a word; appendHebrew adds the positional rules).
var hebTab = [0x23]string{
	'א' - 0x5D0: "a", 'ב' - 0x5D0: "b", 'ג' - 0x5D0: "g", 'ד' - 0x5D0: "d", 'ה' - 0x5D0: "h",
	'ו' - 0x5D0: "v", 'ז' - 0x5D0: "z", 'ח' - 0x5D0: "h", 'ט' - 0x5D0: "t", 'י' - 0x5D0: "y",
	'ך' - 0x5D0: "kh", 'כ' - 0x5D0: "k", 'ל' - 0x5D0: "l", 'ם' - 0x5D0: "m", 'מ' - 0x5D0: "m",
	'ן' - 0x5D0: "n", 'נ' - 0x5D0: "n", 'ס' - 0x5D0: "s", 'ע' - 0x5D0: "a", 'ף' - 0x5D0: "f",
	'פ' - 0x5D0: "p", 'ץ' - 0x5D0: "tz", 'צ' - 0x5D0: "tz", 'ק' - 0x5D0: "k", 'ר' - 0x5D0: "r",
	'ש' - 0x5D0: "sh", 'ת' - 0x5D0: "t",
	'ׯ' - 0x5D0: "y", 'װ' - 0x5D0: "v", 'ױ' - 0x5D0: "oy", 'ײ' - 0x5D0: "ey",
}

// hebMark records a Hebrew point on its letter.
func hebMark(t *token, m rune) {
	switch m {
	case 0x5BC:
		t.fl |= fDagesh
	case 0x5C1:
		t.fl |= fShin
	case 0x5C2:
		t.fl |= fSin
	case 0x5BF:
		t.fl |= fRafe
	case 0x5B0:
		t.vow = '@'
	case 0x5B1, 0x5B5, 0x5B6:
		t.vow = 'e'
	case 0x5B2, 0x5B7, 0x5B8:
		t.vow = 'a'
	case 0x5B3, 0x5B9, 0x5BA, 0x5C7:
		t.vow = 'o'
	case 0x5B4:
		t.vow = 'i'
	case 0x5BB:
		t.vow = 'u'
	}
}

// hebIsolated is the context-free value of a Hebrew letter token (AppendLatin).
func hebIsolated(t token) string {
	switch t.r {
	case 'ב':
		if t.fl&fRafe != 0 {
			return "v"
		}
	case 'כ':
		if t.fl&fRafe != 0 {
			return "kh"
		}
	case 'פ':
		if t.fl&fRafe != 0 {
			return "f"
		}
	case 'ש':
		if t.fl&fSin != 0 {
			return "s"
		}
	case 'ו':
		switch {
		case t.vow == 'o':
			return "o"
		case t.fl&fDagesh != 0:
			return "u"
		}
	}
	return hebTab[t.r-0x5D0]
}

// appendHebrew romanises a run of Hebrew letters. Unpointed text (the norm in news) gives a
// consonantal skeleton with the vowel letters read: initial or doubled ו, י are v, y; ו is o
// between consonants (u after ה at the end: -yahu), י is i; final ה is a; א, ע are a (silent at the
// start of a word before ו or י); ב כ פ are b k p at the start of a word and v kh f elsewhere; צ is tz;
// ש is sh (s with a sin dot); a geresh gives ג׳ j, ז׳ zh, צ׳ ch. Pointed text (niqqud) is read
// with its vowels: יְרוּשָׁלַיִם → yerushalayim.
func appendHebrew(dst []byte, run []token) []byte {
	var arr [32]token
	L := arr[:0]
	pointed := false
	for _, t := range run {
		switch {
		case t.sc == scHebr:
			L = append(L, t)
			if t.vow != 0 {
				pointed = true
			}
		case len(L) > 0 && (t.r == '\u05F3' || t.r == '\'' || t.r == '\u2019' || t.r == '\u02BC'):
			L[len(L)-1].fl |= fGeresh
		}
	}
	n := len(L)
	for i := 0; i < n; i++ {
		t := L[i]
		first, last := i == 0, i == n-1
		var next rune
		if !last {
			next = L[i+1].r
		}
		var prevVow byte
		var prev rune
		if i > 0 {
			prev, prevVow = L[i-1].r, L[i-1].vow
		}
		dagesh := t.fl&fDagesh != 0
		geresh := t.fl&fGeresh != 0
		out := hebTab[t.r-0x5D0]
		vowelDone := false
		switch t.r {
		case 'א', 'ע':
			if pointed || first && (next == 'ו' || next == 'י') {
				out = ""
			} else {
				out = "a"
			}
		case 'ב':
			if !(dagesh || first && t.fl&fRafe == 0) {
				out = "v"
			}
		case 'כ', 'ך':
			if dagesh || first && t.fl&fRafe == 0 {
				out = "k"
			} else {
				out = "kh"
			}
		case 'פ', 'ף':
			if dagesh || first && t.fl&fRafe == 0 {
				out = "p"
			} else {
				out = "f"
			}
		case 'ג':
			if geresh {
				out = "j"
			}
		case 'ז':
			if geresh {
				out = "zh"
			}
		case 'צ', 'ץ':
			if geresh {
				out = "ch"
			}
		case 'ת':
			if geresh {
				out = "th"
			}
		case 'ד':
			if geresh {
				out = "dh"
			}
		case 'ח':
			if geresh {
				out = "kh"
			}
		case 'ש':
			if t.fl&fSin != 0 {
				out = "s"
			}
		case 'ה':
			if last && !first && t.vow == 0 && !dagesh {
				if pointed {
					out = ""
				} else {
					out = "a"
				}
			}
		case 'ו':
			if pointed {
				switch {
				case t.vow == 'o':
					out, vowelDone = "o", true
				case dagesh && t.vow == 0 && (first || prevVow == 0):
					out = "u"
				}
				break
			}
			switch {
			case first:
				if next == 'ו' {
					i++
				}
			case next == 'ו':
				i++
			case last:
				if prev == 'ה' {
					out = "u"
				} else {
					out = "o"
				}
			case next == 'י' || next == 'א' || next == 'ע' || next == 'ה' && i+1 == n-1:
			default:
				out = "o"
			}
		case 'י':
			if pointed {
				switch {
				case t.vow != 0:
				case prevVow == 'i' || prevVow == 'e':
					out = ""
				case !first:
					out = "i"
				}
				break
			}
			switch {
			case next == 'י':
				i++
			case first:
			case last:
				out = "i"
			case next == 'א' || next == 'ו' || next == 'ע' || next == 'ה' && i+1 == n-1:
			default:
				out = "i"
			}
		}
		dst = append(dst, out...)
		if pointed && !vowelDone {
			switch t.vow {
			case '@':
				if first {
					dst = append(dst, 'e')
				}
			case 0:
			default:
				dst = append(dst, t.vow)
			}
		}
	}
	return dst
}
