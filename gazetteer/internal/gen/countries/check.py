"""Checks countries.jsonl, divisions.jsonl and regions.jsonl: valid JSON, allowed fields in order,
slug ids unique across the three files, sorted by id, NFC, ISO codes (from countries-curated.jsonl),
priors in (0,1], descriptions, no alias equal to the name or another alias after folding, no alias
that is a lowercase English word (if /usr/share/dict/words exists). Lists names shared by entities.

Run from anywhere: python3 gazetteer/internal/gen/countries/check.py
"""
import json, re, sys, os, unicodedata, collections
D=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'data') + os.sep
SPECIAL = {'ø':'o','æ':'ae','œ':'oe','ß':'ss','ı':'i','ł':'l','đ':'d','ð':'d','þ':'th','ŀ':'l'}
def fold(s):
    """Comparison key, as in main.go: lowercase, no diacritics, ' - . as spaces."""
    s = unicodedata.normalize('NFC', s).replace('’',"'").replace('ʼ',"'")
    out = []
    for ch in unicodedata.normalize('NFD', s.lower()):
        if unicodedata.category(ch) == 'Mn': continue
        out.append(' ' if ch in "'-.–—" else SPECIAL.get(ch, ch))
    return ' '.join(''.join(out).split())

files=['countries.jsonl','divisions.jsonl','regions.jsonl']
ALLOWED=['id','kind','name','aliases','country','prior','description','meta']
iso=set(json.loads(l)['code'] for l in open(D+'countries-curated.jsonl'))
assert len(iso)==250 and 'XK' in iso
errs=[]; ids={}; names=collections.defaultdict(set); total={}
words=set()
try:
    words=set(w.strip() for w in open('/usr/share/dict/words') if w.strip().islower())
except FileNotFoundError: pass
for fn in files:
    prev=None; n=0
    for i,line in enumerate(open(D+fn,encoding='utf-8'),1):
        where=f'{fn}:{i}'
        if unicodedata.normalize('NFC',line)!=line: errs.append(f'{where}: not NFC')
        e=json.loads(line); n+=1
        keys=list(e)
        if [k for k in keys if k not in ALLOWED]: errs.append(f'{where}: bad fields {keys}')
        if keys!=[k for k in ALLOWED if k in e]: errs.append(f'{where}: field order {keys}')
        for k in ['id','kind','name','prior','description']:
            if k not in e: errs.append(f'{where}: missing {k}')
        if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', e['id']): errs.append(f'{where}: bad id {e["id"]}')
        if e['id'] in ids: errs.append(f'{where}: duplicate id {e["id"]} (also {ids[e["id"]]})')
        ids[e['id']]=where
        if prev is not None and e['id']<=prev: errs.append(f'{where}: not sorted ({prev} >= {e["id"]})')
        prev=e['id']
        if e['kind']!='place': errs.append(f'{where}: kind')
        if 'country' in e and e['country'] not in iso: errs.append(f'{where}: bad country {e["country"]}')
        if fn!='regions.jsonl' and 'country' not in e: errs.append(f'{where}: country missing')
        if not (isinstance(e['prior'],(int,float)) and 0<e['prior']<=1): errs.append(f'{where}: prior')
        if not e['description'].strip(): errs.append(f'{where}: empty description')
        if 'meta' in e and (not isinstance(e['meta'],dict) or not all(isinstance(v,str) for v in e['meta'].values())): errs.append(f'{where}: meta')
        if 'meta' in e and 'wikidata' in e['meta'] and not re.fullmatch(r'Q[1-9][0-9]*', e['meta']['wikidata']): errs.append(f'{where}: qid')
        als=e.get('aliases',[])
        if 'aliases' in e and not als: errs.append(f'{where}: empty aliases list')
        seen={fold(e['name'])}
        for a in als:
            if not isinstance(a,str) or not a.strip() or a!=a.strip(): errs.append(f'{where}: bad alias {a!r}'); continue
            k=fold(a)
            if k in seen: errs.append(f'{where}: alias duplicates name/alias after folding: {a}')
            seen.add(k)
            if a in words: errs.append(f'{where}: alias is a lowercase English word: {a}')
        for s in [e['name']]+als: names[fold(s)].add(e['id'])
    total[fn]=n
print(total)
amb={k:v for k,v in names.items() if len(v)>1}
print(len(amb),'folded names/aliases shared by more than one entity (listed for review):')
for k,v in sorted(amb.items()): print('  ',k,'->',sorted(v))
print(len(errs),'errors'); [print(' ',x) for x in errs]
sys.exit(1 if errs else 0)
