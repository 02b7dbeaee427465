package normalize_test

// The writer of the news-like benchmark text (newstext_test.go): articles, sentences and the
// names in them.

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

// newsZipf draws ranks 0..n-1 with probability proportional to 1/(rank+v)^s. It samples an integer
// cumulative table rather than using rand.Zipf, whose floating-point rejection loop calls math.Exp
// on every draw and could, on a platform that rounds it differently, draw differently; the table
// is rounded once and the draws are integer arithmetic, so the text is the same everywhere.
type newsZipf struct{ cumulative []uint64 }

func newNewsZipf(n int, s, v float64) newsZipf {
	cum := make([]uint64, n)
	var total uint64
	for i := range cum {
		total += 1 + uint64(math.Round(1e9/math.Pow(float64(i)+v, s)))
		cum[i] = total
	}
	return newsZipf{cumulative: cum}
}

func (z newsZipf) draw(rng *rand.Rand) int {
	x := rng.Uint64N(z.cumulative[len(z.cumulative)-1])
	i, _ := slices.BinarySearch(z.cumulative, x+1)
	return i
}

// newsEntity is a gazetteer entity prepared for writing.
type newsEntity struct {
	id      string
	name    string
	aliases []string // Latin-script aliases, for variety
	short   string   // persons: the name used after the first mention ("Tusk")
	title   string   // persons: the title written before the first mention, "" for none
	former  bool     // persons: the title is a past one
	country string
	company bool // orgs: a business, so it has shares and a CEO
	city    bool // places: a city, usable as a dateline
}

// newsInventedOrigin is a naming tradition for invented people.
type newsInventedOrigin struct {
	female, male, surnames []string
	familyFirst            bool // the surname is written first ("Chen Weiming")
}

// newsWriter generates articles. It is deterministic: everything random comes from rng.
type newsWriter struct {
	rng                              *rand.Rand
	persons, places, orgs, companies []*newsEntity
	personRank, placeRank, orgRank   newsZipf
	companyRank, nationalityRank     newsZipf
	origins                          []newsInventedOrigin
	entityNames                      map[string]bool // folded names and aliases of every entity
	art                              *newsArticle
	leadNext                         bool // the next person slot is the article's lead person
	headline                         bool // rendering a headline: title-case the words
}

// newsArticle is the state of the article being written.
type newsArticle struct {
	topic           *newsTopic
	quoteOpen       string
	quoteClose      string
	apostrophe      string
	cast            []*newsPerson // the people the story is about; cast[0] is in the headline
	people          map[string]*newsPerson
	seen            []*newsPerson // people mentioned so far, in order of first mention
	places          []*newsEntity // places the story is about; places[0] is the dateline
	last            *newsPerson   // the person mentioned last, for pronouns
	stats           newsArticleStats
	nameTokensSoFar int
}

// newsPerson is a person as an article refers to them.
type newsPerson struct {
	key        string
	entity     *newsEntity // nil for invented people
	full       string
	short      string
	title      string // for invented people; gazetteer titles come from entity
	role       string // apposition template for invented people ("an analyst at {O}")
	pronoun    string // "he" or "she" for invented people; "" when unknown
	introduced bool
}

func newNewsWriter(g *gazetteer.Gazetteer) *newsWriter {
	w := &newsWriter{
		rng:         rand.New(rand.NewPCG(1, 2)),
		entityNames: make(map[string]bool),
	}
	var persons, places, orgs []*gazetteer.Entity
	for _, e := range g.All() {
		for _, n := range e.Names() {
			w.entityNames[normalize.Fold(n)] = true
		}
		if !newsIsLatin(e.Name) {
			continue // the text is English; native-script canonical names would not appear in it
		}
		switch e.Kind {
		case gazetteer.Person:
			persons = append(persons, e)
		case gazetteer.Place:
			places = append(places, e)
		case gazetteer.Org:
			orgs = append(orgs, e)
		}
	}
	w.persons = newsPool(persons, newsPersonPool)
	w.places = newsPool(places, newsPlacePool)
	w.orgs = newsPool(orgs, newsOrgPool)
	for _, o := range w.orgs {
		if o.company {
			w.companies = append(w.companies, o)
		}
	}
	// v flattens the head of the distribution: with v = 1 the top name of 600 would take a fifth
	// of the draws, with 2.5 it takes a tenth, and mentions of the people and places a story is
	// about dilute that further, to the few per cent the most covered names get in an archive.
	w.personRank = newNewsZipf(len(w.persons), 1.1, 2.5)
	w.placeRank = newNewsZipf(len(w.places), 1.1, 2.5)
	w.orgRank = newNewsZipf(len(w.orgs), 1.1, 2.5)
	w.companyRank = newNewsZipf(len(w.companies), 1.1, 2.5)
	w.nationalityRank = newNewsZipf(len(newsNationalities), 1.1, 2.5)

	// Invented surnames that are also entity names ("Jordan") would make the later surname-only
	// mentions of an invented person mentions of an entity; drop them.
	for _, o := range newsInventedOrigins {
		o.surnames = slices.DeleteFunc(slices.Clone(o.surnames), func(s string) bool {
			return w.entityNames[normalize.Fold(s)]
		})
		if len(o.surnames) > 0 {
			w.origins = append(w.origins, o)
		}
	}
	return w
}

// newsPool prepares the n most prominent entities, most prominent first.
func newsPool(es []*gazetteer.Entity, n int) []*newsEntity {
	es = slices.Clone(es)
	slices.SortStableFunc(es, func(a, b *gazetteer.Entity) int {
		return cmp.Or(cmp.Compare(b.Prior, a.Prior), strings.Compare(a.ID, b.ID))
	})
	es = es[:min(n, len(es))]
	pool := make([]*newsEntity, len(es))
	for i, e := range es {
		ne := &newsEntity{id: e.ID, name: e.Name, country: e.Country}
		for _, a := range e.Aliases {
			if a != e.Name && newsIsLatin(a) {
				ne.aliases = append(ne.aliases, a)
			}
		}
		desc := e.Description
		switch e.Kind {
		case gazetteer.Person:
			ne.short = newsShortName(e.Name, e.Country, ne.aliases)
			ne.title, ne.former = newsPersonTitle(desc)
		case gazetteer.Place:
			ne.city = strings.HasPrefix(desc, "Capital of") || strings.HasPrefix(desc, "City ") ||
				strings.HasPrefix(desc, "Largest city")
		case gazetteer.Org:
			lower := strings.ToLower(desc)
			for _, k := range []string{"company", "bank", "manufacturer", "maker", "airline", "conglomerate", "retailer", "carrier"} {
				if strings.Contains(lower, k) && !strings.Contains(lower, "central bank") {
					ne.company = true
				}
			}
		}
		pool[i] = ne
	}
	return pool
}

// newsIsLatin reports whether every letter of s is in the Latin script.
func newsIsLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// newsShortName returns the form of a person's name used after the first mention: the surname,
// which comes first in East Asian names, with its particles ("von der Leyen"), or the one-word
// alias that is part of the name ("Lula").
func newsShortName(name, country string, aliases []string) string {
	toks := strings.Fields(name)
	for _, a := range aliases {
		if !strings.Contains(a, " ") && slices.Contains(toks[:len(toks)-1], a) {
			return a
		}
	}
	if n := len(toks); n > 1 && (toks[n-1] == "Jr." || newsIsRoman(toks[n-1])) {
		toks = toks[:n-1] // "Charles III" -> "Charles", "Pope Leo XIV" -> "Leo"
		return toks[len(toks)-1]
	}
	if len(toks) == 1 || country == "MM" { // Burmese names have no surname
		return name
	}
	switch country {
	case "CN", "TW", "HK", "MO", "KR", "KP":
		if len(toks) == 3 || strings.Contains(toks[len(toks)-1], "-") || len(toks[0]) <= 4 {
			return toks[0]
		}
	}
	i := len(toks) - 1
	for i > 1 && newsIsParticle(toks[i-1]) {
		i--
	}
	return strings.Join(toks[i:], " ")
}

func newsIsRoman(s string) bool {
	return len(s) > 1 && strings.Trim(s, "IVX") == ""
}

func newsIsParticle(s string) bool {
	switch s {
	case "von", "van", "der", "den", "de", "del", "della", "di", "du", "le", "la":
		return true
	}
	return false
}

// newsPersonTitle derives the title written before a person's name from the description's first
// role, and whether that role is a past one (its dates do not say "since").
func newsPersonTitle(desc string) (title string, former bool) {
	role, _, _ := strings.Cut(desc, ";")
	former = strings.Contains(role, "(") && !strings.Contains(role, "since")
	switch {
	case strings.HasPrefix(role, "Vice President of"):
		title = "Vice President"
	case strings.HasPrefix(role, "President of"):
		title = "President"
	case strings.HasPrefix(role, "Deputy Prime Minister"):
		title = "Deputy Prime Minister"
	case strings.HasPrefix(role, "Prime Minister of"):
		title = "Prime Minister"
	case strings.HasPrefix(role, "Chancellor of"):
		title = "Chancellor"
	case strings.Contains(role, "Minister of Foreign Affairs"), strings.Contains(role, "Foreign Minister"):
		title = "Foreign Minister"
	case strings.Contains(role, "Minister of Defence"), strings.Contains(role, "Defence Minister"),
		strings.Contains(role, "Minister of National Defence"):
		title = "Defence Minister"
	case strings.Contains(role, "Minister of Finance"), strings.Contains(role, "Finance Minister"):
		title = "Finance Minister"
	case strings.HasPrefix(role, "Secretary-General"), strings.HasPrefix(role, "Secretary General"):
		title = "Secretary-General"
		switch {
		case strings.Contains(role, "United Nations"):
			title = "UN Secretary-General"
		case strings.Contains(role, "NATO"):
			title = "NATO Secretary-General"
		}
	case strings.HasPrefix(role, "US Senator"):
		title = "Senator"
	case strings.HasPrefix(role, "Governor of"):
		title = "Governor"
	case strings.Contains(role, "CEO"), strings.HasPrefix(role, "Chief executive"):
		title = "CEO"
	case strings.HasPrefix(role, "King of"):
		title = "King"
	case strings.HasPrefix(role, "Crown Prince"):
		title = "Crown Prince"
	case strings.HasPrefix(role, "Supreme Leader"):
		title = "Supreme Leader"
	}
	return title, former
}

// newsNationalTitles are the titles a nationality adjective may precede ("Polish Prime Minister").
var newsNationalTitles = map[string]bool{
	"President": true, "Vice President": true, "Prime Minister": true, "Deputy Prime Minister": true,
	"Chancellor": true, "Foreign Minister": true, "Defence Minister": true, "Finance Minister": true,
}

// article writes one article and returns its text, which ends with a newline.
func (w *newsWriter) article() (string, newsArticleStats) {
	w.startArticle()
	a := w.art
	headline := w.writeHeadline()

	// Paragraphs of 2-5 sentences until the article reaches its target length, with at least 4
	// and at most 9 paragraphs. The target leaves room for the overshoot of finishing a
	// paragraph, so articles stay within 300-800 words.
	target := 400 + w.rng.IntN(290)
	words := newsWordCount(headline)
	var paragraphs []string
	for p := 0; p < 9; p++ {
		want := 2 + w.rng.IntN(4)
		var sentences []string
		for s := 0; s < 5; s++ {
			short := p == 8 && words < 320 // the last paragraph runs long rather than the article short
			if s >= want && !short {
				break
			}
			if p >= 3 && s >= 2 && words >= target {
				break
			}
			sentence := w.sentence(p == 0 && s == 0)
			words += newsWordCount(sentence)
			sentences = append(sentences, sentence)
		}
		paragraphs = append(paragraphs, strings.Join(sentences, " "))
		if p >= 3 && words >= target {
			break
		}
	}
	text := headline + "\n\n" + strings.Join(paragraphs, "\n\n") + "\n"
	a.stats.words = newsWordCount(text)
	a.stats.paragraphs = len(paragraphs)
	a.stats.nameTokens = a.nameTokensSoFar
	return text, a.stats
}

// startArticle picks the article's topic, quoting style, people and places.
func (w *newsWriter) startArticle() {
	curly := w.rng.IntN(2) == 0
	a := &newsArticle{
		topic:  &newsTopics[w.rng.IntN(len(newsTopics))],
		people: make(map[string]*newsPerson),
	}
	a.quoteOpen, a.quoteClose, a.apostrophe = `"`, `"`, "'"
	if curly {
		a.quoteOpen, a.quoteClose, a.apostrophe = "“", "”", "’"
	}
	w.art = a
	for range 1 + w.rng.IntN(2) {
		a.cast = append(a.cast, w.entityPerson())
	}
	if w.rng.IntN(2) == 0 {
		a.cast = append(a.cast, w.inventPerson())
	}
	for range 1 + w.rng.IntN(3) {
		a.places = append(a.places, w.places[w.placeRank.draw(w.rng)])
	}
}

func (w *newsWriter) writeHeadline() string {
	w.headline = true
	defer func() { w.headline = false }()
	saved := w.art.nameTokensSoFar
	savedStats := w.art.stats
	for range 10 {
		h := newsCapitalize(newsFixIndefinite(w.render(newsPick(w.rng, newsHeadlineTemplates))))
		if newsIsHeadline(h + "\n\n") {
			return h
		}
		// A name ending in a full stop ("Washington, D.C.") would make the headline look like a
		// paragraph to newsSplitArticles; draw another, forgetting the mentions it counted.
		w.art.nameTokensSoFar = saved
		w.art.stats = savedStats
	}
	return "Officials Meet for Talks" // not reached with the templates below; keeps the invariant
}

// sentence writes one sentence; the lede introduces the article's lead person, sometimes after a
// dateline.
func (w *newsWriter) sentence(lede bool) string {
	var tmpl, dateline string
	switch {
	case lede:
		tmpl = newsPick(w.rng, newsLedeTemplates)
		w.leadNext = true
		if place := w.art.places[0]; place.city && w.rng.IntN(5) < 2 {
			dateline = strings.ToUpper(w.countMention(place.id, place.name, true)) + " — "
		}
	case w.rng.IntN(100) < 18:
		tmpl = newsPick(w.rng, newsBackgroundTemplates)
	default:
		tmpl = newsPick(w.rng, newsSentenceTemplates)
	}
	// Wire copy pads its sentences with clauses that name nobody; without them the text would be
	// far denser in names and capitals than news is. A sentence that already has a comma gets
	// only the clauses that read well after anything.
	if strings.HasSuffix(tmpl, ".") {
		if !strings.Contains(tmpl, ",") && w.rng.IntN(100) < 80 {
			tmpl = tmpl[:len(tmpl)-1] + newsPick(w.rng, newsClauses) + "."
		} else if w.rng.IntN(100) < 30 {
			tmpl = tmpl[:len(tmpl)-1] + newsPick(w.rng, newsClauses[:3]) + "."
		}
	}
	s := w.render(tmpl)
	w.leadNext = false
	s = strings.ReplaceAll(s, "..", ".") // a name ending in a full stop at the end of a sentence
	return dateline + newsCapitalize(newsFixIndefinite(s))
}

// render fills the slots of a template: {slot} is replaced by newsWriter.slot.
func (w *newsWriter) render(tmpl string) string {
	var b strings.Builder
	for tmpl != "" {
		open := strings.IndexByte(tmpl, '{')
		if open < 0 {
			open = len(tmpl)
		}
		b.WriteString(w.caseWords(tmpl[:open]))
		if open == len(tmpl) {
			break
		}
		end := open + strings.IndexByte(tmpl[open:], '}')
		name := tmpl[open+1 : end]
		text := w.slot(name)
		if !newsNameSlots[name] {
			text = w.caseWords(text)
		}
		b.WriteString(text)
		tmpl = tmpl[end+1:]
	}
	return b.String()
}

// newsNameSlots are the slots that write names, which headlines do not title-case.
var newsNameSlots = map[string]bool{
	"P": true, "Pa": true, "Pe": true, "P's": true, "Pg": true, "Pron": true, "hP": true, "hP2": true,
	"Pl": true, "hPl": true, "City": true, "Pl's": true, "O": true, "hO": true, "O's": true, "Co": true,
}

// caseWords returns vocabulary words title-cased in headlines and unchanged elsewhere. Names do
// not go through it: a headline keeps "von der Leyen" as it is.
func (w *newsWriter) caseWords(s string) string {
	if !w.headline {
		return s
	}
	return newsTitleCase(s)
}

// slot returns the text for one slot of a template.
func (w *newsWriter) slot(name string) string {
	a, rng := w.art, w.rng
	t := a.topic
	switch name {
	// People, places and organisations.
	case "P":
		return w.personMention(w.pickPerson(), "", false)
	case "Pa": // subject position: an invented person's role follows, between commas
		return w.personMention(w.pickPerson(), ",", false)
	case "Pe": // end of the sentence: the role follows after a comma
		return w.personMention(w.pickPerson(), ".", false)
	case "P's":
		return w.personMention(w.pickPerson(), "", true)
	case "Pg":
		return w.personMention(w.entityPerson(), "", false)
	case "Pron":
		if p := a.last; p != nil && p.introduced && p.pronoun != "" {
			return p.pronoun
		}
		return w.personMention(w.pickPerson(), ",", false)
	case "hP", "hP2":
		p := a.cast[0]
		if name == "hP2" {
			p = w.entityPerson()
		}
		return w.countMention(p.key, p.short, true)
	case "Pl", "hPl", "Pl's":
		place := w.pickPlace(name == "hPl")
		return w.entityMention(place, true, name == "Pl's")
	case "City": // used attributively ("a Shanghai think tank"), where only a city reads well
		place := w.pickPlace(false)
		for range 50 {
			if place.city {
				break
			}
			place = w.places[w.placeRank.draw(rng)]
		}
		return w.entityMention(place, false, false)
	case "O", "hO", "O's":
		return w.entityMention(w.orgs[w.orgRank.draw(rng)], true, name == "O's")
	case "Co":
		return w.entityMention(w.companies[w.companyRank.draw(rng)], false, false)
	case "nat":
		return newsNationalities[w.nationalityRank.draw(rng)].adjective
	case "inst":
		return newsPick(rng, newsInstitutions)

	// Vocabulary.
	case "n":
		return newsPick(rng, t.nouns)
	case "ns":
		return newsPlural(newsPick(rng, t.nouns))
	case "issue":
		return newsPick(rng, t.issues)
	case "people":
		return newsPick(rng, t.people)
	case "ens":
		return newsPick(rng, newsEconomicPlurals)
	case "v":
		return newsPick(rng, newsTransitiveVerbs)
	case "vs":
		return newsThirdPerson(newsPick(rng, newsTransitiveVerbs))
	case "vd":
		return newsPast(newsPick(rng, newsTransitiveVerbs))
	case "ving":
		return newsIng(newsPick(rng, newsTransitiveVerbs))
	case "vi":
		return newsPick(rng, newsIntransitiveVerbs)
	case "vis":
		return newsThirdPerson(newsPick(rng, newsIntransitiveVerbs))
	case "mv":
		return newsPast(newsPick(rng, newsMovementVerbs))
	case "mvb":
		return newsPick(rng, newsMovementVerbs)
	case "adj":
		return newsPick(rng, newsAdjectives)
	case "qadj":
		return newsPick(rng, newsJudgements)
	case "adv":
		return newsPick(rng, newsAdverbs)
	case "mood":
		return newsPick(rng, []string{"cautious", "sceptical", "worried", "optimistic", "divided", "uncertain", "concerned", "hopeful", "pessimistic", "angry"})
	case "ladv":
		return newsPick(rng, []string{"slightly", "sharply", "broadly", "generally", "mostly"})
	case "dir":
		return newsPick(rng, []string{"higher", "lower", "mixed", "steady", "weaker", "firmer"})
	case "obj":
		return w.render(newsPick(rng, newsObjectPhrases))
	case "quote":
		return newsCapitalize(newsFixIndefinite(w.render(newsPick(rng, newsQuoteTemplates))))
	case "qo":
		return a.quoteOpen
	case "qc":
		return a.quoteClose
	case "ap":
		return a.apostrophe

	// Times and numbers.
	case "wd":
		return newsPick(rng, newsWeekdays)
	case "mon":
		return newsPick(rng, newsMonths)
	case "date":
		return newsPick(rng, newsMonths) + " " + strconv.Itoa(1+rng.IntN(28))
	case "year":
		return strconv.Itoa(2026 - min(rng.IntN(12), rng.IntN(12))) // recent years dominate
	case "when":
		return w.render(newsPick(rng, newsWhen))
	case "tspan":
		return newsPick(rng, []string{"years", "months", "decades", "more than a year", "much of the past decade"})
	case "tunit":
		return newsPick(rng, []string{"days", "weeks", "months", "hours"})
	case "pct":
		if rng.IntN(10) < 8 {
			return fmt.Sprintf("%d.%d%%", rng.IntN(10), 1+rng.IntN(9))
		}
		return fmt.Sprintf("%d%%", 10+rng.IntN(26))
	case "spct": // a rate of growth or inflation
		return fmt.Sprintf("%d.%d%%", rng.IntN(7), 1+rng.IntN(9))
	case "money":
		return w.money()
	case "num":
		if rng.IntN(4) == 0 {
			return newsThousands(1000 + 100*rng.IntN(190))
		}
		return strconv.Itoa(12 + rng.IntN(900))
	case "bignum":
		if rng.IntN(2) == 0 {
			return fmt.Sprintf("%d.%d million", 1+rng.IntN(9), rng.IntN(10))
		}
		return newsThousands(10000 * (2 + rng.IntN(90)))
	case "small":
		return newsPick(rng, []string{"two", "three", "four", "five", "six", "seven", "eight", "ten", "12"})
	case "ord":
		return newsPick(rng, []string{"second", "third", "fourth", "fifth", "first"})
	case "field":
		return newsPick(rng, []string{"economics", "international relations", "political science", "public health", "law", "history", "engineering"})
	}
	panic("newstext: unknown slot {" + name + "}")
}

func (w *newsWriter) money() string {
	cur := "$"
	switch w.rng.IntN(10) {
	case 0, 1:
		cur = "€"
	case 2:
		cur = "£"
	}
	switch w.rng.IntN(6) {
	case 0:
		return fmt.Sprintf("%s%d million", cur, 10*(1+w.rng.IntN(99)))
	case 1:
		return fmt.Sprintf("%s%d.%d trillion", cur, 1+w.rng.IntN(3), w.rng.IntN(10))
	default:
		return fmt.Sprintf("%s%d.%d billion", cur, 1+w.rng.IntN(60), w.rng.IntN(10))
	}
}

// pickPerson chooses who a person slot names: often someone already in the story, otherwise a
// new person, invented or from the gazetteer.
func (w *newsWriter) pickPerson() *newsPerson {
	a, rng := w.art, w.rng
	if w.leadNext {
		w.leadNext = false
		return a.cast[0]
	}
	switch r := rng.IntN(100); {
	case r < 14:
		return a.cast[rng.IntN(len(a.cast))]
	case r < 21 && len(a.seen) > 0:
		return a.seen[rng.IntN(len(a.seen))]
	}
	if rng.Float64() < newsInventedRate {
		return w.inventPerson()
	}
	return w.entityPerson()
}

// entityPerson draws a gazetteer person, returning the article's record of them.
func (w *newsWriter) entityPerson() *newsPerson {
	e := w.persons[w.personRank.draw(w.rng)]
	if p, ok := w.art.people[e.id]; ok {
		return p
	}
	full := e.name
	if len(e.aliases) > 0 && w.rng.Float64() < newsAliasRate {
		if alias := newsPick(w.rng, e.aliases); strings.Contains(alias, " ") {
			full = alias // a one-word alias ("Bibi") is not how a story introduces someone
		}
	}
	p := &newsPerson{key: e.id, entity: e, full: full, short: e.short}
	w.art.people[e.id] = p
	return p
}

// inventPerson makes up a person whose name is not in the gazetteer.
func (w *newsWriter) inventPerson() *newsPerson {
	rng := w.rng
	for {
		o := w.origins[rng.IntN(len(w.origins))]
		female := rng.IntN(2) == 0
		given, pronoun := newsPick(rng, o.male), "he"
		if female {
			given, pronoun = newsPick(rng, o.female), "she"
		}
		surname := newsPick(rng, o.surnames)
		full := given + " " + surname
		if o.familyFirst {
			full = surname + " " + given
		}
		if w.entityNames[normalize.Fold(full)] {
			continue
		}
		key := "invented:" + full
		if p, ok := w.art.people[key]; ok {
			return p
		}
		p := &newsPerson{key: key, full: full, short: surname, pronoun: pronoun,
			role: newsPick(rng, newsInventedRoles)}
		switch r := rng.IntN(100); {
		case r < 8:
			p.title = "Dr."
		case r < 10:
			p.title = "Senator"
		case r < 12:
			p.title = "Governor"
		}
		w.art.people[key] = p
		return p
	}
}

// personMention writes a mention of p. The first mention in an article gives the full name after
// a title, or an invented person's role after it (roleEnd "," in subject position, "." at the end
// of a sentence); later mentions mostly give the surname alone.
func (w *newsWriter) personMention(p *newsPerson, roleEnd string, possessive bool) string {
	a, rng := w.art, w.rng
	name, title, role := p.short, "", ""
	if !p.introduced {
		p.introduced = true
		a.seen = append(a.seen, p)
		name = p.full
		if e := p.entity; e != nil && e.title != "" && rng.IntN(5) < 3 {
			title = e.title
			if newsNationalTitles[title] && rng.IntN(2) == 0 {
				if adj := newsNationality(e.country); adj != "" {
					title = adj + " " + title
				}
			}
			if e.former {
				title = "former " + title
			}
		} else if p.entity == nil {
			title = p.title
			if roleEnd != "" && !possessive {
				role = w.render(p.role)
			}
		}
	} else if rng.IntN(8) == 0 {
		name = p.full
	}
	a.last = p // after the role, which may mention someone else
	a.stats.personMentions++
	if p.entity == nil {
		a.stats.invented++
	}
	s := w.countMention(p.key, name, p.entity != nil)
	if title != "" {
		s = title + " " + s
	}
	switch {
	case possessive:
		s += a.apostrophe + "s"
	case role != "" && roleEnd == ",":
		s += ", " + role + ","
	case role != "":
		s += ", " + role
	}
	return s
}

// pickPlace chooses a place: often one the story is about, otherwise any.
func (w *newsWriter) pickPlace(main bool) *newsEntity {
	places := w.art.places
	if main {
		return places[0]
	}
	if w.rng.IntN(100) < 15 {
		return places[w.rng.IntN(len(places))]
	}
	return w.places[w.placeRank.draw(w.rng)]
}

// entityMention writes a mention of a place or organisation, with "the" when its name takes it.
func (w *newsWriter) entityMention(e *newsEntity, article, possessive bool) string {
	form := e.name
	if len(e.aliases) > 0 && w.rng.Float64() < newsAliasRate {
		form = newsPick(w.rng, e.aliases)
	}
	s := w.countMention(e.id, form, true)
	if possessive {
		s += w.art.apostrophe + "s"
	}
	if article && newsTakesThe(e, form) {
		s = w.caseWords("the ") + s
	}
	return s
}

// countMention records a name mention and returns the name as written: garbled at newsGarbleRate
// for gazetteer names.
func (w *newsWriter) countMention(key, name string, entity bool) string {
	a := w.art
	if entity {
		a.stats.entityMentions++
		if w.rng.Float64() < newsGarbleRate {
			if g := w.garble(name); g != name {
				name = g
				a.stats.garbled++
			}
		}
	}
	a.stats.mentionKeys = append(a.stats.mentionKeys, key)
	a.nameTokensSoFar += newsWordCount(name)
	return name
}

// garble applies one error of the kinds found in OCR and hasty typing: a letter substituted,
// deleted or transposed (never a word's first letter, which rarely goes wrong), the diacritics
// dropped, or two words run together.
func (w *newsWriter) garble(name string) string {
	rng := w.rng
	switch rng.IntN(5) {
	case 0:
		if s := newsStripMarks(name); s != name {
			return s
		}
	case 1:
		if i := strings.IndexByte(name, ' '); i > 0 {
			spaces := strings.Count(name, " ")
			k := rng.IntN(spaces)
			for range k {
				i += 1 + strings.IndexByte(name[i+1:], ' ')
			}
			return name[:i] + name[i+1:]
		}
	}
	rs := []rune(name)
	var inner []int // letters that are not the first of their word
	for i := 1; i < len(rs); i++ {
		if unicode.IsLetter(rs[i]) && unicode.IsLetter(rs[i-1]) {
			inner = append(inner, i)
		}
	}
	if len(inner) < 2 {
		return name // too short to misspell recognisably
	}
	i := inner[rng.IntN(len(inner))]
	switch rng.IntN(3) {
	case 0:
		r := rune('a' + rng.IntN(26))
		if unicode.ToLower(rs[i]) == r {
			r = 'a' + (r-'a'+1)%26
		}
		if unicode.IsUpper(rs[i]) {
			r = unicode.ToUpper(r)
		}
		rs[i] = r
	case 1:
		rs = slices.Delete(rs, i, i+1)
	default:
		if i+1 < len(rs) && unicode.IsLetter(rs[i+1]) && rs[i] != rs[i+1] {
			rs[i], rs[i+1] = rs[i+1], rs[i]
		} else {
			rs = slices.Delete(rs, i, i+1)
		}
	}
	return string(rs)
}

// newsStripMarks removes diacritics: "Erdoğan" -> "Erdogan".
func newsStripMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// newsTheWords are words that make a place or organisation name take "the" in running text.
var newsTheWords = map[string]bool{
	"United": true, "Republic": true, "Kingdom": true, "Emirates": true, "Islands": true,
	"Netherlands": true, "Philippines": true, "Gambia": true, "Bahamas": true, "Maldives": true,
	"Sea": true, "Ocean": true, "Gulf": true, "Strait": true, "Straits": true, "Channel": true,
	"Peninsula": true, "Strip": true, "Bank": true, "Balkans": true, "Caucasus": true, "Sahel": true,
	"Arctic": true, "Antarctic": true, "Himalayas": true, "Alps": true, "Levant": true, "Donbas": true,
	"Union": true, "Nations": true, "Party": true, "Organization": true, "Organisation": true,
	"Council": true, "Fund": true, "Commission": true, "Agency": true, "Court": true, "Committee": true,
	"Assembly": true, "Parliament": true, "Congress": true, "Department": true, "Ministry": true,
	"Office": true, "Institute": true, "Forces": true, "Force": true, "Army": true, "Navy": true,
	"Guard": true, "Guards": true, "Corps": true, "Service": true, "Authority": true, "Association": true,
	"Federation": true, "Alliance": true, "League": true, "Movement": true, "Front": true,
	"Reserve": true, "House": true, "Kremlin": true, "Pentagon": true, "Vatican": true, "Senate": true,
	"Cabinet": true, "Board": true, "Foundation": true, "Conference": true, "Secretariat": true,
	"Programme": true, "Bureau": true, "Tribunal": true, "Police": true, "State": true,
}

// newsTakesThe reports whether form, a name of e, takes "the" in running text: "the United
// States", "the US", "the European Union", "the Kremlin", but "Moscow", "Nvidia" and "NATO".
func newsTakesThe(e *newsEntity, form string) bool {
	if strings.HasPrefix(form, "The ") {
		return false
	}
	if strings.HasPrefix(form, "Middle East") || (len(form) > 1 && form[0] == 'G' && form[1] >= '0' && form[1] <= '9') {
		return true
	}
	takes := func(s string) bool {
		for f := range strings.FieldsSeq(s) {
			if newsTheWords[f] {
				return true
			}
		}
		return false
	}
	if takes(form) {
		return true
	}
	// An acronym of a name that takes "the" takes it too: "the US", "the EU", "the IDF".
	acronym := strings.ToUpper(form) == form && utf8.RuneCountInString(form) <= 5
	return acronym && form != e.name && takes(e.name)
}

// newsNationality returns the nationality adjective of an ISO country code, or "".
func newsNationality(country string) string {
	for _, n := range newsNationalities {
		if n.country == country {
			return n.adjective
		}
	}
	return ""
}

// newsPick returns a random element of list.
func newsPick(rng *rand.Rand, list []string) string { return list[rng.IntN(len(list))] }

// newsCapitalize upper-cases the first letter of s, after any opening quote.
func newsCapitalize(s string) string {
	for i, r := range s {
		if unicode.IsLetter(r) {
			return s[:i] + string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
		}
		if !strings.ContainsRune(`"“'‘`, r) {
			return s
		}
	}
	return s
}

// newsSmallWords stay lower-case inside a title-case headline.
var newsSmallWords = map[string]bool{
	"a": true, "an": true, "and": true, "as": true, "at": true, "but": true, "by": true, "for": true,
	"from": true, "in": true, "of": true, "on": true, "or": true, "the": true, "to": true, "with": true,
}

// newsTitleCase capitalises every word of s except the small ones, and each part of a hyphenated
// word ("long-awaited" -> "Long-Awaited").
func newsTitleCase(s string) string {
	var b strings.Builder
	for i, word := range strings.Split(s, " ") {
		if i > 0 {
			b.WriteByte(' ')
		}
		if newsSmallWords[word] {
			b.WriteString(word)
			continue
		}
		for j, part := range strings.Split(word, "-") {
			if j > 0 {
				b.WriteByte('-')
			}
			b.WriteString(newsCapitalize(part))
		}
	}
	return b.String()
}

// newsFixIndefinite turns "a" into "an" before a vowel sound: "an analyst", "an EU official", "an
// 8% rise", but "a UN report" and "a university".
func newsFixIndefinite(s string) string {
	words := strings.Split(s, " ")
	for i := 0; i+1 < len(words); i++ {
		if (words[i] == "a" || words[i] == "A") && newsVowelSound(strings.TrimLeft(words[i+1], `"“$€£`)) {
			words[i] += "n"
		}
	}
	return strings.Join(words, " ")
}

func newsVowelSound(w string) bool {
	if w == "" {
		return false
	}
	lower := strings.ToLower(w)
	switch {
	case strings.HasPrefix(lower, "hour"), strings.HasPrefix(lower, "honest"):
		return true
	case w[0] == '8':
		return true
	case strings.HasPrefix(w, "11") || strings.HasPrefix(w, "18"):
		return len(w) == 2 || !unicode.IsDigit(rune(w[2]))
	case strings.HasPrefix(lower, "eu") && !strings.HasPrefix(w, "EU"), strings.HasPrefix(lower, "one"):
		return false // "a European", "a one-off"
	case strings.ContainsRune("aeioAEIO", rune(w[0])), strings.HasPrefix(w, "Uz"), strings.HasPrefix(w, "Ur"):
		return true
	case w[0] == 'u':
		for _, p := range []string{"uni", "use", "usu", "ura", "ure"} {
			if strings.HasPrefix(w, p) {
				return false
			}
		}
		return true
	}
	return false
}

// newsPlural returns the plural of a noun phrase, inflecting its last word.
func newsPlural(n string) string {
	switch {
	case strings.HasSuffix(n, "is"):
		return n[:len(n)-2] + "es" // crisis -> crises
	case strings.HasSuffix(n, "s"), strings.HasSuffix(n, "sh"), strings.HasSuffix(n, "ch"),
		strings.HasSuffix(n, "x"):
		return n + "es"
	case strings.HasSuffix(n, "y") && len(n) > 1 && !strings.ContainsRune("aeiou", rune(n[len(n)-2])):
		return n[:len(n)-1] + "ies"
	}
	return n + "s"
}

// newsIrregularVerbs gives the past tense and -ing form of the verbs the rules get wrong.
var newsIrregularVerbs = map[string][2]string{
	"ban": {"banned", "banning"}, "plan": {"planned", "planning"}, "stop": {"stopped", "stopping"},
	"drop": {"dropped", "dropping"}, "slip": {"slipped", "slipping"}, "cap": {"capped", "capping"},
	"cut": {"cut", "cutting"}, "set": {"set", "setting"}, "shut": {"shut", "shutting"},
	"win": {"won", "winning"}, "hold": {"held", "holding"}, "seek": {"sought", "seeking"},
	"lose": {"lost", "losing"}, "rise": {"rose", "rising"}, "fall": {"fell", "falling"},
	"grow": {"grew", "growing"}, "shrink": {"shrank", "shrinking"}, "freeze": {"froze", "freezing"},
	"lead": {"led", "leading"}, "begin": {"began", "beginning"}, "break": {"broke", "breaking"},
	"send": {"sent", "sending"}, "hit": {"hit", "hitting"}, "commit": {"committed", "committing"},
	"veto": {"vetoed", "vetoing"}, "scrap": {"scrapped", "scrapping"}, "undercut": {"undercut", "undercutting"},
}

func newsPast(v string) string {
	if f, ok := newsIrregularVerbs[v]; ok {
		return f[0]
	}
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case strings.HasSuffix(v, "y") && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		return v[:len(v)-1] + "ied"
	}
	return v + "ed"
}

func newsIng(v string) string {
	if f, ok := newsIrregularVerbs[v]; ok {
		return f[1]
	}
	if strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee") {
		return v[:len(v)-1] + "ing"
	}
	return v + "ing"
}

func newsThirdPerson(v string) string {
	switch {
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "ch"),
		strings.HasSuffix(v, "x"), strings.HasSuffix(v, "o"):
		return v + "es"
	case strings.HasSuffix(v, "y") && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		return v[:len(v)-1] + "ies"
	}
	return v + "s"
}

// newsThousands formats n with thousands separators: 12500 -> "12,500".
func newsThousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
