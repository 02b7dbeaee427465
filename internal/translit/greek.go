package translit

// grekTab holds the romanisation of lower-case Greek base letters U+0370–U+03FF (accents are
// split off before lookup), following ELOT 743 / ISO 843 type 2 as used in Greek passports.
var grekTab = [0x90]string{
	'α' - 0x370: "a", 'β' - 0x370: "v", 'γ' - 0x370: "g", 'δ' - 0x370: "d", 'ε' - 0x370: "e",
	'ζ' - 0x370: "z", 'η' - 0x370: "i", 'θ' - 0x370: "th", 'ι' - 0x370: "i", 'κ' - 0x370: "k",
	'λ' - 0x370: "l", 'μ' - 0x370: "m", 'ν' - 0x370: "n", 'ξ' - 0x370: "x", 'ο' - 0x370: "o",
	'π' - 0x370: "p", 'ρ' - 0x370: "r", 'ς' - 0x370: "s", 'σ' - 0x370: "s", 'τ' - 0x370: "t",
	'υ' - 0x370: "y", 'φ' - 0x370: "f", 'χ' - 0x370: "ch", 'ψ' - 0x370: "ps", 'ω' - 0x370: "o",
	// symbol forms and archaic letters
	'ϐ' - 0x370: "v", 'ϑ' - 0x370: "th", 'ϒ' - 0x370: "y", 'ϕ' - 0x370: "f", 'ϖ' - 0x370: "p",
	'ϙ' - 0x370: "k", 'ϛ' - 0x370: "st", 'ϝ' - 0x370: "w", 'ϟ' - 0x370: "k", 'ϡ' - 0x370: "ss",
	'ϰ' - 0x370: "k", 'ϱ' - 0x370: "r", 'ϲ' - 0x370: "s", 'ϳ' - 0x370: "j", 'ϵ' - 0x370: "e",
	'ϸ' - 0x370: "sh", 'ϻ' - 0x370: "s", 'ͱ' - 0x370: "h", 'ͳ' - 0x370: "ss", 'ͷ' - 0x370: "w",
	'ͻ' - 0x370: "s", 'ͼ' - 0x370: "s", 'ͽ' - 0x370: "s",
}

// greekVoiced reports letters before which αυ, ευ, ηυ are read av, ev, iv (else af, ef, if).
func greekVoiced(r rune) bool {
	switch r {
	case 'α', 'ε', 'η', 'ι', 'ο', 'υ', 'ω', 'β', 'γ', 'δ', 'ζ', 'λ', 'μ', 'ν', 'ρ':
		return true
	}
	return false
}

// appendGreek romanises a run of Greek letters: ELOT 743 digraphs ου → ou, αυ/ευ/ηυ → av/af,
// ev/ef, iv/if, γγ → ng, γξ → nx, γχ → nch, γκ → gk; αι, ει, οι stay ai, ei, oi. Word-initial μπ,
// ντ, γκ give b, d, g (Μπάιντεν → bainten). A diaeresis (ϊ, ϋ) blocks a digraph.
func appendGreek(dst []byte, run []token) []byte {
	var arr [32]token
	L := arr[:0]
	for _, t := range run {
		if t.sc == scGrek {
			L = append(L, t)
		}
	}
	n := len(L)
	for i := 0; i < n; i++ {
		r := L[i].r
		var next, nextPlain rune // nextPlain: next letter unless it carries a diaeresis
		if i+1 < n {
			next = L[i+1].r
			if L[i+1].fl&fDia == 0 {
				nextPlain = next
			}
		}
		switch r {
		case 'α', 'ε', 'η':
			if nextPlain == 'υ' {
				dst = append(dst, grekTab[r-0x370]...)
				if i+2 < n && greekVoiced(L[i+2].r) {
					dst = append(dst, 'v')
				} else {
					dst = append(dst, 'f')
				}
				i++
				continue
			}
		case 'ο':
			if nextPlain == 'υ' {
				dst = append(dst, "ou"...)
				i++
				continue
			}
		case 'γ':
			out := ""
			switch next {
			case 'γ':
				out = "ng"
			case 'κ':
				out = "gk"
				if i == 0 {
					out = "g"
				}
			case 'ξ':
				out = "nx"
			case 'χ':
				out = "nch"
			}
			if out != "" {
				dst = append(dst, out...)
				i++
				continue
			}
		case 'μ':
			if next == 'π' {
				if i == 0 {
					dst = append(dst, 'b')
				} else {
					dst = append(dst, "mp"...)
				}
				i++
				continue
			}
		case 'ν':
			if next == 'τ' {
				if i == 0 {
					dst = append(dst, 'd')
				} else {
					dst = append(dst, "nt"...)
				}
				i++
				continue
			}
		}
		dst = append(dst, grekTab[r-0x370]...)
	}
	return dst
}
