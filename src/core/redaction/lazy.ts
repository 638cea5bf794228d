// The redaction engine on demand. Its detectors carry libphonenumber's metadata and secretlint's rules (~75 KB
// gzip), which an extension page should not pay for before its first paint: pages call this when they export or
// list detected spans, and the bundler puts the engine in a chunk of its own. Node (the CLI, tests) can import
// './index' or './export' directly.
export function loadRedactionEngine() {
  return Promise.all([import('./index'), import('./export')]).then(([engine, exporting]) => ({ ...engine, ...exporting }));
}
