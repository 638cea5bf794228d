// One provider's key shape, as the provider tables hold it (provider-keys.ts, and the shapes read from TruffleHog's
// detectors in provider-keys-trufflehog.ts): its own file so the tables do not import each other.
export interface ProviderKey {
  id: string;
  description: string;
  /** Body of the pattern, without boundaries. */
  body: string;
  /** Characters that must not touch the key on either side. */
  edge?: string;
  /** Ask for letters and digits in the key (for prefixes short enough to start ordinary words). */
  mixed?: boolean;
  /** Round 14: a part every key of the provider holds (padding, an encoded JSON head), left out when the key is
   *  measured for counting and repeats: `AAAA…` opening every Twitter bearer token is no stand-in's repetition. */
  fixed?: RegExp;
  /** Round 14: the key encodes structured text (base64 JSON), whose repeats are its structure: never measured. */
  encoded?: boolean;
}
