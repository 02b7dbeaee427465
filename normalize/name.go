package normalize

import (
	"slices"
	"strings"
)

// name is a name prepared for scoring: its folded tokens, their phonetic keys and weights, and
// the script of each token when it was not written in Latin.
type name struct {
	toks    []string
	keys    []string
	weights []float64
	scripts []tokScript // nil: all Latin
	// symmetric is set on the names Compare builds: a Latin token of such a name may be read
	// through the script lens of a transliterated one (see alignWith).
	symmetric bool
	units     []unit // the tokens and joins of tokens aligned by alignWith (see units)
}

// newName prepares Latin-script (or already folded) tokens for scoring.
func newName(toks []string) name { return newNameScripts(toks, nil) }

// newNameScripts prepares folded tokens with the script each was written in (nil: all Latin).
// Number words and regnal ordinals are first rewritten to one form ("the Third" -> "iii"), and
// the assimilated Arabic article to "al" ("ar-Riyadh" -> "al riyadh").
func newNameScripts(toks []string, scripts []tokScript) name {
	return newNameKeyed(toks, scripts, nil)
}

// newNameKeyed is newNameScripts with the phonetic keys taken from keys, which remembers them.
func newNameKeyed(toks []string, scripts []tokScript, keys *keyMemo) name {
	toks, scripts = canonicalNumbers(toks, scripts)
	toks = canonicalArticles(toks)
	n := name{toks: toks, keys: make([]string, len(toks)), weights: make([]float64, len(toks))}
	for i, t := range toks {
		n.keys[i] = keys.of(t)
		n.weights[i] = tokenWeight(t)
	}
	for _, sc := range scripts {
		if sc != scriptLatin {
			n.scripts = scripts
			break
		}
	}
	n.units = makeUnits(&n, keys)
	return n
}

// keyMemo remembers phonetic keys: Fix builds a name for every span of a run of words, and the
// same words and joins of words come back in each. A nil keyMemo computes every key. It is not
// safe for concurrent use.
type keyMemo struct{ keys map[string]string }

func (m *keyMemo) of(s string) string {
	if m == nil {
		return phoneticKey(s)
	}
	if k, ok := m.keys[s]; ok {
		return k
	}
	k := phoneticKey(s)
	if m.keys == nil || len(m.keys) >= maxCachedLookups {
		m.keys = make(map[string]string)
	}
	m.keys[s] = k
	return k
}

// script returns the script of token i.
func (n *name) script(i int) tokScript {
	if n.scripts == nil {
		return scriptLatin
	}
	return n.scripts[i]
}

// tokenWeight is how much evidence a token carries: longer tokens more, name particles and
// initials little.
func tokenWeight(t string) float64 {
	switch {
	case nameParticles[t], isLegalForm(t):
		return 0.5
	case len(t) == 1:
		return 1
	case len(t) > 8:
		return 8
	}
	return float64(len(t))
}

func (n *name) len() int { return len(n.toks) }

// isGenerational reports tokens such as "jr" that tell two people of the same name apart.
func isGenerational(t string) bool {
	switch t {
	case "jr", "junior", "sr", "senior", "ii", "iii", "iv":
		return true
	}
	return false
}

// Number words. Names write numbers as digits or words ("Brigade 44", "Brigade Forty-Four";
// "1st", "First"), and regnal numbers as Roman numerals or ordinals ("Charles III", "Charles the
// Third"). canonicalNumbers rewrites them to one form so that both spellings compare equal.
var (
	cardinalWords = map[string]int{
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
		"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
		"nineteen": 19,
	}
	tensWords = map[string]int{
		"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
		"seventy": 70, "eighty": 80, "ninety": 90,
	}
	ordinalWords = map[string]int{
		"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
		"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
		"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
		"nineteenth": 19, "twentieth": 20,
	}
)

// canonicalNumbers rewrites number words in folded tokens: "the" and an ordinal after a name
// become a Roman numeral ("charles the third" -> "charles iii"), other ordinals become digits with
// a suffix ("first" -> "1st"), and cardinals become digits ("forty four" -> "44"). scripts, if not
// nil, is kept aligned with the tokens.
func canonicalNumbers(toks []string, scripts []tokScript) ([]string, []tokScript) {
	if !hasNumberWord(toks) {
		return toks, scripts
	}
	out := make([]string, 0, len(toks))
	var outScripts []tokScript
	if scripts != nil {
		outScripts = make([]tokScript, 0, len(toks))
	}
	emit := func(t string, i int) {
		out = append(out, t)
		if scripts != nil {
			outScripts = append(outScripts, scripts[i])
		}
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if n, ok := ordinalWords[t]; ok {
			if len(out) >= 2 && out[len(out)-1] == "the" {
				// A regnal number: "Charles the Third" is Charles III.
				out = out[:len(out)-1]
				if outScripts != nil {
					outScripts = outScripts[:len(outScripts)-1]
				}
				emit(roman(n), i)
				continue
			}
			emit(ordinalDigits(n), i)
			continue
		}
		if tens, ok := tensWords[t]; ok {
			if i+1 < len(toks) {
				if n, ok := cardinalWords[toks[i+1]]; ok && n > 0 && n < 10 {
					emit(itoa(tens+n), i)
					i++
					continue
				}
				if n, ok := ordinalWords[toks[i+1]]; ok && n < 10 {
					emit(ordinalDigits(tens+n), i)
					i++
					continue
				}
			}
			emit(itoa(tens), i)
			continue
		}
		if n, ok := cardinalWords[t]; ok {
			emit(itoa(n), i)
			continue
		}
		emit(t, i)
	}
	return out, outScripts
}

func hasNumberWord(toks []string) bool {
	for _, t := range toks {
		if _, ok := cardinalWords[t]; ok {
			return true
		}
		if _, ok := tensWords[t]; ok {
			return true
		}
		if _, ok := ordinalWords[t]; ok {
			return true
		}
	}
	return false
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}

// ordinalDigits writes n as digits with the English ordinal suffix, as folding leaves "1st".
func ordinalDigits(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return itoa(n) + suffix
}

// roman writes 1 <= n < 40 in Roman numerals, lower case as folding leaves them.
func roman(n int) string {
	var b []byte
	for ; n >= 10; n -= 10 {
		b = append(b, 'x')
	}
	ones := [...]string{"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"}
	return string(b) + ones[n]
}

// sunArticles are the spellings of the Arabic article al- assimilated to a following "sun letter"
// (ar-Riyadh, ash-Sharaa, ad-Din, Эр-Рияд), each with the letters the next word must begin with.
// Forms that are also common English words or given names (an, as, at, ed, en, es) are left out.
var sunArticles = map[string]string{
	"ar": "r", "er": "r", "ur": "r", "ash": "sh", "esh": "sh", "ush": "sh", "ad": "d", "ud": "d",
	"adh": "dh", "az": "z", "ez": "z", "ath": "th", "ut": "t",
}

// canonicalArticles rewrites an assimilated Arabic article to "al" when the next token begins
// with the letter it assimilated to, so that "Эр-Рияд" and "Al-Riyadh" align. toks is not
// modified; a rewritten copy is returned.
func canonicalArticles(toks []string) []string {
	var out []string
	for i := 0; i+1 < len(toks); i++ {
		if next, ok := sunArticles[toks[i]]; ok && strings.HasPrefix(toks[i+1], next) && len(toks[i+1]) > len(next) {
			if out == nil {
				out = slices.Clone(toks)
			}
			out[i] = "al"
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// packed returns n with its token, key and unit strings in one allocation and its token and key
// slices in another. A Matcher keeps a name per alias and aligns the few the index selects; the
// strings of a name built token by token lie all over the heap, a cache miss each, and packed
// they take one or two lines.
func (n name) packed() name {
	size := 0
	for i, t := range n.toks {
		size += len(t) + len(n.keys[i])
	}
	for _, u := range n.units {
		if u.to-u.from > 1 {
			size += len(u.text) + len(u.key)
		}
	}
	var b strings.Builder
	b.Grow(size)
	at := func(s string) int { b.WriteString(s); return b.Len() }
	ends := make([]int, 0, 2*len(n.toks)+2*len(n.units))
	for i, t := range n.toks {
		ends = append(ends, at(t), at(n.keys[i]))
	}
	for _, u := range n.units {
		if u.to-u.from > 1 {
			ends = append(ends, at(u.text), at(u.key))
		}
	}
	all := b.String()
	next, from := 0, 0
	take := func() string {
		s := all[from:ends[next]]
		from = ends[next]
		next++
		return s
	}
	out := n
	both := make([]string, 2*len(n.toks))
	out.toks, out.keys = both[:len(n.toks):len(n.toks)], both[len(n.toks):]
	for i := range n.toks {
		out.toks[i], out.keys[i] = take(), take()
	}
	out.units = slices.Clone(n.units)
	for i, u := range out.units {
		if u.to-u.from > 1 {
			out.units[i].text, out.units[i].key = take(), take()
		} else {
			out.units[i].text, out.units[i].key = out.toks[u.from], out.keys[u.from]
		}
	}
	return out
}
