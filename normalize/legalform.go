package normalize

import "strings"

// legalForms maps folded company-form words and phrases to one short form, so that "Siemens
// Aktiengesellschaft" and "Siemens AG", or "OAO Gazprom" and "Open Joint Stock Company Gazprom",
// compare equal. The short forms weigh little and may go unmatched without penalty: the form of a
// company rarely tells two companies apart, its name does.
var legalForms = map[string]string{
	"aktiengesellschaft": "ag", "ag": "ag",
	"gesellschaft mit beschrankter haftung": "gmbh", "gmbh": "gmbh",
	"limited": "ltd", "ltd": "ltd",
	"limited liability company": "llc", "llc": "llc",
	"public limited company": "plc", "plc": "plc", "p l c": "plc",
	"incorporated": "inc", "inc": "inc",
	"corporation": "corp", "corp": "corp",
	"company": "co", "co": "co",
	"joint stock company": "jsc", "jsc": "jsc", "ojsc": "jsc", "pjsc": "jsc", "cjsc": "jsc",
	"open joint stock company": "jsc", "public joint stock company": "jsc", "closed joint stock company": "jsc",
	"oao": "jsc", "zao": "jsc", "pao": "jsc", "ao": "jsc",
	"sociedad anonima": "sa", "societe anonyme": "sa", "sa": "sa", "s a": "sa",
	"sarl": "sarl", "s a r l": "sarl", "srl": "srl", "societa a responsabilita limitata": "srl",
	"societatea cu raspundere limitata": "srl", "bv": "bv", "nv": "nv", "spa": "spa", "ab": "ab",
	"as": "as", "oy": "oy", "kk": "kk", "pte": "pte", "pty": "pty", "sp z o o": "spzoo",
	"ooo": "ooo", "obshchestvo s ogranichennoi otvetstvennostiu": "ooo", "holding": "holding",
	"holdings": "holding", "group": "group",
}

// legalFormPhraseLen is the longest phrase in legalForms, in tokens.
const legalFormPhraseLen = 4

// canonicalLegalForms rewrites company-form phrases in toks to their short forms.
func canonicalLegalForms(toks []string) []string {
	var out []string
	for i := 0; i < len(toks); {
		matched := 0
		for n := min(legalFormPhraseLen, len(toks)-i); n >= 1; n-- {
			if short, ok := legalForms[strings.Join(toks[i:i+n], " ")]; ok && (n > 1 || len(toks) > 1) {
				if out == nil {
					out = append(make([]string, 0, len(toks)), toks[:i]...)
				}
				out = append(out, short)
				matched = n
				break
			}
		}
		if matched == 0 {
			if out != nil {
				out = append(out, toks[i])
			}
			matched = 1
		}
		i += matched
	}
	if out == nil {
		return toks
	}
	return out
}

// isLegalForm reports whether a folded token is a short company form.
func isLegalForm(t string) bool {
	short, ok := legalForms[t]
	return ok && short == t
}
