package normalize_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/canonym/canonym/normalize"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want, why string }{
		{"Recep Tayyip Erdoğan", "recep tayyip erdogan", "diacritics removed"},
		{"Recep Tayyip Erdog\u0306an", "recep tayyip erdogan", "NFD input folds like NFC"},
		{"KYIV", "kyiv", "case folded"},
		{"Kiev's", "kiev", "possessive dropped"},
		{"Kiev’s", "kiev", "typographic possessive dropped"},
		{"O'Brien", "obrien", "inner apostrophe closed up"},
		{"el-Sisi", "el sisi", "hyphen splits"},
		{"U.S.", "us", "dotted initialism closed up"},
		{"J.D. Vance", "jd vance", "dotted initials"},
		{"V. Putin", "v putin", "initial with a dot"},
		{"PUTIN, Vladimir", "putin vladimir", "comma form"},
		{"Łukasz Øster Đoković", "lukasz oster dokovic", "letters without decomposition"},
		{"Æsir Œuvre Þór Straße ı", "aesir oeuvre thor strasse i", "ligatures and special letters"},
		{"  Donald \t Tusk  ", "donald tusk", "white space collapsed"},
		{"", "", "empty"},
		{"!!!", "", "punctuation only"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, normalize.Fold(tt.in), "%s: Fold(%+q)", tt.why, tt.in)
	}
}
