package normalize_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

// seedEntities are the entities named in the two seed articles of the evaluation set
// (../shared/eval/seeds, copied here so that the test does not depend on it), with the forms in
// which the articles name them that a lookup without context must resolve: full names, variants
// and the garbled forms that carry enough evidence on their own. Mentions that only context can
// resolve (a bare "Trump" or "Erdogan" among namesakes, "Donald Tass", "Task", "Turkier") are
// covered by the golden tests and the evaluation script, which run Fix over whole articles.
var seedEntities = []struct {
	id      string
	queries []string
}{
	// people
	{"yuri-ushakov", []string{"Yuri Ushakov"}},
	{"sergey-lavrov", []string{"Sergei Lavrov", "Sergey Lavrov", "Lavrov"}},
	{"vladimir-putin", []string{"Vladimir Putin", "Putin", "putin"}},
	{"dmitry-peskov", []string{"Dmitry Peskov", "Peskov"}},
	{"marco-rubio", []string{"Marco Rubio", "Rubio"}},
	{"mike-waltz", []string{"Mike Waltz"}},
	{"steve-witkoff", []string{"Steve Witkoff", "Witkoff"}},
	{"donald-trump", []string{"Donald Trump", "President Donald Trump"}},
	{"kirill-dmitriev", []string{"Kirill Dmitriev", "Kiril Dmitriev"}},
	{"volodymyr-zelenskyy", []string{"Volodymyr Zelenskyy", "Voldimi Zelensky", "Zelensky", "Zelenskyy"}},
	{"mohammed-bin-salman", []string{"Mohammed bin Salman"}},
	{"recep-tayyip-erdogan", []string{"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Receptacle Tayyip Erdogan"}},
	{"fahrettin-altun", []string{"Fahrettin Altun", "Farrettin Altun"}},
	{"ursula-von-der-leyen", []string{"Ursula von der Leyen"}},
	{"donald-tusk", []string{"Donald Tusk", "Tusk"}},
	{"natacha-butler", []string{"Natacha Butler", "Natachabatler"}},
	{"jose-manuel-albares", []string{"José Manuel Albares", "Jose Manuel Albares", "Jose Manuel Alvarez"}},
	{"tammy-bruce", []string{"Tammy Bruce"}},
	{"pete-hegseth", []string{"Pete Hegseth", "Hegseth"}},
	{"antony-blinken", []string{"Antony Blinken"}},
	{"joe-biden", []string{"Joe Biden"}},
	{"andriy-yermak", []string{"Andriy Yermak"}},
	{"keith-kellogg", []string{"Keith Kellogg", "Kellogg"}},
	// places
	{"riyadh", []string{"Riyadh", "Riad"}},
	{"saudi-arabia", []string{"Saudi Arabia"}},
	{"ukraine", []string{"Ukraine"}},
	{"russia", []string{"Russia"}},
	{"united-states", []string{"United States", "US", "U.S."}},
	{"kyiv", []string{"Kyiv", "Kiev", "kyiv"}},
	{"turkiye", []string{"Türkiye", "Turkey"}},
	{"moscow", []string{"Moscow"}},
	{"paris", []string{"Paris"}},
	{"france", []string{"France"}},
	{"europe", []string{"Europe"}},
	{"washington-dc", []string{"Washington"}},
	{"india", []string{"India"}},
	{"united-arab-emirates", []string{"United Arab Emirates"}},
	{"united-kingdom", []string{"United Kingdom"}},
	{"lisbon", []string{"Lisbon"}},
	{"portugal", []string{"Portugal"}},
	{"spain", []string{"Spain"}},
	// organisations and institutions
	{"kremlin", []string{"Kremlin"}},
	{"white-house", []string{"White House"}},
	{"us-department-of-state", []string{"State Department"}},
	{"reuters", []string{"Reuters"}},
	{"al-jazeera", []string{"Al Jazeera"}},
	{"cbs", []string{"CBS"}},
	{"fox-news", []string{"Fox News Channel", "Fox News"}},
	{"onda-cero", []string{"Onda Cero"}},
	{"european-commission", []string{"European Commission"}},
	{"european-union", []string{"European Union", "EU"}},
	{"nato", []string{"NATO"}},
	{"associated-press", []string{"AP"}},
	{"g20", []string{"G-20", "G20"}},
}

// TestDefaultDataSeedEntities: every entity named in the seed articles is in the default
// gazetteer and is what Match returns for the forms the articles use.
func TestDefaultDataSeedEntities(t *testing.T) {
	g, err := gazetteer.Default()
	require.NoError(t, err)
	m, err := normalize.New(g)
	require.NoError(t, err)
	for _, tc := range seedEntities {
		_, ok := g.Lookup(tc.id)
		if !assert.Truef(t, ok, "no entity %q in the default gazetteer", tc.id) {
			continue
		}
		for _, q := range tc.queries {
			mt, ok := m.Match(q)
			got := ""
			if mt.Entity != nil {
				got = mt.Entity.ID
			}
			assert.Truef(t, ok && got == tc.id, "Match(%q) = %q, %v (%s); want %q", q, got, ok, mt.Reason, tc.id)
		}
	}
}
