package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// TestMain lets ptest read its flags and makes the direct runner the default, as run does.
func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "direct")
}

// readJSONL decodes every line of path into a T, sorted by key: Beam writes in no set order.
func readJSONL[T any](t *testing.T, path string, key func(T) string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v: %s", path, err, sc.Bytes())
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(out, func(a, b T) int { return strings.Compare(key(a), key(b)) })
	return out
}

type gotArticle struct {
	File, Text        string
	Mentions, Changed int
}

type gotMention struct {
	File, Text, Replacement, ID, Kind, Confidence string
	Start, End                                    int
	Changed                                       bool
}

func mentionKey(m gotMention) string { return fmt.Sprintf("%s %08d", m.File, m.Start) }

// checkOutput verifies the sample run: the repaired texts, and that every mention's offsets
// point at its text in the original article.
func checkOutput(t *testing.T, out string) {
	t.Helper()
	want := map[string]string{
		"01-warsaw.txt": "Polish Prime Minister Donald Tusk met Volodymyr Zelenskyy in Kyiv on Monday. The two leaders discussed air defence and grain exports, and Europe would stand firm, Tusk told reporters.\n",
		// Only the first sentence is pinned: "Turkier" alone is a borderline repair that may
		// change as the matcher is tuned.
		"02-ankara.txt":  "Turkish President Recep Tayyip Erdoğan will visit Riyadh next week, Al Jazeera's Natacha Butler reported. ",
		"03-berlin.txt":  "German Chancellor Olaf Scholz and French President Emmanuel Macron spoke by phone from Berlin and Paris about the budget talks in Brussels.\n",
		"04-markets.txt": "Shares were little changed as traders waited for inflation data. The Federal Reserve meets in Washington next week.\n",
	}
	articles := readJSONL(t, filepath.Join(out, "repaired.jsonl"), func(a gotArticle) string { return a.File })
	if len(articles) != len(want) {
		t.Fatalf("got %d articles, want %d", len(articles), len(want))
	}
	changedByFile := map[string]int{}
	for _, a := range articles {
		if a.Text != want[a.File] && (a.File != "02-ankara.txt" || !strings.HasPrefix(a.Text, want[a.File])) {
			t.Errorf("%s:\n got %q\nwant %q", a.File, a.Text, want[a.File])
		}
		changedByFile[a.File] = a.Changed
	}
	if changedByFile["04-markets.txt"] != 0 || changedByFile["01-warsaw.txt"] != 4 || changedByFile["03-berlin.txt"] != 2 {
		t.Errorf("changed counts = %v", changedByFile)
	}

	mentions := readJSONL(t, filepath.Join(out, "mentions.jsonl"), mentionKey)
	var changes []string
	for _, m := range mentions {
		orig, err := os.ReadFile(filepath.Join("testdata/articles", m.File))
		if err != nil {
			t.Fatal(err)
		}
		if string(orig[m.Start:m.End]) != m.Text {
			t.Errorf("%s[%d:%d] = %q, mention says %q", m.File, m.Start, m.End, orig[m.Start:m.End], m.Text)
		}
		if m.Changed {
			changes = append(changes, m.Text+"->"+m.ID)
		}
	}
	// The confident repairs, in order; others may come between them.
	wantChanges := []string{"Donald Tass->donald-tusk", "Voldimi Zelensky->volodymyr-zelenskyy", "kyiv->kyiv", "Task->donald-tusk",
		"Receptacle Tayyip Erdogan->recep-tayyip-erdogan", "Riad->riyadh", "Natachabatler->natacha-butler",
		"Olaf Scholze->olaf-scholz", "Emanuel Macron->emmanuel-macron"}
	rest := changes
	for _, w := range wantChanges {
		i := slices.Index(rest, w)
		if i < 0 {
			t.Errorf("changed mentions lack %s (in order):\n%s", w, strings.Join(changes, "\n"))
			break
		}
		rest = rest[i+1:]
	}
}

// TestRun runs the command as `go run . --input testdata/articles --output DIR` would, on the
// default (direct) runner.
func TestRun(t *testing.T) {
	out := t.TempDir()
	var stdout bytes.Buffer
	if err := run([]string{"--input", "testdata/articles", "--output", out}, nil, &stdout); err != nil {
		t.Fatal(err)
	}
	checkOutput(t, out)
	// The counters are reported; their exact values are checked through the files above.
	if !regexp.MustCompile(`with the direct runner\narticles: 4\nchanged: \d+\nmentions: \d+\n$`).MatchString(stdout.String()) {
		t.Errorf("stdout:\n%s", stdout.String())
	}
}

// TestPrism runs the same pipeline on the prism runner, which, like Dataflow, encodes the DoFn
// and sends it to a separate SDK harness: this catches unregistered types and configuration
// lost in serialisation.
func TestPrism(t *testing.T) {
	if testing.Short() {
		t.Skip("prism starts a job server; skipped with -short")
	}
	usePrism(t)
	out := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	buildPipeline(s, inputGlob("testdata/articles"), out, fixFn{})
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	checkOutput(t, out)
}

// usePrism switches the tests' runner to prism until the test ends.
func usePrism(t *testing.T) {
	saved := *runners.Runner
	*runners.Runner = "prism"
	t.Cleanup(func() { *runners.Runner = saved })
}

// TestGazetteerFlag checks that a gazetteer named by path reaches the worker through the DoFn's
// exported field, encoded and decoded as on a remote runner, and replaces the default one.
func TestGazetteerFlag(t *testing.T) {
	if testing.Short() {
		t.Skip("prism starts a job server; skipped with -short")
	}
	usePrism(t)
	in := t.TempDir()
	text := "Mayor Ingrid Halvorson of Tromso met Voldimi Zelensky.\n"
	if err := os.WriteFile(filepath.Join(in, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	buildPipeline(s, inputGlob(in), out, fixFn{Gazetteer: "testdata/gazetteer.jsonl"})
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	got := readJSONL(t, filepath.Join(out, "repaired.jsonl"), func(a gotArticle) string { return a.File })
	// Zelensky is not in the two-entity gazetteer, so only the local names change.
	if want := "Mayor Ingrid Halvorsen of Tromsø met Voldimi Zelensky.\n"; len(got) != 1 || got[0].Text != want {
		t.Errorf("got %+v, want text %q", got, want)
	}
}

func TestSharedMatcher(t *testing.T) {
	ctx := context.Background()
	a, err := sharedMatcher(ctx, matcherKey{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := sharedMatcher(ctx, matcherKey{})
	c, _ := sharedMatcher(ctx, matcherKey{canonical: true})
	if a != b || a == c {
		t.Errorf("want one Matcher per configuration: a==b %v, a==c %v", a == b, a == c)
	}
	if _, err := sharedMatcher(ctx, matcherKey{gazetteer: "testdata/none.jsonl"}); err == nil {
		t.Error("a missing gazetteer file is not an error")
	}
}

func TestPaths(t *testing.T) {
	for in, want := range map[string]string{
		"testdata/articles":      "testdata/articles/*",
		"gs://bucket/news/":      "gs://bucket/news/*",
		"gs://bucket/news/*.txt": "gs://bucket/news/*.txt",
	} {
		if got := inputGlob(in); got != want {
			t.Errorf("inputGlob(%q) = %q, want %q", in, got, want)
		}
	}
	if got := outPath("gs://bucket/out/", "a.jsonl"); got != "gs://bucket/out/a.jsonl" {
		t.Errorf("outPath = %q", got)
	}
}
