package normalize

import "strings"

// phoneticKey returns a spelling-tradition-neutral key of a folded token. It absorbs the differences
// between English, German, French, Polish, Spanish, Czech and Turkish renderings of one name and
// between romanisation standards, so that Zelenskyy, Zelensky, Zelenskiy, Zelenskyj, Selenskyj and
// Zelenski share the key "selenski".
//
// The key is deliberately lossy. It is an extra, lower-weighted signal beside edit distance on the
// folded token, never a replacement for it.
//
// Rules, applied left to right with the longest match first:
//   - sibilants and affricates: shch, sch, sh, sz, ş, š -> S; tsch, tch, ch (before a vowel at the
//     start), cz, c before e/i -> C; ts, tz -> C; zh, dzh, dj, j before a vowel at the start -> J
//   - ch -> C (Chernihiv, Vučić ~ Vuchich); final ic -> iC (Slavic -ić); kh -> H; ph -> f; th -> t;
//     gh -> g; ck, q -> k
//   - w -> v; z -> s; x -> ks; c elsewhere -> k
//   - y, j, iy, ij, yi -> i; ou, oo -> u; au -> o; ee -> i
//   - an h that follows a vowel and precedes a consonant or the end is dropped (Fahrettin ~
//     Farettin, Riyadh ~ Riad)
//   - doubled letters are written once.
func phoneticKey(tok string) string {
	if tok == "" {
		return ""
	}
	var b strings.Builder
	b.Grow(len(tok))
	var last byte
	emit := func(c byte) {
		if c != last {
			b.WriteByte(c)
			last = c
		}
	}
	n := len(tok)
	at := func(i int) byte {
		if i < n && i >= 0 {
			return tok[i]
		}
		return 0
	}
	has := func(i int, s string) bool { return strings.HasPrefix(tok[i:], s) }
	for i := 0; i < n; {
		c := tok[i]
		switch {
		case has(i, "shch"):
			emit('S')
			i += 4
		case has(i, "tsch"):
			emit('C')
			i += 4
		case has(i, "sch"), has(i, "tch"):
			if c == 's' {
				emit('S')
			} else {
				emit('C')
			}
			i += 3
		case has(i, "dzh"):
			emit('J')
			i += 3
		case has(i, "sh"), has(i, "sz"):
			emit('S')
			i += 2
		case has(i, "zh"), has(i, "dj"):
			emit('J')
			i += 2
		case has(i, "cz"), has(i, "ts"), has(i, "tz"):
			emit('C')
			i += 2
		case has(i, "kh"):
			emit('H')
			i += 2
		case has(i, "ch"):
			emit('C') // English and Slavic ch (Vuchich ~ Vučić); German ch is rarer in news
			i += 2
		case has(i, "ph"):
			emit('f')
			i += 2
		case has(i, "th"):
			emit('t')
			i += 2
		case has(i, "gh"):
			emit('g')
			i += 2
		case has(i, "ck"):
			emit('k')
			i += 2
		case has(i, "ou"), has(i, "oo"):
			emit('u')
			i += 2
		case has(i, "au"):
			emit('o') // French au (Gauff ~ Gof)
			i += 2
		case has(i, "ee"):
			emit('i')
			i += 2
		case c == 'h':
			prev, next := at(i-1), at(i+1)
			switch {
			case i == 0:
				emit('H')
			case isVowelByte(prev) && (next == 0 || !isVowelByte(next)):
				// dropped: Fahrettin ~ Farettin, Riyadh ~ Riad
			case !isVowelByte(prev):
				// dropped after a consonant (Dh, Bh) unless it starts the name
			default:
				emit('H')
			}
			i++
		case c == 'c':
			if next := at(i + 1); next == 'e' || next == 'i' || next == 'y' || next == 0 && at(i-1) == 'i' {
				emit('C')
			} else {
				emit('k')
			}
			i++
		case c == 'j':
			if i == 0 && isVowelByte(at(1)) && at(1) != 'i' {
				emit('J')
			} else {
				emit('i')
			}
			i++
		case c == 'y':
			emit('i')
			i++
		case c == 'w':
			emit('v')
			i++
		case c == 'z':
			emit('s')
			i++
		case c == 'q':
			emit('k')
			i++
		case c == 'x':
			emit('k')
			emit('s')
			i++
		default:
			emit(c)
			i++
		}
	}
	return b.String()
}

func isVowelByte(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}
