# One-off reader (round 21): filebrowser's words for "password", "username" and "new password" per locale, mailparser's
# test lines holding an e-mail address, and 12-line windows of the snapshots' library files (negatives). Python like
# extract_titus.py, so the round's readers are one language. Writes filebrowser.json, mailparser.json, windows.json.
# Run: python3 extract_rest.py /work/.mirror
import json, random, re, subprocess, sys

mirror = sys.argv[1]
def git(repo, *args):
    return subprocess.check_output(['git', '-C', f'{mirror}/{repo}/repo', *args], text=True, errors='replace')
def head(repo):
    return git(repo, 'rev-parse', 'HEAD').strip()

# filebrowser/filebrowser frontend/src/i18n/<locale>.json (Apache-2.0)
fb = 'filebrowser+filebrowser'
words = {}
for f in git(fb, 'ls-tree', '--name-only', 'HEAD', 'frontend/src/i18n/').split():
    if not f.endswith('.json'):
        continue
    d = json.loads(git(fb, 'show', f'HEAD:{f}'))
    login, settings, prompts = d.get('login', {}), d.get('settings', {}), d.get('prompts', {})
    words[f.split('/')[-1][:-5]] = {'password': login.get('password'), 'username': login.get('username'), 'newPassword': settings.get('newPassword'), 'optionalPassword': prompts.get('optionalPassword')}
json.dump({'repo': f'filebrowser/filebrowser@{head(fb)}', 'licence': 'Apache-2.0', 'words': words}, open('filebrowser.json', 'w'), ensure_ascii=False, indent=1)

# nodemailer/mailparser test/ (MIT): lines with an address, not ids (Message-ID, References, Received ...)
mp = 'nodemailer+mailparser'
EMAIL = re.compile(r'[\w.%+-]+@[\w-]+(?:\.[\w-]+)+')
ID = re.compile(r'message-?id|references|in-reply-to|received|content-id|msgid|\bid\b|javamail|x-|dkim|boundary|smtp\.mailfrom|envelope', re.I)
lines = []
for f in git(mp, 'ls-tree', '-r', '--name-only', 'HEAD', 'test/').split():
    for ln in git(mp, 'show', f'HEAD:{f}').splitlines():
        t = ln.strip()
        if EMAIL.search(t) and not ID.search(t) and len(t) <= 200:
            lines.append({'file': f, 'line': t})
json.dump({'repo': f'nodemailer/mailparser@{head(mp)}', 'licence': 'MIT', 'lines': lines}, open('mailparser.json', 'w'), ensure_ascii=False, indent=1)

# Windows of library files (no tests, no fixtures, no rules), seeded
rnd = random.Random(20262102)
SOURCES = [('praetorian-inc+titus', 'praetorian-inc/titus', 'Apache-2.0', r'^pkg/(?!rule/rules).*(?<!_test)\.go$'),
           ('filebrowser+filebrowser', 'filebrowser/filebrowser', 'Apache-2.0', r'^(?:http|files|fileutils|cmd|frontend/src/(?:components|views|utils))/.*(?<!_test)\.(?:go|vue|ts)$'),
           ('nodemailer+mailparser', 'nodemailer/mailparser', 'MIT', r'^lib/.*\.js$'),
           ('saleor+saleor', 'saleor/saleor', 'BSD-3-Clause', r'^saleor/(?!.*tests?/)(?!static).*\.py$')]
windows = []
for d, name, lic, pat in SOURCES:
    files = [f for f in git(d, 'ls-tree', '-r', '--name-only', 'HEAD').split() if re.search(pat, f)]
    rnd.shuffle(files)
    for f in files[:80]:
        text = git(d, 'show', f'HEAD:{f}').splitlines()
        if len(text) < 30:
            continue
        start = rnd.randrange(0, len(text) - 12)
        w = '\n'.join(text[start:start + 12])
        if re.search(r'copyright|licen[cs]e|author|@', w, re.I) or len(w.strip()) < 120:
            continue
        windows.append({'repo': f'{name}@{head(d)}', 'licence': lic, 'file': f, 'from': start + 1, 'text': w})
json.dump({'windows': windows}, open('windows.json', 'w'), ensure_ascii=False, indent=1)
print(len(words), 'locales', len(lines), 'mail lines', len(windows), 'windows')

# derrek/street-address test/street_address_test.rb (MIT, LICENCE): the quoted US addresses its parser tests read
sa = 'derrek+street-address'
cands = sorted(set(re.findall(r'"([0-9][^"]{8,})"', git(sa, 'show', 'HEAD:test/street_address_test.rb'))))
json.dump({'repo': f'derrek/street-address@{head(sa)}', 'licence': 'MIT', 'file': 'test/street_address_test.rb', 'candidates': cands}, open('street-address.json', 'w'), ensure_ascii=False, indent=1)
print(len(cands), 'street-address candidates')
