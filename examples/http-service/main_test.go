package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/canonym/canonym/gazetteer"
	"github.com/canonym/canonym/normalize"
)

// matcher is built once for all tests, as the service builds it once for all requests.
var matcher = sync.OnceValues(func() (*normalize.Matcher, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	return normalize.New(g)
})

func handler(t *testing.T, maxBody int64) http.Handler {
	t.Helper()
	m, err := matcher()
	if err != nil {
		t.Fatal(err)
	}
	return newHandler(m, maxBody)
}

// do sends one request to h and decodes the JSON reply into out.
func do(t *testing.T, h http.Handler, method, path, contentType, body string, out any) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	resp := rec.Result()
	if got := resp.Header.Get("Content-Type"); got != "application/json; charset=utf-8" {
		t.Errorf("%s %s: Content-Type %q, want JSON", method, path, got)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), out); err != nil {
		t.Fatalf("%s %s: reply is not JSON: %v\n%s", method, path, err, rec.Body)
	}
	return resp
}

func TestFix(t *testing.T) {
	body, err := os.ReadFile("testdata/fix.json")
	if err != nil {
		t.Fatal(err)
	}
	var in fixRequest
	if err := json.Unmarshal(body, &in); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Text     string
		Mentions []struct {
			Start, End                          int
			Text, Replacement, ID, Kind, Reason string
			Confidence                          string
			Changed                             bool
		}
	}
	resp := do(t, handler(t, defaultMaxBody), http.MethodPost, "/fix", "application/json", string(body), &out)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	if want := "Polish Prime Minister Donald Tusk met Volodymyr Zelenskyy in Kyiv. Kiev's allies agreed, Tusk said."; out.Text != want {
		t.Errorf("text:\n got %q\nwant %q", out.Text, want)
	}
	var changed []string
	for _, m := range out.Mentions {
		// Offsets index the request text.
		if (*in.Text)[m.Start:m.End] != m.Text {
			t.Errorf("request[%d:%d] = %q, mention text %q", m.Start, m.End, (*in.Text)[m.Start:m.End], m.Text)
		}
		if m.Reason == "" || m.Confidence == "" || m.Kind == "" {
			t.Errorf("mention lacks reason, confidence or kind: %+v", m)
		}
		if m.Changed {
			changed = append(changed, m.Text+"->"+m.Replacement+"="+m.ID)
		}
	}
	want := "Donald Tass->Donald Tusk=donald-tusk|Voldimi Zelensky->Volodymyr Zelenskyy=volodymyr-zelenskyy|kyiv->Kyiv=kyiv|Task->Tusk=donald-tusk"
	if got := strings.Join(changed, "|"); got != want {
		t.Errorf("changed mentions:\n got %s\nwant %s", got, want)
	}
}

func TestFixEmptyText(t *testing.T) {
	var out map[string]any
	resp := do(t, handler(t, defaultMaxBody), http.MethodPost, "/fix", "", `{"text":""}`, &out)
	if resp.StatusCode != http.StatusOK || out["text"] != "" || len(out["mentions"].([]any)) != 0 {
		t.Errorf("status %d, reply %v", resp.StatusCode, out)
	}
}

func TestMatch(t *testing.T) {
	h := handler(t, defaultMaxBody)
	var out matchResponseJSON
	resp := do(t, h, http.MethodPost, "/match", "application/json; charset=utf-8", `{"name":"Receptacle Tayyip Erdogan","k":3}`, &out)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	if out.Query != "Receptacle Tayyip Erdogan" || out.Match == nil || out.Match.ID != "recep-tayyip-erdogan" || out.Match.Name != "Recep Tayyip Erdoğan" {
		t.Errorf("match = %+v", out.Match)
	}
	if len(out.Candidates) == 0 || len(out.Candidates) > 3 || out.Candidates[0].ID != "recep-tayyip-erdogan" {
		t.Errorf("candidates = %+v", out.Candidates)
	}

	// No entity: match is null, and k defaults to 5.
	out = matchResponseJSON{}
	do(t, h, http.MethodPost, "/match", "", `{"name":"Charles Stratford"}`, &out)
	if out.Match != nil || len(out.Candidates) > defaultK {
		t.Errorf("unknown name: match %+v, %d candidates", out.Match, len(out.Candidates))
	}
}

type matchResponseJSON struct {
	Query string
	Match *struct {
		ID, Name, Kind, Confidence string
		Score                      float64
	}
	Candidates []struct {
		ID    string
		Score float64
	}
}

func TestErrors(t *testing.T) {
	h := handler(t, 256)
	big := `{"text":"` + strings.Repeat("kyiv ", 100) + `"}`
	for _, tc := range []struct {
		name, method, path, contentType, body string
		status                                int
		want                                  string
	}{
		{"GET fix", http.MethodGet, "/fix", "", "", 405, "method GET not allowed"},
		{"PUT match", http.MethodPut, "/match", "", `{"name":"x"}`, 405, "use POST"},
		{"POST healthz", http.MethodPost, "/healthz", "", "", 405, "use GET"},
		{"too large", http.MethodPost, "/fix", "", big, 413, "larger than 256 bytes"},
		{"bad JSON", http.MethodPost, "/fix", "", `{"text":`, 400, "invalid JSON"},
		{"not an object", http.MethodPost, "/fix", "", `["kyiv"]`, 400, "invalid JSON"},
		{"wrong type", http.MethodPost, "/fix", "", `{"text":42}`, 400, "invalid JSON"},
		{"unknown field", http.MethodPost, "/fix", "", `{"txt":"kyiv"}`, 400, `unknown field "txt"`},
		{"trailing data", http.MethodPost, "/fix", "", `{"text":"a"}{"text":"b"}`, 400, "trailing data"},
		{"empty body", http.MethodPost, "/fix", "", ``, 400, "empty request body"},
		{"missing text", http.MethodPost, "/fix", "", `{}`, 400, `missing field "text"`},
		{"missing name", http.MethodPost, "/match", "", `{"k":2}`, 400, `field "name"`},
		{"k too big", http.MethodPost, "/match", "", `{"name":"Kyiv","k":51}`, 400, `"k" must be between 1 and 50`},
		{"k zero", http.MethodPost, "/match", "", `{"name":"Kyiv","k":0}`, 400, `"k" must be`},
		{"form body", http.MethodPost, "/fix", "application/x-www-form-urlencoded", `text=kyiv`, 415, "application/json"},
		{"unknown path", http.MethodGet, "/nope", "", "", 404, "no such endpoint: /nope"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out struct{ Error string }
			resp := do(t, h, tc.method, tc.path, tc.contentType, tc.body, &out)
			if resp.StatusCode != tc.status || !strings.Contains(out.Error, tc.want) {
				t.Errorf("got %d %q, want %d with %q", resp.StatusCode, out.Error, tc.status, tc.want)
			}
			if tc.status == 405 && resp.Header.Get("Allow") == "" {
				t.Error("405 without an Allow header")
			}
		})
	}
}

func TestHealthz(t *testing.T) {
	var out map[string]string
	if resp := do(t, handler(t, defaultMaxBody), http.MethodGet, "/healthz", "", "", &out); resp.StatusCode != 200 || out["status"] != "ok" {
		t.Errorf("got %d %v", resp.StatusCode, out)
	}
}

// TestServeShutdown runs the real server on a loopback port: a request is answered, and
// cancelling the context (what SIGINT/SIGTERM do in run) makes serve return nil.
func TestServeShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip("no loopback network:", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var logs bytes.Buffer
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, handler(t, defaultMaxBody), 5*time.Second, log.New(&logs, "", 0)) }()

	resp, err := http.Post("http://"+ln.Addr().String()+"/fix", "application/json", strings.NewReader(`{"text":"Voldimi Zelensky"}`))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), `"text":"Volodymyr Zelenskyy"`) {
		t.Errorf("got %d %s", resp.StatusCode, b)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v after shutdown", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not return after the context was cancelled")
	}
	if !strings.Contains(logs.String(), "shutting down") {
		t.Errorf("logs = %q", logs.String())
	}
}
