#!/usr/bin/env python3
"""Checks a gazetteer JSONL file (default: gazetteer/data/cities.jsonl).

Valid JSON objects with only the allowed fields, unique slug ids, NFC text,
valid ISO 3166-1 alpha-2 codes (plus XK), priors in [0, 1], descriptions
present, aliases distinct from the name, lines sorted by id.
Usage: check.py [FILE...]; exits 1 on any problem.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "..", "data"))
FIELDS = {"id", "kind", "name", "aliases", "country", "prior", "description", "meta"}
REQUIRED = {"id", "kind", "name", "prior", "description"}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def iso_codes():
    """ISO 3166-1 alpha-2 codes from Debian's iso-codes if present, else
    from the generator's own table."""
    path = "/usr/share/iso-codes/json/iso_3166-1.json"
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            codes = {c["alpha_2"] for c in json.load(f)["3166-1"]}
    else:
        with open(os.path.join(HERE, "countries.go"), encoding="utf-8") as f:
            codes = set(re.findall(r'"([A-Z]{2})": \{"', f.read()))
    return codes | {"XK"}


def country_slugs():
    """Slugs of the country names in the generator's table: no city id may
    take one (they belong to the country entries)."""
    with open(os.path.join(HERE, "countries.go"), encoding="utf-8") as f:
        names = re.findall(r'"[A-Z]{2}": \{"([^"]+)", (?:true|false)\}', f.read())
    out = set()
    for n in names:
        s = unicodedata.normalize("NFD", n)
        s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower().replace("'", "")
        out.add(re.sub(r"[^a-z0-9]+", "-", s).strip("-"))
    return out


def nfc(s):
    return unicodedata.normalize("NFC", s) == s


def check(path, codes, reserved):
    errs = []
    ids = []
    seen = set()
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if not raw.endswith("\n"):
        errs.append("file does not end with a newline")
    for n, line in enumerate(raw.splitlines(), 1):
        where = f"{path}:{n}"
        try:
            e = json.loads(line)
        except ValueError as ex:
            errs.append(f"{where}: bad JSON: {ex}")
            continue
        if not isinstance(e, dict):
            errs.append(f"{where}: not an object")
            continue
        extra = set(e) - FIELDS
        if extra:
            errs.append(f"{where}: unknown fields {sorted(extra)}")
        missing = REQUIRED - set(e)
        if missing:
            errs.append(f"{where}: missing fields {sorted(missing)}")
            continue
        i = e["id"]
        if not isinstance(i, str) or not SLUG.match(i):
            errs.append(f"{where}: id {i!r} is not a slug")
        if i in seen:
            errs.append(f"{where}: duplicate id {i}")
        seen.add(i)
        ids.append(i)
        if i in reserved:
            errs.append(f"{where}: id {i} is a country's slug")
        if e["kind"] not in ("person", "place", "org"):
            errs.append(f"{where}: kind {e['kind']!r}")
        if "country" in e and e["country"] not in codes:
            errs.append(f"{where}: country {e['country']!r} is not ISO 3166-1 alpha-2")
        p = e["prior"]
        if isinstance(p, bool) or not isinstance(p, (int, float)) or not 0 <= p <= 1:
            errs.append(f"{where}: prior {p!r} out of range")
        if not isinstance(e["description"], str) or not e["description"].strip():
            errs.append(f"{where}: empty description")
        if not isinstance(e["name"], str) or not e["name"].strip():
            errs.append(f"{where}: empty name")
        aliases = e.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            errs.append(f"{where}: aliases must be a list of non-empty strings")
            aliases = []
        if e["name"] in aliases:
            errs.append(f"{where}: alias equals name")
        if len(set(aliases)) != len(aliases):
            errs.append(f"{where}: duplicate aliases")
        meta = e.get("meta", {})
        if not isinstance(meta, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in meta.items()):
            errs.append(f"{where}: meta must be a string map")
        elif "geonames" in meta and not meta["geonames"].isdigit():
            errs.append(f"{where}: bad geonames id {meta['geonames']!r}")
        for s in [e["name"], e["description"], *aliases, *(meta.values() if isinstance(meta, dict) else [])]:
            if isinstance(s, str) and not nfc(s):
                errs.append(f"{where}: not NFC: {s!r}")
            if isinstance(s, str) and s != s.strip():
                errs.append(f"{where}: surrounding whitespace: {s!r}")
    if ids != sorted(ids):
        errs.append(f"{path}: not sorted by id")
    return len(ids), errs


def main():
    paths = sys.argv[1:] or [os.path.join(DATA, "cities.jsonl")]
    codes = iso_codes()
    reserved = country_slugs()
    bad = 0
    for p in paths:
        n, errs = check(p, codes, reserved)
        for e in errs[:50]:
            print(e)
        print(f"{p}: {n} entries, {len(errs)} problems")
        bad += len(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
