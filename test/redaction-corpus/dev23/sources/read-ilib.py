# Reads iLib-js/ilib-mono's address parser tests (Apache-2.0) from a local git mirror into ilib.json: for countries
# written in scripts other than Latin and Japanese (and India, Greece, Israel, Korea, China, Taiwan, Thailand in any
# script), each test input with the fields the test expects, and the labelled span: from the first address field to
# the last (locality, region, postcode, street), a leading recipient line (no digit, no field) and the country left out.
# Usage: python3 read-ilib.py <git dir> <commit>
import json, re, subprocess, sys

git_dir, commit = sys.argv[1], sys.argv[2]
def show(path):
    return subprocess.run(['git', '--git-dir', git_dir, 'show', f'{commit}:{path}'], capture_output=True, text=True, check=True).stdout
files = subprocess.run(['git', '--git-dir', git_dir, 'ls-tree', '-r', '--name-only', commit, 'packages/ilib-address/test/'],
                       capture_output=True, text=True, check=True).stdout.split()
ANY_SCRIPT = set('IN GR IL KR CN TW HK MO TH'.split())
NON_LATIN = re.compile(r'[\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f'
                       r'\u1000-\u109f\u10a0-\u10ff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u4e00-\u9fff\ufb50-\ufeff]')
HONORIFIC = r'(?:السيد|ﺎﻠﺴﻳﺩ|ﺂﻗﺍی|Г-н|Mr\.?|Ms\.?|M\.)\s'
NAMED = HONORIFIC + r'|[А-ЯЁЂЈЉЊЋЏІЇЄ][а-яёђјљњћџіїє]+\s+[А-ЯЁЂЈЉЊЋЏІЇЄ][а-яёђјљњћџіїє]+\s'
START = (r'(?i:ул\.|улица|вул\b|пр\.|пер\.|\d+-й\s+пер)|عمارة|مكتب بريد|ﻡﺮﺒﻋ|شارع|ﺵﺍﺮﻋ|پﺲﺗ|'
         r'(?<![\w/])[\d٠-٩۰-۹]')
STR = r'"((?:[^"\\]|\\.)*)"'
def js_string(s):
    try:
        return json.loads('"' + s + '"')
    except json.JSONDecodeError:  # a JS-only escape such as \'
        return json.loads('"' + re.sub(r"\\([^nrtu\\\"/bf])", r"\1", s) + '"')
out = []
for path in files:
    m = re.search(r'testaddress_([A-Z]{2})\.js$', path)
    if not m:
        continue
    cc = m.group(1)
    src = show(path)
    for block in re.split(r'\n\s*test\w+: function', src)[1:]:
        a = re.search(r'new Address\(' + STR + r',\s*\{locale:\s*[\'"]([\w-]+)', block)
        if not a:
            continue
        text, locale = js_string(a.group(1)), a.group(2)
        if cc not in ANY_SCRIPT and not NON_LATIN.search(text):
            continue
        fields = {k: js_string(v) for k, v in re.findall(r'test\.equal\(parsedAddress\.(\w+),\s*' + STR + r'\)', block)}
        spots = []
        for key in ('streetAddress', 'locality', 'region', 'postalCode'):
            v = fields.get(key)
            if v and v in text:
                spots.append((text.index(v), text.index(v) + len(v), key))
        if len(spots) < 2 or not any(re.search(r'[\d٠-٩۰-۹०-९]', text[s:e]) for s, e, _ in spots):
            continue
        start, end = min(s for s, _, _ in spots), max(e for _, e, _ in spots)
        value = text[start:end]
        # A first line or comma part with no digit that is no field of its own is the recipient or firm: left outside.
        first = re.split(r'[\n,،]', value, 1)
        if len(first) == 2 and not re.search(r'[\d٠-٩۰-۹०-९]', first[0]) and first[0].strip() not in fields.values():
            rest = value[len(first[0]) + 1:]
            value = rest.lstrip(' \t\r\n')
        value = value.strip(' \t\r\n,')
        # A recipient written on the street's own line (an honorific, or a name before a Cyrillic street word): the
        # label starts at the street word, the building or box word, or the first number; with none of those, skipped.
        if re.match(NAMED, value):
            m = re.search(START, value)
            if not m:
                continue
            value = value[m.start():]
            if re.match(r'[\d٠-٩۰-۹]+\s*\n', value):  # a bare number left of a street whose name went with the recipient
                continue
        if len(value) < 8 or not re.search(r'[\d٠-٩۰-۹०-९]', value):
            continue
        out.append({'file': path, 'country': cc, 'locale': locale, 'text': text, 'value': value})
json.dump({'repository': 'iLib-js/ilib-mono', 'commit': commit, 'licence': 'Apache-2.0', 'cases': out},
          open('ilib.json', 'w'), ensure_ascii=False, indent=1)
print(len(out), len({c['country'] for c in out}))
