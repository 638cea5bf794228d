// Shape check of round 9's untouched split, without running any rule: every line parses, ids are unique, every
// expected kind is a redaction kind, every expected value occurs in its text, every item names its source.
// Run: npx tsx test/redaction-corpus/round9/check.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('./untouched.jsonl', import.meta.url));
// The kinds as docs/redaction.md names them, written here so this script imports nothing from src/core/redaction.
const kinds = new Set<string>(['api_key', 'private_key', 'jwt', 'password', 'secret', 'email', 'phone', 'payment_card', 'iban', 'ip_address', 'postal_address']);
const ids = new Set<string>();
const problems: string[] = [];
const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
lines.forEach((line, n) => {
  let item: { id?: unknown; text?: unknown; expected?: unknown; note?: unknown };
  try {
    item = JSON.parse(line) as typeof item;
  } catch {
    problems.push(`line ${n + 1}: not JSON`);
    return;
  }
  const where = `line ${n + 1} (${String(item.id)})`;
  if (typeof item.id !== 'string' || ids.has(item.id)) problems.push(`${where}: missing or duplicate id`);
  ids.add(String(item.id));
  if (typeof item.text !== 'string' || item.text === '') problems.push(`${where}: no text`);
  if (typeof item.note !== 'string' || item.note === '') problems.push(`${where}: no note naming the source`);
  if (!Array.isArray(item.expected)) {
    problems.push(`${where}: expected is not an array`);
    return;
  }
  for (const e of item.expected as { kind?: unknown; value?: unknown }[]) {
    if (typeof e.kind !== 'string' || !kinds.has(e.kind)) problems.push(`${where}: unknown kind ${String(e.kind)}`);
    if (typeof e.value !== 'string' || e.value === '' || !String(item.text).includes(e.value)) problems.push(`${where}: value not in text: ${String(e.value)}`);
  }
});
console.log(`${lines.length} items checked, ${problems.length} problems`);
for (const p of problems) console.log(p);
if (problems.length) process.exit(1);
