package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDropsMarks(t *testing.T) {
	tests := []struct {
		text, rep string
		want      bool
	}{
		{"Erdogan", "Erdoğan", false}, // restoring an accent is a repair
		{"San José", "San Jose", true},
		{"Núñez", "Nuñez", true},
		{"Québec", "Quebec", true},
		{"Turkiye", "Türkiye", false},
		{"Zelensky", "Zelenskyy", false}, // not the same letters: not this rule's business
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, dropsMarks(tt.text, tt.rep), "dropsMarks(%q, %q)", tt.text, tt.rep)
	}
}

func TestCapitalFirst(t *testing.T) {
	assert.Equal(t, "Al-Assad", capitalFirst("Al-Asad", "al-Assad"))
	assert.Equal(t, "al-Assad", capitalFirst("al-Asad", "al-Assad"))
	assert.Equal(t, "Kyiv", capitalFirst("Kiev", "Kyiv"))
}
