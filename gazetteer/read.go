package gazetteer

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Read parses a gazetteer in the JSON Lines format from r. name is used in error messages (usually
// the file name). Reading stops after [MaxErrorsPerFile] errors; the errors are [*ParseError] values
// joined with [errors.Join], and no gazetteer is returned with them.
func Read(r io.Reader, name string) (*Gazetteer, error) {
	b := newBuilder(0)
	var errs errorList
	lines := newLineReader(r)
	for {
		line, n, err := lines.next()
		if err == io.EOF {
			break
		}
		if err != nil && !errors.Is(err, ErrLineTooLong) {
			errs.add(&ParseError{File: name, Line: n, Err: err})
			break
		}
		if err == nil {
			err = parseLine(b, line, origin{file: name, line: n})
		}
		if err != nil {
			errs.add(&ParseError{File: name, Line: n, Err: err})
			if errs.full() {
				errs.add(&ParseError{File: name, Err: fmt.Errorf("%w: stopped after %d", ErrTooManyErrs, MaxErrorsPerFile)})
				break
			}
		}
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	return b.build(), nil
}

// ReadFile parses the gazetteer file at path; errors name the file by its base name.
func ReadFile(path string) (*Gazetteer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		// Reading would fail on the first line and report it as FILE:1, which reads as bad data.
		return nil, fmt.Errorf("gazetteer: %s: is a directory", path)
	}
	return Read(f, filepath.Base(path))
}

// Load reads the gazetteer files at paths and merges them. It reports the errors of every file, and
// ids defined in more than one file.
func Load(paths ...string) (*Gazetteer, error) {
	gs := make([]*Gazetteer, 0, len(paths))
	var errs []error
	for _, p := range paths {
		g, err := ReadFile(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		gs = append(gs, g)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return Merge(gs...)
}

// record is the file form of an entity. Pointers tell a missing field from an empty one.
type record struct {
	ID          *string           `json:"id"`
	Kind        *string           `json:"kind"`
	Name        *string           `json:"name"`
	Aliases     []string          `json:"aliases"`
	Country     string            `json:"country"`
	Prior       *float64          `json:"prior"`
	Description string            `json:"description"`
	Meta        map[string]string `json:"meta"`
}

func parseLine(b *builder, line []byte, o origin) error {
	if len(bytes.TrimSpace(line)) == 0 {
		return nil
	}
	if !utf8.Valid(line) {
		return ErrInvalidUTF8
	}
	var rec record
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rec); err != nil {
		return jsonError(err)
	}
	if dec.More() {
		return fmt.Errorf("%w: more than one value on the line", ErrSyntax)
	}
	e, err := rec.entity()
	if err != nil {
		return err
	}
	if err := normalizeEntity(&e); err != nil {
		return err
	}
	return b.add(e, o)
}

func (rec *record) entity() (Entity, error) {
	switch {
	case rec.ID == nil:
		return Entity{}, fmt.Errorf("%w: id", ErrMissingField)
	case rec.Kind == nil:
		return Entity{}, fmt.Errorf("%w: kind", ErrMissingField)
	case rec.Name == nil:
		return Entity{}, fmt.Errorf("%w: name", ErrMissingField)
	}
	kind, err := ParseKind(*rec.Kind)
	if err != nil {
		return Entity{}, err
	}
	e := Entity{
		ID:          *rec.ID,
		Kind:        kind,
		Name:        *rec.Name,
		Aliases:     rec.Aliases,
		Country:     rec.Country,
		Description: strings.TrimSpace(rec.Description),
		Meta:        rec.Meta,
	}
	if rec.Prior != nil {
		e.Prior = *rec.Prior
	}
	return e, nil
}

// jsonError turns encoding/json's messages into the package's sentinel errors.
func jsonError(err error) error {
	msg := err.Error()
	if field, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		return fmt.Errorf("%w %s", ErrUnknownField, field)
	}
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		return fmt.Errorf("%w: field %q: got JSON %s, want %s", ErrSyntax, typeErr.Field, typeErr.Value, typeErr.Type)
	}
	return fmt.Errorf("%w: %s", ErrSyntax, strings.TrimPrefix(msg, "json: "))
}

// lineReader yields lines without their line ending, refusing lines over a limit without
// holding them in memory.
type lineReader struct {
	r     *bufio.Reader
	limit int
	n     int
	buf   []byte
	done  bool
}

func newLineReader(r io.Reader) *lineReader { return newLineReaderLimit(r, MaxLineBytes) }

// newLineReaderLimit is newLineReader with another limit: Wikidata entity lines can be far longer
// than a gazetteer line.
func newLineReaderLimit(r io.Reader, limit int) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 64<<10), limit: limit}
}

// next returns the next line and its 1-based number. A line over the limit is skipped and
// reported with ErrLineTooLong; reading can go on after it.
func (lr *lineReader) next() ([]byte, int, error) {
	if lr.done {
		return nil, lr.n, io.EOF
	}
	lr.buf = lr.buf[:0]
	tooLong := false
	for {
		chunk, err := lr.r.ReadSlice('\n')
		if !tooLong {
			if len(lr.buf)+len(chunk) > lr.limit+2 { // +2 leaves room for "\r\n"
				tooLong = true
				lr.buf = lr.buf[:0]
			} else {
				lr.buf = append(lr.buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			lr.done = true
			if len(lr.buf) == 0 && !tooLong && len(chunk) == 0 {
				return nil, lr.n, io.EOF
			}
		} else if err != nil {
			lr.n++
			lr.done = true
			return nil, lr.n, err
		}
		lr.n++
		if tooLong {
			return nil, lr.n, fmt.Errorf("%w: over %d bytes", ErrLineTooLong, lr.limit)
		}
		line := bytes.TrimSuffix(lr.buf, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(line) > lr.limit {
			return nil, lr.n, fmt.Errorf("%w: over %d bytes", ErrLineTooLong, lr.limit)
		}
		return line, lr.n, nil
	}
}

// errorList collects up to MaxErrorsPerFile errors.
type errorList struct {
	errs []error
}

func (l *errorList) add(err error) { l.errs = append(l.errs, err) }

func (l *errorList) full() bool { return len(l.errs) >= MaxErrorsPerFile }

func (l *errorList) err() error { return errors.Join(l.errs...) }
