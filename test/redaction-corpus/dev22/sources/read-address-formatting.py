# Reads OpenCageData/address-formatting's country test cases (MIT) from a local git mirror into
# address-formatting.json: per case the file, the components and the expected block, split into the lines that make
# the address (labelled) and the venue/country lines (left outside the label, as round 9 did).
# Usage: python3 read-address-formatting.py <git dir> <commit>
import json, re, subprocess, sys, yaml

git_dir, commit = sys.argv[1], sys.argv[2]
def show(path):
    return subprocess.run(['git', '--git-dir', git_dir, 'show', f'{commit}:{path}'], capture_output=True, text=True, check=True).stdout
files = [p for p in subprocess.run(['git', '--git-dir', git_dir, 'ls-tree', '-r', '--name-only', commit, 'testcases/countries/'],
                                   capture_output=True, text=True, check=True).stdout.split() if p.endswith('.yaml')]
# Components that are part of an address; every other component (restaurant, attention, house, building names...) is a
# venue line and stays outside the label.
ADDRESS = {'house_number', 'road', 'street', 'footway', 'pedestrian', 'path', 'suburb', 'neighbourhood', 'city', 'town',
           'village', 'hamlet', 'postcode', 'state', 'state_code', 'county', 'state_district', 'city_district', 'quarter',
           'residential', 'district', 'region', 'municipality', 'island', 'locality', 'place', 'square', 'block',
           'province', 'subdistrict', 'borough', 'croft', 'postal_city', 'country', 'country_code', 'country_name'}
out = []
for path in files:
    for doc in yaml.safe_load_all(show(path)):
        if not doc or 'expected' not in doc or 'components' not in doc: continue
        comp = {k: str(v) for k, v in doc['components'].items()}
        if 'road' not in comp or not ('house_number' in comp or 'postcode' in comp): continue
        # A few block scalars write a letter as a JSON escape (`Aduti\\u0161kio`), which YAML keeps literally: decoded.
        expected = re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), str(doc['expected']))
        lines = [l.strip() for l in expected.strip().split('\n') if l.strip()]
        venue = {v for k, v in comp.items() if k not in ADDRESS}
        country = {comp.get('country'), comp.get('country_name')} - {None}
        while lines and lines[0] in venue: lines.pop(0)
        tail = []
        while lines and (lines[-1] in country or lines[-1] in venue): tail.insert(0, lines.pop())
        if len(lines) < 2: continue
        out.append({'file': path, 'country_code': comp.get('country_code', path.split('/')[-1][:2]), 'description': doc.get('description', ''),
                    'lines': lines, 'country': tail})
json.dump({'repository': 'OpenCageData/address-formatting', 'commit': commit, 'licence': 'MIT', 'cases': out},
          open('address-formatting.json', 'w'), ensure_ascii=False, indent=1)
print(len(out), len({c['country_code'] for c in out}))
