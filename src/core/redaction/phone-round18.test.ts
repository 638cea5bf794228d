// Round 18's phone family (dev only): numbers as cells of a pasted table's phone column. Each positive failed on the
// rules at the round's start (59b875a) and is not a dev case: other headers, languages, separators and numbers; each
// negative is a table the rules must keep.
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

function phones(text: string): string[] {
  return detect(text, { level: 'strict' })
    .filter((s) => s.kind === 'phone')
    .map((s) => text.slice(s.start, s.end));
}

describe('a number in a table column headed as a phone', () => {
  it.each([
    ['a Norwegian CSV, the number after a comma', 'navn,avdeling,telefon\nKari Nordmann,Regnskap og lønn,22 12 34 56', ['22 12 34 56']],
    ['a Spanish Markdown table, compact, the header rows away', '| Sucursal | Responsable de turno | Teléfono |\n|---|---|---|\n| Centro | María José Fernández | 912345678 |', ['912345678']],
    ['a Greek CSV, compact', 'όνομα,τμήμα,τηλέφωνο\nΓιώργος Παπαδόπουλος,Λογιστήριο,2101234567', ['2101234567']],
    ['an Italian mobile column', 'nome,reparto,cellulare\nGiulia Bianchi Rossi,Amministrazione,347 123 4567', ['347 123 4567']],
    ['an Australian mobile without its trunk 0, two rows', 'name,team,mobile\nJordan Fitzgerald-Smith,Customer success,412 345 678\nPriya Raghunathan Iyer,Field operations,423 456 789', ['412 345 678', '423 456 789']],
  ])('%s', (_family, text, expected) => {
    expect(phones(text)).toEqual(expected);
  });

  it.each([
    ['numbers under other headers', 'id,qty,price\n1,21 125 011,3'],
    ['a phone header over a cell that is no number', 'name,phone,city\nReception,n/a,HQ'],
    ['a row with another number of cells than the header', 'name,phone\nReception,21 125 011,HQ,extra'],
  ])('keeps %s', (_family, text) => {
    expect(phones(text)).toEqual([]);
  });
});
