package translit

// The Brahmic scripts of India share one layout: Unicode encoded Devanagari, Bengali, Gurmukhi,
// Gujarati, Oriya, Tamil, Telugu, Kannada and Malayalam from ISCII, so a letter sits at the same
// offset from the start of its block in each (क U+0915, ক U+0995, ಕ U+0C95 are all "ka"). One
// table read by offset therefore romanises all nine, in the simplified Hunterian style of news
// ("Narendra Modi", "Mamata Banerjee"): no length marks, aspirates with h, retroflexes as
// dentals, the inherent vowel a written except at the end of a word (Hindi and Bengali drop it
// there: व्लादिमीर → vladimir).

const (
	indicFirst = 0x900
	indicLast  = 0xDFF
)

// indicLetters maps the offset of a letter in its block to its romanisation; consonants carry
// no vowel (the inherent a is added by appendIndic).
var indicLetters = [0x80]string{
	0x01: "n", 0x02: "n", 0x03: "h",
	0x05: "a", 0x06: "a", 0x07: "i", 0x08: "i", 0x09: "u", 0x0A: "u", 0x0B: "ri", 0x0C: "li",
	0x0D: "e", 0x0E: "e", 0x0F: "e", 0x10: "ai", 0x11: "o", 0x12: "o", 0x13: "o", 0x14: "au",
	0x15: "k", 0x16: "kh", 0x17: "g", 0x18: "gh", 0x19: "n", 0x1A: "ch", 0x1B: "chh", 0x1C: "j",
	0x1D: "jh", 0x1E: "n", 0x1F: "t", 0x20: "th", 0x21: "d", 0x22: "dh", 0x23: "n", 0x24: "t",
	0x25: "th", 0x26: "d", 0x27: "dh", 0x28: "n", 0x29: "n", 0x2A: "p", 0x2B: "ph", 0x2C: "b",
	0x2D: "bh", 0x2E: "m", 0x2F: "y", 0x30: "r", 0x31: "r", 0x32: "l", 0x33: "l", 0x34: "l",
	0x35: "v", 0x36: "sh", 0x37: "sh", 0x38: "s", 0x39: "h",
	0x3C: none, 0x3D: none, // nukta (handled with its consonant), avagraha
	0x3E: "a", 0x3F: "i", 0x40: "i", 0x41: "u", 0x42: "u", 0x43: "ri", 0x44: "ri", 0x45: "e",
	0x46: "e", 0x47: "e", 0x48: "ai", 0x49: "o", 0x4A: "o", 0x4B: "o", 0x4C: "au", 0x4D: none,
	0x57: "au", // Oriya/Tamil/Malayalam length marks and vowel parts
	0x58: "q", 0x59: "kh", 0x5A: "gh", 0x5B: "z", 0x5C: "r", 0x5D: "rh", 0x5E: "f", 0x5F: "y",
	0x60: "ri", 0x61: "li", 0x62: "li", 0x63: "li",
	0x70: "n", 0x71: none, // Gurmukhi tippi (nasal), addak (doubles the next consonant)
}

// indicNukta gives the letter a consonant with a nukta stands for (ज़ z, फ़ f, ड़ r).
var indicNukta = map[int]string{0x15: "q", 0x16: "kh", 0x17: "gh", 0x1C: "z", 0x21: "r", 0x22: "rh", 0x2B: "f"}

func isIndic(r rune) bool { return r >= indicFirst && r <= indicLast && indicLetters[r&0x7F] != "" }

func indicConsonant(off int) bool { return off >= 0x15 && off <= 0x39 || off >= 0x58 && off <= 0x5F }

func indicMatra(off int) bool {
	return off >= 0x3E && off <= 0x4C || off == 0x57 || off == 0x62 || off == 0x63
}

// appendIndic romanises a run of one Brahmic script. A consonant takes the inherent vowel a
// unless a vowel sign, a virama or a nukta and then one of those follows, or it ends the word.
func appendIndic(dst []byte, run []token) []byte {
	for i := 0; i < len(run); i++ {
		t := run[i]
		if t.sc != scIndic {
			continue
		}
		off := int(t.r & 0x7F)
		if !indicConsonant(off) {
			dst = append(dst, tabStr(indicLetters[off])...)
			continue
		}
		s := indicLetters[off]
		j := i + 1
		if j < len(run) && run[j].sc == scIndic && run[j].r&0x7F == 0x3C {
			if n, ok := indicNukta[off]; ok {
				s = n
			}
			j++
		}
		dst = append(dst, s...)
		i = j - 1
		if j < len(run) && run[j].sc == scIndic {
			next := int(run[j].r & 0x7F)
			if indicMatra(next) || next == 0x4D {
				continue // the sign is written by the next iteration
			}
			if next <= 0x03 { // candrabindu, anusvara, visarga after the inherent vowel
				dst = append(dst, 'a')
				continue
			}
		}
		if (j >= len(run) || run[j].sc != scIndic) && (i == 0 || run[i-1].r&0x7F != 0x4D) {
			continue // the inherent vowel is not pronounced at the end of a word, but after a cluster (Narendra)
		}
		dst = append(dst, 'a')
	}
	return dst
}
