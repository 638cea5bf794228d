"""Round 23's one-off reader: writes the sources/*.json files from the bare snapshots in /work/.mirror (read with
`git show`; one zip inside a snapshot is opened in memory). Repositories, commits and licences are in ../README.md.
Every random choice uses Python's `random` with this round's seed. Run: python3 extract.py"""
import csv, io, json, random, re, subprocess, zipfile
from pathlib import Path

M = Path('/work/.mirror')
OUT = Path(__file__).parent
SEED = 20262301


def repo_dir(repo):
    d = M / repo / 'repo'
    return d / '.git' if (d / '.git').is_dir() else d


def git(repo, *args, binary=False):
    r = subprocess.run(['git', '-c', 'core.quotePath=false', '-C', str(repo_dir(repo)), *args], capture_output=True, check=True)
    return r.stdout if binary else r.stdout.decode('utf-8')


def show(repo, path, binary=False):
    return git(repo, 'show', f'HEAD:{path}', binary=binary)


def ls(repo, under=''):
    return git(repo, 'ls-tree', '-r', '--name-only', 'HEAD', *([under] if under else [])).splitlines()


def head(repo):
    return git(repo, 'rev-parse', 'HEAD').strip()


def dump(name, data):
    json.dump(data, open(OUT / name, 'w'), ensure_ascii=False, indent=1)


# --- Delhi addresses as annotated for an address parser (the 2024 Label Studio set: train, val and test files; not
# the synthetic or augmented files). The whole input is the address: house number, khasra, floor, gali, colony, area,
# city, pincode; no recipient and no country.
IN = 'howdoiusekeyboard+indian-address-parser'
delhi = []
for split in ('train', 'val', 'test'):
    path = f'data/processed/{split}.jsonl'
    for line in show(IN, path).splitlines():
        row = json.loads(line)
        tags = set(t[2:] for t in row['ner_tags'] if t != 'O')
        delhi.append({'text': row['text'].strip(), 'path': path, 'id': row['id'], 'floor': 'FLOOR' in tags})
dump('indian-address-parser.json', {'commit': head(IN), 'rows': delhi})

# --- Korean lot-number (jibun) addresses: the test file skysign/KoreaAddressAPI built from the national address
# register (province, district, dong, main-sub lot number). Only lots with a sub-number (`3-100`, not `3-0`: the `-0`
# is the file's filler, not how an address is written). The file holds Seoul only: up to 3 a district, drawn with the
# seed.
KR = 'skysign+KoreaAddressAPI'
z = zipfile.ZipFile(io.BytesIO(show(KR, 'cleaned/202004/TestAddress.zip', binary=True)))
rows = list(csv.reader(io.StringIO(z.read('TestAddress.csv').decode('utf-8'))))[1:]
by_district = {}
for (addr,) in rows:
    if re.search(r' \d+-[1-9]\d*$', addr) and len(addr.split()) == 4:
        by_district.setdefault(' '.join(addr.split()[:2]), []).append(addr)
rnd = random.Random(SEED)
korean = []
for district in sorted(by_district):
    korean += [{'address': a, 'district': district} for a in rnd.sample(by_district[district], min(3, len(by_district[district])))]
dump('korea-address-api.json', {'commit': head(KR), 'path': 'cleaned/202004/TestAddress.zip (TestAddress.csv)', 'rows': korean})

# --- Chinese delivery lines of zh-address-parse's parser test: the value runs from the first administrative name the
# text holds (province, city or district, short forms included) to the end of the expected detail; the recipient and
# the phone stay outside (the builder writes only the value into a line of its own).
ZH = 'daihy8759+zh-address-parse'
path = 'java-zh-addres-parse/src/test/resources/addressParse.json'
chinese = []
for case in json.loads(show(ZH, path)):
    text, res = case['address'], case['result']
    detail = res.get('detail') or ''
    if not detail or detail not in text:
        continue
    end = text.index(detail) + len(detail)
    starts = []
    for key in ('provinceName', 'cityName', 'areaName'):
        name = res.get(key) or ''
        for form in (name, re.sub(r'(省|市|区|县|自治区)$', '', name)):
            if len(form) >= 2 and form in text[:end]:
                starts.append(text.index(form))
    if not starts or min(starts) >= text.index(detail):
        continue
    value = text[min(starts):end].strip(' ，,')
    if '\n' not in value and re.search(r'\d', value) and len(value) >= 8:
        chinese.append({'input': text, 'value': value})
dump('zh-address-parse.json', {'commit': head(ZH), 'path': path, 'rows': chinese})

# --- Mail header lines (From, To, Cc, Reply-To, Sender) of three mail libraries' test messages, and flanker's
# internationalised address literals (Cyrillic domains and names).
HEADER = re.compile(r'^(from|to|cc|reply-to|sender):\s*\S.*@', re.I)
mail = []
for repo, under in (('mailgun+flanker', 'tests/fixtures'), ('jhillyerd+enmime', ''), ('zbateson+mail-mime-parser', 'tests')):
    for path in ls(repo, under):
        if path.endswith(('.png', '.jpg', '.gif', '.wav', '.pdf', '.zip', '.bz2', '.gz')):
            continue
        try:
            body = show(repo, path)
        except Exception:
            continue
        for line in body.splitlines():
            if HEADER.match(line) and len(line) < 200:
                mail.append({'repo': repo, 'path': path, 'line': line.strip()})
for path in ('tests/addresslib/address_test.py',):
    for lit in re.findall(r"u'([^'\n]*@[^'\n]*)'", show('mailgun+flanker', path)):
        if re.search(r'[^\x00-\x7f]', lit):
            mail.append({'repo': 'mailgun+flanker', 'path': path, 'line': lit, 'literal': True})
dump('mail.json', {'commits': {r: head(r) for r in ('mailgun+flanker', 'jhillyerd+enmime', 'zbateson+mail-mime-parser')}, 'lines': mail})

# --- Provider keys and tokens of osv-scalibr's Veles secret detectors' tests: the constants a detector test declares
# as its key or token (names with key, token, pat or secret), not their base64 copies, not deliberately invalid or
# shortened ones, not URL credentials or placeholders. `eyJ` values are JWTs.
SC = 'google+osv-scalibr'
CONST = re.compile(r'^\s*(\w+)\s*(?:=|:=)\s*[`"]([^`"\s]{20,})[`"]', re.M)
SKIP_DIRS = ('/http/', '/common/', '/jwt/', '/privatekey/', '/gcpsak/', '/gitbasicauth/', '/onepasswordkeys/')
keys = []
for path in ls(SC, 'veles/secrets'):
    if not path.endswith('detector_test.go') or any(s in path for s in SKIP_DIRS):
        continue
    for name, value in CONST.findall(show(SC, path)):
        if not re.search(r'key|token|pat|secret', name, re.I) or re.search(r'base64|invalid|short|url|wrong|bad|uuid|^not_', name, re.I):
            continue
        # Placeholders and stand-ins (a character eight times in a row, `testestest…`) are not key-shaped values.
        if re.search(r'placeholder|example|\$|%|(.)\1{7}|(?:tes){4}', value, re.I):
            continue
        kind = 'jwt' if value.startswith('eyJ') else 'api_key'
        if kind == 'jwt' and len(value.split('.')[-1]) < 20:
            continue
        keys.append({'path': path, 'provider': path.split('/')[2], 'name': name, 'value': value, 'kind': kind})
dump('osv-scalibr-keys.json', {'commit': head(SC), 'keys': keys})

# --- 12-line windows of the snapshots' library files (not tests, not data) as negatives; up to 3 a file, windows with
# anything a redaction kind could rightly match skipped (build.ts applies the kit's RISKY check again).
RISKY = re.compile(r'@|-----BEGIN|eyJ|\b\d{5,}\b|\b(?:\d{1,3}\.){3}\d{1,3}\b|https?://|licen[cs]e|copyright|author|password|passwd|secret|token|api[_-]?key|\+\d[\d\s-]{8,}', re.I)
LIB = {
    'mailgun+flanker': ('flanker/', ('.py',)),
    'jhillyerd+enmime': ('', ('.go',)),
    'zbateson+mail-mime-parser': ('src/', ('.php',)),
    'howdoiusekeyboard+indian-address-parser': ('src/', ('.py',)),
    'daihy8759+zh-address-parse': ('java-zh-addres-parse/src/main/', ('.java',)),
    'google+osv-scalibr': ('extractor/filesystem/language/', ('.go',)),
}
rnd = random.Random(SEED)
windows = []
for repo, (under, exts) in LIB.items():
    files = [p for p in ls(repo, under) if p.endswith(exts) and '_test' not in p and '/test' not in p and 'testdata' not in p and not p.startswith('test')]
    rnd.shuffle(files)
    taken = 0
    for path in files[:60]:
        lines = show(repo, path).splitlines()
        if len(lines) < 40:
            continue
        for _ in range(3):
            start = rnd.randrange(0, len(lines) - 12)
            text = '\n'.join(lines[start:start + 12])
            if len(text.strip()) < 120 or len(text) > 2000 or RISKY.search(text):
                continue
            windows.append({'repo': repo, 'commit': head(repo), 'path': path, 'start': start + 1, 'text': text})
            taken += 1
        if taken >= 30:
            break
dump('windows.json', windows)
print({'delhi': len(delhi), 'korean': len(korean), 'chinese': len(chinese), 'mail': len(mail), 'keys': len(keys), 'windows': len(windows)})

# --- Russian addresses of open-condo-software/condo's address tests (parser, resolver, suggestion provider specs):
# string literals with a house, plot or building marker and a number; test placeholders (`г. Тест`), templates, fias
# ids, lines that end in a name or a parser's junk suffix, and runs of spaces left out; a leading `РОССИЯ, ` (the
# country) stays outside the value; at most two literals of one shape (digits aside).
CO = 'open-condo-software+condo'
CO_FILES = ['packages/clients/address-service-client/utils/parseAddressesFromString.spec.js',
            'apps/condo/domains/billing/schema/resolvers/propertyResolver.spec.js',
            'apps/address-service/domains/common/utils/services/suggest/providers/DadataSuggestionProvider.spec.js',
            'apps/condo/domains/property/utils/serverSchema/helpers.spec.js',
            'apps/condo/domains/billing/utils/unitName.utils.spec.js']
russian, shapes, seen = [], {}, set()
for path in CO_FILES:
    for lit in re.findall(r"'([^'\n]*)'|\"([^\"\n]*)\"", show(CO, path)):
        text = (lit[0] or lit[1]).strip()
        if not re.search(r'[А-Яа-яЁё]', text) or not re.search(r'(?:д\.|дом|уч\.)\s*\d', text, re.I):
            continue
        if re.search(r'Тест|Пример|\$|fias|Автопарковка|Особняк|\||К\.$|,$|\s{2,}|кл\.кл|\bкв 0', text):
            continue
        value = re.sub(r'^РОССИЯ,\s*', '', text)
        # A street or place word before the house (not a bare `дом 23`), nothing after the last number but a letter.
        if not re.search(r'(?:^|[\s.,])(?:ул|пер|пр-д|пл|г|п|обл)[\s.,]', value, re.I) or re.search(r',\s*-$', value):
            continue
        street = re.split(r',?\s*(?:д\.|дом|двлд\.|уч\.)\s*\d', value, maxsplit=1, flags=re.I)[0].lower()
        if value.lower() in seen or shapes.get(street, 0) >= 2:
            continue
        seen.add(value.lower())
        shapes[street] = shapes.get(street, 0) + 1
        russian.append({'text': text, 'value': value, 'path': path})
# Of a literal and the same literal with a flat, office or parking place after it, only the longer one is kept.
russian = [r for r in russian if not any(o is not r and o['value'].startswith(r['value'] + ',') or o is not r and o['value'].startswith(r['value'] + ' ') for o in russian)]
dump('condo.json', {'commit': head(CO), 'rows': russian})
print({'russian': len(russian)})
