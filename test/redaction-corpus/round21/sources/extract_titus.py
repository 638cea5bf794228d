# One-off reader (round 21): every `examples:` entry of praetorian-inc/titus's rules (pkg/rule/rules/*.yml, Apache-2.0)
# with the named groups its own pattern captures on it. Python, not TypeScript: the patterns are written in the
# Go/Rust regex dialect ((?x) verbose mode, (?P<name>...), inline (?i)), which Python's `regex` reads and Node 20's
# RegExp does not. Writes titus.json. Run: python3 extract_titus.py /work/.mirror/praetorian-inc+titus/repo
import json, subprocess, sys
import regex, yaml

repo = sys.argv[1]
commit = subprocess.check_output(['git', '-C', repo, 'rev-parse', 'HEAD'], text=True).strip()
files = subprocess.check_output(['git', '-C', repo, 'ls-tree', '-r', '--name-only', 'HEAD', 'pkg/rule/rules/'], text=True).split()
out = []
for f in files:
    if not f.endswith('.yml'):
        continue
    doc = yaml.safe_load(subprocess.check_output(['git', '-C', repo, 'show', f'HEAD:{f}'], text=True))
    for rule in (doc or {}).get('rules', []):
        try:
            rx = regex.compile(rule['pattern'])
        except Exception as e:  # a dialect feature Python's regex lacks: the rule is left out
            print('skip', rule['id'], e, file=sys.stderr)
            continue
        for ex in rule.get('examples') or []:
            m = rx.search(ex)
            if not m:
                continue
            groups = {k: v for k, v in m.groupdict().items() if v}
            if not groups and m.groups():
                groups = {'1': m.group(1)}
            out.append({'file': f, 'id': rule['id'], 'name': rule['name'], 'categories': rule.get('categories', []), 'example': ex, 'groups': groups})
json.dump({'repo': 'praetorian-inc/titus', 'commit': commit, 'licence': 'Apache-2.0', 'items': out}, open('titus.json', 'w'), ensure_ascii=False, indent=1)
print(len(out), 'examples')
