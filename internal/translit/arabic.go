package translit

import "unicode/utf8"

// arTab holds the context-free romanisation of Arabic-script letters U+0620–U+06FF (Arabic,
// Persian, Urdu, Pashto, Kurdish, …): a consonantal skeleton in the spelling English-language
// news uses (sh, kh, th, dh, gh; ع → a; ة, ى → a). "" = not supported, none = dropped.
var arTab = [0xE0]string{
	0x0620 - 0x620: "y", 'ء' - 0x620: none, 'آ' - 0x620: "a", 'أ' - 0x620: "a", 'ؤ' - 0x620: "u",
	'إ' - 0x620: "i", 'ئ' - 0x620: "i", 'ا' - 0x620: "a", 'ب' - 0x620: "b", 'ة' - 0x620: "a",
	'ت' - 0x620: "t", 'ث' - 0x620: "th", 'ج' - 0x620: "j", 'ح' - 0x620: "h", 'خ' - 0x620: "kh",
	'د' - 0x620: "d", 'ذ' - 0x620: "dh", 'ر' - 0x620: "r", 'ز' - 0x620: "z", 'س' - 0x620: "s",
	'ش' - 0x620: "sh", 'ص' - 0x620: "s", 'ض' - 0x620: "d", 'ط' - 0x620: "t", 'ظ' - 0x620: "z",
	'ع' - 0x620: "a", 'غ' - 0x620: "gh", 0x063B - 0x620: "k", 0x063C - 0x620: "k",
	0x063D - 0x620: "y", 0x063E - 0x620: "y", 0x063F - 0x620: "y",
	'ف' - 0x620: "f", 'ق' - 0x620: "q", 'ك' - 0x620: "k", 'ل' - 0x620: "l", 'م' - 0x620: "m",
	'ن' - 0x620: "n", 'ه' - 0x620: "h", 'و' - 0x620: "w", 'ى' - 0x620: "a", 'ي' - 0x620: "y",
	0x066E - 0x620: "b", 0x066F - 0x620: "q", 'ٱ' - 0x620: "a", 0x0672 - 0x620: "a",
	0x0673 - 0x620: "i", 0x0674 - 0x620: none, 0x0675 - 0x620: "a", 0x0676 - 0x620: "u",
	0x0677 - 0x620: "u", 0x0678 - 0x620: "y",
	'ٹ' - 0x620: "t", 'ٺ' - 0x620: "th", 'ٻ' - 0x620: "b", 'ټ' - 0x620: "t", 'ٽ' - 0x620: "t",
	'پ' - 0x620: "p", 'ٿ' - 0x620: "th", 'ڀ' - 0x620: "bh", 'ځ' - 0x620: "dz", 0x0682 - 0x620: "kh",
	'ڃ' - 0x620: "ny", 'ڄ' - 0x620: "dy", 'څ' - 0x620: "ts", 'چ' - 0x620: "ch", 'ڇ' - 0x620: "chh",
	'ڈ' - 0x620: "d", 'ډ' - 0x620: "d", 0x068A - 0x620: "d", 0x068B - 0x620: "d", 'ڌ' - 0x620: "dh",
	'ڍ' - 0x620: "d", 'ڎ' - 0x620: "d", 0x068F - 0x620: "d", 0x0690 - 0x620: "d", 'ڑ' - 0x620: "r",
	0x0692 - 0x620: "r", 'ړ' - 0x620: "r", 0x0694 - 0x620: "r", 0x0695 - 0x620: "r",
	0x0696 - 0x620: "r", 0x0697 - 0x620: "r", 'ژ' - 0x620: "zh", 'ڙ' - 0x620: "zh",
	'ښ' - 0x620: "sh", 0x069B - 0x620: "s", 0x069C - 0x620: "sh", 0x069D - 0x620: "s",
	0x069E - 0x620: "s", 0x069F - 0x620: "t", 0x06A0 - 0x620: "ng", 0x06A1 - 0x620: "f",
	0x06A2 - 0x620: "f", 0x06A3 - 0x620: "f", 'ڤ' - 0x620: "v", 0x06A5 - 0x620: "f",
	'ڦ' - 0x620: "ph", 0x06A7 - 0x620: "q", 0x06A8 - 0x620: "q", 'ک' - 0x620: "k",
	0x06AA - 0x620: "k", 0x06AB - 0x620: "g", 0x06AC - 0x620: "k", 'ڭ' - 0x620: "ng",
	0x06AE - 0x620: "k", 'گ' - 0x620: "g", 0x06B0 - 0x620: "g", 'ڱ' - 0x620: "ng",
	0x06B2 - 0x620: "g", 'ڳ' - 0x620: "g", 0x06B4 - 0x620: "g", 'ڵ' - 0x620: "l",
	0x06B6 - 0x620: "l", 0x06B7 - 0x620: "l", 0x06B8 - 0x620: "l", 0x06B9 - 0x620: "n",
	'ں' - 0x620: "n", 'ڻ' - 0x620: "n", 'ڼ' - 0x620: "n", 0x06BD - 0x620: "n", 'ھ' - 0x620: "h",
	0x06BF - 0x620: "ch", 'ۀ' - 0x620: "e", 'ہ' - 0x620: "h", 'ۂ' - 0x620: "e", 'ۃ' - 0x620: "a",
	0x06C4 - 0x620: "w", 'ۅ' - 0x620: "o", 'ۆ' - 0x620: "o", 'ۇ' - 0x620: "u", 'ۈ' - 0x620: "u",
	'ۉ' - 0x620: "u", 0x06CA - 0x620: "w", 'ۋ' - 0x620: "v", 'ی' - 0x620: "y", 0x06CD - 0x620: "y",
	'ێ' - 0x620: "e", 0x06CF - 0x620: "w", 'ې' - 0x620: "e", 0x06D1 - 0x620: "y", 'ے' - 0x620: "e",
	'ۓ' - 0x620: "e", 'ە' - 0x620: "e", 0x06EE - 0x620: "d", 0x06EF - 0x620: "r",
	0x06FA - 0x620: "sh", 0x06FB - 0x620: "d", 0x06FC - 0x620: "gh", 0x06FF - 0x620: "h",
}

// arCompose composes an Arabic letter with a following hamza or madda mark (NFD input).
func arCompose(r, m rune) rune {
	switch m {
	case 0x653:
		if r == 'ا' {
			return 'آ'
		}
	case 0x654:
		switch r {
		case 'ا':
			return 'أ'
		case 'و':
			return 'ؤ'
		case 'ي', 'ی':
			return 'ئ'
		case 'ە', 'ه':
			return 'ۀ'
		case 'ہ':
			return 'ۂ'
		case 'ے':
			return 'ۓ'
		}
	case 0x655:
		if r == 'ا' {
			return 'إ'
		}
	}
	return 0
}

// arWords holds very common name words whose skeleton is far from their usual English form.
// Keys are spelled with bare alif (أ إ آ ٱ → ا) and Arabic ي ك (Persian ی ک are mapped).
var arWords = map[string]string{
	"محمد":    "muhammad",
	"احمد":    "ahmad",
	"محمود":   "mahmoud",
	"الله":    "allah",
	"عبدالله": "abdullah",
	"حسين":    "hussein",
	"حسن":     "hassan",
	"عمر":     "omar",
	"مصطفى":   "mustafa",
	"بن":      "bin",
	"ابن":     "ibn",
	"بنت":     "bint",
}

const zwnj = '\u200C'

func isPersianLetter(r rune) bool {
	switch r {
	case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی', 'ۀ', zwnj:
		return true
	}
	return false
}

// appendArabic romanises a run of Arabic-script letters as a consonantal skeleton with the
// long vowels the script writes: word-initial ال → "al-"; ا → a (إ → i); و → w at the start,
// next to alif or doubled, else u; ي → y at the start, next to alif/waw or doubled, else i;
// ة, ى → a; initial ع before alif or ya is silent, else a; harakat are dropped. Words with a
// Persian letter (پ چ ژ گ ک ی) or ZWNJ use Persian values: و → v, final ه → e, ق → gh, and
// ث ذ ض → s z z. A few very common name words come from arWords (محمد → muhammad).
func appendArabic(dst []byte, run []token) []byte {
	var arr [32]rune
	L := arr[:0]
	persian := false
	for _, t := range run {
		switch {
		case t.sc == scArab:
			L = append(L, t.r)
		case t.r == zwnj && len(L) > 0:
			L = append(L, zwnj)
		default:
			continue
		}
		if isPersianLetter(t.r) {
			persian = true
		}
	}
	n := len(L)

	var key [64]byte
	k := 0
	for _, r := range L {
		switch r {
		case 'أ', 'إ', 'آ', 'ٱ':
			r = 'ا'
		case 'ی':
			r = 'ي'
		case 'ک':
			r = 'ك'
		}
		if k+utf8.UTFMax > len(key) {
			k = -1
			break
		}
		k += utf8.EncodeRune(key[k:], r)
	}
	if k > 0 {
		if v, ok := arWords[string(key[:k])]; ok {
			return append(dst, v...)
		}
	}

	start := 0
	if n >= 3 && (L[0] == 'ا' || L[0] == 'ٱ') && L[1] == 'ل' && L[2] != zwnj {
		dst = append(dst, "al-"...)
		start = 2
	}
	for i := start; i < n; i++ {
		r := L[i]
		if r == zwnj {
			continue
		}
		first := i == start
		last := i == n-1 || L[i+1] == zwnj
		var prev, next rune
		if !first {
			prev = L[i-1]
		}
		if !last {
			next = L[i+1]
		}
		out := tabStr(arTab[r-0x620])
		switch r {
		case 'ع':
			if first && (next == 'ا' || next == 'ي' || next == 'ی') {
				out = ""
			}
		case 'و':
			w := "w"
			if persian {
				w = "v"
			}
			switch {
			case first && last:
				out = w + "a"
			case first, next == 'و', prev == 'ا' || prev == 'آ' || next == 'ا' || next == 'آ':
				out = w
			default:
				out = "u"
			}
		case 'ي', 'ی', 'ې':
			switch {
			case first:
				out = "y"
			case last:
				out = "i"
			case next == 'ا' || next == 'آ' || next == 'و' || prev == 'ا' || prev == 'و' || next == r:
				out = "y"
			default:
				out = "i"
			}
		case 'ه', 'ہ':
			if last && !first && persian {
				out = "e"
			}
		case 'ئ':
			if prev == 'ي' || prev == 'ی' || next == 'ي' || next == 'ی' || next == 'ا' {
				out = ""
			}
		case 'ؤ':
			if prev == 'و' || next == 'و' {
				out = ""
			}
		case 'ق':
			if persian {
				out = "gh"
			}
		case 'ث':
			if persian {
				out = "s"
			}
		case 'ذ', 'ض':
			if persian {
				out = "z"
			}
		}
		dst = append(dst, out...)
	}
	return dst
}
