package normalize

import "golang.org/x/text/transform"

// Transformer rewrites a stream as Fix rewrites a document, holding at most about two segments of
// it in memory whatever its length: it reads SegmentSize bytes ahead, decides the first segment,
// writes it and moves on. Its output equals Fix on the same bytes, however they are split into
// chunks.
//
// Everything it reads until Reset is one document: names resolved early are evidence for later
// mentions. Call Reset between documents (transform.NewReader and transform.Chain call it once at
// the start). A Transformer holds per-document state and is not safe for concurrent use; make one
// per stream with Matcher.NewTransformer, which is cheap.
type Transformer struct {
	m         *Matcher
	onMention func(Mention)
	ctx       *docContext
	// in holds input not yet decided: never more than SegmentSize+1 bytes.
	in []byte
	// out holds decided output not yet written, from outPos on.
	out    []byte
	outPos int
	// base is the document offset of in[0].
	base int
}

var _ transform.Transformer = (*Transformer)(nil)

// NewTransformer returns a Transformer that rewrites text with m. If onMention is not nil it is
// called with every recognised mention, in order, as soon as its segment is decided; Start and End
// are byte offsets from the start of the document (the last Reset).
func (m *Matcher) NewTransformer(onMention func(Mention)) *Transformer {
	return &Transformer{m: m, onMention: onMention, ctx: newDocContext()}
}

// Reset starts a new document: context from the text before does not carry over and mention
// offsets count from zero again. Input not yet written is dropped. What the Transformer has
// looked up is kept, so a Transformer reused across the articles of an archive is much faster
// than Fix on each; its output is the same.
func (t *Transformer) Reset() {
	t.ctx.nextDocument()
	t.in = t.in[:0]
	t.out, t.outPos = t.out[:0], 0
	t.base = 0
}

// Transform implements transform.Transformer. It consumes src into its look-ahead buffer and
// writes decided segments to dst, returning transform.ErrShortDst when dst is full.
func (t *Transformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for {
		if t.outPos < len(t.out) {
			n := copy(dst[nDst:], t.out[t.outPos:])
			nDst += n
			t.outPos += n
			if t.outPos < len(t.out) {
				return nDst, nSrc, transform.ErrShortDst
			}
		}
		if room := SegmentSize + 1 - len(t.in); room > 0 && nSrc < len(src) {
			k := min(room, len(src)-nSrc)
			t.in = append(t.in, src[nSrc:nSrc+k]...)
			nSrc += k
		}
		n := segmentLen(t.in, atEOF && nSrc == len(src))
		if n == 0 {
			return nDst, nSrc, nil
		}
		t.decide(n)
	}
}

// decide resolves the first n bytes of the look-ahead buffer and queues their output.
func (t *Transformer) decide(n int) {
	segment := string(t.in[:n])
	mentions := t.m.fixSegment(segment, t.base, t.ctx)
	t.out = append(t.out[:0], applyAt(segment, t.base, mentions)...)
	t.outPos = 0
	if t.onMention != nil {
		for _, mt := range mentions {
			t.onMention(mt)
		}
	}
	t.base += n
	t.in = t.in[:copy(t.in, t.in[n:])]
}
