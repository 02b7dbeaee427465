package translit

// Hangul is romanised with the Revised Romanization of Korean (2000), computed from the
// jamo indices of each syllable (syllable = 0xAC00 + (L*21+V)*28 + T).

var (
	hInitial = [19]string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	hVowel   = [21]string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	// final consonant before a pause or another consonant
	hFinal = [28]string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
	// sound class of each final: k, t, p, n, l, m, g (ng)
	hClass = [28]byte{0, 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'g', 't', 't', 'k', 't', 'p', 't'}
	// liaison before a syllable starting with silent ㅇ: what stays in the coda and which
	// initial (index into hInitial, -1 = silent ㅎ) moves to the next syllable
	hKeep = [28]string{"", "", "", "k", "", "n", "n", "", "", "l", "l", "l", "l", "l", "l", "l", "", "", "p", "", "", "", "", "", "", "", "", ""}
	hMove = [28]int8{-1, 0, 1, 9, 2, 12, -1, 3, 5, 0, 6, 7, 9, 16, 17, -1, 6, 7, 9, 9, 10, -1, 12, 14, 15, 16, 17, -1}
	// standalone compatibility jamo U+3131–U+314E
	hCompat = [30]string{"g", "kk", "gs", "n", "nj", "nh", "d", "tt", "r", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m", "b", "pp", "bs", "s", "ss", "ng", "j", "jj", "ch", "k", "t", "p", "h"}
)

func isL(r rune) bool { return r >= 0x1100 && r <= 0x1112 }
func isV(r rune) bool { return r >= 0x1161 && r <= 0x1175 }
func isT(r rune) bool { return r >= 0x11A8 && r <= 0x11C2 }

// hJunction returns the coda of a syllable with final t and the onset of the next syllable
// with initial l and vowel v, applying the sound changes RR writes: liaison, nasalisation,
// ㄹ assimilation (ㄴㄹ, ㄹㄴ → ll), aspiration after ㅎ and palatalisation (ㄷ/ㅌ + 이).
func hJunction(t, l, v int) (coda, onset string) {
	if t == 0 {
		return "", hInitial[l]
	}
	if l == 11 { // silent ㅇ: the final consonant moves over
		if t == 21 {
			return "ng", ""
		}
		onset = ""
		if hMove[t] >= 0 {
			onset = hInitial[hMove[t]]
		}
		if v == 20 { // palatalisation before 이
			switch t {
			case 7:
				onset = "j"
			case 13, 25:
				onset = "ch"
			}
		}
		return hKeep[t], onset
	}
	if t == 27 || t == 6 || t == 15 { // ㅎ, ㄶ, ㅀ
		pre := ""
		switch t {
		case 6:
			pre = "n"
		case 15:
			pre = "l"
		}
		switch l {
		case 0:
			return pre, "k"
		case 3:
			return pre, "t"
		case 12:
			return pre, "ch"
		case 9:
			return pre, "ss"
		case 2:
			if t == 15 {
				return "l", "l"
			}
			return "n", "n"
		}
	}
	switch cls := hClass[t]; l {
	case 2, 6: // ㄴ, ㅁ
		switch cls {
		case 'k':
			return "ng", hInitial[l]
		case 't':
			return "n", hInitial[l]
		case 'p':
			return "m", hInitial[l]
		case 'l':
			if l == 2 {
				return "l", "l"
			}
		}
	case 5: // ㄹ
		switch cls {
		case 'n', 'l':
			return "l", "l"
		case 'k', 'g':
			return "ng", "n"
		case 'p', 'm':
			return "m", "n"
		case 't':
			return "n", "n"
		}
	}
	return hFinal[t], hInitial[l]
}

type hSyl struct {
	l, v, t int8   // jamo indices; l < 0 for a standalone jamo
	jamo    string // romanisation of a standalone jamo
}

// appendHangul romanises a run of Hangul syllables and jamo. Conjoining jamo (NFD input) are
// recomposed arithmetically; a standalone jamo is romanised alone.
func appendHangul(dst []byte, run []token) []byte {
	var arr [16]hSyl
	S := arr[:0]
	for i := 0; i < len(run); i++ {
		r := run[i].r
		if run[i].sc != scHang {
			continue
		}
		next := func() rune {
			if i+1 < len(run) {
				return run[i+1].r
			}
			return 0
		}
		switch {
		case r >= 0xAC00 && r <= 0xD7A3:
			s := int(r - 0xAC00)
			h := hSyl{l: int8(s / 588), v: int8(s % 588 / 28), t: int8(s % 28)}
			if h.t == 0 && isT(next()) {
				i++
				h.t = int8(run[i].r - 0x11A7)
			}
			S = append(S, h)
		case isL(r) && isV(next()):
			i++
			h := hSyl{l: int8(r - 0x1100), v: int8(run[i].r - 0x1161)}
			if isT(next()) {
				i++
				h.t = int8(run[i].r - 0x11A7)
			}
			S = append(S, h)
		default:
			S = append(S, hSyl{l: -1, jamo: hangulJamo(r)})
		}
	}
	onset := ""
	for k, h := range S {
		if h.l < 0 {
			dst = append(dst, h.jamo...)
			continue
		}
		if k == 0 || S[k-1].l < 0 {
			onset = hInitial[h.l]
		}
		dst = append(dst, onset...)
		dst = append(dst, hVowel[h.v]...)
		if k+1 < len(S) && S[k+1].l >= 0 {
			var coda string
			coda, onset = hJunction(int(h.t), int(S[k+1].l), int(S[k+1].v))
			dst = append(dst, coda...)
		} else {
			dst = append(dst, hFinal[h.t]...)
		}
	}
	return dst
}

// hangulJamo romanises a jamo standing alone.
func hangulJamo(r rune) string {
	switch {
	case isL(r):
		return hInitial[r-0x1100]
	case isV(r):
		return hVowel[r-0x1161]
	case isT(r):
		return hFinal[r-0x11A7]
	case r >= 0x3131 && r <= 0x314E:
		return hCompat[r-0x3131]
	case r >= 0x314F && r <= 0x3163:
		return hVowel[r-0x314F]
	}
	return ""
}

// appendHangulIsolated romanises one syllable or jamo without context (AppendLatin).
func appendHangulIsolated(dst []byte, r rune) []byte {
	if r >= 0xAC00 && r <= 0xD7A3 {
		s := int(r - 0xAC00)
		dst = append(dst, hInitial[s/588]...)
		dst = append(dst, hVowel[s%588/28]...)
		return append(dst, hFinal[s%28]...)
	}
	return append(dst, hangulJamo(r)...)
}
