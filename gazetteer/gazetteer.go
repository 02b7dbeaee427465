package gazetteer

import (
	"fmt"
	"iter"
)

// Gazetteer is an immutable, indexed set of entities. It is safe for concurrent use.
type Gazetteer struct {
	entities []Entity
	byID     map[string]int
	origins  []origin // where each entity was read, for error messages; same length as entities
}

// origin is where an entity came from: a file and line, or code.
type origin struct {
	file string
	line int
}

func (o origin) String() string {
	if o.line == 0 {
		return o.file
	}
	return fmt.Sprintf("%s:%d", o.file, o.line)
}

// New builds a gazetteer from entities made in code. It validates them as the file reader does;
// errors name the entity by its position ("entities[3]").
func New(entities ...Entity) (*Gazetteer, error) {
	b := newBuilder(len(entities))
	var errs errorList
	for i, e := range entities {
		o := origin{file: fmt.Sprintf("entities[%d]", i)}
		if err := normalizeEntity(&e); err != nil {
			errs.add(&ParseError{File: o.file, Err: err})
			continue
		}
		if err := b.add(e, o); err != nil {
			errs.add(&ParseError{File: o.file, Err: err})
		}
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	return b.build(), nil
}

// Len returns the number of entities.
func (g *Gazetteer) Len() int { return len(g.entities) }

// Entity returns the i-th entity, in load order; it panics if i is out of range, like a slice index.
func (g *Gazetteer) Entity(i int) *Entity { return &g.entities[i] }

// All yields the entities in load order. The entities must not be modified.
func (g *Gazetteer) All() iter.Seq2[int, *Entity] {
	return func(yield func(int, *Entity) bool) {
		for i := range g.entities {
			if !yield(i, &g.entities[i]) {
				return
			}
		}
	}
}

// Lookup returns the entity with the given id.
func (g *Gazetteer) Lookup(id string) (*Entity, bool) {
	i, ok := g.byID[id]
	if !ok {
		return nil, false
	}
	return &g.entities[i], true
}

// Counts returns how many entities there are of each kind.
func (g *Gazetteer) Counts() map[Kind]int {
	counts := make(map[Kind]int, 3)
	for i := range g.entities {
		counts[g.entities[i].Kind]++
	}
	return counts
}

// Merge combines gazetteers into one. An id present in more than one is an error that names both
// places it was defined.
func Merge(gs ...*Gazetteer) (*Gazetteer, error) {
	n := 0
	for _, g := range gs {
		n += g.Len()
	}
	b := newBuilder(n)
	var errs errorList
	for _, g := range gs {
		for i, e := range g.entities {
			if err := b.add(e, g.origins[i]); err != nil {
				errs.add(&ParseError{File: g.origins[i].file, Line: g.origins[i].line, Err: err})
			}
		}
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	return b.build(), nil
}

// builder accumulates entities and rejects duplicate ids.
type builder struct {
	g *Gazetteer
}

func newBuilder(capacity int) *builder {
	return &builder{g: &Gazetteer{
		entities: make([]Entity, 0, capacity),
		byID:     make(map[string]int, capacity),
		origins:  make([]origin, 0, capacity),
	}}
}

func (b *builder) add(e Entity, o origin) error {
	if first, dup := b.g.byID[e.ID]; dup {
		return fmt.Errorf("%w %q (first defined at %s)", ErrDuplicateID, e.ID, b.g.origins[first])
	}
	b.g.byID[e.ID] = len(b.g.entities)
	b.g.entities = append(b.g.entities, e)
	b.g.origins = append(b.g.origins, o)
	return nil
}

func (b *builder) build() *Gazetteer { return b.g }
