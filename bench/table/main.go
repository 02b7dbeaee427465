// Command table reads `go test -bench` output of the normalize scale benchmarks (any -count) and
// prints the medians as the Markdown tables of the README's performance section.
//
//	go test ./normalize -run '^$' -bench . -count 5 | go run ./bench/table
package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
)

func main() {
	// values[benchmark][unit] lists one value a run.
	values := map[string]map[string][]float64{}
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := f[0]
		if i := strings.LastIndex(name, "-"); i > 0 {
			if _, err := strconv.Atoi(name[i+1:]); err == nil {
				name = name[:i] // the GOMAXPROCS suffix
			}
		}
		if values[name] == nil {
			values[name] = map[string][]float64{}
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			values[name][f[i+1]] = append(values[name][f[i+1]], v)
		}
	}
	med := func(name, unit string) float64 {
		vs := slices.Clone(values[name][unit])
		if len(vs) == 0 {
			return -1
		}
		slices.Sort(vs)
		if len(vs)%2 == 1 {
			return vs[len(vs)/2]
		}
		return (vs[len(vs)/2-1] + vs[len(vs)/2]) / 2
	}
	runs := func(name, unit string) int { return len(values[name][unit]) }

	var sizes []string
	for name := range values {
		if s, ok := strings.CutPrefix(name, "BenchmarkMatch/names="); ok {
			sizes = append(sizes, s)
		}
	}
	slices.SortFunc(sizes, func(a, b string) int {
		x, _ := strconv.Atoi(a)
		y, _ := strconv.Atoi(b)
		return x - y
	})
	num := func(v float64, scale float64, prec int) string {
		if v < 0 {
			return "–"
		}
		return strconv.FormatFloat(v/scale, 'f', prec, 64)
	}
	fmt.Println("| names | build | heap/entity | index heap | Match p50 | Match p99 | Match p50 (CPU) | brute force p50 | speed-up | top-1 canonym / brute force | Match answers right |")
	fmt.Println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, s := range sizes {
		b, m, bf := "BenchmarkBuild/names="+s, "BenchmarkMatch/names="+s, "BenchmarkMatchBruteForce/names="+s
		speed := "–"
		if p, q := med(m, "p50-ns"), med(bf, "p50-ns"); p > 0 && q > 0 {
			speed = fmt.Sprintf("%.0f×", q/p)
		}
		fmt.Printf("| %s | %s ms | %s B | %s MiB | %s µs | %s µs | %s µs | %s ms | %s | %s%% / %s%% | %s%% |\n", s,
			num(med(b, "ns/op"), 1e6, 0), num(med(b, "heap-B/entity"), 1, 0), num(med(b, "index-MiB"), 1, 1),
			num(med(m, "p50-ns"), 1e3, 1), num(med(m, "p99-ns"), 1e3, 0), num(med(m, "cpu-p50-ns"), 1e3, 1),
			num(med(bf, "p50-ns"), 1e6, 1), speed, num(med(m, "top1-%"), 1, 1), num(med(bf, "top1-%"), 1, 1),
			num(med(m, "match-%"), 1, 1))
	}
	if runs("BenchmarkDefault/build", "ns/op") > 0 {
		fmt.Println()
		fmt.Println("| default gazetteer | time | heap |")
		fmt.Println("|---|---:|---:|")
		fmt.Printf("| parse (%s entities) | %s ms | %s MiB |\n", num(med("BenchmarkDefault/load", "entities"), 1, 0),
			num(med("BenchmarkDefault/load", "ns/op"), 1e6, 0), num(med("BenchmarkDefault/load", "heap-MiB"), 1, 1))
		fmt.Printf("| Matcher build | %s ms | %s MiB (index %s MiB) |\n",
			num(med("BenchmarkDefault/build", "ns/op"), 1e6, 0), num(med("BenchmarkDefault/build", "heap-MiB"), 1, 1),
			num(med("BenchmarkDefault/build", "index-MiB"), 1, 1))
	}
	n := 0
	for _, us := range values {
		for _, vs := range us {
			n = max(n, len(vs))
		}
	}
	fmt.Printf("\nMedians of %d run(s). p50/p99: wall-clock latency of single Match calls over 500 noisy queries; CPU: thread CPU time of the same calls.\n", n)
}
