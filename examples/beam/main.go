// Command beam repairs the names in a folder of articles with an Apache Beam pipeline.
//
//	go run . --input testdata/articles --output /tmp/out
//
// reads every file under --input (a folder, or a glob such as "gs://bucket/news/*.txt"), treats
// each file as one article, runs canonym's Fix on it and writes two JSON Lines files:
//
//   - OUTPUT/repaired.jsonl: one {"file","text","mentions","changed"} record per article, the
//     text repaired, with its count of recognised and of rewritten names;
//   - OUTPUT/mentions.jsonl: one record per recognised name, {"file","start","end","text",
//     "replacement","id","name","kind","score","confidence","changed"}, offsets being byte
//     offsets into the ORIGINAL article, end exclusive, as in `canonym fix --json`.
//
// Lines come out in no particular order, as usual for Beam sinks.
//
// The runner is chosen with --runner: direct (the default here, in process), prism (Beam's
// portable local runner, which runs the pipeline as a remote runner would), or dataflow, flink,
// spark with their usual flags; the pipeline code is the same on all of them.
//
// # One Matcher per worker
//
// Building a Matcher parses and indexes the gazetteer: about 0.4 s and tens of MB for the
// default 9,738 entities. Fixing an article takes well under a millisecond. So the Matcher must
// be built neither per element nor per bundle, and it cannot travel with the DoFn either: Beam
// serialises a DoFn's exported fields as JSON, and a Matcher is an opaque index. The DoFn
// therefore carries only its configuration (exported fields), and Setup, which a runner calls
// once per DoFn instance before any bundle, builds the Matcher on the worker.
//
// A runner may create many instances of the same DoFn in one worker process (a Dataflow worker
// runs one per processing thread, often dozens), so Setup gets the Matcher from a process-wide
// cache keyed by that configuration rather than building its own: each worker process builds
// each distinct Matcher once, whatever its parallelism. Sharing is safe because a Matcher is
// immutable and safe for concurrent use.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

// Flags live on the global flag set because the Beam runners register theirs (--runner,
// --project, --region, --environment_type, ...) there, and because on a remote runner the same
// binary is started as a worker with worker flags that beam.Init reads.
var (
	input         = flag.String("input", "", "folder of articles, one per file, or a glob (local, gs://, ...)")
	output        = flag.String("output", "", "folder for repaired.jsonl and mentions.jsonl")
	canonical     = flag.Bool("canonical", false, "also rewrite legitimate aliases (Kiev, Zelensky)")
	gazetteerPath = flag.String("gazetteer", "", "JSON Lines gazetteer to use instead of the default; any Beam filesystem path, read by every worker")
)

func init() {
	// Registering the DoFn and emitter types lets remote runners find them by name and avoids
	// reflection in the hot loop; the direct runner would work without it.
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(string), func(string), error](&fixFn{})
	register.Emitter1[string]()
}

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(1)
	}
}

// run parses the command line, builds the pipeline and runs it to completion. On a worker
// beam.Init takes over and never returns.
func run(args []string, _ io.Reader, stdout io.Writer) error {
	if err := flag.CommandLine.Parse(args); err != nil {
		return err
	}
	if *runners.Runner == "" {
		// beamx would pick prism. The direct runner runs everything in this process, with no job
		// server or loopback worker, which is the simplest to debug; --runner=prism is a closer
		// rehearsal of a remote runner.
		*runners.Runner = "direct"
	}
	beam.Init()
	if *input == "" || *output == "" {
		return errors.New("--input and --output are required")
	}

	p, s := beam.NewPipelineWithRoot()
	buildPipeline(s, inputGlob(*input), *output, fixFn{Canonical: *canonical, Gazetteer: *gazetteerPath})

	start := time.Now()
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s and %s in %v with the %s runner\n",
		outPath(*output, "repaired.jsonl"), outPath(*output, "mentions.jsonl"),
		time.Since(start).Round(time.Millisecond), *runners.Runner)
	if res != nil { // runners that report metrics: direct, prism, dataflow, ...
		counters := res.Metrics().AllMetrics().Counters()
		slices.SortFunc(counters, func(a, b metrics.CounterResult) int { return strings.Compare(a.Key.Name, b.Key.Name) })
		for _, c := range counters {
			if c.Key.Namespace == "canonym" {
				fmt.Fprintf(stdout, "%s: %d\n", c.Key.Name, c.Result())
			}
		}
	}
	return nil
}

// inputGlob turns a folder into a glob over its files and leaves a glob alone.
func inputGlob(in string) string {
	if strings.ContainsAny(in, "*?[") {
		return in
	}
	return strings.TrimSuffix(in, "/") + "/*"
}

// outPath joins with "/" by hand: filepath.Join would turn "gs://bucket" into "gs:/bucket".
func outPath(dir, name string) string {
	return strings.TrimSuffix(dir, "/") + "/" + name
}

// buildPipeline adds the pipeline to s. fn carries the configuration of the fixing step.
func buildPipeline(s beam.Scope, glob, out string, fn fixFn) {
	s = s.Scope("canonym")
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, glob), fileio.ReadDirectorySkip())
	repaired, mentions := beam.ParDo2(s, &fn, files)
	textio.Write(s, outPath(out, "repaired.jsonl"), repaired)
	textio.Write(s, outPath(out, "mentions.jsonl"), mentions)
}

// fixFn repairs one article a call. Exported fields are its configuration and are serialised to
// the workers; m is built on the worker, in Setup.
type fixFn struct {
	Canonical bool   `json:"canonical"`
	Gazetteer string `json:"gazetteer,omitempty"`

	m *normalize.Matcher
}

var (
	articleCount = beam.NewCounter("canonym", "articles")
	mentionCount = beam.NewCounter("canonym", "mentions")
	changedCount = beam.NewCounter("canonym", "changed")
)

// Setup runs once per DoFn instance on the worker, before its first bundle.
func (f *fixFn) Setup(ctx context.Context) error {
	m, err := sharedMatcher(ctx, matcherKey{f.Canonical, f.Gazetteer})
	f.m = m
	return err
}

type article struct {
	File     string `json:"file"`
	Text     string `json:"text"`
	Mentions int    `json:"mentions"`
	Changed  int    `json:"changed"`
}

type mentionRecord struct {
	File        string               `json:"file"`
	Start       int                  `json:"start"`
	End         int                  `json:"end"`
	Text        string               `json:"text"`
	Replacement string               `json:"replacement"`
	ID          string               `json:"id"`
	Name        string               `json:"name"`
	Kind        gazetteer.Kind       `json:"kind"`
	Score       float64              `json:"score"`
	Confidence  normalize.Confidence `json:"confidence"`
	Changed     bool                 `json:"changed"`
}

func (f *fixFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, repaired, mentions func(string)) error {
	text, err := file.ReadString(ctx)
	if err != nil {
		return fmt.Errorf("reading %s: %w", file.Metadata.Path, err)
	}
	res := f.m.Fix(text)
	name := baseName(file.Metadata.Path)
	out := article{File: name, Text: res.Text, Mentions: len(res.Mentions)}
	for _, mt := range res.Mentions {
		if mt.Changed {
			out.Changed++
		}
		b, err := json.Marshal(mentionRecord{
			File: name, Start: mt.Start, End: mt.End, Text: mt.Text, Replacement: mt.Replacement,
			ID: mt.Entity.ID, Name: mt.Entity.Name, Kind: mt.Entity.Kind,
			Score: mt.Score, Confidence: mt.Confidence, Changed: mt.Changed,
		})
		if err != nil {
			return err
		}
		mentions(string(b))
	}
	b, err := json.Marshal(out)
	if err != nil {
		return err
	}
	repaired(string(b))
	articleCount.Inc(ctx, 1)
	mentionCount.Inc(ctx, int64(out.Mentions))
	changedCount.Inc(ctx, int64(out.Changed))
	return nil
}

// baseName keeps the file name only: the folder is the same for every article and differs
// between a laptop and a bucket.
func baseName(path string) string {
	return path[strings.LastIndex(path, "/")+1:]
}

type matcherKey struct {
	canonical bool
	gazetteer string
}

// matchers caches one Matcher per configuration for the whole worker process; see the package
// comment. A failed build is not cached, so a retried bundle tries again.
var matchers struct {
	sync.Mutex
	m map[matcherKey]*normalize.Matcher
}

func sharedMatcher(ctx context.Context, key matcherKey) (*normalize.Matcher, error) {
	matchers.Lock()
	defer matchers.Unlock() // instances starting together wait for the one build
	if m, ok := matchers.m[key]; ok {
		return m, nil
	}
	start := time.Now()
	g, err := loadGazetteer(ctx, key.gazetteer)
	if err != nil {
		return nil, err
	}
	m, err := normalize.New(g, normalize.WithCanonical(key.canonical))
	if err != nil {
		return nil, err
	}
	log.Infof(ctx, "canonym: built the Matcher for %+v in %v", key, time.Since(start).Round(time.Millisecond))
	if matchers.m == nil {
		matchers.m = map[matcherKey]*normalize.Matcher{}
	}
	matchers.m[key] = m
	return m, nil
}

// loadGazetteer returns the embedded default, or reads path through Beam's filesystems, so a
// gazetteer in a bucket works on remote workers that have no local copy.
func loadGazetteer(ctx context.Context, path string) (*gazetteer.Gazetteer, error) {
	if path == "" {
		return gazetteer.Default()
	}
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	defer fs.Close()
	r, err := fs.OpenRead(ctx, path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return gazetteer.Read(r, baseName(path))
}
