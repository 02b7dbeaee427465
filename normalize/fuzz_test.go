package normalize_test

import (
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

// The fuzz targets share two Matchers over testdata/news.jsonl, built once per process: the
// default one and one that rewrites aliases to canonical names without diacritics, which exercises
// the other replacement paths. Seeds are in testdata/fuzz/<FuzzName>.
var (
	fuzzMatchersOnce sync.Once
	fuzzMatchers     []*normalize.Matcher
)

func fuzzMatcherSet(f *testing.F) []*normalize.Matcher {
	f.Helper()
	fuzzMatchersOnce.Do(func() {
		g, err := gazetteer.ReadFile("testdata/news.jsonl")
		if err != nil {
			f.Fatal(err)
		}
		for _, opts := range [][]normalize.Option{
			nil,
			{normalize.WithCanonical(true), normalize.WithASCII(true)},
		} {
			m, err := normalize.New(g, opts...)
			if err != nil {
				f.Fatal(err)
			}
			fuzzMatchers = append(fuzzMatchers, m)
		}
	})
	if len(fuzzMatchers) == 0 {
		f.Fatal("no matchers")
	}
	return fuzzMatchers
}

// FuzzMatch looks up arbitrary strings. Properties: no panic; every score in [0, 1]; Candidates
// returns at most k distinct entities sorted by score, best first; Match agrees with the best
// candidate, and its ok answer agrees with its Confidence and the threshold.
func FuzzMatch(f *testing.F) {
	m := fuzzMatcherSet(f)[0]
	f.Add("Voldimi Zelensky")
	f.Fuzz(func(t *testing.T, query string) {
		const k = 5
		cands := m.Candidates(query, k)
		if len(cands) > k {
			t.Fatalf("Candidates(%q, %d) returned %d", query, k, len(cands))
		}
		seen := make(map[string]bool)
		for i, c := range cands {
			if c.Entity == nil {
				t.Fatalf("candidate %d has no entity", i)
			}
			if !(c.Score >= 0 && c.Score <= 1) {
				t.Errorf("candidate %d (%s): score %v out of [0, 1]", i, c.Entity.ID, c.Score)
			}
			if seen[c.Entity.ID] {
				t.Errorf("entity %s listed twice", c.Entity.ID)
			}
			seen[c.Entity.ID] = true
			if i > 0 && c.Score > cands[i-1].Score {
				t.Errorf("candidates not sorted: %d (%v) after %d (%v)", i, c.Score, i-1, cands[i-1].Score)
			}
		}
		if got := m.Candidates(query, 0); got != nil {
			t.Errorf("Candidates(k=0) = %d results", len(got))
		}

		mt, ok := m.Match(query)
		if !(mt.Score >= 0 && mt.Score <= 1) {
			t.Errorf("Match score %v out of [0, 1]", mt.Score)
		}
		if len(cands) == 0 {
			if ok || mt.Entity != nil {
				t.Fatalf("Match found %v with no candidates", mt.Entity)
			}
			return
		}
		if mt.Entity != cands[0].Entity || mt.Score != cands[0].Score {
			t.Errorf("Match = %s %v, best candidate %s %v", id(mt.Entity), mt.Score, cands[0].Entity.ID, cands[0].Score)
		}
		switch {
		case ok && (mt.Score < m.Threshold() || mt.Confidence < normalize.Low):
			t.Errorf("ok with score %v, confidence %v", mt.Score, mt.Confidence)
		case !ok && mt.Confidence != normalize.NoMatch && mt.Confidence != normalize.Ambiguous:
			t.Errorf("not ok with confidence %v", mt.Confidence)
		case !ok && mt.Confidence == normalize.NoMatch && mt.Score >= m.Threshold():
			t.Errorf("NoMatch with score %v at or above the threshold", mt.Score)
		}
	})
}

func id(e *gazetteer.Entity) string {
	if e == nil {
		return "<nil>"
	}
	return e.ID
}

// FuzzCompare compares arbitrary pairs of names. Properties: no panic; score in [0, 1]; a match
// reaches the threshold; Compare is symmetric in score and verdict.
func FuzzCompare(f *testing.F) {
	f.Add("Olaf Scholze", "Olaf Scholz")
	f.Fuzz(func(t *testing.T, a, b string) {
		ab := normalize.Compare(a, b)
		if !(ab.Score >= 0 && ab.Score <= 1) {
			t.Fatalf("Compare(%q, %q) score %v out of [0, 1]", a, b, ab.Score)
		}
		// A match needs the threshold; a score above it may still not match (one damaged word
		// alone, as in "Gambia" and "Zambia").
		if ab.Match && ab.Score < normalize.DefaultThreshold {
			t.Errorf("Compare(%q, %q): match with score %v", a, b, ab.Score)
		}
		ba := normalize.Compare(b, a)
		if ab.Score != ba.Score || ab.Match != ba.Match {
			t.Errorf("not symmetric: Compare(%q, %q) = %v (%s); Compare(%q, %q) = %v (%s)",
				a, b, ab.Score, ab.Reason, b, a, ba.Score, ba.Reason)
		}
	})
}

// maxFuzzText bounds the inputs of the fuzz targets that run Fix: the engine grows inputs, and an
// execution that takes seconds stalls the run past its deadline.
const maxFuzzText = 16 << 10

// FuzzFix rewrites arbitrary text with both fuzz Matchers. Properties:
//   - no panic; the output is valid UTF-8 when the input is;
//   - mentions are in range, in order and do not overlap; input[Start:End] == Text, which is valid
//     UTF-8; an unchanged mention's Replacement equals its Text, a changed one's differs;
//   - the output is exactly the input with the changed mentions replaced: no byte outside them
//     changes, and line breaks and other control characters inside a changed mention are kept;
//   - Fix is idempotent: fixing the output changes nothing.
func FuzzFix(f *testing.F) {
	ms := fuzzMatcherSet(f)
	f.Add("Polish Prime Minister Donald Tass met Voldimi Zelensky in kyiv. Task told reporters.")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > maxFuzzText {
			return // long inputs cost seconds an execution; the size benchmarks cover length
		}
		for i, m := range ms {
			res := m.Fix(text)
			checkFix(t, i, text, res)
			if t.Failed() {
				return
			}
			again := m.Fix(res.Text)
			for _, mt := range again.Mentions {
				if mt.Changed {
					t.Fatalf("matcher %d: not idempotent: Fix(%q) = %q, and fixing that rewrites %q [%d:%d] to %q (%s)",
						i, text, res.Text, mt.Text, mt.Start, mt.End, mt.Replacement, mt.Reason)
				}
			}
		}
	})
}

// checkFix checks one result of Fix on text; matcher identifies the Matcher in messages.
func checkFix(t *testing.T, matcher int, text string, res normalize.Result) {
	t.Helper()
	if utf8.ValidString(text) && !utf8.ValidString(res.Text) {
		t.Errorf("matcher %d: output %q of valid input %q is not valid UTF-8", matcher, res.Text, text)
	}
	var rebuilt strings.Builder
	pos := 0
	for i, mt := range res.Mentions {
		if mt.Start < pos || mt.Start >= mt.End || mt.End > len(text) {
			t.Fatalf("matcher %d: mention %d [%d:%d] out of range or order (previous end %d, input length %d) in %q",
				matcher, i, mt.Start, mt.End, pos, len(text), text)
		}
		if text[mt.Start:mt.End] != mt.Text {
			t.Errorf("matcher %d: mention %d Text %q, input has %q at [%d:%d]", matcher, i, mt.Text, text[mt.Start:mt.End], mt.Start, mt.End)
		}
		if !utf8.ValidString(mt.Text) {
			t.Errorf("matcher %d: mention %d spans invalid UTF-8: %q", matcher, i, mt.Text)
		}
		if mt.Entity == nil {
			t.Errorf("matcher %d: mention %d %q has no entity", matcher, i, mt.Text)
		}
		if !(mt.Score >= 0 && mt.Score <= 1) {
			t.Errorf("matcher %d: mention %d %q score %v out of [0, 1]", matcher, i, mt.Text, mt.Score)
		}
		switch {
		case !mt.Changed && mt.Replacement != mt.Text:
			t.Errorf("matcher %d: unchanged mention %q has replacement %q", matcher, mt.Text, mt.Replacement)
		case mt.Changed && mt.Replacement == mt.Text:
			t.Errorf("matcher %d: mention %q marked changed to itself", matcher, mt.Text)
		case mt.Changed && controls(mt.Text) != controls(mt.Replacement):
			t.Errorf("matcher %d: replacing %q with %q drops or adds control characters", matcher, mt.Text, mt.Replacement)
		}
		if mt.Changed && !utf8.ValidString(mt.Replacement) {
			t.Errorf("matcher %d: replacement %q is not valid UTF-8", matcher, mt.Replacement)
		}
		rebuilt.WriteString(text[pos:mt.Start])
		rebuilt.WriteString(mt.Replacement)
		pos = mt.End
	}
	rebuilt.WriteString(text[pos:])
	if rebuilt.String() != res.Text {
		t.Errorf("matcher %d: output is not the input with the mentions replaced:\ninput   %q\noutput  %q\nrebuilt %q",
			matcher, text, res.Text, rebuilt.String())
	}
}

// controls returns the control characters of s, in order.
func controls(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsControl(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
