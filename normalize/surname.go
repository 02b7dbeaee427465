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
	names := d.buffers.surnames[:0]
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
	d.buffers.surnames = names
	if len(names) == 0 {
		return nil
	}
	if d.buffers.byEntity == nil {
		d.buffers.byEntity = make(map[int32]int, len(names))
	}
	byEntity := d.buffers.byEntity
	clear(byEntity) // the names of the pass before
	for k, n := range names {
		byEntity[n.entity] = k
	}
	memo := &d.surnameMemo
	memo.compareWith(names, byEntity)
	var out []Mention
	for _, ti := range d.titled {
		i, t := int(ti), &d.toks[ti]
		if covered[i] || len(t.folded) < 3 || d.is(i, lexParticle|lexTitle) {
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
		c := memo.closest(d.m, t.folded)
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
			Start: int(t.start), End: int(t.end), Text: text, Replacement: rep, Entity: ent,
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

// surnameMemo holds, for each word surnameMentions has looked at, the surnames it is closest to
// of the people in names. A word recurs in a document ("Monday", "Ministry") and each pass over
// each segment asks about it again; as the document names more people, it is compared with the
// new ones only.
type surnameMemo struct {
	names []surname
	has   map[int32]bool // the entities of names
	words map[string]surnameComparison
}

// surnameComparison is a word compared with the first upTo surnames of a surnameMemo: the best
// similarity, the person who has it and how many others have it too. A word that is itself a
// family name in the gazetteer is compared with none ("Zelenska" is Olena Zelenska's name, not a
// garbled Zelenskyy).
type surnameComparison struct {
	key    string
	family bool
	upTo   int
	best   closestSurname
	ties   int
}

// compareWith makes names, whose entities byEntity holds, the surnames the memo compares with.
// The memo is kept when it compared with some of them only, and starts afresh otherwise.
func (memo *surnameMemo) compareWith(names []surname, byEntity map[int32]int) {
	for _, n := range memo.names {
		if _, ok := byEntity[n.entity]; !ok {
			memo.names, memo.has, memo.words = nil, nil, nil
			break
		}
	}
	if memo.has == nil {
		memo.has, memo.words = make(map[int32]bool), make(map[string]surnameComparison)
	}
	for _, n := range names {
		if !memo.has[n.entity] {
			memo.has[n.entity] = true
			memo.names = append(memo.names, n)
		}
	}
}

// closest returns the person of the memo's names whose surname word is closest to.
func (memo *surnameMemo) closest(m *Matcher, word string) closestSurname {
	c, ok := memo.words[word]
	if !ok {
		c = surnameComparison{best: closestSurname{entity: -1}, family: m.isFamilyName(word)}
		if !c.family {
			c.key = phoneticKey(word)
		}
		if len(memo.words) >= maxCachedLookups {
			clear(memo.words)
		}
	}
	if !c.family && c.upTo < len(memo.names) {
		// Which of the equally close comes first does not matter: a tie links to none.
		for _, n := range memo.names[c.upTo:] {
			if !mayReach(word, c.key, n.tok, n.key) {
				continue
			}
			sim, _, _ := tokenSimilarity(word, c.key, n.tok, n.key)
			switch {
			case sim > c.best.sim:
				c.best, c.ties = closestSurname{n.entity, sim}, 0
			case sim == c.best.sim && sim > 0:
				c.ties++
			}
		}
		c.upTo = len(memo.names)
		ok = false
	}
	if !ok {
		memo.words[word] = c
	}
	if c.family || c.ties > 0 || c.best.sim < surnameMin {
		return closestSurname{entity: -1}
	}
	return c.best
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
