package gazetteer

import (
	"errors"
	"fmt"
)

// Sentinel errors for the kinds of malformed gazetteer data, for use with [errors.Is].
var (
	ErrSyntax       = errors.New("invalid JSON")
	ErrUnknownField = errors.New("unknown field")
	ErrMissingField = errors.New("missing field")
	ErrUnknownKind  = errors.New("unknown kind")
	ErrDuplicateID  = errors.New("duplicate id")
	ErrPrior        = errors.New("prior out of range")
	ErrCountry      = errors.New("invalid country")
	ErrInvalidUTF8  = errors.New("invalid UTF-8")
	ErrLineTooLong  = errors.New("line too long")
	ErrTooManyErrs  = errors.New("too many errors")
)

// MaxLineBytes is the longest line a gazetteer file may have.
const MaxLineBytes = 1 << 20

// MaxErrorsPerFile is how many errors are reported for one file before reading stops.
const MaxErrorsPerFile = 10

// ParseError is an error in one line of a gazetteer file.
type ParseError struct {
	File string // the file name as given to the reader
	Line int    // 1-based line number; 0 when the error concerns the whole file
	Err  error  // the underlying error, wrapping one of the sentinels
}

// Error formats the error as "gazetteer: FILE:LINE: message".
func (e *ParseError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("gazetteer: %s: %v", e.File, e.Err)
	}
	return fmt.Sprintf("gazetteer: %s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }
