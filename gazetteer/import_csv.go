package gazetteer

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// CSVOptions configures [ReadCSV].
type CSVOptions struct {
	// Comma is the field delimiter, ',' or '\t'. Zero picks it from the header row: tab when the
	// header has a tab, comma otherwise.
	Comma rune
}

// csvColumns are the columns ReadCSV knows, besides "meta.KEY".
var csvColumns = []string{"id", "kind", "name", "aliases", "country", "prior", "description"}

// ReadCSV reads entities from a CSV or TSV table with a header row, as kept in a spreadsheet.
// name is used in error messages.
//
// The header names the columns, in any order and in any letter case: id, kind and name are
// required; aliases (separated by "|"; empty items, repeats and the name itself are dropped),
// country, prior and description are optional, and a column "meta.KEY" fills the entity's
// Meta[KEY] (empty cells are left out). Any other column is an error wrapping [ErrUnknownField],
// because a misspelt column ("alias") would otherwise lose its data without a word. Cells are as in the JSON Lines format: kind is person, place or org, country an
// upper-case ISO 3166-1 alpha-2 code, prior a number in [0, 1] or empty. Quoting follows RFC 4180
// (encoding/csv); a byte order mark before the header is ignored.
//
// Errors are [*ParseError] values naming the line a record starts on, reported and limited as by
// [Read]; no gazetteer is returned with them. A record over [MaxLineBytes] is an error; one far
// over it (such as an unterminated quote swallowing the rest of the file) ends the reading.
func ReadCSV(r io.Reader, name string, opts CSVOptions) (*Gazetteer, ImportStats, error) {
	im := newImporter(name)
	// The header line is read ahead to pick the delimiter, then handed to encoding/csv again.
	// ReadSlice, unlike Peek, does not wait for a full buffer on a slow pipe.
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.ReadSlice('\n')
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		im.fatal(1, err)
		return im.result()
	}
	head = bytes.Clone(head)
	comma := opts.Comma
	if comma == 0 {
		comma = ','
		if bytes.IndexByte(head, '\t') >= 0 {
			comma = '\t'
		}
	}
	if comma != ',' && comma != '\t' {
		return nil, ImportStats{}, fmt.Errorf("gazetteer: %w: CSV delimiter %q (want ',' or tab)", ErrInvalidOption, comma)
	}
	guard := &recordGuard{r: io.MultiReader(bytes.NewReader(head), br), limit: MaxLineBytes + 16<<10}
	cr := csv.NewReader(guard)
	cr.Comma = comma
	cr.ReuseRecord = true

	header, err := cr.Read()
	if err == io.EOF {
		im.fatal(1, fmt.Errorf("%w: no header row (want id, kind, name, ...)", ErrMissingField))
		return im.result()
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		im.fatal(pe.StartLine, csvError(err))
		return im.result()
	}
	if err != nil {
		im.fatal(guard.line(), csvError(err))
		return im.result()
	}
	headerLine, _ := cr.FieldPos(0) // blank lines before the header are skipped
	cols, err := csvHeader(header)
	if err != nil {
		im.fatal(headerLine, err)
		return im.result()
	}
	for !im.stop {
		guard.start = cr.InputOffset()
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if errors.Is(err, errRecordTooLong) {
			im.fatal(guard.line(), fmt.Errorf("%w: a record runs over %d bytes; reading stopped", ErrLineTooLong, MaxLineBytes))
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			im.stats.Records++
			im.fail(pe.StartLine, csvError(err))
			continue
		}
		if err != nil {
			im.fatal(guard.line(), err)
			break
		}
		im.stats.Records++
		line, _ := cr.FieldPos(0)
		if n := cr.InputOffset() - guard.start; n > MaxLineBytes+2 {
			im.fail(line, fmt.Errorf("%w: record of %d bytes (max %d)", ErrLineTooLong, n, MaxLineBytes))
			continue
		}
		e, err := cols.entity(rec)
		if err != nil {
			im.fail(line, err)
			continue
		}
		im.add(e, line)
	}
	return im.result()
}

// csvLayout maps the columns of a header to entity fields.
type csvLayout struct {
	index map[string]int // known column -> position
	meta  map[string]int // meta key -> position
}

func csvHeader(header []string) (*csvLayout, error) {
	l := &csvLayout{index: map[string]int{}, meta: map[string]int{}}
	for i, h := range header {
		if !utf8.ValidString(h) {
			return nil, fmt.Errorf("%w in header", ErrInvalidUTF8)
		}
		if i == 0 {
			h = strings.TrimPrefix(h, "\ufeff")
		}
		h = strings.ToLower(strings.TrimSpace(h))
		var seen bool
		if key, ok := strings.CutPrefix(h, "meta."); ok {
			if key == "" {
				return nil, fmt.Errorf("%w: column %q has no meta key", ErrMalformed, h)
			}
			_, seen = l.meta[key]
			l.meta[key] = i
		} else {
			if !slices.Contains(csvColumns, h) {
				return nil, fmt.Errorf("%w %q in header (want %s or meta.KEY)", ErrUnknownField, h, strings.Join(csvColumns, ", "))
			}
			_, seen = l.index[h]
			l.index[h] = i
		}
		if seen {
			return nil, fmt.Errorf("%w: column %q appears twice in the header", ErrMalformed, h)
		}
	}
	for _, req := range csvColumns[:3] {
		if _, ok := l.index[req]; !ok {
			return nil, fmt.Errorf("%w: no %s column in the header", ErrMissingField, req)
		}
	}
	return l, nil
}

func (l *csvLayout) cell(rec []string, col string) string {
	if i, ok := l.index[col]; ok {
		return strings.TrimSpace(rec[i])
	}
	return ""
}

func (l *csvLayout) entity(rec []string) (Entity, error) {
	kind, err := ParseKind(l.cell(rec, "kind"))
	if err != nil {
		if l.cell(rec, "kind") == "" {
			return Entity{}, fmt.Errorf("%w: kind is empty", ErrMissingField)
		}
		return Entity{}, err
	}
	e := Entity{
		ID:          l.cell(rec, "id"),
		Kind:        kind,
		Name:        l.cell(rec, "name"),
		Country:     l.cell(rec, "country"),
		Description: l.cell(rec, "description"),
	}
	if a := l.cell(rec, "aliases"); a != "" {
		e.Aliases = cleanAliases(e.Name, strings.Split(a, "|"), nil)
	}
	if p := l.cell(rec, "prior"); p != "" {
		e.Prior, err = strconv.ParseFloat(p, 64)
		if err != nil {
			return Entity{}, fmt.Errorf("%w: prior %q is not a number", ErrMalformed, p)
		}
	}
	for key, i := range l.meta {
		if v := strings.TrimSpace(rec[i]); v != "" {
			if e.Meta == nil {
				e.Meta = map[string]string{}
			}
			e.Meta[key] = v
		}
	}
	return e, nil
}

// csvError turns encoding/csv's errors into the package's sentinels.
func csvError(err error) error {
	if errors.Is(err, errRecordTooLong) {
		return fmt.Errorf("%w: a record runs over %d bytes", ErrLineTooLong, MaxLineBytes)
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, csv.ErrFieldCount) {
			return fmt.Errorf("%w: wrong number of fields (want as many as the header has)", ErrMalformed)
		}
		if pe.Line != pe.StartLine {
			return fmt.Errorf("%w: line %d, column %d: %v", ErrMalformed, pe.Line, pe.Column, pe.Err)
		}
		return fmt.Errorf("%w: column %d: %v", ErrMalformed, pe.Column, pe.Err)
	}
	return err
}

// errRecordTooLong stops encoding/csv, which would otherwise gather a record of any size.
var errRecordTooLong = errors.New("record too long")

// recordGuard passes input to encoding/csv and fails once the current record, which starts at
// offset start, has taken more than limit bytes.
type recordGuard struct {
	r        io.Reader
	n        int64 // bytes passed on
	start    int64 // input offset where the current record starts
	limit    int64
	newlines int // newlines passed on
	failed   bool
}

func (g *recordGuard) Read(p []byte) (int, error) {
	if g.failed || g.n-g.start > g.limit {
		g.failed = true
		return 0, errRecordTooLong
	}
	n, err := g.r.Read(p)
	g.n += int64(n)
	g.newlines += bytes.Count(p[:n], []byte("\n"))
	return n, err
}

// line is the number of the line being read when the guard failed. encoding/csv refills its
// buffer only when what it holds has no newline, so every newline passed on ended a line it read.
func (g *recordGuard) line() int { return g.newlines + 1 }
