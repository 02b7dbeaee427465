package main

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Countries whose names GeoNames romanises from a non-Latin script with
// BGN/PCGN marks (macrons, dots, breves, ayn/hamza signs) that English news
// does not write: "Sūrat" -> "Surat", "Al Manşūrah" -> "Al Mansurah".
// Latin-script countries keep their diacritics ("Łódź", "Şanlıurfa"), as do
// Japan (English Wikipedia keeps Hepburn macrons: "Hachiōji") and Vietnam.
var stripMarksCountries = set(
	"AE", "AF", "AM", "BD", "BH", "BT", "BY", "EG", "ER", "ET", "GE", "GR", "IL",
	"IN", "IQ", "IR", "JO", "KG", "KH", "KP", "KR", "KW", "KZ", "LA", "LB", "LK",
	"LY", "MM", "MN", "MV", "NP", "OM", "PK", "PS", "QA", "RU", "SA", "SD", "SY",
	"TH", "TJ", "UA", "UZ", "YE", "MR", "SO", "BG", "MK",
)

// In these the apostrophe-like letters of the romanisation (soft sign, ayn,
// hamza, Korean aspiration, Uzbek oʻ/gʻ) are dropped rather than kept as an
// ASCII apostrophe: "Tol’yatti" -> "Tolyatti", "Namp’o" -> "Nampo".
var dropApostropheCountries = set(
	"AE", "AF", "BH", "BY", "EG", "IQ", "IR", "JO", "KG", "KP", "KR", "KW", "KZ",
	"LB", "LY", "OM", "PS", "QA", "RU", "SA", "SD", "SY", "TJ", "UA", "UZ", "YE", "MR",
)

// Cyrillic "ё" is romanised "ë" by BGN but "yo" in English ("Oryol").
var yoCountries = set("RU", "BY", "UA", "KZ", "KG", "TJ")

func set(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', 'ʹ', '′', '`', '´':
		return true
	}
	return false
}

// cleanName turns a GeoNames "name" into the English news form for a city
// that has no curated entry.
func cleanName(name, cc string) string {
	name = norm.NFC.String(strings.TrimSpace(name))
	if yoCountries[cc] {
		name = strings.NewReplacer("ë", "yo", "Ë", "Yo").Replace(name)
	}
	if cc == "VN" {
		name = strings.ReplaceAll(name, "Ð", "Đ") // Icelandic eth for Vietnamese D-stroke
	}
	var b strings.Builder
	for _, r := range name {
		if isApostrophe(r) {
			if !dropApostropheCountries[cc] {
				b.WriteRune('\'')
			}
			continue
		}
		b.WriteRune(r)
	}
	name = b.String()
	if stripMarksCountries[cc] {
		name = stripMarks(name)
	}
	return strings.Join(strings.Fields(name), " ")
}

// stripMarks removes combining marks from Latin letters.
func stripMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// foldASCII maps a Latin string to lowercase ASCII letters and digits, with
// other characters kept as separators. ok is false when a letter has no
// ASCII transliteration (a non-Latin script).
func foldASCII(s string) (string, bool) {
	special := map[rune]string{
		'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o",
		'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'þ': "th", 'Þ': "th",
		'ı': "i", 'ħ': "h", 'Ħ': "h", 'ŀ': "l", 'ŉ': "n", 'ĸ': "k", 'ſ': "s",
	}
	ok := true
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r < 0x80:
			b.WriteRune(unicode.ToLower(r))
		case special[r] != "":
			b.WriteString(special[r])
		case unicode.IsLetter(r):
			ok = false
			b.WriteRune(r)
		default:
			b.WriteRune(' ')
		}
	}
	return b.String(), ok
}

// slugify makes an id slug: lowercase ASCII words joined by hyphens.
// Apostrophes join ("N'Djamena" -> "ndjamena", "Xi'an" -> "xian").
func slugify(s string) (string, bool) {
	var pre strings.Builder
	for _, r := range s {
		if isApostrophe(r) {
			continue
		}
		pre.WriteRune(r)
	}
	f, ok := foldASCII(pre.String())
	var words []string
	var w strings.Builder
	for _, r := range f {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			w.WriteRune(r)
			continue
		}
		if w.Len() > 0 {
			words = append(words, w.String())
			w.Reset()
		}
	}
	if w.Len() > 0 {
		words = append(words, w.String())
	}
	return strings.Join(words, "-"), ok && len(words) > 0
}

// foldKey is the comparison key used to drop aliases that only differ from
// the name (or from each other) by case or diacritics.
func foldKey(s string) string {
	var pre strings.Builder
	for _, r := range s {
		if isApostrophe(r) {
			r = ' '
		}
		pre.WriteRune(r)
	}
	f, _ := foldASCII(pre.String())
	return strings.Join(strings.FieldsFunc(strings.ToLower(f), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}
