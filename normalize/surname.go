package normalize

import (
	"fmt"
	"strings"

	"github.com/canonym/canonym/gazetteer"
)

// surnameMentions links the words left over after span matching that name a person already resolved
// in the document by surname alone: "Lavrov said" links to Sergey Lavrov, and "Task told reporters"
// after "Donald Tass" is repaired to "Tusk". An ordinary word at the start of a sentence is never
// taken for a surname.
func (d *document) surnameMentions(covered []bool) []Mention {
	var names []surname
	for e := range d.seen {
		n, ok := d.surnames[e]
		if !ok {
			n = d.m.surnameOf(e)
			if d.surnames == nil {
				d.surnames = make(map[int32]surname)
			}
			d.surnames[e] = n // the set of people named grows through a document, slowly
		}
		if n.entity >= 0 {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return nil
	}
	// A word recurs in a document ("Monday", "Ministry"), and each pass over each segment asks
	// about it again: it is compared with the same surnames only once.
	var set uint64
	for _, n := range names {
		set += mix(uint64(n.entity) + 1) // order-free: names come in map order
	}
	if d.surnameSet != set || d.surnameMemo == nil {
		d.surnameSet, d.surnameMemo = set, make(map[string]closestSurname)
	}
	memo := d.surnameMemo
	byEntity := make(map[int32]int, len(names))
	for k, n := range names {
		byEntity[n.entity] = k
	}
	var out []Mention
	for i := range d.toks {
		t := &d.toks[i]
		if covered[i] || t.shape != shapeTitle || len(t.folded) < 3 || d.is(i, lexParticle|lexTitle) {
			continue
		}
		if t.joinNext && i+1 < len(d.toks) && d.nameLike(i+1) || i > 0 && d.toks[i-1].joinNext && d.nameLike(i-1) {
			continue // part of a longer capitalised run that matched nothing: another name
		}
		if d.is(i, lexDemonym|lexCalendar) {
			continue // "Saudi" is not a garbled "Saud", nor "June" a garbled "Jun"
		}
		word := d.isWord(i)
		if word && t.sentenceStart {
			continue
		}
		c, ok := memo[t.folded]
		if !ok {
			c = closestSurname{entity: -1}
			if d.m.isFamilyName(t.folded) {
				memo[t.folded] = c
				continue // "Zelenska" is Olena Zelenska's name, not a garbled Zelenskyy
			}
			key := phoneticKey(t.folded)
			ties := 0
			for _, n := range names {
				if !mayReach(t.folded, key, n.tok, n.key) {
					continue
				}
				sim, _, _ := tokenSimilarity(t.folded, key, n.tok, n.key)
				switch {
				case sim > c.sim:
					c.entity, c.sim, ties = n.entity, sim, 0
				case sim == c.sim && sim > 0:
					ties++
				}
			}
			if ties > 0 || c.sim < surnameMin {
				c.entity = -1
			}
			if len(memo) >= maxCachedLookups {
				clear(memo)
			}
			memo[t.folded] = c
		}
		if c.entity < 0 {
			continue
		}
		if c.sim < surnameSureMin && !d.writtenAsPerson(i) {
			continue // a near miss needs the word to stand as a person does: "Curtis said", not "in Callao"
		}
		best, bestSim := byEntity[c.entity], c.sim
		if otherGender(t.folded, names[best].tok) {
			continue // "Zelenska" is not Zelenskyy: the same family name, another person
		}
		n := names[best]
		text := d.text[t.start:t.end]
		ent := d.m.g.Entity(int(n.entity))
		rep := n.text
		if d.m.cfg.ascii {
			rep = toASCII(rep)
		}
		changed := !sameText(rep, text)
		reason := fmt.Sprintf("surname of %s, named earlier in the document", ent.Name)
		if changed {
			reason = fmt.Sprintf("%s~%s: %s", t.folded, n.tok, reason)
		}
		out = append(out, Mention{
			Start: t.start, End: t.end, Text: text, Replacement: rep, Entity: ent,
			Score: round(bestSim), Confidence: confidenceForSim(bestSim), Reason: reason, Changed: changed,
		})
	}
	return out
}

func confidenceForSim(s float64) Confidence {
	switch {
	case s >= 1:
		return Exact
	case s >= 0.85:
		return High
	}
	return Low
}

// mayReach is a cheap test that tokenSimilarity of two tokens (with their phonetic keys) may reach
// surnameMin: by edit distance only if their lengths, or those of their keys, differ by at most
// the share of edits that surnameMin allows; a phonetic skeleton or a stem is shared only by tokens
// that begin alike.
func mayReach(q, qk, a, ak string) bool {
	near := func(x, y int) bool { return float64(abs(x-y)) <= (1-surnameMin)*float64(max(x, y)) }
	return near(len(q), len(a)) || near(len(qk), len(ak)) || q[0] == a[0] || qk != "" && ak != "" && qk[0] == ak[0]
}

// closestSurname is the person whose surname a word is closest to, of those named in the
// document, or entity -1 when none is close enough or two are equally close.
type closestSurname struct {
	entity int32
	sim    float64
}

// isFamilyName reports whether token is, exactly, the family name of a person in the gazetteer:
// then it names that person, whoever else the document has named.
func (m *Matcher) isFamilyName(token string) bool {
	q := name{toks: []string{token}}
	for _, id := range m.index.exactCandidates(nil, &q) {
		a := &m.aliases[id]
		if m.g.Entity(int(a.entity)).Kind != gazetteer.Person || a.name.len() < 2 {
			continue
		}
		last := a.name.len() - 1
		for last > 0 && isGenerational(a.name.toks[last]) {
			last--
		}
		if a.name.toks[last] == token {
			return true
		}
	}
	return false
}

// otherGender reports whether two surnames are the feminine and masculine forms of one Slavic or
// Baltic family name (Zelenska / Zelenskyy, Ivanova / Ivanov, Tolstaya / Tolstoy): in news they
// are two people, a husband and a wife, a father and a daughter.
func otherGender(a, b string) bool {
	for _, p := range genderPairs {
		for _, x := range [2][2]string{{a, b}, {b, a}} {
			fem, ok := strings.CutSuffix(x[0], p[0])
			if !ok || len(fem) < 3 {
				continue
			}
			if masc, ok := strings.CutSuffix(x[1], p[1]); ok && masc == fem {
				return true
			}
		}
	}
	return false
}

// genderPairs are feminine and masculine endings of surnames, folded.
var genderPairs = [][2]string{
	{"ska", "skyy"}, {"ska", "skiy"}, {"ska", "sky"}, {"ska", "ski"}, {"ska", "skyi"}, {"ska", "skij"},
	{"cka", "cky"}, {"cka", "cki"}, {"zka", "zky"},
	{"ova", "ov"}, {"eva", "ev"}, {"yova", "yov"}, {"ina", "in"}, {"yna", "yn"},
	{"aya", "oy"}, {"aya", "iy"}, {"aya", "yy"},
	{"iene", "as"}, {"yte", "as"}, {"aite", "as"},
}

// surname is the family name of a person of the gazetteer, as surnameMentions compares words with
// it; entity is -1 for an entity that has none.
type surname struct {
	entity int32
	tok    string
	key    string
	text   string // canonical surface of the surname
}

// surnameOf returns the surname of entity e: the last word of its canonical name that is not a
// generational suffix.
func (m *Matcher) surnameOf(e int32) surname {
	ci := m.canonical[e]
	if m.g.Entity(int(e)).Kind != gazetteer.Person || ci < 0 {
		return surname{entity: -1}
	}
	c := &m.aliases[ci]
	last := c.name.len() - 1
	for last > 0 && isGenerational(c.name.toks[last]) {
		last--
	}
	ws := wordSpans(c.text)
	if last >= len(ws) {
		return surname{entity: -1}
	}
	return surname{entity: e, tok: c.name.toks[last], key: c.name.keys[last], text: c.text[ws[last].start:ws[last].end]}
}
