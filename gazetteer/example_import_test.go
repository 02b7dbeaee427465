package gazetteer_test

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/canonym/canonym/gazetteer"
)

func ExampleReadCSV() {
	data := `id,kind,name,aliases,country,prior,description,meta.wikidata
donald-tusk,person,Donald Tusk,Donald Franciszek Tusk,PL,0.8,Prime Minister of Poland,Q946
kyiv,place,Kyiv,Kiev|Київ,UA,0.9,Capital of Ukraine,
`
	g, _, err := gazetteer.ReadCSV(strings.NewReader(data), "entities.csv", gazetteer.CSVOptions{})
	if err != nil {
		log.Fatal(err)
	}
	if err := gazetteer.Write(os.Stdout, g); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {"id":"donald-tusk","kind":"person","name":"Donald Tusk","aliases":["Donald Franciszek Tusk"],"country":"PL","prior":0.8,"description":"Prime Minister of Poland","meta":{"wikidata":"Q946"}}
	// {"id":"kyiv","kind":"place","name":"Kyiv","aliases":["Kiev","Київ"],"country":"UA","prior":0.9,"description":"Capital of Ukraine"}
}

func ExampleReadCSV_errors() {
	data := "id\tkind\tname\nkyiv\tplace\tKyiv\nodesa\tport\tOdesa\n"
	_, _, err := gazetteer.ReadCSV(strings.NewReader(data), "places.tsv", gazetteer.CSVOptions{})
	fmt.Println(err)
	// Output: gazetteer: places.tsv:3: unknown kind "port" (want person, place or org)
}

func ExampleReadGeoNames() {
	// Two rows of a GeoNames dump (cities15000.txt): a city and a river, which the default
	// features leave out.
	data := "756135\tWarsaw\tWarsaw\tVarsovie,WAW,Warschau,Warszawa\t52.22977\t21.01178\tP\tPPLC\tPL\t\t78\t\t\t\t1702139\t\t113\tEurope/Warsaw\t2024-03-12\n" +
		"858788\tVistula\tVistula\tWisła\t54.36\t18.95\tH\tSTM\tPL\t\t00\t\t\t\t0\t\t0\tEurope/Warsaw\t2024-03-12\n"
	g, stats, err := gazetteer.ReadGeoNames(strings.NewReader(data), "PL.txt", gazetteer.GeoNamesOptions{MinPopulation: 15000})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d imported, %d skipped\n", stats.Imported, stats.Skipped)
	if err := gazetteer.Write(os.Stdout, g); err != nil {
		log.Fatal(err)
	}
	// Output:
	// 1 imported, 1 skipped
	// {"id":"geonames-756135","kind":"place","name":"Warsaw","aliases":["Varsovie","Warschau","Warszawa"],"country":"PL","prior":0.6,"description":"city in PL","meta":{"geonames":"756135"}}
}

func ExampleReadWikidata() {
	// The framing of latest-all.json, with two (shortened) entities: a person and a painting,
	// which has no mappable kind.
	data := `[
{"type":"item","id":"Q946","labels":{"en":{"language":"en","value":"Donald Tusk"}},"descriptions":{"en":{"language":"en","value":"Prime Minister of Poland"}},"aliases":{"en":[{"language":"en","value":"Donald Franciszek Tusk"}]},"claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":5,"id":"Q5"},"type":"wikibase-entityid"}},"rank":"normal"}],"P27":[{"mainsnak":{"snaktype":"value","property":"P27","datavalue":{"value":{"entity-type":"item","numeric-id":36,"id":"Q36"},"type":"wikibase-entityid"}},"rank":"normal"}]}},
{"type":"item","id":"Q12418","labels":{"en":{"language":"en","value":"Mona Lisa"}},"claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":3305213,"id":"Q3305213"},"type":"wikibase-entityid"}},"rank":"normal"}]}}
]
`
	opts := gazetteer.WikidataOptions{Languages: []string{"en"}, Countries: map[string]string{"Q36": "PL"}}
	g, stats, err := gazetteer.ReadWikidata(strings.NewReader(data), "latest-all.json", opts)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d imported, %d skipped\n", stats.Imported, stats.Skipped)
	if err := gazetteer.Write(os.Stdout, g); err != nil {
		log.Fatal(err)
	}
	// Output:
	// 1 imported, 1 skipped
	// {"id":"q946","kind":"person","name":"Donald Tusk","aliases":["Donald Franciszek Tusk"],"country":"PL","description":"Prime Minister of Poland","meta":{"wikidata":"Q946"}}
}
