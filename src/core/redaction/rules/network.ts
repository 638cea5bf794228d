// IP addresses. Kept (not redacted), by decision: loopback (127.0.0.0/8, ::1), unspecified (0.0.0.0, ::),
// netmasks and broadcast (255.x.x.x), and the documentation ranges (192.0.2.0/24, 198.51.100.0/24,
// 203.0.113.0/24, 2001:db8::/32), because they identify nobody and code is full of them. Private ranges
// (10/8, 172.16/12, 192.168/16) are redacted: they map someone's network. All-single-digit quads (8.8.8.8,
// 4.2.1.3) are kept unless a CIDR suffix, an IP word or an access-log line says they are addresses: otherwise
// they are section or version numbers far more often. A dotted quad right after "version",
// "v", "build" or a version operator (==, >=, ^, ~) is a version number, not an address; after "@" it is an
// address (ssh user@10.0.0.5), so a four-part `pkg@1.2.3.4` would be redacted. Also kept: product tokens
// (`Chrome/120.0.0.0`), `x.y.0.0` (a network or a version, never one host) and object identifiers after `OID`.
import type { RedactionRule } from '../types';
import { phoneWordBefore } from './phones';
import { before, regexRule } from './regex-rule';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
// `version="1.2.3.4"`, `AssemblyVersion("2.5.10.4")`, `FileVersion: '…'` too: a quote or parenthesis may follow the word
const VERSION_CONTEXT = /(?:(?:^|[^a-z])(?:version|ver\.?|release|build|firmware|section|chapter|clause|step|v)|§|==|>=|<=|~=|\^|~)\s{0,2}[:=(]?\s{0,2}["']?$/;
/** `AssemblyVersion("…")`, `minSdkVersion`, `APP_VERSION=`, `file_version:` (case kept, so `conversion` is no version). */
const CAMEL_VERSION = /(?:[a-z]Version|_[Vv]ersion|_VERSION)[\s:=("']{0,4}$/;
/** A product token (`Chrome/120.0.0.0`, `Edg/120.0.2210.91`) is a version; an object identifier after `OID`/`urn:oid:` is no address. */
const PRODUCT_OR_OID = /(?:^|[\s(;,"'])[A-Za-z][\w.-]{0,40}\/$|(?:^|[^a-z])(?:oid|urn:oid:)[\s:="']{0,3}$/;

/**
 * The text calls the quad an IP (`IP`, `IPv4`, `IP-Adresse`, `IP-адрес`, `adresse IP`); `host:` or `DNS` beside an
 * example resolver (`4.4.4.4`, `1.2.3.4` in docs) is not enough.
 */
const IP_WORDS = /(?:^|[^\p{L}])(?:ip|ipv4|ip-adress\p{L}*|ip-адрес\p{L}*)(?![\p{L}])/iu;

/**
 * An all-single-digit quad (4.2.1.3) is a section or version far more often, unless something says it is an address:
 * a CIDR suffix (`1.1.1.2/25`), an IP word beside it (`8.8.8.8 is the ip address`, `DNS: 9.9.9.9`), or an access-log
 * line it opens (`1.2.3.4 - - [29/Nov/2026…`).
 */
function singleDigitQuadIsAddress(text: string, start: number, end: number): boolean {
  if (/^\/(?:[12]?\d|3[0-2])(?!\d)/.test(text.slice(end, end + 4))) return true;
  if (/^ - \S{1,40} \[/.test(text.slice(end, end + 48))) return true;
  return IP_WORDS.test(text.slice(Math.max(0, start - 30), start)) || IP_WORDS.test(text.slice(end, end + 30));
}

function keptIpv4(value: string, text?: string, start?: number): boolean {
  const [a, b, c, d] = value.split('.').map(Number);
  if (a === 127 || a === 0 || a === 255) return true;
  if ([a, b, c, d].every((n) => n !== undefined && n < 10)) {
    return text === undefined || start === undefined || !singleDigitQuadIsAddress(text, start, start + value.length);
  }
  if (c === 0 && d === 0) return true; // a network (`172.16.0.0/12`) or a version (`120.0.0.0`), never one host
  if (a === 192 && b === 0 && c === 2) return true;
  if (a === 198 && b === 51 && c === 100) return true;
  if (a === 203 && b === 0 && c === 113) return true;
  return false;
}

const ipv4 = regexRule({
  id: 'ipv4',
  kind: 'ip_address',
  level: 'strict',
  priority: 55,
  description: 'IPv4 dotted quad (each octet 0–255), not loopback/netmask/documentation ranges, not after "version"',
  pattern: new RegExp(`(?<![\\w.-])${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)`, 'g'),
  accept: (value, match, text) =>
    !keptIpv4(value, text, match.index) &&
    // `192.168.1.0/24`: a network written with its prefix length, not one host
    !(value.endsWith('.0') && /^\/\d/.test(text.slice(match.index + value.length, match.index + value.length + 2))) &&
    !VERSION_CONTEXT.test(before(text, match.index, 24)) &&
    !PRODUCT_OR_OID.test(before(text, match.index, 48)) &&
    !CAMEL_VERSION.test(text.slice(Math.max(0, match.index - 24), match.index)) &&
    // "Tel. 89.123.45.67" is a phone, but "call failed ('172.31.5.9', 5432)" is an address in a tuple
    // a CIDR suffix is never a phone's; on a network address (`192.168.1.0/24`) it names a network, not a host
    (!phoneWordBefore(text, match.index) || /['"([]\s*$/.test(before(text, match.index, 3)) ||
      (/^\/(?:[12]?\d|3[0-2])(?!\d)/.test(text.slice(match.index + value.length, match.index + value.length + 4)) && !value.endsWith('.0'))),
});

function validIpv6(written: string): boolean {
  // an IPv4 tail (`::ffff:129.144.52.38`, `64:ff9b::192.0.2.33`) stands for the last two groups
  const quad = new RegExp(`^(.*:)(${OCTET}(?:\\.${OCTET}){3})$`).exec(written);
  const value = quad ? `${quad[1]}0:0` : written;
  if (quad && keptIpv4(quad[2]!)) return false; // ::ffff:127.0.0.1 is loopback still
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  if (halves.length === 1 ? groups.length !== 8 : groups.length > 7 || groups.length < 2) return false;
  if (!/\d/.test(value)) return false; // dead::beef, a:b:c… in prose and code
  // the unspecified and loopback addresses written out in full (`0000:…:0000`, `0:0:0:0:0:0:0:1`) are `::` and `::1`
  if (!quad && groups.slice(0, -1).every((g) => /^0+$/.test(g)) && /^0*[01]$/.test(groups[groups.length - 1] ?? '')) return false;
  if (halves[0] !== '' && parseInt(groups[0] ?? '', 16) === 0x2001 && parseInt(groups[1] ?? '', 16) === 0xdb8) return false;
  if (halves.length === 2 && halves[0] === '' && groups.length === 1) return false;
  return true;
}

const IPV6_CANDIDATE = new RegExp(
  `(?<![\\w:.])(?:[0-9A-Fa-f]{1,4}:{1,2}|::)(?:[0-9A-Fa-f]{1,4}:{1,2}){0,8}(?:${OCTET}(?:\\.${OCTET}){3}|[0-9A-Fa-f]{0,5})(?![\\w:]|\\.\\w)`,
  'g',
);
/** A zone id after a link-local address (`fe80::1%eth0`, `%25en0` in a URL): part of the written address. */
const ZONE = /^%(?:25)?[\w.-]{1,16}/;

const ipv6: RedactionRule = {
  id: 'ipv6',
  kind: 'ip_address',
  level: 'strict',
  priority: 55,
  description: 'IPv6, full or ::-compressed, IPv4-mapped/embedded (::ffff:1.2.3.4), with a zone id, in brackets with a :port, or with a :port after a full address; not ::1 or 2001:db8::/32',
  *find(text: string) {
    const re = new RegExp(IPV6_CANDIDATE.source, 'g');
    let match: RegExpExecArray | null;
    while ((match = re.exec(text)) !== null) {
      const value = match[0];
      if (validIpv6(value)) {
        const zone = ZONE.exec(text.slice(match.index + value.length, match.index + value.length + 20));
        yield { start: match.index, end: match.index + value.length + (zone ? zone[0].length : 0) };
      }
      else {
        // nginx `server 2a01:…:f17f:8080;`: eight groups, then a decimal port
        const port = /^((?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}):\d{1,5}$/.exec(value);
        if (port && validIpv6(port[1]!)) yield { start: match.index, end: match.index + port[1]!.length };
      }
    }
  },
};

export const networkRules: RedactionRule[] = [ipv4, ipv6];
