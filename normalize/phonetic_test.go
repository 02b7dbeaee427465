package normalize

import (
	"strings"
	"testing"
)

// TestPhoneticKeyTraditions pins spellings of one name in several traditions to one key.
func TestPhoneticKeyTraditions(t *testing.T) {
	groups := [][]string{
		{"zelenskyy", "zelensky", "zelenskiy", "selenskyj", "zelenski"},
		{"lavrov", "lawrow"},
		{"ivanov", "ivanow", "ivanoff"},
		{"gorbatschow", "gorbachev"},
		{"moskau", "moscow"},
		{"yerevan", "erevan", "ierevan"},
		{"xi", "hsi", "shi"},
		{"poetin", "putin"},
		{"chernihiv", "czernihow", "tschernihiw"},
		{"mykolaiv", "mykolajiw"},
		{"sergei", "sergey"},
		{"aleksiej", "aleksei", "alexei"},
		{"khrushchev", "chruschtschow", "chruszczow"},
		{"jurij", "yuri", "yury"},
		{"uladzimir", "uladimir"},
	}
	for _, g := range groups {
		want := phoneticKey(g[0])
		for _, s := range g[1:] {
			if got := phoneticKey(s); got != want {
				t.Errorf("phoneticKey(%q) = %q, want %q as for %q", s, got, want, g[0])
			}
		}
	}
	// Keys that must stay apart: Korean syllables keep their consonant (Jung is not Young).
	for _, p := range [][2]string{{"jung", "young"}, {"gambia", "zambia"}, {"austria", "australia"}} {
		if phoneticKey(p[0]) == phoneticKey(p[1]) {
			t.Errorf("phoneticKey(%q) == phoneticKey(%q) = %q", p[0], p[1], phoneticKey(p[0]))
		}
	}
}

func TestCanonicalNumbers(t *testing.T) {
	for in, want := range map[string]string{
		"charles the third":         "charles iii",
		"louis the fourteenth":      "louis xiv",
		"brigade forty four":        "brigade 44",
		"first international bank":  "1st international bank",
		"twenty first century fox":  "21st century fox",
		"three percenters":          "3 percenters",
		"the third man":             "the 3rd man", // no name before "the": not a regnal number
		"vladimir vladimirovich":    "vladimir vladimirovich",
		"formula one":               "formula 1",
		"eleventh hour":             "11th hour",
		"ninety nine names":         "99 names",
		"pope leo the fourteenth":   "pope leo xiv",
		"henry the eighth of tudor": "henry viii of tudor",
	} {
		got, _ := canonicalNumbers(strings.Fields(in), nil)
		if strings.Join(got, " ") != want {
			t.Errorf("canonicalNumbers(%q) = %q, want %q", in, strings.Join(got, " "), want)
		}
	}
}

func TestFoldScripts(t *testing.T) {
	toks, scripts := foldTokensScripts("Эр-Рияд الرياض 블라디미르 पुतिन Putin")
	want := []string{"er", "riyad", "al", "ryad", "beulladimireu", "putin", "putin"}
	wantSc := []tokScript{scriptLatin, scriptLatin, scriptAbjad, scriptAbjad, scriptHangul, scriptIndic, scriptLatin}
	if strings.Join(toks, " ") != strings.Join(want, " ") {
		t.Fatalf("tokens %q, want %q", toks, want)
	}
	for i := range wantSc {
		if scripts[i] != wantSc[i] {
			t.Errorf("script of %q = %d, want %d", toks[i], scripts[i], wantSc[i])
		}
	}
	if got := Fold("習近平 李強"); got != "习近平 李强" {
		t.Errorf("Fold(traditional) = %q, want the simplified forms", got)
	}
}

func TestLensSimilarity(t *testing.T) {
	for _, c := range []struct {
		sc   tokScript
		x, y string
		want bool
	}{
		{scriptAbjad, "ardughan", "erdogan", true},
		{scriptAbjad, "butn", "putin", true},
		{scriptAbjad, "fladmir", "vladimir", true},
		{scriptAbjad, "mhdi", "ahmad", false}, // h is a letter in Arabic
		{scriptAbjad, "mimun", "amin", false}, // two consonants are too few
		{scriptHangul, "beulladimireu", "vladimir", true},
		{scriptHangul, "seonyeong", "song", false},
		{scriptIndic, "bhladimir", "vladimir", true},
	} {
		got := lensSimilarity(c.sc, phoneticKey(c.x), scriptLatin, phoneticKey(c.y)) > 0
		if got != c.want {
			t.Errorf("lensSimilarity(%d, %q, %q) > 0 = %v, want %v", c.sc, c.x, c.y, got, c.want)
		}
	}
}

func TestSameStem(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"putinas", "putin", true},
		{"vladimiras", "vladimir", true},
		{"arabien", "arabia", true},
		{"roberts", "robert", false}, // English -s patronymic surnames are other names
		{"maria", "mar", false},
	} {
		if got := sameStem(c.a, c.b); got != c.want {
			t.Errorf("sameStem(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
