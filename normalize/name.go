package normalize

// name is a name prepared for scoring: its folded tokens, their phonetic keys and weights.
type name struct {
	toks    []string
	keys    []string
	weights []float64
}

func newName(toks []string) name {
	n := name{toks: toks, keys: make([]string, len(toks)), weights: make([]float64, len(toks))}
	for i, t := range toks {
		n.keys[i] = phoneticKey(t)
		n.weights[i] = tokenWeight(t)
	}
	return n
}

// tokenWeight is how much evidence a token carries: longer tokens more, name particles and
// initials little.
func tokenWeight(t string) float64 {
	switch {
	case nameParticles[t], isLegalForm(t):
		return 0.5
	case len(t) == 1:
		return 1
	case len(t) > 8:
		return 8
	}
	return float64(len(t))
}

func (n *name) len() int { return len(n.toks) }

// isGenerational reports tokens such as "jr" that tell two people of the same name apart.
func isGenerational(t string) bool {
	switch t {
	case "jr", "junior", "sr", "senior", "ii", "iii", "iv":
		return true
	}
	return false
}
