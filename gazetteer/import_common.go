package gazetteer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ErrMalformed reports an input record that an importer cannot read: a CSV row with the wrong
// number of fields or a stray quote, a GeoNames row without its 19 columns or with a non-numeric
// geonameid or population, a CSV prior that is not a number.
var ErrMalformed = errors.New("malformed record")

// ImportStats counts what an importer did with its input.
type ImportStats struct {
	// Records is the number of data records read: rows or entity lines, not headers, blank lines
	// or the framing of a Wikidata dump.
	Records int
	// Imported is the number of entities in the returned gazetteer.
	Imported int
	// Skipped counts records left out on purpose: filtered by feature class or population, or
	// with no kind or name the importer can map. Malformed records are errors, not skips.
	Skipped int
}

// importer collects the entities and errors of one input file the way Read does, so that every
// importer reports file:line errors, stops at MaxErrorsPerFile and returns nothing on error.
type importer struct {
	name  string
	b     *builder
	errs  errorList
	stats ImportStats
	buf   bytes.Buffer
	stop  bool // set once no more errors may be recorded
}

func newImporter(name string) *importer {
	return &importer{name: name, b: newBuilder(0)}
}

// fail records an error for line and reports whether reading must stop.
func (im *importer) fail(line int, err error) bool {
	im.errs.add(&ParseError{File: im.name, Line: line, Err: err})
	if im.errs.full() {
		im.errs.add(&ParseError{File: im.name, Err: fmt.Errorf("%w: stopped after %d", ErrTooManyErrs, MaxErrorsPerFile)})
		im.stop = true
	}
	return im.stop
}

// fatal records an error after which the input cannot be read further (an I/O error).
func (im *importer) fatal(line int, err error) {
	im.errs.add(&ParseError{File: im.name, Line: line, Err: err})
	im.stop = true
}

// add validates e exactly as Read would when it reads the entity back, and keeps it. It reports
// whether reading must stop.
func (im *importer) add(e Entity, line int) bool {
	if err := normalizeEntity(&e); err != nil {
		return im.fail(line, err)
	}
	e.Description = strings.TrimSpace(e.Description) // as Read does
	// normalizeEntity leaves description and meta alone; JSON encoding would silently replace
	// invalid UTF-8 in them.
	if !utf8.ValidString(e.Description) {
		return im.fail(line, fmt.Errorf("%w in description", ErrInvalidUTF8))
	}
	for k, v := range e.Meta {
		if !utf8.ValidString(k) || !utf8.ValidString(v) {
			return im.fail(line, fmt.Errorf("%w in meta", ErrInvalidUTF8))
		}
	}
	// An entity whose written line would be over the limit could not be read back.
	im.buf.Reset()
	if err := encodeEntity(&im.buf, &e); err != nil {
		return im.fail(line, err)
	}
	if im.buf.Len() > MaxLineBytes {
		return im.fail(line, fmt.Errorf("%w: the entity would be %d bytes as JSON (max %d)", ErrLineTooLong, im.buf.Len(), MaxLineBytes))
	}
	if err := im.b.add(e, origin{file: im.name, line: line}); err != nil {
		return im.fail(line, err)
	}
	im.stats.Imported++
	return false
}

// rowFunc turns one line into an entity. isRecord is false for lines that hold no record (blank
// lines, a dump's framing); keep is false for records that are skipped on purpose.
type rowFunc func(line []byte) (e Entity, isRecord, keep bool, err error)

// readLines runs row over every line of a line-oriented format, counting records, collecting
// errors with their line numbers and adding the entities kept, until the input or the error
// budget runs out.
func (im *importer) readLines(lines *lineReader, row rowFunc) (*Gazetteer, ImportStats, error) {
	for !im.stop {
		line, n, err := lines.next()
		if err == io.EOF {
			break
		}
		if err != nil && !errors.Is(err, ErrLineTooLong) {
			im.fatal(n, err)
			break
		}
		if err != nil {
			im.stats.Records++
			im.fail(n, err)
			continue
		}
		e, isRecord, keep, err := row(line)
		if !isRecord {
			continue
		}
		im.stats.Records++
		switch {
		case err != nil:
			im.fail(n, err)
		case !keep:
			im.stats.Skipped++
		default:
			im.add(e, n)
		}
	}
	return im.result()
}

func (im *importer) result() (*Gazetteer, ImportStats, error) {
	if err := im.errs.err(); err != nil {
		return nil, im.stats, err
	}
	return im.b.build(), im.stats, nil
}

// cleanAliases trims and NFC-normalises candidate aliases and drops empty ones, repeats and those
// equal to name, keeping the first spelling seen. The JSON reader rejects empty aliases, so an
// importer must not pass them on.
func cleanAliases(name string, cands []string, keep func(string) bool) []string {
	name = norm.NFC.String(strings.TrimSpace(name))
	var out []string
	seen := map[string]bool{name: true}
	for _, a := range cands {
		a = norm.NFC.String(strings.TrimSpace(a))
		if a == "" || seen[a] || (keep != nil && !keep(a)) {
			continue
		}
		seen[a] = true
		out = append(out, a)
	}
	return out
}
