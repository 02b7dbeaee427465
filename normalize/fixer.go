package normalize

// Fixer fixes a series of documents, one at a time, as Matcher.Fix fixes each: every document
// starts without context. What it has looked up, which depends only on the text and the Matcher,
// it keeps from one document to the next (bounded), so an archive of articles that name the same
// people and places again and again is fixed several times faster than by Fix on each.
//
// A Fixer is not safe for concurrent use: make one per goroutine with Matcher.NewFixer.
type Fixer struct {
	m   *Matcher
	ctx *docContext
}

// NewFixer returns a Fixer that fixes documents with m.
func (m *Matcher) NewFixer() *Fixer {
	return &Fixer{m: m, ctx: newDocContext()}
}

// Fix returns what Matcher.Fix returns for text.
func (f *Fixer) Fix(text string) Result {
	f.ctx.nextDocument()
	return f.m.fixDocument(text, f.ctx)
}
