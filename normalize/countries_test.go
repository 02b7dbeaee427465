package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCountrySet(t *testing.T) {
	var s countrySet
	assert.True(t, s.add("UA"))
	assert.False(t, s.add("UA"), "already there")
	for _, code := range []string{"", "U", "ua", "UAE", "Ü1", "ZZ"} {
		assert.False(t, s.has(code), "%q", code)
	}
	assert.True(t, s.has("UA"))
	assert.False(t, s.add(""), "no country")
	assert.True(t, s.add("ZZ"))
	assert.True(t, s.has("ZZ"))
	assert.True(t, s.add("AA"))
	assert.True(t, s.has("AA"))
}
