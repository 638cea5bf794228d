# Reads the smaller sources of dev23's real addresses from local git mirrors into others.json: Chinese business
# addresses (DQinYuan/chinese_province_city_area_mapper tests/addr.csv, MIT; every 120th row holding a road or
# building number), Russian addresses (natasha/natasha's address grammar tests, MIT; the 2018 file and today's),
# Korean addresses (Shopify/atlas_engine's KR parser tests, MIT), Taiwanese addresses (moskytw/zipcodetw test.py,
# MIT; one per street) and hflabs/dadata-py's test address (MIT). Each value is an address as the source writes it.
# Usage: python3 read-others.py <mirror dir>
import csv, io, json, re, subprocess, sys

mirrors = sys.argv[1]
def git(repo, *args):
    return subprocess.run(['git', '--git-dir', f'{mirrors}/{repo}/repo', *args], capture_output=True, text=True, check=True).stdout
def head(repo):
    return git(repo, 'rev-parse', 'HEAD').strip()
def show(repo, path, commit='HEAD'):
    return git(repo, 'show', f'{commit}:{path}')

out = {}
# cpca: the first column is the address as posted; kept when it holds a number and a road, street, lane or building word.
CPCA = 'DQinYuan+chinese_province_city_area_mapper'
rows = list(csv.reader(io.StringIO(show(CPCA, 'tests/addr.csv'))))[1:]
zh = []
for i, row in enumerate(rows):
    a = row[0].strip()
    if i % 120 or not re.search(r'\d', a) or not re.search(r'[路街道巷号號弄]', a) or len(a) < 10:
        continue
    zh.append(a)
out['cpca'] = {'repository': 'DQinYuan/chinese_province_city_area_mapper', 'commit': head(CPCA), 'path': 'tests/addr.csv', 'licence': 'MIT', 'addresses': zh}

NAT = 'natasha+natasha'
ru = []
for commit, path in (('7f6347be8e91d35e852c79059ba6339dad952caf', 'natasha/tests/test_address.py'), (head(NAT), 'tests/test_addr.py')):
    for a in re.findall(r"^\s+'([^'\n]*\d[^'\n]*)',?$", show(NAT, path, commit), re.M):
        if a not in ru:
            ru.append(a)
out['natasha'] = {'repository': 'natasha/natasha', 'commits': ['7f6347be8e91', head(NAT)], 'licence': 'MIT', 'addresses': ru}

DD = 'hflabs+dadata-py'
dd = sorted(set(re.findall(r'"value": "(г [^"]*\d[^"]*)"', show(DD, 'tests/test_sync.py'))))
out['dadata'] = {'repository': 'hflabs/dadata-py', 'commit': head(DD), 'licence': 'MIT', 'addresses': dd}

AT = 'Shopify+atlas_engine'
kr_src = show(AT, 'test/countries/atlas_engine/kr/validation_transcriber/address_parser_test.rb')
kr = []
for a in re.findall(r'"([^"\n]*[\uac00-\ud7af][^"\n]*\d[^"\n]*)"', kr_src):
    a = a.strip()
    if ':' not in a and a not in kr and not re.match(r'^[\d\s]', a):
        kr.append(a)
out['atlas'] = {'repository': 'Shopify/atlas_engine', 'commit': head(AT), 'licence': 'MIT', 'addresses': kr}

ZT = 'moskytw+zipcodetw'
tw, streets = [], set()
for a in re.findall(r"Address\(u?'([^']*)'\)", show(ZT, 'test.py')):
    if '\\u' in a:
        continue
    m = re.match(r'(.*?)(\d+(?:[-之]\d+)?號)$', a.replace(' ', ''))
    if not m or m.group(1) in streets or not re.search(r'[市縣]', a):
        continue
    streets.add(m.group(1))
    tw.append(a)
out['zipcodetw'] = {'repository': 'moskytw/zipcodetw', 'commit': head(ZT), 'licence': 'MIT', 'addresses': tw}

json.dump(out, open('others.json', 'w'), ensure_ascii=False, indent=1)
print({k: len(v['addresses']) for k, v in out.items()})
