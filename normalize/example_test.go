package normalize_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

const exampleGazetteer = `{"id":"volodymyr-zelenskyy","kind":"person","name":"Volodymyr Zelenskyy","aliases":["Volodymyr Zelensky","Володимир Зеленський"],"country":"UA","prior":0.95,"description":"President of Ukraine"}
{"id":"recep-tayyip-erdogan","kind":"person","name":"Recep Tayyip Erdoğan","country":"TR","prior":0.9,"description":"President of Türkiye"}
{"id":"donald-tusk","kind":"person","name":"Donald Tusk","country":"PL","prior":0.8,"description":"Prime Minister of Poland"}
{"id":"kyiv","kind":"place","name":"Kyiv","aliases":["Kiev"],"country":"UA","prior":0.9,"description":"Capital of Ukraine"}
`

func exampleMatcher() *normalize.Matcher {
	g, err := gazetteer.Read(strings.NewReader(exampleGazetteer), "example.jsonl")
	if err != nil {
		log.Fatal(err)
	}
	m, err := normalize.New(g)
	if err != nil {
		log.Fatal(err)
	}
	return m
}

func ExampleNew() {
	g, err := gazetteer.Read(strings.NewReader(exampleGazetteer), "example.jsonl")
	if err != nil {
		log.Fatal(err)
	}
	m, err := normalize.New(g, normalize.WithThreshold(0.85))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.Gazetteer().Len(), m.Threshold())
	// Output: 4 0.85
}

func ExampleMatcher_Match() {
	m := exampleMatcher()
	for _, name := range []string{"Voldimi Zelensky", "Receptacle Tayyip Erdogan", "ЗЕЛЕНСЬКИЙ Володимир", "Charles Stratford"} {
		if mt, ok := m.Match(name); ok {
			fmt.Printf("%s -> %s (%.2f, %v)\n", name, mt.Entity.Name, mt.Score, mt.Confidence)
		} else {
			fmt.Printf("%s -> no match\n", name)
		}
	}
	// Output:
	// Voldimi Zelensky -> Volodymyr Zelenskyy (0.88, low)
	// Receptacle Tayyip Erdogan -> Recep Tayyip Erdoğan (0.85, low)
	// ЗЕЛЕНСЬКИЙ Володимир -> Volodymyr Zelenskyy (0.98, high)
	// Charles Stratford -> no match
}

func ExampleMatcher_Candidates() {
	m := exampleMatcher()
	for _, c := range m.Candidates("Erdogan", 2) {
		fmt.Printf("%s %.2f %s\n", c.Entity.ID, c.Score, c.Reason)
	}
	// Output:
	// recep-tayyip-erdogan 0.98 name "Recep Tayyip Erdoğan": erdogan, partial name
}

func ExampleCompare() {
	for _, pair := range [][2]string{{"Olaf Scholz", "SCHOLZ, Olaf"}, {"Barack Obama", "George Hussein Onyango Obama"}} {
		c := normalize.Compare(pair[0], pair[1])
		fmt.Printf("%s ~ %s: %.2f %v\n", pair[0], pair[1], c.Score, c.Match)
	}
	// Output:
	// Olaf Scholz ~ SCHOLZ, Olaf: 0.98 true
	// Barack Obama ~ George Hussein Onyango Obama: 0.25 false
}

func ExampleFold() {
	fmt.Println(normalize.Fold("Recep Tayyip Erdoğan's"))
	fmt.Println(normalize.Fold("Łukasz O'Brien-Đoković"))
	// Output:
	// recep tayyip erdogan
	// lukasz obrien dokovic
}

func ExampleMatcher_Fix() {
	m := exampleMatcher()
	res := m.Fix("Polish Prime Minister Donald Tass met Voldimi Zelensky in kyiv. Kiev's allies agreed, Task said.")
	fmt.Println(res.Text)
	for _, mt := range res.Mentions {
		if mt.Changed {
			fmt.Printf("%d-%d %q -> %q\n", mt.Start, mt.End, mt.Text, mt.Replacement)
		}
	}
	// Output:
	// Polish Prime Minister Donald Tusk met Volodymyr Zelenskyy in Kyiv. Kiev's allies agreed, Tusk said.
	// 22-33 "Donald Tass" -> "Donald Tusk"
	// 38-54 "Voldimi Zelensky" -> "Volodymyr Zelenskyy"
	// 58-62 "kyiv" -> "Kyiv"
	// 86-90 "Task" -> "Tusk"
}

// A Fixer keeps what it has looked up from one document to the next: the way to fix an archive of
// articles on one goroutine.
func ExampleMatcher_NewFixer() {
	f := exampleMatcher().NewFixer()
	for _, article := range []string{
		"Polish Prime Minister Donald Tass met reporters.",
		"Task told reporters nothing.", // a new document: Tusk is not named in it
	} {
		fmt.Println(f.Fix(article).Text)
	}
	// Output:
	// Polish Prime Minister Donald Tusk met reporters.
	// Task told reporters nothing.
}
