package normalize

import "unicode/utf8"

// SegmentSize is the look-ahead of Fix and of the Transformer, in bytes. A document longer than
// this is decided one segment at a time, each cut at a paragraph break where the text has one
// (failing that at a line break, a sentence end, a space, and at worst between two characters).
// What a segment resolves is context for every later segment of the same document, but a segment
// is never revised once written, so a name can only be evidence for mentions up to SegmentSize
// bytes before it. The cut points depend on the text alone, never on how it arrives, so a stream
// gives the same output as Fix on the whole text.
const SegmentSize = 64 << 10

// segmentLen returns the length of the first segment of text, or 0 when more text is needed to
// decide it. atEOF reports that text is all there is.
func segmentLen[T ~string | ~[]byte](text T, atEOF bool) int {
	if len(text) <= SegmentSize {
		if atEOF {
			return len(text)
		}
		return 0
	}
	window := text[:SegmentSize]
	// Only the second half of the window is searched for a break, so that segments stay long
	// enough to carry their own context.
	floor := SegmentSize / 2
	if i := lastParagraphBreak(window, floor); i > 0 {
		return i
	}
	if i := lastByte(window, floor, '\n'); i > 0 {
		return i + 1
	}
	if i := lastSentenceEnd(window, floor); i > 0 {
		return i
	}
	for i := len(window) - 1; i >= floor; i-- {
		if window[i] == ' ' || window[i] == '\t' {
			return i + 1
		}
	}
	// One unbroken run of 32 KiB: cut before a character that starts a rune.
	for i := len(window); i > len(window)-utf8.UTFMax; i-- {
		if utf8.RuneStart(text[i]) {
			return i
		}
	}
	return len(window)
}

// lastParagraphBreak returns the end of the last blank line in text[floor:], or 0.
func lastParagraphBreak[T ~string | ~[]byte](text T, floor int) int {
	for i := len(text) - 1; i > floor; i-- {
		if text[i] != '\n' {
			continue
		}
		j := i - 1
		for j >= floor && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j--
		}
		if j >= floor && text[j] == '\n' {
			return i + 1
		}
	}
	return 0
}

func lastByte[T ~string | ~[]byte](text T, floor int, c byte) int {
	for i := len(text) - 1; i >= floor; i-- {
		if text[i] == c {
			return i
		}
	}
	return -1
}

// lastSentenceEnd returns the position after the space that follows the last '.', '!' or '?' in
// text[floor:], or 0.
func lastSentenceEnd[T ~string | ~[]byte](text T, floor int) int {
	for i := len(text) - 1; i > floor; i-- {
		if text[i] == ' ' && (text[i-1] == '.' || text[i-1] == '!' || text[i-1] == '?') {
			return i + 1
		}
	}
	return 0
}
