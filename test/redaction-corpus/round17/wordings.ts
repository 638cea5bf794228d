// Round 17 wordings: the messages, files and forms around a value, written for this round. `{v}` is the labelled
// value. Names in the wordings are not labelled.

/** A postal address on one line, in words no one language owns. */
export const ADDRESS_LINE = [
  'geocoder returned this for the pin, does it look right to you? {v}',
  '{"shipment":{"consignee_address":"{v}","fragile":true}}',
  'ticket,site_address,priority\nT-7718,"{v}",P2',
  'venue:\n  address: "{v}"\n  doors: "19:30"',
  'UPDATE stores SET address = \'{v}\' WHERE store_id = 412;',
  '| pickup | {v} | 14:00 |',
  '<span itemprop="address">{v}</span>',
  'the courier app keeps rewriting my address to {v} — is that the same place?',
  'Meeting moved to {v}, 2nd door on the right',
  'NOTIFY: parcel held at {v} until Friday',
];

/** An address over several lines: a letterhead, a label, a YAML block scalar, a quoted reply, a fenced block. */
export const ADDRESS_BLOCK = [
  'Kind regards,\nFacilities desk\n{v}',
  'billing_address: |-\n  {indented}',
  '> {quoted}\n\nis this still your address? the card bounced',
  'DELIVER TO:\n{v}\n\nREF 20261202-A',
  'Mit besten Grüßen\nBuchhaltung\n{v}',
  '```\n{v}\n```\nuse this on the customs form',
  'Cordialement,\nService client\n{v}',
  'Adres dostawy:\n{v}',
];

/** An address from a man page told in a message. */
export const EMAIL_LINE = [
  'the {page} man page says to report bugs to {v}',
  'According to {page}(1) the author is reachable at {v}.',
  '// see {page}: {v}',
  '{"manpage":"{page}","contact":"{v}"}',
];
