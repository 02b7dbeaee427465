package normalize

import (
	"os"
	"testing"
)

func BenchmarkZZTokNews(b *testing.B) {
	data, _ := os.ReadFile("/tmp/news1m.txt")
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tokenizeText(text)
	}
}
