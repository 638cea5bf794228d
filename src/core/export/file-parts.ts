// Bundle files written in parts. The manifest gives each file's SHA-256 (checkable with `sha256sum -c` on the
// unzipped bundle), and WebCrypto's native SHA-256 hashes only whole buffers: a file too large to hold is written as
// parts of at most PART_BYTES, each hashed in one native call, so hashing memory is bounded by the part size and
// no incremental JavaScript/WebAssembly hasher is needed (it was the export's largest cost). A file that fits in
// one part keeps its plain name (`sft.jsonl`); a larger one becomes a folder of its parts named as Hugging Face
// shards its files (`sft/sft-00000-of-00003.jsonl`). Parts hold whole lines, so the parts concatenated in order are
// the whole file (`cat sft/*.jsonl`), and a folder is what LLaMA-Factory's `file_name` and a `data_files` glob load.

/**
 * Uncompressed bytes of one part (a line longer than this makes a part of its own). Each open file holds one part's
 * buffer while it is written: 2 MiB since round 9 (4 MiB parts made the export's memory grow to ~35 of them).
 */
export const PART_BYTES = 2 * 1024 * 1024;

const PART = /^([^/]+)\/\1-(\d{5,})-of-(\d{5,})(\.[a-z]+)$/;

/** The name of part `index` (from 0) of `count` of `file` (`sft.jsonl` -> `sft/sft-00000-of-00003.jsonl`). */
export function partName(file: string, index: number, count: number): string {
  if (count === 1) return file;
  const dot = file.lastIndexOf('.');
  const stem = file.slice(0, dot);
  const pad = (n: number) => String(n).padStart(5, '0');
  return `${stem}/${stem}-${pad(index)}-of-${pad(count)}${file.slice(dot)}`;
}

/** Where a bundle's reader finds the file: the file itself, or the folder of its parts. */
export function partsLocation(file: string, count: number): string {
  return count === 1 ? file : file.slice(0, file.lastIndexOf('.'));
}

export interface PartOf {
  /** The whole file's name (`sft.jsonl`). */
  file: string;
  index: number;
  count: number;
}

/** The file a part belongs to, or null for a name that is no part. */
export function partOf(name: string): PartOf | null {
  const m = PART.exec(name);
  if (!m) return null;
  const index = Number(m[2]);
  const count = Number(m[3]);
  if (count < 2 || index >= count) return null;
  return { file: `${m[1]}${m[4]}`, index, count };
}

/** The whole file a bundle entry is (part of). */
export const wholeFileOf = (name: string): string => partOf(name)?.file ?? name;

/**
 * The entries of a bundle that hold `file`, in reading order: the file itself when it is there, else its parts
 * sorted by index (their lines read one after another are the whole file's); empty when neither is there.
 */
export function entriesHolding(names: readonly string[], file: string): string[] {
  if (names.includes(file)) return [file];
  const parts = names.flatMap((name) => {
    const part = partOf(name);
    return part?.file === file ? [{ name, index: part.index }] : [];
  });
  return parts.sort((a, b) => a.index - b.index).map((p) => p.name);
}
