// Package normalize matches noisy names of people, places and organisations against a gazetteer
// and repairs them in running text: "Voldimi Zelensky" is Volodymyr Zelenskyy, "Receptacle Tayyip
// Erdogan" is Recep Tayyip Erdoğan, "visit Turkier" is a visit to Türkiye.
//
// # Matching
//
// New builds a Matcher over a gazetteer.Gazetteer. Match returns the best entity for a name, or
// reports that there is none or that two entities fit about equally; Candidates returns the
// ranked list. Every Match carries a score in [0, 1], a Confidence and a Reason naming the alias
// and the signal behind each matched token: exact, edit distance, phonetic key, transliteration,
// initial, merged or split tokens. Compare scores two names against each other without a
// gazetteer, for deduplication and record linkage.
//
// Names are compared on folded tokens (see Fold): Unicode decomposed and stripped of marks, case
// folded, letters that do not decompose mapped (ł, ø, ß, ı), other scripts transliterated to Latin
// (Cyrillic, Greek, Armenian, Georgian, Hebrew, Arabic, Hangul). Han and kana are not
// romanised: names in those scripts match through the aliases of the gazetteer only.
//
// # Rewriting text
//
// Fix finds the names in a text, repairs the garbled ones and returns the corrected text with a
// log of every recognised mention (byte offsets, entity, score, reason, and whether it changed).
// Text outside a changed name is copied byte for byte. Precision comes first: ordinary English
// words, names absent from the gazetteer and legitimate aliases ("Kiev", unless WithCanonical) are
// left as written, and a lone damaged word is repaired only with support from the document: the
// full name earlier, a role ("Polish Prime Minister") that agrees with the entity's description,
// or its country.
//
// A text is one document. Documents longer than SegmentSize are decided a segment at a time, so
// work and memory stay linear; NewTransformer gives the same rewriting as a
// golang.org/x/text/transform.Transformer for streams of any length, with Reset marking the start
// of the next document.
//
// # Concurrency
//
// A Matcher is immutable and safe for concurrent use; Fix keeps its per-document state in the
// call. A Transformer is per stream.
package normalize
