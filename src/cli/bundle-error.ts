// Every problem with an input bundle is a BundleError naming the bundle, the file inside it and, where there is
// one, the line: the CLI prints it as one line and exits 1.
export class BundleError extends Error {
  constructor(
    readonly bundle: string,
    readonly problem: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    // One line, whatever the problem quotes (a schema message can carry a captured string).
    super(`${bundle}${file ? `: ${file}` : ''}${line !== undefined ? ` line ${line}` : ''}: ${problem}`.replace(/\s*[\r\n]+\s*/g, ' '));
    this.name = 'BundleError';
  }
}
