"""Round 22's one-off reader: writes the sources/*.json files from the bare snapshots in /work/.mirror (read with
`git show`). Repositories, commits and licences are in ../README.md. Run: python3 extract.py"""
import json, random, re, subprocess
from pathlib import Path

M = Path('/work/.mirror')
OUT = Path(__file__).parent


def git(repo, *args):
    return subprocess.run(['git', '-c', 'core.quotePath=false', '-C', str(M / repo / 'repo'), *args], capture_output=True, text=True, check=True).stdout


def show(repo, path):
    return git(repo, 'show', f'HEAD:{path}')


def ls(repo, under=''):
    return [p for p in git(repo, 'ls-tree', '-r', '--name-only', 'HEAD', *( [under] if under else [])).splitlines()]


def head(repo):
    return git(repo, 'rev-parse', 'HEAD').strip()


def js_string(s):
    try:
        return json.loads('"' + s + '"')
    except json.JSONDecodeError:
        return json.loads('"' + re.sub(r"\\([^nrtu\\\"/bf])", r"\1", s) + '"')


# --- iLib address tests: countries no earlier round read from iLib (rounds 3-5 read these).
ILIB_READ = set('DE FR IT ES NL JP KR CN IN PL RU PT MX AT UA AR CO EG AE TW VN IL ID HU ZA TH GR BR'.split())
ILIB = 'iLib-js+ilib-mono'
STR = r'"((?:[^"\\]|\\.)*)"'
addresses = []
for path in ls(ILIB, 'packages/ilib-address/test'):
    m = re.search(r'testaddress_([A-Z]{2})\.js$', path)
    if not m or m.group(1) in ILIB_READ:
        continue
    cc = m.group(1)
    src = show(ILIB, path)
    for block in re.split(r'\n\s*test\w+: function', src)[1:]:
        a = re.search(r'new Address\(' + STR + r',\s*\{locale:\s*[\'"]([\w-]+)', block)
        if not a:
            continue
        text, locale = js_string(a.group(1)), a.group(2)
        fields = {k: js_string(v) for k, v in re.findall(r'test\.equal\(parsedAddress\.(\w+),\s*' + STR + r'\)', block)}
        street = fields.get('streetAddress')
        if not street:
            continue
        parts = [p.strip() for p in street.split(',') if p.strip()]
        # A leading part with no digit is the recipient's line (a name, a firm): left outside. More than one such
        # part, or a trailing part with words after its number (a name after the flat), is ambiguous: skipped.
        named = False
        if parts and not re.search(r'\d', parts[0]):
            parts.pop(0)
            named = True
        if not parts or not re.search(r'\d', parts[0]):
            continue
        if any(len(re.split(r'\d', p)[-1].split()) > 2 for p in parts[1:]) or any(p not in text for p in parts):
            continue
        # One part with no line of its own for a name: only when it opens with its number (no name can precede it).
        if not named and not re.match(r'[\d٠-٩۰-۹]', parts[0]):
            continue
        spots = []
        for key in ('locality', 'region', 'postalCode'):
            v = fields.get(key)
            if v and v in text:
                spots.append((text.index(v), text.index(v) + len(v)))
        if parts[0] not in text or not spots:
            continue
        for p in parts:
            s0 = text.index(p)
            spots.append((s0, s0 + len(p)))
        start, end = min(s for s, _ in spots), max(e for _, e in spots)
        value = text[start:end]
        country = fields.get('country')
        if country and country in value:
            continue
        if len(value) < 12 or not re.search(r'\d', value):
            continue
        addresses.append({'cc': cc, 'locale': locale, 'text': text, 'value': value, 'path': path})
json.dump({'commit': head(ILIB), 'addresses': addresses}, open(OUT / 'ilib.json', 'w'), ensure_ascii=False, indent=1)

# --- geocoder-tester: queries with a house number and a town or postcode, and the expected fields.
GT = 'geocoders+geocoder-tester'
import csv, io
geo = []
for path in ls(GT):
    if not path.endswith('.csv') or 'poi' in path or 'typo' in path or 'fuzzy' in path:
        continue
    body = show(GT, path)
    delim = ';' if body.split('\n', 1)[0].count(';') > body.split('\n', 1)[0].count(',') else ','
    for row in csv.DictReader(io.StringIO(body), delimiter=delim):
        q = (row.get('query') or '').strip()
        hn, street = row.get('expected_housenumber') or '', row.get('expected_street') or ''
        if not q or not hn or not street or not re.search(r'\d', q):
            continue
        if not (row.get('expected_city') or row.get('expected_postcode')):
            continue
        country = path.split('/')[2]
        geo.append({'country': country, 'query': q, 'housenumber': hn, 'street': street.strip(),
                    'city': (row.get('expected_city') or '').strip(), 'postcode': (row.get('expected_postcode') or '').strip(), 'path': path})
json.dump({'commit': head(GT), 'rows': geo}, open(OUT / 'geocoder-tester.json', 'w'), ensure_ascii=False, indent=1)

# --- Authelia's portal catalogue: the words for password, username, new password and repeat new password.
AU = 'authelia+authelia'
words = {}
for path in ls(AU, 'internal/server/locales'):
    m = re.search(r'locales/([\w-]+)/portal\.json$', path)
    if not m:
        continue
    cat = json.loads(show(AU, path))
    keys = ['Password', 'Username', 'New password', 'Repeat new password', 'One-Time Password']
    w = {k: cat[k] for k in keys if k in cat and cat[k].strip()}
    if 'Password' in w:
        words[m.group(1)] = w
json.dump({'commit': head(AU), 'words': words}, open(OUT / 'authelia.json', 'w'), ensure_ascii=False, indent=1)

# --- pyjwt's test keys (private PEM blocks) and tokens written in its tests.
PJ = 'jpadilla+pyjwt'
keys, tokens = [], []
for path in ls(PJ, 'tests'):
    body = show(PJ, path)
    for k in re.findall(r'-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----', body, re.S):
        keys.append({'path': path, 'key': k})
    if path.endswith('.py'):
        for line in body.splitlines():
            for t in re.findall(r'eyJ[\w-]+\.eyJ[\w-]*\.[\w-]+', line):
                tokens.append({'path': path, 'line': line.strip(), 'token': t})
json.dump({'commit': head(PJ), 'keys': keys, 'tokens': tokens}, open(OUT / 'pyjwt.json', 'w'), ensure_ascii=False, indent=1)

# --- PHP JWT libraries' test keys (firebase/php-jwt, lcobucci/jwt): private PEM blocks as written.
php_keys = []
for repo in ('firebase+php-jwt', 'lcobucci+jwt'):
    for path in ls(repo, 'tests'):
        try:
            body = show(repo, path)
        except Exception:
            continue
        for k in re.findall(r'-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----', body, re.S):
            if '\\n' in k or len(k) > 4000:
                continue
            php_keys.append({'repo': repo.replace('+', '/'), 'commit': head(repo), 'path': path, 'key': k})
json.dump(php_keys, open(OUT / 'php-jwt-keys.json', 'w'), ensure_ascii=False, indent=1)
print('php keys', len(php_keys))

# --- E-mail lines of vCard/iCalendar libraries' tests: lines naming a mailbox (mailto:, EMAIL, ORGANIZER, ATTENDEE).
EMAIL = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}')
mail = []
for repo, under in (('sabre-io+vobject', 'tests'), ('collective+icalendar', 'src')):
    for path in ls(repo, under):
        if not re.search(r'\.(php|py|ics|vcf|txt)$', path):
            continue
        try:
            body = show(repo, path)
        except Exception:
            continue
        for line in body.splitlines():
            line = line.strip()
            if not EMAIL.search(line) or not re.search(r'mailto:|EMAIL|ORGANIZER|ATTENDEE|From:|To:', line, re.I):
                continue
            if re.search(r'^UID|Message-ID', line, re.I) or len(line) > 200:
                continue
            mail.append({'repo': repo, 'path': path, 'line': line, 'emails': EMAIL.findall(line)})
json.dump({'commits': {r: head(r) for r in ('sabre-io+vobject', 'collective+icalendar')}, 'lines': mail}, open(OUT / 'mail.json', 'w'), ensure_ascii=False, indent=1)

# --- Negative windows: 12 lines of library source (not tests) of these repositories, seed 20262202.
rnd = random.Random(20262202)
RISKY = re.compile(r'@|copyright|licen[cs]e|author|password|passwd|secret|token|api[_-]?key|BEGIN|eyJ|\b\d{5,}\b|\b\d{1,3}(\.\d{1,3}){3}\b|https?://', re.I)
windows = []
for repo, under, pat, n in (('iLib-js+ilib-mono', 'packages/ilib-address/src', r'\.js$', 30), ('jpadilla+pyjwt', 'jwt', r'\.py$', 30),
                            ('collective+icalendar', 'src/icalendar', r'^(?!.*test).*\.py$', 30), ('sabre-io+vobject', 'lib', r'\.php$', 30),
                            ('authelia+authelia', 'internal/middlewares', r'^(?!.*_test).*\.go$', 30)):
    files = [p for p in ls(repo, under) if re.search(pat, p)]
    rnd.shuffle(files)
    got = 0
    for path in files * 3:  # up to three windows of a file when the folder has few long files
        if got >= n:
            break
        lines = show(repo, path).splitlines()
        if len(lines) < 40:
            continue
        for _ in range(4):
            s = rnd.randrange(0, len(lines) - 12)
            w = '\n'.join(lines[s:s + 12])
            if RISKY.search(w) or len(w.strip()) < 200 or any(x['text'] == w for x in windows):
                continue
            windows.append({'repo': repo, 'commit': head(repo), 'path': path, 'start': s + 1, 'text': w})
            got += 1
            break
json.dump(windows, open(OUT / 'windows.json', 'w'), ensure_ascii=False, indent=1)
print(len(addresses), len(geo), len(words), len(keys), len(tokens), len(mail), len(windows))

# --- japanese-address-parser's test data: Japanese addresses (prefecture first) with a house or lot number.
JA = 'YuukiToriyama+japanese-address-parser'
ja = []
for path in ls(JA, 'tests/test_data'):
    if not path.endswith('.csv'):
        continue
    for row in csv.DictReader(io.StringIO('\n'.join(l for l in show(JA, path).splitlines() if not l.startswith('#')))):
        a = (row.get('address') or '').strip()
        if len(a) >= 10 and re.search(r'[0-9０-９]', a) and a not in {x['address'] for x in ja}:
            ja.append({'address': a, 'path': path})
json.dump({'commit': head(JA), 'rows': ja}, open(OUT / 'japanese-address-parser.json', 'w'), ensure_ascii=False, indent=1)
print('ja', len(ja))
