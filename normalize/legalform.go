package normalize

import (
	"slices"
	"strings"

	"github.com/agnivade/levenshtein"
)

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
	"as": "as", "oy": "oy", "kk": "kk", "pte": "pte", "pty": "pty", "sp z o o": "spzoo", "sp z oo": "spzoo", "spzoo": "spzoo",
	"ooo": "ooo", "obshchestvo s ogranichennoi otvetstvennostiu": "ooo", "holding": "holding",
	"holdings": "holding", "group": "group",
}

// legalFormPhraseLen is the longest phrase in legalForms, in tokens.
const legalFormPhraseLen = 4

// legalFormWords are the long words of legalForms phrases. Registers misspell and truncate them
// ("Aktiengeselschaft", "JOINT STOCK COMPAN"); they are long enough that one edit does not make
// another word of a company name.
var legalFormWords = func() []string {
	seen := map[string]bool{}
	var out []string
	for phrase := range legalForms {
		for w := range strings.FieldsSeq(phrase) {
			if len(w) >= 7 && !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	slices.Sort(out)
	return out
}()

// repairLegalWord returns the legal-form word that t misspells (one edit, two from twelve
// letters) or, as the last token of a name, truncates (five letters or more); else t.
func repairLegalWord(t string, last bool) string {
	if len(t) < 5 {
		return t
	}
	if _, ok := legalForms[t]; ok {
		return t
	}
	for _, w := range legalFormWords {
		if last && len(t) < len(w) && strings.HasPrefix(w, t) {
			return w
		}
		if len(t) < 7 || abs(len(t)-len(w)) > 2 {
			continue
		}
		limit := 1
		if len(w) >= 12 {
			limit = 2
		}
		if levenshtein.ComputeDistance(t, w) <= limit {
			return w
		}
	}
	return t
}

// canonicalLegalForms rewrites company-form phrases in toks to their short forms, keeping scripts
// (the script of each token, or nil) aligned. Misspelt and truncated form words are repaired
// first when the name has other words.
func canonicalLegalForms(toks []string, scripts []tokScript) ([]string, []tokScript) {
	if len(toks) > 1 {
		var fixed []string
		for i, t := range toks {
			if r := repairLegalWord(t, i == len(toks)-1); r != t {
				if fixed == nil {
					fixed = slices.Clone(toks)
				}
				fixed[i] = r
			}
		}
		if fixed != nil {
			toks = fixed
		}
	}
	var out []string
	var outScripts []tokScript
	for i := 0; i < len(toks); {
		matched := 0
		for n := min(legalFormPhraseLen, len(toks)-i); n >= 1; n-- {
			if short, ok := legalForms[strings.Join(toks[i:i+n], " ")]; ok && (n > 1 || len(toks) > 1) {
				if out == nil {
					out = append(make([]string, 0, len(toks)), toks[:i]...)
					if scripts != nil {
						outScripts = append(make([]tokScript, 0, len(toks)), scripts[:i]...)
					}
				}
				out = append(out, short)
				if scripts != nil {
					outScripts = append(outScripts, scripts[i])
				}
				matched = n
				break
			}
		}
		if matched == 0 {
			if out != nil {
				out = append(out, toks[i])
				if scripts != nil {
					outScripts = append(outScripts, scripts[i])
				}
			}
			matched = 1
		}
		i += matched
	}
	if out == nil {
		return toks, scripts
	}
	return out, outScripts
}

// isLegalForm reports whether a folded token is a short company form.
func isLegalForm(t string) bool {
	short, ok := legalForms[t]
	return ok && short == t
}
