// Command pipeline repairs the names in a stream of JSON Lines news records.
//
// Each input line is one record with a "title" and a "body" (both optional strings) and any
// other fields. The same record is written out, one a line, with title and body repaired and an
// "entities" array listing every name canonym recognised:
//
//	{"id":"a1","title":"Voldimi Zelensky in kyiv","body":"..."}
//	->
//	{"body":"...","entities":[{"id":"volodymyr-zelenskyy","name":"Volodymyr Zelenskyy",
//	 "kind":"person","field":"title","start":0,"end":19,"text":"Volodymyr Zelenskyy",
//	 "original":"Voldimi Zelensky","changed":true,"confidence":"high","score":0.918},...],
//	 "id":"a1","title":"Volodymyr Zelenskyy in Kyiv"}
//
// Offsets are byte offsets into the REPAIRED field, end exclusive, so a consumer can slice the
// output record's own title or body with them (text == field[start:end]) without keeping the
// input around; "original" holds what the input said where a name was changed.
//
// Fields other than title, body and entities are copied through unchanged (as raw JSON), so the
// example can sit in the middle of an ingest pipeline without knowing its schema. An "entities"
// field already in the input is replaced, which makes re-running the pipeline on its own output
// idempotent rather than an error. Keys come out in sorted order, as encoding/json writes maps.
//
// Title and body are repaired as ONE document (title, a blank line, body): a name spelled out
// in the headline is then evidence for a shorter or more damaged mention of it in the body.
//
// Usage:
//
//	go run ./examples/pipeline [-canonical] [-max-line BYTES] [FILE...] < news.jsonl > out.jsonl
//
// With no FILE it reads standard input. The first malformed record stops the run with an error
// naming FILE:LINE, and exit status 1; usage errors exit with status 2.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

// defaultMaxLine bounds one record. The scanner's buffer grows up to this size and no further, so
// a corrupt input without newlines cannot make the process allocate without limit.
const defaultMaxLine = 4 << 20

// separator joins title and body into one document for Fix. A blank line ends every run of
// capitalised words, so no name can span title and body; fixRecord still checks that.
const separator = "\n\n"

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "pipeline:", err)
		var ue usageError
		if errors.As(err, &ue) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// usageError marks a bad command line, so main can exit with status 2 as the canonym command does.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// run is main without the process: tests call it with their own arguments and streams.
func run(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("pipeline", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are returned, not printed, so tests stay quiet
	canonical := fs.Bool("canonical", false, "also rewrite legitimate aliases (Kiev, Zelensky) to the canonical name")
	maxLine := fs.Int("max-line", defaultMaxLine, "longest input line in bytes")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, "usage: pipeline [-canonical] [-max-line BYTES] [FILE...]")
			fs.SetOutput(stdout)
			fs.PrintDefaults()
			return nil
		}
		return usageError{err}
	}
	if *maxLine < 64 {
		return usageError{fmt.Errorf("-max-line %d: must be at least 64", *maxLine)}
	}

	m, err := loadMatcher(*canonical)
	if err != nil {
		return err
	}

	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // news text is full of "&" and "<"; keep it readable
	p := &processor{fixer: m.NewFixer(), enc: enc, maxLine: *maxLine}

	if fs.NArg() == 0 {
		err = p.stream(stdin, "stdin")
	} else {
		for _, path := range fs.Args() {
			if err = p.file(path); err != nil {
				break
			}
		}
	}
	// Flush what was written even after an error: the records before the bad line are good.
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}

// loadMatcher builds the one Matcher of a run: building it indexes ~10,000 entities (about
// 0.4 s) while each Fix call is cheap, so it is never built per record. The Matcher is immutable
// and safe for concurrent use, so a parallel version could share it between goroutines. It is a
// variable so the tests can build it once for all their runs.
var loadMatcher = func(canonical bool) (*normalize.Matcher, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	return normalize.New(g, normalize.WithCanonical(canonical))
}

type processor struct {
	// fixer keeps what it has looked up from record to record: the names of a news stream recur.
	fixer   *normalize.Fixer
	enc     *json.Encoder
	maxLine int
}

func (p *processor) file(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return p.stream(f, path)
}

// stream processes one input. name labels error messages ("news.jsonl:12: ...").
func (p *processor) stream(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	// The initial buffer must not exceed the limit: Scanner allows tokens up to the larger of the two.
	sc.Buffer(make([]byte, 0, min(64<<10, p.maxLine)), p.maxLine)
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(b) == 0 || isSpace(b) {
			continue // blank lines are allowed, as in gazetteer files
		}
		out, err := p.record(b)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if err := p.enc.Encode(out); err != nil {
			return fmt.Errorf("%s:%d: writing: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return fmt.Errorf("%s:%d: line longer than %d bytes (see -max-line)", name, line+1, p.maxLine)
		}
		return fmt.Errorf("%s:%d: reading: %w", name, line+1, err)
	}
	return nil
}

func isSpace(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// entity is one recognised name in the output record's "entities" list.
type entity struct {
	ID    string         `json:"id"`
	Name  string         `json:"name"`
	Kind  gazetteer.Kind `json:"kind"`
	Field string         `json:"field"` // "title" or "body"
	// Start and End are byte offsets into the repaired field, End exclusive.
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the repaired field's bytes at [Start, End).
	Text string `json:"text"`
	// Original is the input's text for the name when Fix changed it.
	Original   string               `json:"original,omitempty"`
	Changed    bool                 `json:"changed"`
	Confidence normalize.Confidence `json:"confidence"`
	Score      float64              `json:"score"`
}

// record repairs one JSON object. Unknown fields stay json.RawMessage, so numbers, nesting and
// formatting details the example does not understand are not reinterpreted.
func (p *processor) record(line []byte) (map[string]any, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(line, &raw); err != nil {
		return nil, fmt.Errorf("invalid JSON record: %w", err)
	}
	if raw == nil {
		return nil, errors.New("record is null, want a JSON object")
	}
	title, hasTitle, err := stringField(raw, "title")
	if err != nil {
		return nil, err
	}
	body, hasBody, err := stringField(raw, "body")
	if err != nil {
		return nil, err
	}

	newTitle, newBody, ents := fixRecord(p.fixer, title, body)

	out := make(map[string]any, len(raw)+1)
	for k, v := range raw {
		out[k] = v
	}
	if hasTitle {
		out["title"] = newTitle
	}
	if hasBody {
		out["body"] = newBody
	}
	if ents == nil {
		ents = []entity{} // always an array, never null: simpler for consumers
	}
	out["entities"] = ents
	return out, nil
}

// stringField returns a string field. ok is false when the field is absent or null: there is no
// text to repair and the raw value is written back as it was.
func stringField(raw map[string]json.RawMessage, key string) (s string, ok bool, err error) {
	v, ok := raw[key]
	if !ok || string(v) == "null" {
		return "", false, nil
	}
	if err := json.Unmarshal(v, &s); err != nil {
		return "", true, fmt.Errorf("field %q: want a string or null", key)
	}
	return s, true, nil
}

// fixRecord repairs title and body as one document and splits the result again. If a mention
// were ever to straddle the separator it falls back to repairing the two fields apart, which
// loses the shared context but never corrupts a field.
func fixRecord(f *normalize.Fixer, title, body string) (string, string, []entity) {
	if title == "" || body == "" {
		t, te := fixField(f, title, "title")
		b, be := fixField(f, body, "body")
		return t, b, append(te, be...)
	}
	doc := title + separator + body
	res := f.Fix(doc)
	bodyStart := len(title) + len(separator) // in the input document
	delta := 0                               // growth of the text before the current mention
	titleDelta := 0
	ents := make([]entity, 0, len(res.Mentions))
	for _, mt := range res.Mentions {
		if mt.Start < bodyStart && mt.End > len(title) {
			t, te := fixField(f, title, "title")
			b, be := fixField(f, body, "body")
			return t, b, append(te, be...)
		}
		e := newEntity(mt, delta)
		if mt.End <= len(title) {
			e.Field = "title"
		} else {
			e.Field = "body"
			e.Start -= bodyStart + titleDelta
			e.End -= bodyStart + titleDelta
		}
		delta += len(mt.Replacement) - len(mt.Text)
		if mt.End <= len(title) {
			titleDelta = delta
		}
		ents = append(ents, e)
	}
	newTitleLen := len(title) + titleDelta
	return res.Text[:newTitleLen], res.Text[newTitleLen+len(separator):], ents
}

func fixField(f *normalize.Fixer, text, field string) (string, []entity) {
	if text == "" {
		return "", nil
	}
	res := f.Fix(text)
	var ents []entity
	delta := 0
	for _, mt := range res.Mentions {
		e := newEntity(mt, delta)
		e.Field = field
		ents = append(ents, e)
		delta += len(mt.Replacement) - len(mt.Text)
	}
	return res.Text, ents
}

// newEntity converts a mention, moving its input offsets by delta, the bytes that earlier
// replacements added (or removed) before it. Fix copies text outside changed names byte for
// byte, so this shift is exact.
func newEntity(mt normalize.Mention, delta int) entity {
	e := entity{
		ID:         mt.Entity.ID,
		Name:       mt.Entity.Name,
		Kind:       mt.Entity.Kind,
		Start:      mt.Start + delta,
		End:        mt.Start + delta + len(mt.Replacement),
		Text:       mt.Replacement,
		Changed:    mt.Changed,
		Confidence: mt.Confidence,
		Score:      mt.Score,
	}
	if mt.Changed {
		e.Original = mt.Text
	}
	return e
}
