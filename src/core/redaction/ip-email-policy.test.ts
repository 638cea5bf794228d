// Round 5's decisions on IP addresses and e-mail addresses: versions, networks and object identifiers are not
// addresses; documentation domains (RFC 2606/6761 example names, .test, .invalid) are kept, while addresses from
// real machines (.local, .localhost) and look-alike domains are redacted. See docs/redaction.md, look-alikes.
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

function values(text: string, kind: string): string[] {
  return detect(text, { level: 'strict' })
    .filter((s) => s.kind === kind)
    .map((s) => text.slice(s.start, s.end));
}

describe('IPv6 in every textual form', () => {
  it.each([
    ['IPv4-mapped, compressed', 'client ::ffff:81.2.69.160 connected', '::ffff:81.2.69.160'],
    ['IPv4-mapped, written out', 'peer 0:0:0:0:0:ffff:81.2.69.160', '0:0:0:0:0:ffff:81.2.69.160'],
    ['NAT64 with an embedded IPv4', 'réponse de 64:ff9b::81.2.69.160', '64:ff9b::81.2.69.160'],
    ['a zone id', 'ping fe80::1c2a:3bff:fe4d:5e6f%eth0 -c 1', 'fe80::1c2a:3bff:fe4d:5e6f%eth0'],
    ['a zone id escaped in a URL, brackets and port', 'http://[fe80::a1%25en0]:8080/', 'fe80::a1%25en0'],
    ['brackets with a port', '接続先 [2a00:1450:4001:80b::200e]:443', '2a00:1450:4001:80b::200e'],
  ])('redacts %s', (_form, text, value) => {
    expect(values(text, 'ip_address')).toEqual([value]);
  });

  it('keeps loopback and documentation addresses inside IPv4-mapped forms', () => {
    expect(values('bound to ::ffff:127.0.0.1 and ::ffff:192.0.2.10', 'ip_address')).toEqual([]);
  });
});

describe('dotted quads that are not addresses', () => {
  it.each([
    ['a browser product token', 'Mozilla/5.0 (X11) Chrome/120.0.0.0 Safari/537.36 Edg/120.1.22.91'],
    ['a .NET assembly version', '[assembly: AssemblyVersion("2.5.10.4")]'],
    ['an XML version attribute', '<package id="x" version="10.2.30.4" />'],
    ['a CONSTANT_CASE version', 'APP_VERSION=10.2.3.44'],
    ['an object identifier', 'OID 2.5.29.17 is subjectAltName; urn:oid:1.3.101.112'],
    ['a network written as x.y.0.0', 'route add 172.16.0.0/12 via the VPN'],
    // round 8: single-digit quads stay section numbers unless called IPs; a network with its prefix length is no host
    ['a section number', 'See section 4.2.1.3 and table 1.1.1.1 of the spec'],
    ['an example resolver named by host or DNS only', "dns.setServers(['4.4.4.4']); { host: '1.2.3.4' }"],
    ['a network with its prefix length', 'the pool is 192.168.1.0/24, gateway 10.20.30.0/22'],
    ['the unspecified and loopback IPv6 written in full', 'bind 0000:0000:0000:0000:0000:0000:0000:0000 or 0:0:0:0:0:0:0:1'],
  ])('keeps %s', (_family, text) => {
    expect(values(text, 'ip_address')).toEqual([]);
  });

  it.each([
    ['a host after a word ending in "version"', 'conversion failed on 10.0.0.12', '10.0.0.12'],
    ['a host in a URL', 'curl http://52.14.200.7/api', '52.14.200.7'],
    ['an ssh target', 'ssh admin@52.14.200.7', '52.14.200.7'],
    ['a single-digit quad called an IP, English', '8.8.8.8 is the ip address of my router', '8.8.8.8'],
    ['a single-digit quad called an IP, German', 'Meine IP-Adresse ist 9.9.9.9', '9.9.9.9'],
    ['a single-digit quad called an IP, Russian', 'мой IP-адрес 1.1.1.3', '1.1.1.3'],
    ['a single-digit quad with a CIDR suffix', 'ticket 4471: 8.8.8.1/24 blocked', '8.8.8.1'],
    ['a single-digit quad opening an access-log line', '1.2.3.4 - - [29/Nov/2026:10:12:01 +0000] "GET / HTTP/1.1" 200', '1.2.3.4'],
  ])('redacts %s', (_family, text, value) => {
    expect(values(text, 'ip_address')).toEqual([value]);
  });
});

describe('e-mail addresses at reserved and look-alike domains', () => {
  it('keeps documentation names and their subdomains', () => {
    expect(values('alice@example.com, bob@mail.example.org, carol@corp.example, dave@foo.test, eve@x.invalid', 'email')).toEqual([]);
  });

  it.each([
    ["a machine's .local name (git's default author)", 'Author: John <john@Johns-MacBook-Pro.local>', 'john@Johns-MacBook-Pro.local'],
    ['example.com under another TLD', 'write to carol@example.com.au', 'carol@example.com.au'],
    ['a digit look-alike', 'write to carol@examp1e.com', 'carol@examp1e.com'],
    ['example as a word of a real domain', 'write to carol@example-corp.com', 'carol@example-corp.com'],
  ])('redacts %s', (_family, text, value) => {
    expect(values(text, 'email')).toEqual([value]);
  });
});
