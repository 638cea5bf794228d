// Provider secrets from secretlint's recommended preset (@secretlint/secretlint-rule-preset-recommend, MIT), the
// maintained rule set the issue asks for. Its rules are plain objects whose `file(source)` handler runs regexes
// and validators synchronously and calls `context.report({ range })`, so they are run here directly with a
// minimal context: no @secretlint/core, no async API, no Node-only API on this path (the preset's `node:path`
// import is only touched by the GCP rule for `.json` file names, which chat text never has). Every rule of the
// preset runs except `filter-comments`, which would let a `secretlint-disable` comment inside captured text hide
// a secret. Reported ranges are checked against the secret the rule names in its message data, because a few
// rules report the start of the whole `KEY=value` match with the secret's length.
import { rules as presetRules } from '@secretlint/secretlint-rule-preset-recommend';
import { looksLikePlaceholder } from '../checks';
import type { Range, RedactionKind, RedactionRule } from '../types';
import { countedBody } from './token-randomness';

interface Report {
  range: [number, number];
  data: Record<string, unknown>;
}

interface SecretlintSource {
  content: string;
  filePath: string;
  ext: string;
  contentType: 'text';
}

interface SecretlintRuleCreator {
  meta: { id: string };
  create(context: unknown, options: unknown): { file?: (source: SecretlintSource) => unknown };
}

/** Options that widen a rule to what chat text holds: AWS access key ids on their own, not only secret keys. */
const OPTIONS: Record<string, unknown> = { aws: { enableIDScanRule: true } };
const SKIPPED = new Set(['filter-comments']);

const shortId = (id: string) => id.replace('@secretlint/secretlint-rule-', '');

function kindOf(id: string): RedactionKind {
  if (id === 'privatekey') return 'private_key';
  if (id === 'basicauth' || id === 'database-connection-string') return 'password';
  return 'api_key';
}

let sink: Report[] = [];

function contextFor(): unknown {
  return {
    sharedOptions: {},
    createTranslator: () => (_messageId: string, data: Record<string, unknown> = {}) => ({ message: _messageId, data }),
    report: (d: { range: [number, number]; message: { data?: Record<string, unknown> } }) =>
      sink.push({ range: d.range, data: d.message?.data ?? {} }),
    ignore: () => undefined,
  };
}

/** Where the secret really is: the reported range if it holds the named value, else that value near the range. */
function locate(text: string, report: Report): Range {
  const [start, end] = report.range;
  const values = Object.values(report.data).filter((v): v is string => typeof v === 'string' && v.length >= 8);
  const slice = text.slice(start, end);
  for (const value of values) {
    if (slice.includes(value)) return { start: start + slice.indexOf(value), end: start + slice.indexOf(value) + value.length };
    const near = text.indexOf(value, Math.max(0, start - 256));
    if (near !== -1 && near <= end + 256) return { start: Math.min(start, near), end: Math.max(end, near + value.length) };
  }
  return { start, end };
}

/**
 * A connection string is reported whole; redact only its password (the user name, host and database stay,
 * as with the `connection-string-password` rule). Without a recognisable password the whole string goes.
 */
function narrowConnectionString(text: string, range: Range): Range {
  const value = text.slice(range.start, range.end);
  const userinfo = /^[A-Za-z][\w+.-]*:\/\/[^:/@\s]*:([^@\s]+)@/.exec(value);
  if (userinfo) {
    const at = range.start + userinfo[0].length - 1 - userinfo[1]!.length;
    return { start: at, end: at + userinfo[1]!.length };
  }
  const param = /(?:password|pwd)=([^;&\s]+)/i.exec(value);
  if (param) {
    const at = range.start + param.index + param[0].length - param[1]!.length;
    return { start: at, end: at + param[1]!.length };
  }
  return range;
}

const compiled = (presetRules as unknown as SecretlintRuleCreator[])
  .map((creator) => ({ id: shortId(creator.meta.id), creator }))
  .filter(({ id }) => !SKIPPED.has(id))
  .map(({ id, creator }) => ({ id, handler: creator.create(contextFor(), OPTIONS[id] ?? {}) }));

function* findWith(id: string, handler: { file?: (source: SecretlintSource) => unknown }, text: string): Iterable<Range> {
  sink = [];
  handler.file?.({ content: text, filePath: '/chat.txt', ext: '.txt', contentType: 'text' });
  const reports = sink;
  sink = [];
  for (const report of reports) {
    let range = locate(text, report);
    if (id === 'database-connection-string') range = narrowConnectionString(text, range);
    if (range.end <= range.start || looksLikePlaceholder(text.slice(range.start, range.end))) continue;
    // round 22: an AWS key id whose 16 drawn characters count (`A3T0ABCDEFGHIJKLMNOP`) is a documentation stand-in, as
    // provider-keys.ts reads its own AWS ids
    if (id === 'aws' && /^[A-Z0-9]{20}$/.test(text.slice(range.start, range.end)) && countedBody(text.slice(range.start + 4, range.end))) continue;
    yield range;
  }
}

export const SECRETLINT_RULE_IDS = compiled.map(({ id }) => id);

export const secretlintRules: RedactionRule[] = compiled.map(({ id, handler }) => ({
  id: `secretlint:${id}`,
  kind: kindOf(id),
  level: 'secrets' as const,
  priority: id === 'privatekey' ? 94 : 88,
  description: `secretlint recommended preset: ${id}`,
  find: (text: string) => [...findWith(id, handler, text)],
}));
