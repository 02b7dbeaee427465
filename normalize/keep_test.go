package normalize_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

// keepGazetteer holds entities that ordinary news words come close to.
const keepGazetteer = `{"id":"dong-jun","kind":"person","name":"Dong Jun","country":"CN","prior":0.6,"description":"Minister of National Defense of China"}
{"id":"iran","kind":"place","name":"Iran","country":"IR","prior":0.9,"description":"country in Western Asia"}
{"id":"bern","kind":"place","name":"Bern","country":"CH","prior":0.7,"description":"capital of Switzerland"}
{"id":"united-states","kind":"place","name":"United States","country":"US","prior":1.0,"description":"country in North America"}
{"id":"us-armed-forces","kind":"org","name":"United States Armed Forces","country":"US","prior":0.6,"description":"military forces of the United States"}
{"id":"us-senate","kind":"org","name":"United States Senate","country":"US","prior":0.7,"description":"upper chamber of the United States Congress"}
{"id":"gali-baharav-miara","kind":"person","name":"Gali Baharav-Miara","country":"IL","prior":0.5,"description":"Attorney General of Israel"}
{"id":"san-jose","kind":"place","name":"San Jose","country":"US","prior":0.5,"description":"city in California"}
{"id":"kaja-kallas","kind":"person","name":"Kaja Kallas","country":"EE","prior":0.7,"description":"High Representative of the European Union"}
{"id":"world-bank","kind":"org","name":"World Bank","prior":0.8,"description":"international financial institution"}
{"id":"hanover","kind":"place","name":"Hanover","country":"DE","prior":0.6,"description":"city in Germany"}
{"id":"wang-yi","kind":"person","name":"Wang Yi","country":"CN","prior":0.8,"description":"Minister of Foreign Affairs of China"}
{"id":"perm","kind":"place","name":"Perm","country":"RU","prior":0.5,"description":"city in Russia"}
{"id":"hong-nam-ki","kind":"person","name":"Hong Nam-ki","country":"KR","prior":0.5,"description":"Deputy Prime Minister of South Korea"}
{"id":"mohammedia","kind":"place","name":"Mohammedia","country":"MA","prior":0.6,"description":"city in Morocco"}
{"id":"volodymyr-zelenskyy","kind":"person","name":"Volodymyr Zelenskyy","country":"UA","prior":0.95,"description":"President of Ukraine"}
{"id":"bashar-al-assad","kind":"person","name":"Bashar al-Assad","country":"SY","prior":0.8,"description":"former President of Syria"}
`

// TestFixKeeps lists text that news writes correctly and that a matcher is tempted to change:
// calendar words near a surname, nationality words that split into a name and a place, a
// headline's capitalised words after a name, another person's name in reverse order, accents the
// gazetteer's spelling lacks, a place that is a near miss of a surname named earlier, and a
// capital that opens a sentence.
func TestFixKeeps(t *testing.T) {
	m := matcherOver(t, keepGazetteer)
	tests := []struct{ name, text string }{
		{"month after a surname", "Chinese Defense Minister Dong Jun spoke in Beijing. Talks resume on June 23, Dong Jun said."},
		{"nationality words", "The American envoy met Ukrainian and Palestinian officials in Iran, then flew to Bern in November."},
		{"headline words after a name", "United States Amid Rising Tensions in Iran\n\nThe United States said on Monday it would act."},
		{"another person, reversed", "Israel's attorney general Gali Baharav-Miara met the Italian lawyer Chiara Galli on Monday."},
		{"accents the gazetteer lacks", "Officials in San José, the capital of Costa Rica, met US officials from San Jose."},
		{"a place near a surname of the document", "Kaja Kallas flew to Peru on Monday. In Callao, the port was busy."},
		{"English words in a headline", "Investors Would Back Plan Over Chinese Objections\n\nThe World Bank said on Monday that it would."},
		{"one word is not two run together", "Kenyan runner Peter Mwangi won in Beijing, where Wang Yi watched. Mwangi said he was tired."},
		{"an acronym", "The PRM party won in Perm on Sunday."},
		{"a capital kept on a word alone", "Hong Nam-ki met Mr Ki in Seoul."},
		{"two whole words are not one split name", "Iraq's prime minister Mohammed Shia' al-Sudani met officials from Mohammedia."},
		{"the feminine form of a surname", "Volodymyr Zelenskyy arrived on Monday. Zelenska said the school would reopen."},
		{"a connector capitalised at a sentence start", "Bashar al-Assad fled. Al-Assad had ruled Syria since 2000."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := m.Fix(tt.text)
			assert.Equal(t, tt.text, res.Text)
			for _, mt := range res.Mentions {
				assert.False(t, mt.Changed, "%q -> %q (%s)", mt.Text, mt.Replacement, mt.Reason)
			}
		})
	}
}

// TestFixSentenceStartDoesNotCarry checks that how a name is rewritten inside a sentence does not
// depend on whether the document wrote it earlier at a sentence start, where its capital is kept.
func TestFixSentenceStartDoesNotCarry(t *testing.T) {
	m := matcherOver(t, keepGazetteer)
	last := func(text string) normalize.Mention {
		res := m.Fix(text)
		require.NotEmpty(t, res.Mentions)
		return res.Mentions[len(res.Mentions)-1]
	}
	alone := last("Bashar al-Assad fled. Officials said that Al-Assad had left.")
	after := last("Bashar al-Assad fled. Al-Assad had ruled Syria. Officials said that Al-Assad had left.")
	assert.Equal(t, "Al-Assad", after.Text)
	assert.Equal(t, alone.Replacement, after.Replacement)
	assert.Equal(t, alone.Changed, after.Changed)
}

// TestFixLowercaseWordDoesNotCarry checks that a lower-case word, looked up in its exact form
// only, does not stand in for the same word capitalised later, which is looked up in full.
func TestFixLowercaseWordDoesNotCarry(t *testing.T) {
	m := matcherOver(t, `{"id":"kyiv","kind":"place","name":"Kyiv","country":"UA","prior":0.9,"description":"capital of Ukraine"}`+"\n")
	const later = "Officials in Kiyv said on Monday that talks would resume."
	assert.Equal(t, "Officials in Kyiv said on Monday that talks would resume.", m.Fix(later).Text)
	assert.Equal(t, "The word kiyv is odd. Officials in Kyiv said on Monday that talks would resume.",
		m.Fix("The word kiyv is odd. "+later).Text)
}

// matcherOver builds a Matcher over a gazetteer given as JSON Lines.
func matcherOver(t *testing.T, jsonl string) *normalize.Matcher {
	t.Helper()
	g, err := gazetteer.Read(strings.NewReader(jsonl), "test.jsonl")
	require.NoError(t, err)
	m, err := normalize.New(g)
	require.NoError(t, err)
	return m
}
