package main

// country is an ISO 3166-1 alpha-2 code with its English news name.
type country struct {
	Name string
	The  bool // takes "the" in running text ("City in the United States")
}

// countries maps ISO 3166-1 alpha-2 codes (plus XK for Kosovo) to English
// names in the form used by English-language news / English Wikipedia.
var countries = map[string]country{
	"AD": {"Andorra", false}, "AE": {"United Arab Emirates", true}, "AF": {"Afghanistan", false},
	"AG": {"Antigua and Barbuda", false}, "AI": {"Anguilla", false}, "AL": {"Albania", false},
	"AM": {"Armenia", false}, "AO": {"Angola", false}, "AQ": {"Antarctica", false},
	"AR": {"Argentina", false}, "AS": {"American Samoa", false}, "AT": {"Austria", false},
	"AU": {"Australia", false}, "AW": {"Aruba", false}, "AX": {"Åland", false},
	"AZ": {"Azerbaijan", false}, "BA": {"Bosnia and Herzegovina", false}, "BB": {"Barbados", false},
	"BD": {"Bangladesh", false}, "BE": {"Belgium", false}, "BF": {"Burkina Faso", false},
	"BG": {"Bulgaria", false}, "BH": {"Bahrain", false}, "BI": {"Burundi", false},
	"BJ": {"Benin", false}, "BL": {"Saint Barthélemy", false}, "BM": {"Bermuda", false},
	"BN": {"Brunei", false}, "BO": {"Bolivia", false}, "BQ": {"Caribbean Netherlands", false},
	"BR": {"Brazil", false}, "BS": {"Bahamas", true}, "BT": {"Bhutan", false},
	"BV": {"Bouvet Island", false}, "BW": {"Botswana", false}, "BY": {"Belarus", false},
	"BZ": {"Belize", false}, "CA": {"Canada", false}, "CC": {"Cocos (Keeling) Islands", true},
	"CD": {"Democratic Republic of the Congo", true}, "CF": {"Central African Republic", true},
	"CG": {"Republic of the Congo", true}, "CH": {"Switzerland", false}, "CI": {"Côte d'Ivoire", false},
	"CK": {"Cook Islands", true}, "CL": {"Chile", false}, "CM": {"Cameroon", false},
	"CN": {"China", false}, "CO": {"Colombia", false}, "CR": {"Costa Rica", false},
	"CU": {"Cuba", false}, "CV": {"Cape Verde", false}, "CW": {"Curaçao", false},
	"CX": {"Christmas Island", false}, "CY": {"Cyprus", false}, "CZ": {"Czech Republic", true},
	"DE": {"Germany", false}, "DJ": {"Djibouti", false}, "DK": {"Denmark", false},
	"DM": {"Dominica", false}, "DO": {"Dominican Republic", true}, "DZ": {"Algeria", false},
	"EC": {"Ecuador", false}, "EE": {"Estonia", false}, "EG": {"Egypt", false},
	"EH": {"Western Sahara", false}, "ER": {"Eritrea", false}, "ES": {"Spain", false},
	"ET": {"Ethiopia", false}, "FI": {"Finland", false}, "FJ": {"Fiji", false},
	"FK": {"Falkland Islands", true}, "FM": {"Federated States of Micronesia", true}, "FO": {"Faroe Islands", true},
	"FR": {"France", false}, "GA": {"Gabon", false}, "GB": {"United Kingdom", true},
	"GD": {"Grenada", false}, "GE": {"Georgia", false}, "GF": {"French Guiana", false},
	"GG": {"Guernsey", false}, "GH": {"Ghana", false}, "GI": {"Gibraltar", false},
	"GL": {"Greenland", false}, "GM": {"Gambia", true}, "GN": {"Guinea", false},
	"GP": {"Guadeloupe", false}, "GQ": {"Equatorial Guinea", false}, "GR": {"Greece", false},
	"GS": {"South Georgia and the South Sandwich Islands", false}, "GT": {"Guatemala", false}, "GU": {"Guam", false},
	"GW": {"Guinea-Bissau", false}, "GY": {"Guyana", false}, "HK": {"Hong Kong", false},
	"HM": {"Heard Island and McDonald Islands", false}, "HN": {"Honduras", false}, "HR": {"Croatia", false},
	"HT": {"Haiti", false}, "HU": {"Hungary", false}, "ID": {"Indonesia", false},
	"IE": {"Ireland", false}, "IL": {"Israel", false}, "IM": {"Isle of Man", true},
	"IN": {"India", false}, "IO": {"British Indian Ocean Territory", true}, "IQ": {"Iraq", false},
	"IR": {"Iran", false}, "IS": {"Iceland", false}, "IT": {"Italy", false},
	"JE": {"Jersey", false}, "JM": {"Jamaica", false}, "JO": {"Jordan", false},
	"JP": {"Japan", false}, "KE": {"Kenya", false}, "KG": {"Kyrgyzstan", false},
	"KH": {"Cambodia", false}, "KI": {"Kiribati", false}, "KM": {"Comoros", true},
	"KN": {"Saint Kitts and Nevis", false}, "KP": {"North Korea", false}, "KR": {"South Korea", false},
	"KW": {"Kuwait", false}, "KY": {"Cayman Islands", true}, "KZ": {"Kazakhstan", false},
	"LA": {"Laos", false}, "LB": {"Lebanon", false}, "LC": {"Saint Lucia", false},
	"LI": {"Liechtenstein", false}, "LK": {"Sri Lanka", false}, "LR": {"Liberia", false},
	"LS": {"Lesotho", false}, "LT": {"Lithuania", false}, "LU": {"Luxembourg", false},
	"LV": {"Latvia", false}, "LY": {"Libya", false}, "MA": {"Morocco", false},
	"MC": {"Monaco", false}, "MD": {"Moldova", false}, "ME": {"Montenegro", false},
	"MF": {"Saint Martin", false}, "MG": {"Madagascar", false}, "MH": {"Marshall Islands", true},
	"MK": {"North Macedonia", false}, "ML": {"Mali", false}, "MM": {"Myanmar", false},
	"MN": {"Mongolia", false}, "MO": {"Macau", false}, "MP": {"Northern Mariana Islands", true},
	"MQ": {"Martinique", false}, "MR": {"Mauritania", false}, "MS": {"Montserrat", false},
	"MT": {"Malta", false}, "MU": {"Mauritius", false}, "MV": {"Maldives", true},
	"MW": {"Malawi", false}, "MX": {"Mexico", false}, "MY": {"Malaysia", false},
	"MZ": {"Mozambique", false}, "NA": {"Namibia", false}, "NC": {"New Caledonia", false},
	"NE": {"Niger", false}, "NF": {"Norfolk Island", false}, "NG": {"Nigeria", false},
	"NI": {"Nicaragua", false}, "NL": {"Netherlands", true}, "NO": {"Norway", false},
	"NP": {"Nepal", false}, "NR": {"Nauru", false}, "NU": {"Niue", false},
	"NZ": {"New Zealand", false}, "OM": {"Oman", false}, "PA": {"Panama", false},
	"PE": {"Peru", false}, "PF": {"French Polynesia", false}, "PG": {"Papua New Guinea", false},
	"PH": {"Philippines", true}, "PK": {"Pakistan", false}, "PL": {"Poland", false},
	"PM": {"Saint Pierre and Miquelon", false}, "PN": {"Pitcairn Islands", true}, "PR": {"Puerto Rico", false},
	"PS": {"Palestine", false}, "PT": {"Portugal", false}, "PW": {"Palau", false},
	"PY": {"Paraguay", false}, "QA": {"Qatar", false}, "RE": {"Réunion", false},
	"RO": {"Romania", false}, "RS": {"Serbia", false}, "RU": {"Russia", false},
	"RW": {"Rwanda", false}, "SA": {"Saudi Arabia", false}, "SB": {"Solomon Islands", true},
	"SC": {"Seychelles", false}, "SD": {"Sudan", false}, "SE": {"Sweden", false},
	"SG": {"Singapore", false}, "SH": {"Saint Helena, Ascension and Tristan da Cunha", false}, "SI": {"Slovenia", false},
	"SJ": {"Svalbard and Jan Mayen", false}, "SK": {"Slovakia", false}, "SL": {"Sierra Leone", false},
	"SM": {"San Marino", false}, "SN": {"Senegal", false}, "SO": {"Somalia", false},
	"SR": {"Suriname", false}, "SS": {"South Sudan", false}, "ST": {"São Tomé and Príncipe", false},
	"SV": {"El Salvador", false}, "SX": {"Sint Maarten", false}, "SY": {"Syria", false},
	"SZ": {"Eswatini", false}, "TC": {"Turks and Caicos Islands", true}, "TD": {"Chad", false},
	"TF": {"French Southern and Antarctic Lands", true}, "TG": {"Togo", false}, "TH": {"Thailand", false},
	"TJ": {"Tajikistan", false}, "TK": {"Tokelau", false}, "TL": {"East Timor", false},
	"TM": {"Turkmenistan", false}, "TN": {"Tunisia", false}, "TO": {"Tonga", false},
	"TR": {"Türkiye", false}, "TT": {"Trinidad and Tobago", false}, "TV": {"Tuvalu", false},
	"TW": {"Taiwan", false}, "TZ": {"Tanzania", false}, "UA": {"Ukraine", false},
	"UG": {"Uganda", false}, "UM": {"United States Minor Outlying Islands", true}, "US": {"United States", true},
	"UY": {"Uruguay", false}, "UZ": {"Uzbekistan", false}, "VA": {"Vatican City", false},
	"VC": {"Saint Vincent and the Grenadines", false}, "VE": {"Venezuela", false}, "VG": {"British Virgin Islands", true},
	"VI": {"United States Virgin Islands", true}, "VN": {"Vietnam", false}, "VU": {"Vanuatu", false},
	"WF": {"Wallis and Futuna", false}, "WS": {"Samoa", false}, "XK": {"Kosovo", false},
	"YE": {"Yemen", false}, "YT": {"Mayotte", false}, "ZA": {"South Africa", false},
	"ZM": {"Zambia", false}, "ZW": {"Zimbabwe", false},
}

// inCountry renders "the United States" / "France".
func inCountry(cc string) string {
	c := countries[cc]
	if c.The {
		return "the " + c.Name
	}
	return c.Name
}

// extraCountrySlugs are other common names of countries and territories whose
// slugs a country entry may use as its id; a city never takes them bare.
var extraCountrySlugs = []string{
	"turkey", "czechia", "ivory-coast", "cote-d-ivoire", "cabo-verde", "timor-leste",
	"macao", "vatican", "holy-see", "burma", "swaziland", "state-of-palestine",
	"palestinian-territories", "dr-congo", "congo", "drc", "republic-of-congo",
	"north-korea", "south-korea", "korea", "micronesia", "brunei-darussalam",
	"russian-federation", "viet-nam", "lao", "aland", "aland-islands", "uk", "usa", "us",
	"uae", "great-britain", "britain", "england", "scotland", "wales", "northern-ireland",
	"greenland", "taiwan", "hong-kong", "gaza", "gaza-strip", "west-bank", "abkhazia",
	"south-ossetia", "transnistria", "northern-cyprus", "somaliland", "puerto-rico",
	"sao-tome", "bosnia", "herzegovina", "the-gambia", "the-bahamas", "netherlands",
	"holland", "bahamas", "gambia",
}

// divisionNames are the English names of first-level divisions of a few
// countries whose division names are often also city names (US states,
// Canadian provinces, Mexican states, Australian states). A city whose bare
// slug equals one of them gets "-city" in the division's own country and a
// country-code suffix elsewhere, so that the bare id stays free for the
// division ("new-york-city", "quebec-city", "puebla-city", "victoria-ca").
var divisionNames = map[string][]string{
	"US": {"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado",
		"Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois",
		"Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
		"Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
		"Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
		"North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
		"Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
		"Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming"},
	"CA": {"Alberta", "British Columbia", "Manitoba", "New Brunswick",
		"Newfoundland and Labrador", "Nova Scotia", "Ontario", "Prince Edward Island",
		"Quebec", "Saskatchewan", "Yukon", "Northwest Territories", "Nunavut"},
	"MX": {"Aguascalientes", "Baja California", "Baja California Sur", "Campeche",
		"Chiapas", "Chihuahua", "Coahuila", "Colima", "Durango", "Guanajuato", "Guerrero",
		"Hidalgo", "Jalisco", "Mexico", "México", "Michoacán", "Morelos", "Nayarit", "Nuevo León",
		"Oaxaca", "Puebla", "Querétaro", "Quintana Roo", "San Luis Potosí", "Sinaloa",
		"Sonora", "Tabasco", "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatán", "Zacatecas"},
	"AU": {"New South Wales", "Victoria", "Queensland", "South Australia",
		"Western Australia", "Tasmania", "Northern Territory", "Australian Capital Territory"},
}
