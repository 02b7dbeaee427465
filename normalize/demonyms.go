package normalize

// demonyms maps folded nationality adjectives to ISO 3166-1 codes (empty for regional ones such as
// "African"). A demonym near a name ("Polish
// Prime Minister Donald Tass") is evidence for entities of that country; a demonym anywhere in a
// document says the country is in the story.
var demonyms = map[string]string{
	"afghan": "AF", "albanian": "AL", "algerian": "DZ", "american": "US", "andorran": "AD",
	"angolan": "AO", "argentine": "AR", "argentinian": "AR", "armenian": "AM", "australian": "AU",
	"austrian": "AT", "azerbaijani": "AZ", "azeri": "AZ", "bahamian": "BS", "bahraini": "BH",
	"bangladeshi": "BD", "barbadian": "BB", "belarusian": "BY", "belgian": "BE", "belizean": "BZ",
	"beninese": "BJ", "bhutanese": "BT", "bolivian": "BO", "bosnian": "BA", "botswanan": "BW",
	"brazilian": "BR", "british": "GB", "bruneian": "BN", "bulgarian": "BG", "burkinabe": "BF",
	"burmese": "MM", "burundian": "BI", "cambodian": "KH", "cameroonian": "CM", "canadian": "CA",
	"chadian": "TD", "chilean": "CL", "chinese": "CN", "colombian": "CO", "congolese": "CD",
	"croatian": "HR", "cuban": "CU", "cypriot": "CY", "czech": "CZ", "danish": "DK",
	"djiboutian": "DJ", "dominican": "DO", "dutch": "NL", "ecuadorian": "EC", "egyptian": "EG",
	"emirati": "AE", "english": "GB", "eritrean": "ER", "estonian": "EE", "ethiopian": "ET",
	"fijian": "FJ", "filipino": "PH", "finnish": "FI", "french": "FR", "gabonese": "GA",
	"gambian": "GM", "georgian": "GE", "german": "DE", "ghanaian": "GH", "greek": "GR",
	"guatemalan": "GT", "guinean": "GN", "guyanese": "GY", "haitian": "HT", "honduran": "HN",
	"hungarian": "HU", "icelandic": "IS", "indian": "IN", "indonesian": "ID", "iranian": "IR",
	"iraqi": "IQ", "irish": "IE", "israeli": "IL", "italian": "IT", "ivorian": "CI",
	"jamaican": "JM", "japanese": "JP", "jordanian": "JO", "kazakh": "KZ", "kazakhstani": "KZ",
	"kenyan": "KE", "korean": "KR", "kosovar": "XK", "kosovan": "XK", "kuwaiti": "KW",
	"kyrgyz": "KG", "lao": "LA", "laotian": "LA", "latvian": "LV", "lebanese": "LB",
	"liberian": "LR", "libyan": "LY", "lithuanian": "LT", "luxembourgish": "LU", "macedonian": "MK",
	"malagasy": "MG", "malawian": "MW", "malaysian": "MY", "maldivian": "MV", "malian": "ML",
	"maltese": "MT", "mauritanian": "MR", "mauritian": "MU", "mexican": "MX", "moldovan": "MD",
	"monegasque": "MC", "mongolian": "MN", "montenegrin": "ME", "moroccan": "MA", "mozambican": "MZ",
	"namibian": "NA", "nepalese": "NP", "nepali": "NP", "nicaraguan": "NI", "nigerian": "NG",
	"nigerien": "NE", "norwegian": "NO", "omani": "OM", "pakistani": "PK", "palestinian": "PS",
	"panamanian": "PA", "paraguayan": "PY", "peruvian": "PE", "polish": "PL", "portuguese": "PT",
	"qatari": "QA", "romanian": "RO", "russian": "RU", "rwandan": "RW", "salvadoran": "SV",
	"saudi": "SA", "scottish": "GB", "senegalese": "SN", "serbian": "RS", "singaporean": "SG",
	"slovak": "SK", "slovenian": "SI", "somali": "SO", "south african": "ZA", "spanish": "ES",
	"sri lankan": "LK", "sudanese": "SD", "surinamese": "SR", "swedish": "SE", "swiss": "CH",
	"syrian": "SY", "taiwanese": "TW", "tajik": "TJ", "tanzanian": "TZ", "thai": "TH",
	"togolese": "TG", "tunisian": "TN", "turkish": "TR", "turkmen": "TM", "ugandan": "UG",
	"ukrainian": "UA", "uruguayan": "UY", "uzbek": "UZ", "venezuelan": "VE", "vietnamese": "VN",
	"welsh": "GB", "yemeni": "YE", "zambian": "ZM", "zimbabwean": "ZW", "kremlin": "RU",
	"soviet": "RU", "persian": "IR", "hellenic": "GR", "african": "", "european": "",
	"asian": "", "arab": "", "arabian": "", "latin": "", "nordic": "", "balkan": "", "gulf": "",
	"americans": "US", "russians": "RU", "ukrainians": "UA", "israelis": "IL", "palestinians": "PS",
	"iranians": "IR", "syrians": "SY", "iraqis": "IQ", "afghans": "AF", "turks": "TR",
}

// roleWords are folded words of offices and roles. When they stand just before a name and also
// appear in an entity's description, they are evidence for that entity ("Spanish Foreign
// Minister ..." for the Minister of Foreign Affairs of Spain).
var roleWords = map[string]bool{
	"president": true, "prime": true, "minister": true, "foreign": true, "defence": true,
	"defense": true, "finance": true, "interior": true, "secretary": true, "chancellor": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "envoy": true, "adviser": true,
	"advisor": true, "king": true, "queen": true, "prince": true, "emir": true, "sultan": true,
	"general": true, "commander": true, "governor": true, "senator": true, "mayor": true,
	"leader": true, "chief": true, "ambassador": true, "correspondent": true, "ceo": true,
	"premier": true, "speaker": true, "crown": true, "state": true, "security": true,
	"national": true, "central": true, "bank": true, "opposition": true, "army": true,
	"journalist": true, "reporter": true, "director": true, "head": true, "chairman": true,
}
