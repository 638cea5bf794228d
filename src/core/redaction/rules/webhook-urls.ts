// Round 22: an incoming webhook's URL is its credential (anyone holding it can post into the channel), so the whole
// URL goes, not only its random segment. The family, beyond the providers that have a rule of their own (Discord,
// Teams' `webhookb2`, Zapier, Tines in provider-keys*.ts; Slack in secretlint's preset): any http(s) URL whose path
// names a hook — a segment `hook`, `hooks`, `webhook`, `webhooks`, `webhookb2`, `IncomingWebhook` — or whose host is a
// hooks host (`hooks.slack.com`, `hooks.zapier.com`), with a drawn token after that word. Shapes it was checked on,
// from maintained catalogues: Mattermost `/hooks/<26 of [a-z0-9]>` and Office 365 connectors
// `outlook.office.com/webhook/<uuid>@<uuid>/IncomingWebhook/<32 hex>/<uuid>` (praetorian-inc/titus@369d8dc
// `mattermost.yml` `kingfisher.mattermost.3`, `microsoft_teams.yml` `np.msteams.1`), Slack `hooks.slack.com/services/T…/
// B…/<24>` and Teams `webhookb2` (trufflesecurity/trufflehog@3ab759f `slackwebhook`, `microsoftteamswebhook`), Feishu/Lark
// `open-apis/bot/v2/hook/<uuid>` and WeCom `cgi-bin/webhook/send?key=<uuid>` (their bot docs, open.feishu.cn and
// developer.work.weixin.qq.com), Rocket.Chat `/hooks/<id>/<token>` and Gitea/Forgejo-style `/api/v1/…/hooks/` (docs).
// A number after the word (`/settings/hooks/412345678`, a hook's id in a repository's settings) or a placeholder
// (`/hooks/XXXXXXXX…`, `YOUR_WEBHOOK_ID`) is no credential, and neither is anything under a code host's hooks
// (`api.github.com/repos/…/hooks/<id>/deliveries/<guid>`): GitHub, GitLab and Bitbucket send webhooks, they take none
// at such paths.
import { looksLikePlaceholder, looksTypedIn } from '../checks';
import type { Range, RedactionRule } from '../types';
import { scanning } from './regex-scan';
import { looksMachineRandom } from './token-randomness';
import { hexOrUuid } from './token-shapes';

const URL_RUN = /(?<![A-Za-z0-9+.-])https?:\/\/[A-Za-z0-9.-]{1,253}(?::\d{2,5})?\/[^\s"'<>`\\|^{}]{1,800}/g;
const HOOK_SEGMENT = /^(?:web)?hooks?(?:b2)?$|^incomingwebhooks?$/i;
const HOOK_HOST = /^hooks?\./i;
const CODE_HOST = /(?:^|\.)(?:github|gitlab|bitbucket)\.(?:com|org|io)$/i;
const PIECE = /[A-Za-z0-9_-]{16,200}/g;

/** A piece of the URL after the hook word that is drawn, not typed: a UUID, random hex, or a machine-random token. */
function drawn(piece: string): boolean {
  if (looksLikePlaceholder(piece) || looksTypedIn(piece)) return false;
  return hexOrUuid(piece) || looksMachineRandom(piece, 'keyed');
}

/** Where the URL ends: trailing sentence punctuation and an unmatched closing bracket are the text's, not the URL's. */
function trimmed(url: string): string {
  let end = url.length;
  for (;;) {
    const ch = url[end - 1]!;
    if (/[.,;:!?*]/.test(ch)) end--;
    else if (ch === ')' && (url.slice(0, end).match(/\(/g)?.length ?? 0) < (url.slice(0, end).match(/\)/g)?.length ?? 0)) end--;
    else if (ch === ']' && !url.slice(0, end).includes('[')) end--;
    else break;
  }
  return url.slice(0, end);
}

function* webhookUrls(text: string): Iterable<Range> {
  if (!/hook/i.test(text)) return;
  yield* scanning(URL_RUN, function* (re) {
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const url = trimmed(m[0]);
      const host = /^https?:\/\/([^/:]+)/i.exec(url)![1]!;
      if (CODE_HOST.test(host)) continue;
      const path = url.slice(url.indexOf('/', url.indexOf('//') + 2));
      const segments = path.split(/[/?#&]/);
      const word = segments.findIndex((s) => HOOK_SEGMENT.test(s));
      if (word === -1 && !HOOK_HOST.test(host)) continue;
      const after = word === -1 ? path : segments.slice(word + 1).join('/');
      const pieces = after.match(PIECE) ?? [];
      if (!pieces.some((p) => drawn(p.replace(/^[_-]+|[_-]+$/g, '')))) continue;
      yield { start: m.index, end: m.index + url.length };
    }
  });
}

export const webhookUrlRules: RedactionRule[] = [
  {
    id: 'webhook-url',
    kind: 'api_key',
    level: 'secrets',
    priority: 90,
    description: 'Incoming webhook URL: a hook path word or hooks host, then a drawn token (the whole URL is the credential)',
    find: (text: string) => [...webhookUrls(text)],
  },
];
