// Command http-service serves canonym over HTTP with JSON in and out.
//
//	go run ./examples/http-service -addr localhost:8080
//
//	curl -s localhost:8080/fix -H 'Content-Type: application/json' \
//	    -d '{"text":"Polish Prime Minister Donald Tass met Voldimi Zelensky in kyiv."}'
//	{"text":"Polish Prime Minister Donald Tusk met Volodymyr Zelenskyy in Kyiv.","mentions":[{"start":22,"end":33,...}]}
//
//	curl -s localhost:8080/match --json '{"name":"Receptacle Tayyip Erdogan","k":3}'
//	{"query":"Receptacle Tayyip Erdogan","match":{"id":"recep-tayyip-erdogan",...},"candidates":[...]}
//
// Endpoints:
//
//   - POST /fix {"text": string} -> {"text": repaired, "mentions": [...]}; mention offsets are
//     byte offsets into the REQUEST text, end exclusive, as in `canonym fix --json`.
//   - POST /match {"name": string, "k": int (default 5, at most 50)} -> {"query", "match" (the
//     chosen entity or null), "candidates" (ranked, best first, including those below the
//     threshold)}.
//   - GET /healthz -> {"status":"ok"}.
//
// Every error is JSON, {"error": "..."}, with status 400 (bad JSON or fields), 404, 405 (with an
// Allow header), 413 (body over -max-body) or 415 (a Content-Type other than JSON; a missing one
// is accepted). Refusing form and text/plain bodies means a web page cannot make a visitor's
// browser post to the service without a CORS preflight, which the service does not answer.
//
// The Matcher is built once before the server listens, so no request pays the build time (about
// 0.4 s), and it is shared by all requests: it is immutable and safe for concurrent use.
// SIGINT or SIGTERM stops accepting connections and lets requests in flight finish (up to
// -shutdown-timeout) before the process exits.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"mime"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "http-service:", err)
		os.Exit(1)
	}
}

const (
	defaultMaxBody = 1 << 20 // a long article is ~50 KB; 1 MiB leaves room without inviting abuse
	defaultK       = 5
	maxK           = 50
)

// run parses flags, builds the Matcher and serves until SIGINT or SIGTERM. stdin is unused; the
// signature is shared with the other examples.
func run(args []string, _ io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("http-service", flag.ContinueOnError)
	fs.SetOutput(stdout)
	addr := fs.String("addr", "localhost:8080", "listen address")
	maxBody := fs.Int64("max-body", defaultMaxBody, "largest request body in bytes")
	canonical := fs.Bool("canonical", false, "also rewrite legitimate aliases (Kiev, Zelensky)")
	shutdownTimeout := fs.Duration("shutdown-timeout", 10*time.Second, "how long requests in flight may take to finish on shutdown")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	logger := log.New(stdout, "", log.LstdFlags)

	start := time.Now()
	g, err := gazetteer.Default()
	if err != nil {
		return err
	}
	m, err := normalize.New(g, normalize.WithCanonical(*canonical))
	if err != nil {
		return err
	}
	logger.Printf("matcher ready: %d entities in %v", g.Len(), time.Since(start).Round(time.Millisecond))

	// The context ends on the first SIGINT/SIGTERM; after stop() a second signal kills the
	// process the default way, an escape hatch if shutdown hangs.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	logger.Printf("listening on http://%s", ln.Addr())
	return serve(ctx, ln, newHandler(m, *maxBody), *shutdownTimeout, logger)
}

// serve runs an http.Server on ln until ctx is done, then shuts it down gracefully.
func serve(ctx context.Context, ln net.Listener, h http.Handler, shutdownTimeout time.Duration, logger *log.Logger) error {
	srv := &http.Server{
		Handler: h,
		// Without ReadHeaderTimeout a client that opens connections and trickles headers ties
		// up goroutines indefinitely (Slowloris).
		ReadHeaderTimeout: 5 * time.Second,
		// ReadTimeout bounds the whole request including the body (at most -max-body).
		ReadTimeout: 30 * time.Second,
		// WriteTimeout bounds reading plus handling plus writing; Fix on 1 MiB takes well under
		// a second, so this only ends stuck clients.
		WriteTimeout:   60 * time.Second,
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: 64 << 10,
		ErrorLog:       logger,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()

	select {
	case err := <-errc: // the server failed on its own
		return err
	case <-ctx.Done():
	}
	logger.Print("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err) // requests still running after the timeout
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	logger.Print("stopped")
	return nil
}

type server struct {
	m       *normalize.Matcher
	maxBody int64
}

// newHandler returns the service's routes. Methods are checked in the handlers rather than with
// "POST /fix" mux patterns because the mux's own 405 and 404 replies are plain text, and every
// reply here is JSON.
func newHandler(m *normalize.Matcher, maxBody int64) http.Handler {
	s := &server{m: m, maxBody: maxBody}
	mux := http.NewServeMux()
	mux.Handle("/fix", only(http.MethodPost, s.fix))
	mux.Handle("/match", only(http.MethodPost, s.match))
	mux.Handle("/healthz", only(http.MethodGet, func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	}))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
	})
	return mux
}

// only rejects other methods with 405 and the Allow header that RFC 9110 requires.
func only(method string, h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != method && !(method == http.MethodGet && r.Method == http.MethodHead) {
			w.Header().Set("Allow", method)
			writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed, use "+method)
			return
		}
		h(w, r)
	})
}

type fixRequest struct {
	Text *string `json:"text"` // a pointer tells a missing field from an empty text
}

type fixResponse struct {
	Text     string    `json:"text"`
	Mentions []mention `json:"mentions"`
}

// mention has the fields of `canonym fix --json`, so clients can treat both alike.
type mention struct {
	Start       int                  `json:"start"`
	End         int                  `json:"end"`
	Text        string               `json:"text"`
	Replacement string               `json:"replacement"`
	ID          string               `json:"id"`
	Name        string               `json:"name"`
	Kind        gazetteer.Kind       `json:"kind"`
	Score       float64              `json:"score"`
	Changed     bool                 `json:"changed"`
	Confidence  normalize.Confidence `json:"confidence"`
	Reason      string               `json:"reason"`
}

func (s *server) fix(w http.ResponseWriter, r *http.Request) {
	var req fixRequest
	if !s.decode(w, r, &req) {
		return
	}
	if req.Text == nil {
		writeError(w, http.StatusBadRequest, `missing field "text"`)
		return
	}
	res := s.m.Fix(*req.Text)
	out := fixResponse{Text: res.Text, Mentions: make([]mention, 0, len(res.Mentions))}
	for _, mt := range res.Mentions {
		out.Mentions = append(out.Mentions, mention{
			Start: mt.Start, End: mt.End, Text: mt.Text, Replacement: mt.Replacement,
			ID: mt.Entity.ID, Name: mt.Entity.Name, Kind: mt.Entity.Kind,
			Score: mt.Score, Changed: mt.Changed, Confidence: mt.Confidence, Reason: mt.Reason,
		})
	}
	writeJSON(w, http.StatusOK, out)
}

type matchRequest struct {
	Name string `json:"name"`
	K    *int   `json:"k"`
}

type candidate struct {
	ID         string               `json:"id"`
	Name       string               `json:"name"`
	Kind       gazetteer.Kind       `json:"kind"`
	Alias      string               `json:"alias"`
	Score      float64              `json:"score"`
	Confidence normalize.Confidence `json:"confidence"`
	Reason     string               `json:"reason"`
}

type matchResponse struct {
	Query string `json:"query"`
	// Match is the entity Matcher.Match chose, or null when none reached the threshold or the
	// best were too close to call; candidates then show why.
	Match      *candidate  `json:"match"`
	Candidates []candidate `json:"candidates"`
}

func newCandidate(mt normalize.Match) candidate {
	return candidate{
		ID: mt.Entity.ID, Name: mt.Entity.Name, Kind: mt.Entity.Kind, Alias: mt.Alias,
		Score: mt.Score, Confidence: mt.Confidence, Reason: mt.Reason,
	}
}

func (s *server) match(w http.ResponseWriter, r *http.Request) {
	var req matchRequest
	if !s.decode(w, r, &req) {
		return
	}
	if req.Name == "" {
		writeError(w, http.StatusBadRequest, `missing or empty field "name"`)
		return
	}
	k := defaultK
	if req.K != nil {
		k = *req.K
	}
	if k < 1 || k > maxK {
		writeError(w, http.StatusBadRequest, fmt.Sprintf(`"k" must be between 1 and %d`, maxK))
		return
	}
	out := matchResponse{Query: req.Name, Candidates: []candidate{}}
	if mt, ok := s.m.Match(req.Name); ok {
		c := newCandidate(mt)
		out.Match = &c
	}
	for _, mt := range s.m.Candidates(req.Name, k) {
		out.Candidates = append(out.Candidates, newCandidate(mt))
	}
	writeJSON(w, http.StatusOK, out)
}

// decode reads one JSON object of at most s.maxBody bytes into v. On failure it writes the error
// reply and returns false. Unknown fields are errors so that a typo ("txt") is not silently
// treated as an empty request.
func (s *server) decode(w http.ResponseWriter, r *http.Request, v any) bool {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/json" {
			writeError(w, http.StatusUnsupportedMediaType, "Content-Type must be application/json")
			return false
		}
	}
	// MaxBytesReader fails the read past the limit and tells the server to close the connection,
	// so a huge body is neither buffered nor drained.
	r.Body = http.MaxBytesReader(w, r.Body, s.maxBody)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		// Exactly one value: `{"text":"a"}{"text":"b"}` is a client bug worth reporting.
		if err = dec.Decode(new(json.RawMessage)); err == io.EOF {
			return true
		} else if err == nil {
			err = errors.New("trailing data after the JSON object")
		}
	}
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes", tooBig.Limit))
	case errors.Is(err, io.EOF):
		writeError(w, http.StatusBadRequest, "empty request body, want a JSON object")
	default:
		writeError(w, http.StatusBadRequest, "invalid JSON: "+err.Error())
	}
	return false
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // the client went away; nothing useful to do
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
