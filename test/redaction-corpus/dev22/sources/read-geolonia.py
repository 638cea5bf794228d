# Reads geolonia/normalize-japanese-addresses's test addresses (test/addresses/addresses.csv, MIT) into geolonia.json:
# the first column (the address as typed: prefecture first, full-width digits, 丁目/番/号 or dashes), every 30th row
# so the sample spreads over the file's prefectures and towns instead of its first block.
# Usage: python3 read-geolonia.py <git dir> <commit>
import csv, io, json, subprocess, sys
git_dir, commit = sys.argv[1], sys.argv[2]
src = subprocess.run(['git', '--git-dir', git_dir, 'show', f'{commit}:test/addresses/addresses.csv'], capture_output=True, text=True, check=True).stdout
rows = list(csv.reader(io.StringIO(src)))[1:]
picked = [r[0] for r in rows[::30] if r and any(ch.isdigit() for ch in r[0])]
json.dump({'repository': 'geolonia/normalize-japanese-addresses', 'path': 'test/addresses/addresses.csv', 'commit': commit,
           'licence': 'MIT', 'addresses': picked}, open('geolonia.json', 'w'), ensure_ascii=False, indent=1)
print(len(picked))
