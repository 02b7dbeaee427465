package translit

// armTab holds the romanisation of lower-case Armenian letters U+0560–U+0588 (Eastern Armenian,
// BGN/PCGN without apostrophes: aspirated and plain stops merge, as in news usage: Pashinyan,
// Kocharyan, Khachaturyan, Artsakh).
var armTab = [0x29]string{
	'ՠ' - 0x560: "y", 'ա' - 0x560: "a", 'բ' - 0x560: "b", 'գ' - 0x560: "g", 'դ' - 0x560: "d",
	'ե' - 0x560: "e", 'զ' - 0x560: "z", 'է' - 0x560: "e", 'ը' - 0x560: "e", 'թ' - 0x560: "t",
	'ժ' - 0x560: "zh", 'ի' - 0x560: "i", 'լ' - 0x560: "l", 'խ' - 0x560: "kh", 'ծ' - 0x560: "ts",
	'կ' - 0x560: "k", 'հ' - 0x560: "h", 'ձ' - 0x560: "dz", 'ղ' - 0x560: "gh", 'ճ' - 0x560: "ch",
	'մ' - 0x560: "m", 'յ' - 0x560: "y", 'ն' - 0x560: "n", 'շ' - 0x560: "sh", 'ո' - 0x560: "o",
	'չ' - 0x560: "ch", 'պ' - 0x560: "p", 'ջ' - 0x560: "j", 'ռ' - 0x560: "r", 'ս' - 0x560: "s",
	'վ' - 0x560: "v", 'տ' - 0x560: "t", 'ր' - 0x560: "r", 'ց' - 0x560: "ts", 'ւ' - 0x560: "v",
	'փ' - 0x560: "p", 'ք' - 0x560: "k", 'և' - 0x560: "ev", 'օ' - 0x560: "o", 'ֆ' - 0x560: "f",
	'ֈ' - 0x560: "r",
}

func isArmVowel(r rune) bool {
	switch r {
	case 'ա', 'ե', 'է', 'ը', 'ի', 'ո', 'օ', 'ւ':
		return true
	}
	return false
}

// appendArmenian romanises a run of Armenian letters: ու → u; ո → vo and ե → ye at the start
// of a word (ե also after a vowel); և → ev (yev initially): Yerevan, Vorotan, Hovhannes.
func appendArmenian(dst []byte, run []token) []byte {
	var arr [32]rune
	L := arr[:0]
	for _, t := range run {
		if t.sc == scArmn {
			L = append(L, t.r)
		}
	}
	for i := 0; i < len(L); i++ {
		r, prev, next := L[i], at(L, i-1), at(L, i+1)
		switch r {
		case 'ո':
			switch {
			case next == 'ւ':
				dst = append(dst, 'u')
				i++
			case i == 0:
				dst = append(dst, "vo"...)
			default:
				dst = append(dst, 'o')
			}
			continue
		case 'ե':
			if i == 0 || isArmVowel(prev) {
				dst = append(dst, "ye"...)
			} else {
				dst = append(dst, 'e')
			}
			continue
		case 'և':
			if i == 0 {
				dst = append(dst, "yev"...)
			} else {
				dst = append(dst, "ev"...)
			}
			continue
		}
		dst = append(dst, armTab[r-0x560]...)
	}
	return dst
}

// geoTab holds the romanisation of Georgian Mkhedruli letters U+10D0–U+10FF (the 2002 national
// system without apostrophes, as in news: Tbilisi, Kutaisi, Kobakhidze, Saakashvili).
// Mtavruli, Asomtavruli and Nuskhuri are mapped to Mkhedruli before lookup.
var geoTab = [0x30]string{
	'ა' - 0x10D0: "a", 'ბ' - 0x10D0: "b", 'გ' - 0x10D0: "g", 'დ' - 0x10D0: "d", 'ე' - 0x10D0: "e",
	'ვ' - 0x10D0: "v", 'ზ' - 0x10D0: "z", 'თ' - 0x10D0: "t", 'ი' - 0x10D0: "i", 'კ' - 0x10D0: "k",
	'ლ' - 0x10D0: "l", 'მ' - 0x10D0: "m", 'ნ' - 0x10D0: "n", 'ო' - 0x10D0: "o", 'პ' - 0x10D0: "p",
	'ჟ' - 0x10D0: "zh", 'რ' - 0x10D0: "r", 'ს' - 0x10D0: "s", 'ტ' - 0x10D0: "t", 'უ' - 0x10D0: "u",
	'ფ' - 0x10D0: "p", 'ქ' - 0x10D0: "k", 'ღ' - 0x10D0: "gh", 'ყ' - 0x10D0: "q", 'შ' - 0x10D0: "sh",
	'ჩ' - 0x10D0: "ch", 'ც' - 0x10D0: "ts", 'ძ' - 0x10D0: "dz", 'წ' - 0x10D0: "ts", 'ჭ' - 0x10D0: "ch",
	'ხ' - 0x10D0: "kh", 'ჯ' - 0x10D0: "j", 'ჰ' - 0x10D0: "h",
	// archaic and extension letters
	'ჱ' - 0x10D0: "e", 'ჲ' - 0x10D0: "y", 'ჳ' - 0x10D0: "w", 'ჴ' - 0x10D0: "q", 'ჵ' - 0x10D0: "o",
	'ჶ' - 0x10D0: "f", 'ჷ' - 0x10D0: "e", 'ჸ' - 0x10D0: none, 'ჹ' - 0x10D0: "g", 'ჺ' - 0x10D0: none,
	'ჼ' - 0x10D0: "n", 'ჽ' - 0x10D0: "n", 'ჾ' - 0x10D0: none, 'ჿ' - 0x10D0: "w",
}
