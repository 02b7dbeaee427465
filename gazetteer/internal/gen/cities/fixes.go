package main

import "strings"

// nameFixes replaces GeoNames names that are not the English name of the
// city (administrative suffixes, district-level names), by GeoNames id.
var nameFixes = map[int64]string{
	2033574: "Xuanhua",      // "Zhangjiakou Shi Xuanhua Qu"
	1850034: "Tondabayashi", // "Tondabayashichō"
	1853008: "Sanda",        // "Sandachō"
	1860704: "Kakogawa",     // "Kakogawachō-honmachi"
	1864416: "Daitō",        // "Daitōchō"
	1865714: "Ageo",         // "Ageoshimo"
	1855207: "Nishinomiya",  // "Nishinomiya-hama"
	3530049: "Cuajimalpa",   // "Delegación Cuajimalpa de Morelos"
	1586357: "Cẩm Phả",      // "Cẩm Phả Mines"
}

// excludedIDs are records above the population threshold that are not
// cities in their own right: neighbourhoods and city districts coded as
// populated places, towns merged into other cities, villages carrying the
// population of a whole rural block, and duplicate records of one city.
var excludedIDs = map[int64]bool{
	// New York City neighbourhoods
	5107464: true, 5109790: true, 5110918: true, 5115843: true, 6332428: true,
	5116495: true, 5119167: true, 5137849: true, 5143307: true, 5122520: true,
	// other US neighbourhoods and duplicate records
	5292387: true, 4619947: true, 4756955: true, 4385018: true, 4295940: true,
	4300488: true, 5303929: true, 4333190: true, 4903976: true, 4839745: true,
	5317071: true, 4297999: true, // Lexington-Fayette duplicates Lexington
	// Warsaw districts
	776251: true, 776029: true, 764484: true, 6545348: true, 758470: true,
	757065: true, 6545326: true, 755330: true,
	// Madrid districts, Rome frazioni, Moscow districts
	3125239: true, 3124964: true, 3183539: true, 511510: true, 569273: true,
	// Philippine barangays
	1723510: true, 1722930: true, 1712051: true, 1706684: true, 1684269: true,
	1978681: true, 1701500: true, 1701472: true, 1699054: true, 1695743: true,
	1692520: true, 1687687: true,
	1711082: true, // Iligan City duplicates Iligan
	// Indian villages/blocks and duplicates
	9781227: true, 1270896: true, 1259239: true, 1278903: true, 1430991: true,
	1348818: true, 10263232: true,
	1270926: true, // Gorakhpur (Haryana) carrying Gorakhpur (UP)'s population
	1277066: true, // Barasat duplicate
	8740017: true, // Gadag-Betageri duplicates Gadag
	1258662: true, // Ramgundam duplicates Ramagundam
	// other duplicates
	1332083: true, // Bahawalnagar
	2294915: true, // Takoradi duplicates Sekondi-Takoradi
	8224624: true, // "City of Balikpapan" duplicates Balikpapan
	// Japanese towns merged into other cities, and neighbourhoods
	// Conakry and Sanya neighbourhoods carrying the population of the whole city
	2422488: true, 1917790: true,
	1848445: true, 1857144: true, 1861164: true, 1848254: true, 1850152: true,
	2112312: true, 1907301: true,
	// city-states whose capital record duplicates the territory in
	// countries.jsonl (same name, same place)
	1880252: true, // Singapore
	1819729: true, // Hong Kong
	1821274: true, // Macau
}

// fixName applies the generic clean-ups of administrative name forms.
func fixName(name, cc string) string {
	name = strings.TrimPrefix(name, "City of ")
	switch cc {
	case "MX":
		name = strings.TrimPrefix(name, "Delegación ")
	case "KR":
		name = strings.TrimSuffix(name, "-si")
	case "JP":
		name = strings.TrimSuffix(name, "-shi")
	case "CN":
		name = strings.TrimSuffix(name, " City")
	}
	return name
}
