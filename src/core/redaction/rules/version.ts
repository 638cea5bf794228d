// The redaction rules' version on its own, so code that only records or compares it (the export's kept-lines stamp,
// a bundle's manifest) need not load every rule. Bump it whenever a rule is added, removed or changes what it matches
// (./index.ts re-exports it).
export const REDACTION_RULES_VERSION = 25;
