#!/usr/bin/env bash
# Peak memory of `canonym fix` on a large stream: builds the command, writes SIZE_MIB MiB of
# news-like text (the golden test articles, repeated) to a temporary file, streams it through
# `canonym fix` with the default gazetteer, and prints the peak RSS that /usr/bin/time -v reports.
#
#   bench/stream-rss.sh [SIZE_MIB]     (default 64; the issue's figure is for 1024)
#
# Memory must not grow with SIZE_MIB: the command holds about two 64 KiB segments of text, the
# Matcher and bounded per-document caches.
set -euo pipefail
cd "$(dirname "$0")/.."

size_mib="${1:-64}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

go build -o "$work/canonym" ./cmd/canonym
cat normalize/testdata/golden/*.txt > "$work/unit.txt"
unit_bytes=$(wc -c < "$work/unit.txt")
want=$((size_mib * 1024 * 1024))
: > "$work/input.txt"
while [ "$(wc -c < "$work/input.txt")" -lt "$want" ]; do
  for _ in $(seq 64); do cat "$work/unit.txt"; done >> "$work/input.txt"
done
truncate -s "$want" "$work/input.txt"
echo "input: $size_mib MiB ($(( want / unit_bytes )) copies of the golden articles)"

/usr/bin/time -v "$work/canonym" fix < "$work/input.txt" > /dev/null 2> "$work/time.txt" || { cat "$work/time.txt"; exit 1; }
grep -E 'Maximum resident set size|Elapsed \(wall clock\)' "$work/time.txt"
