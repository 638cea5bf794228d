import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABEL_RULES_VERSION } from '../core/labeller';
import { validateBundle } from './validate';
import { runCli, tamper, tempDir, writeBundle } from '../../test/support/cli-bundles';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir('cli')));
afterAll(() => cleanup());

const bundle = (name: string, participantId: string, n: number, extra: Partial<Parameters<typeof writeBundle>[1]> = {}) =>
  writeBundle(join(dir, name), { participantId, studyId: 'pilot', conversations: [0, n], ...extra });

describe('echo-dataset --help', () => {
  it('prints the usage and exits 0; no command is a usage error', async () => {
    const help = await runCli('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/echo-dataset validate <bundle\.zip/);
    expect(help.out).toMatch(/echo-dataset merge <bundle\.\.\.> --out DIR/);
    expect((await runCli()).code).toBe(1);
  });
});

describe('echo-dataset validate', () => {
  it('accepts a real export, zipped or unzipped into a directory, and reports every file', async () => {
    const path = await bundle('ok.zip', 'p1', 6);
    const { code, out } = await runCli('validate', path);
    expect(code).toBe(0);
    expect(out).toMatch(/valid: .*ok\.zip/);
    expect(out).toMatch(/sft\.jsonl\t\d+ records/);
    expect(out).toMatch(/schemas\/sft\.schema\.json\t\d+ records/);

    const unzipped = join(dir, 'ok-dir');
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(path)))) {
      mkdirSync(join(unzipped, name, '..'), { recursive: true });
      writeFileSync(join(unzipped, name), bytes);
    }
    const fromDir = await runCli('validate', unzipped);
    expect(fromDir.code, fromDir.error).toBe(0);
    expect(fromDir.out.split('\n').slice(1)).toEqual(out.split('\n').slice(1));
    writeFileSync(join(unzipped, 'stray.txt'), 'x');
    expect((await runCli('validate', unzipped)).error).toMatch(/ok-dir: stray\.txt: in the bundle but not listed in manifest\.json/);
  });

  it('says in one line what is wrong with a path that is no bundle', async () => {
    const empty = join(dir, 'empty-dir');
    mkdirSync(empty);
    expect((await runCli('validate', empty)).error).toBe(`${empty}: manifest.json: a directory without manifest.json is not a bundle`);
    expect((await runCli('validate', join(dir, 'nope.zip'))).error).toMatch(/nope\.zip: cannot open: no such file or directory$/);
  });

  it('names the file and line of a record that breaks its schema', async () => {
    const path = await bundle('src.zip', 'p1', 4);
    const bad = tamper(path, join(dir, 'bad-schema.zip'), 'sft.jsonl', (t) => {
      const lines = t.split('\n');
      lines[1] = lines[1]!.replace('"confidence":', '"confidence":7,"x":');
      return lines.join('\n');
    });
    await expect(validateBundle(bad)).rejects.toThrow(/bad-schema\.zip: sft\.jsonl line 2: schema: meta\.confidence: number above 1/);
  });

  it('refuses a bundle that claims a schemaVersion it does not know', async () => {
    const path = await bundle('v.zip', 'p1', 2);
    const future = tamper(path, join(dir, 'v4.zip'), 'manifest.json', (t) => t.replace('"schemaVersion": 3', '"schemaVersion": 4'));
    const r = await runCli('validate', future);
    expect(r.code).toBe(1);
    expect(r.error).toMatch(/v4\.zip: manifest\.json: schemaVersion: unknown schemaVersion 4: this reader knows 1, 2, 3/);
  });

  it('reads older bundles that wrote the redaction rules version as an integer', async () => {
    const path = await bundle('red.zip', 'p1', 3, { options: { redaction: { level: 'standard' } } });
    const manifest = JSON.parse(strFromU8(unzipSync(readFileSync(path))['manifest.json']!));
    expect(typeof manifest.redaction.rulesVersion).toBe('string');
    const old = tamper(path, join(dir, 'red-v1.zip'), 'manifest.json', (t) => t.replace(/"rulesVersion": "(\d+)"/, '"rulesVersion": $1').replace('"schemaVersion": 3', '"schemaVersion": 1'));
    expect((await runCli('validate', old)).code).toBe(0);
  });

  it('names a file whose bytes do not match the manifest checksum', async () => {
    const path = await bundle('src2.zip', 'p1', 4);
    const bad = tamper(path, join(dir, 'bad-sum.zip'), 'events.jsonl', (t) => t.replace('How do I', 'How do U'));
    await expect(validateBundle(bad)).rejects.toThrow(/bad-sum\.zip: events\.jsonl: sha256 .* does not match manifest\.json/);
    const bad2 = tamper(path, join(dir, 'bad-json.zip'), 'labels.jsonl', (t) => t.replace(/\n$/, '\n{oops\n'));
    await expect(validateBundle(bad2)).rejects.toThrow(/labels\.jsonl line \d+: not JSON/);
  });

  it('checks a file written in parts part by part, and reads its records as the whole file', async () => {
    const whole = await bundle('whole.zip', 'p1', 80);
    const path = await bundle('parts.zip', 'p1', 80, { context: { partBytes: 64 * 1024 } });
    const files = unzipSync(readFileSync(path));
    const parts = Object.keys(files).filter((n) => n.startsWith('events/'));
    expect(parts.length).toBeGreaterThan(1);
    const { code, out } = await runCli('validate', path);
    expect(code).toBe(0);
    expect(out).toMatch(/events\/events-00000-of-\d{5}\.jsonl\t\d+ records/);
    // The parts in order are the whole export's file, and the statistics read every record of them.
    expect(parts.sort().map((n) => strFromU8(files[n]!)).join('')).toBe(strFromU8(unzipSync(readFileSync(whole))['events.jsonl']!));
    expect((await runCli('stats', path)).out).toBe((await runCli('stats', whole)).out.replaceAll('whole.zip', 'parts.zip'));
    // Trainers are pointed at the folder: LLaMA-Factory's file_name and the card's data_files glob.
    const info = JSON.parse(strFromU8(files['dataset_info.json']!)) as Record<string, { file_name: string }>;
    expect(Object.values(info).map((d) => d.file_name)).toContain(Object.keys(files).some((n) => n.startsWith('sharegpt/')) ? 'sharegpt' : 'sharegpt.jsonl');
    expect(strFromU8(files['README.md']!)).toContain('data_files: "events/*.jsonl"');
    // relabel reads the events from their parts.
    const relabelled = join(dir, 'parts-relabelled.zip');
    expect((await runCli('relabel', path, '--out', relabelled)).code).toBe(0);
    expect((await validateBundle(relabelled)).manifest.counts.events).toBe((await validateBundle(whole)).manifest.counts.events);

    const tampered = tamper(path, join(dir, 'parts-bad.zip'), parts[1]!, (t) => t.replace('"ts"', '"ts" '));
    expect((await runCli('validate', tampered)).error).toMatch(new RegExp(`parts-bad\\.zip: ${parts[1]!.replace(/\./g, '\\.')}: has \\d+ bytes, manifest.json says`));
    const dropped = unzipSync(readFileSync(path));
    delete dropped[parts[1]!];
    const manifest = JSON.parse(strFromU8(dropped['manifest.json']!)) as { files: { name: string }[] };
    manifest.files = manifest.files.filter((f) => f.name !== parts[1]);
    dropped['manifest.json'] = strToU8(JSON.stringify(manifest));
    writeFileSync(join(dir, 'parts-missing.zip'), zipSync(dropped));
    expect((await runCli('validate', join(dir, 'parts-missing.zip'))).error).toMatch(/parts-missing\.zip: manifest\.json: parts listed out of order|parts named, \d+ listed/);
  });

  it('rejects a truncated or corrupt zip with a clear error and exit code 1', async () => {
    const path = await bundle('whole.zip', 'p1', 4);
    const bytes = readFileSync(path);
    const truncated = join(dir, 'truncated.zip');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const r = await runCli('validate', truncated);
    expect(r.code).toBe(1);
    expect(r.error).toMatch(/truncated\.zip: truncated or not a zip: no end-of-central-directory record/);

    const flipped = Buffer.from(bytes);
    for (let i = 200; i < 260; i++) flipped[i] = flipped[i]! ^ 0xff; // inside events.jsonl's compressed data
    const corrupt = join(dir, 'corrupt.zip');
    writeFileSync(corrupt, flipped);
    await expect(validateBundle(corrupt)).rejects.toThrow(/corrupt\.zip: events\.jsonl: (corrupt compressed data|CRC mismatch|size mismatch)/);
  });
});

describe('echo-dataset flags', () => {
  it('refuses unknown flags, flags of another command and a bad --memory-limit before reading any bundle', async () => {
    const missing = join(dir, 'does-not-exist.zip');
    expect((await runCli('validate', missing, '--jsn')).error).toMatch(/^validate: Unknown option '--jsn'/);
    expect((await runCli('stats', missing, '--out', 'x')).error).toMatch(/^stats: Unknown option '--out'/);
    for (const bad of ['2 gigs', '10', '1KB']) {
      const r = await runCli('merge', missing, '--out', join(dir, 'never'), '--memory-limit', bad);
      expect(r.error, bad).toMatch(/^--memory-limit /);
    }
    expect((await runCli('merge', missing, '--out', join(dir, 'never'), '--language', 'English')).error).toMatch(/^--language English/);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('refuses a non-empty --out unless --force, and an existing relabel --out', async () => {
    const a = await bundle('f1.zip', 'fay', 2);
    const out = join(dir, 'occupied');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const r = await runCli('merge', a, '--out', out, '--quiet');
    expect(r.error).toBe(`--out ${out} is not empty; choose a new directory or pass --force to replace it`);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    const forced = await runCli('merge', a, '--out', out, '--quiet', '--force');
    expect(forced.code, forced.error).toBe(0);
    expect(existsSync(join(out, 'notes.txt'))).toBe(false);
    expect((await runCli('relabel', a, '--out', a)).error).toMatch(/f1\.zip exists; choose a new name or pass --force/);
  });
});

describe('echo-dataset relabel', () => {
  it('rebuilds labels and samples from the raw events with a rules file, without touching the original', async () => {
    const path = await bundle('relabel-in.zip', 'p9', 8);
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify({ combine: { unknownBelow: 0.99 } }));
    const out = join(dir, 'relabelled.zip');
    const r = await runCli('relabel', path, '--rules', rules, '--out', out);
    expect(r.code, r.error).toBe(0);
    const before = await validateBundle(path);
    const after = await validateBundle(out);
    expect(after.manifest.participantId).toBe('p9');
    expect(after.manifest.counts.events).toBe(before.manifest.counts.events);
    expect(after.manifest.relabelledFrom).toMatchObject({ createdAt: before.manifest.createdAt, rulesFile: rules });
    expect(after.manifest.labelRulesVersion).toMatch(new RegExp(`^${LABEL_RULES_VERSION.replace(/[./]/g, '\\$&')}\\+custom\\.[0-9a-f]{12}$`));
    expect(r.out).toContain(`rules ${after.manifest.labelRulesVersion}`);
    expect(after.manifest.stats!.acceptance.overall.labelled).toBeLessThan(before.manifest.stats!.acceptance.overall.labelled);

    writeFileSync(rules, JSON.stringify({ combine: { unknownBelo: 0.8 } }));
    const bad = await runCli('relabel', path, '--rules', rules, '--out', join(dir, 'never.zip'));
    expect(bad.error).toBe(`${rules}: rules.combine.unknownBelo: unknown rule setting`);
    writeFileSync(rules, '{"combine": ');
    expect((await runCli('relabel', path, '--rules', rules, '--out', join(dir, 'never.zip'))).error).toMatch(new RegExp(`^${rules.replace(/[.]/g, '\\.')}: the rules file is not JSON`));
    expect(existsSync(join(dir, 'never.zip'))).toBe(false);
  });
});

describe('echo-dataset stats', () => {
  it('counts validated records, and a participant\'s second export once', async () => {
    const a = await bundle('s1.zip', 'sam', 4, { createdAt: '2026-11-25T00:00:00.000Z' });
    const b = await bundle('s2.zip', 'sue', 4, { createdAt: '2026-11-25T00:00:00.000Z' });
    const { code, out } = await runCli('stats', a, b);
    expect(code).toBe(0);
    expect(out).toMatch(/s1\.zip\tsam\t4\t/);
    expect(out).toMatch(/total: conversations 8/);
    expect(out).toMatch(/Accepted \d+% of \d+ labelled answers \(gpt-4o \d+%\)/);

    // sam exports again a day later with two more conversations: 6 conversations, not 10.
    const again = await bundle('s1-again.zip', 'sam', 6, { createdAt: '2026-11-26T00:00:00.000Z' });
    const twice = await runCli('stats', a, again, '--json');
    const result = JSON.parse(twice.out);
    expect(result.total.counts.conversations).toBe(6);
    expect(result.dedup.conversationsReplaced).toBe(4);
    expect(result.warnings.join('\n')).toMatch(/1 participant has more than one bundle/);

    const truncated = join(dir, 's3-truncated.zip');
    writeFileSync(truncated, readFileSync(b).subarray(0, 300));
    const broken = await runCli('stats', a, truncated);
    expect(broken.code).toBe(1);
    expect(broken.error).toMatch(/s3-truncated\.zip/);
  });
  it('counts inline completions apart: suggestions shown, accepted / shown and partly / shown, a document once', async () => {
    const a = await bundle('sc1.zip', 'uma', 1, { documents: [0, 2], createdAt: '2026-11-25T00:00:00.000Z' });
    const again = await bundle('sc1-again.zip', 'uma', 1, { documents: [1, 3], createdAt: '2026-11-26T00:00:00.000Z' });
    const b = await bundle('sc2.zip', 'vic', 2);
    const own = (await validateBundle(a)).manifest.stats!.completionAcceptance!.overall;
    const perDocument = own.shown / 2;
    const json = JSON.parse((await runCli('stats', a, again, b, '--json')).out);
    const total = json.total.completionAcceptance.overall;
    expect(total.shown).toBe(3 * perDocument); // documents 0..2, document 1 from the newer export only
    expect(total.accepted).toBe((3 * own.accepted) / 2);
    expect(total.partial).toBe((3 * own.partial) / 2);
    expect(json.total.counts.completions).toBe(total.shown);
    expect(json.bundles.find((x: { bundle: string }) => x.bundle === b).completionAcceptance).toBeUndefined();
    const text = (await runCli('stats', a, again, b)).out;
    expect(text).toContain(`Completions: accepted ${Math.round((100 * total.accepted) / total.shown)}% of ${total.shown} suggestions shown`);
    expect(text).toMatch(/\nsite\tshown\taccepted\tpartly.*\nvscode\t/s);
    expect(text).toMatch(/\nlanguage\tshown[^\n]*\npython\t/);
    // A chat-only set of bundles prints no completion section.
    expect((await runCli('stats', b)).out).not.toContain('Completions:');
  });
});

describe('echo-dataset merge', () => {
  it('changes nothing when one bundle is corrupt', async () => {
    const a = await bundle('c1.zip', 'carol', 3);
    const out = join(dir, 'merged-keep');
    expect((await runCli('merge', a, '--out', out, '--quiet')).code).toBe(0);
    const before = readFileSync(join(out, 'manifest.json'), 'utf8');
    const bytes = readFileSync(a);
    const truncated = join(dir, 'c2-truncated.zip');
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 40));
    const r = await runCli('merge', a, truncated, '--out', out, '--quiet', '--force');
    expect(r.code).toBe(1);
    expect(r.error).toMatch(/c2-truncated\.zip/);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});
