package normalize

// titles are folded honorifics, ranks and offices that may precede a name and are not part of it.
// They are dropped from the start of a name before matching ("President Vladimir Putin",
// "Sheikh Tamim", "Dr. Tedros").
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "prof": true,
	"professor": true, "sir": true, "dame": true, "lord": true, "lady": true, "madam": true,
	"sheikh": true, "shaikh": true, "sheik": true, "shaykh": true, "sayyid": true, "sayed": true,
	"president": true, "presidente": true, "prasident": true, "president's": true, "vice": true,
	"prime": true, "minister": true, "premier": true, "chancellor": true, "secretary": true,
	"foreign": true, "defence": true, "defense": true, "general": true, "gen": true,
	"senator": true, "sen": true, "rep": true, "representative": true, "governor": true, "gov": true,
	"mayor": true, "ambassador": true, "envoy": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "king": true, "queen": true, "prince": true, "princess": true,
	"emir": true, "amir": true, "sultan": true, "crown": true, "his": true, "her": true,
	"majesty": true, "highness": true, "excellency": true, "hrh": true, "colonel": true, "col": true,
	"lt": true, "lieutenant": true, "capt": true, "captain": true, "admiral": true, "adm": true,
	"marshal": true, "field": true, "commander": true, "pope": true, "rev": true, "reverend": true,
	"ayatollah": true, "grand": true, "herr": true, "frau": true, "monsieur": true, "madame": true,
	"mme": true, "senor": true, "senora": true, "gospodin": true, "pan": true, "pani": true,
	"chairman": true, "chairwoman": true, "chair": true, "ceo": true, "judge": true, "justice": true,
	"chief": true, "former": true, "late": true, "mp": true, "mep": true, "hon": true,
	"honourable": true, "honorable": true, "excellence": true, "presidentin": true, "premierminister": true,
	"ministerprasident": true, "kanzler": true, "bundeskanzler": true, "kanzlerin": true,
	// "President" and "Prime Minister" in the languages of the news agencies that write about
	// world leaders: Slavic, Baltic, Romance, Indonesian and Malay, Nordic, Turkish.
	"prezident": true, "prezydent": true, "predsjednik": true, "predsednik": true, "presiden": true,
	"presedintele": true, "presedinte": true, "presidentti": true, "presidenten": true,
	"prezidentas": true, "prezidents": true, "cumhurbaskani": true, "premyer": true,
	"kanclerz": true, "ministr": true,
	"premjer": true, "primer": true, "perdana": true, "menteri": true, "statsminister": true,
	"koning": true, "konig": true, "roi": true, "rey": true, "papst": true,
	"kral": true, "korol": true, "karalius": true,
}

// postTitles are folded honorifics and offices written after a name in their languages
// (Hungarian "Putyin elnök", Korean "... daetongnyeong", Turkish "bey"). A run of
// them at the end of a name is not evidence against it.
var postTitles = map[string]bool{
	"elnok": true, "miniszterelnok": true, "daetongnyeong": true, "ssi": true, "bey": true,
	"pasa": true, "pasha": true, "efendi": true, "hanim": true, "sahib": true, "saheb": true,
}

// nameParticles are folded connectors inside names ("bin", "von der", "al"). They carry little
// evidence on their own, so they weigh less when names are scored.
var nameParticles = map[string]bool{
	"bin": true, "ibn": true, "bint": true, "ben": true, "abu": true, "al": true, "el": true,
	"von": true, "van": true, "der": true, "den": true, "de": true, "del": true, "della": true,
	"di": true, "da": true, "do": true, "dos": true, "das": true, "du": true, "la": true, "le": true,
	"les": true, "y": true, "zu": true, "ter": true, "te": true, "ul": true, "ur": true, "ud": true,
	"and": true, "of": true, "the": true, "st": true, "mac": true,
}

// stopwords are function words that may be capitalised at the start of a sentence but never begin
// a name ("The UN said").
var stopwords = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "for": true, "and": true,
	"but": true, "or": true, "to": true, "from": true, "with": true, "by": true, "as": true,
	"this": true, "that": true, "these": true, "those": true, "it": true, "he": true, "she": true,
	"they": true, "we": true, "after": true, "before": true, "when": true, "while": true, "if": true,
}

// calendarWords are the months and days of the week: capitalised in English like names, and
// followed by dates ("June 23"), but never a garbled name ("June" is not Dong Jun's surname).
var calendarWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
}
