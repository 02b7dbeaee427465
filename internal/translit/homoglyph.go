package translit

// homoglyph returns the ASCII look-alike of a Cyrillic or Greek letter token in its case, or 0.
// Only letters that are near-identical to a Latin letter in common fonts are listed.
func homoglyph(t token) byte {
	var lo, up byte
	switch t.sc {
	case scCyrl:
		lo, up = cyrHomoglyph(t.r)
	case scGrek:
		if t.fl&fDia != 0 {
			return 0
		}
		lo, up = grekHomoglyph(t.r)
	}
	if t.upper {
		return up
	}
	return lo
}

// cyrHomoglyph returns the Latin look-alikes of the lower- and upper-case forms of r.
func cyrHomoglyph(r rune) (lo, up byte) {
	switch r {
	case 'а':
		return 'a', 'A'
	case 'в':
		return 0, 'B'
	case 'е':
		return 'e', 'E'
	case 'к':
		return 'k', 'K'
	case 'м':
		return 0, 'M'
	case 'н':
		return 0, 'H'
	case 'о':
		return 'o', 'O'
	case 'р':
		return 'p', 'P'
	case 'с':
		return 'c', 'C'
	case 'т':
		return 0, 'T'
	case 'у':
		return 'y', 'Y'
	case 'х':
		return 'x', 'X'
	case 'і':
		return 'i', 'I'
	case 'ј':
		return 'j', 'J'
	case 'ѕ':
		return 's', 'S'
	case 'һ':
		return 'h', 'H'
	case 'ү':
		return 'y', 'Y'
	case 'ӏ':
		return 'l', 'I'
	case 'ԁ':
		return 'd', 0
	case 'ԛ':
		return 'q', 'Q'
	case 'ԝ':
		return 'w', 'W'
	}
	return 0, 0
}

func grekHomoglyph(r rune) (lo, up byte) {
	switch r {
	case 'α':
		return 'a', 'A'
	case 'β':
		return 0, 'B'
	case 'ε':
		return 0, 'E'
	case 'ζ':
		return 0, 'Z'
	case 'η':
		return 0, 'H'
	case 'ι':
		return 'i', 'I'
	case 'κ':
		return 'k', 'K'
	case 'μ':
		return 0, 'M'
	case 'ν':
		return 'v', 'N'
	case 'ο':
		return 'o', 'O'
	case 'ρ':
		return 'p', 'P'
	case 'τ':
		return 0, 'T'
	case 'υ':
		return 'u', 'Y'
	case 'χ':
		return 'x', 'X'
	case 'ϳ':
		return 'j', 'J'
	}
	return 0, 0
}

// revLatin returns the lower-case Cyrillic letter a Latin letter (lower-cased r, with its
// case) imitates, or 0. Used when Latin look-alikes sit inside a mostly Cyrillic word.
func revLatin(r rune, upper bool) rune {
	switch r {
	case 'a':
		return 'а'
	case 'c':
		return 'с'
	case 'e':
		return 'е'
	case 'i':
		return 'і'
	case 'k':
		return 'к'
	case 'o':
		return 'о'
	case 'p':
		return 'р'
	case 'x':
		return 'х'
	case 'y':
		return 'у'
	}
	if upper {
		switch r {
		case 'b':
			return 'в'
		case 'h':
			return 'н'
		case 'm':
			return 'м'
		case 't':
			return 'т'
		}
	}
	return 0
}
