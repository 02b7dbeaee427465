package normalize

import (
	"strings"

	"github.com/canonym/canonym/gazetteer"
)

// Limits of the repair of names the gazetteer does not know.
const (
	// minMergedName is the shortest word that may be a given name and a surname written together.
	minMergedName = 8
	// minLocalPart is the shortest given name or surname a merged word is split into.
	minLocalPart = 3
	// localSurnameMin is the similarity the surname part needs to the document's own spelling.
	localSurnameMin = 0.75
)

// localNameMentions repairs names that the gazetteer does not know from the document's own
// evidence: a given name and surname run together, the surname garbled ("Al Jazeera's
// Natachabatler"), where the document writes the surname on its own elsewhere ("Butler said").
// The word is split before the part that reads as that surname, and the surname takes the
// document's spelling. The Mention's Entity is then not from the gazetteer: its ID is empty.
//
// Only long capitalised words that are not English words, match no entity and stand alone are
// considered, and the split must be unique: two surnames that fit equally leave the word alone.
func (d *document) localNameMentions(covered []bool) []Mention {
	surnames := d.standaloneSurnames()
	if len(surnames) == 0 {
		return nil
	}
	var out []Mention
	for _, ti := range d.titled {
		i, t := int(ti), &d.toks[ti]
		if covered[i] || len(t.folded) < minMergedName || d.isWord(i) || d.inCapitalisedRun(i) {
			continue
		}
		if d.is(i, lexDemonym|lexCalendar) {
			continue // "American" is not "Amer" and a surname
		}
		surface := d.text[t.start:t.end]
		if !isASCII(surface) || len(surface) != len(t.folded) {
			continue // the split is made on the written bytes; keep to words that fold letter for letter
		}
		split, best, ties := 0, "", 0
		bestSim := 0.0
		for k := minLocalPart; k <= len(t.folded)-minLocalPart; k++ {
			part := t.folded[k:]
			for _, w := range surnames {
				if len(w.folded) > len(t.folded)-minLocalPart {
					continue // the word itself, or one too long to be its surname part
				}
				// Only pairs that can reach localSurnameMin decide the outcome (a weaker best
				// repairs nothing, and cannot tie a stronger one), so the distance is bounded.
				longer := max(len(part), len(w.folded))
				bound := int((1 - localSurnameMin) * float64(longer))
				d := levenshteinWithin(part, w.folded, bound)
				if d > bound {
					continue
				}
				sim := 1 - float64(d)/float64(longer)
				switch {
				case sim > bestSim:
					split, best, bestSim, ties = k, w.text, sim, 0
				case sim == bestSim && (k != split || w.text != best):
					ties++
				}
			}
		}
		if bestSim < localSurnameMin || ties > 0 {
			continue
		}
		rep := surface[:split] + " " + best
		ent := &gazetteer.Entity{Kind: gazetteer.Person, Name: rep, Description: "named in the document"}
		out = append(out, Mention{
			Start: int(t.start), End: int(t.end), Text: surface, Replacement: rep, Entity: ent,
			Score: round(bestSim), Confidence: confidenceForSim(bestSim), Changed: true,
			Reason: "given name and surname run together; the document writes the surname " + quote(best) + " elsewhere; not in the gazetteer",
		})
	}
	return out
}

type localSurname struct{ folded, text string }

// standaloneSurnames returns the capitalised words the document writes on their own inside a
// sentence as a person's surname is written once the person has been introduced: before a verb
// of saying ("Butler said") or after an honorific ("Ms Butler"). Without that evidence a word
// on its own is as likely a place or an organisation ("Hamas", "Urga").
func (d *document) standaloneSurnames() []localSurname {
	var out []localSurname
	seen := make(map[string]bool)
	for _, ti := range d.titled {
		i, t := int(ti), &d.toks[ti]
		if t.sentenceStart || len(t.folded) < minLocalPart+1 || d.inCapitalisedRun(i) {
			continue
		}
		if d.is(i, lexTitle|lexRole|lexStopword|lexParticle|lexDemonym|lexCalendar) || seen[t.folded] {
			continue
		}
		if d.wholeName[i] {
			continue // the complete name of an entity ("Iran", "Bern"), not a surname
		}
		if !d.writtenAsPerson(i) {
			continue
		}
		seen[t.folded] = true
		out = append(out, localSurname{folded: t.folded, text: d.text[t.start:t.end]})
	}
	return out
}

// inCapitalisedRun reports whether token i is joined to a capitalised neighbour: then it is part
// of a longer name, not a word standing alone.
func (d *document) inCapitalisedRun(i int) bool {
	return i > 0 && d.toks[i-1].joinNext && d.nameLike(i-1) && !d.is(i-1, lexTitle|lexRole) ||
		i+1 < len(d.toks) && d.toks[i].joinNext && d.nameLike(i+1)
}

func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"` }

// writtenAsPerson reports whether token i stands where news writes a person: right before a verb
// of saying, or right after an honorific.
func (d *document) writtenAsPerson(i int) bool {
	if i > 0 && locatives[d.toks[i-1].folded] {
		return false // "Officials in Beirut told reporters"
	}
	if i+1 < len(d.toks) && sayingVerbs[d.toks[i+1].folded] && d.toks[i].joinNext {
		return true
	}
	return i > 0 && d.toks[i-1].joinNext && honorifics[d.toks[i-1].folded]
}

// sayingVerbs are the verbs of reporting that follow a person's name in news ("Butler said").
var sayingVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "added": true, "adds": true,
	"wrote": true, "writes": true, "asked": true, "asks": true, "noted": true, "notes": true,
	"stated": true, "states": true, "explained": true, "argued": true, "warned": true,
	"insisted": true, "replied": true, "recalled": true, "reported": true, "reports": true,
	"announced": true, "confirmed": true, "acknowledged": true, "admitted": true, "claimed": true,
}

// honorifics are the titles written before a surname alone ("Ms Butler").
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "prof": true,
	"professor": true, "sir": true, "dame": true, "lord": true, "lady": true,
}

// locatives are the prepositions before a place.
var locatives = map[string]bool{
	"in": true, "at": true, "from": true, "to": true, "near": true, "into": true, "across": true,
	"outside": true, "inside": true, "around": true, "toward": true, "towards": true,
}
