// Package gazetteer holds the canonical entities that canonym matches noisy names against: people,
// places and organisations, each with a canonical name, legitimate aliases, a country, a prior and a
// description.
//
// # Format
//
// A gazetteer file is JSON Lines: one entity a line, blank lines allowed, with exactly these fields:
//
//	{"id":"donald-tusk","kind":"person","name":"Donald Tusk","aliases":["Donald Franciszek Tusk"],
//	 "country":"PL","prior":0.8,"description":"Prime Minister of Poland","meta":{"wikidata":"Q946"}}
//
// id, kind and name are required. kind is person, place or org. aliases lists legitimate alternative
// forms (other romanisations, exonyms, former names, native-script forms), never misspellings. country
// is an ISO 3166-1 alpha-2 code (XK for Kosovo), prior a prominence in [0, 1] used to break ties,
// description a short role, and meta a string map kept for the caller.
//
// # Errors
//
// Every malformed line is reported as a [*ParseError] naming the file and the 1-based line, with a
// sentinel such as [ErrDuplicateID] to test with [errors.Is]. Up to [MaxErrorsPerFile] errors are
// reported per file; they are joined with [errors.Join].
//
// # Default data
//
// [Default] returns the embedded default gazetteer, parsed on first use and shared afterwards. Programs
// that bring their own gazetteer and never call Default do not pay for parsing it.
//
// # Concurrency
//
// A [Gazetteer] is immutable once built and safe for concurrent use.
package gazetteer
