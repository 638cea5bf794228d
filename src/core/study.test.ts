import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinStudy, parseStudyFile, participantCodeValid, studyCovers, studyExportOptions, StudyFileError, studyFileSchema } from './study';

const example = readFileSync(new URL('../../docs/examples/study.json', import.meta.url), 'utf8');

describe('study files', () => {
  it('parses the documented example', () => {
    const study = parseStudyFile(example);
    expect(study.id).toBe('refine-2026-pilot');
    expect(study.sites).toEqual(['chatgpt']);
  });

  it('refuses what is not a valid study, naming the problem', () => {
    expect(() => parseStudyFile('{')).toThrow(StudyFileError);
    expect(() => parseStudyFile(JSON.stringify({ ...JSON.parse(example), sites: [] }))).toThrow(/sites: array shorter than 1/);
    expect(() => parseStudyFile(JSON.stringify({ ...JSON.parse(example), signals: ['keystrokes'] }))).toThrow(/signals\[0\]/);
    expect(() => parseStudyFile(JSON.stringify({ ...JSON.parse(example), uploadTo: 'https://x.example' }))).toThrow(/uploadTo: unexpected key/);
    const badPattern = { ...JSON.parse(example), participantId: { scheme: 'entered', label: 'Code', pattern: '([' } };
    expect(() => parseStudyFile(JSON.stringify(badPattern))).toThrow(/not a regular expression/);
  });

  it('has a JSON Schema for docs/running-a-study.md', () => {
    const schema = studyFileSchema.json() as { required: string[] };
    expect(schema.required).toContain('consentText');
  });
});

describe('joining', () => {
  const study = parseStudyFile(example);

  it('makes a random participant id with the prefix', () => {
    const joined = joinStudy(study, { now: new Date('2026-03-01T00:00:00.000Z') });
    expect(joined.participantId).toMatch(/^p-[a-z2-7]{16}$/);
    expect(joined.joinedAt).toBe('2026-03-01T00:00:00.000Z');
    expect(joinStudy(study).participantId).not.toBe(joined.participantId);
  });

  it('takes an entered code only when it matches the pattern', () => {
    const entered = { ...study, participantId: { scheme: 'entered' as const, label: 'Your code', pattern: 'P[0-9]{3}' } };
    expect(participantCodeValid(entered.participantId, 'P042')).toBe(true);
    expect(participantCodeValid(entered.participantId, 'P042x')).toBe(false);
    expect(participantCodeValid(entered.participantId, 'P04')).toBe(false);
    expect(joinStudy(entered, { code: ' P042 ' }).participantId).toBe('P042');
    expect(() => joinStudy(entered, { code: 'nope' })).toThrow(StudyFileError);
  });

  it('covers prompts and answers of its sites, and only its listed signals', () => {
    const joined = { ...joinStudy(study), signals: ['copy' as const] };
    expect(studyCovers(joined, { site: 'chatgpt', kind: 'prompt' })).toBe(true);
    expect(studyCovers(joined, { site: 'chatgpt', kind: 'response' })).toBe(true);
    expect(studyCovers(joined, { site: 'chatgpt', kind: 'copy' })).toBe(true);
    expect(studyCovers(joined, { site: 'chatgpt', kind: 'feedback' })).toBe(false);
    expect(studyCovers(joined, { site: 'claude', kind: 'prompt' })).toBe(false);
  });

  it('turns into the export options the bundle takes', () => {
    const joined = joinStudy(study);
    expect(studyExportOptions(joined)).toEqual({
      studyId: 'refine-2026-pilot',
      participantId: joined.participantId,
      sites: ['chatgpt'],
      formats: ['sft', 'preference', 'kto'],
      minConfidence: 0.6,
      redaction: { level: 'standard' },
    });
  });
});
