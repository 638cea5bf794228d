// Maintainers' e-mail addresses in installed packages' metadata (author / maintainers / contributors), a public and
// real source of addresses every round can read from another part of the alphabet. Only permissive licences;
// documentation and GitHub no-reply addresses are skipped. One address per package, in alphabetical order from `start`
// (a fraction of the list), wrapping round.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Maintainer {
  pkg: string;
  version: string;
  licence: string;
  field: 'author' | 'maintainers' | 'contributors';
  /** The person as the metadata writes them (`Name <mail>` or the address alone). */
  author: string;
  email: string;
}

type Person = string | { name?: string; email?: string } | undefined;

export function* maintainers(root: string, start: number): Generator<Maintainer> {
  const dirs = readdirSync(join(root, 'node_modules'))
    .flatMap((d) => (d.startsWith('@') ? readdirSync(join(root, 'node_modules', d)).map((s) => `${d}/${s}`) : [d]))
    .filter((d) => !d.startsWith('.'))
    .sort();
  const from = Math.floor(dirs.length * start);
  for (const pkg of [...dirs.slice(from), ...dirs.slice(0, from)]) {
    let meta: { author?: Person; maintainers?: Person[]; contributors?: Person[]; license?: string; version?: string };
    try {
      meta = JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as typeof meta;
    } catch {
      continue;
    }
    if (!/^(MIT|ISC|Apache-2\.0|BSD-[23]-Clause|0BSD)$/.test(meta.license ?? '')) continue;
    const fields: [Maintainer['field'], Person[]][] = [['author', [meta.author]], ['maintainers', meta.maintainers ?? []], ['contributors', meta.contributors ?? []]];
    for (const [field, people] of fields) {
      for (const person of people) {
        const text = typeof person === 'string' ? person : person?.email ? `${person.name ?? pkg} <${person.email}>` : undefined;
        const email = text?.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0];
        if (!text || !email || /@(example|users\.noreply)\./.test(email)) continue;
        yield { pkg, version: meta.version ?? '?', licence: meta.license!, field, author: text.includes(email) ? text : `${text} <${email}>`, email };
      }
    }
  }
}
