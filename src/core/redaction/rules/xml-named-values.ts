// Round 16: XML that names a password or key in one place and holds its value in another, so the assignment scanner
// (which reads `<password>…</password>`, `password="…"` and `name="…" value="…"`) sees a name with no value after it:
//   - the value attribute written before the name (`<add value="…" key="SmtpPassword"/>`, `<entry value="…"
//     name="db.passwort"/>`): attribute order carries no meaning in XML, and generators and people write either;
//   - a name element followed by its value element: Hadoop, Hive and Oozie `<property><name>…ConnectionPassword</name>
//     <value>…</value>`, and Apple property lists (`.mobileconfig` Wi-Fi and VPN payloads) `<key>Password</key>
//     <string>…</string>`;
//   - an element named by a `name`/`key` attribute with more after it in the start tag (`<setting name="Password"
//     serializeAs="String">…`, `<item name="pwd" >…</item>`), the value its text up to its own end tag, which may hold
//     `>` (a password may);
//   - a password element's text that holds `>` (`<db_password>a>b…</db_password>`), which the scanner cuts at `>`.
// The name is classified by the assignment scanner's own test (any language's password word, secret and key words);
// a password-named value must pass its password test and a key-named one must be random, as in any other layout.
import type { Range, RedactionRule } from '../types';
import { acceptable } from './assignment-values';
import { kindOfRawName } from './assignments';

const NAME_ATTR = String.raw`(?:name|Name|key|Key|id|property|param)`;
/** `value="X"` before `name="N"` in one start tag. */
const VALUE_FIRST = new RegExp(
  String.raw`<[\w:.-]{1,40}[ \t][^<>]{0,200}?\b(?:value|Value)[ \t]{0,2}=[ \t]{0,2}(["'])([^"'\n]{1,128})\1[^<>]{0,200}?\b${NAME_ATTR}[ \t]{0,2}=[ \t]{0,2}["']([^"'\n<>]{1,80})["']`,
  'dg',
);
/** `<name>N</name>` then `<value>X</value>`; `<key>N</key>` then `<string>X</string>` (a property list). */
const NAME_THEN_VALUE = /<(name|key)>[ \t]{0,8}([^<\n]{1,120}?)[ \t]{0,8}<\/\1>\s{0,80}<(?:value|string|data)>([^<\n]{1,200})<\/(?:value|string|data)>/dg;
/** `<tag … name="N" …>X</tag>`: the element's text, named by its start tag. */
const NAMED_ELEMENT = new RegExp(
  String.raw`<[ \t]?([\w:.-]{1,40})[ \t][^<>]{0,200}?\b${NAME_ATTR}[ \t]{0,2}=[ \t]{0,2}["']([^"'\n<>]{1,80})["'][^<>]{0,120}>([^<\n]{1,200}?)<\/[ \t]?\1[ \t]?>`,
  'dg',
);

/** `<N>X</N>` whose text holds `>`: the element's own end tag ends it. */
const ELEMENT_WITH_GT = /<([\w:.-]{1,60})>([^<\n]{0,100}>[^<\n]{0,100})<\/\1>/dg;

function* namedValues(text: string, wanted: 'password' | 'secret'): Iterable<Range> {
  const layouts: [RegExp, number, number][] = [
    [VALUE_FIRST, 3, 2],
    [NAME_THEN_VALUE, 2, 3],
    [NAMED_ELEMENT, 2, 3],
    [ELEMENT_WITH_GT, 1, 2],
  ];
  for (const [pattern, nameGroup, valueGroup] of layouts) {
    const re = new RegExp(pattern.source, pattern.flags);
    let match: RegExpExecArray | null;
    while ((match = re.exec(text)) !== null) {
      if (kindOfRawName(match[nameGroup]!.trim()) !== wanted) continue;
      const [start, end] = match.indices![valueGroup]!;
      const value = text.slice(start, end);
      const trimmed = value.trim();
      if (!acceptable(wanted, trimmed, true, '')) continue;
      const lead = value.indexOf(trimmed);
      yield { start: start + lead, end: start + lead + trimmed.length };
    }
  }
}

export const xmlNamedValueRules: RedactionRule[] = [
  {
    id: 'xml-named-password',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description:
      'Round 16: an XML value a password name points to from elsewhere — `value=` before `name=`/`key=`, `<name>…</name><value>…</value>` (Hadoop), `<key>…</key><string>…</string>` (property lists), an element named by a `name` attribute',
    find: (text: string) => [...namedValues(text, 'password')],
  },
  {
    id: 'xml-named-secret',
    kind: 'secret',
    level: 'secrets',
    priority: 78,
    description: 'Round 16: the same XML layouts with a key or secret name, when the value is random (`fs.s3a.secret.key`, `<key>APIToken</key>`)',
    find: (text: string) => [...namedValues(text, 'secret')],
  },
];
