package gazetteer

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
)

// Write writes the entities of g to w in the gazetteer's JSON Lines format, one entity a line,
// sorted by id so that the output of the same data is byte for byte the same. Fields come in the
// documented order (id, kind, name, aliases, country, prior, description, meta) and the optional
// ones are left out when empty; meta keys are sorted. HTML characters are not escaped.
//
// A Gazetteer is validated when it is built, so the output reads back with [Read] unless an
// entity is too large for a line ([MaxLineBytes]); that is reported as [ErrLineTooLong], after the
// entities before it in id order have been written. To write entities made in code, build the
// gazetteer with [New] first.
func Write(w io.Writer, g *Gazetteer) error {
	order := make([]int, g.Len())
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(g.entities[a].ID, g.entities[b].ID) })
	bw := bufio.NewWriterSize(w, 64<<10)
	var buf bytes.Buffer
	for _, i := range order {
		e := &g.entities[i]
		buf.Reset()
		if err := encodeEntity(&buf, e); err != nil {
			return err
		}
		if buf.Len() > MaxLineBytes {
			bw.Flush()
			return fmt.Errorf("gazetteer: entity %q: %w: %d bytes as JSON (max %d)", e.ID, ErrLineTooLong, buf.Len(), MaxLineBytes)
		}
		if _, err := bw.Write(buf.Bytes()); err != nil {
			return err
		}
		if err := bw.WriteByte('\n'); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// encodeEntity appends the JSON form of e, without a newline, to buf.
func encodeEntity(buf *bytes.Buffer, e *Entity) error {
	enc := json.NewEncoder(buf)
	// Names such as "AT&T" stay readable in the file.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(e); err != nil {
		return fmt.Errorf("gazetteer: entity %q: %w", e.ID, err)
	}
	buf.Truncate(buf.Len() - 1) // Encode's newline
	return nil
}
