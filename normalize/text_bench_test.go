package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// BenchmarkTokenize measures the tokenizer on 1 MB of the golden articles: every byte of Fix's
// input passes through it, so it bounds Fix's throughput.
func BenchmarkTokenize(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	require.NoError(b, err)
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(b, err)
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	articles := sb.String()
	text := strings.Repeat(articles, (1<<20)/len(articles)+1)[:1<<20]
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tokenizeText(text)
	}
}
