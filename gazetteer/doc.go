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
// # Importers
//
// Importers build a gazetteer from data users already keep, and [Write] writes it as canonical
// JSON Lines (sorted by id, fields in the order above) that [Read] and "canonym gazetteer check"
// accept:
//
//   - [ReadCSV]: a CSV or TSV table with a header row naming the columns id, kind, name, aliases
//     (separated by "|"), country, prior, description and meta.KEY;
//   - [ReadGeoNames]: a GeoNames dump of the geoname table, keeping populated places, countries
//     and first-level divisions by default, with ids "geonames-ID" and a prior from the population;
//   - [ReadWikidata]: a Wikidata JSON dump, keeping people and the items whose "instance of"
//     classes are listed as places or organisations, with ids such as "q946".
//
// They validate every entity as Read does and report malformed input the same way: [*ParseError]
// values with file and line, up to [MaxErrorsPerFile] a file, and no gazetteer with them. Records
// they leave out on purpose (filtered, or without a mappable kind) are counted in [ImportStats].
// Option mistakes wrap [ErrInvalidOption]. The "canonym gazetteer import" command runs them.
//
// # Default data
//
// [Default] returns the embedded default gazetteer, parsed on first use and shared afterwards. Programs
// that bring their own gazetteer and never call Default do not pay for parsing it.
//
// # Ambiguous names
//
// A name or alias of the default data belongs to one entity unless the ambiguity is real, such as
// Georgia (country and US state), Berlin (city and state) or RSF (Rapid Support Forces and
// Reporters Without Borders). Such names are marked in data/ambiguous.txt, a reviewed list read by
// the tests and not embedded: one line "name: id id ..." naming exactly the entities sharing the
// name, compared lower-cased without diacritics. The data tests fail on an unmarked shared name and
// on a stale line. Prior ranks the entities sharing a name.
//
// # Concurrency
//
// A [Gazetteer] is immutable once built and safe for concurrent use.
package gazetteer
