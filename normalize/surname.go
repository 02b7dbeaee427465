package normalize

import (
	"fmt"

	"github.com/canonym/canonym/gazetteer"
)

// surnameMentions links the words left over after span matching that name a person already resolved
// in the document by surname alone: "Lavrov said" links to Sergey Lavrov, and "Task told reporters"
// after "Donald Tass" is repaired to "Tusk". An ordinary word at the start of a sentence is never
// taken for a surname.
func (d *document) surnameMentions(covered []bool) []Mention {
	type surname struct {
		entity int32
		tok    string
		key    string
		text   string // canonical surface of the surname
	}
	var names []surname
	for e := range d.seen {
		ent := d.m.g.Entity(int(e))
		ci := d.m.canonical[e]
		if ent.Kind != gazetteer.Person || ci < 0 {
			continue
		}
		c := &d.m.aliases[ci]
		last := c.name.len() - 1
		for last > 0 && isGenerational(c.name.toks[last]) {
			last--
		}
		ws := wordSpans(c.text)
		if last >= len(ws) {
			continue
		}
		names = append(names, surname{entity: e, tok: c.name.toks[last], key: c.name.keys[last], text: c.text[ws[last].start:ws[last].end]})
	}
	if len(names) == 0 {
		return nil
	}
	var out []Mention
	for i := range d.toks {
		t := &d.toks[i]
		if covered[i] || t.shape != shapeTitle || len(t.folded) < 3 || nameParticles[t.folded] || titles[t.folded] {
			continue
		}
		if t.joinNext && i+1 < len(d.toks) && d.nameLike(i+1) || i > 0 && d.toks[i-1].joinNext && d.nameLike(i-1) {
			continue // part of a longer capitalised run that matched nothing: another name
		}
		if _, ok := demonyms[t.folded]; ok {
			continue // "Saudi" is not a garbled "Saud"
		}
		word := d.isWord(i)
		if word && t.sentenceStart {
			continue
		}
		key := phoneticKey(t.folded)
		best, bestSim, ties := -1, 0.0, 0
		for k, n := range names {
			sim, _, _ := tokenSimilarity(t.folded, key, n.tok, n.key)
			switch {
			case sim > bestSim:
				best, bestSim, ties = k, sim, 0
			case sim == bestSim && sim > 0:
				ties++
			}
		}
		if best < 0 || ties > 0 || bestSim < surnameMin {
			continue
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
