import { describe, expect, it } from 'vitest';
import { personalExportFormats, SAMPLE_FORMATS } from './sample-formats';

describe('personalExportFormats', () => {
  it('writes the samples trainers read by default and the other trainers\' layouts only when asked for', () => {
    expect(personalExportFormats(false)).toEqual(['sft', 'sft-prompt-completion', 'preference', 'kto', 'completions']);
    expect(personalExportFormats(true)).toEqual([...SAMPLE_FORMATS]);
  });
});
