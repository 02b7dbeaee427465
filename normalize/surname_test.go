package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestOtherGender(t *testing.T) {
	for _, p := range [][2]string{{"zelenska", "zelenskyy"}, {"zelenskyy", "zelenska"}, {"ivanova", "ivanov"}, {"tolstaya", "tolstoy"}, {"zakharova", "zakharov"}} {
		assert.True(t, otherGender(p[0], p[1]), "%v", p)
	}
	for _, p := range [][2]string{{"zelensky", "zelenskyy"}, {"tusk", "task"}, {"ova", "ov"}, {"putin", "putina2"}} {
		assert.False(t, otherGender(p[0], p[1]), "%v", p)
	}
}

// TestSurnameMemoGrows checks that a memo that meets the people of a document a few at a time
// answers as one that met them all at once, ties and gazetteer family names included.
func TestSurnameMemoGrows(t *testing.T) {
	m := jsonlMatcher(t, `{"id":"tusk","name":"Donald Tusk","kind":"person"}
{"id":"lavrov","name":"Sergey Lavrov","kind":"person"}
{"id":"kowal","name":"Anna Kowal","kind":"person"}
{"id":"kowol","name":"Piotr Kowol","kind":"person"}
{"id":"zelenska","name":"Olena Zelenska","kind":"person"}
`)
	var all []surname
	for e := range int32(5) {
		all = append(all, m.surnameOf(e))
	}
	byEntity := func(names []surname) map[int32]int {
		by := make(map[int32]int)
		for k, n := range names {
			by[n.entity] = k
		}
		return by
	}
	words := []string{"task", "tusk", "lavrow", "kowel", "kowal", "zelenska", "london"}
	var whole surnameMemo
	whole.compareWith(all, byEntity(all))
	var grown surnameMemo
	for _, upTo := range []int{1, 3, 5} {
		grown.compareWith(all[:upTo], byEntity(all[:upTo]))
		for _, w := range words {
			grown.closest(m, w) // remembered over the first upTo people
		}
	}
	for _, w := range words {
		assert.Equal(t, whole.closest(m, w), grown.closest(m, w), w)
	}
	assert.Equal(t, int32(0), whole.closest(m, "task").entity)
	assert.Equal(t, int32(-1), whole.closest(m, "kowel").entity, "a tie links to none")
	assert.Equal(t, int32(-1), whole.closest(m, "zelenska").entity, "a family name is its own")

	// A memo that met someone the document no longer names starts afresh.
	grown.compareWith(all[1:], byEntity(all[1:]))
	assert.Equal(t, int32(-1), grown.closest(m, "task").entity)
}
