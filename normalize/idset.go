package normalize

import "math/bits"

// idSet is a set of the ids one step of a query meets (the vocabulary entries a unit's probes
// find), by open addressing with stamps: emptying it is one increment. It replaces a stamp per
// vocabulary entry, an array as large as the vocabulary in which every entry found was a cache
// miss of its own, in the chain of misses that a lookup waits for.
type idSet struct {
	slots []idSlot // power-of-two size; a slot with an older stamp is free
	shift uint8    // 32 - log2(len(slots))
	stamp uint32
	n     int // ids stored under the current stamp
}

type idSlot struct {
	stamp uint32
	id    int32
}

// minIDSlots is the set's first size: a unit finds a few entries, rarely hundreds.
const minIDSlots = 64

// reset empties the set.
func (t *idSet) reset() {
	if t.slots == nil {
		t.slots = make([]idSlot, minIDSlots)
		t.shift = uint8(32 - bits.TrailingZeros(minIDSlots))
	}
	t.n = 0
	t.stamp++
	if t.stamp == 0 { // wrapped: a slot stamped long ago would read as current
		clear(t.slots)
		t.stamp = 1
	}
}

// add adds id and reports whether the set did not hold it.
func (t *idSet) add(id int32) bool {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	mask := uint32(len(t.slots) - 1)
	for i := t.home(id); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.stamp != t.stamp {
			*s = idSlot{stamp: t.stamp, id: id}
			t.n++
			return true
		}
		if s.id == id {
			return false
		}
	}
}

// grow doubles the table and places its current ids again.
func (t *idSet) grow() {
	old := t.slots
	t.slots = make([]idSlot, 2*len(old))
	t.shift--
	mask := uint32(len(t.slots) - 1)
	for _, s := range old {
		if s.stamp != t.stamp {
			continue
		}
		i := t.home(s.id)
		for t.slots[i].stamp == t.stamp {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}

// home returns the slot where the search for id starts (Fibonacci hashing).
func (t *idSet) home(id int32) uint32 { return uint32(id) * 0x9e3779b1 >> t.shift }
