package gazetteer_test

import (
	"errors"
	"fmt"
	"log"
	"strings"

	"github.com/canonym/canonym/gazetteer"
)

func ExampleRead() {
	data := `{"id":"kyiv","kind":"place","name":"Kyiv","aliases":["Kiev","Київ"],"country":"UA","prior":0.9}
{"id":"donald-tusk","kind":"person","name":"Donald Tusk","country":"PL","prior":0.8}
`
	g, err := gazetteer.Read(strings.NewReader(data), "places.jsonl")
	if err != nil {
		log.Fatal(err)
	}
	e, _ := g.Lookup("kyiv")
	fmt.Println(g.Len(), e.Name, e.Aliases)
	// Output: 2 Kyiv [Kiev Київ]
}

func ExampleRead_errors() {
	data := `{"id":"a","kind":"person","name":"A"}
{"id":"a","kind":"person","name":"A again"}
{"id":"b","kind":"animal","name":"B"}
`
	_, err := gazetteer.Read(strings.NewReader(data), "people.jsonl")
	fmt.Println(err)
	fmt.Println(errors.Is(err, gazetteer.ErrDuplicateID))
	// Output:
	// gazetteer: people.jsonl:2: duplicate id "a" (first defined at people.jsonl:1)
	// gazetteer: people.jsonl:3: unknown kind "animal" (want person, place or org)
	// true
}

func ExampleDefault() {
	g, err := gazetteer.Default()
	if err != nil {
		log.Fatal(err)
	}
	e, ok := g.Lookup("kyiv")
	fmt.Println(ok, e.Name, e.Country)
	// Output: true Kyiv UA
}

func ExampleNew() {
	g, err := gazetteer.New(gazetteer.Entity{ID: "acme", Kind: gazetteer.Org, Name: "Acme Corporation", Aliases: []string{"Acme"}})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(g.Len(), g.Counts()[gazetteer.Org])
	// Output: 1 1
}
