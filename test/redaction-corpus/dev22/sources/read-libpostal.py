# Reads libpostal's parser tests (openvenues/libpostal test/test_parser.c, MIT) from a local git mirror into
# libpostal.json: the input as written and the span to label — from the first address component (house number, road,
# PO box, unit...) to the last one before a trailing country, so venue names ("house", "category") and the country
# stay outside the label, as round 9 did with OpenCage's venue lines. Inputs with no road/PO box and no house number
# or postcode (a city alone, "book stores near me") are skipped.
# Usage: python3 read-libpostal.py <git dir> <commit>
import json, re, subprocess, sys

git_dir, commit = sys.argv[1], sys.argv[2]
src = subprocess.run(['git', '--git-dir', git_dir, 'show', f'{commit}:test/test_parser.c'], capture_output=True, text=True, check=True).stdout
OUTSIDE = {'house', 'category', 'near', 'country', 'world_region'}
cases = []
for m in re.finditer(r'test_parse_result_equals\(\s*"((?:[^"\\]|\\.)*)",\s*\w+,\s*\d+,(.*?)\)\s*\);', src, re.S):
    text = bytes(m.group(1), 'utf8').decode('unicode_escape').encode('latin1').decode('utf8')
    comps = [(a, bytes(b, 'utf8').decode('unicode_escape').encode('latin1').decode('utf8'))
             for a, b in re.findall(r'\{"(\w+)",\s*"((?:[^"\\]|\\.)*)"\}', m.group(2))]
    labels = {a for a, _ in comps}
    if not ({'road', 'po_box'} & labels and ({'house_number', 'postcode', 'po_box'} & labels)): continue
    low = text.lower()
    spans, pos, ok = [], 0, True
    for a, v in comps:
        i = low.find(v, pos)
        if i < 0: ok = False; break
        spans.append((a, i, i + len(v))); pos = i + len(v)
    if not ok: continue
    inside = [s for s in spans if s[0] not in OUTSIDE]
    # A venue or country between address parts would split the label: skip those.
    first, last = inside[0][1], inside[-1][2]
    if any(s[0] in OUTSIDE and first < s[1] < last for s in spans): continue
    cases.append({'text': text, 'value': text[first:last], 'labels': [a for a, _, _ in spans]})
json.dump({'repository': 'openvenues/libpostal', 'path': 'test/test_parser.c', 'commit': commit, 'licence': 'MIT', 'cases': cases},
          open('libpostal.json', 'w'), ensure_ascii=False, indent=1)
print(len(cases))
for c in cases[:200]: print(repr(c['value']), '|', c['text'][:90])
