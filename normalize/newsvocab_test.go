package normalize_test

// The vocabulary and sentence templates of the news-like benchmark text (newstext_test.go).

// Templates. Slots: {P} a person, {Pa} a person as a subject (an invented person's role follows
// between commas), {Pe} a person ending the sentence, {P's} possessive, {Pg} a gazetteer person,
// {Pron} "he"/"she" or the last person's name; {Pl} a place, {City} a city used attributively,
// {Pl's}; {O} an organisation, {O's}, {Co} a company; {h...} the headline's names; {nat} a
// nationality adjective; {inst} an institution not in the gazetteer. The rest are vocabulary ({n}
// a topic noun, {ns} its plural, {issue}, {people}, {ens} economic plurals, {v}/{vs}/{vd}/{ving}
// a transitive verb, {vi}/{vis} an intransitive one, {mv}/{mvb} a verb of movement, {adj},
// {qadj} a judgement, {mood}, {adv}, {ladv}, {dir}, {obj} a noun phrase, {quote} a quoted
// sentence, {qo}/{qc} the article's quote marks, {ap} its apostrophe) and times and numbers
// ({wd}, {mon}, {date}, {year}, {when}, {tspan}, {tunit}, {pct}, {spct}, {money}, {num}, {bignum},
// {small}, {ord}, {field}).
var newsLedeTemplates = []string{
	"{Pa} said on {wd} that {Pl} would {v} {obj} {when}, in the clearest sign yet that the government sees {issue} as a priority.",
	"{Pa} on {wd} {vd} {obj}, a move expected to {v} {obj} and test relations with {Pl}.",
	"{Pa} met {P} in {Pl} on {wd} for talks on {issue}, their first meeting since {mon}.",
	"{Pa} {vd} {obj} on {wd} after weeks of {adj} talks with {Pl} over {issue}.",
	"{Pa} is expected to {v} {obj} when {nat} and {nat} officials meet in {Pl} {when}, according to people familiar with the plans.",
	"{nat} officials said on {wd} that {P} had agreed to {v} {obj}, ending months of uncertainty over {issue}.",
}

var newsSentenceTemplates = []string{
	"{Pa} said on {wd} that the {n} would {v} {obj}.",
	"Officials in {Pl} told reporters that the {n} was likely to {vi} {when}.",
	"The {n} comes as {Pl} faces {adj} pressure to {v} {obj} and to {v} {obj}.",
	"In {mon}, {O} {vd} {obj}, a move that {P} described as {qo}{qadj}.{qc}",
	"But {people} in {Pl} remain {mood} about {issue}, according to {inst}.",
	"{nat} {ens} {mv} {spct} in {mon} from a year earlier, {inst} said.",
	"The {adj} {n} is expected to cost about {money} over the next {small} years, according to a report by {O}.",
	"{P} is due to meet {P} in {Pl} on {date} to discuss {issue} and the {adj} {n}.",
	"While {P} has {adv} called for {adj} {ns}, {Pl} has so far refused to {v} {obj}.",
	"After {small} {tunit} of talks, the two sides agreed to {v} {obj}.",
	"{Pron} added that the {n} would not {v} {obj} {when}.",
	"It was not immediately clear whether {O} would {v} {obj} or {v} {obj}.",
	"{O} did not immediately respond to a request for comment.",
	"The {n} could have {adj} implications for {issue} across {Pl}, analysts said.",
	"{qo}{quote},{qc} {P} said.",
	"{qo}{quote},{qc} said {Pe}.",
	"{qo}{quote},{qc} {Pron} said. {qo}{quote}.{qc}",
	"{Pa} told {O} that {people} in {Pl} were {adv} {mood} about {issue}.",
	"{inst} in {Pl} {vd} {obj}, citing {adj} {ns} and {issue}.",
	"Some {num} {people} gathered in central {Pl} to protest against the {n}.",
	"{Pl} and {Pl} have been at odds for {tspan} over {issue}.",
	"Under the {adj} {n}, {people} would be allowed to {v} {obj} until {year}.",
	"The {n} follows {O's} decision last month to {v} {obj}.",
	"{nat} officials have {adv} said they will not {v} {obj} without {adj} {ns}.",
	"Analysts said the {n} was unlikely to {v} {obj} before {year}, given the {adj} state of {issue}.",
	"{P's} office said in a statement that the {n} remained {adj} and that talks with {Pl} would continue.",
	"The economy of {Pl} grew {spct} last year, while inflation slowed to {spct} in {mon}.",
	"{O} said it would invest {money} in {ns} over the next {small} years.",
	"On {wd}, {P} {vd} {obj}, saying it was {qadj}.",
	"A survey published by {O} found that {pct} of {people} in {Pl} supported the {n}.",
	"{Pa} warned that {issue} could {vi} if the {n} failed to win the support of {people}.",
	"The {adj} {n} was first reported by {O}.",
	"{Pl} has {adv} rejected the {n}, which it says {vs} {obj}.",
	"In a speech in {Pl} on {date}, {P} called the {n} {qo}{qadj}{qc} and urged {people} to {v} {obj}.",
	"The {n}, which took effect on {date}, is expected to cost {people} about {money} a year.",
	"Shares of {Co} fell {pct} in early trading, while the broader market was {dir}.",
	"Asked whether the {n} would {vi}, {P} said: {qo}{quote}.{qc}",
	"The company{ap}s CEO said AI would {v} {obj} within {small} years.",
	"NATO allies are due to meet in {Pl} next month to discuss {issue} and the {n}.",
	"EU leaders will discuss the {n} at a summit in {Pl} on {date}.",
	"The IMF expects GDP growth of {spct} in {year}, down from {spct} a year earlier.",
	"OPEC output rose to {bignum} barrels a day in {mon}, according to {O}.",
	"A UN report published last month said {bignum} {people} had fled {Pl} since {year}.",
	"It is the {ord} such {n} in {Pl} since {year}.",
	"The {n} in {Pl} left at least {num} people dead and {num} injured, {inst} said.",
	"{P} and {P} spoke by phone on {wd}, {P's} office said.",
	"Neither side gave details.",
	"The talks are set to resume on {date} in {Pl}.",
	"Critics say the {n} will {v} {obj} and {v} {obj}.",
	"{Pa} said {Pl} was ready to {v} {obj} but would not accept {adj} {ns}.",
	"{ens} were {ladv} {dir} on {wd}, traders said.",
	"{Pron} said the {n} was {qadj} and called on {O} to {v} {obj}.",
	"{Pron} declined to say whether {Pl} would {v} {obj}.",
	"{inst}, which oversees {issue}, said it would {v} {obj} {when}.",
	"More than {num} {people} have signed a petition calling on {P} to {v} {obj}.",
	"Talks between {Pl} and {Pl} broke down last year over {issue}.",
	"He said the government was {ving} {obj} but that {people} should not expect {adj} {ns} {when}.",
	"She said the {n} was {adv} {adj} and that {people} had been told to prepare for {adj} {ns}.",
	"The {adj} {n} has divided {people}, many of whom say it does little to address {issue}.",
	"After the {n} was announced, {people} across the country {vd} {obj}, and some called for {adj} {ns}.",
	"Earlier this year the government {vd} {obj}, a step that {people} said had done little to {v} {obj}.",
	"The decision to {v} {obj} was taken at a meeting of {inst} and is expected to be confirmed {when}.",
	"The figures showed {ens} {mv} {spct} in the three months to {mon}.",
	"{people} say the {n} has made it harder to {v} {obj}, and many expect the situation to {vi} further.",
	"A spokesperson for {inst} said the {n} would be reviewed {when} but gave no further details.",
	"According to {inst}, about {pct} of {people} in {Pl} were affected by the {n} last year.",
}

// newsBackgroundTemplates are the sentences of context that name nobody.
var newsBackgroundTemplates = []string{
	"The {n} is the latest in a series of {adj} {ns} that have tested relations between the two countries in recent months.",
	"Details of the {n} have not been made public, but people familiar with the discussions said it would include {adj} {ns} and a mechanism to monitor {issue}.",
	"The government has said the {n} is needed to {v} {obj}, but critics say it will do little to address {issue}.",
	"Many {people} say they have seen little change so far, and some fear that the {n} could make things worse.",
	"The issue has become a test of whether the government can {v} {obj} without losing the support of {people}.",
	"It remains unclear how the {n} would be paid for, or who would be responsible for enforcing it.",
	"There was no immediate comment from the government.",
	"The {n} must still be approved by lawmakers, who are expected to vote on it {when}.",
	"{people} have long complained that the authorities do not take {issue} seriously enough.",
	"The move is likely to {v} {obj}, though much will depend on how quickly the {n} is put into practice.",
	"The figures are likely to add to pressure on the government to {v} {obj}.",
	"Some {people} said they were worried that the {n} would {v} {obj} and leave them worse off.",
	"The {n} was agreed after months of negotiations and is due to be signed {when}.",
	"Supporters of the {n} say it will {v} {obj}, while opponents argue that it goes too far.",
	"For now, most {people} appear to be waiting to see whether the {n} will {vi} or whether the government will be forced to {v} {obj}.",
	"The debate over {issue} has intensified since the start of the year, as {people} and {people} have struggled to agree on what should come next.",
}

// newsClauses extend a sentence before its full stop. The first three read well after any
// sentence.
var newsClauses = []string{
	", as concerns about {issue} continue to grow",
	", at a time when many {people} are increasingly {mood} about {issue}",
	", even as {people} warned that the {n} could have {adj} consequences",
	", the latest sign of growing tension over {issue}",
	", although details of the {n} have yet to be published",
	", and {people} said they expected further {ns} {when}",
	", in a sign that the {n} is unlikely to {vi} any time soon",
	", according to people familiar with the matter",
}

var newsQuoteTemplates = []string{
	"we will not {v} {obj} under any circumstances",
	"this is a {adj} moment for {Pl}",
	"nobody expected the {n} to {vi} so quickly",
	"we need {adj} {ns}, not more {ns}",
	"it is too early to say whether the {n} will {vi}",
	"there is no {adj} solution to this {n}",
	"we have been very clear about our {ns} from the start",
	"our {people} are ready to {v} {obj} if necessary",
	"people are tired, and they want to see {adj} {ns}",
	"the {n} is {qadj}",
	"we are doing everything we can to {v} {obj}",
	"this {n} will {v} {obj} for years to come",
	"what we are seeing in {Pl} is {qadj}",
	"everyone is waiting to see what {Pl} does next",
	"we are not there yet",
	"the world has changed, and so has the debate over {issue}",
	"I think {people} understand that the {n} cannot wait",
}

var newsHeadlineTemplates = []string{
	"{hP} says {ns} will {v} {obj}",
	"{nat} {people} {v} {ns} as {n} deepens in {hPl}",
	"{hPl} to {v} {ns} after {adj} {n}",
	"{hP} and {hP2} meet in {hPl} amid {n} over {issue}",
	"{ens} {mvb} {spct} in {mon} as {n} {vis}",
	"{hO} {vs} {obj} in {hPl}",
	"{hPl} {vs} {adj} {ns} after talks with {hP}",
	"{people} in {hPl} protest against {adj} {n}",
	"{hP} {vs} {n} as {hPl} {vs} {ns}",
	"{hP} warns of {adj} {n} in {hPl}",
}

var newsObjectPhrases = []string{
	"the {adj} {n}", "{adj} {ns}", "its {n}", "a {adj} {n}", "new {ns}", "the {n}",
	"the {n} on {issue}", "{ns} for {people}", "plans to {v} {ns}", "the {adj} {n}",
	"a {adj} {n} that would {v} {ns} for {people}", "the {n} it {vd} last year",
	"measures to {v} the {n}", "the {adj} {n} that {people} had asked for",
	"some of the {ns} agreed earlier this year", "the {n} and the {ns} that came with it",
}

var newsWhen = []string{
	"in the coming weeks", "later this year", "before the end of the year", "by {mon}", "next year",
	"within days", "as early as next week", "by {year}", "before {mon}",
}

var newsInventedRoles = []string{
	"an analyst at {O}", "a professor of {field} at the University of {City}",
	"a spokesperson for {inst}", "a senior official at {O}", "a {nat} diplomat",
	"an economist at a {City}-based bank", "a local resident", "a lawyer representing the families",
	"a researcher at a {City} think tank", "the head of a {adj} advocacy group",
	"a former adviser to {Pg}", "a {nat} official who asked not to be named",
	"who runs a small business in {Pl}", "a member of the opposition", "an aid worker in {Pl}",
}

var newsInstitutions = []string{
	"the Ministry of Finance", "the Finance Ministry", "the Central Bank", "the central bank",
	"the Supreme Court", "the Constitutional Court", "the Interior Ministry", "the Foreign Ministry",
	"the Defence Ministry", "the Health Ministry", "the National Assembly", "the Electoral Commission",
	"the state statistics office", "the national statistics agency", "the Ministry of Energy",
	"the Coast Guard", "the local authorities", "the regional government", "the environment ministry",
	"the competition regulator", "the state news agency", "the Ministry of Justice",
	"the national energy regulator", "the Chamber of Commerce",
}

var newsWeekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

var newsMonths = []string{
	"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December",
}

// newsNationalities are in rough order of how often they appear in international news; the
// {nat} slot draws them with the Zipf distribution.
var newsNationalities = []struct{ country, adjective string }{
	{"US", "American"}, {"CN", "Chinese"}, {"RU", "Russian"}, {"UA", "Ukrainian"}, {"IL", "Israeli"},
	{"FR", "French"}, {"DE", "German"}, {"GB", "British"}, {"TR", "Turkish"}, {"SA", "Saudi"},
	{"IR", "Iranian"}, {"IN", "Indian"}, {"JP", "Japanese"}, {"PS", "Palestinian"}, {"KR", "South Korean"},
	{"IT", "Italian"}, {"PL", "Polish"}, {"BR", "Brazilian"}, {"EG", "Egyptian"}, {"SY", "Syrian"},
	{"LB", "Lebanese"}, {"PK", "Pakistani"}, {"ES", "Spanish"}, {"CA", "Canadian"}, {"MX", "Mexican"},
	{"AU", "Australian"}, {"QA", "Qatari"}, {"AE", "Emirati"}, {"IQ", "Iraqi"}, {"KP", "North Korean"},
	{"HU", "Hungarian"}, {"NL", "Dutch"}, {"BE", "Belgian"}, {"SE", "Swedish"}, {"NO", "Norwegian"},
	{"FI", "Finnish"}, {"DK", "Danish"}, {"AT", "Austrian"}, {"CH", "Swiss"}, {"GR", "Greek"},
	{"RO", "Romanian"}, {"BG", "Bulgarian"}, {"CZ", "Czech"}, {"SK", "Slovak"}, {"RS", "Serbian"},
	{"HR", "Croatian"}, {"BY", "Belarusian"}, {"GE", "Georgian"}, {"AM", "Armenian"},
	{"AZ", "Azerbaijani"}, {"KZ", "Kazakh"}, {"AF", "Afghan"}, {"AR", "Argentine"}, {"CO", "Colombian"},
	{"VE", "Venezuelan"}, {"CL", "Chilean"}, {"PE", "Peruvian"}, {"ZA", "South African"},
	{"NG", "Nigerian"}, {"KE", "Kenyan"}, {"ET", "Ethiopian"}, {"SD", "Sudanese"}, {"VN", "Vietnamese"},
	{"TH", "Thai"}, {"ID", "Indonesian"}, {"PH", "Philippine"}, {"MY", "Malaysian"}, {"TW", "Taiwanese"},
	{"IE", "Irish"}, {"PT", "Portuguese"}, {"JO", "Jordanian"}, {"LT", "Lithuanian"}, {"EE", "Estonian"},
}

// newsTopic is the vocabulary of one kind of story, so that an article stays on its subject.
type newsTopic struct {
	nouns  []string // countable, singular
	issues []string // what the story is about, without an article
	people []string // plural
}

var newsTopics = []newsTopic{
	{ // diplomacy
		nouns:  []string{"agreement", "summit", "proposal", "ceasefire", "framework", "treaty", "visit", "initiative", "resolution", "deal", "roadmap", "dialogue", "partnership", "declaration", "peace plan", "prisoner exchange"},
		issues: []string{"regional security", "border security", "humanitarian access", "regional stability", "territorial disputes", "sanctions relief", "arms control", "maritime security", "the peace process"},
		people: []string{"diplomats", "negotiators", "envoys", "officials", "mediators", "ministers"},
	},
	{ // economy
		nouns:  []string{"budget", "forecast", "tariff", "loan", "bond sale", "stimulus package", "rate cut", "tax", "subsidy", "reform", "deficit", "pension reform", "wage deal", "spending plan", "bailout"},
		issues: []string{"inflation", "economic growth", "consumer spending", "unemployment", "interest rates", "public debt", "food prices", "energy prices", "housing costs", "industrial output"},
		people: []string{"economists", "investors", "consumers", "traders", "workers", "employers", "shoppers", "borrowers"},
	},
	{ // conflict
		nouns:  []string{"offensive", "ceasefire", "attack", "air strike", "drone attack", "missile strike", "operation", "deployment", "evacuation", "counteroffensive", "blockade", "incursion", "truce", "convoy", "checkpoint"},
		issues: []string{"civilian casualties", "military aid", "air defence", "humanitarian aid", "ammunition supplies", "troop numbers", "the front line"},
		people: []string{"soldiers", "civilians", "residents", "troops", "refugees", "rescuers", "medics", "fighters"},
	},
	{ // energy and climate
		nouns:  []string{"pipeline", "power plant", "wind farm", "emissions target", "carbon tax", "oil field", "refinery", "power grid", "climate pledge", "drilling licence", "heatwave", "drought", "flood", "storm", "wildfire"},
		issues: []string{"fossil fuels", "renewable energy", "carbon emissions", "gas supplies", "oil output", "climate finance", "power outages", "water shortages"},
		people: []string{"farmers", "engineers", "scientists", "activists", "residents", "households"},
	},
	{ // health
		nouns:  []string{"vaccine", "outbreak", "hospital", "clinic", "clinical trial", "treatment", "drug", "screening programme", "health plan", "lockdown", "study", "recall"},
		issues: []string{"public health", "patient safety", "drug prices", "waiting times", "infection rates", "medical supplies"},
		people: []string{"doctors", "nurses", "patients", "researchers", "health workers", "parents"},
	},
	{ // technology
		nouns:  []string{"chip", "platform", "data centre", "AI model", "app", "network", "satellite", "software update", "cyberattack", "export control", "smartphone", "battery", "algorithm"},
		issues: []string{"data privacy", "online safety", "cybersecurity", "artificial intelligence", "chip supplies", "market competition"},
		people: []string{"engineers", "users", "developers", "regulators", "executives", "shareholders"},
	},
	{ // justice
		nouns:  []string{"ruling", "verdict", "trial", "appeal", "indictment", "lawsuit", "investigation", "inquiry", "warrant", "sentence", "charge", "probe", "hearing", "case", "complaint"},
		issues: []string{"judicial independence", "press freedom", "corruption", "human rights", "due process", "war crimes"},
		people: []string{"judges", "prosecutors", "lawyers", "defendants", "witnesses", "investigators"},
	},
	{ // elections
		nouns:  []string{"election", "vote", "campaign", "poll", "ballot", "coalition", "candidate", "runoff", "referendum", "rally", "manifesto", "debate", "recount", "majority", "mandate"},
		issues: []string{"voter turnout", "electoral reform", "campaign finance", "public trust", "immigration", "the cost of living"},
		people: []string{"voters", "supporters", "lawmakers", "candidates", "campaigners", "observers"},
	},
	{ // trade and business
		nouns:  []string{"merger", "takeover", "contract", "shipment", "export ban", "trade deal", "quota", "supply chain", "factory", "plant", "order", "stake", "acquisition", "profit warning", "earnings report"},
		issues: []string{"global trade", "supply chains", "commodity prices", "market access", "shipping costs", "steel production"},
		people: []string{"exporters", "manufacturers", "shareholders", "analysts", "suppliers", "retailers"},
	},
}

var newsTransitiveVerbs = []string{
	"approve", "reject", "extend", "suspend", "announce", "unveil", "propose", "block", "support",
	"oppose", "review", "challenge", "delay", "expand", "limit", "restore", "lift", "impose", "ease",
	"tighten", "raise", "cut", "boost", "secure", "finalise", "sign", "end", "launch", "target",
	"protect", "strengthen", "undermine", "revive", "scrap", "defend", "accept", "discuss",
	"negotiate", "implement", "fund", "back", "criticise", "condemn", "welcome", "reverse", "freeze",
	"overhaul", "revise", "halt", "resume", "complete", "seek", "win", "question", "postpone",
	"endorse", "veto", "investigate", "monitor", "cap", "curb", "ban", "plan", "undercut", "hold",
}

var newsIntransitiveVerbs = []string{
	"rise", "fall", "stall", "collapse", "resume", "slow", "recover", "continue", "improve", "worsen",
	"grow", "expand", "shrink", "hold", "falter", "ease", "escalate", "deepen", "stabilise",
	"rebound", "decline", "surge", "slump", "end", "fail", "proceed",
}

var newsMovementVerbs = []string{
	"rise", "fall", "grow", "slip", "jump", "decline", "climb", "drop", "surge", "slump",
}

var newsEconomicPlurals = []string{
	"prices", "exports", "imports", "sales", "wages", "shares", "bond yields", "factory orders",
	"retail sales", "home prices", "profits", "remittances", "car sales", "tax revenues",
}

var newsAdjectives = []string{
	"new", "major", "key", "senior", "local", "national", "regional", "global", "international",
	"economic", "political", "military", "financial", "diplomatic", "legal", "public", "private",
	"foreign", "domestic", "significant", "serious", "sharp", "modest", "strong", "weak", "fragile",
	"unprecedented", "controversial", "long-awaited", "temporary", "permanent", "direct", "broad",
	"narrow", "large", "small", "limited", "full", "partial", "initial", "final", "formal",
	"informal", "urgent", "critical", "clear", "possible", "likely", "difficult", "complex",
	"costly", "cautious", "aggressive", "historic", "deep", "further", "fresh", "tough", "strict",
	"firm", "stable", "uncertain", "volatile", "bilateral", "annual", "ambitious", "sweeping",
	"surprise", "renewed", "growing", "widespread",
}

var newsJudgements = []string{
	"unacceptable", "deeply worrying", "reckless", "long overdue", "historic", "irresponsible",
	"premature", "encouraging", "disappointing", "a step in the right direction", "a mistake",
	"dangerous", "unfair", "necessary",
}

var newsAdverbs = []string{
	"repeatedly", "sharply", "slightly", "quickly", "slowly", "largely", "widely", "publicly",
	"privately", "strongly", "firmly", "formally", "openly", "increasingly", "already", "still",
	"recently", "previously", "initially", "fully", "partly", "broadly", "deeply", "generally",
}

// newsInventedOrigins name invented people: given names and surnames that go together, so that
// "Tomasz Wieczorek" and "Megan Holloway" appear but not "Tomasz Holloway".
var newsInventedOrigins = []newsInventedOrigin{
	{ // English-speaking
		female:   []string{"Megan", "Sarah", "Emily", "Rachel", "Laura", "Jessica"},
		male:     []string{"David", "Michael", "James", "Daniel", "Thomas", "Matthew"},
		surnames: []string{"Holloway", "Whitaker", "Brennan", "Caldwell", "Fletcher", "Harrington", "Mercer", "Pruitt", "Dempsey", "Langley", "Ashford", "Whitfield", "Corbett"},
	},
	{ // Polish
		female:   []string{"Agnieszka", "Katarzyna", "Magdalena"},
		male:     []string{"Tomasz", "Piotr", "Łukasz", "Marcin"},
		surnames: []string{"Wieczorek", "Kowalczyk", "Mazur", "Krawczyk", "Pawlak", "Sikora", "Wróbel", "Jankowiak"},
	},
	{ // German
		female:   []string{"Katrin", "Sabine", "Annika"},
		male:     []string{"Jörg", "Matthias", "Florian", "Stefan"},
		surnames: []string{"Hoffmann", "Schreiber", "Köhler", "Vogel", "Neumann", "Lindemann", "Krüger", "Brandstätter"},
	},
	{ // French
		female:   []string{"Camille", "Élodie", "Juliette"},
		male:     []string{"Mathieu", "Olivier", "Guillaume"},
		surnames: []string{"Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Chevalier", "Marchand", "Dubois"},
	},
	{ // Spanish-speaking
		female:   []string{"Lucía", "Mariana", "Valentina"},
		male:     []string{"Alejandro", "Javier", "Andrés"},
		surnames: []string{"Navarro", "Castillo", "Herrera", "Ortega", "Domínguez", "Salazar", "Vargas", "Núñez"},
	},
	{ // Italian
		female:   []string{"Giulia", "Chiara"},
		male:     []string{"Lorenzo", "Matteo"},
		surnames: []string{"Ricci", "Bianchi", "Marchetti", "Galli", "Ferraro", "Esposito"},
	},
	{ // Turkish
		female:   []string{"Elif", "Zeynep"},
		male:     []string{"Emre", "Mehmet", "Burak"},
		surnames: []string{"Yıldız", "Çelik", "Aydın", "Öztürk", "Kaya", "Arslan", "Doğan"},
	},
	{ // Arabic
		female:   []string{"Layla", "Fatima", "Rania"},
		male:     []string{"Omar", "Khaled", "Youssef", "Tariq"},
		surnames: []string{"Haddad", "Mansour", "Khalil", "Saleh", "Nasser", "Farouk", "Hamdan", "Aziz"},
	},
	{ // Ukrainian
		female:   []string{"Olena", "Iryna", "Nataliya"},
		male:     []string{"Dmytro", "Andriy", "Oleksandr", "Serhiy"},
		surnames: []string{"Kovalenko", "Bondarenko", "Melnyk", "Shevchuk", "Tkachenko", "Kravets", "Hrytsenko", "Lysenko"},
	},
	{ // Chinese, family name first
		female:      []string{"Xiaoling", "Meiling", "Yufei"},
		male:        []string{"Weiming", "Jianhua", "Haoran"},
		surnames:    []string{"Chen", "Zhang", "Liu", "Huang", "Zhou", "Wu", "Tang", "Guo"},
		familyFirst: true,
	},
	{ // Indian
		female:   []string{"Priya", "Ananya", "Kavita"},
		male:     []string{"Rahul", "Arjun", "Vikram"},
		surnames: []string{"Iyer", "Reddy", "Menon", "Kapoor", "Banerjee", "Nair", "Desai", "Chatterjee"},
	},
	{ // Japanese
		female:   []string{"Yuki", "Haruka"},
		male:     []string{"Kenji", "Takashi"},
		surnames: []string{"Tanaka", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Matsumoto"},
	},
	{ // West and East African
		female:   []string{"Amina", "Ngozi", "Wanjiru"},
		male:     []string{"Chinedu", "Kwame", "Oluwaseun"},
		surnames: []string{"Okafor", "Adeyemi", "Mwangi", "Otieno", "Nwosu", "Balogun", "Boateng", "Kamau"},
	},
	{ // Portuguese-speaking
		female:   []string{"Ana", "Beatriz"},
		male:     []string{"João", "Rafael"},
		surnames: []string{"Quintela", "Carvalho", "Ribeiro", "Azevedo", "Teixeira", "Pereira"},
	},
}
