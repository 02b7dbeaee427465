package normalize

import "slices"

// maxPasses bounds the passes of fixSegment over its own output.
const maxPasses = 3

// fixSegment resolves the mentions of one segment that starts at byte base of its document.
//
// A repair can make the evidence for another: once "Bsh" reads "Bush", "Grge" next to it is
// plainly George. So the segment is fixed again on its own output until nothing more changes (at
// most maxPasses times), and the later repairs are mapped back onto the input: that is what makes
// Fix(Fix(x).Text) change nothing. The later passes look up mostly the same spans, which the
// document's cache already holds.
func (m *Matcher) fixSegment(segment string, base int, ctx *docContext) []Mention {
	before := ctx.state().clone()
	buf := &ctx.buffers
	buf.firstToks = appendTokens(buf.firstToks[:0], segment, true, &buf.words)
	first := newDocument(m, segment, base, ctx, buf.firstToks)
	mentions := first.resolve()
	var paragraphs paragraphTokens
	for pass := 1; pass < maxPasses && anyChanged(mentions); pass++ {
		if paragraphs == nil {
			// Repairs touch few paragraphs; the later passes tokenize only those.
			if buf.paragraphs == nil {
				buf.paragraphs = make(paragraphTokens)
			}
			paragraphs = buf.paragraphs
			clear(paragraphs) // an earlier segment's, whose tokens are overwritten
			paragraphs.remember(segment, first.toks, buf.runs, buf.runSpans)
		}
		fixed := apply(segment, mentions)
		// The state after the pass before is kept as it is, not copied: setState replaces it.
		after := ctx.state()
		ctx.setState(before.clone())
		buf.laterToks, buf.reused = paragraphs.tokenize(fixed, buf.laterToks, &buf.words, buf.reused[:0])
		later := newDocument(m, fixed, base, ctx, buf.laterToks)
		later.changedOnly = true
		later.reused = buf.reused
		again := later.resolve()
		if !anyChanged(again) {
			ctx.setState(after)
			break
		}
		mentions = compose(segment, mentions, fixed, again)
	}
	if base != 0 {
		for i := range mentions {
			mentions[i].Start += base
			mentions[i].End += base
		}
	}
	return mentions
}

func anyChanged(mentions []Mention) bool {
	return slices.ContainsFunc(mentions, func(mt Mention) bool { return mt.Changed })
}

// compose maps the changed mentions of a later pass (over fixed, which is text with first
// applied) back onto text. A later repair that overlaps an earlier one takes over its whole
// region; earlier mentions it does not touch stay as they were.
func compose(text string, first []Mention, fixed string, later []Mention) []Mention {
	// edits are the changed mentions of the first pass, with their regions in fixed.
	type edit struct{ start, end, fixedStart, fixedEnd int }
	var edits []edit
	delta := 0
	for _, mt := range first {
		if mt.Changed {
			fs := mt.Start + delta
			delta += len(mt.Replacement) - len(mt.Text)
			edits = append(edits, edit{mt.Start, mt.End, fs, mt.End + delta})
		}
	}
	// toText maps an offset of fixed outside every edit's interior back to text.
	toText := func(p int) int {
		d := 0
		for _, e := range edits {
			if e.fixedEnd > p {
				break
			}
			d = e.fixedEnd - e.end
		}
		return p - d
	}
	var out []Mention
	for _, mt := range later {
		if !mt.Changed {
			continue
		}
		fs, fe := mt.Start, mt.End
		for _, e := range edits {
			if e.fixedStart < fe && fs < e.fixedEnd {
				fs, fe = min(fs, e.fixedStart), max(fe, e.fixedEnd)
			}
		}
		start, end := toText(fs), toText(fe)
		if n := len(out); n > 0 && out[n-1].End > start {
			continue // two later repairs over one earlier region: keep the first
		}
		mt.Replacement = fixed[fs:mt.Start] + mt.Replacement + fixed[mt.End:fe]
		mt.Start, mt.End, mt.Text = start, end, text[start:end]
		mt.Changed = mt.Replacement != mt.Text
		out = append(out, mt)
	}
	for _, mt := range first {
		overlapped := slices.ContainsFunc(out, func(o Mention) bool { return o.Start < mt.End && mt.Start < o.End })
		if !overlapped {
			out = append(out, mt)
		}
	}
	slices.SortFunc(out, func(a, b Mention) int { return a.Start - b.Start })
	return out
}
