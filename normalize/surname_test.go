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
