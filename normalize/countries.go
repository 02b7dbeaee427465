package normalize

// countrySet is a set of ISO 3166-1 alpha-2 codes, the only country codes a gazetteer holds (it
// rejects others), kept as an array: decisions ask it of every candidate in every round.
type countrySet [26 * 26]bool

// countryIndex returns the place of code in a countrySet, and false for a code that has none
// (empty: no country).
func countryIndex(code string) (int, bool) {
	if len(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' {
		return 0, false
	}
	return int(code[0]-'A')*26 + int(code[1]-'A'), true
}

func (s *countrySet) has(code string) bool {
	i, ok := countryIndex(code)
	return ok && s[i]
}

// add adds code to the set and reports whether it is new.
func (s *countrySet) add(code string) bool {
	i, ok := countryIndex(code)
	if !ok || s[i] {
		return false
	}
	s[i] = true
	return true
}
