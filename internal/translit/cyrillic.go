package translit

// cyrTab holds the context-free romanisation of lower-case Cyrillic letters U+0400–U+052F
// (Russian-style defaults; the per-language rules in cyr*Letter override them in context).
// "" = not supported, none = dropped.
var cyrTab = [0x130]string{
	'а' - 0x400: "a", 'б' - 0x400: "b", 'в' - 0x400: "v", 'г' - 0x400: "g", 'д' - 0x400: "d",
	'е' - 0x400: "e", 'ж' - 0x400: "zh", 'з' - 0x400: "z", 'и' - 0x400: "i", 'й' - 0x400: "y",
	'к' - 0x400: "k", 'л' - 0x400: "l", 'м' - 0x400: "m", 'н' - 0x400: "n", 'о' - 0x400: "o",
	'п' - 0x400: "p", 'р' - 0x400: "r", 'с' - 0x400: "s", 'т' - 0x400: "t", 'у' - 0x400: "u",
	'ф' - 0x400: "f", 'х' - 0x400: "kh", 'ц' - 0x400: "ts", 'ч' - 0x400: "ch", 'ш' - 0x400: "sh",
	'щ' - 0x400: "shch", 'ъ' - 0x400: none, 'ы' - 0x400: "y", 'ь' - 0x400: none, 'э' - 0x400: "e",
	'ю' - 0x400: "yu", 'я' - 0x400: "ya",
	// U+0450–U+045F: Ukrainian, Belarusian, Serbian, Macedonian, Bulgarian
	'ѐ' - 0x400: "e", 'ё' - 0x400: "e", 'ђ' - 0x400: "dj", 'ѓ' - 0x400: "gj", 'є' - 0x400: "ye",
	'ѕ' - 0x400: "dz", 'і' - 0x400: "i", 'ї' - 0x400: "yi", 'ј' - 0x400: "j", 'љ' - 0x400: "lj",
	'њ' - 0x400: "nj", 'ћ' - 0x400: "c", 'ќ' - 0x400: "kj", 'ѝ' - 0x400: "i", 'ў' - 0x400: "u",
	'џ' - 0x400: "dz",
	// U+0460–U+0481: historic letters
	'ѡ' - 0x400: "o", 'ѣ' - 0x400: "e", 'ѥ' - 0x400: "ye", 'ѧ' - 0x400: "ya", 'ѩ' - 0x400: "ya",
	'ѫ' - 0x400: "u", 'ѭ' - 0x400: "yu", 'ѯ' - 0x400: "ks", 'ѱ' - 0x400: "ps", 'ѳ' - 0x400: "f",
	'ѵ' - 0x400: "i", 'ѷ' - 0x400: "i", 'ѹ' - 0x400: "u", 'ѻ' - 0x400: "o", 'ѽ' - 0x400: "o",
	'ѿ' - 0x400: "ot", 'ҁ' - 0x400: "k",
	// U+048A–U+04FF: letters of Kazakh, Kyrgyz, Tatar, Bashkir, Tajik, Uzbek, Mongolian, …
	'ҋ' - 0x400: "y", 'ҍ' - 0x400: none, 'ҏ' - 0x400: "r", 'ґ' - 0x400: "g", 'ғ' - 0x400: "g",
	'ҕ' - 0x400: "gh", 'җ' - 0x400: "zh", 'ҙ' - 0x400: "z", 'қ' - 0x400: "k", 'ҝ' - 0x400: "k",
	'ҟ' - 0x400: "k", 'ҡ' - 0x400: "k", 'ң' - 0x400: "ng", 'ҥ' - 0x400: "ng", 'ҧ' - 0x400: "p",
	'ҩ' - 0x400: none, 'ҫ' - 0x400: "s", 'ҭ' - 0x400: "t", 'ү' - 0x400: "u", 'ұ' - 0x400: "u",
	'ҳ' - 0x400: "h", 'ҵ' - 0x400: "ts", 'ҷ' - 0x400: "j", 'ҹ' - 0x400: "ch", 'һ' - 0x400: "h",
	'ҽ' - 0x400: "ch", 'ҿ' - 0x400: "ch", 'ӂ' - 0x400: "zh", 'ӄ' - 0x400: "k", 'ӆ' - 0x400: "l",
	'ӈ' - 0x400: "ng", 'ӊ' - 0x400: "n", 'ӌ' - 0x400: "ch", 'ӎ' - 0x400: "m", 'ӏ' - 0x400: none,
	'ӑ' - 0x400: "a", 'ӓ' - 0x400: "a", 'ӕ' - 0x400: "ae", 'ӗ' - 0x400: "e", 'ә' - 0x400: "a",
	'ӛ' - 0x400: "a", 'ӝ' - 0x400: "zh", 'ӟ' - 0x400: "dz", 'ӡ' - 0x400: "dz", 'ӣ' - 0x400: "i",
	'ӥ' - 0x400: "i", 'ӧ' - 0x400: "o", 'ө' - 0x400: "o", 'ӫ' - 0x400: "o", 'ӭ' - 0x400: "e",
	'ӯ' - 0x400: "u", 'ӱ' - 0x400: "u", 'ӳ' - 0x400: "u", 'ӵ' - 0x400: "ch", 'ӷ' - 0x400: "g",
	'ӹ' - 0x400: "y", 'ӻ' - 0x400: "g", 'ӽ' - 0x400: "kh", 'ӿ' - 0x400: "kh",
	// U+0500–U+052F: a few Komi and other letters, notably homoglyph favourites
	'ԁ' - 0x400: "d", 'ԃ' - 0x400: "dj", 'ԅ' - 0x400: "z", 'ԇ' - 0x400: "dz", 'ԉ' - 0x400: "lj",
	'ԋ' - 0x400: "nj", 'ԍ' - 0x400: "sj", 'ԏ' - 0x400: "tj", 'ԑ' - 0x400: "e", 'ԛ' - 0x400: "q",
	'ԝ' - 0x400: "w",
}

func cyrBase(r rune) string { return tabStr(cyrTab[r-0x400]) }

// cyrCompose composes a lower-case Cyrillic letter with a following combining mark (NFD input)
// into the precomposed letter, or returns 0 when the pair has no canonical composition.
func cyrCompose(r, m rune) rune {
	switch m {
	case 0x306: // breve
		switch r {
		case 'и':
			return 'й'
		case 'у':
			return 'ў'
		case 'ж':
			return 'ӂ'
		case 'а':
			return 'ӑ'
		case 'е':
			return 'ӗ'
		}
	case 0x308: // diaeresis
		switch r {
		case 'е':
			return 'ё'
		case 'і':
			return 'ї'
		case 'а':
			return 'ӓ'
		case 'ә':
			return 'ӛ'
		case 'ж':
			return 'ӝ'
		case 'з':
			return 'ӟ'
		case 'и':
			return 'ӥ'
		case 'о':
			return 'ӧ'
		case 'ө':
			return 'ӫ'
		case 'э':
			return 'ӭ'
		case 'у':
			return 'ӱ'
		case 'ч':
			return 'ӵ'
		case 'ы':
			return 'ӹ'
		}
	case 0x301: // acute
		switch r {
		case 'г':
			return 'ѓ'
		case 'к':
			return 'ќ'
		}
	case 0x300: // grave
		switch r {
		case 'е':
			return 'ѐ'
		case 'и':
			return 'ѝ'
		}
	case 0x304: // macron
		switch r {
		case 'и':
			return 'ӣ'
		case 'у':
			return 'ӯ'
		}
	case 0x30B:
		if r == 'у' {
			return 'ӳ'
		}
	case 0x30F:
		if r == 'ѵ' {
			return 'ѷ'
		}
	}
	return 0
}

func isCyrVowel(r rune) bool {
	switch r {
	case 'а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'і', 'ї', 'є', 'ә', 'ө', 'ұ', 'ү', 'ѣ', 'ѐ', 'ѝ':
		return true
	}
	return false
}

// Language signals found in the letters of a Cyrillic word.
const (
	sRU uint8 = 1 << iota // ы э ё, hard sign ъ before е ё ю я or at the end
	sUK                   // є ї ґ, or -ськ-/-цьк-/-зьк- (not after л)
	sI                    // і (Ukrainian, Belarusian, Kazakh, …)
	sBE                   // ў
	sKZ                   // ә ғ қ ң ө ұ ү һ and other non-Slavic letters
	sSR                   // ђ ј љ њ ћ џ ѓ ќ ѕ (Serbian, Macedonian)
	sBG                   // ъ before a consonant (Bulgarian vowel)
)

func letterSig(r rune) uint8 {
	switch r {
	case 'ы', 'э', 'ё':
		return sRU
	case 'є', 'ї', 'ґ':
		return sUK
	case 'і':
		return sI
	case 'ў':
		return sBE
	case 'ђ', 'ј', 'љ', 'њ', 'ћ', 'џ', 'ѓ', 'ќ', 'ѕ':
		return sSR
	case 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'ҳ', 'ҷ', 'ӣ', 'ӯ', 'җ', 'ҙ', 'ҡ', 'ҫ':
		return sKZ
	}
	return 0
}

// sigScan accumulates language signals over the letters of a word. A letter is evaluated
// once the next letter (or the end of the word) arrives, so that NFD combining marks have
// been composed into it first.
type sigScan struct {
	p   [4]rune // latest letters, most recent first
	sig uint8
}

// settle evaluates the most recent letter.
func (s *sigScan) settle() {
	r := s.p[0]
	if r == 0 {
		return
	}
	s.sig |= letterSig(r)
	if s.p[1] == 'ъ' {
		switch {
		case r == 'е' || r == 'ё' || r == 'ю' || r == 'я':
			s.sig |= sRU
		case !isCyrVowel(r):
			s.sig |= sBG
		}
	}
	if r == 'к' && s.p[1] == 'ь' && (s.p[2] == 'с' || s.p[2] == 'ц' || s.p[2] == 'з') && s.p[3] != 'л' {
		s.sig |= sUK
	}
}

func (s *sigScan) add(r rune) {
	s.settle()
	s.p[3], s.p[2], s.p[1], s.p[0] = s.p[2], s.p[1], s.p[0], r
}

// mark composes an NFD combining mark with the latest letter.
func (s *sigScan) mark(m rune) {
	if s.p[0] != 0 {
		if c := cyrCompose(s.p[0], m); c != 0 {
			s.p[0] = c
		}
	}
}

func (s *sigScan) end() {
	s.settle()
	if s.p[0] == 'ъ' {
		s.sig |= sRU
	}
	s.p = [4]rune{}
}

type cyrMode uint8

const (
	mRU cyrMode = iota // Russian (also Kazakh and other languages using Russian-based romanisation)
	mUK                // Ukrainian
	mBE                // Belarusian
	mBG                // Bulgarian
	mSR                // Serbian and Macedonian
)

// modeOf picks a language from signals; ok is false when the signals decide nothing.
func modeOf(sig uint8) (m cyrMode, ok bool) {
	switch {
	case sig&sSR != 0:
		return mSR, true
	case sig&sKZ != 0:
		return mRU, true
	case sig&sBE != 0, sig&sI != 0 && sig&sRU != 0:
		return mBE, true
	case sig&(sUK|sI) != 0:
		if sig&sRU != 0 {
			return mRU, true
		}
		return mUK, true
	case sig&sBG != 0:
		if sig&sRU != 0 {
			return mRU, true
		}
		return mBG, true
	case sig&sRU != 0:
		return mRU, true
	}
	return mRU, false
}

// defaultMode returns the language for Cyrillic words whose own letters are not conclusive:
// the one the other Cyrillic words of the input reveal (words mixing in Latin letters are
// ignored), Russian otherwise.
func (c *ctx) defaultMode() cyrMode {
	if c.defSet {
		return c.def
	}
	var all uint8
	var w sigScan
	latin := false
	flush := func() {
		w.end()
		if !latin {
			all |= w.sig
		}
		w.sig, latin = 0, false
	}
	for _, r := range c.s {
		switch {
		case r >= 0x400 && r <= 0x52F:
			if lr, _ := lower(r); letterScript(lr) == scCyrl {
				w.add(lr)
				continue
			}
			flush()
		case isMark(r):
			w.mark(r)
		case isJoiner(r):
		case isWordRune(r):
			latin = true
		default:
			flush()
		}
	}
	flush()
	c.def, _ = modeOf(all)
	c.defSet = true
	return c.def
}

// appendCyrillic romanises a run of Cyrillic letters; mid reports that the run does not start
// its word (Kyїv), so word-initial forms do not apply.
func (c *ctx) appendCyrillic(dst []byte, run []token, mid bool) []byte {
	var arr [32]rune
	L := arr[:0]
	start := 0
	if mid { // a neutral consonant stands in for the letters before the run
		L = append(L, 'б')
		start = 1
	}
	var s sigScan
	for _, t := range run {
		if t.sc == scCyrl {
			L = append(L, t.r)
			s.add(t.r)
		}
	}
	s.end()
	m, ok := modeOf(s.sig)
	if !ok {
		m = c.defaultMode()
	}
	for i := start; i < len(L); i++ {
		var out string
		var skip int
		switch m {
		case mUK:
			out, skip = ukLetter(L, i)
		case mBE:
			out, skip = beLetter(L, i)
		case mBG:
			out, skip = bgLetter(L, i)
		case mSR:
			out, skip = srLetter(L, i)
		default:
			out, skip = ruLetter(L, i)
		}
		dst = append(dst, out...)
		i += skip
	}
	return dst
}

func at(L []rune, i int) rune {
	if i >= 0 && i < len(L) {
		return L[i]
	}
	return 0
}

// ruLetter romanises L[i] in a Russian word: BGN/PCGN-like as used by English-language news
// (Yeltsin, Sergei, Dmitry, Zelensky, Grozny, Gorbachev, Nazarbayev), without diacritics.
// It returns the output and how many following letters it consumed.
func ruLetter(L []rune, i int) (string, int) {
	r, prev, next := L[i], at(L, i-1), at(L, i+1)
	switch r {
	case 'е', 'ё':
		if i == 0 || isCyrVowel(prev) || prev == 'ь' || prev == 'ъ' {
			if r == 'ё' {
				return "yo", 0
			}
			return "ye", 0
		}
		return "e", 0
	case 'и', 'ы':
		if next == 'й' && !isCyrVowel(at(L, i+2)) { // -ий, -ый → y (Dmitry, Grozny)
			return "y", 1
		}
		if r == 'ы' {
			return "y", 0
		}
		if prev == 'ь' { // Ilyich
			return "yi", 0
		}
		if next == 'я' && i+2 == len(L) { // Maria, Rossia
			return "ia", 1
		}
		return "i", 0
	case 'й':
		switch {
		case i == 0 || isCyrVowel(next):
			return "y", 0
		case prev == 'о' && i == len(L)-1: // Tolstoy
			return "y", 0
		case isCyrVowel(prev): // Sergei, Nikolai, Shoigu
			return "i", 0
		}
		return "y", 0
	case 'ь':
		if next == 'о' {
			return "y", 0
		}
		return "", 0
	}
	return cyrBase(r), 0
}

// ukLetter romanises L[i] in a Ukrainian word following the official 2010 national system
// (KMU), which English-language news and Wikipedia use: Kyiv, Kharkiv, Zaporizhzhia,
// Mykolaiv, Volodymyr Zelenskyi, except that word-final -ія gives -ia (Yulia, not Yuliia).
func ukLetter(L []rune, i int) (string, int) {
	r, prev := L[i], at(L, i-1)
	first := i == 0
	switch r {
	case 'г':
		if prev == 'з' {
			return "gh", 0
		}
		return "h", 0
	case 'е':
		return "e", 0
	case 'и':
		return "y", 0
	case 'є':
		if first {
			return "ye", 0
		}
		return "ie", 0
	case 'ї':
		if first {
			return "yi", 0
		}
		return "i", 0
	case 'й':
		if first {
			return "y", 0
		}
		return "i", 0
	case 'ю':
		if first {
			return "yu", 0
		}
		return "iu", 0
	case 'я':
		switch {
		case first:
			return "ya", 0
		case i == len(L)-1 && (prev == 'і' || prev == 'и'):
			return "a", 0
		}
		return "ia", 0
	case 'ь', 'ъ':
		return "", 0
	}
	return ruLetter(L, i)
}

// beLetter romanises L[i] in a Belarusian word, close to the passport system used in news
// (Aliaksandr, Siarhei, Sviatlana Tsikhanouskaya).
func beLetter(L []rune, i int) (string, int) {
	r, prev := L[i], at(L, i-1)
	soft := i == 0 || isCyrVowel(prev) || prev == 'ь' || prev == 'ў'
	switch r {
	case 'г':
		return "h", 0
	case 'е':
		if soft {
			return "ye", 0
		}
		return "e", 0
	case 'ё':
		if soft {
			return "yo", 0
		}
		return "io", 0
	case 'ю':
		if soft {
			return "yu", 0
		}
		return "iu", 0
	case 'я':
		if soft || i == len(L)-1 {
			return "ya", 0
		}
		return "ia", 0
	case 'й':
		if i == 0 {
			return "y", 0
		}
		return "i", 0
	case 'ы':
		return "y", 0
	case 'ь', 'ъ':
		return "", 0
	}
	return cyrBase(r), 0
}

// bgLetter romanises L[i] in a Bulgarian word following the official Streamlined System
// (ъ → a, щ → sht, х → h; final -ия → -ia: Balgaria, Sofia, Boyko).
func bgLetter(L []rune, i int) (string, int) {
	r, next := L[i], at(L, i+1)
	switch r {
	case 'ъ':
		return "a", 0
	case 'щ':
		return "sht", 0
	case 'х':
		return "h", 0
	case 'ь':
		return "y", 0
	case 'и':
		if next == 'я' && i+2 == len(L) {
			return "ia", 1
		}
		return "i", 0
	case 'е':
		return "e", 0
	}
	return cyrBase(r), 0
}

// srLetter romanises L[i] in a Serbian or Macedonian word as the Latin alphabet of the
// language with its diacritics folded (Vučić → vucic, Đoković → djokovic, Ѓорѓе → gjorgje).
func srLetter(L []rune, i int) (string, int) {
	switch r := L[i]; r {
	case 'ж':
		return "z", 0
	case 'ч', 'ц', 'ћ':
		return "c", 0
	case 'ш':
		return "s", 0
	case 'х':
		return "h", 0
	case 'џ', 'ѕ':
		return "dz", 0
	case 'е':
		return "e", 0
	case 'й':
		return "j", 0
	default:
		return cyrBase(r), 0
	}
}
