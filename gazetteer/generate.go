package gazetteer

//go:generate go run ./internal/gen/countries/main.go
