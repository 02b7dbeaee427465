package normalize

import "fmt"

// DefaultThreshold is the score at or above which a candidate is a match. It was chosen on the
// public development queries as the point where the false-match rate on names that must not match
// stays under 5% while accuracy on noisy names of gazetteer entities is highest; see the README.
const DefaultThreshold = 0.80

// DefaultMargin is how far the best entity must score above the next one to be chosen; closer
// candidates are reported as ambiguous unless their priors settle it.
const DefaultMargin = 0.03

// priorGap is the prominence difference that settles two candidates whose scores are within the
// margin (Georgia the country over Georgia the U.S. state).
const priorGap = 0.25

// Option configures a Matcher.
type Option func(*config) error

type config struct {
	threshold float64
	margin    float64
	canonical bool
	ascii     bool
}

func defaultConfig() config {
	return config{threshold: DefaultThreshold, margin: DefaultMargin}
}

// WithThreshold sets the score in (0, 1] at or above which a candidate is a match.
func WithThreshold(t float64) Option {
	return func(c *config) error {
		if !(t > 0 && t <= 1) {
			return fmt.Errorf("normalize: threshold %v out of range (0, 1]", t)
		}
		c.threshold = t
		return nil
	}
}

// WithMargin sets how far in score the best entity must lead the next to be chosen, in [0, 0.5].
func WithMargin(m float64) Option {
	return func(c *config) error {
		if !(m >= 0 && m <= 0.5) {
			return fmt.Errorf("normalize: margin %v out of range [0, 0.5]", m)
		}
		c.margin = m
		return nil
	}
}

// WithCanonical makes Fix rewrite legitimate aliases ("Kiev", "Zelensky") to the canonical name.
// By default they are left as written.
func WithCanonical(on bool) Option {
	return func(c *config) error {
		c.canonical = on
		return nil
	}
}

// WithASCII makes Fix write replacements without diacritics ("Erdogan" rather than "Erdoğan") for
// pipelines that need plain ASCII.
func WithASCII(on bool) Option {
	return func(c *config) error {
		c.ascii = on
		return nil
	}
}
