// Generated from src/cli/ by `npm run build:cli` (vite.config.ts, mode cli): do not edit. Committed so that
// echo-dataset runs from a plain `npm ci --omit=dev` install; src/cli/bundle-committed.test.ts fails when stale.
import { closeSync, createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, openSync, readSync, readdirSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { open, readFile } from "node:fs/promises";
import { crc32, createInflateRaw } from "node:zlib";
import { createHash } from "node:crypto";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { DuckDBInstance } from "@duckdb/node-api";
import { diffWordsWithSpace } from "diff";
import "diff/lib/diff/line.js";
import "diff/lib/diff/word.js";
import { Deflate, Zip, ZipDeflate, unzlibSync } from "fflate";
import { createSHA256 } from "hash-wasm";
// src/cli/bundle-error.ts
var BundleError = class extends Error {
	bundle;
	problem;
	file;
	line;
	constructor(bundle, problem, file, line) {
		super(`${bundle}${file ? `: ${file}` : ""}${line !== void 0 ? ` line ${line}` : ""}: ${problem}`.replace(/\s*[\r\n]+\s*/g, " "));
		this.bundle = bundle;
		this.problem = problem;
		this.file = file;
		this.line = line;
		this.name = "BundleError";
	}
};
// src/core/export/file-parts.ts
/**
* Uncompressed bytes of one part (a line longer than this makes a part of its own). Each open file holds one part's
* buffer while it is written: 2 MiB since round 9 (4 MiB parts made the export's memory grow to ~35 of them).
*/
var PART_BYTES = 2097152;
var PART = /^([^/]+)\/\1-(\d{5,})-of-(\d{5,})(\.[a-z]+)$/;
/** The name of part `index` (from 0) of `count` of `file` (`sft.jsonl` -> `sft/sft-00000-of-00003.jsonl`). */
function partName(file, index, count) {
	if (count === 1) return file;
	const dot = file.lastIndexOf(".");
	const stem = file.slice(0, dot);
	const pad = (n) => String(n).padStart(5, "0");
	return `${stem}/${stem}-${pad(index)}-of-${pad(count)}${file.slice(dot)}`;
}
/** Where a bundle's reader finds the file: the file itself, or the folder of its parts. */
function partsLocation(file, count) {
	return count === 1 ? file : file.slice(0, file.lastIndexOf("."));
}
/** The file a part belongs to, or null for a name that is no part. */
function partOf(name) {
	const m = PART.exec(name);
	if (!m) return null;
	const index = Number(m[2]);
	const count = Number(m[3]);
	if (count < 2 || index >= count) return null;
	return {
		file: `${m[1]}${m[4]}`,
		index,
		count
	};
}
/** The whole file a bundle entry is (part of). */
var wholeFileOf = (name) => partOf(name)?.file ?? name;
/**
* The entries of a bundle that hold `file`, in reading order: the file itself when it is there, else its parts
* sorted by index (their lines read one after another are the whole file's); empty when neither is there.
*/
function entriesHolding(names, file) {
	if (names.includes(file)) return [file];
	return names.flatMap((name) => {
		const part = partOf(name);
		return part?.file === file ? [{
			name,
			index: part.index
		}] : [];
	}).sort((a, b) => a.index - b.index).map((p) => p.name);
}
// src/cli/lines.ts
/** Lines of a byte stream, 1-based, strict UTF-8; the empty rest after the last newline is not a line. */
async function* linesOf(path, name, chunks, onBytes) {
	const decoder = new TextDecoder("utf-8", { fatal: true });
	let rest = "";
	let no = 0;
	for await (const chunk of chunks) {
		onBytes?.(chunk);
		let text;
		try {
			text = rest + decoder.decode(chunk, { stream: true });
		} catch {
			throw new BundleError(path, "not valid UTF-8", name, no + 1);
		}
		let start = 0;
		for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
			yield {
				line: text.slice(start, nl),
				no: ++no
			};
			start = nl + 1;
		}
		rest = text.slice(start);
	}
	rest += decoder.decode();
	if (rest.length) yield {
		line: rest,
		no: no + 1
	};
}
// src/cli/zip-reader.ts
var EOCD = 101010256;
var CENTRAL = 33639248;
var LOCAL = 67324752;
var READ = 1048576;
var ZipReader = class ZipReader {
	path;
	fd;
	entries;
	constructor(path, fd, entries) {
		this.path = path;
		this.fd = fd;
		this.entries = entries;
	}
	static async open(path) {
		let fd;
		try {
			fd = await open(path, "r");
		} catch (e) {
			throw new BundleError(path, `cannot open: ${e.message}`);
		}
		try {
			return new ZipReader(path, fd, await readDirectory(path, fd));
		} catch (e) {
			await fd.close();
			throw e;
		}
	}
	has(name) {
		return this.entries.has(name);
	}
	names() {
		return [...this.entries.keys()];
	}
	/** The entry's bytes, inflated (native zlib), in chunks; checks its CRC and size at the end. */
	async *bytes(name) {
		const entry = this.entries.get(name);
		if (!entry) throw new BundleError(this.path, "missing from the zip", name);
		const local = Buffer.alloc(30);
		await this.fd.read(local, 0, 30, entry.headerOffset);
		if (local.readUInt32LE(0) !== LOCAL) throw new BundleError(this.path, "corrupt zip: bad local header", name);
		if (entry.method !== 8 && entry.method !== 0) throw new BundleError(this.path, `unsupported compression method ${entry.method}`, name);
		const start = entry.headerOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
		let crc = 0;
		let size = 0;
		if (entry.compressedSize > 0) {
			const raw = createReadStream(this.path, {
				start,
				end: start + entry.compressedSize - 1,
				highWaterMark: READ
			});
			const stream = entry.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: READ })) : raw;
			raw.on("error", (e) => stream.destroy(e));
			let read = 0;
			raw.on("data", (c) => read += c.length);
			try {
				for await (const chunk of stream) {
					crc = crc32(chunk, crc);
					size += chunk.length;
					yield chunk;
				}
			} catch (e) {
				if (e instanceof BundleError) throw e;
				throw new BundleError(this.path, `corrupt compressed data (${e.message})`, name);
			}
			if (read < entry.compressedSize) throw new BundleError(this.path, "truncated zip: entry data ends early", name);
		}
		if (size !== entry.size) throw new BundleError(this.path, `size mismatch: ${size} bytes inflated, zip says ${entry.size}`, name);
		if (crc >>> 0 !== entry.crc >>> 0) throw new BundleError(this.path, "CRC mismatch: the entry is corrupt", name);
	}
	/** Lines of a text entry, 1-based; the final empty line after the last newline is not reported. */
	lines(name, onBytes) {
		return linesOf(this.path, name, this.bytes(name), onBytes);
	}
	async text(name) {
		const chunks = [];
		for await (const c of this.bytes(name)) chunks.push(c);
		return new TextDecoder().decode(Buffer.concat(chunks));
	}
	async json(name) {
		const text = await this.text(name);
		try {
			return JSON.parse(text);
		} catch (e) {
			throw new BundleError(this.path, `not JSON (${e.message})`, name);
		}
	}
	async close() {
		await this.fd.close();
	}
};
async function readDirectory(path, fd) {
	const { size } = await fd.stat();
	const tailSize = Math.min(size, 65557);
	const tail = Buffer.alloc(tailSize);
	await fd.read(tail, 0, tailSize, size - tailSize);
	let eocd = -1;
	for (let i = tailSize - 22; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD) {
		eocd = i;
		break;
	}
	if (eocd < 0) throw new BundleError(path, "truncated or not a zip: no end-of-central-directory record");
	const count = tail.readUInt16LE(eocd + 10);
	const dirSize = tail.readUInt32LE(eocd + 12);
	const dirOffset = tail.readUInt32LE(eocd + 16);
	if (dirOffset + dirSize > size) throw new BundleError(path, "truncated zip: central directory points past the end of the file");
	const dir = Buffer.alloc(dirSize);
	await fd.read(dir, 0, dirSize, dirOffset);
	const entries = /* @__PURE__ */ new Map();
	let at = 0;
	for (let i = 0; i < count; i++) {
		if (at + 46 > dir.length || dir.readUInt32LE(at) !== CENTRAL) throw new BundleError(path, "corrupt zip: bad central directory");
		const nameLen = dir.readUInt16LE(at + 28);
		const name = dir.toString("utf8", at + 46, at + 46 + nameLen);
		const entry = {
			name,
			method: dir.readUInt16LE(at + 10),
			crc: dir.readUInt32LE(at + 16),
			compressedSize: dir.readUInt32LE(at + 20),
			size: dir.readUInt32LE(at + 24),
			headerOffset: dir.readUInt32LE(at + 42)
		};
		if (entry.headerOffset + entry.compressedSize > dirOffset) throw new BundleError(path, "corrupt zip: entry overlaps the directory", name);
		entries.set(name, entry);
		at += 46 + nameLen + dir.readUInt16LE(at + 30) + dir.readUInt16LE(at + 32);
	}
	return entries;
}
// src/cli/bundle-reader.ts
/** Opens a bundle zip or an unzipped bundle directory; a missing path or a stray directory fails with a BundleError. */
async function openBundle(path) {
	let isDir;
	try {
		isDir = statSync(path).isDirectory();
	} catch (e) {
		throw new BundleError(path, `cannot open: ${e.code === "ENOENT" ? "no such file or directory" : e.message}`);
	}
	if (!isDir) return ZipReader.open(path);
	if (!existsSync(join(path, "manifest.json"))) throw new BundleError(path, "a directory without manifest.json is not a bundle", "manifest.json");
	return new DirectoryReader(path);
}
var DirectoryReader = class {
	path;
	files;
	constructor(path) {
		this.path = path;
		this.files = new Set(readdirSync(path, {
			recursive: true,
			withFileTypes: true
		}).filter((d) => d.isFile()).map((d) => relative(path, join(d.parentPath, d.name)).split(sep).join("/")));
	}
	names() {
		return [...this.files];
	}
	has(name) {
		return this.files.has(name);
	}
	async *bytes(name) {
		if (!this.files.has(name)) throw new BundleError(this.path, "missing from the bundle directory", name);
		for await (const chunk of createReadStream(join(this.path, name), { highWaterMark: 1048576 })) yield chunk;
	}
	lines(name, onBytes) {
		return linesOf(this.path, name, this.bytes(name), onBytes);
	}
	async text(name) {
		const chunks = [];
		for await (const c of this.bytes(name)) chunks.push(c);
		return new TextDecoder().decode(Buffer.concat(chunks));
	}
	async json(name) {
		try {
			return JSON.parse(await this.text(name));
		} catch (e) {
			if (e instanceof BundleError) throw e;
			throw new BundleError(this.path, `not JSON (${e.message})`, name);
		}
	}
	async close() {}
};
/**
* The entries holding `file`: the file itself, or its parts in order (src/core/export/file-parts.ts), whose lines
* read one after another are the whole file's.
*/
function entriesOf(bundle, file) {
	if (bundle.has(file)) return [file];
	const parts = entriesHolding(bundle.names(), file);
	if (!parts.length) throw new BundleError(bundle.path, "missing from the bundle", file);
	return parts;
}
// src/core/schema.ts
var SchemaError = class extends Error {
	path;
	problem;
	constructor(path, problem) {
		super(`${path || "(root)"}: ${problem}`);
		this.path = path;
		this.problem = problem;
		this.name = "SchemaError";
	}
};
function salvageWith(schema, value, path, repairs) {
	return schema.salvage ? schema.salvage(value, path, repairs) : schema.parse(value, path);
}
/** The first `max` UTF-16 units, never ending inside a surrogate pair. */
function trimTo(text, max) {
	const cut = text.slice(0, max);
	return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
function fail(path, problem) {
	throw new SchemaError(path, problem);
}
function describe$1(value) {
	if (value === null) return "null";
	if (Array.isArray(value)) return "array";
	return typeof value;
}
function string(rules = {}) {
	const { min = 0, max = 1e7, pattern, description } = rules;
	return {
		maxLength: max,
		parse(value, path = "") {
			if (typeof value !== "string") fail(path, `expected string, got ${describe$1(value)}`);
			if (value.length < min) fail(path, `string shorter than ${min}`);
			if (value.length > max) fail(path, `string longer than ${max}`);
			if (pattern && !pattern.test(value)) fail(path, `string does not match ${pattern.source}`);
			return value;
		},
		json: () => ({
			type: "string",
			...min > 0 ? { minLength: min } : {},
			maxLength: max,
			...pattern ? { pattern: pattern.source } : {},
			...description ? { description } : {}
		})
	};
}
function number(rules = {}) {
	const { int = false, min, max, description } = rules;
	return {
		parse(value, path = "") {
			if (typeof value !== "number" || !Number.isFinite(value)) fail(path, `expected finite number, got ${describe$1(value)}`);
			if (int && !Number.isInteger(value)) fail(path, "expected integer");
			if (min !== void 0 && value < min) fail(path, `number below ${min}`);
			if (max !== void 0 && value > max) fail(path, `number above ${max}`);
			return value;
		},
		json: () => ({
			type: int ? "integer" : "number",
			...min !== void 0 ? { minimum: min } : {},
			...max !== void 0 ? { maximum: max } : {},
			...description ? { description } : {}
		})
	};
}
function boolean() {
	return {
		parse(value, path = "") {
			if (typeof value !== "boolean") fail(path, `expected boolean, got ${describe$1(value)}`);
			return value;
		},
		json: () => ({ type: "boolean" })
	};
}
function literal(expected) {
	return {
		parse(value, path = "") {
			if (value !== expected) fail(path, `expected ${JSON.stringify(expected)}`);
			return expected;
		},
		json: () => ({ const: expected })
	};
}
function oneOf(values, rules = {}) {
	const allowed = new Set(values);
	return {
		parse(value, path = "") {
			if (typeof value !== "string" || !allowed.has(value)) fail(path, `expected one of ${values.join(", ")}`);
			return value;
		},
		json: () => ({
			type: "string",
			enum: [...values],
			...rules.description ? { description: rules.description } : {}
		})
	};
}
function array(item, rules = {}) {
	const { max = 1e5, min = 0 } = rules;
	return {
		parse(value, path = "") {
			if (!Array.isArray(value)) fail(path, `expected array, got ${describe$1(value)}`);
			if (value.length > max) fail(path, `array longer than ${max}`);
			if (value.length < min) fail(path, `array shorter than ${min}`);
			return value.map((v, i) => item.parse(v, `${path}[${i}]`));
		},
		salvage(value, path, repairs) {
			if (!Array.isArray(value)) fail(path, `expected array, got ${describe$1(value)}`);
			const kept = [];
			value.forEach((v, i) => {
				const at = `${path}[${i}]`;
				try {
					kept.push(salvageWith(item, v, at, repairs));
				} catch (e) {
					if (!(e instanceof SchemaError)) throw e;
					repairs.push(`${e.message} (item dropped)`);
				}
			});
			if (kept.length > max) {
				repairs.push(`${path}: ${kept.length - max} items past ${max} dropped`);
				kept.length = max;
			}
			if (kept.length < min) fail(path, `array shorter than ${min}`);
			return kept;
		},
		json: () => ({
			type: "array",
			items: item.json(),
			maxItems: max,
			...min > 0 ? { minItems: min } : {}
		})
	};
}
function optional(inner) {
	return {
		optional: true,
		parse(value, path = "") {
			return value === void 0 ? void 0 : inner.parse(value, path);
		},
		salvage(value, path, repairs) {
			if (value === void 0) return void 0;
			try {
				return salvageWith(inner, value, path, repairs);
			} catch (e) {
				if (!(e instanceof SchemaError)) throw e;
				const max = inner.maxLength;
				if (typeof value === "string" && max !== void 0 && value.length > max) try {
					const trimmed = inner.parse(trimTo(value, max), path);
					repairs.push(`${path}: trimmed from ${value.length} to ${max} characters`);
					return trimmed;
				} catch {}
				repairs.push(`${e.message} (optional field dropped)`);
				return;
			}
		},
		json: () => inner.json()
	};
}
function nullable(inner) {
	return {
		parse(value, path = "") {
			return value === null ? null : inner.parse(value, path);
		},
		json: () => ({ anyOf: [inner.json(), { type: "null" }] })
	};
}
/** Strict object: unknown keys are rejected (repair drops them), so nothing outside the schema is ever stored. */
function object(shape, options = {}) {
	const keys = Object.keys(shape);
	const read = (value, path, repairs) => {
		if (typeof value !== "object" || value === null || Array.isArray(value)) fail(path, `expected object, got ${describe$1(value)}`);
		const input = value;
		const out = {};
		for (const key of keys) {
			const at = path ? `${path}.${key}` : key;
			const parsed = repairs ? salvageWith(shape[key], input[key], at, repairs) : shape[key].parse(input[key], at);
			if (parsed !== void 0) out[key] = parsed;
		}
		for (const key of options.open ? [] : Object.keys(input)) {
			if (key in shape || input[key] === void 0) continue;
			const at = path ? `${path}.${key}` : key;
			if (repairs) repairs.push(`${at}: unexpected key dropped`);
			else fail(at, "unexpected key");
		}
		return out;
	};
	return {
		shape,
		parse: (value, path = "") => read(value, path, null),
		salvage: (value, path, repairs) => read(value, path, repairs),
		json: () => ({
			type: "object",
			properties: Object.fromEntries(keys.map((k) => [k, shape[k].json()])),
			required: keys.filter((k) => !shape[k].optional),
			additionalProperties: !!options.open,
			...options.description ? { description: options.description } : {}
		})
	};
}
/** Free-form JSON object (e.g. metadata): checked only for being a plain object of bounded size. */
function record(value, rules = {}) {
	const { maxKeys = 1e3 } = rules;
	return {
		parse(input, path = "") {
			if (typeof input !== "object" || input === null || Array.isArray(input)) fail(path, `expected object, got ${describe$1(input)}`);
			const entries = Object.entries(input);
			if (entries.length > maxKeys) fail(path, `more than ${maxKeys} keys`);
			return Object.fromEntries(entries.map(([k, v]) => [k, value.parse(v, `${path}.${k}`)]));
		},
		json: () => ({
			type: "object",
			additionalProperties: value.json()
		})
	};
}
function unknownJson() {
	return {
		parse: (v) => v,
		json: () => ({})
	};
}
/** Union of objects discriminated by one key (e.g. `kind`): errors name the branch that was tried. */
function tagged(key, members) {
	const member = (value, path) => {
		if (typeof value !== "object" || value === null || Array.isArray(value)) fail(path, `expected object, got ${describe$1(value)}`);
		const tag = value[key];
		if (typeof tag !== "string" || !Object.prototype.hasOwnProperty.call(members, tag)) fail(path ? `${path}.${key}` : key, `expected one of ${Object.keys(members).join(", ")}`);
		return members[tag];
	};
	return {
		parse: (value, path = "") => member(value, path).parse(value, path),
		salvage: (value, path, repairs) => salvageWith(member(value, path), value, path, repairs),
		json: () => ({ oneOf: Object.values(members).map((m) => m.json()) })
	};
}
/** Fixed millisecond precision (what Date#toISOString gives), so comparing the strings compares the times. */
var isoTimestamp = (description = "ISO 8601 UTC timestamp with milliseconds") => string({
	max: 24,
	pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
	description
});
/** 5 MB of text: larger fields are rejected rather than stored truncated without saying so. */
var MAX_TEXT = 5243904;
var id = (description) => string({
	min: 1,
	max: 256,
	pattern: /^[\w.:@\-/+=]+$/,
	description
});
var text = (description) => string({
	max: MAX_TEXT,
	description
});
var eventCommon = {
	id: id("Stable event id: deterministic for prompt/response (one record per message), random for user actions"),
	v: literal(1),
	site: string({
		min: 1,
		max: 40,
		pattern: /^[a-z0-9-]+$/,
		description: "Adapter id, e.g. chatgpt"
	}),
	conversationId: id("The site's conversation id (for an editor: the document's id)"),
	ts: isoTimestamp("When the event happened (page clock, UTC)"),
	origin: oneOf(["live", "history"]),
	url: optional(string({
		max: 2048,
		description: "Page path (no query) where it was observed"
	})),
	createdAt: optional(isoTimestamp("When the site says the message was created, if it says"))
};
var codeBlockSchema = object({
	language: optional(string({ max: 64 })),
	code: text("Code block content")
});
/** Diffs run from the earlier text (answer, copy, old prompt) to the later one (paste, new prompt). */
var diffOpSchema = object({
	op: oneOf([
		"equal",
		"insert",
		"delete"
	]),
	text: text("Text of this diff run")
});
// src/core/completion-events.ts
var COMPLETION_KINDS = [
	"completion_shown",
	"completion_accepted",
	"completion_rejected",
	"completion_outcome"
];
/** Characters of document kept on each side of the cursor (C0): enough context to train on, never the whole file. */
var COMPLETION_WINDOW = 16384;
var suggestionId = id("The suggestion this event is about (one per suggestion shown)");
var windowText = (description) => string({
	max: COMPLETION_WINDOW,
	description
});
var completionShownEvent = object({
	...eventCommon,
	kind: literal("completion_shown"),
	suggestionId,
	editor: oneOf(["monaco", "codemirror"], { description: "The editor component that showed it" }),
	text: text("The suggestion as shown (ghost text): C1"),
	language: optional(string({
		max: 64,
		description: "The editor's language of the document"
	})),
	file: optional(string({
		max: 1024,
		description: "File name or path the page shows for the document"
	})),
	prefix: windowText("C0 before the cursor: at most COMPLETION_WINDOW characters, cut at a line start"),
	suffix: windowText("C0 after the cursor: at most COMPLETION_WINDOW characters, cut at a line end"),
	line: number({
		int: true,
		min: 1,
		description: "1-based line of the cursor"
	}),
	column: number({
		int: true,
		min: 1,
		description: "1-based column of the cursor"
	}),
	source: optional(string({
		max: 128,
		description: "The completion provider, when the page names it"
	})),
	replacesSuggestionId: optional(id("The suggestion this one replaced at the same place (cycled, refreshed)"))
});
var completionAcceptedEvent = object({
	...eventCommon,
	kind: literal("completion_accepted"),
	suggestionId,
	how: oneOf([
		"full",
		"word",
		"line"
	], { description: "Whole suggestion, or its next word / next line" }),
	acceptedText: text("Exactly the text this acceptance inserted")
});
var completionRejectedEvent = object({
	...eventCommon,
	kind: literal("completion_rejected"),
	suggestionId,
	how: oneOf([
		"escape",
		"typed-over",
		"cursor-moved",
		"replaced",
		"blur",
		"page-exit"
	], { description: "Dismissed with Escape, typed over, the cursor moved away, replaced by another suggestion, focus left, page went away" })
});
var completionOutcomeEvent = object({
	...eventCommon,
	kind: literal("completion_outcome"),
	suggestionId,
	acceptedText: text("Everything accepted of the suggestion, in order"),
	finalText: text("CN: the accepted region as it stands when the user left it or after a quiet period"),
	editDistance: number({
		int: true,
		min: 0,
		description: "Levenshtein distance from acceptedText to finalText"
	}),
	reason: oneOf([
		"left",
		"quiet",
		"page-exit",
		"document-closed"
	], { description: "The cursor left the region, a quiet period passed, the page went away, the document was closed" })
});
// src/core/events.ts
/**
* Refinement signals: every kind that is neither a prompt nor an answer. The one list the store's counters, the
* export's counts, study scope and the review filters share, so they cannot disagree about what a signal is.
*/
var SIGNAL_KINDS = [
	"stop",
	"regenerate",
	"branch_switch",
	"edit_prompt",
	"copy",
	"paste",
	"feedback",
	"followup"
];
[...SIGNAL_KINDS, ...COMPLETION_KINDS];
var SIGNAL_SET = new Set(SIGNAL_KINDS);
function isSignal(kind) {
	return SIGNAL_SET.has(kind);
}
/** A file, image or pasted text sent with a prompt (shown as a chip or thumbnail rather than typed text). */
var attachmentSchema = object({
	kind: oneOf([
		"file",
		"image",
		"pasted-text",
		"other"
	]),
	name: optional(string({
		max: 512,
		description: "File name or label the page shows"
	})),
	mimeType: optional(string({ max: 128 })),
	text: optional(text("The attachment's text where the page shows it (pasted text)"))
});
/** Content the answer made that the page shows beside the message: a canvas, artifact or document panel. */
var artifactSchema = object({
	kind: oneOf([
		"code",
		"document",
		"canvas",
		"other"
	]),
	title: optional(string({ max: 512 })),
	language: optional(string({ max: 64 })),
	text: text("The artifact's content as shown")
});
var promptEvent = object({
	...eventCommon,
	kind: literal("prompt"),
	messageId: id("User message id"),
	parentId: optional(id("Message this prompt follows (previous answer), when known")),
	text: text("Prompt text as sent (empty when the prompt is only attachments)"),
	attachments: optional(array(attachmentSchema, { max: 100 }))
});
var responseEvent = object({
	...eventCommon,
	kind: literal("response"),
	messageId: id("Assistant message id"),
	parentId: optional(id("The prompt this answers")),
	text: text("Answer text as rendered (code blocks fenced with ```)"),
	codeBlocks: array(codeBlockSchema, { max: 1e3 }),
	model: optional(string({ max: 128 })),
	variantIndex: optional(number({
		int: true,
		min: 1,
		max: 1e4,
		description: "1-based position among the prompt's answers"
	})),
	variantCount: optional(number({
		int: true,
		min: 1,
		max: 1e4
	})),
	durationMs: optional(number({
		min: 0,
		max: 36e5,
		description: "First token to finished streaming"
	})),
	reasoning: optional(text("Reasoning the page shows apart from the answer (\"thinking\"): never part of `text` or a training target")),
	artifacts: optional(array(artifactSchema, { max: 50 })),
	complete: oneOf([
		"finished",
		"stopped",
		"interrupted",
		"unknown"
	], { description: "finished: streamed to the end; stopped: the user stopped it; interrupted: the page went away while it was still streaming (the text is as far as it got); unknown: not seen streaming" })
});
var stopEvent = object({
	...eventCommon,
	kind: literal("stop"),
	messageId: optional(id("Answer that was being generated")),
	partialText: text("Text shown when the user stopped")
});
var regenerateEvent = object({
	...eventCommon,
	kind: literal("regenerate"),
	promptMessageId: optional(id("Prompt whose answer was regenerated")),
	oldResponseId: id("Answer shown when the user asked for another"),
	newResponseId: optional(id("The new answer, once it appeared"))
});
var branchSwitchEvent = object({
	...eventCommon,
	kind: literal("branch_switch"),
	role: oneOf(["user", "assistant"]),
	fromMessageId: optional(id("Variant shown before")),
	toMessageId: id("Variant shown now"),
	variantIndex: optional(number({
		int: true,
		min: 1,
		max: 1e4
	})),
	variantCount: optional(number({
		int: true,
		min: 1,
		max: 1e4
	}))
});
var editPromptEvent = object({
	...eventCommon,
	kind: literal("edit_prompt"),
	oldMessageId: id("Prompt that was edited"),
	newMessageId: optional(id("The re-sent prompt, once it appeared")),
	oldText: text("Prompt before the edit"),
	newText: text("Prompt after the edit"),
	diff: array(diffOpSchema, { max: 1e5 })
});
var copyEvent = object({
	...eventCommon,
	kind: literal("copy"),
	messageId: id("Answer (or prompt) the text was copied from"),
	via: oneOf([
		"button",
		"code-button",
		"selection"
	]),
	text: text("Copied text"),
	start: number({
		int: true,
		min: 0,
		description: "Offset of the copied text in the message text"
	}),
	end: number({
		int: true,
		min: 0
	}),
	share: number({
		min: 0,
		max: 1,
		description: "Copied length / message length"
	}),
	codeBlockIndex: optional(number({
		int: true,
		min: 0,
		description: "Index into the response's codeBlocks"
	}))
});
var pasteMatchSchema = object({
	messageId: id("Answer the pasted text resembles"),
	via: oneOf(["answer", "copy"]),
	copyEventId: optional(id("The copy event it came from")),
	similarity: number({
		min: 0,
		max: 1
	}),
	diff: array(diffOpSchema, { max: 1e5 })
});
var captureEventSchema = tagged("kind", {
	prompt: promptEvent,
	response: responseEvent,
	stop: stopEvent,
	regenerate: regenerateEvent,
	branch_switch: branchSwitchEvent,
	edit_prompt: editPromptEvent,
	copy: copyEvent,
	paste: object({
		...eventCommon,
		kind: literal("paste"),
		text: text("Pasted text"),
		promptMessageId: optional(id("The prompt the pasted text was sent in, once it was sent")),
		matches: array(pasteMatchSchema, { max: 10 })
	}),
	feedback: object({
		...eventCommon,
		kind: literal("feedback"),
		messageId: id("Rated answer"),
		rating: oneOf(["up", "down"]),
		comment: optional(text("Feedback text, if the site asks"))
	}),
	followup: object({
		...eventCommon,
		kind: literal("followup"),
		messageId: id("The new prompt"),
		afterMessageId: id("The answer it follows"),
		delayMs: number({
			min: 0,
			description: "Answer finished -> next prompt sent"
		})
	}),
	completion_shown: completionShownEvent,
	completion_accepted: completionAcceptedEvent,
	completion_rejected: completionRejectedEvent,
	completion_outcome: completionOutcomeEvent
});
/** Conversation key used across the store and exports. */
function conversationKey(site, conversationId) {
	return `${site}:${conversationId}`;
}
/**
* The messages an event is about (the answer copied, rated, regenerated, switched to or away from, followed up,
* pasted from). One definition, so the export's per-message signals and the review page's timeline agree.
*/
function messagesReferencedBy(e) {
	switch (e.kind) {
		case "copy":
		case "feedback": return [e.messageId];
		case "stop": return e.messageId ? [e.messageId] : [];
		case "regenerate": return [e.oldResponseId, ...e.newResponseId ? [e.newResponseId] : []];
		case "branch_switch": return [e.toMessageId, ...e.fromMessageId ? [e.fromMessageId] : []];
		case "edit_prompt": return [e.oldMessageId];
		case "followup": return [e.afterMessageId];
		case "paste": return e.matches.map((m) => m.messageId);
		default: return [];
	}
}
// src/core/labeller/types.ts
var ANSWER_LABELS = [
	"accepted",
	"rejected",
	"refined",
	"unknown"
];
var RULE_NAMES = [
	"copy",
	"thumbs",
	"regenerate",
	"branch_switch",
	"edit_prompt",
	"stop",
	"paste_edit",
	"followup_correction",
	"followup_rephrase",
	"followup_clarification",
	"followup_acceptance",
	"new_chat_rephrase",
	"history_branch",
	"correction_then_accepted",
	"continued",
	"interrupted"
];
// src/core/samples/schemas.ts
var content$1 = string({ description: "Message text" });
var chatMessageSchema = object({
	role: oneOf([
		"system",
		"user",
		"assistant"
	]),
	content: content$1
});
var assistantMessageSchema = object({
	role: literal("assistant"),
	content: content$1
});
var sampleMetaSchema = object({
	site: string({
		min: 1,
		max: 40
	}),
	model: optional(string({ max: 128 })),
	conversationKey: string({ min: 1 }),
	messageIds: array(string({ min: 1 }), {
		min: 1,
		max: 10
	}),
	label: oneOf(ANSWER_LABELS),
	signals: array(oneOf(RULE_NAMES)),
	confidence: number({
		min: 0,
		max: 1
	}),
	evidence: array(object({
		rule: oneOf(RULE_NAMES),
		eventIds: array(string()),
		detail: optional(string())
	})),
	rulesVersion: string({ min: 1 }),
	pairKind: optional(oneOf([
		"kept_vs_passed_over",
		"refined_vs_original",
		"accepted_vs_rejected"
	])),
	chosenMessageId: optional(string({ description: "Answer chosen; for paste-back edits, the answer that was edited" })),
	chosenSource: optional(oneOf([
		"answer",
		"paste_edit",
		"later_answer"
	])),
	rejectedMessageId: optional(string())
});
/** Per-turn training flags on assistant turns: OpenAI's `weight` and the boolean Axolotl reads (message_field_training: train). */
var trainFlags = {
	weight: optional(number({
		int: true,
		min: 0,
		max: 1,
		description: "1 on the labelled answer, 0 on earlier assistant turns (context, not trained)"
	})),
	/** true on the labelled answer, false on earlier assistant turns (context, not trained). */
	train: optional(boolean())
};
var sftMessageSchema = object({
	role: oneOf([
		"system",
		"user",
		"assistant"
	]),
	content: content$1,
	...trainFlags
});
var sftSampleSchema = object({
	id: string({ min: 1 }),
	messages: array(sftMessageSchema, { min: 2 }),
	meta: sampleMetaSchema
}, { description: "SFT (TRL conversational messages): context along the branch taken, ending with the accepted or refined answer; only the last assistant turn has train: true / weight: 1" });
var sftPromptCompletionSampleSchema = object({
	id: string({ min: 1 }),
	prompt: array(chatMessageSchema, { min: 1 }),
	completion: array(assistantMessageSchema, {
		min: 1,
		max: 1
	}),
	meta: sampleMetaSchema
}, { description: "SFT (TRL conversational prompt-completion): the context as prompt, only the labelled answer as completion (the only tokens trained)" });
var preferenceSampleSchema = object({
	id: string({ min: 1 }),
	prompt: array(chatMessageSchema, { min: 1 }),
	chosen: array(assistantMessageSchema, {
		min: 1,
		max: 1
	}),
	rejected: array(assistantMessageSchema, {
		min: 1,
		max: 1
	}),
	meta: sampleMetaSchema
}, { description: "Preference pair (TRL DPO conversational, implicit prompt)" });
var unpairedSampleSchema = object({
	id: string({ min: 1 }),
	prompt: array(chatMessageSchema, { min: 1 }),
	completion: array(assistantMessageSchema, {
		min: 1,
		max: 1
	}),
	label: boolean(),
	meta: sampleMetaSchema
}, { description: "Unpaired binary preference (TRL KTO conversational)" });
var openAiChatSampleSchema = object({ messages: array(object({
	role: oneOf([
		"system",
		"user",
		"assistant"
	]),
	content: content$1,
	weight: optional(number({
		int: true,
		min: 0,
		max: 1,
		description: "0: context only, not trained"
	}))
}), { min: 2 }) }, { description: "OpenAI chat fine-tuning line; earlier assistant turns carry weight 0 (only the labelled answer is trained)" });
var shareGptSampleSchema = object({ conversations: array(object({
	from: oneOf([
		"system",
		"human",
		"gpt"
	]),
	value: content$1,
	...trainFlags
}), { min: 2 }) }, { description: "ShareGPT conversation (LLaMA-Factory, Axolotl); gpt turns carry train/weight: only the last is trained" });
// src/core/export/trainer-formats.ts
var content = string({ description: "Message text" });
var chatMessage = object({
	role: oneOf([
		"system",
		"user",
		"assistant"
	]),
	content
});
var assistantMessage = object({
	role: literal("assistant"),
	content
});
var openAiPreferenceSchema = object({
	input: object({ messages: array(chatMessage, { min: 1 }) }),
	preferred_output: array(assistantMessage, {
		min: 1,
		max: 1
	}),
	non_preferred_output: array(assistantMessage, {
		min: 1,
		max: 1
	})
}, { description: "OpenAI preference (DPO) fine-tuning line: the context, the preferred and the non-preferred answer" });
var shareGptTurn = object({
	from: oneOf([
		"system",
		"human",
		"gpt"
	]),
	value: content
});
var shareGptAnswer = object({
	from: literal("gpt"),
	value: content
});
var llamaFactoryPreferenceSchema = object({
	conversations: array(shareGptTurn, { min: 1 }),
	chosen: shareGptAnswer,
	rejected: shareGptAnswer
}, { description: "LLaMA-Factory ShareGPT preference record (ranking: true): context ending with the user turn, one chosen and one rejected answer" });
var llamaFactoryKtoSchema = object({
	conversations: array(shareGptTurn, { min: 2 }),
	kto_tag: boolean()
}, { description: "LLaMA-Factory ShareGPT KTO record: context, then the answer; kto_tag true = desirable" });
var toShareGptTurn = (m) => ({
	from: m.role === "user" ? "human" : m.role === "assistant" ? "gpt" : "system",
	value: m.content
});
function toOpenAiPreference(sample) {
	return {
		input: { messages: sample.prompt.map((m) => ({
			role: m.role,
			content: m.content
		})) },
		preferred_output: sample.chosen.map((m) => ({
			role: m.role,
			content: m.content
		})),
		non_preferred_output: sample.rejected.map((m) => ({
			role: m.role,
			content: m.content
		}))
	};
}
function toLlamaFactoryPreference(sample) {
	return {
		conversations: sample.prompt.map(toShareGptTurn),
		chosen: {
			from: "gpt",
			value: sample.chosen[0].content
		},
		rejected: {
			from: "gpt",
			value: sample.rejected[0].content
		}
	};
}
function toLlamaFactoryKto(sample) {
	return {
		conversations: [...sample.prompt.map(toShareGptTurn), {
			from: "gpt",
			value: sample.completion[0].content
		}],
		kto_tag: sample.label
	};
}
var LLAMA_FACTORY_FILES = {
	sft: "sharegpt.jsonl",
	preference: "llamafactory-preference.jsonl",
	kto: "llamafactory-kto.jsonl"
};
/**
* LLaMA-Factory's dataset registry for the files beside it (`dataset_dir` is the folder holding it). SFT reads
* sharegpt.jsonl; train it with `mask_history: true`, so earlier assistant turns (which may be answers the user
* rejected) are context only, never targets.
*/
function llamaFactoryDatasetInfo(present, prefix = "echo", locate = (file) => file) {
	const info = {};
	if (present.sft) info[`${prefix}_sft`] = {
		file_name: locate(LLAMA_FACTORY_FILES.sft),
		formatting: "sharegpt",
		columns: { messages: "conversations" }
	};
	if (present.preference) info[`${prefix}_preference`] = {
		file_name: locate(LLAMA_FACTORY_FILES.preference),
		formatting: "sharegpt",
		ranking: true,
		columns: {
			messages: "conversations",
			chosen: "chosen",
			rejected: "rejected"
		}
	};
	if (present.kto) info[`${prefix}_kto`] = {
		file_name: locate(LLAMA_FACTORY_FILES.kto),
		formatting: "sharegpt",
		columns: {
			messages: "conversations",
			kto_tag: "kto_tag"
		}
	};
	return info;
}
var llamaFactoryDatasetInfoSchema = record(object({
	file_name: string({ min: 1 }),
	formatting: literal("sharegpt"),
	ranking: optional(boolean()),
	columns: object({
		messages: string(),
		chosen: optional(string()),
		rejected: optional(string()),
		kto_tag: optional(string())
	})
}, { description: "One LLaMA-Factory dataset description" }));
// src/core/redaction/types.ts
/** Levels nest: `secrets` ⊂ `standard` ⊂ `strict`. See docs/redaction.md for which rule sits where. */
var REDACTION_LEVELS = [
	"secrets",
	"standard",
	"strict"
];
/** Whether a rule of `ruleLevel` runs at `level` (each level runs its own rules and those of the levels below it). */
function levelIncludes(level, ruleLevel) {
	return REDACTION_LEVELS.indexOf(ruleLevel) <= REDACTION_LEVELS.indexOf(level);
}
/** The type word inside a replacement token, e.g. `<EMAIL_1>`. */
var KIND_LABEL = {
	api_key: "API_KEY",
	private_key: "PRIVATE_KEY",
	jwt: "JWT",
	password: "PASSWORD",
	secret: "SECRET",
	email: "EMAIL",
	phone: "PHONE",
	payment_card: "CARD",
	iban: "IBAN",
	ip_address: "IP",
	postal_address: "ADDRESS"
};
// src/core/export/redaction-policy.ts
/** Personal exports (no study) redact at this level unless the person turns redaction off. */
var DEFAULT_REDACTION_LEVEL = "standard";
/** What the person can pick as their default in Options: a level, or no redaction at all. */
var REDACTION_CHOICES = ["off", ...REDACTION_LEVELS];
/** Who set the level an export used: nobody (the default), the person (Options or the popup switch), their study. */
var REDACTION_CHOOSERS = [
	"default",
	"person",
	"study"
];
var SECRETS = [
	"api_key",
	"private_key",
	"jwt",
	"password",
	"secret"
];
var STANDARD = [
	...SECRETS,
	"email",
	"phone",
	"payment_card",
	"iban"
];
/** The kinds each level replaces (levels nest). The unit test holds this to the engine's `rulesFor(level)`. */
var LEVEL_KINDS = {
	secrets: SECRETS,
	standard: STANDARD,
	strict: [
		...STANDARD,
		"ip_address",
		"postal_address"
	]
};
var PERSONAL_WORDS = {
	email: "e-mail addresses",
	phone: "phone numbers",
	payment_card: "payment card numbers",
	iban: "IBANs",
	ip_address: "IP addresses",
	postal_address: "postal addresses"
};
/** Every secret kind is one of these words (api_key, private_key; jwt and secret are tokens; password). */
var SECRET_WORDS = "secrets (API keys, private keys, access tokens and passwords)";
function listWords(words) {
	return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
/** "e-mail addresses, phone numbers, payment card numbers, IBANs and secrets (API keys, …)" for a level. */
function levelKindsText(level) {
	return listWords([...LEVEL_KINDS[level].flatMap((k) => PERSONAL_WORDS[k] ?? []), SECRET_WORDS]);
}
/** An example of the placeholders an export writes, e.g. `<EMAIL_1>`. */
var EXAMPLE_TOKEN = `<${KIND_LABEL.email}_1>`;
`${levelKindsText(DEFAULT_REDACTION_LEVEL)}${EXAMPLE_TOKEN}`;
var CHOSEN_BY = {
	default: "the default",
	person: "chosen by the person who exported",
	study: "set by the study"
};
/** The dataset card's line about redaction. */
function redactionFact(r) {
	const by = r.chosenBy ? CHOSEN_BY[r.chosenBy] : "";
	if (r.level === "off") return `off (${by || "no rules ran"}): texts are as captured, apart from spans the person marked in review`;
	const level = REDACTION_LEVELS.find((l) => l === r.level);
	const kinds = level ? `: ${levelKindsText(level)} replaced with typed placeholders` : "";
	return `${r.level} (rules version ${String(r.rulesVersion ?? "?")}, ${r.rules?.length ?? 0} rules${by ? `, ${by}` : ""})${kinds}`;
}
// src/core/export/completion-acceptance.ts
var COMPLETION_ACCEPTANCE_DEFINITION = "rate = suggestions accepted whole / suggestions shown (the Echo paper's acceptance rate); partialRate = suggestions partly accepted (a word or line taken, the rest dismissed) / suggestions shown; accepted counts what the user took at the suggestion, later kept (kept), edited (refined) or deleted again (undone)";
var countsShape = {
	shown: number({
		int: true,
		min: 0,
		description: "Suggestions shown"
	}),
	accepted: number({
		int: true,
		min: 0,
		description: "Accepted whole (Tab, or word by word to its end)"
	}),
	partial: number({
		int: true,
		min: 0,
		description: "Partly accepted, the rest dismissed"
	}),
	dismissed: number({
		int: true,
		min: 0,
		description: "Nothing accepted; dismissed (Escape, typed over, moved away, replaced, blur)"
	}),
	kept: number({
		int: true,
		min: 0,
		description: "Accepted (whole or part) and left as it went in"
	}),
	refined: number({
		int: true,
		min: 0,
		description: "Accepted (whole or part) and then edited: CN differs"
	}),
	undone: number({
		int: true,
		min: 0,
		description: "Accepted and then deleted again"
	}),
	rate: nullable(number({
		min: 0,
		max: 1,
		description: "accepted / shown; null when nothing was shown"
	})),
	partialRate: nullable(number({
		min: 0,
		max: 1,
		description: "partial / shown; null when nothing was shown"
	}))
};
var completionAcceptanceCountsSchema = object(countsShape);
var completionAcceptanceStatsSchema = object({
	definition: string(),
	overall: completionAcceptanceCountsSchema,
	bySite: record(completionAcceptanceCountsSchema),
	byLanguage: record(completionAcceptanceCountsSchema),
	byDay: array(object({
		day: string({ pattern: /^\d{4}-\d{2}-\d{2}$/ }),
		site: string(),
		language: string(),
		...countsShape
	}), { max: 1e7 })
}, { description: "Inline completion acceptance: accepted / shown suggestions, partly accepted apart, per site, language and day" });
/** The counted fields of acceptance counts (the rates are derived from them). */
var COMPLETION_COUNT_FIELDS = [
	"shown",
	"accepted",
	"partial",
	"dismissed",
	"kept",
	"refined",
	"undone"
];
var empty$1 = () => ({
	shown: 0,
	accepted: 0,
	partial: 0,
	dismissed: 0,
	kept: 0,
	refined: 0,
	undone: 0,
	rate: null,
	partialRate: null
});
function rates$1(c) {
	c.rate = c.shown ? c.accepted / c.shown : null;
	c.partialRate = c.shown ? c.partial / c.shown : null;
}
/** One suggestion's contribution to every count (the store's running tally adds and removes these). */
function completionCountsOf(s) {
	const c = empty$1();
	c.shown = 1;
	if (s.acceptance === "full") c.accepted = 1;
	else if (s.acceptance === "partial") c.partial = 1;
	else if (s.label === "rejected") c.dismissed = 1;
	if (s.acceptance !== "none") {
		if (s.label === "refined") c.refined = 1;
		else if (s.label === "rejected") c.undone = 1;
		else if (s.label === "accepted" || s.label === "partial") c.kept = 1;
	}
	return c;
}
function sum(into, add) {
	for (const f of COMPLETION_COUNT_FIELDS) into[f] += add[f];
	rates$1(into);
}
var CompletionAcceptanceTally = class CompletionAcceptanceTally {
	overall = empty$1();
	bySite = /* @__PURE__ */ new Map();
	byLanguage = /* @__PURE__ */ new Map();
	byDay = /* @__PURE__ */ new Map();
	add(facts) {
		const language = facts.language || "unknown";
		this.addCounts(facts.shownAt.slice(0, 10), facts.site, language, completionCountsOf(facts));
	}
	/** Sums day rows (from several bundles' manifests) into every view. */
	static fromDays(days) {
		const tally = new CompletionAcceptanceTally();
		for (const d of days) tally.addCounts(d.day, d.site, d.language, d);
		return tally.stats();
	}
	addCounts(day, site, language, c) {
		sum(this.overall, c);
		sum(getOr(this.bySite, site, empty$1), c);
		sum(getOr(this.byLanguage, language, empty$1), c);
		sum(getOr(this.byDay, `${day}\u0000${site}\u0000${language}`, () => ({
			day,
			site,
			language,
			...empty$1()
		})), c);
	}
	stats() {
		const sorted = (m) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, { ...v }]));
		return {
			definition: COMPLETION_ACCEPTANCE_DEFINITION,
			overall: { ...this.overall },
			bySite: sorted(this.bySite),
			byLanguage: sorted(this.byLanguage),
			byDay: [...this.byDay.values()].sort((a, b) => a.day.localeCompare(b.day) || a.site.localeCompare(b.site) || a.language.localeCompare(b.language)).map((d) => ({ ...d }))
		};
	}
};
function getOr(map, key, make) {
	let v = map.get(key);
	if (!v) map.set(key, v = make());
	return v;
}
var pct$1 = (r) => `${Math.round(r * 100)}%`;
/**
* "Completions: accepted 36% of 250 shown (accepted / shown), partly 8% (python 40%, typescript 30%)": the popup's
* line, the dataset card's and the CLI's. `null` when no suggestion was shown, so chat-only users see nothing new.
*/
function describeCompletionAcceptance(stats, maxLanguages = 3) {
	const { overall } = stats;
	if (!overall.shown) return null;
	const languages = Object.entries(stats.byLanguage).filter(([, c]) => c.shown > 0).sort(([, a], [, b]) => b.shown - a.shown).slice(0, maxLanguages).map(([l, c]) => `${l} ${pct$1(c.accepted / c.shown)}`);
	const noun = overall.shown === 1 ? "suggestion" : "suggestions";
	return `Completions: accepted ${pct$1(overall.accepted / overall.shown)} of ${overall.shown} ${noun} shown (accepted / shown), partly ${pct$1(overall.partial / overall.shown)}${languages.length ? ` (${languages.join(", ")})` : ""}`;
}
// src/core/labeller/time.ts
var time = (ts) => Date.parse(ts);
// src/core/labeller/completion-episodes.ts
var COMPLETION_EVENT = /* @__PURE__ */ new Set([
	"completion_shown",
	"completion_accepted",
	"completion_rejected",
	"completion_outcome"
]);
function isCompletionEvent(e) {
	return COMPLETION_EVENT.has(e.kind);
}
function buildCompletionEpisodes(events) {
	const episodes = /* @__PURE__ */ new Map();
	const keyOf = (e) => `${e.site}:${e.conversationId}\u0000${e.suggestionId}`;
	const ordered = events.filter(isCompletionEvent).sort((a, b) => time(a.ts) - time(b.ts));
	for (const e of ordered) {
		if (e.kind !== "completion_shown" || episodes.has(keyOf(e))) continue;
		episodes.set(keyOf(e), {
			conversationKey: `${e.site}:${e.conversationId}`,
			shown: e,
			accepts: []
		});
	}
	let orphans = 0;
	for (const e of ordered) {
		if (e.kind === "completion_shown") {
			if (!e.replacesSuggestionId) continue;
			const replaced = episodes.get(keyOf({
				...e,
				suggestionId: e.replacesSuggestionId
			}));
			if (replaced && replaced !== episodes.get(keyOf(e)) && !replaced.replacedBy) replaced.replacedBy = e;
			continue;
		}
		const episode = episodes.get(keyOf(e));
		if (!episode) {
			orphans++;
			continue;
		}
		if (e.kind === "completion_accepted") episode.accepts.push(e);
		else if (e.kind === "completion_rejected") episode.rejection ??= e;
		else episode.outcome = e;
	}
	return {
		episodes: [...episodes.values()],
		orphans
	};
}
/** Everything accepted of the suggestion, in order: the outcome says it, else the acceptances add up to it. */
function acceptedTextOf(episode) {
	return episode.outcome?.acceptedText ?? episode.accepts.map((a) => a.acceptedText).join("");
}
/** Whether the whole suggestion went in: accepted in one go, or word by word up to its end. */
function acceptedWhole(episode) {
	if (episode.accepts.some((a) => a.how === "full")) return true;
	const accepted = acceptedTextOf(episode);
	return accepted.length > 0 && accepted.trimEnd() === episode.shown.text.trimEnd();
}
// src/core/labeller/rules.ts
var LABEL_RULES_VERSION = "echo-rules/2.2.0";
var defaultRules = {
	copy: {
		/** Selections shorter than this share of the answer say little (a term to search, a name). */
		minShare: .15,
		/** Selections at least this share count like the copy button. */
		fullShare: .6,
		buttonConfidence: .65,
		codeBlockConfidence: .7,
		selectionConfidence: .5,
		/** A selection of fewer words than this (one identifier, one term) is a look-up, not a use. */
		minSelectionTokens: 2
	},
	thumbs: {
		confidence: .92,
		/** When behaviour after the rating contradicts it (thumbs up, then "that fails with Error: ..."). */
		contradictedConfidence: .7
	},
	regenerate: {
		/** Regenerated away and a later variant was kept (continued from, copied, rated up). */
		keptElsewhereConfidence: .85,
		/** Regenerated away, nothing kept afterwards: the request for another answer is itself a mild rejection. */
		notKeptConfidence: .55,
		/** The variant the user continued from, after regenerating: the kept one gets credit. */
		keptConfidence: .6
	},
	branchSwitch: {
		/** User went back to an earlier variant and continued from it. */
		returnedToConfidence: .65,
		/** A variant that was shown, then passed over for another variant the user kept. */
		passedOverConfidence: .75
	},
	editPrompt: {
		/** Answer superseded by editing its prompt right after reading it. */
		confidence: .65,
		/** The user had already continued from the answer before editing the prompt above it. */
		afterContinuingConfidence: .35
	},
	stop: { confidence: .7 },
	pasteEdit: {
		/** Paste must resemble the answer (or the copy) at least this much to count as a paste-back. */
		minSimilarity: .5,
		/** Inserted + deleted characters below this are whitespace noise, not an edit. */
		minChangedChars: 2,
		confidence: .8,
		/** Same, but the prompt around the paste reports an error: the edit is not yet a verified solution. */
		withErrorConfidence: .45
	},
	followup: {
		correctionConfidence: .7,
		errorTraceConfidence: .75,
		/** A weak correction ("use X instead"), a doubt ("are you sure?") or a rephrase of the request. */
		weakConfidence: .55,
		/** A reply sharing this share of words with the answer's prompt (of the shorter one) asks the same again: a rephrase. */
		repeatSimilarity: .7,
		acceptanceConfidence: .75,
		/** A correction sent this soon after the answer finished is a quick reaction: slightly more certain. */
		quickMs: 2e4,
		quickBonus: .05
	},
	correctionThenAccepted: {
		confidence: .7,
		/** The same after a weak correction, a doubt or a rephrase: the later answer may fit a changed request. */
		weakConfidence: .55,
		/** The later answer must itself be accepted at least this confidently to become a target. */
		minTargetConfidence: .6,
		/** How many corrected answers in a row may share one later accepted answer as target. */
		maxHops: 2,
		perHopDecay: .85
	},
	newChat: {
		/** A first prompt in a new chat of the same site this soon after the last answer of the previous chat... */
		withinMs: 3e5,
		/** ...sharing this share of words with that chat's last prompt asks the same thing again: that answer failed. */
		similarity: .7,
		confidence: .6
	},
	history: {
		/** Loaded with the page (origin history): only the site's data speaks. The variant the chat continued from... */
		keptVariantConfidence: .6,
		/** ...and its siblings nobody continued from. */
		passedOverConfidence: .65
	},
	continued: {
		/** A neutral follow-up that builds on the answer: weak acceptance. */
		confidence: .4,
		/** Same after a long pause (the user probably tried it). */
		settledConfidence: .45,
		settledMs: 12e4
	},
	completion: {
		/** Accepted and left as it went in (up to whitespace) when the user moved on or a quiet period passed. */
		keptConfidence: .9,
		/** Accepted, then edited: CN differs from what went in (the refined target). */
		refinedConfidence: .85,
		/** Part of the suggestion accepted (a word or a line at a time) and kept; the rest dismissed. */
		partialConfidence: .7,
		/** Accepted and then deleted again: the region is empty when the user leaves it. */
		undoneConfidence: .85,
		/** Accepted but no outcome in the log (the capture ended first): kept or not is not known. */
		noOutcomeConfidence: .55,
		/** CN this far from what was accepted (1 - distance / longer length below it) is a rewrite: a less certain target. */
		rewrittenBelow: .3,
		rewrittenConfidence: .6,
		/** An outcome taken when the page went away or the document closed: the user may not have finished editing. */
		unsettledFactor: .8,
		/** Rejections by how: Escape is a plain no; focus leaving or the page going away is hardly a judgement. */
		rejected: {
			escape: .9,
			typedOver: .8,
			cursorMoved: .6,
			replaced: .6,
			blur: .35,
			pageExit: 0
		}
	},
	combine: {
		/** Below this the answer is `unknown`. */
		unknownBelow: .3,
		/** How much opposing evidence lowers the winner's confidence. */
		conflictPenalty: .5
	},
	cues: {
		/** Extra correction / acceptance cue phrases (lower-case substrings), added to the built-in lists. */
		extraCorrection: [],
		extraAcceptance: []
	}
};
/**
* Defaults with the caller's overrides applied. Accepts untrusted JSON (a rules file): unknown keys and wrong
* types are rejected by name, so a typo in a rules file fails loudly instead of silently using a default.
*/
function resolveRules(override = {}) {
	return mergeChecked(defaultRules, override, "rules");
}
function mergeChecked(base, over, path) {
	if (over === void 0) return structuredClone(base);
	if (Array.isArray(base)) {
		if (!Array.isArray(over) || over.some((s) => typeof s !== "string")) throw new Error(`${path}: expected array of strings`);
		return over.map((s) => s.toLowerCase());
	}
	if (typeof base === "number") {
		if (typeof over !== "number" || !Number.isFinite(over)) throw new Error(`${path}: expected number`);
		return over;
	}
	if (typeof base === "object" && base !== null) {
		if (typeof over !== "object" || over === null || Array.isArray(over)) throw new Error(`${path}: expected object`);
		const out = {};
		const b = base;
		const o = over;
		for (const key of Object.keys(o)) if (!(key in b)) throw new Error(`${path}.${key}: unknown rule setting`);
		for (const key of Object.keys(b)) out[key] = mergeChecked(b[key], o[key], `${path}.${key}`);
		return out;
	}
	return over;
}
// src/core/labeller/completion-labels.ts
function labelCompletions(events, rulesOverride = {}) {
	const rules = resolveRules(rulesOverride);
	return buildCompletionEpisodes(events).episodes.map((episode) => labelCompletionEpisode(episode, rules));
}
function labelCompletionEpisode(episode, rules) {
	const { shown } = episode;
	const decided = decide(episode, rules.completion);
	const label = decided.label !== "unknown" && decided.confidence < rules.combine.unknownBelow ? "unknown" : decided.label;
	return {
		conversationKey: episode.conversationKey,
		suggestionId: shown.suggestionId,
		eventId: shown.id,
		site: shown.site,
		...shown.language ? { language: shown.language } : {},
		shownAt: shown.ts,
		label,
		acceptance: episode.accepts.length === 0 ? "none" : acceptedWhole(episode) ? "full" : "partial",
		confidence: round$1(decided.confidence),
		evidence: decided.evidence,
		...decided.target !== void 0 && TARGET_LABELS$1.has(label) ? { target: decided.target } : {},
		...episode.outcome ? { editDistance: episode.outcome.editDistance } : {},
		...decided.rejectedHow ? { rejectedHow: decided.rejectedHow } : {},
		rulesVersion: LABEL_RULES_VERSION
	};
}
var TARGET_LABELS$1 = /* @__PURE__ */ new Set([
	"accepted",
	"refined",
	"partial"
]);
function decide(episode, rules) {
	const { shown, accepts, rejection, outcome, replacedBy } = episode;
	if (accepts.length === 0 && !outcome) {
		if (rejection) {
			const how = rejection.how;
			return {
				label: "rejected",
				confidence: rejectionConfidence(how, rules),
				rejectedHow: how,
				evidence: [{
					rule: rejectionRule(how),
					eventIds: [shown.id, rejection.id],
					detail: how
				}]
			};
		}
		if (replacedBy) return {
			label: "rejected",
			confidence: rules.rejected.replaced,
			rejectedHow: "replaced",
			evidence: [{
				rule: "completion_replaced",
				eventIds: [shown.id, replacedBy.id],
				detail: "another suggestion took its place"
			}]
		};
		return {
			label: "unknown",
			confidence: 0,
			evidence: [{
				rule: "completion_unjudged",
				eventIds: [shown.id],
				detail: "shown; no acceptance or dismissal in the log"
			}]
		};
	}
	const accepted = acceptedTextOf(episode);
	const whole = acceptedWhole(episode);
	const acceptIds = [shown.id, ...accepts.map((a) => a.id)];
	const rest = rejection ? [{
		rule: "completion_rejected",
		eventIds: [rejection.id],
		detail: `rest dismissed: ${rejection.how}`
	}] : [];
	if (!outcome) return {
		label: whole ? "accepted" : "partial",
		confidence: whole ? rules.noOutcomeConfidence : Math.min(rules.noOutcomeConfidence, rules.partialConfidence),
		target: accepted,
		evidence: [{
			rule: "completion_no_outcome",
			eventIds: acceptIds,
			detail: `${whole ? "whole" : "part"}, no outcome`
		}, ...rest]
	};
	const settle = outcome.reason === "page-exit" || outcome.reason === "document-closed" ? rules.unsettledFactor : 1;
	const ids = [...acceptIds, outcome.id];
	const final = outcome.finalText;
	if (final.trim() === "" && accepted.trim() !== "") return {
		label: "rejected",
		confidence: rules.undoneConfidence * settle,
		evidence: [{
			rule: "completion_undone",
			eventIds: ids,
			detail: "accepted, then deleted"
		}, ...rest]
	};
	if (squash$1(final) === squash$1(accepted)) return whole ? {
		label: "accepted",
		confidence: rules.keptConfidence * settle,
		target: final,
		evidence: [{
			rule: "completion_kept",
			eventIds: ids,
			detail: `kept (${outcome.reason})`
		}, ...rest]
	} : {
		label: "partial",
		confidence: rules.partialConfidence * settle,
		target: final,
		evidence: [{
			rule: "completion_partial",
			eventIds: ids,
			detail: `${accepted.length} of ${shown.text.length} characters kept`
		}, ...rest]
	};
	const rewritten = 1 - outcome.editDistance / Math.max(1, accepted.length, final.length) < rules.rewrittenBelow;
	return {
		label: "refined",
		confidence: (rewritten ? rules.rewrittenConfidence : rules.refinedConfidence) * settle,
		target: final,
		evidence: [{
			rule: "completion_refined",
			eventIds: ids,
			detail: `${whole ? "accepted" : "partly accepted"}, then edited: ${outcome.editDistance} characters changed${rewritten ? " (rewritten)" : ""}`
		}, ...rest]
	};
}
var rejectionRule = (how) => how === "replaced" ? "completion_replaced" : "completion_rejected";
function rejectionConfidence(how, rules) {
	const r = rules.rejected;
	return {
		escape: r.escape,
		"typed-over": r.typedOver,
		"cursor-moved": r.cursorMoved,
		replaced: r.replaced,
		blur: r.blur,
		"page-exit": r.pageExit
	}[how];
}
var squash$1 = (s) => s.replace(/\s+/g, "");
var round$1 = (n) => Math.round(Math.max(0, Math.min(1, n)) * 1e3) / 1e3;
// src/core/labeller/completion-types.ts
var COMPLETION_LABELS = [
	"accepted",
	"refined",
	"partial",
	"rejected",
	"unknown"
];
var COMPLETION_ACCEPTANCE = [
	"full",
	"partial",
	"none"
];
var COMPLETION_REJECTIONS = [
	"escape",
	"typed-over",
	"cursor-moved",
	"replaced",
	"blur",
	"page-exit"
];
var COMPLETION_RULE_NAMES = [
	"completion_kept",
	"completion_refined",
	"completion_partial",
	"completion_undone",
	"completion_no_outcome",
	"completion_rejected",
	"completion_replaced",
	"completion_unjudged"
];
// src/core/labeller/conversation.ts
/** Splits a mixed log into conversations, deduplicating repeated records (live + history) by event id. */
function groupConversations(events) {
	const byKey = /* @__PURE__ */ new Map();
	for (const event of events) {
		const key = conversationKey(event.site, event.conversationId);
		let bucket = byKey.get(key);
		if (!bucket) byKey.set(key, bucket = /* @__PURE__ */ new Map());
		bucket.delete(event.id);
		bucket.set(event.id, event);
	}
	return [...byKey.entries()].map(([key, bucket]) => buildConversation(key, inTimeOrder([...bucket.values()])));
}
/** Sorted by time, stably: each timestamp parsed once, not at every comparison (the export groups every conversation). */
function inTimeOrder(events) {
	const keyed = events.map((e) => ({
		at: time(e.ts),
		e
	}));
	keyed.sort((a, b) => a.at - b.at);
	return keyed.map((k) => k.e);
}
function buildConversation(key, events) {
	const first = events[0];
	const byKind = /* @__PURE__ */ new Map();
	for (const e of events) {
		const list = byKind.get(e.kind);
		if (list) list.push(e);
		else byKind.set(e.kind, [e]);
	}
	const of = (kind) => byKind.get(kind) ?? [];
	const prompts = new Map(of("prompt").map((e) => [e.messageId, e]));
	const responses = new Map(of("response").map((e) => [e.messageId, e]));
	const parents = inferParents(events, prompts, responses);
	const children = /* @__PURE__ */ new Map();
	for (const e of events) {
		if (e.kind !== "prompt" && e.kind !== "response") continue;
		const parent = parents.get(e.messageId);
		if (!parent) continue;
		const list = children.get(parent) ?? [];
		if (!list.includes(e.messageId)) list.push(e.messageId);
		children.set(parent, list);
	}
	return {
		key,
		site: first.site,
		conversationId: first.conversationId,
		events,
		prompts,
		responses,
		parents,
		children,
		of
	};
}
function inferParents(events, prompts, responses) {
	const parents = /* @__PURE__ */ new Map();
	for (const m of [...prompts.values(), ...responses.values()]) if (m.parentId) parents.set(m.messageId, m.parentId);
	const hinted = /* @__PURE__ */ new Map();
	const roots = /* @__PURE__ */ new Set();
	for (const e of events) if (e.kind === "regenerate" && e.newResponseId) {
		const prompt = e.promptMessageId ?? responses.get(e.oldResponseId)?.parentId;
		if (prompt) hinted.set(e.newResponseId, prompt);
	} else if (e.kind === "edit_prompt" && e.newMessageId) {
		const old = prompts.get(e.oldMessageId);
		const parent = old ? parents.get(old.messageId) : void 0;
		if (parent) hinted.set(e.newMessageId, parent);
		else if (old && !events.some((r) => r.kind === "response" && time(r.ts) < time(old.ts))) roots.add(e.newMessageId);
	} else if (e.kind === "followup") hinted.set(e.messageId, e.afterMessageId);
	let lastPrompt;
	let shownAnswer;
	for (const e of events) {
		if (e.kind === "branch_switch" && e.role === "assistant") shownAnswer = e.toMessageId;
		if (e.kind === "prompt") {
			if (!parents.has(e.messageId) && !roots.has(e.messageId)) {
				const parent = hinted.get(e.messageId) ?? shownAnswer;
				if (parent) parents.set(e.messageId, parent);
			}
			lastPrompt = e.messageId;
		}
		if (e.kind === "response") {
			if (!parents.has(e.messageId)) {
				const parent = hinted.get(e.messageId) ?? lastPrompt;
				if (parent) parents.set(e.messageId, parent);
			}
			shownAnswer = e.messageId;
		}
	}
	return parents;
}
/** Messages from the conversation root down to (and including) messageId, along parent links. */
function branchPath(conversation, messageId) {
	const path = [];
	const seen = /* @__PURE__ */ new Set();
	let current = messageId;
	while (current && !seen.has(current)) {
		seen.add(current);
		const message = conversation.prompts.get(current) ?? conversation.responses.get(current);
		if (!message) break;
		path.push(message);
		current = conversation.parents.get(current);
	}
	return path.reverse();
}
/** Prompts that were sent as replies to this answer, in time order. */
function childPrompts(conversation, answerId) {
	return (conversation.children.get(answerId) ?? []).flatMap((id) => conversation.prompts.get(id) ?? []);
}
/** All answers to one prompt (its variants), in time order. */
function answersTo(conversation, promptId) {
	if (!promptId) return [];
	return (conversation.children.get(promptId) ?? []).flatMap((id) => conversation.responses.get(id) ?? []);
}
function sampleInput(events, labels) {
	return {
		conversations: new Map(groupConversations(events).map((c) => [c.key, c])),
		labels: new Map(labels.map((l) => [labelKey(l.conversationKey, l.messageId), l]))
	};
}
var labelKey = (conversationKey, messageId) => `${conversationKey}\u0000${messageId}`;
/** Messages before the answer: root .. its prompt, along parent links. */
function contextOf(conversation, answer) {
	return branchPath(conversation, answer.messageId).slice(0, -1).map((m) => ({
		role: m.kind === "prompt" ? "user" : "assistant",
		content: m.text
	}));
}
function metaOf$1(conversation, answer, label, extra = {}) {
	return {
		site: conversation.site,
		...answer.model ? { model: answer.model } : {},
		conversationKey: conversation.key,
		messageIds: [answer.messageId],
		label: label.label,
		signals: signalsOf(label.evidence),
		confidence: label.confidence,
		evidence: label.evidence,
		rulesVersion: label.rulesVersion,
		...extra
	};
}
var signalsOf = (evidence) => [...new Set(evidence.map((e) => e.rule))];
/** The assistant text a label stands for: the refined target when there is one. */
var bestTextOf = (answer, label) => label.label === "refined" && label.target !== void 0 ? label.target : answer.text;
// src/core/samples/completion.ts
var TARGET_LABELS = [
	"accepted",
	"refined",
	"partial"
];
function buildCompletionSamples(events, labels, options = {}) {
	const minConfidence = options.minConfidence ?? .5;
	const asAnswerLabel = (l) => l === "partial" ? "accepted" : l;
	const chosen = options.labels;
	const wanted = new Set(chosen ? TARGET_LABELS.filter((l) => chosen.includes(asAnswerLabel(l))) : TARGET_LABELS);
	const byKey = new Map(labels.map((l) => [keyOf(l.conversationKey, l.suggestionId), l]));
	const episodes = buildCompletionEpisodes(events).episodes;
	const out = {
		fim: [],
		promptCompletion: [],
		preference: []
	};
	for (const episode of episodes) {
		const label = byKey.get(keyOf(episode.conversationKey, episode.shown.suggestionId));
		if (!label || !isTarget(label, minConfidence) || !wanted.has(label.label)) continue;
		const { shown } = episode;
		const middle = label.target;
		const id = `${episode.conversationKey}:${shown.suggestionId}`;
		out.fim.push({
			id: `fim:${id}`,
			prefix: shown.prefix,
			suffix: shown.suffix,
			middle,
			meta: metaOf(episode, label)
		});
		const withSuffix = metaOf(episode, label, { suffix: shown.suffix });
		out.promptCompletion.push({
			id: `fimpc:${id}`,
			prompt: shown.prefix,
			completion: middle,
			meta: withSuffix
		});
		if (label.label !== "accepted" && differs(middle, shown.text)) out.preference.push({
			id: `fimpref:${id}>${shown.suggestionId}`,
			prompt: shown.prefix,
			chosen: middle,
			rejected: shown.text,
			meta: metaOf(episode, label, {
				suffix: shown.suffix,
				pairKind: label.label === "refined" ? "refined_vs_suggestion" : "partial_vs_suggestion",
				rejectedSuggestionId: shown.suggestionId
			})
		});
	}
	const byShownId = new Map(episodes.map((e) => [keyOf(e.conversationKey, e.shown.suggestionId), e]));
	for (const passed of episodes) {
		const replacing = passed.replacedBy && byShownId.get(keyOf(passed.conversationKey, passed.replacedBy.suggestionId));
		const kept = replacing && byKey.get(keyOf(replacing.conversationKey, replacing.shown.suggestionId));
		const dropped = byKey.get(keyOf(passed.conversationKey, passed.shown.suggestionId));
		if (!replacing || !kept || dropped?.label !== "rejected" || !isTarget(kept, minConfidence) || !wanted.has(kept.label)) continue;
		if (passed.shown.prefix !== replacing.shown.prefix || passed.shown.suffix !== replacing.shown.suffix) continue;
		if (!differs(kept.target, passed.shown.text)) continue;
		out.preference.push({
			id: `fimpref:${replacing.conversationKey}:${replacing.shown.suggestionId}>${passed.shown.suggestionId}`,
			prompt: replacing.shown.prefix,
			chosen: kept.target,
			rejected: passed.shown.text,
			meta: {
				...metaOf(replacing, kept, {
					suffix: replacing.shown.suffix,
					pairKind: "accepted_vs_replaced",
					rejectedSuggestionId: passed.shown.suggestionId
				}),
				confidence: Math.min(kept.confidence, dropped.confidence),
				evidence: [...kept.evidence, ...dropped.evidence]
			}
		});
	}
	return out;
}
var keyOf = (conversationKey, suggestionId) => `${conversationKey}\u0000${suggestionId}`;
/** A label that may be trained: kept, refined or partly kept, confident enough, with something in it. */
var isTarget = (label, minConfidence) => TARGET_LABELS.includes(label.label) && label.confidence >= minConfidence && label.target !== void 0 && label.target.trim() !== "";
var differs = (a, b) => a.replace(/\s+/g, "") !== b.replace(/\s+/g, "");
function metaOf(episode, label, extra = {}) {
	const { shown } = episode;
	return {
		site: shown.site,
		conversationKey: episode.conversationKey,
		suggestionId: shown.suggestionId,
		editor: shown.editor,
		...shown.language ? { language: shown.language } : {},
		...shown.file ? { file: shown.file } : {},
		...shown.source ? { source: shown.source } : {},
		shownAt: shown.ts,
		label: label.label,
		acceptance: label.acceptance,
		confidence: label.confidence,
		evidence: label.evidence,
		rulesVersion: label.rulesVersion,
		...label.editDistance !== void 0 ? { editDistance: label.editDistance } : {},
		...extra
	};
}
// src/core/export/completion-export.ts
var COMPLETION_LABELS_FILE = {
	file: "completion-labels.jsonl",
	description: "One label per inline code suggestion shown (accepted / refined / partial / rejected / unknown) with acceptance, evidence and CN"
};
var completionLabelRecordSchema = object({
	conversationKey: string({
		min: 1,
		description: "`<site>:<document id>`"
	}),
	suggestionId: string({ min: 1 }),
	eventId: string({
		min: 1,
		description: "The completion_shown event"
	}),
	site: string({
		min: 1,
		max: 40
	}),
	language: optional(string({ max: 64 })),
	shownAt: isoTimestamp("When the suggestion was shown"),
	label: oneOf(COMPLETION_LABELS),
	acceptance: oneOf(COMPLETION_ACCEPTANCE, { description: "How much of it went in: full, partial (a word or line at a time) or none" }),
	confidence: number({
		min: 0,
		max: 1
	}),
	evidence: array(object({
		rule: oneOf(COMPLETION_RULE_NAMES),
		eventIds: array(string()),
		detail: optional(string())
	})),
	target: optional(string({ description: "What the user kept (CN): the training target; absent when rejected or unknown" })),
	editDistance: optional(number({
		int: true,
		min: 0
	})),
	rejectedHow: optional(oneOf(COMPLETION_REJECTIONS)),
	rulesVersion: string({ min: 1 })
}, { description: "One label per inline code suggestion shown, with the evidence (event ids, rule) that produced it" });
/** `accepted` in the export's label filter covers partly accepted suggestions too (they are accepted, in part). */
var ANSWER_LABEL_OF = {
	accepted: "accepted",
	partial: "accepted",
	refined: "refined",
	rejected: "rejected",
	unknown: "unknown"
};
var CompletionExport = class {
	writer;
	options;
	tally = new CompletionAcceptanceTally();
	orphans = 0;
	constructor(writer, options) {
		this.writer = writer;
		this.options = options;
	}
	declare() {
		return this.writer.declare(COMPLETION_LABELS_FILE.file, COMPLETION_LABELS_FILE.description);
	}
	/** One conversation's (already redacted, review-filtered) events. */
	async add(events) {
		if (!events.some((e) => e.kind.startsWith("completion_"))) return;
		const { options } = this;
		const labels = labelCompletions(events, options.rules).filter((l) => options.inRange(l.shownAt)).map((l) => l.rulesVersion === options.rulesVersion ? l : {
			...l,
			rulesVersion: options.rulesVersion
		});
		this.orphans += buildCompletionEpisodes(events).orphans;
		for (const label of labels) {
			this.tally.add(label);
			if (options.labels && !options.labels.includes(ANSWER_LABEL_OF[label.label])) continue;
			if (options.minConfidence !== void 0 && label.confidence < options.minConfidence) continue;
			await this.writer.write(COMPLETION_LABELS_FILE.file, label);
		}
		if (!options.samples) return;
		const sets = buildCompletionSamples(events, labels, {
			...options.minConfidence !== void 0 ? { minConfidence: options.minConfidence } : {},
			...options.labels ? { labels: options.labels } : {}
		});
		for (const s of sets.fim) await this.writer.write("completion-fim.jsonl", s);
		for (const s of sets.promptCompletion) await this.writer.write("completion-prompt-completion.jsonl", s);
		for (const s of sets.preference) await this.writer.write("completion-preference.jsonl", s);
	}
	get shown() {
		return this.tally.stats().overall.shown;
	}
	/** Manifest counts: suggestions shown, label records, and events whose suggestion was never shown (not labelled). */
	counts() {
		return {
			completions: this.shown,
			"completion-labels": this.writer.records(COMPLETION_LABELS_FILE.file),
			...this.orphans > 0 ? { completionOrphanEvents: this.orphans } : {}
		};
	}
	/** The manifest's `stats.completionAcceptance`, present once a suggestion was shown. */
	stats() {
		return this.shown ? { completionAcceptance: this.tally.stats() } : {};
	}
	/** The dataset card's section, with the definition; nothing for an export without completions. */
	cardSection() {
		return this.shown ? completionCardSection(this.tally.stats()) : [];
	}
};
/** The dataset card's section on inline completion acceptance, with its definition (a bundle's card, a merged one's). */
function completionCardSection(stats) {
	if (!stats.overall.shown) return [];
	const pct = (r) => r === null ? "–" : `${(r * 100).toFixed(1)}%`;
	const lines = [
		"## Inline completion acceptance rate",
		"",
		`${describeCompletionAcceptance(stats, 10)}.`,
		""
	];
	lines.push("Accepted / shown suggestions, as the Echo paper measures it; partly accepted suggestions apart.");
	lines.push(`Definition: ${stats.definition}.`, "");
	const head = [
		"site or language",
		"shown",
		"accepted",
		"partly",
		"dismissed",
		"kept",
		"refined",
		"undone"
	];
	head.push("accepted / shown", "partly / shown");
	lines.push(`| ${head.join(" | ")} |`);
	lines.push("|---|---|---|---|---|---|---|---|---|---|");
	const row = (name, c) => {
		return `| ${[
			name,
			c.shown,
			c.accepted,
			c.partial,
			c.dismissed,
			c.kept,
			c.refined,
			c.undone,
			pct(c.rate),
			pct(c.partialRate)
		].join(" | ")} |`;
	};
	for (const [site, c] of Object.entries(stats.bySite)) lines.push(row(`site ${site}`, c));
	for (const [language, c] of Object.entries(stats.byLanguage)) lines.push(row(`language ${language}`, c));
	lines.push("", "Per day, site and language: `manifest.json` → `stats.completionAcceptance.byDay`.");
	return lines;
}
var completionSampleMetaSchema = object({
	site: string({
		min: 1,
		max: 40
	}),
	conversationKey: string({
		min: 1,
		description: "`<site>:<document id>`"
	}),
	suggestionId: string({
		min: 1,
		description: "The suggestion whose outcome is the target (for a pair: the chosen one)"
	}),
	editor: optional(oneOf(["monaco", "codemirror"])),
	language: optional(string({ max: 64 })),
	file: optional(string({ max: 1024 })),
	source: optional(string({
		max: 128,
		description: "The completion provider, when the page named it"
	})),
	shownAt: string({
		min: 1,
		description: "When the suggestion was shown (ISO 8601 UTC)"
	}),
	label: oneOf(COMPLETION_LABELS),
	acceptance: oneOf(COMPLETION_ACCEPTANCE),
	confidence: number({
		min: 0,
		max: 1
	}),
	evidence: array(object({
		rule: oneOf(COMPLETION_RULE_NAMES),
		eventIds: array(string()),
		detail: optional(string())
	})),
	rulesVersion: string({ min: 1 }),
	editDistance: optional(number({
		int: true,
		min: 0,
		description: "Levenshtein distance from the accepted text to CN"
	})),
	suffix: optional(string({ description: "C0 after the cursor (prompt-completion and preference files), for FIM prompts" })),
	pairKind: optional(oneOf([
		"refined_vs_suggestion",
		"partial_vs_suggestion",
		"accepted_vs_replaced"
	])),
	rejectedSuggestionId: optional(string({ description: "Preference pairs: the suggestion on the rejected side" }))
});
var completionFimSampleSchema = object({
	id: string({ min: 1 }),
	prefix: string({ description: "C0 before the cursor" }),
	suffix: string({ description: "C0 after the cursor" }),
	middle: string({
		min: 1,
		description: "CN: what the user kept (accepted, edited to its final state); never a rejected suggestion"
	}),
	meta: completionSampleMetaSchema
}, { description: "Fill-in-the-middle sample: the code around the cursor when the suggestion was shown (C0), the code the user kept (CN)" });
var completionPromptCompletionSampleSchema = object({
	id: string({ min: 1 }),
	prompt: string({ description: "C0 before the cursor" }),
	completion: string({
		min: 1,
		description: "CN: what the user kept"
	}),
	meta: completionSampleMetaSchema
}, { description: "TRL standard prompt-completion: the code before the cursor as prompt, CN as completion (meta.suffix: the code after)" });
var completionPreferenceSampleSchema = object({
	id: string({ min: 1 }),
	prompt: string({ description: "C0 before the cursor" }),
	chosen: string({
		min: 1,
		description: "CN: what the user kept"
	}),
	rejected: string({
		min: 1,
		description: "The suggestion as shown (C1), or a suggestion replaced at the same place"
	}),
	meta: completionSampleMetaSchema
}, { description: "TRL standard preference (explicit prompt): CN preferred over the suggestion the user changed, cut short or passed over" });
// src/core/export/file-schemas.ts
/**
* Bundle layouts this code reads; it writes the last. 2 added schemas/, openai-preference and LLaMA-Factory files;
* 3 writes files over 4 MiB in parts (./file-parts.ts).
*/
var KNOWN_BUNDLE_SCHEMA_VERSIONS = [
	1,
	2,
	3
];
var bundleSchemaVersion = {
	parse(value, path = "") {
		if (typeof value !== "number" || !Number.isInteger(value)) throw new SchemaError(path, "expected integer");
		if (!KNOWN_BUNDLE_SCHEMA_VERSIONS.includes(value)) throw new SchemaError(path, `unknown schemaVersion ${value}: this reader knows ${KNOWN_BUNDLE_SCHEMA_VERSIONS.join(", ")} (a newer echo-dataset may read it)`);
		return value;
	},
	json: () => ({
		type: "integer",
		enum: [...KNOWN_BUNDLE_SCHEMA_VERSIONS],
		description: "Bundle layout version"
	})
};
/** Written as a string; bundles from before schemaVersion 2 wrote the redaction rules version as an integer. */
var redactionRulesVersion = {
	parse(value, path = "") {
		if (typeof value === "string" ? value.length >= 1 && value.length <= 64 : Number.isInteger(value) && value >= 0) return value;
		throw new SchemaError(path, "expected a version string (or, in older bundles, an integer)");
	},
	json: () => ({
		anyOf: [{
			type: "string",
			minLength: 1,
			maxLength: 64
		}, {
			type: "integer",
			minimum: 0
		}],
		description: "Redaction rules version (a string; older bundles wrote an integer)"
	})
};
var labelRecordSchema = object({
	conversationKey: string({ min: 1 }),
	messageId: string({ min: 1 }),
	eventId: string({
		min: 1,
		description: "The response event labelled"
	}),
	site: string({
		min: 1,
		max: 40
	}),
	model: optional(string({ max: 128 })),
	answeredAt: isoTimestamp("When the answer was recorded"),
	label: oneOf(ANSWER_LABELS),
	confidence: number({
		min: 0,
		max: 1
	}),
	evidence: array(object({
		rule: oneOf(RULE_NAMES),
		eventIds: array(string()),
		detail: optional(string())
	})),
	target: optional(string({ description: "refined: the better answer the user showed" })),
	targetMessageId: optional(string()),
	vetoed: optional(boolean()),
	rulesVersion: string({ min: 1 }),
	userLabel: optional(oneOf(ANSWER_LABELS))
}, { description: "One label per answer, with the evidence (event ids, rule) that produced it; `userLabel` is the label the user set in review, kept beside the machine label (samples and statistics use it)" });
var conversationRecordSchema = object({
	key: string({ min: 1 }),
	site: string({
		min: 1,
		max: 40
	}),
	conversationId: string({ min: 1 }),
	title: string(),
	firstTs: isoTimestamp(),
	lastTs: isoTimestamp(),
	models: array(string()),
	messages: array(object({
		messageId: string({ min: 1 }),
		role: oneOf(["user", "assistant"]),
		parentId: nullable(string()),
		text: string(),
		model: optional(string()),
		variantIndex: optional(number({
			int: true,
			min: 1
		})),
		createdAt: isoTimestamp(),
		origin: oneOf(["live", "history"]),
		signals: array(string(), { max: 1e6 })
	}), { max: 1e6 })
}, { description: "One conversation: its message tree with every variant, and the signals on each message" });
var acceptanceCountsShape = {
	answers: number({
		int: true,
		min: 0,
		description: "Answers in the export"
	}),
	labelled: number({
		int: true,
		min: 0,
		description: "Answers labelled accepted, rejected or refined"
	}),
	accepted: number({
		int: true,
		min: 0
	}),
	rejected: number({
		int: true,
		min: 0
	}),
	refined: number({
		int: true,
		min: 0
	}),
	rate: nullable(number({
		min: 0,
		max: 1,
		description: "accepted / labelled; null when nothing is labelled"
	})),
	shownRate: optional(nullable(number({
		min: 0,
		max: 1,
		description: "accepted / shown (every answer counted): the Echo paper's acceptance rate; null when no answers"
	})))
};
var acceptanceCountsSchema = object(acceptanceCountsShape);
var acceptanceStatsSchema = object({
	definition: string(),
	overall: acceptanceCountsSchema,
	byModel: record(acceptanceCountsSchema),
	byDay: array(object({
		day: string({ pattern: /^\d{4}-\d{2}-\d{2}$/ }),
		model: string(),
		...acceptanceCountsShape
	}), { max: 1e7 })
});
var manifestSchema = object({
	format: literal("echo-capture-bundle"),
	schemaVersion: bundleSchemaVersion,
	createdAt: isoTimestamp(),
	generator: object({
		name: string({ min: 1 }),
		version: string({ min: 1 })
	}),
	extensionVersion: optional(string({ min: 1 })),
	eventSchemaVersion: optional(number({
		int: true,
		min: 1
	})),
	labelRulesVersion: optional(string({ min: 1 })),
	studyId: optional(string({
		min: 1,
		max: 128
	})),
	participantId: optional(string({
		min: 1,
		max: 128
	})),
	redaction: optional(object({
		rulesVersion: redactionRulesVersion,
		level: string({
			min: 1,
			max: 40,
			description: "A redaction level, or \"off\" when no rule ran (the person turned redaction off)"
		}),
		rules: array(string({ max: 128 }), { max: 1e3 }),
		chosenBy: optional(oneOf(REDACTION_CHOOSERS, { description: "default: nobody changed it; person: Options or the popup switch; study: the study file" }))
	}, { description: "Which redaction the export ran (docs/redaction.md)" })),
	filters: optional(unknownJson()),
	relabelledFrom: optional(unknownJson()),
	review: optional(object({
		excludedConversations: number({
			int: true,
			min: 0
		}),
		excludedAnswers: number({
			int: true,
			min: 0
		}),
		userLabels: number({
			int: true,
			min: 0
		}),
		userRedactions: number({
			int: true,
			min: 0
		}),
		keptValues: optional(number({
			int: true,
			min: 0,
			description: "Values the rules found that the person kept in review"
		}))
	}, { description: "Review decisions applied to this export: counts only, never the redacted values" })),
	counts: record(number({
		int: true,
		min: 0
	})),
	stats: optional(object({
		acceptance: acceptanceStatsSchema,
		completionAcceptance: optional(completionAcceptanceStatsSchema)
	})),
	files: array(object({
		name: string({ min: 1 }),
		description: string(),
		records: number({
			int: true,
			min: 0
		}),
		bytes: number({
			int: true,
			min: 0
		}),
		sha256: string({ pattern: /^[0-9a-f]{64}$/ })
	}))
}, { description: "Bundle manifest: what is in the zip, with counts and checksums" });
/** Schema of each JSONL file a bundle may hold, by file name. */
var JSONL_FILE_SCHEMAS = {
	"events.jsonl": captureEventSchema,
	"conversations.jsonl": conversationRecordSchema,
	"labels.jsonl": labelRecordSchema,
	"sft.jsonl": sftSampleSchema,
	"sft-prompt-completion.jsonl": sftPromptCompletionSampleSchema,
	"preference.jsonl": preferenceSampleSchema,
	"kto.jsonl": unpairedSampleSchema,
	"openai-chat.jsonl": openAiChatSampleSchema,
	"sharegpt.jsonl": shareGptSampleSchema,
	"openai-preference.jsonl": openAiPreferenceSchema,
	"llamafactory-preference.jsonl": llamaFactoryPreferenceSchema,
	"llamafactory-kto.jsonl": llamaFactoryKtoSchema,
	"completion-labels.jsonl": completionLabelRecordSchema,
	"completion-fim.jsonl": completionFimSampleSchema,
	"completion-prompt-completion.jsonl": completionPromptCompletionSampleSchema,
	"completion-preference.jsonl": completionPreferenceSampleSchema
};
/** Schema of each (whole-document) JSON file a bundle may hold besides manifest.json. */
var JSON_FILE_SCHEMAS = { "dataset_info.json": llamaFactoryDatasetInfoSchema };
/** Where a bundle keeps the JSON Schema of its file `name`. */
var schemaPathOf = (name) => `schemas/${name.replace(/\.(jsonl|json)$/, "")}.schema.json`;
/** JSON Schema documents for every bundle file, keyed by the schema file name written to schemas/. */
function bundleJsonSchemas() {
	const docs = {};
	const all = {
		...JSONL_FILE_SCHEMAS,
		...JSON_FILE_SCHEMAS,
		"manifest.json": manifestSchema
	};
	for (const [file, schema] of Object.entries(all)) {
		const stem = file.replace(/\.(jsonl|json)$/, "");
		docs[`${stem}.schema.json`] = {
			$schema: "https://json-schema.org/draft/2020-12/schema",
			title: file.endsWith(".jsonl") ? `echo-capture ${file}: one line` : `echo-capture ${file}`,
			...schema.json()
		};
	}
	return docs;
}
// src/cli/validate.ts
/** Reads and checks the manifest only. */
async function readManifest(bundle) {
	if (!bundle.has("manifest.json")) throw new BundleError(bundle.path, "missing (not an echo-capture bundle?)", "manifest.json");
	const value = await bundle.json("manifest.json");
	if (value?.format === "echo-capture-merged-dataset") throw new BundleError(bundle.path, "this is a merged dataset, not a bundle: merge the bundles it came from instead", "manifest.json");
	try {
		return manifestSchema.parse(value);
	} catch (e) {
		if (e instanceof SchemaError) throw new BundleError(bundle.path, e.message, "manifest.json");
		throw e;
	}
}
/**
* Full check; throws BundleError at the first problem. `onRecord` sees every parsed JSONL record with its line's
* text and its whole file's name (the parts of a file in order), events.jsonl first (a merge decides which
* conversations a bundle contributes from its events).
*/
async function validateBundle(path, onRecord) {
	const bundle = await openBundle(path);
	try {
		const manifest = await readManifest(bundle);
		const listed = new Set(manifest.files.map((f) => f.name));
		for (const name of bundle.names()) if (name !== "manifest.json" && !listed.has(name)) throw new BundleError(path, "in the bundle but not listed in manifest.json", name);
		checkParts(path, manifest);
		const isEvents = (name) => Number(wholeFileOf(name) === "events.jsonl");
		const files = [...manifest.files].sort((a, b) => isEvents(b.name) - isEvents(a.name));
		for (const file of files) {
			if (!bundle.has(file.name)) throw new BundleError(path, "listed in manifest.json but missing from the bundle", file.name);
			const whole = wholeFileOf(file.name);
			const hash = createHash("sha256");
			let bytes = 0;
			let lines = 0;
			const schema = JSONL_FILE_SCHEMAS[whole];
			const jsonl = file.name.endsWith(".jsonl");
			const doc = [];
			for await (const { line, no } of bundle.lines(file.name, (c) => {
				hash.update(c);
				bytes += c.length;
			})) {
				lines = no;
				if (!jsonl) {
					if (JSON_FILE_SCHEMAS[file.name]) doc.push(line);
					continue;
				}
				let value;
				try {
					value = JSON.parse(line);
				} catch (e) {
					throw new BundleError(path, `not JSON (${e.message})`, file.name, no);
				}
				if (schema) check$1(path, file.name, no, () => schema.parse(value));
				await onRecord?.(whole, value, no, line);
			}
			if (bytes !== file.bytes) throw new BundleError(path, `has ${bytes} bytes, manifest.json says ${file.bytes}`, file.name);
			const sha = hash.digest("hex");
			if (sha !== file.sha256) throw new BundleError(path, `sha256 ${sha} does not match manifest.json (${file.sha256})`, file.name);
			if (lines !== file.records) throw new BundleError(path, `has ${lines} lines, manifest.json says ${file.records} records`, file.name);
			const docSchema = JSON_FILE_SCHEMAS[file.name];
			if (docSchema) {
				let value;
				try {
					value = JSON.parse(doc.join("\n"));
				} catch (e) {
					throw new BundleError(path, `not JSON (${e.message})`, file.name);
				}
				check$1(path, file.name, void 0, () => docSchema.parse(value));
			}
		}
		checkCounts(path, manifest);
		return {
			bundle: path,
			manifest,
			files: manifest.files.map((f) => ({
				name: f.name,
				records: f.records,
				bytes: f.bytes
			}))
		};
	} finally {
		await bundle.close();
	}
}
function check$1(path, file, line, parse) {
	try {
		parse();
	} catch (e) {
		if (e instanceof SchemaError) throw new BundleError(path, `schema: ${e.message}`, file, line);
		throw e;
	}
}
/** Every part of a file listed, in order, each once, and no file listed both whole and in parts. */
function checkParts(path, manifest) {
	const parts = /* @__PURE__ */ new Map();
	const names = new Set(manifest.files.map((f) => f.name));
	for (const f of manifest.files) {
		const part = partOf(f.name);
		if (!part) continue;
		if (names.has(part.file)) throw new BundleError(path, `listed both whole and in parts (${f.name})`, part.file);
		const seen = parts.get(part.file) ?? [];
		if (seen.length !== part.index || partOf(manifest.files.find((g) => partOf(g.name)?.file === part.file).name).count !== part.count) throw new BundleError(path, `parts listed out of order or with different counts in manifest.json`, f.name);
		parts.set(part.file, [...seen, part.index]);
	}
	for (const f of manifest.files) {
		const part = partOf(f.name);
		if (part && parts.get(part.file).length !== part.count) throw new BundleError(path, `${part.count} parts named, ${parts.get(part.file).length} listed in manifest.json`, part.file);
	}
}
function checkCounts(path, manifest) {
	const records = /* @__PURE__ */ new Map();
	for (const file of manifest.files) {
		const whole = wholeFileOf(file.name);
		if (!whole.endsWith(".jsonl") || whole.includes("/")) continue;
		records.set(whole, (records.get(whole) ?? 0) + file.records);
	}
	for (const [file, total] of records) {
		const count = file.replace(/\.jsonl$/, "");
		const n = manifest.counts[count];
		if (n !== void 0 && n !== total) throw new BundleError(path, `counts.${count} is ${n} but ${file} has ${total} records`, "manifest.json");
	}
}
// src/cli/bundle-plan.ts
/** A merge that mixes what the researcher did not say belongs together. */
var PolicyError = class extends Error {};
async function planBundles(paths, policy, mode) {
	const bundles = [];
	for (const path of paths) {
		const reader = await openBundle(path);
		try {
			const manifest = await readManifest(reader);
			const relabelledFrom = manifest.relabelledFrom;
			bundles.push({
				path,
				manifest,
				participantId: manifest.participantId ?? basename(path).replace(/\.zip$/i, ""),
				participantFrom: manifest.participantId ? "manifest" : "file name",
				studyId: manifest.studyId ?? null,
				exportedAt: typeof relabelledFrom?.createdAt === "string" ? relabelledFrom.createdAt : manifest.createdAt
			});
		} finally {
			await reader.close();
		}
	}
	bundles.sort((a, b) => b.exportedAt.localeCompare(a.exportedAt) || b.manifest.createdAt.localeCompare(a.manifest.createdAt) || a.path.localeCompare(b.path));
	const warnings = [];
	const studies = [...new Set(bundles.map((b) => b.studyId))];
	if (studies.length > 1) {
		const list = studies.map((s) => `${s ?? "(no study)"}: ${bundles.filter((b) => b.studyId === s).length} bundles`).join(", ");
		const message = `bundles of ${studies.length} studies (${list})`;
		if (mode === "refuse" && !policy.allowMixedStudies) throw new PolicyError(`${message}; merge each study on its own, or pass --allow-mixed-studies to keep them side by side (partitioned by study)`);
		warnings.push(message);
	}
	const duplicates = /* @__PURE__ */ new Map();
	for (const b of bundles) duplicates.set(b.participantId, [...duplicates.get(b.participantId) ?? [], b]);
	for (const [id, list] of duplicates) if (list.length < 2) duplicates.delete(id);
	if (duplicates.size) {
		const first = [...duplicates][0];
		const message = `${duplicates.size} participant${duplicates.size > 1 ? "s have" : " has"} more than one bundle (e.g. ${first[0]}: ${first[1].map((b) => basename(b.path)).join(", ")})`;
		if (mode === "refuse" && !policy.allowDuplicateParticipants) throw new PolicyError(`${message}; if these are exports of the same person, pass --allow-duplicate-participants (each conversation then comes from the newest export that has it); if two people share an id, give them distinct ids first`);
		warnings.push(`${message}: each conversation comes from the newest export that has it`);
	}
	const named = bundles.filter((b) => b.participantFrom === "file name");
	if (named.length) warnings.push(`${named.length} bundle${named.length > 1 ? "s have" : " has"} no participantId (exported outside a study): the file name stands for it (e.g. ${basename(named[0].path)})`);
	return {
		bundles,
		studies,
		duplicates,
		warnings
	};
}
// src/core/export/acceptance.ts
var ACCEPTANCE_DEFINITION = "rate = accepted / labelled answers, labelled = accepted + rejected + refined (unknown excluded); shownRate = accepted / shown answers, every captured answer counted (the Echo paper's acceptance rate, accepted / shown)";
var empty = () => ({
	answers: 0,
	labelled: 0,
	accepted: 0,
	rejected: 0,
	refined: 0,
	rate: null,
	shownRate: null
});
function rates(c) {
	c.rate = c.labelled ? c.accepted / c.labelled : null;
	c.shownRate = c.answers ? c.accepted / c.answers : null;
}
function add(c, label) {
	c.answers++;
	if (label !== "unknown") {
		c.labelled++;
		c[label]++;
	}
	rates(c);
}
var AcceptanceTally = class AcceptanceTally {
	overall = empty();
	byModel = /* @__PURE__ */ new Map();
	byDay = /* @__PURE__ */ new Map();
	add(model, answeredAt, label) {
		const m = model || "unknown";
		const day = answeredAt.slice(0, 10);
		add(this.overall, label);
		let byModel = this.byModel.get(m);
		if (!byModel) this.byModel.set(m, byModel = empty());
		add(byModel, label);
		const key = `${day}\u0000${m}`;
		let byDay = this.byDay.get(key);
		if (!byDay) this.byDay.set(key, byDay = {
			day,
			model: m,
			...empty()
		});
		add(byDay, label);
	}
	/** Sums per-day rows (e.g. from several bundles' manifests) into overall, per-model and per-day figures. */
	static fromDays(days) {
		const tally = new AcceptanceTally();
		const sum = (into, d) => {
			for (const f of [
				"answers",
				"labelled",
				"accepted",
				"rejected",
				"refined"
			]) into[f] += d[f];
			rates(into);
		};
		for (const d of days) {
			sum(tally.overall, d);
			let byModel = tally.byModel.get(d.model);
			if (!byModel) tally.byModel.set(d.model, byModel = empty());
			sum(byModel, d);
			const key = `${d.day}\u0000${d.model}`;
			let byDay = tally.byDay.get(key);
			if (!byDay) tally.byDay.set(key, byDay = {
				day: d.day,
				model: d.model,
				...empty()
			});
			sum(byDay, d);
		}
		return tally.stats();
	}
	stats() {
		return {
			definition: ACCEPTANCE_DEFINITION,
			overall: { ...this.overall },
			byModel: Object.fromEntries([...this.byModel].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, { ...v }])),
			byDay: [...this.byDay.values()].sort((a, b) => a.day.localeCompare(b.day) || a.model.localeCompare(b.model)).map((d) => ({ ...d }))
		};
	}
};
var pct = (r) => `${Math.round(r * 100)}%`;
/**
* "Accepted 62% of 40 labelled answers (gpt-4o 70%, claude 50%) · 31% of 80 shown (accepted / shown)": the popup's
* line, the dataset card's and the CLI's summary. Both denominators, each named.
*/
function describeAcceptance(stats, maxModels = 3) {
	const { overall } = stats;
	const shown = overall.answers ? ` · ${pct(overall.accepted / overall.answers)} of ${overall.answers} shown (accepted / shown)` : "";
	if (!overall.labelled || overall.rate === null) return `No labelled answers yet (${overall.answers} answers)${shown}`;
	const models = Object.entries(stats.byModel).filter(([, c]) => c.rate !== null).sort(([, a], [, b]) => b.labelled - a.labelled).slice(0, maxModels).map(([m, c]) => `${m} ${pct(c.rate)}`);
	const noun = overall.labelled === 1 ? "labelled answer" : "labelled answers";
	return `Accepted ${pct(overall.rate)} of ${overall.labelled} ${noun}${models.length ? ` (${models.join(", ")})` : ""}${shown}`;
}
// src/core/samples/preference.ts
function buildPreferenceSamples(input, options = {}) {
	const minConfidence = options.minConfidence ?? .5;
	const out = /* @__PURE__ */ new Map();
	const add = (s) => {
		if (squash(s.chosen[0].content) !== squash(s.rejected[0].content)) out.set(s.id, s);
	};
	for (const conversation of input.conversations.values()) {
		const labelled = [...conversation.responses.values()].flatMap((answer) => {
			const label = input.labels.get(labelKey(conversation.key, answer.messageId));
			return label && label.confidence >= minConfidence ? [{
				answer,
				label
			}] : [];
		});
		for (const r of labelled) if (r.label.label === "refined" && r.label.target !== void 0 && !r.label.vetoed) add(refinedPair(conversation, r));
		const byPrompt = /* @__PURE__ */ new Map();
		for (const l of labelled) {
			const promptId = conversation.parents.get(l.answer.messageId) ?? "";
			byPrompt.set(promptId, [...byPrompt.get(promptId) ?? [], l]);
		}
		for (const [promptId, group] of byPrompt) {
			if (!promptId) continue;
			const chosen = group.filter((l) => (l.label.label === "accepted" || l.label.label === "refined") && !l.label.vetoed);
			const rejected = group.filter((l) => l.label.label === "rejected");
			for (const c of chosen) for (const r of rejected) add(siblingPair(conversation, c, r));
		}
	}
	return [...out.values()];
}
var squash = (text) => text.replace(/\s+/g, "");
function refinedPair(conversation, r) {
	const chosenId = r.label.targetMessageId ?? r.answer.messageId;
	const source = r.label.targetMessageId ? "later_answer" : "paste_edit";
	return {
		id: `pref:${conversation.key}:${source === "paste_edit" ? `edit(${chosenId})` : chosenId}>${r.answer.messageId}`,
		prompt: contextOf(conversation, r.answer),
		chosen: [{
			role: "assistant",
			content: r.label.target
		}],
		rejected: [{
			role: "assistant",
			content: r.answer.text
		}],
		meta: metaOf$1(conversation, r.answer, r.label, {
			messageIds: [.../* @__PURE__ */ new Set([chosenId, r.answer.messageId])],
			pairKind: "refined_vs_original",
			chosenMessageId: chosenId,
			chosenSource: source,
			rejectedMessageId: r.answer.messageId
		})
	};
}
function siblingPair(conversation, c, r) {
	const evidence = [...c.label.evidence, ...r.label.evidence];
	const meta = {
		...metaOf$1(conversation, c.answer, c.label),
		messageIds: [c.answer.messageId, r.answer.messageId],
		confidence: Math.min(c.label.confidence, r.label.confidence),
		evidence,
		signals: signalsOf(evidence),
		pairKind: r.label.vetoed ? "kept_vs_passed_over" : "accepted_vs_rejected",
		chosenMessageId: c.answer.messageId,
		chosenSource: "answer",
		rejectedMessageId: r.answer.messageId
	};
	return {
		id: `pref:${conversation.key}:${c.answer.messageId}>${r.answer.messageId}`,
		prompt: contextOf(conversation, c.answer),
		chosen: [{
			role: "assistant",
			content: bestTextOf(c.answer, c.label)
		}],
		rejected: [{
			role: "assistant",
			content: r.answer.text
		}],
		meta
	};
}
// src/core/samples/sft.ts
function buildSftSamples(input, options = {}) {
	const minConfidence = options.minConfidence ?? .5;
	const wanted = new Set(options.labels ?? ["accepted", "refined"]);
	const samples = [];
	for (const conversation of input.conversations.values()) for (const answer of conversation.responses.values()) {
		const label = input.labels.get(labelKey(conversation.key, answer.messageId));
		if (!label || label.vetoed || label.label === "rejected" || !wanted.has(label.label) || label.confidence < minConfidence) continue;
		const context = contextOf(conversation, answer);
		if (context.length === 0) continue;
		samples.push({
			id: `sft:${conversation.key}:${answer.messageId}`,
			messages: [...context.map(asContext), {
				role: "assistant",
				content: bestTextOf(answer, label),
				weight: 1,
				train: true
			}],
			meta: metaOf$1(conversation, answer, label)
		});
	}
	return samples;
}
/** An earlier turn: an assistant turn is context, never trained. */
var asContext = (m) => m.role === "assistant" ? {
	...m,
	weight: 0,
	train: false
} : { ...m };
/** Whether a turn of an SFT sample is trained: only the last assistant turn. */
var trained = (sample, i) => sample.messages[i].role === "assistant" && i === sample.messages.length - 1;
function toOpenAiChat(sample) {
	return { messages: sample.messages.map((m, i) => ({
		role: m.role,
		content: m.content,
		...m.role === "assistant" ? { weight: trained(sample, i) ? 1 : 0 } : {}
	})) };
}
function toShareGpt(sample) {
	const from = {
		system: "system",
		user: "human",
		assistant: "gpt"
	};
	return { conversations: sample.messages.map((m, i) => ({
		from: from[m.role],
		value: m.content,
		...m.role === "assistant" ? {
			train: trained(sample, i),
			weight: trained(sample, i) ? 1 : 0
		} : {}
	})) };
}
/** TRL's conversational prompt-completion form: the context as prompt, only the labelled answer as completion. */
function toPromptCompletion(sample) {
	const last = sample.messages[sample.messages.length - 1];
	return {
		id: sample.id.replace(/^sft:/, "sftpc:"),
		prompt: sample.messages.slice(0, -1).map((m) => ({
			role: m.role,
			content: m.content
		})),
		completion: [{
			role: "assistant",
			content: last.content
		}],
		meta: sample.meta
	};
}
// src/core/samples/unpaired.ts
function buildUnpairedSamples(input, options = {}) {
	const minConfidence = options.minConfidence ?? .5;
	const wanted = new Set(options.labels ?? [
		"accepted",
		"refined",
		"rejected"
	]);
	const samples = [];
	for (const conversation of input.conversations.values()) for (const answer of conversation.responses.values()) {
		const label = input.labels.get(labelKey(conversation.key, answer.messageId));
		if (!label || !wanted.has(label.label) || label.confidence < minConfidence) continue;
		const prompt = contextOf(conversation, answer);
		if (prompt.length === 0) continue;
		const meta = metaOf$1(conversation, answer, label);
		const sample = (content, good, suffix = "") => ({
			id: `kto:${conversation.key}:${answer.messageId}${suffix}`,
			prompt,
			completion: [{
				role: "assistant",
				content
			}],
			label: good,
			meta
		});
		if (label.label === "accepted" && !label.vetoed) samples.push(sample(answer.text, true));
		else if (label.label === "rejected") samples.push(sample(answer.text, false));
		else if (label.label === "refined" && label.target !== void 0 && !label.vetoed) samples.push(sample(label.target, true, ":target"), sample(answer.text, false));
	}
	return samples;
}
// src/core/samples/index.ts
function buildSourceSamples(events, labels, options = {}) {
	const input = sampleInput(events, labels);
	return {
		sft: buildSftSamples(input, options),
		preference: buildPreferenceSamples(input, {
			...options,
			labels: void 0
		}),
		kto: buildUnpairedSamples(input, options.labels ? options : { minConfidence: options.minConfidence })
	};
}
// src/cli/atomic-output.ts
async function writeAtomically(target, write) {
	const full = resolve(target);
	const scratch = mkdtempSync(join(dirname(full), `.${basename(full)}.tmp-`));
	try {
		const temp = join(scratch, "out");
		const result = await write(temp, scratch);
		if (existsSync(full)) {
			const old = join(scratch, "previous");
			renameSync(full, old);
		}
		renameSync(temp, full);
		return result;
	} finally {
		rmSync(scratch, {
			recursive: true,
			force: true
		});
	}
}
// src/cli/collect-garbage.ts
function collectGarbage() {
	const existing = globalThis.gc;
	if (existing) return existing();
	setFlagsFromString("--expose-gc");
	runInNewContext("gc")();
}
// src/cli/line-file.ts
var FLUSH = 1048576;
var LineFile = class {
	root;
	path;
	fd;
	pending = [];
	pendingChars = 0;
	hash;
	records = 0;
	bytes = 0;
	/** `path` relative to `root` is what the manifest lists. */
	constructor(root, path, options = {}) {
		this.root = root;
		this.path = path;
		const full = join(root, path);
		mkdirSync(dirname(full), { recursive: true });
		this.fd = openSync(full, "w");
		this.hash = options.hash === false ? null : createHash("sha256");
	}
	/** Appends one line (without its newline). */
	line(text) {
		this.pending.push(text, "\n");
		this.pendingChars += text.length + 1;
		this.records++;
		if (this.pendingChars >= FLUSH) this.flush();
	}
	/** Appends text as it is (a whole document); its lines are counted. */
	text(text) {
		this.pending.push(text);
		this.pendingChars += text.length;
		for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.records++;
		this.flush();
	}
	close() {
		this.flush();
		closeSync(this.fd);
		return {
			path: this.path,
			records: this.records,
			bytes: this.bytes,
			sha256: this.hash?.digest("hex") ?? ""
		};
	}
	flush() {
		if (!this.pending.length) return;
		const buf = Buffer.from(this.pending.join(""), "utf8");
		this.pending = [];
		this.pendingChars = 0;
		this.hash?.update(buf);
		this.bytes += buf.length;
		for (let at = 0; at < buf.length;) at += writeSync(this.fd, buf, at);
	}
};
// src/core/export/hf-features.ts
var ISO_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$";
function isTimestampSchema(schema) {
	return schema.type === "string" && schema.pattern === ISO_PATTERN;
}
/** The columns of one JSONL/Parquet file whose lines match `schema` (an object, or a union of objects). */
function featuresOf(schema, options = {}) {
	const f = featureOf(schema, options);
	if (!("struct" in f)) throw new Error("a file schema must describe objects");
	return f.struct;
}
function featureOf(schema, options = {}) {
	if (Array.isArray(schema.anyOf)) {
		const inner = schema.anyOf.filter((s) => s.type !== "null");
		return inner.length === 1 ? featureOf(inner[0], options) : unify(inner.map((s) => featureOf(s, options)));
	}
	if (Array.isArray(schema.oneOf)) return unify(schema.oneOf.map((s) => featureOf(s, options)));
	if ("const" in schema) return { dtype: scalar$1(typeof schema.const === "number" ? Number.isInteger(schema.const) ? "integer" : "number" : typeof schema.const) };
	if (isTimestampSchema(schema)) return { dtype: options.timestamp ?? "string" };
	switch (schema.type) {
		case "object": {
			const props = schema.properties ?? {};
			return { struct: Object.entries(props).map(([name, s]) => ({
				name,
				feature: featureOf(s, options)
			})) };
		}
		case "array": return { list: featureOf(schema.items ?? {}, options) };
		default: return { dtype: scalar$1(schema.type) };
	}
}
function scalar$1(type) {
	switch (type) {
		case "string": return "string";
		case "integer": return "int64";
		case "number": return "float64";
		case "boolean": return "bool";
		default: throw new Error(`no datasets dtype for JSON Schema type ${JSON.stringify(type)}`);
	}
}
/** Union members become one struct with every member's fields (absent ones null); int64 widens to float64. */
function unify(members) {
	return members.reduce((a, b) => merge(a, b));
}
function merge(a, b) {
	if ("dtype" in a && "dtype" in b) {
		if (a.dtype === b.dtype) return a;
		const numeric = /* @__PURE__ */ new Set([a.dtype, b.dtype]);
		if (numeric.size === 2 && numeric.has("int64") && numeric.has("float64")) return { dtype: "float64" };
	}
	if ("list" in a && "list" in b) return { list: merge(a.list, b.list) };
	if ("struct" in a && "struct" in b) {
		const out = a.struct.map((f) => ({ ...f }));
		for (const f of b.struct) {
			const at = out.findIndex((o) => o.name === f.name);
			if (at < 0) out.push(f);
			else out[at] = {
				name: f.name,
				feature: merge(out[at].feature, f.feature)
			};
		}
		return { struct: out };
	}
	throw new Error(`incompatible union members: ${JSON.stringify(a)} / ${JSON.stringify(b)}`);
}
/** YAML lines of a features list, as `datasets` writes `dataset_info.features`, indented by `indent` spaces. */
function featuresYaml(features, indent) {
	const pad = " ".repeat(indent);
	const lines = [];
	for (const { name, feature } of features) {
		lines.push(`${pad}- name: ${JSON.stringify(name)}`);
		lines.push(...featureBody(feature, indent + 2));
	}
	return lines;
}
function featureBody(feature, indent) {
	const pad = " ".repeat(indent);
	if ("dtype" in feature) return [`${pad}dtype: ${feature.dtype}`];
	if ("struct" in feature) return [`${pad}struct:`, ...featuresYaml(feature.struct, indent)];
	const item = feature.list;
	if ("dtype" in item) return [`${pad}list: ${item.dtype}`];
	if ("struct" in item) return [`${pad}list:`, ...featuresYaml(item.struct, indent)];
	return [`${pad}list:`, ...featureBody(item, indent + 2)];
}
// src/core/export/card-metadata.ts
var DEFAULT_TAGS = [
	"echo-capture",
	"user-feedback",
	"preference",
	"sft",
	"dpo",
	"kto"
];
/** Captured text belongs to the people who wrote it; the exporter does not know under which terms it may be shared. */
var UNSPECIFIED_LICENSE = {
	license: "other",
	licenseName: "echo-capture-unspecified",
	licenseLink: "README.md"
};
var SIZE_CATEGORIES = [
	[1e3, "n<1K"],
	[1e4, "1K<n<10K"],
	[1e5, "10K<n<100K"],
	[1e6, "100K<n<1M"],
	[1e7, "1M<n<10M"],
	[1e8, "10M<n<100M"],
	[1e9, "100M<n<1B"]
];
/** The Hub's size bucket for a number of records. */
function sizeCategory(n) {
	return SIZE_CATEGORIES.find(([limit]) => n < limit)?.[1] ?? "1B<n<10B";
}
var yamlString = (s) => JSON.stringify(s);
/** Lines of the front matter, `---` to `---`. Configs without records are left out (`datasets` refuses empty files). */
function cardFrontMatter(meta, files) {
	const configs = files.filter((f) => f.records > 0);
	const license = meta.license ?? UNSPECIFIED_LICENSE.license;
	const lines = [
		"---",
		`pretty_name: ${yamlString(meta.prettyName)}`,
		`license: ${license}`
	];
	if (license === "other") lines.push(`license_name: ${meta.licenseName ?? UNSPECIFIED_LICENSE.licenseName}`, `license_link: ${meta.licenseLink ?? UNSPECIFIED_LICENSE.licenseLink}`);
	lines.push("language:", ...(meta.language?.length ? meta.language : ["mul"]).map((l) => `- ${l}`));
	lines.push("task_categories:", "- text-generation");
	lines.push("size_categories:", `- ${sizeCategory(Math.max(0, ...configs.map((c) => c.records)))}`);
	lines.push("tags:", ...(meta.tags ?? DEFAULT_TAGS).map((t) => `- ${t}`));
	if (!configs.length) return [...lines, "---"];
	const defaultConfig = configs.some((c) => c.config === meta.defaultConfig) ? meta.defaultConfig : configs[0].config;
	lines.push("configs:");
	for (const f of configs) {
		lines.push(`- config_name: ${f.config}`);
		if (f.dataFiles.length === 1) lines.push(`  data_files: ${yamlString(f.dataFiles[0])}`);
		else lines.push("  data_files:", ...f.dataFiles.map((d) => `  - ${yamlString(d)}`));
		if (f.config === defaultConfig) lines.push("  default: true");
	}
	const typed = configs.filter((c) => c.features);
	if (typed.length) {
		lines.push("dataset_info:");
		for (const f of typed) lines.push(`- config_name: ${f.config}`, "  features:", ...featuresYaml(f.features, 2));
	}
	return [...lines, "---"];
}
// src/core/export/dataset-card.ts
function datasetCard(input) {
	const configs = input.files.filter((f) => f.records > 0);
	const lines = cardFrontMatter({
		prettyName: input.title,
		...input.metadata
	}, input.files);
	lines.push("", `# ${input.title}`, "", ...input.summary, "", "## Configs", "", "| config | files | records | what |", "|---|---|---|---|");
	for (const f of input.files) lines.push(`| ${f.config} | ${f.dataFiles.map((d) => `\`${d}\``).join(", ")} | ${f.records} | ${f.description} |`);
	if (configs.length < input.files.length) lines.push("", "Configs with no records are not declared in the front matter.");
	lines.push("", "## Facts", "");
	for (const [k, v] of input.facts) lines.push(`- **${k}:** ${v}`);
	if (input.acceptance) {
		const pct = (r) => r == null ? "–" : `${(r * 100).toFixed(1)}%`;
		lines.push("", "## Acceptance rate", "", `${describeAcceptance(input.acceptance, 10)}.`, "");
		lines.push("Two denominators: **accepted / labelled** counts only the answers the user gave a verdict on (accepted, rejected or", "refined); **accepted / shown** counts every answer shown (regenerated-away variants and answers nobody reacted to", "included), as the Echo paper measures its acceptance rate (accepted / shown suggestions). Refined answers are not", `accepted in either. Definition: ${input.acceptance.definition}.`, "");
		lines.push("| model | shown | labelled | accepted | rejected | refined | accepted / labelled | accepted / shown |", "|---|---|---|---|---|---|---|---|");
		for (const [model, c] of Object.entries(input.acceptance.byModel)) lines.push(`| ${model} | ${c.answers} | ${c.labelled} | ${c.accepted} | ${c.rejected} | ${c.refined} | ${pct(c.rate)} | ${pct(c.answers ? c.accepted / c.answers : null)} |`);
		lines.push("", "Per day and model (both rates): `manifest.json` → `stats.acceptance.byDay`.");
	}
	if (input.sections?.length) lines.push("", ...input.sections);
	lines.push("", "## Provenance", "", "Captured by Echo Capture, a browser extension that records prompts, answers and what the user did with them", "(copy, regenerate, variant switches, thumbs, edits, paste-backs, follow-ups), labelled by rules that are a pure", "function of the raw event log (the Echo method: learning from user-driven refinement). The file formats are", "described in the project's docs/export-format.md; every file's JSON Schema is in the `schemas/` folder beside this card.", "");
	if (!input.metadata?.license || input.metadata.license === "other") lines.push(...LICENSE_NOTE);
	return lines.join("\n");
}
var LICENSE_NOTE = [
	"## License",
	"",
	"Not set by the exporter (`license: other`): the prompts belong to the people who wrote them, the answers come",
	"under the terms of the sites that produced them, and participants agreed to what their study says. Whoever",
	"publishes this dataset sets its license in the front matter (`echo-dataset merge --license <id>`).",
	""
];
// src/core/export/sample-formats.ts
var SAMPLE_FORMATS = [
	"sft",
	"sft-prompt-completion",
	"preference",
	"kto",
	"openai-chat",
	"sharegpt",
	"openai-preference",
	"llamafactory",
	"completions"
];
/**
* The source samples in other trainers' layouts (OpenAI chat and preference, ShareGPT, LLaMA-Factory): line for line
* the SFT, preference and KTO samples again, about 40 % of a bundle's bytes and time. A personal export writes them
* when the person asks for them (remembered, src/store/settings.ts `exportRenderings`); a study names its own formats.
*/
var TRAINER_RENDERINGS = [
	"openai-chat",
	"sharegpt",
	"openai-preference",
	"llamafactory"
];
/**
* What a personal export writes: SFT (with its prompt-completion form, the dataset card's default config, which
* TRL trains completion-only), preference, KTO and code completions, and the trainer renderings when asked for.
*/
function personalExportFormats(withRenderings) {
	const renderings = TRAINER_RENDERINGS;
	return SAMPLE_FORMATS.filter((f) => withRenderings || !renderings.includes(f));
}
// src/core/export/options.ts
var studyId = string({
	min: 1,
	max: 128,
	pattern: /^[\w.@:+-]+$/
});
var exportOptionsSchema = object({
	from: optional(isoTimestamp("Conversations active at or after this time; samples of answers given at or after it")),
	to: optional(isoTimestamp("Conversations active before this time; samples of answers given before it")),
	sites: optional(array(string({
		min: 1,
		max: 40
	}), { max: 100 })),
	labels: optional(array(oneOf(ANSWER_LABELS), {
		min: 1,
		max: 4
	})),
	minConfidence: optional(number({
		min: 0,
		max: 1
	})),
	formats: optional(array(oneOf(SAMPLE_FORMATS), { max: SAMPLE_FORMATS.length })),
	studyId: optional(studyId),
	participantId: optional(studyId),
	/** A level, or `off` (the person turned redaction off); `chosenBy` goes into the manifest (redaction-policy.ts). */
	redaction: optional(object({
		level: oneOf(REDACTION_CHOICES),
		disabledRules: optional(array(string({ max: 128 }), { max: 1e3 })),
		chosenBy: optional(oneOf(REDACTION_CHOOSERS))
	})),
	/** Label rules override (see docs/labelling.md); validated by resolveRules. */
	rules: optional(unknownJson())
});
/** Every file a format writes, its main file first. */
var FORMAT_FILES = {
	sft: [{
		file: "sft.jsonl",
		description: "SFT samples (TRL conversational messages): context along the branch taken, ending with the accepted or refined answer; earlier assistant turns train: false, weight: 0"
	}],
	"sft-prompt-completion": [{
		file: "sft-prompt-completion.jsonl",
		description: "The SFT samples in TRL prompt-completion form: the context as prompt, only the labelled answer as completion"
	}],
	preference: [{
		file: "preference.jsonl",
		description: "Preference pairs (TRL DPO conversational: prompt, chosen, rejected)"
	}],
	kto: [{
		file: "kto.jsonl",
		description: "Unpaired binary samples (TRL KTO conversational: prompt, completion, label)"
	}],
	"openai-chat": [{
		file: "openai-chat.jsonl",
		description: "The SFT samples as OpenAI chat fine-tuning lines (earlier assistant turns weight 0)"
	}],
	sharegpt: [{
		file: "sharegpt.jsonl",
		description: "The SFT samples as ShareGPT conversations (earlier gpt turns train: false, weight: 0)"
	}],
	"openai-preference": [{
		file: "openai-preference.jsonl",
		description: "The preference pairs as OpenAI preference (DPO) fine-tuning lines: input, preferred_output, non_preferred_output"
	}],
	llamafactory: [
		{
			file: "llamafactory-preference.jsonl",
			description: "The preference pairs as LLaMA-Factory ShareGPT preference records (conversations, chosen, rejected)"
		},
		{
			file: "llamafactory-kto.jsonl",
			description: "The KTO samples as LLaMA-Factory ShareGPT KTO records (conversations, kto_tag)"
		},
		{
			file: "dataset_info.json",
			description: "LLaMA-Factory dataset registry for sharegpt.jsonl (SFT: train with mask_history: true) and the llamafactory-*.jsonl files"
		}
	],
	completions: [
		{
			file: "completion-fim.jsonl",
			description: "Inline completions, fill-in-the-middle: prefix / suffix (C0), middle = CN (kept code)"
		},
		{
			file: "completion-prompt-completion.jsonl",
			description: "Inline completions, TRL standard prompt-completion: prefix -> CN"
		},
		{
			file: "completion-preference.jsonl",
			description: "Inline completion pairs (TRL standard preference): CN over the suggestion"
		}
	]
};
/** The main file of each format. */
var SAMPLE_FILES = Object.fromEntries(SAMPLE_FORMATS.map((f) => [f, FORMAT_FILES[f][0]]));
/** The formats an export writes: the chosen ones (all by default) plus what they need (LLaMA-Factory's SFT entry reads sharegpt.jsonl). */
function resolveFormats(chosen) {
	const wanted = new Set(chosen ?? SAMPLE_FORMATS);
	if (wanted.has("llamafactory")) wanted.add("sharegpt");
	return SAMPLE_FORMATS.filter((f) => wanted.has(f));
}
function inRange(ts, options) {
	return (!options.from || ts >= options.from) && (!options.to || ts < options.to);
}
/** A conversation is exported when its activity span overlaps the range. */
function spanOverlaps(firstTs, lastTs, options) {
	return (!options.from || lastTs >= options.from) && (!options.to || firstTs < options.to);
}
// src/cli/duck-types.ts
function duckStructure(schema) {
	if (Array.isArray(schema.oneOf)) return mergeObjects(schema.oneOf);
	if (Array.isArray(schema.anyOf)) {
		const inner = schema.anyOf.filter((s) => s.type !== "null");
		return inner.length === 1 ? duckStructure(inner[0]) : "JSON";
	}
	if (isTimestampSchema(schema)) return "TIMESTAMPTZ";
	if ("const" in schema) return scalar(typeof schema.const === "number" ? Number.isInteger(schema.const) ? "integer" : "number" : typeof schema.const);
	switch (schema.type) {
		case "object": {
			const props = schema.properties;
			if (!props) return "JSON";
			return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, duckStructure(v)]));
		}
		case "array": return [duckStructure(schema.items ?? {})];
		default: return scalar(schema.type);
	}
}
function scalar(type) {
	switch (type) {
		case "string": return "VARCHAR";
		case "integer": return "BIGINT";
		case "number": return "DOUBLE";
		case "boolean": return "BOOLEAN";
		default: return "JSON";
	}
}
/** A tagged union of objects becomes one struct with every member's fields (absent ones are NULL). */
function mergeObjects(members) {
	const out = {};
	for (const member of members) {
		const s = duckStructure(member);
		if (typeof s !== "object" || Array.isArray(s)) return "JSON";
		for (const [k, v] of Object.entries(s)) if (!(k in out)) out[k] = v;
		else if (JSON.stringify(out[k]) !== JSON.stringify(v)) out[k] = "JSON";
	}
	return out;
}
/** DuckDB's type text for a structure: `STRUCT("a" VARCHAR, "b" BIGINT[])`. */
function duckTypeText(s) {
	if (typeof s === "string") return s;
	if (Array.isArray(s)) return `${duckTypeText(s[0])}[]`;
	return `STRUCT(${Object.entries(s).map(([k, v]) => `"${k.replace(/"/g, "\"\"")}" ${duckTypeText(v)}`).join(", ")})`;
}
// src/cli/memory-limit.ts
var UNITS = {
	b: 1,
	kb: 1e3,
	mb: 1e6,
	gb: 1e9,
	tb: 0xe8d4a51000,
	kib: 1024,
	mib: 2 ** 20,
	gib: 2 ** 30,
	tib: 2 ** 40
};
/** Bytes of a limit like `512MB`, `2GB`, `1.5GiB`; throws a one-line reason otherwise. */
function parseMemoryLimit(text) {
	const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]+)\s*$/.exec(text);
	const unit = m?.[2]?.toLowerCase();
	if (!m || !unit || !(unit in UNITS)) throw new Error(`--memory-limit ${JSON.stringify(text)}: expected a size like 512MB, 2GB or 1.5GiB`);
	const bytes = Number(m[1]) * UNITS[unit];
	if (bytes < 64e6) throw new Error(`--memory-limit ${text}: at least 64MB`);
	return bytes;
}
// src/cli/merge-parquet.ts
var quote = (s) => `'${s.replace(/'/g, "''")}'`;
/** Columns every merged table has besides the record's own (samples gain `site` from their meta). */
var KEY_COLUMNS = {
	participantId: "VARCHAR",
	study: "VARCHAR",
	conversationKey: "VARCHAR",
	site: "VARCHAR"
};
var ParquetWriter = class ParquetWriter {
	db;
	con;
	options;
	/** Largest record read_json accepts; its buffers are a few times this, per thread, so it follows the limit. */
	maxObject;
	constructor(db, con, options) {
		this.db = db;
		this.con = con;
		this.options = options;
		this.maxObject = Math.round(Math.min(256 * 2 ** 20, Math.max(16 * 2 ** 20, parseMemoryLimit(options.memoryLimit) / 16)));
	}
	static async open(options) {
		const db = await DuckDBInstance.create(":memory:");
		const con = await db.connect();
		await con.run(`SET memory_limit=${quote(options.memoryLimit)}`);
		await con.run(`SET temp_directory=${quote(join(options.scratch, "duckdb-spill"))}`);
		await con.run("SET preserve_insertion_order=false");
		await con.run("SET partitioned_write_flush_threshold=20000");
		await con.run("SET TimeZone='UTC'");
		return new ParquetWriter(db, con, options);
	}
	/** Writes one stem's staged records; returns how many rows were written (every staged row, or it throws). */
	async write(stem, stagedPath, staged, outDir) {
		const schema = bundleJsonSchemas()[schemaPathOf(`${stem}.jsonl`).slice(8)];
		const structure = {
			day: "DATE",
			...KEY_COLUMNS,
			...duckStructure(schema)
		};
		const columns = `{${Object.entries(structure).map(([k, v]) => `${quote(k)}: ${quote(duckTypeText(v))}`).join(", ")}}`;
		const target = join(outDir, "data", stem);
		mkdirSync(join(outDir, "data"), { recursive: true });
		const reader = await this.con.runAndReadAll(`COPY (SELECT * FROM read_json(${quote(stagedPath)}, format='newline_delimited', columns=${columns}, maximum_object_size=${this.maxObject})) TO ${quote(target)} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (study, site, day), WRITE_PARTITION_COLUMNS true, FILENAME_PATTERN 'part-{i}')`);
		const written = Number(reader.getRows()[0]?.[0] ?? 0);
		if (written !== staged) throw new Error(`internal: ${stem}: ${staged} records staged but ${written} written`);
		this.options.log(`${stem}: ${written} records -> data/${stem}/`);
		return written;
	}
	/** Every Parquet file under data/, with its rows, bytes and sha256. */
	async files(outDir) {
		const root = join(outDir, "data");
		if (!existsSync(root)) return [];
		const paths = readdirSync(root, {
			recursive: true,
			withFileTypes: true
		}).filter((d) => d.isFile() && d.name.endsWith(".parquet")).map((d) => join(d.parentPath, d.name)).sort();
		const rows = /* @__PURE__ */ new Map();
		if (paths.length) {
			const meta = await this.con.runAndReadAll(`SELECT file_name, num_rows FROM parquet_file_metadata([${paths.map(quote).join(", ")}])`);
			for (const [file, n] of meta.getRows()) rows.set(file, Number(n));
		}
		const out = [];
		for (const path of paths) {
			const hash = createHash("sha256");
			let bytes = 0;
			for await (const chunk of createReadStream(path, { highWaterMark: 1048576 })) {
				hash.update(chunk);
				bytes += chunk.length;
			}
			out.push({
				path: relative(outDir, path).split(sep).join("/"),
				records: rows.get(path) ?? 0,
				bytes,
				sha256: hash.digest("hex")
			});
		}
		return out;
	}
	close() {
		this.con.closeSync();
		this.db.closeSync();
	}
};
// src/cli/merged-manifest.ts
var count = () => number({
	int: true,
	min: 0
});
var perFile = () => record(count(), { maxKeys: 100 });
var mergedManifestSchema = object({
	format: literal("echo-capture-merged-dataset"),
	schemaVersion: literal(2),
	createdAt: isoTimestamp(),
	generator: object({
		name: string({ min: 1 }),
		version: string({ min: 1 })
	}),
	options: object({
		allowMixedStudies: boolean(),
		allowDuplicateParticipants: boolean(),
		newestExportOnly: boolean(),
		memoryLimit: string()
	}),
	studies: array(nullable(string({ max: 128 })), { max: 1e4 }),
	participants: array(object({
		participantId: string({
			min: 1,
			max: 256
		}),
		participantFrom: oneOf(["manifest", "file name"]),
		studyId: nullable(string({ max: 128 })),
		bundle: string({ min: 1 }),
		createdAt: isoTimestamp(),
		exportedAt: isoTimestamp("When its events were exported (for a relabelled bundle, the original export)"),
		extensionVersion: optional(string()),
		labelRulesVersion: optional(string()),
		redaction: nullable(string({ description: "Redaction level of the bundle, null when none" })),
		conversations: count(),
		replaced: count(),
		notInNewest: count(),
		kept: perFile(),
		dropped: perFile(),
		orphans: perFile()
	}), { max: 1e7 }),
	counts: perFile(),
	merge: object({
		conversationsReplaced: count(),
		recordsDropped: perFile(),
		recordsRefused: perFile(),
		conversationsNotInNewest: count(),
		conversationsKeptFromOlder: count(),
		sharedConversations: count(),
		bundlesWithoutFile: perFile()
	}, { description: "What the merge replaced (newer export of the same participant), dropped (records of replaced conversations), refused (records without their conversation) and kept from older exports" }),
	warnings: array(string(), { max: 1e3 }),
	stats: object({
		acceptance: acceptanceStatsSchema,
		completionAcceptance: optional(completionAcceptanceStatsSchema)
	}),
	files: array(object({
		path: string({ min: 1 }),
		records: count(),
		bytes: count(),
		sha256: string({ pattern: /^[0-9a-f]{64}$/ })
	}), { max: 1e7 })
}, { description: "Merged dataset manifest (echo-dataset merge)" });
/** The JSON Schema document (schemas/merged-manifest.schema.json, and in every merged dataset's schemas/). */
function mergedManifestJsonSchema() {
	return {
		$schema: "https://json-schema.org/draft/2020-12/schema",
		title: "echo-capture merged dataset manifest.json",
		...mergedManifestSchema.json()
	};
}
// src/cli/version.ts
var CLI_VERSION = "0.1.0";
// src/cli/merge-card.ts
var TABLES = [
	"events",
	"conversations",
	"labels",
	"sft",
	"sft-prompt-completion",
	"preference",
	"kto"
];
/** Inline completion tables: in the card only when a participant's bundle had any (chat-only datasets stay as they were). */
var COMPLETION_TABLES = [
	"completion-labels",
	"completion-fim",
	"completion-prompt-completion",
	"completion-preference"
];
var COMPLETION_SAMPLE_FILES = [
	"completion-fim.jsonl",
	"completion-prompt-completion.jsonl",
	"completion-preference.jsonl"
];
var TABLE_DESCRIPTIONS = {
	events: "Raw events of every participant, with participantId and conversationKey",
	conversations: "One conversation per row: its message tree with every variant",
	labels: "One label per answer, with evidence and confidence",
	"completion-labels": COMPLETION_LABELS_FILE.description
};
var description = (file) => SAMPLE_FORMATS.flatMap((f) => FORMAT_FILES[f]).find((f) => f.file === file)?.description ?? TABLE_DESCRIPTIONS[file.replace(/\.jsonl$/, "")] ?? "";
/** Parquet columns of a merged table: the keys, the record's own fields (timestamps typed), and the day partition. */
function tableFeatures(stem, schemas) {
	const own = featuresOf(schemas[`${stem}.schema.json`], { timestamp: "timestamp[us, tz=UTC]" });
	return [
		{
			name: "day",
			feature: { dtype: "date32" }
		},
		...Object.keys(KEY_COLUMNS).filter((k) => !own.some((f) => f.name === k)).map((name) => ({
			name,
			feature: { dtype: "string" }
		})),
		...own
	];
}
function writeMergedMetadata(input) {
	const { temp, plan, summary, counts, acceptance, completionAcceptance, options, log } = input;
	const files = [...input.files];
	const schemas = bundleJsonSchemas();
	for (const [name, doc] of [...Object.entries(schemas), ["merged-manifest.schema.json", mergedManifestJsonSchema()]]) {
		const f = new LineFile(temp, `schemas/${name}`);
		f.text(JSON.stringify(doc, null, 2) + "\n");
		files.push(f.close());
	}
	const sum = (pick) => {
		const out = {};
		for (const o of summary.outcomes) for (const [k, v] of Object.entries(pick(o))) out[k] = (out[k] ?? 0) + v;
		return out;
	};
	const bundlesWithoutFile = {};
	for (const file of [
		"sft.jsonl",
		"preference.jsonl",
		"kto.jsonl"
	]) {
		const n = plan.bundles.filter((b) => !b.manifest.files.some((f) => wholeFileOf(f.name) === file)).length;
		if (n) bundlesWithoutFile[file] = n;
	}
	for (const file of COMPLETION_SAMPLE_FILES) {
		const hasFile = (b) => b.manifest.files.some((f) => wholeFileOf(f.name) === file);
		const n = plan.bundles.filter((b) => (b.manifest.counts.completions ?? 0) > 0 && !hasFile(b)).length;
		if (n) bundlesWithoutFile[file] = n;
	}
	const merge = {
		conversationsReplaced: summary.outcomes.reduce((n, o) => n + o.replaced, 0),
		recordsDropped: sum((o) => o.dropped),
		recordsRefused: sum((o) => o.orphans),
		conversationsNotInNewest: summary.outcomes.reduce((n, o) => n + o.notInNewest, 0),
		conversationsKeptFromOlder: summary.keptFromOlder,
		sharedConversations: summary.sharedConversations,
		bundlesWithoutFile
	};
	const warnings = [...plan.warnings];
	if (merge.sharedConversations) warnings.push(`${plural(merge.sharedConversations, "conversation id appears", "conversation ids appear")} under more than one participant: kept for each (check these are different people)`);
	if (merge.conversationsKeptFromOlder) warnings.push(`${plural(merge.conversationsKeptFromOlder, "conversation is", "conversations are")} only in an older export of their participant and kept (--newest-export-only leaves them out)`);
	for (const [file, n] of Object.entries(bundlesWithoutFile)) {
		const what = file.startsWith("completion-") ? "editor documents" : "conversations";
		warnings.push(`${plural(n, "bundle has", "bundles have")} no ${file}: their ${what} give no ${file.replace(".jsonl", "")} samples`);
	}
	const refused = Object.values(merge.recordsRefused).reduce((a, b) => a + b, 0);
	if (refused) warnings.push(`${plural(refused, "record names", "records name")} a conversation with no events in its bundle: refused`);
	const manifest = {
		format: "echo-capture-merged-dataset",
		schemaVersion: 2,
		createdAt: (/* @__PURE__ */ new Date()).toISOString(),
		generator: {
			name: "echo-dataset",
			version: CLI_VERSION
		},
		options: {
			allowMixedStudies: !!options.allowMixedStudies,
			allowDuplicateParticipants: !!options.allowDuplicateParticipants,
			newestExportOnly: !!options.newestExportOnly,
			memoryLimit: options.memoryLimit
		},
		studies: plan.studies,
		participants: plan.bundles.map((b, i) => {
			const o = summary.outcomes[i];
			return {
				participantId: b.participantId,
				participantFrom: b.participantFrom,
				studyId: b.studyId,
				bundle: basename(b.path),
				createdAt: b.manifest.createdAt,
				exportedAt: b.exportedAt,
				...b.manifest.extensionVersion ? { extensionVersion: b.manifest.extensionVersion } : {},
				...b.manifest.labelRulesVersion ? { labelRulesVersion: b.manifest.labelRulesVersion } : {},
				redaction: b.manifest.redaction?.level ?? null,
				conversations: o.conversations,
				replaced: o.replaced,
				notInNewest: o.notInNewest,
				kept: o.kept,
				dropped: o.dropped,
				orphans: o.orphans
			};
		}),
		counts: {
			bundles: plan.bundles.length,
			participants: new Set(plan.bundles.map((b) => b.participantId)).size,
			...counts,
			...completionAcceptance ? { completions: completionAcceptance.overall.shown } : {}
		},
		merge,
		warnings,
		stats: {
			acceptance,
			...completionAcceptance ? { completionAcceptance } : {}
		},
		files: []
	};
	const tables = [...TABLES, ...COMPLETION_TABLES.filter((t) => (counts[t] ?? 0) > 0)];
	const card = new LineFile(temp, "README.md");
	card.text(datasetCard({
		title: plan.studies.length === 1 && plan.studies[0] ? `Echo Capture dataset: ${plan.studies[0]}` : "Echo Capture merged dataset",
		summary: [
			`Merged from ${plan.bundles.length} bundles of ${manifest.counts.participants} participants, conversation by conversation: the newest`,
			"export of a participant supplies each of its conversations whole. Tables are Hive-partitioned Parquet under",
			"`data/<table>/study=…/site=…/day=…/` (day: UTC date the conversation started), every row with its",
			"`participantId` and `conversationKey`. The trainer files are JSONL under `trainers/`, outside the configs",
			"(`datasets` reads one file type per dataset): `openai-chat.jsonl` and `openai-preference.jsonl` for OpenAI",
			"fine-tuning, `sharegpt.jsonl`, `llamafactory-*.jsonl` and `dataset_info.json` for LLaMA-Factory (`dataset_dir: trainers`)."
		],
		files: [...tables.map((stem) => ({
			config: stem,
			dataFiles: [`data/${stem}/**/*.parquet`],
			description: description(`${stem}.jsonl`),
			records: counts[stem] ?? 0,
			features: tableFeatures(stem, schemas)
		}))],
		facts: [
			["Participants", String(manifest.counts.participants)],
			["Bundles", String(plan.bundles.length)],
			["Conversations", String(counts.conversations ?? 0)],
			["Events", String(counts.events ?? 0)],
			...completionAcceptance ? [["Inline suggestions shown", String(completionAcceptance.overall.shown)]] : [],
			["Conversations replaced by a newer export", String(merge.conversationsReplaced)],
			["Label rules", [...new Set(plan.bundles.map((b) => b.manifest.labelRulesVersion ?? "unknown"))].join(", ")],
			["Redaction", [...new Set(plan.bundles.map((b) => b.manifest.redaction?.level ?? "none"))].join(", ")]
		],
		acceptance,
		...completionAcceptance ? { sections: completionCardSection(completionAcceptance) } : {},
		metadata: {
			defaultConfig: "sft-prompt-completion",
			...options.license ? { license: options.license } : {},
			...options.language?.length ? { language: options.language } : {}
		}
	}));
	files.push(card.close());
	manifest.files = files.sort((a, b) => a.path.localeCompare(b.path));
	const out = new LineFile(temp, "manifest.json", { hash: false });
	out.text(JSON.stringify(manifest, null, 2) + "\n");
	out.close();
	log(`merged ${manifest.counts.bundles} bundles of ${manifest.counts.participants} participants: ${tables.map((t) => `${t} ${counts[t] ?? 0}`).join(", ")}`);
	return manifest;
}
var plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
// src/cli/unit-stream.ts
/** The files merged unit by unit, and where each record names its conversation. */
var UNIT_FILES = {
	"events.jsonl": (r) => `${String(r.site)}:${String(r.conversationId)}`,
	"conversations.jsonl": (r) => r.key,
	"labels.jsonl": (r) => r.conversationKey,
	"sft.jsonl": (r) => r.meta.conversationKey,
	"preference.jsonl": (r) => r.meta.conversationKey,
	"kto.jsonl": (r) => r.meta.conversationKey,
	"completion-labels.jsonl": (r) => r.conversationKey,
	"completion-fim.jsonl": (r) => r.meta.conversationKey,
	"completion-prompt-completion.jsonl": (r) => r.meta.conversationKey,
	"completion-preference.jsonl": (r) => r.meta.conversationKey
};
async function streamUnits(plan, sink, options = {}) {
	const participantIndex = /* @__PURE__ */ new Map();
	for (const b of plan.bundles) if (!participantIndex.has(b.participantId)) participantIndex.set(b.participantId, participantIndex.size);
	const claims = /* @__PURE__ */ new Map();
	const holders = /* @__PURE__ */ new Map();
	const unitKey = (key, participant) => `${participantIndex.get(participant)}\u0000${key}`;
	const owner = (key, participant) => claims.get(unitKey(key, participant));
	const claim = (key, participant, bundle) => {
		claims.set(unitKey(key, participant), bundle);
		const p = participantIndex.get(participant);
		const held = holders.get(key);
		if (held === void 0) holders.set(key, p);
		else if (held !== p) holders.set(key, -1);
	};
	const newestOf = /* @__PURE__ */ new Map();
	plan.bundles.forEach((b, i) => newestOf.has(b.participantId) || newestOf.set(b.participantId, i));
	const outcomes = [];
	let keptFromOlder = 0;
	for (const [index, b] of plan.bundles.entries()) {
		options.onBundle?.(b, index);
		const outcome = {
			bundle: b.path,
			participantId: b.participantId,
			conversations: 0,
			replaced: 0,
			notInNewest: 0,
			kept: {},
			dropped: {},
			orphans: {}
		};
		const isNewest = newestOf.get(b.participantId) === index;
		const units = /* @__PURE__ */ new Map();
		const skipped = /* @__PURE__ */ new Set();
		let eventsDone = false;
		const finishEvents = async () => {
			eventsDone = true;
			outcome.conversations = units.size;
			if (!isNewest) keptFromOlder += units.size;
			await sink.units?.(b, units);
		};
		await validateBundle(b.path, async (file, value, _line, text) => {
			const keyOf = UNIT_FILES[file];
			if (!keyOf) return;
			if (file !== "events.jsonl" && !eventsDone) await finishEvents();
			const r = value;
			const key = keyOf(r);
			if (file === "events.jsonl") {
				const won = owner(key, b.participantId);
				if (won === void 0 && !skipped.has(key)) {
					if (!isNewest && options.newestExportOnly) {
						skipped.add(key);
						outcome.notInNewest++;
					} else claim(key, b.participantId, index);
				} else if (won !== void 0 && won !== index && !skipped.has(key)) {
					skipped.add(key);
					outcome.replaced++;
				}
				if (owner(key, b.participantId) === index) {
					const unit = units.get(key);
					const ts = r.ts;
					if (!unit) units.set(key, {
						site: r.site,
						firstTs: ts
					});
					else if (ts < unit.firstTs) unit.firstTs = ts;
				}
			}
			if (units.has(key)) {
				outcome.kept[file] = (outcome.kept[file] ?? 0) + 1;
				await sink.record(b, file, r, text, key);
			} else if (skipped.has(key)) outcome.dropped[file] = (outcome.dropped[file] ?? 0) + 1;
			else outcome.orphans[file] = (outcome.orphans[file] ?? 0) + 1;
		});
		if (!eventsDone) await finishEvents();
		outcomes.push(outcome);
	}
	let sharedConversations = 0;
	for (const p of holders.values()) if (p === -1) sharedConversations++;
	return {
		outcomes,
		sharedConversations,
		keptFromOlder
	};
}
// src/cli/merge.ts
var DEFAULT_MEMORY_LIMIT = "384MB";
/** Tables rendered from another merged table's records rather than read from the bundles. */
var DERIVED_TABLES = ["sft-prompt-completion"];
/** Inline completion samples (FIM, prompt/completion, preference): partitioned by their meta's site like chat samples. */
var COMPLETION_SAMPLE_TABLES = /* @__PURE__ */ new Set([
	"completion-fim",
	"completion-prompt-completion",
	"completion-preference"
]);
var TRAINER_FILES = [
	"openai-chat.jsonl",
	"sharegpt.jsonl",
	"openai-preference.jsonl",
	"llamafactory-preference.jsonl",
	"llamafactory-kto.jsonl"
];
/** Refuses an --out that holds anything, unless forced: a merge never replaces a directory by surprise. */
function checkOutput(outDir, force) {
	if (!existsSync(outDir)) return;
	if (!statSync(outDir).isDirectory()) throw new OutputError(`--out ${outDir} is a file, not a directory`);
	if (readdirSync(outDir).length && !force) throw new OutputError(`--out ${outDir} is not empty; choose a new directory or pass --force to replace it`);
}
var OutputError = class extends Error {};
async function mergeBundles(inputs, outDir, options = {}) {
	const log = options.log ?? (() => void 0);
	if (inputs.length === 0) throw new Error("merge: no bundles given");
	checkOutput(outDir, options.force);
	const plan = await planBundles(inputs, options, "refuse");
	for (const w of plan.warnings) log(`warning: ${w}`);
	const memoryLimit = options.memoryLimit ?? "384MB";
	return writeAtomically(outDir, async (temp, scratch) => {
		mkdirSync(temp, { recursive: true });
		const stageDir = join(scratch, "stage");
		const stems = [...Object.keys(UNIT_FILES).map((f) => f.replace(/\.jsonl$/, "")), ...DERIVED_TABLES];
		const stage = new Map(stems.map((s) => [s, new LineFile(stageDir, `${s}.jsonl`, { hash: false })]));
		const pendingEvents = join(scratch, "bundle-events.jsonl");
		let waiting = null;
		let unitDays = /* @__PURE__ */ new Map();
		const events = stage.get("events");
		const trainers = new Map(TRAINER_FILES.map((f) => [f, new LineFile(temp, `trainers/${f}`)]));
		const line = (file, value) => trainers.get(file).line(JSON.stringify(value));
		const tally = new AcceptanceTally();
		const completionTally = new CompletionAcceptanceTally();
		const studyJson = new Map(plan.bundles.map((b) => [b.path, JSON.stringify(b.studyId)]));
		const summary = await streamUnits(plan, {
			async units(_b, found) {
				unitDays = new Map([...found].map(([key, u]) => [key, u.firstTs.slice(0, 10)]));
				if (!waiting) return;
				waiting.close();
				waiting = null;
				for await (const { line: held } of linesOf(pendingEvents, "events", createReadStream(pendingEvents, { highWaterMark: 1048576 }))) {
					const tab = held.indexOf("	");
					const day = unitDays.get(JSON.parse(held.slice(0, tab)));
					events.line(`{"day":"${day}",${held.slice(tab + 1)}`);
				}
			},
			record(b, file, r, text, key) {
				const stem = file.replace(/\.jsonl$/, "");
				const body = text.trimStart().slice(1);
				const day = stem === "events" ? null : unitDays.get(key);
				const sample = stem === "sft" || stem === "preference" || stem === "kto" || COMPLETION_SAMPLE_TABLES.has(stem);
				const extra = `"participantId":${JSON.stringify(b.participantId)},"study":${studyJson.get(b.path)}` + (stem === "labels" || stem === "completion-labels" ? "" : `,"conversationKey":${JSON.stringify(key)}`) + (sample ? `,"site":${JSON.stringify(r.meta.site)}` : "");
				if (stem === "events") (waiting ??= new LineFile(scratch, "bundle-events.jsonl", { hash: false })).line(`${JSON.stringify(key)}\t${extra},${body}`);
				else stage.get(stem).line(`{"day":"${day}",${extra},${body}`);
				if (stem === "sft") stage.get("sft-prompt-completion").line(`{"day":"${day}",${extra},${JSON.stringify(toPromptCompletion(r)).slice(1)}`);
				if (stem === "completion-labels") completionTally.add(r);
				else if (stem === "labels") tally.add(r.model, r.answeredAt, r.userLabel ?? r.label);
				else if (stem === "sft") {
					line("openai-chat.jsonl", toOpenAiChat(r));
					line("sharegpt.jsonl", toShareGpt(r));
				} else if (stem === "preference") {
					line("openai-preference.jsonl", toOpenAiPreference(r));
					line("llamafactory-preference.jsonl", toLlamaFactoryPreference(r));
				} else if (stem === "kto") line("llamafactory-kto.jsonl", toLlamaFactoryKto(r));
			}
		}, {
			newestExportOnly: options.newestExportOnly,
			onBundle: (b, i) => log(`[${i + 1}/${plan.bundles.length}] ${b.path} (participant ${b.participantId})`)
		});
		const stagedCounts = new Map([...stage].map(([stem, f]) => [stem, f.close().records]));
		const files = [];
		const counts = {};
		for (const [file, f] of trainers) {
			const out = f.close();
			counts[file.replace(/\.jsonl$/, "")] = out.records;
			files.push(out);
		}
		const info = new LineFile(temp, "trainers/dataset_info.json");
		const present = {
			sft: counts.sharegpt > 0,
			preference: counts["llamafactory-preference"] > 0,
			kto: counts["llamafactory-kto"] > 0
		};
		info.text(JSON.stringify(llamaFactoryDatasetInfo(present), null, 2) + "\n");
		files.push(info.close());
		collectGarbage();
		const duck = await ParquetWriter.open({
			memoryLimit,
			scratch,
			log
		});
		try {
			for (const stem of stems) {
				const staged = stagedCounts.get(stem);
				counts[stem] = staged ? await duck.write(stem, join(stageDir, `${stem}.jsonl`), staged, temp) : 0;
			}
			files.push(...await duck.files(temp));
		} finally {
			duck.close();
		}
		const acceptance = tally.stats();
		const completionAcceptance = completionTally.stats();
		return writeMergedMetadata({
			temp,
			plan,
			summary,
			counts,
			files,
			acceptance,
			options: {
				...options,
				memoryLimit
			},
			log,
			...completionAcceptance.overall.shown ? { completionAcceptance } : {}
		});
	});
}
// src/core/labeller/combine.ts
function combineSignals(signals, rules) {
	const evidence = signals.map(({ rule, eventIds, detail }) => ({
		rule,
		eventIds,
		...detail ? { detail } : {}
	}));
	const result = (label, confidence, extra = {}) => ({
		label: confidence < rules.combine.unknownBelow && label !== "unknown" ? "unknown" : label,
		confidence: round(confidence),
		evidence,
		...extra
	});
	if (signals.length === 0) return result("unknown", 0);
	const vetoes = signals.filter((s) => s.veto);
	if (vetoes.length) {
		const used = signals.filter((s) => !s.veto && s.polarity !== "reject" && s.rule !== "continued");
		const veto = Math.max(...vetoes.map((v) => v.confidence));
		return result("rejected", used.length ? veto - rules.combine.conflictPenalty * noisyOr(used) : veto, { vetoed: true });
	}
	const refine = signals.filter((s) => s.polarity === "refine").sort((a, b) => b.confidence - a.confidence)[0];
	if (refine) {
		const unexplained = signals.filter((s) => s.polarity === "reject" && !s.explicit && !refine.explains?.includes(s.rule));
		const strongest = Math.max(0, ...unexplained.map((s) => s.confidence));
		if (refine.confidence >= strongest && refine.confidence >= rules.combine.unknownBelow) return result("refined", refine.confidence, {
			...refine.target !== void 0 ? { target: refine.target } : {},
			...refine.targetMessageId ? { targetMessageId: refine.targetMessageId } : {}
		});
	}
	const explicit = signals.filter((s) => s.explicit).sort((a, b) => time(a.ts) - time(b.ts)).pop();
	if (explicit) {
		const confidence = signals.some((s) => s.outcome && sideOf(s) !== sideOf(explicit) && time(s.ts) > time(explicit.ts) && s.confidence >= .6) ? rules.thumbs.contradictedConfidence : explicit.confidence;
		return result(sideOf(explicit) === "accept" ? "accepted" : "rejected", confidence);
	}
	const lastFailure = Math.max(-Infinity, ...signals.filter((s) => s.outcome && sideOf(s) === "reject").map((s) => time(s.ts)));
	const active = signals.filter((s) => !(s.trial && time(s.ts) <= lastFailure));
	const accept = noisyOr(active.filter((s) => sideOf(s) === "accept"));
	const reject = noisyOr(active.filter((s) => sideOf(s) === "reject"));
	const penalty = rules.combine.conflictPenalty;
	if (accept === reject) return result("unknown", 0);
	return accept > reject ? result("accepted", accept - penalty * reject) : result("rejected", reject - penalty * accept);
}
/** A refinement says the original answer was not right as given: on the accept/reject axis it counts as reject. */
var sideOf = (s) => s.polarity === "accept" ? "accept" : "reject";
var noisyOr = (signals) => 1 - signals.reduce((p, s) => p * (1 - s.confidence), 1);
var round = (n) => Math.round(Math.max(0, Math.min(1, n)) * 1e3) / 1e3;
// src/core/labeller/episode.ts
function buildEpisodes(conversation, rules) {
	const index = indexByMessage(conversation.events);
	const about = (messageId) => index.get(messageId) ?? [];
	return [...conversation.responses.values()].map((answer) => {
		const promptId = conversation.parents.get(answer.messageId);
		const prompt = promptId ? conversation.prompts.get(promptId) : void 0;
		return {
			conversation,
			answer,
			...prompt ? { prompt } : {},
			siblings: answersTo(conversation, promptId).filter((a) => a.messageId !== answer.messageId),
			replies: childPrompts(conversation, answer.messageId),
			rules,
			about
		};
	});
}
function indexByMessage(events) {
	const index = /* @__PURE__ */ new Map();
	const add = (messageId, e) => {
		if (!messageId) return;
		const list = index.get(messageId) ?? [];
		if (!list.includes(e)) list.push(e);
		index.set(messageId, list);
	};
	for (const e of events) switch (e.kind) {
		case "copy":
		case "feedback":
		case "stop":
			add(e.messageId, e);
			break;
		case "regenerate":
			add(e.oldResponseId, e);
			add(e.newResponseId, e);
			break;
		case "branch_switch":
			add(e.fromMessageId, e);
			add(e.toMessageId, e);
			break;
		case "edit_prompt":
			add(e.oldMessageId, e);
			add(e.newMessageId, e);
			break;
		case "paste":
			for (const m of e.matches) add(m.messageId, e);
			break;
		case "followup":
			add(e.afterMessageId, e);
			add(e.messageId, e);
	}
	return index;
}
function eventsOf(events, kind) {
	return events.filter((e) => e.kind === kind);
}
// src/core/labeller/signals/copy.ts
function copySignals(ep) {
	const { copy } = ep.rules;
	const scored = eventsOf(ep.about(ep.answer.messageId), "copy").filter((c) => c.messageId === ep.answer.messageId).map((c) => ({
		c,
		confidence: copyConfidence(c, copy, ep.answer)
	})).filter((s) => s.confidence > 0);
	if (scored.length === 0) return [];
	const best = scored.reduce((a, b) => b.confidence > a.confidence ? b : a);
	const last = scored[scored.length - 1];
	return [{
		rule: "copy",
		polarity: "accept",
		confidence: best.confidence,
		trial: true,
		ts: last.c.ts,
		eventIds: scored.map((s) => s.c.id),
		detail: `${best.c.via}${best.c.codeBlockIndex !== void 0 ? ` code block ${best.c.codeBlockIndex}` : ""}, share ${best.c.share.toFixed(2)}`
	}];
}
/**
* Words in a selection: runs of letters and digits. Chinese and Japanese write without spaces, so a run of their
* characters counts one word per four characters (a term is one to four characters long).
*/
function wordCount(text) {
	let n = 0;
	for (const w of text.match(/[\p{L}\p{N}_$]+/gu) ?? []) {
		const han = w.match(/[\u3040-\u30ff\u3400-\u9fff]/g)?.length ?? 0;
		n += han ? Math.max(1, Math.floor(han / 4)) + (w.length > han ? 1 : 0) : 1;
	}
	return n;
}
function copyConfidence(c, rules, answer) {
	if (c.via === "code-button") return rules.codeBlockConfidence;
	if (c.via === "button") return rules.buttonConfidence;
	const text = c.text.trim();
	if (wordCount(text) < rules.minSelectionTokens) return 0;
	const block = c.codeBlockIndex !== void 0 ? answer?.codeBlocks[c.codeBlockIndex]?.code.trim() : void 0;
	const share = block ? Math.min(1, text.length / Math.max(1, block.length)) : c.share;
	if (share < rules.minShare) return 0;
	const full = share >= rules.fullShare;
	if (block !== void 0 || c.codeBlockIndex !== void 0) return full ? rules.codeBlockConfidence : rules.selectionConfidence;
	return full ? rules.buttonConfidence : rules.selectionConfidence;
}
// src/core/labeller/signals/correction-then-accepted.ts
function correctionThenAcceptedSignal(ep, signals, firstPass, episodes) {
	const rules = ep.rules.correctionThenAccepted;
	let current = ep;
	const chain = [];
	/** Whether every correction in the chain was a failure report. */
	let allFailures = true;
	for (let hop = 1; hop <= rules.maxHops; hop++) {
		const own = signals.get(current.answer.messageId) ?? [];
		const correction = own.find((s) => s.rule === "followup_correction" && s.failure) ?? own.find((s) => NEGATIVE.has(s.rule) && s.polarity === "reject" && s.confidence > 0);
		if (!correction) return [];
		allFailures = allFailures && !!correction.failure;
		chain.push(...correction.eventIds);
		const nextAnswers = current.replies.filter((r) => correction.eventIds.includes(r.id)).flatMap((r) => answersTo(ep.conversation, r.messageId));
		const accepted = nextAnswers.map((a) => ({
			a,
			label: firstPass.get(a.messageId)
		})).filter((x) => x.label?.label === "accepted" && x.label.confidence >= rules.minTargetConfidence && !sameText(x.a.text, ep.answer.text)).sort((x, y) => y.label.confidence - x.label.confidence)[0];
		if (accepted) return [{
			rule: "correction_then_accepted",
			polarity: "refine",
			confidence: (allFailures ? rules.confidence : rules.weakConfidence) * rules.perHopDecay ** (hop - 1),
			explains: [
				"followup_correction",
				"followup_rephrase",
				"continued",
				"followup_acceptance",
				"followup_clarification"
			],
			ts: accepted.a.ts,
			eventIds: [...chain, accepted.a.id],
			detail: `corrected, then ${accepted.a.messageId} was accepted (${hop} correction${hop > 1 ? "s" : ""})`,
			target: withoutApology(accepted.a.text),
			targetMessageId: accepted.a.messageId
		}];
		const corrected = nextAnswers.map((a) => episodes.get(a.messageId)).find((e) => e && signals.get(e.answer.messageId)?.some((s) => NEGATIVE.has(s.rule) && s.polarity === "reject" && s.confidence > 0));
		if (!corrected) return [];
		current = corrected;
	}
	return [];
}
/** Follow-up rules that say the answer was not what the user wanted. */
var NEGATIVE = /* @__PURE__ */ new Set(["followup_correction", "followup_rephrase"]);
var sameText = (a, b) => a.replace(/\s+/g, "") === b.replace(/\s+/g, "");
var APOLOGY = /^\s*(you'?re (absolutely |completely )?right|you are (absolutely )?right|sorry|my apolog|i apologi[sz]e|apologies|good catch|thanks for (pointing|catching)|entschuldig|du hast recht|sie haben recht|désolé|vous avez raison|tu as raison|lo siento|perdón|tienes razón|desculp|você tem razão|mi scuso|hai ragione|ha ragione|excuses|u heeft gelijk|je hebt gelijk|прошу прощения|извините|вы правы|ты прав|抱歉|对不起|不好意思|您说得对|你说得对|申し訳|すみません|ご指摘|大変失礼|失礼しました|죄송합니다|맞습니다)[^\n.!?。！]*[.!?。！:]?\s*/i;
function withoutApology(text) {
	let out = text;
	for (let i = 0; i < 2 && APOLOGY.test(out); i++) out = out.replace(APOLOGY, "");
	return out.trim() ? out : text;
}
// src/core/labeller/signals/edit-prompt.ts
function editPromptSignals(ep) {
	const prompt = ep.prompt;
	if (!prompt) return [];
	const answeredAt = time(ep.answer.ts);
	const edits = eventsOf(ep.about(prompt.messageId), "edit_prompt").filter((e) => e.oldMessageId === prompt.messageId && time(e.ts) >= answeredAt);
	const last = edits[edits.length - 1];
	if (!last) return abandonedEditSignals(ep);
	const editedAt = time(last.ts);
	if (ep.replies.some((p) => time(p.ts) > editedAt) || eventsOf(ep.about(prompt.messageId), "branch_switch").some((b) => b.toMessageId === prompt.messageId && time(b.ts) > editedAt && ep.replies.length > 0)) return [];
	const continuedBefore = ep.replies.some((p) => time(p.ts) < editedAt);
	return [{
		rule: "edit_prompt",
		polarity: "reject",
		confidence: continuedBefore ? ep.rules.editPrompt.afterContinuingConfidence : ep.rules.editPrompt.confidence,
		ts: last.ts,
		eventIds: edits.map((e) => e.id),
		detail: continuedBefore ? "prompt edited after the conversation had continued" : "prompt edited and re-sent"
	}];
}
function abandonedEditSignals(ep) {
	const prompt = ep.prompt;
	if (!prompt) return [];
	const answeredAt = time(ep.answer.ts);
	const backs = eventsOf(ep.about(prompt.messageId), "branch_switch").filter((b) => b.role === "user" && b.fromMessageId === prompt.messageId && b.toMessageId !== prompt.messageId && time(b.ts) > answeredAt);
	const back = backs[backs.length - 1];
	if (!back || ep.replies.some((p) => time(p.ts) > time(back.ts))) return [];
	if (!ep.conversation.events.some((e) => e.kind === "prompt" && time(e.ts) > time(back.ts) && isBelow(ep, e.messageId, back.toMessageId))) return [];
	return [{
		rule: "branch_switch",
		polarity: "reject",
		confidence: ep.rules.editPrompt.confidence,
		ts: back.ts,
		eventIds: [back.id],
		detail: `went back to the prompt ${back.toMessageId} and continued there`
	}];
}
function isBelow(ep, messageId, ancestorId) {
	for (let id = messageId, n = 0; id && n < 1e4; id = ep.conversation.parents.get(id), n++) if (id === ancestorId) return true;
	return false;
}
// src/core/labeller/followup/cue-tables.ts
var CUE_TABLES = {
	en: {
		success: [
			"no error",
			"no errors",
			"no more errors",
			"without errors",
			"without error",
			"works now",
			"working now",
			"that fixed",
			"fixed it",
			"all green",
			"tests pass",
			"compiles now",
			"it compiles",
			"builds now"
		],
		positive: [
			"thanks",
			"thank you",
			"thx",
			"tysm",
			"perfect",
			"great",
			"it works",
			"that works",
			"works!",
			"works great",
			"worked",
			"awesome",
			"exactly",
			"looks good",
			"lgtm",
			"brilliant",
			"that did it",
			"that was it",
			"solved",
			"nice,",
			"nice!",
			"excellent",
			"good answer",
			"helpful",
			"appreciate it",
			"works well",
			"works fine",
			"works perfectly"
		],
		strong: [
			"that's wrong",
			"that is wrong",
			"is wrong",
			"wrong answer",
			"wrong again",
			"not correct",
			"incorrect",
			"isn't right",
			"not right",
			"doesn't work",
			"does not work",
			"didn't work",
			"did not work",
			"not working",
			"won't work",
			"doesn't compile",
			"does not compile",
			"doesn't run",
			"still fails",
			"still failing",
			"still get",
			"still getting",
			"still doesn't",
			"still broken",
			"still not",
			"you forgot",
			"you missed",
			"not what i asked",
			"that's not what",
			"that is not what",
			"misunderstood",
			"doesn't exist",
			"does not exist",
			"no such",
			"hallucinat",
			"making up",
			"made up",
			"crashes",
			"i get an error",
			"got an error",
			"gives an error",
			"an error",
			"the error",
			"it throws",
			"throws an",
			"can't be true",
			"cannot be true",
			"not true",
			"same answer again",
			"not a valid",
			"not helpful"
		],
		weak: [
			"instead",
			"rather than",
			"should be",
			"should have",
			"no,",
			"nope",
			"actually,",
			"not quite",
			"missing",
			"typo",
			"i meant",
			"i said",
			"almost there",
			"close but",
			"i wanted",
			"not what i need",
			"improve",
			"actually",
			"though",
			"it should",
			"this should",
			"that should",
			"that's not",
			"that is not",
			"this is not",
			"it's not",
			"shorter",
			"simpler",
			"more concise",
			"more compact",
			"compacter",
			"cleaner",
			"too long",
			"too short",
			"less verbose"
		],
		doubt: [
			"are you sure",
			"you sure",
			"really?",
			"is it correct",
			"is that correct",
			"is this correct",
			"is that right",
			"is it right",
			"sure about that"
		],
		clarify: [
			"what do you mean",
			"what does that mean",
			"what does this mean",
			"can you explain",
			"could you explain",
			"explain better",
			"explain more",
			"please explain",
			"elaborate",
			"i don't understand",
			"don't understand",
			"i don't get",
			"not clear to me",
			"in simpler terms",
			"state more",
			"source?",
			"sources?",
			"provide links",
			"citation",
			"where does it say"
		],
		repeat: [
			"try again",
			"another one",
			"write another",
			"give me another",
			"one more time",
			"redo",
			"do it again",
			"once more"
		],
		topicSwitch: [
			"different thing",
			"different question",
			"another question",
			"new question",
			"unrelated",
			"separate question",
			"on another note",
			"other question",
			"different topic",
			"change of topic"
		],
		continuation: [
			"continue",
			"go on",
			"keep going",
			"please continue"
		],
		negation: [
			"not",
			"no",
			"never",
			"isn't",
			"isnt",
			"doesn't",
			"doesnt",
			"don't",
			"dont",
			"didn't",
			"didnt",
			"wasn't",
			"aren't",
			"can't",
			"cant",
			"cannot",
			"won't",
			"haven't",
			"hasn't"
		],
		contrast: ["but", "however"],
		nextStep: [
			"now",
			"next",
			"also",
			"and now",
			"great, now",
			"ok now"
		]
	},
	de: {
		success: [
			"keine fehler",
			"kein fehler",
			"ohne fehler",
			"funktioniert jetzt",
			"klappt jetzt",
			"läuft jetzt",
			"jetzt baut es",
			"kompiliert jetzt",
			"geht jetzt"
		],
		positive: [
			"danke",
			"dank dir",
			"vielen dank",
			"perfekt",
			"funktioniert",
			"klappt",
			"super",
			"genau",
			"passt",
			"prima",
			"hat geklappt",
			"sehr gut",
			"top"
		],
		strong: [
			"falsch",
			"funktioniert nicht",
			"geht nicht",
			"klappt nicht",
			"stimmt nicht",
			"nicht richtig",
			"nicht korrekt",
			"fehler",
			"fehlermeldung",
			"immer noch nicht",
			"du hast vergessen",
			"gibt es nicht",
			"ist doch kein",
			"ist doch keine",
			"erfunden",
			"das ist kein"
		],
		weak: [
			"statt",
			"anstatt",
			"stattdessen",
			"eigentlich",
			"nein,",
			"sollte",
			"fehlt",
			"ich meinte",
			"lieber",
			"nicht ganz",
			"kürzer",
			"einfacher",
			"zu lang",
			"zu kurz"
		],
		doubt: [
			"bist du sicher",
			"sind sie sicher",
			"sicher?",
			"wirklich?",
			"stimmt das",
			"ist das richtig",
			"gibt es das wirklich"
		],
		clarify: [
			"was meinst du",
			"was meinen sie",
			"was bedeutet",
			"kannst du erklären",
			"können sie erklären",
			"genauer erklären",
			"verstehe ich nicht",
			"verstehe nicht",
			"was heißt das",
			"quelle",
			"belege"
		],
		repeat: [
			"nochmal",
			"noch einmal",
			"versuch es nochmal",
			"noch eins",
			"einen anderen",
			"eine andere"
		],
		topicSwitch: [
			"andere frage",
			"etwas anderes",
			"anderes thema",
			"neue frage",
			"unabhängig davon"
		],
		continuation: [
			"weiter",
			"mach weiter",
			"fortfahren"
		],
		negation: [
			"nicht",
			"kein",
			"keine",
			"keinen",
			"nie",
			"niemals"
		],
		contrast: [
			"aber",
			"doch",
			"allerdings"
		],
		nextStep: [
			"jetzt",
			"nun",
			"als nächstes",
			"außerdem"
		]
	},
	fr: {
		success: [
			"plus d'erreur",
			"sans erreur",
			"marche maintenant",
			"fonctionne maintenant",
			"les tests passent",
			"compile maintenant"
		],
		positive: [
			"merci",
			"parfait",
			"ça marche",
			"ca marche",
			"ça fonctionne",
			"génial",
			"nickel",
			"exactement",
			"super",
			"impeccable",
			"c'est bon",
			"voilà"
		],
		strong: [
			"faux",
			"ne marche pas",
			"marche pas",
			"ne fonctionne pas",
			"fonctionne pas",
			"erreur",
			"toujours pas",
			"tu as oublié",
			"vous avez oublié",
			"n'existe pas",
			"ce n'est pas ce que",
			"incorrect",
			"pas correct",
			"pas juste",
			"tu inventes",
			"c'est pas ça",
			"ce n'est pas ça"
		],
		weak: [
			"au lieu",
			"plutôt",
			"non,",
			"il manque",
			"devrait",
			"je voulais dire",
			"pas tout à fait",
			"il me faut",
			"plus court",
			"plus simple",
			"trop long"
		],
		doubt: [
			"tu es sûr",
			"êtes-vous sûr",
			"vous êtes sûr",
			"vraiment ?",
			"vraiment?",
			"est-ce correct",
			"est-ce juste",
			"c'est correct ?"
		],
		clarify: [
			"qu'est-ce que tu veux dire",
			"qu'est-ce que vous voulez dire",
			"que veux-tu dire",
			"tu peux expliquer",
			"pouvez-vous expliquer",
			"je ne comprends pas",
			"je comprends pas",
			"explique-moi",
			"c'est-à-dire ?",
			"source ?",
			"sources ?"
		],
		repeat: [
			"encore une",
			"une autre",
			"réessaie",
			"recommence",
			"à nouveau"
		],
		topicSwitch: [
			"autre question",
			"autre chose",
			"autre sujet",
			"rien à voir"
		],
		continuation: [
			"continue",
			"continuez",
			"la suite",
			"continue stp"
		],
		negation: [
			"pas",
			"jamais",
			"n'",
			"ne"
		],
		contrast: [
			"mais",
			"pourtant",
			"cependant"
		],
		nextStep: [
			"maintenant",
			"ensuite",
			"et maintenant"
		]
	},
	es: {
		success: [
			"sin error",
			"ya no da error",
			"ya funciona",
			"funciona ahora",
			"ahora funciona",
			"ya compila",
			"pasan los tests"
		],
		positive: [
			"gracias",
			"perfecto",
			"funciona",
			"funcionó",
			"genial",
			"excelente",
			"exacto",
			"justo lo que",
			"listo",
			"muy bien",
			"buenísimo"
		],
		strong: [
			"incorrecto",
			"no funciona",
			"está mal",
			"esta mal",
			"equivocado",
			"sigue sin",
			"sigue fallando",
			"da error",
			"un error",
			"este error",
			"olvidaste",
			"no existe",
			"te lo estás inventando",
			"te lo inventas",
			"no es correcto",
			"me sale error"
		],
		weak: [
			"en lugar de",
			"en vez de",
			"no,",
			"debería",
			"falta",
			"quería decir",
			"me refería",
			"no exactamente",
			"más corto",
			"más simple",
			"demasiado largo"
		],
		doubt: [
			"estás seguro",
			"está seguro",
			"seguro?",
			"de verdad?",
			"en serio?",
			"es correcto?"
		],
		clarify: [
			"qué quieres decir",
			"que quieres decir",
			"no lo entiendo",
			"no entiendo",
			"puedes explicar",
			"explícame",
			"explícalo mejor",
			"a qué te refieres",
			"qué significa",
			"fuente",
			"fuentes"
		],
		repeat: [
			"otra vez",
			"de nuevo",
			"inténtalo de nuevo",
			"dame otra",
			"otro más"
		],
		topicSwitch: [
			"otra pregunta",
			"otra cosa",
			"otro tema",
			"sin relación"
		],
		continuation: [
			"continúa",
			"sigue",
			"continua"
		],
		negation: [
			"no",
			"nunca",
			"tampoco"
		],
		contrast: ["pero", "sin embargo"],
		nextStep: [
			"ahora",
			"luego",
			"además"
		]
	},
	pt: {
		success: [
			"sem erro",
			"não dá mais erro",
			"agora funciona",
			"já funciona",
			"compila agora"
		],
		positive: [
			"obrigado",
			"obrigada",
			"valeu",
			"perfeito",
			"funcionou",
			"ótimo",
			"otimo",
			"exato",
			"consegui",
			"deu certo",
			"agora sim"
		],
		strong: [
			"errado",
			"não funciona",
			"nao funciona",
			"incorreto",
			"erro",
			"ainda não",
			"esqueceu",
			"não existe",
			"continua errado",
			"persiste",
			"dá erro",
			"deu erro",
			"não é isso"
		],
		weak: [
			"em vez de",
			"ao invés de",
			"deveria",
			"não,",
			"não é",
			"quis dizer",
			"na verdade",
			"mais curto",
			"mais simples",
			"muito longo"
		],
		doubt: [
			"tem certeza",
			"você tem certeza",
			"certeza?",
			"sério?",
			"é isso mesmo",
			"está certo?"
		],
		clarify: [
			"o que você quer dizer",
			"o que quer dizer",
			"não entendi",
			"pode explicar",
			"explique melhor",
			"explica melhor",
			"o que significa",
			"fonte",
			"fontes"
		],
		repeat: [
			"de novo",
			"outra vez",
			"tente novamente",
			"mais uma"
		],
		topicSwitch: [
			"outra pergunta",
			"outra coisa",
			"outro assunto"
		],
		continuation: [
			"continue",
			"continua",
			"prossiga"
		],
		negation: [
			"não",
			"nao",
			"nunca"
		],
		contrast: [
			"mas",
			"porém",
			"porem"
		],
		nextStep: [
			"agora",
			"depois",
			"além disso"
		]
	},
	it: {
		success: [
			"nessun errore",
			"senza errori",
			"ora funziona",
			"adesso funziona",
			"funziona ora",
			"ora compila"
		],
		positive: [
			"grazie",
			"perfetto",
			"funziona",
			"ottimo",
			"esatto",
			"fantastico",
			"va bene",
			"grazie mille"
		],
		strong: [
			"sbagliato",
			"non funziona",
			"errore",
			"non è corretto",
			"non è giusto",
			"ancora non",
			"hai dimenticato",
			"non esiste",
			"inventato",
			"non mi sembra",
			"non mi sembrano",
			"non va"
		],
		weak: [
			"invece di",
			"piuttosto",
			"dovrebbe",
			"no,",
			"manca",
			"intendevo",
			"non proprio",
			"più breve",
			"più semplice",
			"troppo lungo"
		],
		doubt: [
			"sei sicuro",
			"sei sicura",
			"davvero?",
			"è corretto?",
			"è giusto?"
		],
		clarify: [
			"cosa intendi",
			"che cosa intendi",
			"non capisco",
			"puoi spiegare",
			"spiegami",
			"spiega meglio",
			"cosa significa",
			"fonte",
			"fonti"
		],
		repeat: [
			"un'altra",
			"di nuovo",
			"riprova",
			"ancora una"
		],
		topicSwitch: [
			"altra domanda",
			"altra cosa",
			"un altro argomento"
		],
		continuation: ["continua", "vai avanti"],
		negation: ["non", "mai"],
		contrast: [
			"ma",
			"però",
			"pero"
		],
		nextStep: [
			"ora",
			"adesso",
			"poi",
			"inoltre"
		]
	},
	nl: {
		success: [
			"geen fouten",
			"geen foutmelding",
			"werkt nu",
			"nu werkt het",
			"compileert nu"
		],
		positive: [
			"bedankt",
			"dank je",
			"dankjewel",
			"dank u",
			"perfect",
			"werkt",
			"super",
			"precies",
			"helemaal goed",
			"top"
		],
		strong: [
			"fout",
			"werkt niet",
			"klopt niet",
			"niet juist",
			"niet correct",
			"foutmelding",
			"nog steeds niet",
			"vergeten",
			"bestaat niet",
			"verzonnen"
		],
		weak: [
			"in plaats van",
			"liever",
			"zou moeten",
			"nee,",
			"ontbreekt",
			"ik bedoelde",
			"eigenlijk",
			"korter",
			"eenvoudiger",
			"te lang"
		],
		doubt: [
			"weet je het zeker",
			"zeker weten",
			"echt?",
			"klopt dat",
			"is dat juist"
		],
		clarify: [
			"wat bedoel je",
			"wat bedoelt u",
			"wat betekent",
			"snap ik niet",
			"begrijp ik niet",
			"begrijp het niet",
			"kun je dat uitleggen",
			"leg eens uit",
			"bron",
			"bronnen"
		],
		repeat: [
			"nog een",
			"opnieuw",
			"nog eens"
		],
		topicSwitch: [
			"andere vraag",
			"iets anders",
			"ander onderwerp"
		],
		continuation: [
			"ga door",
			"ga verder",
			"doorgaan"
		],
		negation: [
			"niet",
			"geen",
			"nooit"
		],
		contrast: ["maar", "echter"],
		nextStep: [
			"nu",
			"daarna",
			"verder"
		]
	},
	ru: {
		success: [
			"без ошибок",
			"ошибок нет",
			"теперь работает",
			"заработало",
			"скомпилировалось",
			"всё работает",
			"все работает"
		],
		positive: [
			"спасибо",
			"отлично",
			"работает",
			"супер",
			"идеально",
			"то что нужно",
			"помогло",
			"благодарю"
		],
		strong: [
			"неправильно",
			"неверно",
			"не работает",
			"ошибка",
			"ошибку",
			"не то",
			"всё ещё не",
			"все еще не",
			"ты забыл",
			"не существует",
			"выдумал",
			"это не так"
		],
		weak: [
			"вместо",
			"должно быть",
			"нет,",
			"не хватает",
			"я имел в виду",
			"на самом деле",
			"лучше через",
			"короче",
			"проще",
			"слишком длинно"
		],
		doubt: [
			"ты уверен",
			"вы уверены",
			"точно?",
			"правда?",
			"серьёзно?",
			"это правильно?"
		],
		clarify: [
			"что ты имеешь в виду",
			"что вы имеете в виду",
			"что значит",
			"не понимаю",
			"не понял",
			"поясни",
			"объясни",
			"можешь объяснить",
			"источник",
			"цитаты"
		],
		repeat: [
			"ещё раз",
			"еще раз",
			"попробуй снова",
			"другой вариант"
		],
		topicSwitch: [
			"другой вопрос",
			"другая тема",
			"не по теме"
		],
		continuation: [
			"продолжай",
			"дальше",
			"продолжи"
		],
		negation: [
			"не",
			"нет",
			"никогда"
		],
		contrast: ["но", "однако"],
		nextStep: [
			"теперь",
			"а теперь",
			"дальше",
			"ещё"
		]
	},
	zh: {
		success: [
			"不报错了",
			"没有报错",
			"没有错误",
			"可以运行了",
			"能运行了",
			"跑通了",
			"编译通过"
		],
		positive: [
			"谢谢",
			"謝謝",
			"多谢",
			"感谢",
			"完美",
			"可以了",
			"成功了",
			"太好了",
			"有用",
			"解决了",
			"正是",
			"好用"
		],
		strong: [
			"不对",
			"不對",
			"错了",
			"錯了",
			"错误",
			"錯誤",
			"不行",
			"不正确",
			"还是不",
			"還是不",
			"报错",
			"報錯",
			"没用",
			"不是我要",
			"忘了",
			"不存在",
			"跑不起来",
			"运行不了",
			"瞎说",
			"瞎說",
			"乱说",
			"搞错",
			"搞錯"
		],
		weak: [
			"而不是",
			"应该是",
			"应该用",
			"應該",
			"少了",
			"漏了",
			"换成",
			"改成",
			"我是说",
			"简短",
			"更简单",
			"太长"
		],
		doubt: [
			"你确定",
			"你確定",
			"确定吗",
			"真的吗",
			"对吗",
			"對嗎"
		],
		clarify: [
			"什么意思",
			"什麼意思",
			"不明白",
			"不懂",
			"解释一下",
			"解釋一下",
			"具体点",
			"出处",
			"来源"
		],
		repeat: [
			"再来一个",
			"再写一个",
			"换一个",
			"重新"
		],
		topicSwitch: [
			"另外一个问题",
			"换个问题",
			"别的问题",
			"另一个问题"
		],
		continuation: ["继续", "繼續"],
		negation: [
			"不是",
			"没有",
			"沒有",
			"并不",
			"並不",
			"不能",
			"不会",
			"不會"
		],
		contrast: [
			"但是",
			"可是",
			"不过",
			"不過"
		],
		nextStep: [
			"现在",
			"接下来",
			"然后",
			"另外"
		]
	},
	ja: {
		success: [
			"エラーが出なくなり",
			"エラーなし",
			"エラーが消え",
			"動きました",
			"うまくいきました",
			"通りました",
			"コンパイルできました"
		],
		positive: [
			"ありがとう",
			"完璧",
			"できました",
			"助かりました",
			"解決しました",
			"助かります",
			"了解"
		],
		strong: [
			"違う",
			"違います",
			"間違",
			"動かない",
			"動きません",
			"エラー",
			"うまくいかない",
			"うまく動かない",
			"おかしい",
			"存在しない",
			"忘れて"
		],
		weak: [
			"ではなく",
			"じゃなく",
			"代わりに",
			"足りない",
			"べき",
			"のほうが",
			"短く",
			"もっと簡単",
			"長すぎ"
		],
		doubt: [
			"本当に",
			"本当ですか",
			"確かですか",
			"合ってますか",
			"正しいですか"
		],
		clarify: [
			"どういう意味",
			"わかりません",
			"分かりません",
			"よくわから",
			"説明して",
			"詳しく",
			"出典"
		],
		repeat: [
			"もう一度",
			"別の案",
			"やり直し"
		],
		topicSwitch: [
			"別の質問",
			"話は変わ",
			"ところで"
		],
		continuation: ["続けて", "続き"],
		negation: [
			"ではない",
			"じゃない",
			"ません",
			"ないです",
			"ていない",
			"てない"
		],
		contrast: [
			"でも",
			"しかし",
			"だけど"
		],
		nextStep: [
			"次は",
			"次に",
			"では",
			"それでは"
		]
	},
	ko: {
		success: [
			"에러가 안",
			"오류가 안",
			"이제 작동",
			"이제 돼",
			"해결됐",
			"해결되었",
			"잘 됩니다",
			"잘 돼요",
			"성공했"
		],
		positive: [
			"감사합니다",
			"감사해요",
			"고마워",
			"고맙습니다",
			"완벽",
			"좋아요",
			"좋네요",
			"최고"
		],
		strong: [
			"틀렸",
			"틀린",
			"아니야",
			"아닙니다",
			"안 돼",
			"안돼",
			"안 됩니다",
			"안됩니다",
			"오류",
			"에러",
			"작동하지 않",
			"잘못"
		],
		weak: [
			"대신",
			"말고",
			"아니라",
			"짧게",
			"더 간단",
			"너무 길"
		],
		doubt: [
			"확실해",
			"확실한가요",
			"정말",
			"맞아?",
			"맞나요"
		],
		clarify: [
			"무슨 뜻",
			"무슨 말",
			"이해가 안",
			"설명해 줄래",
			"설명해 줘",
			"쉽게 설명",
			"자세히",
			"출처"
		],
		repeat: [
			"다시 해",
			"다른 거",
			"하나 더"
		],
		topicSwitch: ["다른 질문", "그건 그렇고"],
		continuation: ["계속"],
		negation: [
			"않",
			"아니",
			"아닌"
		],
		contrast: [
			"하지만",
			"그런데",
			"근데"
		],
		nextStep: [
			"이제",
			"다음은",
			"그리고"
		]
	}
};
/** Whole messages that are a bare positive acknowledgement ("ok", "ty", "good"). */
var BARE_POSITIVE = [
	"ok",
	"okay",
	"ok!",
	"good",
	"nice",
	"cool",
	"ty",
	"thx",
	"great",
	"perfect",
	"merci",
	"danke",
	"gracias",
	"grazie",
	"obrigado",
	"spasibo",
	"👍",
	"gut",
	"bien",
	"bene",
	"ok merci",
	"oké"
];
/** Error words that only say "there was an error": with an environment error alone they do not blame the answer. */
var GENERIC_ERROR_WORDS = /* @__PURE__ */ new Set([
	"an error",
	"the error",
	"i get an error",
	"got an error",
	"gives an error",
	"fehler",
	"fehlermeldung",
	"erreur",
	"un error",
	"este error",
	"da error",
	"erro",
	"errore",
	"foutmelding",
	"ошибка",
	"ошибку",
	"错误",
	"报错",
	"エラー",
	"오류",
	"에러"
]);
// src/core/labeller/followup/tool-output.ts
var RECOGNISERS = [
	{
		kind: "python-traceback",
		re: /^\s*Traceback \(most recent call last\):?\s*$/m
	},
	{
		kind: "python-traceback",
		re: /^\s*File "[^"]+", line \d+(, in \S+)?\s*$/m
	},
	{
		kind: "js-stack",
		re: /^\s+at (?:async )?(?:[\w$.<>[\]]+ )?\(?(?:[^()\s]+:\d+:\d+|<anonymous>|native)\)?\s*$/m
	},
	{
		kind: "jvm-stack",
		re: /^Exception in thread "[^"]*" [\w.$]+/m
	},
	{
		kind: "jvm-stack",
		re: /^\s+at [\w$.<>/]+\((?:[\w$.-]+\.(?:java|kt|scala|groovy):\d+|Native Method|Unknown Source)\)\s*$/m
	},
	{
		kind: "compiler-diagnostic",
		re: /^\S*?[\w.-]+\.\w+:\d+(?::\d+)?: (?:fatal )?(?:error|warning)\b/m
	},
	{
		kind: "tsc",
		re: /^(?:\S+\(\d+,\d+\): |\S+:\d+:\d+ - )?error TS\d{4}:/m
	},
	{
		kind: "tsc",
		re: /^\s*(?:\[\w+\] )?(?:ERROR in )?.*\bTS\d{4}: /m
	},
	{
		kind: "rustc",
		re: /^(?:error|warning)\[E\d{4}\]: /m
	},
	{
		kind: "rustc",
		re: /^\s*--> [\w./\\-]+\.rs:\d+:\d+\s*$/m
	},
	{
		kind: "go",
		re: /^\.{0,2}\/?[\w./-]+\.go:\d+:\d+: /m
	},
	{
		kind: "go",
		re: /^# (?:command-line-arguments|[\w./-]+)\s*$/m
	},
	{
		kind: "go",
		re: /^panic: .+$/m
	},
	{
		kind: "javac",
		re: /^\S*\.java:\d+: error: /m
	},
	{
		kind: "pytest",
		re: /^(?:FAILED|ERROR) [\w/.-]+\.py::\S+/m
	},
	{
		kind: "pytest",
		re: /^=+ (?:\d+ (?:failed|passed|error|errors|skipped)[, ]*)+(?: in [\d.]+s)? =+\s*$/m
	},
	{
		kind: "pytest",
		re: /^E {3,}\S/m
	},
	{
		kind: "runtime-error",
		re: /^(?:Uncaught )?(?:[\w$]+\.)*(?:[A-Z][\w$]*)?(?:Error|Exception|Warning)(?::[ \t]+\S.*|:?\s*$)/m
	},
	{
		kind: "runtime-error",
		re: /(?:^|[\s:"'(])(?:[\w$]+\.)*[A-Z][a-z][\w$]*(?:Error|Exception|Warning): \S/m,
		inline: true
	},
	{
		kind: "runtime-error",
		re: /^(?:Segmentation fault|Aborted|Killed)\b.*$|\bSegmentation fault \(core dumped\)/m
	},
	{
		kind: "package-manager",
		re: /^npm ERR! /m
	},
	{
		kind: "package-manager",
		re: /^(?:ERROR|error): (?:Could not find a version|No matching distribution|Could not resolve)/m
	}
];
/** Lines that are source code, not output: a declaration or statement that names an error type. */
var SOURCE_LINE = /^\s*(?:except\b|raise\b|throw\b|catch\b|class\b|def\b|function\b|const\b|let\b|var\b|import\b|from\b|return\b|if\b|elif\b|else\b|try\b|public\b|private\b|protected\b|static\b|#include|@|\/\/|\/\*|\*|#(?!\s*command-line))/;
/** The kinds of tool output the text contains, in the order first seen; empty when it has none. */
function toolOutputKinds(text) {
	if (!text || text.length < 6) return [];
	const kinds = [];
	for (const r of RECOGNISERS) {
		if (kinds.includes(r.kind)) continue;
		const m = r.re.exec(text);
		if (!m) continue;
		const lineStart = text.lastIndexOf("\n", m.index) + 1;
		const lineEnd = text.indexOf("\n", m.index);
		const line = text.slice(lineStart, lineEnd < 0 ? void 0 : lineEnd);
		if (r.kind === "runtime-error" && SOURCE_LINE.test(line)) continue;
		kinds.push(r.kind);
	}
	return kinds;
}
/** Whether a line is itself tool output (not prose quoting it). */
function isOutputLine(line) {
	return RECOGNISERS.some((r) => !r.inline && r.re.test(line) && !(r.kind === "runtime-error" && SOURCE_LINE.test(line)));
}
/** Errors that only say a package or command is missing: the user's environment, not the answer. */
var ENVIRONMENT_ERROR = /ModuleNotFoundError|No module named|Cannot find module|command not found|is not recognized as an internal or external command|cannot find package|Could not find a version that satisfies|No matching distribution found/i;
function isEnvironmentError(text) {
	return ENVIRONMENT_ERROR.test(text);
}
// src/core/labeller/followup/segments.ts
var FENCE = /```[^\n]*\n?[\s\S]*?(?:```|$)/g;
var INLINE = /`[^`\n]+`/g;
/**
* Splits a follow-up. `pasted` are texts the user pasted into it; `fromAnswers` are the pasted texts that came
* from the assistant's own answers (their error names are the answer's code, never a report).
*/
function segmentFollowup(text, pasted = [], fromAnswers = []) {
	let prose = text;
	const foreign = [];
	const cut = (piece, keep) => {
		if (!piece.trim() || !prose.includes(piece)) return;
		if (keep) foreign.push(piece);
		prose = prose.split(piece).join("\n");
	};
	for (const p of fromAnswers) cut(p.trim(), false);
	for (const p of pasted) if (!fromAnswers.includes(p)) cut(p.trim(), true);
	prose = prose.replace(FENCE, (block) => {
		foreign.push(block);
		return "\n";
	});
	prose = prose.replace(INLINE, (code) => {
		foreign.push(code);
		return " ";
	});
	const toolOutput = /* @__PURE__ */ new Set();
	for (const piece of foreign) for (const k of toolOutputKinds(piece)) toolOutput.add(k);
	const lines = prose.split("\n");
	const bare = toolOutputKinds(prose);
	if (bare.length) {
		for (const k of bare) toolOutput.add(k);
		if (lines.some(isOutputLine)) prose = lines.filter((line) => !isOutputLine(line) && !/^(?:\s|[|~^=_-]|\d+\s*\|)/.test(line)).join("\n");
	}
	return {
		prose,
		toolOutput: [...toolOutput],
		hasCode: foreign.length > 0 || bare.length > 0
	};
}
// src/core/labeller/followup/read.ts
var CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
function compile(phrases) {
	const latin = [];
	const cjk = [];
	for (const p of new Set(phrases)) {
		if (!p) continue;
		if (CJK.test(p)) cjk.push(p);
		else latin.push(p);
	}
	latin.sort((a, b) => b.length - a.length);
	const alternatives = latin.map((p) => {
		const escaped = p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
		return `${/^[\p{L}\p{N}]/u.test(p) ? "(?<![\\p{L}\\p{N}])" : ""}${escaped}${/[\p{L}\p{N}]$/u.test(p) ? "(?![\\p{L}\\p{N}])" : ""}`;
	});
	return {
		re: alternatives.length ? new RegExp(alternatives.join("|"), "gu") : null,
		cjk: cjk.sort((a, b) => b.length - a.length)
	};
}
/** The matchers, built on first use: a service worker woken for the popup's counts never labels and never pays for them. */
var built = null;
var matchers = () => built ??= buildMatchers();
function buildMatchers() {
	const tables = Object.values(CUE_TABLES);
	const byCategory = Object.fromEntries([
		"success",
		"positive",
		"strong",
		"weak",
		"doubt",
		"clarify",
		"repeat",
		"topicSwitch",
		"negation"
	].map((c) => [c, compile(tables.flatMap((t) => t[c]))]));
	const escapeRe = (p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
	/** An opener at the very start of the prose, in any language: whole words for Latin/Cyrillic, substrings for CJK. */
	const opener = (words) => new RegExp(`^\\s*(?:(?:${words.filter((c) => !CJK.test(c)).map(escapeRe).join("|")})(?![\\p{L}\\p{N}])|${words.filter((c) => CJK.test(c)).map(escapeRe).join("|")})`, "u");
	return {
		MATCHERS: byCategory,
		/** A contrastive opener at the very start of the prose ("But ...", "Aber ...", "但是..."). */
		CONTRAST: opener(tables.flatMap((t) => t.contrast)),
		/** An opener of a next step ("Now ...", "Jetzt ...", "现在..."): a revision word after it asks for something new. */
		NEXT_STEP: opener(tables.flatMap((t) => t.nextStep)),
		CONTINUATION: new Set(tables.flatMap((t) => t.continuation))
	};
}
/** Positive cues that are thanks: they win over a clarification request ("thanks, what do you mean by X?"). */
var THANKS = /thank|thx|danke|dank|merci|gracias|obrigad|valeu|grazie|спасибо|благодар|谢|謝|ありがとう|감사|고마/;
var BARE = new Set(BARE_POSITIVE);
var extraCache = /* @__PURE__ */ new WeakMap();
var extraMatcher = (phrases) => {
	let m = extraCache.get(phrases);
	if (!m) extraCache.set(phrases, m = compile(phrases));
	return m;
};
/** Finds every cue of a matcher in `text`, records it, and blanks it out so later categories do not see it again. */
function take(state, ...matchers) {
	const found = [];
	for (const m of matchers) {
		if (m.re) state.rest = state.rest.replace(m.re, (hit) => {
			found.push(hit);
			return " ";
		});
		for (const p of m.cjk) {
			if (!state.rest.includes(p)) continue;
			found.push(p);
			state.rest = state.rest.split(p).join(" ");
		}
	}
	state.cues.push(...found);
	return found;
}
var normalizeText = (s) => s.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
function readFollowup(text, options = {}) {
	const { MATCHERS, NEXT_STEP, CONTINUATION } = matchers();
	const segments = segmentFollowup(text, options.pasted, options.fromAnswers);
	const prose = normalizeText(segments.prose);
	const errorTrace = segments.toolOutput.length > 0;
	const environmentError = isEnvironmentError(text);
	const base = {
		errorTrace,
		toolOutput: segments.toolOutput,
		environmentError,
		doubt: false,
		repeat: false
	};
	const bare = prose.trim().replace(/[\s.!?。！…]+$/u, "");
	if (!errorTrace && CONTINUATION.has(bare)) return {
		...base,
		kind: "continuation",
		feedback: "none",
		strength: "none",
		cues: [bare]
	};
	if (!errorTrace && BARE.has(bare)) return {
		...base,
		kind: "acceptance",
		feedback: "positive",
		strength: "weak",
		cues: [bare]
	};
	const state = {
		rest: ` ${prose} `,
		cues: []
	};
	const extra = options.extra;
	const success = take(state, MATCHERS.success).length > 0;
	const strongCues = take(state, MATCHERS.strong, ...extra?.correction.length ? [extraMatcher(extra.correction)] : []);
	const onlyGeneric = strongCues.every((c) => GENERIC_ERROR_WORDS.has(c));
	const weak = take(state, MATCHERS.weak).length > 0;
	const doubt = take(state, MATCHERS.doubt).length > 0;
	const clarify = take(state, MATCHERS.clarify).length > 0;
	const repeatCue = take(state, MATCHERS.repeat).length > 0;
	const accept = take(state, MATCHERS.positive, ...extra?.acceptance.length ? [extraMatcher(extra.acceptance)] : []).length > 0 || success;
	const topicSwitch = take(state, MATCHERS.topicSwitch).length > 0;
	const askedAgain = (previous) => asksAgain(prose, normalizeText(previous), options.repeatSimilarity ?? .7);
	const repeat = repeatCue || options.previousPrompt !== void 0 && askedAgain(options.previousPrompt);
	const cues = state.cues;
	const leftover = state.rest.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
	const r = (kind, feedback, strength, more = {}) => ({
		...base,
		kind,
		feedback,
		strength,
		cues,
		...more
	});
	if (accept && topicSwitch) return r("acceptance", "positive", "weak");
	const strong = strongCues.length > 0;
	if (environmentError && (!strong || onlyGeneric)) return r("neutral", "none", "none");
	if (errorTrace || strong) return r("correction", weak || leftover >= 4 ? "correction-with-fix" : "correction-without-fix", "strong");
	if (clarify && !success && !cues.some((c) => THANKS.test(c)) && !doubt) return r("clarification", "clarification", "none");
	if (accept) return r("acceptance", "positive", success ? "strong" : "weak");
	if (weak && !NEXT_STEP.test(prose)) return r("correction", "correction-with-fix", "weak");
	if (contradicts(prose, options)) return r("correction", "correction-with-fix", "weak");
	if (doubt) return r("correction", "clarification", "weak", { doubt: true });
	if (repeat) return r("correction", "repeat", "weak", { repeat: true });
	if (clarify) return r("clarification", "clarification", "none");
	return r("neutral", "none", "none");
}
/**
* A statement (not a question) that opens with a contrast ("But rm -rf does remove ...") or negates a word the
* answer used and the prompt did not ("Leverkusen ist doch kein Stadtteil", "...지내지 않은 것 같습니다"): the
* user contradicts the answer, a correction with its fix.
*/
function contradicts(prose, options) {
	const { MATCHERS, CONTRAST } = matchers();
	const text = prose.trim();
	if (!text || /[?？]\s*$/u.test(text)) return false;
	if (CONTRAST.test(text)) return true;
	if (!options.answerText) return false;
	if (take({
		rest: ` ${text} `,
		cues: []
	}, MATCHERS.negation).length === 0) return false;
	const said = tokens$1(normalizeText(options.answerText));
	const asked = tokens$1(normalizeText(options.previousPrompt ?? ""));
	for (const t of tokens$1(text)) if (said.has(t) && !asked.has(t) && (t.length >= 4 || CJK.test(t))) return true;
	return false;
}
/**
* Whether a reply asks for the same thing as the previous prompt: most of one's words are in the other (a
* rephrase adds or drops a qualifier), and the two are alike overall (one shared word in a short reply is not).
*/
function asksAgain(reply, previous, coverage = .8) {
	const a = tokens$1(reply);
	const b = tokens$1(previous);
	if (Math.min(a.size, b.size) < 2) return false;
	let common = 0;
	for (const t of a) if (b.has(t)) common++;
	return common / Math.min(a.size, b.size) >= coverage && 2 * common / (a.size + b.size) >= .4;
}
/** Dice coefficient over word tokens (and character bigrams for CJK text): how alike two requests are. */
function similarity(a, b) {
	const ta = tokens$1(a);
	const tb = tokens$1(b);
	if (ta.size === 0 || tb.size === 0) return 0;
	let common = 0;
	for (const t of ta) if (tb.has(t)) common++;
	return 2 * common / (ta.size + tb.size);
}
function tokens$1(s) {
	const out = /* @__PURE__ */ new Set();
	for (const w of s.match(/[\p{L}\p{N}_]+/gu) ?? []) {
		if (!CJK.test(w)) {
			if (w.length > 1 || /\d/.test(w)) out.add(w);
			continue;
		}
		for (const run of w.match(/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]+|[^\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]+/g) ?? []) {
			if (!CJK.test(run)) {
				if (run.length > 1) out.add(run);
				continue;
			}
			if (run.length === 1) out.add(run);
			for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
		}
	}
	return out;
}
// src/core/align.ts
function tokens(s) {
	const counts = /* @__PURE__ */ new Map();
	for (const t of s.toLowerCase().match(/[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
	return counts;
}
/** Dice coefficient over token multisets: cheap and order-insensitive, a first filter. */
function tokenSimilarity(a, b) {
	const ta = tokens(a);
	const tb = tokens(b);
	let common = 0;
	let total = 0;
	for (const n of ta.values()) total += n;
	for (const n of tb.values()) total += n;
	for (const [t, n] of ta) common += Math.min(n, tb.get(t) ?? 0);
	return total ? 2 * common / total : 0;
}
// src/core/labeller/paste-provenance.ts
/** Texts longer than this are compared by token overlap only (no diff): pastes of whole files stay cheap. */
var MAX_DIFF_CHARS = 2e4;
var MIN_ROUGH = .3;
var cache = /* @__PURE__ */ new WeakMap();
/** The origin of every paste in the conversation (null: pasted from elsewhere), by paste event id. */
function pasteOrigins(conversation, minSimilarity) {
	let origins = cache.get(conversation);
	if (origins) return origins;
	origins = /* @__PURE__ */ new Map();
	const pastes = conversation.of("paste");
	if (pastes.length) {
		const copies = conversation.of("copy");
		const answers = [...conversation.responses.values()];
		for (const paste of pastes) origins.set(paste.id, originOf(paste, copies, answers, minSimilarity));
	}
	cache.set(conversation, origins);
	return origins;
}
function originOf(paste, copies, answers, minSimilarity) {
	if (!paste.text.trim()) return null;
	const at = time(paste.ts);
	const byId = new Map(answers.map((a) => [a.messageId, a]));
	let best = null;
	for (const copy of copies) {
		if (time(copy.ts) > at || !byId.has(copy.messageId)) continue;
		const compared = compare(copy.text, paste.text);
		if (!compared || compared.similarity < minSimilarity) continue;
		if (!best || compared.similarity >= best.similarity) {
			const answer = byId.get(copy.messageId);
			const start = answer.text.slice(copy.start, copy.end) === copy.text ? copy.start : answer.text.indexOf(copy.text);
			best = {
				paste,
				messageId: copy.messageId,
				copy,
				source: copy.text,
				...start >= 0 ? { start } : {},
				...compared
			};
		}
	}
	if (best) return best;
	for (const answer of answers) {
		if (time(answer.ts) > at) continue;
		for (const source of [answer.text, ...answer.codeBlocks.map((b) => b.code)]) {
			const compared = compare(source, paste.text);
			if (!compared || compared.similarity < minSimilarity) continue;
			if (!best || compared.similarity > best.similarity || compared.similarity === best.similarity && time(answer.ts) >= time(byId.get(best.messageId).ts)) {
				const start = answer.text.indexOf(source);
				best = {
					paste,
					messageId: answer.messageId,
					source,
					...start >= 0 ? { start } : {},
					...compared
				};
			}
		}
	}
	return best;
}
function compare(source, pasted) {
	if (!source.trim()) return null;
	const rough = tokenSimilarity(source, pasted);
	if (rough < MIN_ROUGH) return null;
	if (source.length + pasted.length > MAX_DIFF_CHARS) return {
		similarity: rough,
		changedChars: rough === 1 ? 0 : Infinity
	};
	let kept = 0;
	let changed = 0;
	for (const part of diffWordsWithSpace(source, pasted)) if (part.added || part.removed) changed += part.value.replace(/\s+/g, "").length;
	else kept += part.value.length;
	return {
		similarity: Math.min(1, 2 * kept / (source.length + pasted.length)),
		changedChars: changed
	};
}
/** The answer with the pasted text in place of the span it was taken from: the answer the user wanted. */
function spliceEdit(answer, origin) {
	let edited = origin.paste.text;
	if (origin.source.endsWith("\n") && !edited.endsWith("\n")) edited += "\n";
	if (origin.start !== void 0 && answer.text.slice(origin.start, origin.start + origin.source.length) === origin.source) return answer.text.slice(0, origin.start) + edited + answer.text.slice(origin.start + origin.source.length);
	return origin.source === answer.text ? origin.paste.text : edited;
}
/** Pastes sent within a prompt: those made since the previous message whose text the prompt contains. */
function pastesIn(conversation, prompt, since, minSimilarity) {
	const sent = time(prompt.ts);
	const pasted = [];
	const fromAnswers = [];
	const origins = pasteOrigins(conversation, minSimilarity);
	for (const paste of conversation.of("paste")) {
		const t = time(paste.ts);
		if (t < since || t > sent) continue;
		const text = paste.text.trim();
		if (!text || !prompt.text.includes(text)) continue;
		pasted.push(paste.text);
		if (origins.get(paste.id)) fromAnswers.push(paste.text);
	}
	return {
		pasted,
		fromAnswers
	};
}
// src/core/labeller/signals/followup.ts
function followupSignals(ep) {
	const { followup, continued, cues, pasteEdit } = ep.rules;
	const signals = [];
	const answeredAt = time(ep.answer.ts);
	for (const reply of ep.replies) {
		if (reply.origin === "history") continue;
		const { pasted, fromAnswers } = pastesIn(ep.conversation, reply, answeredAt, pasteEdit.minSimilarity);
		const reading = readFollowup(reply.text, {
			extra: {
				correction: cues.extraCorrection,
				acceptance: cues.extraAcceptance
			},
			pasted,
			fromAnswers,
			...ep.prompt ? { previousPrompt: ep.prompt.text } : {},
			repeatSimilarity: followup.repeatSimilarity,
			answerText: ep.answer.text
		});
		const delayMs = delayOf(ep, reply.messageId) ?? time(reply.ts) - answeredAt;
		const ids = [reply.id, ...eventsOf(ep.about(reply.messageId), "followup").map((f) => f.id)];
		const detail = describe(reading, delayMs);
		const at = {
			ts: reply.ts,
			eventIds: ids,
			detail
		};
		if (reading.kind === "continuation") continue;
		if (reading.kind === "correction") {
			const failure = reading.strength === "strong";
			const base = failure ? reading.errorTrace && ep.answer.codeBlocks.length > 0 ? followup.errorTraceConfidence : followup.correctionConfidence : followup.weakConfidence;
			const quick = delayMs < followup.quickMs ? followup.quickBonus : 0;
			const rule = reading.feedback === "repeat" ? "followup_rephrase" : "followup_correction";
			signals.push({
				rule,
				polarity: "reject",
				outcome: true,
				failure,
				confidence: Math.min(1, base + quick),
				...at
			});
		} else if (reading.kind === "acceptance") {
			const confidence = reading.strength === "strong" ? followup.acceptanceConfidence + .05 : followup.acceptanceConfidence;
			signals.push({
				rule: "followup_acceptance",
				polarity: "accept",
				outcome: true,
				confidence,
				...at
			});
		} else if (reading.environmentError && reading.kind === "neutral") signals.push({
			rule: "followup_correction",
			polarity: "reject",
			confidence: 0,
			...at
		});
		else if (reading.kind === "clarification") signals.push({
			rule: "followup_clarification",
			polarity: "accept",
			confidence: 0,
			...at
		});
		else {
			const confidence = delayMs >= continued.settledMs ? continued.settledConfidence : continued.confidence;
			signals.push({
				rule: "continued",
				polarity: "accept",
				confidence,
				...at
			});
		}
	}
	return strongestPerRule(signals);
}
function describe(r, delayMs) {
	const what = r.feedback === "none" ? r.kind : r.feedback;
	const cues = r.cues.length ? ` cues: ${r.cues.slice(0, 5).join(", ")}` : "";
	return `${what}${r.toolOutput.length ? ` (tool output: ${r.toolOutput.join(", ")})` : ""}${`${r.doubt ? " (doubt)" : ""}${r.environmentError ? " (environment)" : ""}`} after ${Math.round(delayMs / 1e3)}s;${cues}`;
}
function delayOf(ep, promptId) {
	return eventsOf(ep.about(promptId), "followup").find((f) => f.messageId === promptId)?.delayMs;
}
function strongestPerRule(signals) {
	const best = /* @__PURE__ */ new Map();
	for (const s of signals) {
		const prev = best.get(s.rule);
		const keep = !prev || s.confidence > prev.confidence ? s : prev;
		const eventIds = [.../* @__PURE__ */ new Set([...prev?.eventIds ?? [], ...s.eventIds])];
		best.set(s.rule, {
			...keep,
			failure: !!(s.failure || prev?.failure),
			eventIds
		});
	}
	return [...best.values()].map((s) => s.failure === false && s.polarity !== "reject" ? withoutFailure(s) : s);
}
var withoutFailure = ({ failure: _f, ...s }) => s;
// src/core/labeller/signals/new-chat-rephrase.ts
/** Signals by conversation key, then by answer messageId. */
function newChatRephraseSignals(conversations, rules) {
	const out = /* @__PURE__ */ new Map();
	if (conversations.length < 2) return out;
	const bySite = /* @__PURE__ */ new Map();
	for (const conversation of conversations) {
		const live = conversation.of("prompt").filter((p) => p.origin === "live");
		if (!live.length) continue;
		const first = live.find((p) => !conversation.parents.has(p.messageId));
		const last = live[live.length - 1];
		const lastAnswer = answersTo(conversation, last.messageId).at(-1);
		const list = bySite.get(conversation.site) ?? [];
		list.push({
			conversation,
			...first ? { first } : {},
			last,
			...lastAnswer ? { lastAnswer } : {}
		});
		bySite.set(conversation.site, list);
	}
	const { withinMs, confidence } = rules.newChat;
	for (const chats of bySite.values()) {
		if (chats.length < 2) continue;
		const ended = chats.filter((c) => c.lastAnswer).sort((a, b) => time(a.lastAnswer.ts) - time(b.lastAnswer.ts));
		for (const next of chats) {
			if (!next.first) continue;
			const startedAt = time(next.first.ts);
			let lo = 0;
			let hi = ended.length;
			while (lo < hi) {
				const mid = lo + hi >> 1;
				if (time(ended[mid].lastAnswer.ts) <= startedAt) lo = mid + 1;
				else hi = mid;
			}
			let k = lo - 1;
			while (k >= 0 && ended[k] === next) k--;
			const from = ended[k];
			if (!from || startedAt - time(from.lastAnswer.ts) > withinMs) continue;
			const again = normalizeText(next.first.text);
			const before = normalizeText(from.last.text);
			if (!asksAgain(again, before, rules.newChat.similarity)) continue;
			const alike = similarity(again, before);
			const answer = from.lastAnswer;
			const signal = {
				rule: "new_chat_rephrase",
				polarity: "reject",
				outcome: true,
				confidence,
				ts: next.first.ts,
				eventIds: [next.first.id],
				detail: `asked again in a new chat (${next.conversation.key}) after ${Math.round((startedAt - time(answer.ts)) / 1e3)}s; likeness ${alike.toFixed(2)}`
			};
			const byAnswer = out.get(from.conversation.key) ?? /* @__PURE__ */ new Map();
			byAnswer.set(answer.messageId, [...byAnswer.get(answer.messageId) ?? [], signal]);
			out.set(from.conversation.key, byAnswer);
		}
	}
	return out;
}
// src/core/labeller/signals/paste-edit.ts
function pasteEditSignals(ep) {
	const { pasteEdit } = ep.rules;
	if (ep.conversation.of("paste").length === 0) return [];
	const id = ep.answer.messageId;
	const edits = [...pasteOrigins(ep.conversation, pasteEdit.minSimilarity).values()].filter((o) => !!o && o.messageId === id && o.changedChars >= pasteEdit.minChangedChars);
	const last = edits[edits.length - 1];
	if (!last) return [];
	const around = promptAround(ep.conversation.events, last.paste);
	const reading = around ? readFollowup(around.text, {
		pasted: [last.paste.text],
		fromAnswers: [last.paste.text]
	}) : void 0;
	const failed = reading?.kind === "correction" && reading.strength === "strong";
	return [{
		rule: "paste_edit",
		polarity: "refine",
		confidence: failed ? pasteEdit.withErrorConfidence : pasteEdit.confidence,
		ts: last.paste.ts,
		eventIds: [
			last.paste.id,
			...last.copy ? [last.copy.id] : [],
			...around ? [around.id] : []
		],
		detail: `pasted back with ${last.changedChars} changed chars (similarity ${last.similarity.toFixed(2)}${last.copy ? `, from copy ${last.copy.id}` : ""})${failed ? "; the prompt reports it still fails" : ""}`,
		target: spliceEdit(ep.answer, last)
	}];
}
function promptAround(events, paste) {
	const after = events.filter((e) => e.kind === "prompt" && time(e.ts) >= time(paste.ts));
	const probe = paste.text.trim().slice(0, 60);
	return after.find((p) => probe && p.text.includes(probe)) ?? after[0];
}
// src/core/labeller/signals/stop.ts
function stopSignals(ep) {
	const stops = eventsOf(ep.about(ep.answer.messageId), "stop").filter((s) => s.messageId === ep.answer.messageId);
	if (stops.length === 0 && ep.answer.complete !== "stopped") return [];
	const stoppedAt = time(stops[0]?.ts ?? ep.answer.ts);
	if (eventsOf(ep.about(ep.answer.messageId), "copy").some((c) => c.messageId === ep.answer.messageId && time(c.ts) >= stoppedAt && copyConfidence(c, ep.rules.copy, ep.answer) > 0)) return [];
	if (ep.replies[0] && readFollowup(ep.replies[0].text).kind === "continuation") return [];
	return [{
		rule: "stop",
		polarity: "reject",
		confidence: ep.rules.stop.confidence,
		ts: stops[0]?.ts ?? ep.answer.ts,
		eventIds: stops.length ? stops.map((s) => s.id) : [ep.answer.id],
		detail: "generation stopped early"
	}];
}
// src/core/labeller/signals/thumbs.ts
function thumbsSignals(ep) {
	const ratings = eventsOf(ep.about(ep.answer.messageId), "feedback").filter((f) => f.messageId === ep.answer.messageId);
	const last = ratings[ratings.length - 1];
	if (!last) return [];
	return [{
		rule: "thumbs",
		polarity: last.rating === "up" ? "accept" : "reject",
		confidence: ep.rules.thumbs.confidence,
		explicit: true,
		ts: last.ts,
		eventIds: ratings.map((f) => f.id),
		detail: `thumbs ${last.rating}${last.comment ? `: ${last.comment.slice(0, 200)}` : ""}`
	}];
}
// src/core/labeller/signals/variants.ts
function historyOf(ep, variant) {
	const id = variant.messageId;
	const events = ep.about(id);
	const regeneratedAway = events.filter((e) => e.kind === "regenerate" && e.oldResponseId === id);
	const switchedAway = events.filter((e) => e.kind === "branch_switch" && e.fromMessageId === id);
	const switchedTo = events.filter((e) => e.kind === "branch_switch" && e.toMessageId === id);
	const leaves = [...regeneratedAway, ...switchedAway].map((e) => time(e.ts));
	const awayAt = leaves.length ? Math.max(...leaves) : void 0;
	const keptBy = [...childPrompts(ep.conversation, id).map((p) => ({
		id: p.id,
		t: time(p.ts)
	})), ...events.flatMap((e) => e.kind === "copy" && e.messageId === id && copyConfidence(e, ep.rules.copy, variant) > 0 || e.kind === "feedback" && e.messageId === id && e.rating === "up" ? [{
		id: e.id,
		t: time(e.ts)
	}] : [])].filter((u) => awayAt === void 0 || u.t > awayAt);
	return {
		...awayAt !== void 0 ? { awayAt } : {},
		regeneratedAway,
		switchedAway,
		switchedTo,
		keptBy
	};
}
function variantSignals(ep) {
	if (ep.siblings.length === 0) return [];
	const { regenerate, branchSwitch } = ep.rules;
	const mine = historyOf(ep, ep.answer);
	const others = ep.siblings.map((s) => ({
		s,
		h: historyOf(ep, s)
	}));
	const moved = (h) => h.regeneratedAway.length + h.switchedAway.length + h.switchedTo.length > 0;
	if (ep.answer.origin === "history" && !moved(mine) && !others.some((o) => moved(o.h))) return historyBranchSignals(ep, others.map((o) => o.s));
	const keptSiblings = others.filter((o) => o.h.keptBy.length > 0);
	if (mine.keptBy.length > 0) {
		const keptAfter = (ts) => mine.keptBy.some((k) => k.t > time(ts));
		const passedOver = others.filter((o) => o.h.keptBy.length === 0 && (o.h.awayAt !== void 0 || keptAfter(o.s.ts)));
		if (passedOver.length === 0) return [];
		const returned = mine.switchedTo.length > 0 && mine.awayAt !== void 0;
		const ids = [...mine.switchedTo, ...passedOver.flatMap((o) => o.h.regeneratedAway)].map((e) => e.id);
		return [{
			rule: returned ? "branch_switch" : "regenerate",
			polarity: "accept",
			confidence: returned ? branchSwitch.returnedToConfidence : regenerate.keptConfidence,
			ts: new Date(Math.max(...mine.keptBy.map((k) => k.t))).toISOString(),
			eventIds: [.../* @__PURE__ */ new Set([...ids, ...mine.keptBy.map((k) => k.id)])],
			detail: `kept over ${passedOver.map((o) => o.s.messageId).join(", ")}`
		}];
	}
	const keptLater = keptSiblings.filter((o) => o.h.keptBy.some((k) => k.t > time(ep.answer.ts)));
	if (mine.regeneratedAway.length > 0) {
		const kept = keptLater.length > 0;
		return [{
			rule: "regenerate",
			polarity: "reject",
			veto: true,
			confidence: kept ? regenerate.keptElsewhereConfidence : regenerate.notKeptConfidence,
			ts: mine.regeneratedAway[mine.regeneratedAway.length - 1].ts,
			eventIds: [...mine.regeneratedAway.map((e) => e.id), ...keptLater.flatMap((o) => o.h.keptBy.map((k) => k.id))],
			detail: kept ? `regenerated away; kept ${keptLater.map((o) => o.s.messageId).join(", ")}` : "regenerated away; no variant kept yet"
		}];
	}
	if (keptLater.length > 0) return [{
		rule: "branch_switch",
		polarity: "reject",
		veto: true,
		confidence: branchSwitch.passedOverConfidence,
		ts: ep.answer.ts,
		eventIds: [...mine.switchedAway.map((e) => e.id), ...keptLater.flatMap((o) => o.h.keptBy.map((k) => k.id))],
		detail: `shown, then passed over for ${keptLater.map((o) => o.s.messageId).join(", ")}`
	}];
	return [];
}
/** The site's tree says which variant the conversation continued from; nothing else is known about loaded ones. */
function historyBranchSignals(ep, siblings) {
	const continuedFrom = (a) => childPrompts(ep.conversation, a.messageId);
	const mine = continuedFrom(ep.answer);
	const kept = siblings.filter((s) => continuedFrom(s).length > 0);
	const { history } = ep.rules;
	if (mine.length > 0 && kept.length < siblings.length) return [{
		rule: "history_branch",
		polarity: "accept",
		confidence: history.keptVariantConfidence,
		ts: ep.answer.ts,
		eventIds: [ep.answer.id, ...mine.map((p) => p.id)],
		detail: "the loaded conversation continued from this variant"
	}];
	if (mine.length === 0 && kept.length > 0) return [{
		rule: "history_branch",
		polarity: "reject",
		veto: true,
		confidence: history.passedOverConfidence,
		ts: ep.answer.ts,
		eventIds: [ep.answer.id, ...kept.map((k) => k.id)],
		detail: `the loaded conversation continued from ${kept.map((k) => k.messageId).join(", ")} instead`
	}];
	return [];
}
// src/core/labeller/label-events.ts
/** Rules that read one episode; correction_then_accepted runs after, on their first-pass labels. */
var EPISODE_RULES = [
	copySignals,
	thumbsSignals,
	variantSignals,
	editPromptSignals,
	stopSignals,
	pasteEditSignals,
	followupSignals
];
function labelEvents(events, rulesOverride = {}) {
	const rules = resolveRules(rulesOverride);
	const labels = [];
	const conversations = groupConversations(events);
	const acrossChats = newChatRephraseSignals(conversations, rules);
	for (const conversation of conversations) {
		const episodes = new Map(buildEpisodes(conversation, rules).map((ep) => [ep.answer.messageId, ep]));
		const extra = acrossChats.get(conversation.key);
		const signalsOf = (id, ep) => [...EPISODE_RULES.flatMap((rule) => rule(ep)), ...extra?.get(id) ?? []];
		const signals = new Map([...episodes].map(([id, ep]) => [id, signalsOf(id, ep)]));
		const firstPass = new Map([...signals].map(([id, s]) => [id, combineSignals(s, rules)]));
		for (const [id, ep] of episodes) {
			const extra = correctionThenAcceptedSignal(ep, signals, firstPass, episodes);
			const combined = ep.answer.complete === "interrupted" ? interrupted(ep.answer.id) : extra.length ? combineSignals([...signals.get(id), ...extra], rules) : firstPass.get(id);
			labels.push({
				conversationKey: conversation.key,
				messageId: id,
				eventId: ep.answer.id,
				...combined,
				rulesVersion: LABEL_RULES_VERSION
			});
		}
	}
	return labels;
}
/**
* An answer the page lost mid-stream (the tab closed or navigated while it streamed): its text is not the whole
* answer, so it is never a training target, and the user never judged it. Unknown, saying why.
*/
function interrupted(eventId) {
	return {
		label: "unknown",
		confidence: 0,
		evidence: [{
			rule: "interrupted",
			eventIds: [eventId],
			detail: "the page went away while it was streaming"
		}]
	};
}
// src/core/export/crc32.ts
var TABLE = (() => {
	const t = /* @__PURE__ */ new Int32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
		t[n] = c;
	}
	return t;
})();
var Crc32 = class {
	c = -1;
	update(data) {
		let c = this.c;
		for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 255] ^ c >>> 8;
		this.c = c;
		return this;
	}
	value() {
		return ~this.c >>> 0;
	}
};
// src/core/export/compressor.ts
/**
* A push of at least this many bytes resolves only once the compressor has read them. Node's CompressionStream reports
* a chunk below its stream's 16 KiB high-water mark read while it still holds it, uncopied: such a chunk's buffer may
* be reused only once the compressor has finished.
*/
var READ_WHOLE_BYTES = 65536;
var GZIP_HEADER = 10;
var GZIP_TRAILER = 8;
var jsCompressor = (onData) => {
	const out = [];
	const deflate = new Deflate({ level: 6 }, (chunk) => void out.push(chunk));
	const crc = new Crc32();
	const drain = async () => {
		for (const chunk of out.splice(0)) await onData(chunk);
	};
	return {
		async push(data) {
			crc.update(data);
			deflate.push(data, false);
			await drain();
		},
		async finish() {
			deflate.push(/* @__PURE__ */ new Uint8Array(0), true);
			await drain();
			return crc.value();
		}
	};
};
var nativeCompressor = (onData) => {
	const stream = new CompressionStream("gzip");
	const writer = stream.writable.getWriter();
	const reader = stream.readable.getReader();
	let header = /* @__PURE__ */ new Uint8Array(0);
	/** The last bytes seen, whose end is the trailer once the stream ends: never handed on before the next chunk comes. */
	let held = /* @__PURE__ */ new Uint8Array(0);
	let size = 0;
	const take = async (chunk) => {
		if (header.length < GZIP_HEADER) {
			const need = GZIP_HEADER - header.length;
			header = concat(header, chunk.subarray(0, need));
			chunk = chunk.subarray(need);
			if (header.length === GZIP_HEADER && (header[0] !== 31 || header[1] !== 139 || header[3] !== 0)) throw new Error("unexpected gzip header from CompressionStream");
		}
		if (chunk.length >= GZIP_TRAILER) {
			const before = held;
			held = chunk;
			if (before.length) await onData(before);
		} else if (chunk.length) held = concat(held, chunk);
	};
	const pump = (async () => {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return;
			await take(value);
		}
	})();
	pump.catch(() => void 0);
	return {
		push(data) {
			size += data.length;
			return writer.write(data);
		},
		async finish() {
			await writer.close();
			await pump;
			if (held.length < GZIP_TRAILER) throw new Error("truncated gzip stream from CompressionStream");
			const view = new DataView(held.buffer, held.byteOffset + held.length - GZIP_TRAILER, GZIP_TRAILER);
			if (view.getUint32(4, true) !== size % 2 ** 32) throw new Error("gzip length does not match the bytes written");
			const crc = view.getUint32(0, true);
			if (held.length > GZIP_TRAILER) await onData(held.subarray(0, held.length - GZIP_TRAILER));
			return crc;
		}
	};
};
function concat(a, b) {
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}
/** The native compressor where the runtime has one, else the JavaScript one. */
var defaultCompressor = (onData) => typeof CompressionStream === "function" ? nativeCompressor(onData) : jsCompressor(onData);
// src/core/export/sha256.ts
var K = new Int32Array([
	1116352408,
	1899447441,
	3049323471,
	3921009573,
	961987163,
	1508970993,
	2453635748,
	2870763221,
	3624381080,
	310598401,
	607225278,
	1426881987,
	1925078388,
	2162078206,
	2614888103,
	3248222580,
	3835390401,
	4022224774,
	264347078,
	604807628,
	770255983,
	1249150122,
	1555081692,
	1996064986,
	2554220882,
	2821834349,
	2952996808,
	3210313671,
	3336571891,
	3584528711,
	113926993,
	338241895,
	666307205,
	773529912,
	1294757372,
	1396182291,
	1695183700,
	1986661051,
	2177026350,
	2456956037,
	2730485921,
	2820302411,
	3259730800,
	3345764771,
	3516065817,
	3600352804,
	4094571909,
	275423344,
	430227734,
	506948616,
	659060556,
	883997877,
	958139571,
	1322822218,
	1537002063,
	1747873779,
	1955562222,
	2024104815,
	2227730452,
	2361852424,
	2428436474,
	2756734187,
	3204031479,
	3329325298
]);
var Sha256 = class {
	h = new Int32Array([
		1779033703,
		3144134277,
		1013904242,
		2773480762,
		1359893119,
		2600822924,
		528734635,
		1541459225
	]);
	block = /* @__PURE__ */ new Uint8Array(64);
	blockLen = 0;
	total = 0;
	w = /* @__PURE__ */ new Int32Array(64);
	update(data) {
		this.total += data.length;
		let i = 0;
		if (this.blockLen) {
			const take = Math.min(64 - this.blockLen, data.length);
			this.block.set(data.subarray(0, take), this.blockLen);
			this.blockLen += take;
			i = take;
			if (this.blockLen === 64) {
				this.compress(this.block, 0);
				this.blockLen = 0;
			}
		}
		for (; i + 64 <= data.length; i += 64) this.compress(data, i);
		if (i < data.length) {
			this.block.set(data.subarray(i), 0);
			this.blockLen = data.length - i;
		}
		return this;
	}
	hex() {
		const bits = this.total * 8;
		const pad = new Uint8Array((this.blockLen < 56 ? 56 : 120) - this.blockLen + 8);
		pad[0] = 128;
		const view = new DataView(pad.buffer);
		view.setUint32(pad.length - 8, Math.floor(bits / 2 ** 32));
		view.setUint32(pad.length - 4, bits >>> 0);
		const total = this.total;
		this.update(pad);
		this.total = total;
		return [...this.h].map((x) => (x >>> 0).toString(16).padStart(8, "0")).join("");
	}
	/**
	* One 64-byte block. Written for V8: the state in local variables (not destructured from the typed array, which
	* goes through the iterator), the schedule in a reused Int32Array: about five times faster, which is most of an
	* export's hashing time (hundreds of MB at 100,000 answers).
	*/
	compress(data, off) {
		const w = this.w;
		const H = this.h;
		for (let t = 0, j = off; t < 16; t++, j += 4) w[t] = data[j] << 24 | data[j + 1] << 16 | data[j + 2] << 8 | data[j + 3];
		for (let t = 16; t < 64; t++) {
			const a = w[t - 15];
			const b = w[t - 2];
			const s0 = (a >>> 7 | a << 25) ^ (a >>> 18 | a << 14) ^ a >>> 3;
			const s1 = (b >>> 17 | b << 15) ^ (b >>> 19 | b << 13) ^ b >>> 10;
			w[t] = w[t - 16] + s0 + w[t - 7] + s1 | 0;
		}
		let a = H[0] | 0;
		let b = H[1] | 0;
		let c = H[2] | 0;
		let d = H[3] | 0;
		let e = H[4] | 0;
		let f = H[5] | 0;
		let g = H[6] | 0;
		let h = H[7] | 0;
		for (let t = 0; t < 64; t++) {
			const S1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
			const ch = e & f ^ ~e & g;
			const t1 = h + S1 + ch + K[t] + w[t] | 0;
			const t2 = ((a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10)) + (a & b ^ a & c ^ b & c) | 0;
			h = g;
			g = f;
			f = e;
			e = d + t1 | 0;
			d = c;
			c = b;
			b = a;
			a = t1 + t2 | 0;
		}
		H[0] = H[0] + a | 0;
		H[1] = H[1] + b | 0;
		H[2] = H[2] + c | 0;
		H[3] = H[3] + d | 0;
		H[4] = H[4] + e | 0;
		H[5] = H[5] + f | 0;
		H[6] = H[6] + g | 0;
		H[7] = H[7] + h | 0;
	}
};
// src/core/export/file-hasher.ts
var wasmWorks = null;
function jsHasher() {
	const h = new Sha256();
	return {
		update: (data) => void h.update(data),
		hex: () => h.hex()
	};
}
/**
* Native SHA-256 of everything passed to update, in one call: for a part of bounded size. A part handed over whole
* with adopt (the bundle writer's own buffer) is hashed where it is; bytes passed to update are copied into a buffer
* that grows to the part's size and goes back to `pool` once hashed, for the next part (a copy per chunk made
* hundreds of MB of short-lived ArrayBuffers, whose collection cost more than the hashing saved).
*/
function nativeFileHasher(subtle, pool = []) {
	let buffer = null;
	let bytes = 0;
	let adopted = null;
	return {
		adopt(data) {
			if (bytes === 0 && !adopted) adopted = data;
			else this.update(data);
		},
		update(data) {
			if (adopted) {
				const first = adopted;
				adopted = null;
				this.update(first);
			}
			const need = bytes + data.length;
			if (!buffer || buffer.length < need) {
				let grown = pool.pop() ?? new Uint8Array(Math.max(need, 262144));
				if (grown.length < need) grown = new Uint8Array(Math.max(need, grown.length * 2, (buffer?.length ?? 0) * 2));
				if (buffer) grown.set(buffer.subarray(0, bytes));
				buffer = grown;
			}
			buffer.set(data, bytes);
			bytes = need;
		},
		async hex() {
			const whole = adopted ?? buffer ?? /* @__PURE__ */ new Uint8Array(0);
			const used = adopted ? adopted.length : bytes;
			const own = !adopted && buffer;
			buffer = adopted = null;
			const digest = new Uint8Array(await subtle.digest("SHA-256", whole.subarray(0, used)));
			if (own && whole.length) pool.push(whole);
			let hex = "";
			for (const b of digest) hex += b.toString(16).padStart(2, "0");
			return hex;
		}
	};
}
/**
* Hashers for one bundle: native where WebCrypto is present (browsers' secure contexts, Node), sharing the buffers
* of parts already hashed, else incremental ones.
*/
function fileHashers() {
	const subtle = globalThis.crypto?.subtle;
	if (!subtle) return createIncrementalHasher;
	const pool = [];
	return () => Promise.resolve(nativeFileHasher(subtle, pool));
}
/** A WebAssembly hasher where one can be made (tried once per page), else the JavaScript one. */
async function createIncrementalHasher() {
	if (wasmWorks === false) return jsHasher();
	try {
		const h = await createSHA256();
		wasmWorks = true;
		h.init();
		return {
			update: (data) => void h.update(data),
			hex: () => h.digest("hex")
		};
	} catch {
		wasmWorks = false;
		return jsHasher();
	}
}
// src/core/export/spool.ts
var ROLL_BYTES = 4194304;
var READ_BYTES = 1048576;
/** Bytes rolled into Blobs of about ROLL_BYTES as they come, so a page holds at most a few MB of them at a time. */
var BlobRoll = class {
	#blobs = [];
	#pending = [];
	#pendingBytes = 0;
	write(chunk) {
		this.#pending.push(chunk);
		this.#pendingBytes += chunk.length;
		if (this.#pendingBytes >= ROLL_BYTES) this.#roll();
	}
	/** Every byte written so far, in order. */
	blobs() {
		this.#roll();
		return this.#blobs;
	}
	clear() {
		this.#blobs = [];
		this.#pending = [];
		this.#pendingBytes = 0;
	}
	#roll() {
		if (this.#pending.length) this.#blobs.push(new Blob(this.#pending));
		this.#pending = [];
		this.#pendingBytes = 0;
	}
};
var blobSpool = () => {
	const roll = new BlobRoll();
	return {
		write: (chunk) => roll.write(chunk),
		async *read() {
			for (const blob of roll.blobs()) for (let at = 0; at < blob.size; at += READ_BYTES) yield new Uint8Array(await blob.slice(at, at + READ_BYTES).arrayBuffer());
		},
		dispose: () => roll.clear()
	};
};
// src/core/export/bundle.ts
var BUNDLE_FORMAT = "echo-capture-bundle";
/** Encoded bytes handed to the compressor at once. */
var PUSH_BYTES = 262144;
/** A part's buffer starts this small (a small file never takes a whole part's) and doubles up to the part size. */
var FIRST_BUFFER = 65536;
var BundleWriter = class {
	spools;
	compressors;
	hashers;
	partBytes;
	files = /* @__PURE__ */ new Map();
	enc = new TextEncoder();
	/**
	* Buffers of parts already compressed and hashed, for the next parts. A new buffer per flush (before round 7)
	* made hundreds of MB of short-lived ArrayBuffers that waited for a full collection: the page's memory grew with
	* the export's size. Reused whole, the buffers are the writer's memory: one per open file, bounded by the part size.
	*/
	pool = [];
	constructor(spools = blobSpool, compressors = defaultCompressor, hashers = fileHashers(), partBytes = PART_BYTES) {
		this.spools = spools;
		this.compressors = compressors;
		this.hashers = hashers;
		this.partBytes = partBytes;
		this.pushBytes = Math.min(PUSH_BYTES, Math.max(READ_WHOLE_BYTES, Math.floor(partBytes / 4)));
	}
	/**
	* Pushed in slices of at least READ_WHOLE_BYTES but for a part's last (./compressor.ts: a smaller push may be read
	* later; a part's buffer is reused only once the compressor has finished it).
	*/
	pushBytes;
	/** Declares a file; files appear in the zip and the manifest in the order they were declared. */
	async declare(name, description) {
		if (this.files.has(name)) throw new Error(`bundle file declared twice: ${name}`);
		this.files.set(name, {
			name,
			description,
			parts: [await this.part(name, 0)],
			records: 0,
			closed: false
		});
	}
	async part(name, index) {
		const spool = await this.spools(index ? `${name}.${index}` : name);
		return {
			spool,
			compressor: this.compressors((chunk) => spool.write(chunk)),
			hash: await this.hashers(),
			buffer: this.buffer(index > 0),
			bytes: 0,
			pushedBytes: 0,
			pushed: Promise.resolve(),
			records: 0,
			crc: 0
		};
	}
	/**
	* A reused buffer, or a new one: small for a file's first part, a whole part's for the next ones (the file is
	* large: growing each part's buffer from small by doubling copied as many bytes as the hashing copy it replaced).
	*/
	buffer(large) {
		const i = large ? this.pool.findIndex((b) => b.length >= this.partBytes) : this.pool.length - 1;
		if (i >= 0) return this.pool.splice(i, 1)[0];
		return new Uint8Array(large ? this.partBytes : Math.min(FIRST_BUFFER, this.partBytes));
	}
	has(name) {
		return this.files.has(name);
	}
	/**
	* Appends one JSON line. Returns a promise only when bytes went to the compressor or a part ended, which the caller
	* awaits before writing again: most writes only encode into the part's buffer, and awaiting each one cost a
	* microtask turn per record.
	*/
	write(name, record) {
		return this.writeText(name, JSON.stringify(record) + "\n", 1);
	}
	/** Appends text of whole lines; a promise only when it has to be awaited (see write). */
	writeText(name, text, lines = countLines(text)) {
		const file = this.open(name);
		file.records += lines;
		const part = file.parts.at(-1);
		if (!this.encode(part, text, part.bytes === 0 || !file.name.endsWith(".jsonl"))) return this.nextPart(file, text, lines);
		part.records += lines;
		return part.bytes - part.pushedBytes >= this.pushBytes ? this.push(part) : void 0;
	}
	/**
	* Appends bytes of whole lines (a conversation's kept lines), split into parts exactly as writeText splits the
	* same text; a promise only when it has to be awaited (see write).
	*/
	writeBytes(name, bytes, lines) {
		const file = this.open(name);
		file.records += lines;
		const part = file.parts.at(-1);
		if (!(part.bytes + bytes.length <= this.partBytes) && part.bytes > 0 && file.name.endsWith(".jsonl")) return this.nextPart(file, bytes, lines);
		this.copy(part, bytes);
		part.records += lines;
		return part.bytes - part.pushedBytes >= this.pushBytes ? this.push(part) : void 0;
	}
	/** Copies bytes after the part's, in a larger buffer when they do not fit (see encode). */
	copy(part, bytes) {
		if (part.bytes + bytes.length > part.buffer.length) {
			const grown = new Uint8Array(Math.max(part.bytes + bytes.length, part.buffer.length * 2));
			grown.set(part.buffer.subarray(0, part.bytes));
			part.buffer = grown;
		}
		part.buffer.set(bytes, part.bytes);
		part.bytes += bytes.length;
	}
	/** Ends the file's current part and starts the next with `text`. */
	async nextPart(file, text, lines) {
		await this.close(file.parts.at(-1));
		const part = await this.part(file.name, file.parts.length);
		file.parts.push(part);
		if (typeof text === "string") this.encode(part, text, true);
		else this.copy(part, text);
		part.records += lines;
		if (part.bytes - part.pushedBytes >= this.pushBytes) await this.push(part);
	}
	records(name) {
		return this.files.get(name)?.records ?? 0;
	}
	/**
	* Completes the file (nothing more may be written to it) and gives the names its parts will have in the zip, and
	* where a reader finds them (the file, or the folder of its parts): for the dataset card and LLaMA-Factory's registry.
	*/
	async complete(name) {
		const file = this.open(name);
		await this.completeFile(file);
		const n = file.parts.length;
		return {
			parts: file.parts.map((_, i) => partName(name, i, n)),
			location: partsLocation(name, n)
		};
	}
	/** Assembles the zip into sink: every declared file, then manifest.json describing them. */
	async finish(base, sink) {
		const out = [];
		let failure = null;
		const zip = new Zip((err, chunk) => {
			if (err) failure = err;
			else out.push(chunk);
		});
		const drain = async () => {
			if (failure) throw failure;
			for (const chunk of out.splice(0)) await sink(chunk);
		};
		const entries = [];
		for (const file of this.files.values()) {
			await this.completeFile(file);
			for (const [i, part] of file.parts.entries()) {
				const name = partName(file.name, i, file.parts.length);
				const entry = {
					filename: name,
					size: part.bytes,
					crc: part.crc,
					compression: 8
				};
				zip.add(entry);
				for await (const chunk of part.spool.read()) {
					entry.ondata(null, chunk, false);
					await drain();
				}
				entry.ondata(null, /* @__PURE__ */ new Uint8Array(0), true);
				await drain();
				await part.spool.dispose();
				const sha256 = await part.sha256;
				entries.push({
					name,
					description: file.description,
					records: part.records,
					bytes: part.bytes,
					sha256
				});
			}
		}
		const manifest = {
			format: BUNDLE_FORMAT,
			schemaVersion: 3,
			...base,
			createdAt: base.createdAt ?? (/* @__PURE__ */ new Date()).toISOString(),
			files: entries
		};
		const manifestEntry = new ZipDeflate("manifest.json", { level: 6 });
		zip.add(manifestEntry);
		manifestEntry.push(this.enc.encode(JSON.stringify(manifest, null, 2) + "\n"), true);
		zip.end();
		await drain();
		return manifest;
	}
	/** Drops every spool (after a failure). */
	async dispose() {
		for (const file of this.files.values()) for (const part of file.parts) await part.spool.dispose();
	}
	open(name) {
		const file = this.files.get(name);
		if (!file) throw new Error(`bundle file not declared: ${name}`);
		if (file.closed) throw new Error(`bundle file already finished: ${name}`);
		return file;
	}
	async completeFile(file) {
		if (file.closed) return;
		file.closed = true;
		await this.close(file.parts.at(-1));
	}
	/**
	* Encodes text after the part's bytes. Returns false, having kept nothing, when the text would take the part over
	* its bound and `grow` is false.
	*/
	encode(part, text, grow) {
		const start = part.bytes;
		let at = 0;
		for (;;) {
			const limit = grow ? part.buffer.length : Math.min(part.buffer.length, this.partBytes);
			const { read, written } = this.enc.encodeInto(at ? text.slice(at) : text, part.buffer.subarray(part.bytes, limit));
			part.bytes += written;
			at += read;
			if (at === text.length) return true;
			if (!grow && part.buffer.length >= this.partBytes) {
				part.bytes = start;
				return false;
			}
			const need = part.bytes + (text.length - at) * 3;
			const doubled = Math.max(need, part.buffer.length * 2);
			const grown = new Uint8Array(grow ? doubled : Math.min(doubled, this.partBytes));
			grown.set(part.buffer.subarray(0, part.bytes));
			part.buffer = grown;
		}
	}
	/** Hands the part's bytes not yet pushed to the compressor (and to an incremental hasher), one slice at a time. */
	async push(part) {
		await part.pushed;
		const slice = part.buffer.subarray(part.pushedBytes, part.bytes);
		part.pushedBytes = part.bytes;
		if (!part.hash.adopt) part.hash.update(slice);
		part.pushed = part.compressor.push(slice);
		part.pushed.catch(() => void 0);
	}
	/** A complete part: its CRC once compressed, its SHA-256 computed while the export goes on, then its buffer reused. */
	async close(part) {
		if (part.bytes > part.pushedBytes) await this.push(part);
		await part.pushed;
		part.crc = await part.compressor.finish();
		const whole = part.buffer.subarray(0, part.bytes);
		if (part.hash.adopt) part.hash.adopt(whole);
		part.sha256 = Promise.resolve(part.hash.hex());
		part.sha256.catch(() => void 0);
		const buffer = part.buffer;
		part.buffer = /* @__PURE__ */ new Uint8Array(0);
		part.sha256.then(() => buffer.length <= this.partBytes && this.pool.push(buffer), () => void 0);
	}
};
function countLines(text) {
	let n = 0;
	for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
	return n;
}
// src/core/export/rules-version.ts
/**
* The rules version labels and manifest carry: the built-in rules' version, or for an override that version plus
* a hash of the resolved rules, so two rule sets never share a version.
*/
function labelRulesVersion(override) {
	if (override === void 0) return LABEL_RULES_VERSION;
	const resolved = JSON.stringify(resolveRules(override));
	if (resolved === JSON.stringify(resolveRules({}))) return LABEL_RULES_VERSION;
	const hash = new Sha256();
	hash.update(new TextEncoder().encode(resolved));
	return `${LABEL_RULES_VERSION}+custom.${hash.hex().slice(0, 12)}`;
}
// src/core/export/spans-version.ts
/** The level the background detects at: the default export's (other levels detect at export time). */
var STORED_SPANS_LEVEL = DEFAULT_REDACTION_LEVEL;
/** Kept spans hold while the rules and the level are the ones they were detected with. */
function storedSpansVersion(level = STORED_SPANS_LEVEL) {
	return `18/${level}`;
}
personalExportFormats(false);
/** The options that shape a conversation's lines, as one string: what kept bytes were made for. */
function exportRecipe(options, version) {
	const r = options.redaction;
	return JSON.stringify({
		version,
		formats: resolveFormats(options.formats),
		redaction: r && r.level !== "off" ? {
			level: r.level,
			disabledRules: r.disabledRules ?? []
		} : "off",
		labels: options.labels ?? null,
		minConfidence: options.minConfidence ?? null
	});
}
function spansStamp(options) {
	const level = options.redaction?.level;
	return !level || level === "off" ? "off" : storedSpansVersion(level);
}
function keptExpectation(options, version) {
	const recipe = exportRecipe(options, version);
	return {
		rulesVersion: labelRulesVersion(options.rules),
		spansVersion: spansStamp(options),
		recipe,
		options
	};
}
/**
* Whether kept lines are what this export would compute for their conversation, given that the source checked the
* events are still the ones they were made from: same stamp, no review decision on the conversation, and the
* conversation wholly inside the date range (a range cutting it drops some of its labels and samples).
*/
function keptUsable(kept, expected, decided) {
	const s = kept.stamp;
	return s.rulesVersion === expected.rulesVersion && s.spansVersion === expected.spansVersion && s.recipe === expected.recipe && s.decisions === "none" && !decided(kept.conv) && inRange(kept.firstTs, expected.options) && inRange(kept.lastTs, expected.options);
}
// src/core/export/kept-bytes.ts
/**
* Inflates the export's kept rows one after another into one buffer it reuses (round 16). A DecompressionStream per
* row (a stream, its promises and zlib's state made and dropped for each conversation, and a new array for each
* row's bytes) cost the export worker more than the inflating itself at a row's size (~12 KB of lines); fflate's
* synchronous inflate with the row's known length writes into the one buffer, so an export allocates nothing per
* row for its bytes. Each result is a view of that buffer, valid until the next call: the bundle writer copies it
* into its parts before the next row is read.
*/
var KeptInflater = class {
	scratch = /* @__PURE__ */ new Uint8Array(65536);
	inflate(deflated, bytes) {
		if (this.scratch.length < bytes + 1) this.scratch = new Uint8Array(Math.max(bytes + 1, this.scratch.length * 2));
		const out = unzlibSync(deflated, { out: this.scratch.subarray(0, bytes + 1) });
		if (out.length !== bytes) throw new Error(`kept lines inflate to ${out.length} bytes, not ${bytes}`);
		return out;
	}
};
// src/core/export/redaction-rule-ids.ts
/** Every redaction rule's id and level, in the rules' order. */
var RULE_IDS = [
	["openai-api-key", "secrets"],
	["google-api-key", "secrets"],
	["google-oauth-secret", "secrets"],
	["google-oauth-token", "secrets"],
	["slack-token", "secrets"],
	["discord-webhook", "secrets"],
	["stripe-publishable-live-key", "secrets"],
	["stripe-webhook-secret", "secrets"],
	["pypi-token", "secrets"],
	["huggingface-token", "secrets"],
	["digitalocean-token", "secrets"],
	["xai-api-key", "secrets"],
	["perplexity-api-key", "secrets"],
	["replicate-token", "secrets"],
	["notion-token", "secrets"],
	["square-token", "secrets"],
	["twilio-api-key", "secrets"],
	["postman-api-key", "secrets"],
	["atlassian-api-token", "secrets"],
	["telegram-bot-token", "secrets"],
	["discord-bot-token", "secrets"],
	["terraform-cloud-token", "secrets"],
	["airtable-pat", "secrets"],
	["mailgun-api-key", "secrets"],
	["mailchimp-api-key", "secrets"],
	["sentry-token", "secrets"],
	["doppler-token", "secrets"],
	["pulumi-token", "secrets"],
	["flyio-token", "secrets"],
	["planetscale-token", "secrets"],
	["mapbox-secret-token", "secrets"],
	["dropbox-token", "secrets"],
	["shippo-token", "secrets"],
	["brevo-key", "secrets"],
	["heroku-token", "secrets"],
	["dynatrace-token", "secrets"],
	["adafruit-key", "secrets"],
	["rubygems-key", "secrets"],
	["sonarqube-token", "secrets"],
	["jfrog-key", "secrets"],
	["bitbucket-app-password", "secrets"],
	["buildkite-token", "secrets"],
	["circleci-token", "secrets"],
	["hubspot-token", "secrets"],
	["clickup-token", "secrets"],
	["netlify-token", "secrets"],
	["render-key", "secrets"],
	["neon-key", "secrets"],
	["resend-key", "secrets"],
	["pinecone-key", "secrets"],
	["tavily-key", "secrets"],
	["firecrawl-key", "secrets"],
	["e2b-key", "secrets"],
	["fireworks-key", "secrets"],
	["contentful-token", "secrets"],
	["prefect-key", "secrets"],
	["readme-key", "secrets"],
	["typeform-token", "secrets"],
	["flutterwave-key", "secrets"],
	["easypost-key", "secrets"],
	["duffel-token", "secrets"],
	["frameio-token", "secrets"],
	["alibaba-access-key-id", "secrets"],
	["razorpay-key", "secrets"],
	["mercadopago-token", "secrets"],
	["posthog-personal-key", "secrets"],
	["langsmith-key", "secrets"],
	["elevenlabs-key", "secrets"],
	["paystack-key", "secrets"],
	["azure-storage-connection-string", "secrets"],
	["azure-storage-key", "secrets"],
	["newrelic-key", "secrets"],
	["salesforce-access-token", "secrets"],
	["anthropic-key", "secrets"],
	["django-insecure-key", "secrets"],
	["azure-devops-pat", "secrets"],
	["azure-ad-client-secret", "secrets"],
	["slack-app-token", "secrets"],
	["sourcegraph-token", "secrets"],
	["nuget-api-key", "secrets"],
	["intra42-secret", "secrets"],
	["supabase-key", "secrets"],
	["cerebras-key", "secrets"],
	["gitlab-other-token", "secrets"],
	["plaid-access-token", "secrets"],
	["defined-networking-key", "secrets"],
	["harness-token", "secrets"],
	["openshift-token", "secrets"],
	["teamwork-token", "secrets"],
	["launchdarkly-key", "secrets"],
	["onepassword-secret-key", "secrets"],
	["aws-other-key-id", "secrets"],
	["aws-bedrock-key", "secrets"],
	["cloudflare-origin-ca-key", "secrets"],
	["huggingface-org-token", "secrets"],
	["octopus-deploy-key", "secrets"],
	["adobe-client-secret", "secrets"],
	["maxmind-license-key", "secrets"],
	["settlemint-token", "secrets"],
	["age-secret-key", "secrets"],
	["twitter-bearer-token", "secrets"],
	["dropbox-long-lived-token", "secrets"],
	["grafana-legacy-api-key", "secrets"],
	["spectral-token", "secrets"],
	["gitlab-routable-token", "secrets"],
	["besttime-key", "secrets"],
	["apify-token", "secrets"],
	["artifactory-reference-token", "secrets"],
	["bitbucket-datacenter-token", "secrets"],
	["azure-apim-git-password", "secrets"],
	["checkout-secret-key", "secrets"],
	["close-api-key", "secrets"],
	["convertapi-secret", "secrets"],
	["courier-key", "secrets"],
	["dfuse-key", "secrets"],
	["ecostruxure-it-key", "secrets"],
	["endorlabs-key", "secrets"],
	["finage-key", "secrets"],
	["fleetbase-key", "secrets"],
	["flexport-key", "secrets"],
	["flyio-macaroon", "secrets"],
	["grafana-service-account-token", "secrets"],
	["iex-cloud-key", "secrets"],
	["langfuse-key", "secrets"],
	["bannerbear-key", "secrets"],
	["docker-org-token", "secrets"],
	["figma-token", "secrets"],
	["lob-key", "secrets"],
	["locationiq-token", "secrets"],
	["klaviyo-key", "secrets"],
	["checkio-key", "secrets"],
	["nightfall-key", "secrets"],
	["nvidia-api-key", "secrets"],
	["pagarme-key", "secrets"],
	["portainer-token", "secrets"],
	["pubnub-key", "secrets"],
	["ramp-key", "secrets"],
	["robinhood-crypto-key", "secrets"],
	["rootly-key", "secrets"],
	["saladcloud-key", "secrets"],
	["salesblink-key", "secrets"],
	["salesforce-consumer-key", "secrets"],
	["sendgrid-key-loose", "secrets"],
	["smooch-key", "secrets"],
	["square-access-token", "secrets"],
	["stripe-client-secret", "secrets"],
	["telnyx-key", "secrets"],
	["tickettailor-key", "secrets"],
	["ubidots-token", "secrets"],
	["voiceflow-key", "secrets"],
	["zoho-token", "secrets"],
	["tableau-pat", "secrets"],
	["asana-pat", "secrets"],
	["laravel-sanctum-token", "secrets"],
	["newrelic-other-key", "secrets"],
	["zapier-webhook", "secrets"],
	["tines-webhook", "secrets"],
	["teams-webhook", "secrets"],
	["trello-token", "secrets"],
	["scrapfly-key", "secrets"],
	["photoroom-key", "secrets"],
	["onepassword-service-account-token", "secrets"],
	["deno-deploy-token", "secrets"],
	["pem-private-key", "secrets"],
	["pem-base64-private-key", "secrets"],
	["wallet-private-key", "secrets"],
	["jwt", "secrets"],
	["connection-string-password", "secrets"],
	["cli-user-password", "secrets"],
	["pgpass-password", "secrets"],
	["netrc-password", "secrets"],
	["cli-password-flag", "secrets"],
	["account-tool-password", "secrets"],
	["bearer-token", "secrets"],
	["basic-auth", "secrets"],
	["secretlint:aws", "secrets"],
	["secretlint:gcp", "secrets"],
	["secretlint:privatekey", "secrets"],
	["secretlint:npm", "secrets"],
	["secretlint:basicauth", "secrets"],
	["secretlint:slack", "secrets"],
	["secretlint:sendgrid", "secrets"],
	["secretlint:shopify", "secrets"],
	["secretlint:stripe", "secrets"],
	["secretlint:github", "secrets"],
	["secretlint:gitlab", "secrets"],
	["secretlint:grafana", "secrets"],
	["secretlint:openai", "secrets"],
	["secretlint:anthropic", "secrets"],
	["secretlint:groq", "secrets"],
	["secretlint:huggingface", "secrets"],
	["secretlint:linear", "secrets"],
	["secretlint:notion", "secrets"],
	["secretlint:1password", "secrets"],
	["secretlint:database-connection-string", "secrets"],
	["secretlint:hashicorp-vault", "secrets"],
	["secretlint:vercel", "secrets"],
	["secretlint:databricks", "secrets"],
	["secretlint:docker", "secrets"],
	["secretlint:figma", "secrets"],
	["secretlint:cloudflare", "secrets"],
	["secretlint:tailscale", "secrets"],
	["password-assignment", "secrets"],
	["secret-assignment", "secrets"],
	["cli-password-option", "secrets"],
	["sql-password", "secrets"],
	["config-directive-password", "secrets"],
	["net-use-password", "secrets"],
	["go-dsn-password", "secrets"],
	["html-password-input", "secrets"],
	["credential-pair", "secrets"],
	["redis-acl-password", "secrets"],
	["positional-password-argument", "secrets"],
	["powershell-securestring", "secrets"],
	["oracle-login", "secrets"],
	["env-list-password", "secrets"],
	["env-list-secret", "secrets"],
	["prose-secret", "secrets"],
	["prose-password", "secrets"],
	["credential-lines", "secrets"],
	["cjk-prose-password", "secrets"],
	["protocol-login-password", "secrets"],
	["redis-auth-password", "secrets"],
	["tool-password-flag", "secrets"],
	["ipsec-secret", "secrets"],
	["wifi-qr-password", "secrets"],
	["expect-send-password", "secrets"],
	["secrets-file-password", "secrets"],
	["password-list-items", "secrets"],
	["password-column", "secrets"],
	["stdin-password", "secrets"],
	["password-nearby", "secrets"],
	["filled-password-field", "secrets"],
	["name-value-password", "secrets"],
	["name-value-secret", "secrets"],
	["uci-wifi-key", "secrets"],
	["client-key-argument", "secrets"],
	["credential-call-password", "secrets"],
	["random-token", "secrets"],
	["symbol-secret", "secrets"],
	["seed-phrase", "secrets"],
	["seed-phrase-unlisted", "secrets"],
	["labelled-value-line", "secrets"],
	["passphrase-form-line", "secrets"],
	["xml-named-password", "secrets"],
	["xml-named-secret", "secrets"],
	["bracketed-password", "secrets"],
	["bracketed-secret", "secrets"],
	["password-copy", "secrets"],
	["device-user-password", "secrets"],
	["pooler-userlist-password", "secrets"],
	["two-line-credentials-file", "secrets"],
	["hex-key-prose", "secrets"],
	["secret-store-value", "secrets"],
	["rclone-password", "secrets"],
	["email", "standard"],
	["email-international", "standard"],
	["email-obfuscated", "standard"],
	["email-encoded", "standard"],
	["phone", "standard"],
	["payment-card", "standard"],
	["iban", "standard"],
	["ipv4", "strict"],
	["ipv6", "strict"],
	["us-street-address", "strict"],
	["uk-postcode", "strict"],
	["de-street-address", "strict"],
	["address-block", "strict"],
	["address-line", "strict"],
	["address-postcode-block", "strict"],
	["jp-address", "strict"],
	["zh-address", "strict"],
	["ko-address", "strict"],
	["cjk-admin-address", "strict"],
	["cjk-city-address", "strict"],
	["jp-romanised-address", "strict"],
	["co-street-address", "strict"],
	["address-cyrillic", "strict"],
	["rtl-po-box", "strict"],
	["address-country-data", "strict"],
	["street-line", "strict"],
	["th-lo-address", "strict"],
	["tr-address", "strict"],
	["vn-address", "strict"],
	["lower-case-address", "strict"],
	["introduced-address", "strict"],
	["po-box", "strict"],
	["script-parts-address", "strict"],
	["landmark-address", "strict"],
	["cross-street-address", "strict"],
	["typed-street-line", "strict"],
	["romanised-parts-address", "strict"],
	["address-cyrillic-run", "strict"]
];
// src/core/export/redaction-record.ts
/** The ids of the rules a level runs, from the generated list; null when that list is not of the current rules. */
function listedRuleIds(level, disabledRules = []) {
	const disabled = new Set(disabledRules);
	return RULE_IDS.flatMap(([id, ruleLevel]) => levelIncludes(level, ruleLevel) && !disabled.has(id) ? [id] : []);
}
async function redactionRecord(r) {
	const by = r.chosenBy ? { chosenBy: r.chosenBy } : {};
	if (r.level === "off") return {
		rulesVersion: String(18),
		level: "off",
		rules: [],
		...by
	};
	const level = r.level;
	const rules = listedRuleIds(level, r.disabledRules) ?? (await import("./assets/rules-CZF9F-MT.js").then((n) => n.n)).describeRedaction(level, r.disabledRules ?? []).rules;
	return {
		rulesVersion: String(18),
		level,
		rules,
		...by
	};
}
// src/core/export/training-bundle.ts
var CORE_FILES = [
	["events.jsonl", "Raw event log, one CaptureEvent per line: grouped by conversation, in capture order within each"],
	["conversations.jsonl", "One conversation per line: its message tree with every variant"],
	["labels.jsonl", "One label per answer (accepted / rejected / refined / unknown) with evidence and confidence"]
];
function addCounts(counts, add) {
	for (const k of Object.keys(add)) counts[k] += add[k];
}
/**
* Whether a conversation has any review decision, so kept lines (made without any) do not hold for it. Decisions
* read from the store name their conversations; others (a caller's own) are taken to touch every conversation.
*/
function decidedIn(decisions) {
	if (!decisions) return () => false;
	if (!(decisions.excludedConversations.size + decisions.excludedAnswers.size + decisions.labelOverrides.size + decisions.redactions.size > 0 || (decisions.kept?.size ?? 0) > 0)) return () => false;
	const convs = decisions.conversations;
	return convs ? (conv) => convs.has(conv) : () => true;
}
function withoutKept({ keptValues: _, ...rest }) {
	return rest;
}
async function exportTrainingBundle(source, rawOptions, sink, ctx) {
	const options = exportOptionsSchema.parse(rawOptions, "options");
	const rules = resolveRules(options.rules ?? {});
	const rulesVersion = labelRulesVersion(options.rules);
	const formats = resolveFormats(options.formats);
	const sampleFiles = formats.flatMap((f) => FORMAT_FILES[f]).filter((f) => f.file.endsWith(".jsonl"));
	const sites = options.sites ? new Set(options.sites) : null;
	const writer = new BundleWriter(ctx.spools, ctx.compressors, ctx.hashers, ctx.partBytes);
	const tally = new AcceptanceTally();
	const completions = new CompletionExport(writer, {
		rules,
		rulesVersion,
		samples: formats.includes("completions"),
		...options.minConfidence !== void 0 ? { minConfidence: options.minConfidence } : {},
		...options.labels ? { labels: options.labels } : {},
		inRange: (ts) => inRange(ts, options)
	});
	const counts = {
		conversations: 0,
		prompts: 0,
		answers: 0,
		signals: 0,
		events: 0,
		labels: 0
	};
	/** Review decisions applied: counts only, never the redacted values. */
	const review = {
		excludedConversations: 0,
		excludedAnswers: 0,
		userLabels: 0,
		userRedactions: 0,
		keptValues: 0
	};
	const progress = {
		conversations: 0,
		records: 0,
		...source.total !== void 0 ? { total: source.total } : {}
	};
	try {
		for (const [name, description] of CORE_FILES) await writer.declare(name, description);
		await completions.declare();
		for (const f of sampleFiles) await writer.declare(f.file, f.description);
		const expected = keptExpectation(options, ctx.generator.version);
		const decided = decidedIn(ctx.decisions);
		const inflater = new KeptInflater();
		let computing;
		const wanted = (c) => (!sites || sites.has(c.site)) && spanOverlaps(c.firstTs, c.lastTs, options);
		for await (const conv of source.conversations((row) => keptUsable(row, expected, decided), wanted)) {
			progress.conversations++;
			if (!wanted(conv)) {
				ctx.onProgress?.({ ...progress });
				continue;
			}
			if (ctx.decisions?.excludedConversations.has(conv.key)) {
				review.excludedConversations++;
				ctx.onProgress?.({ ...progress });
				continue;
			}
			const kept = conv.kept && keptUsable(conv.kept, expected, decided) ? conv.kept : null;
			if (kept) {
				counts.conversations++;
				const all = inflater.inflate(kept.deflated, kept.files.reduce((n, [, bytes]) => n + bytes, 0));
				let at = 0;
				for (const [file, bytes, lines] of kept.files) {
					const flushing = writer.writeBytes(file, all.subarray(at, at += bytes), lines);
					if (flushing) await flushing;
				}
				addCounts(counts, kept.counts);
				for (const [model, ts, label] of kept.tally) tally.add(model, ts, label);
			} else {
				const raw = await conv.events();
				if (raw.length === 0) continue;
				const { conversationLines } = await (computing ??= import("./assets/conversation-lines-DqvwpawV.js"));
				const made = conversationLines(raw, conv, {
					options,
					rules,
					rulesVersion,
					review,
					formats,
					...ctx.decisions ? { decisions: ctx.decisions } : {}
				});
				counts.conversations++;
				for (const [file, text, lines] of made.files) {
					const flushing = writer.writeText(file, text, lines);
					if (flushing) await flushing;
				}
				addCounts(counts, made.counts);
				for (const [model, ts, label] of made.tally) tally.add(model, ts, label);
				await completions.add(made.events);
			}
			progress.records = counts.events;
			ctx.onProgress?.({ ...progress });
		}
		for (const f of sampleFiles) counts[f.file.replace(/\.jsonl$/, "")] = writer.records(f.file);
		const acceptance = tally.stats();
		const rulesRan = !!options.redaction && options.redaction.level !== "off";
		const passed = ctx.manifest?.redaction;
		const redaction = options.redaction ? await redactionRecord(options.redaction) : passed && {
			...passed,
			rulesVersion: String(passed.rulesVersion)
		};
		const filters = Object.fromEntries([
			"from",
			"to",
			"sites",
			"labels",
			"minConfidence",
			"formats"
		].flatMap((k) => options[k] !== void 0 ? [[k, options[k]]] : []));
		const schemas = bundleJsonSchemas();
		const jsonlFiles = [
			...CORE_FILES.map(([file, description]) => ({
				file,
				description
			})),
			COMPLETION_LABELS_FILE,
			...sampleFiles
		];
		const located = /* @__PURE__ */ new Map();
		for (const { file } of jsonlFiles) located.set(file, (await writer.complete(file)).location);
		/** A Hugging Face `data_files` entry: the file, or every part in its folder. */
		const dataFiles = (file) => located.get(file) === file ? file : `${located.get(file)}/*${file.slice(file.lastIndexOf("."))}`;
		if (formats.includes("llamafactory")) {
			await writer.declare("dataset_info.json", FORMAT_FILES.llamafactory.find((f) => f.file === "dataset_info.json").description);
			const info = llamaFactoryDatasetInfo({
				sft: writer.records("sharegpt.jsonl") > 0,
				preference: writer.records("llamafactory-preference.jsonl") > 0,
				kto: writer.records("llamafactory-kto.jsonl") > 0
			}, "echo", (file) => located.get(file) ?? file);
			await writer.writeText("dataset_info.json", JSON.stringify(info, null, 2) + "\n");
		}
		await writer.declare("README.md", "Dataset card (Hugging Face YAML front matter: license, language, size, one config per file with its features)");
		await writer.writeText("README.md", datasetCard({
			title: options.studyId ? `Echo Capture dataset: ${options.studyId}` : "Echo Capture dataset",
			summary: ["Prompts and answers from AI chat sites with what the user did with them, labelled accepted / rejected /", "refined / unknown from those refinement signals, and turned into training samples."],
			files: jsonlFiles.map(({ file, description }) => ({
				config: file.replace(/\.jsonl$/, ""),
				dataFiles: [dataFiles(file)],
				description,
				records: writer.records(file),
				features: featuresOf(schemas[schemaPathOf(file).slice(8)])
			})),
			facts: [
				["Conversations", String(counts.conversations)],
				["Answers", `${counts.answers} (${counts.labels} labels exported)`],
				["Label rules", rulesVersion],
				["Sample formats", formats.length ? formats.join(", ") : "none"],
				["Captured with", `echo-capture ${ctx.extensionVersion}`],
				["Redaction", redaction ? redactionFact(redaction) : "none"],
				...options.studyId ? [["Study", options.studyId]] : [],
				...options.participantId ? [["Participant", options.participantId]] : [],
				...Object.keys(filters).length ? [["Filters", `\`${JSON.stringify(filters)}\``]] : []
			],
			acceptance,
			sections: completions.cardSection(),
			metadata: { defaultConfig: formats.includes("sft-prompt-completion") ? "sft-prompt-completion" : "sft" }
		}));
		const describedFiles = [
			...jsonlFiles.map((f) => f.file),
			...formats.includes("llamafactory") ? ["dataset_info.json"] : [],
			"manifest.json"
		];
		for (const file of describedFiles) {
			const path = schemaPathOf(file);
			await writer.declare(path, `JSON Schema of ${file}${file.endsWith(".jsonl") ? " (one line)" : ""}`);
			await writer.writeText(path, JSON.stringify(schemas[path.slice(8)], null, 2) + "\n");
		}
		return await writer.finish({
			...ctx.createdAt ? { createdAt: ctx.createdAt } : {},
			generator: ctx.generator,
			extensionVersion: ctx.extensionVersion,
			eventSchemaVersion: 1,
			labelRulesVersion: rulesVersion,
			...options.studyId ? { studyId: options.studyId } : {},
			...options.participantId ? { participantId: options.participantId } : {},
			...redaction ? { redaction } : {},
			...Object.keys(filters).length ? { filters } : {},
			...ctx.decisions ? { review: rulesRan ? review : withoutKept(review) } : {},
			...ctx.manifest,
			counts: {
				...counts,
				...completions.counts()
			},
			stats: {
				acceptance,
				...completions.stats()
			}
		}, sink);
	} catch (e) {
		await writer.dispose();
		throw e;
	}
}
// src/cli/bundle-source.ts
async function bundleEventSource(zip, scratchDir) {
	const path = join(scratchDir, "events.jsonl");
	const fd = openSync(path, "w+");
	const index = /* @__PURE__ */ new Map();
	const enc = new TextEncoder();
	let offset = 0;
	for (const part of entriesOf(zip, "events.jsonl")) for await (const { line, no } of zip.lines(part)) {
		let event;
		try {
			event = captureEventSchema.parse(JSON.parse(line));
		} catch (e) {
			const problem = e instanceof SchemaError ? `schema: ${e.message}` : `not JSON (${e.message})`;
			throw new BundleError(zip.path, problem, part, no);
		}
		const bytes = enc.encode(line);
		writeSync(fd, bytes, 0, bytes.length, offset);
		const key = conversationKey(event.site, event.conversationId);
		let entry = index.get(key);
		if (!entry) index.set(key, entry = {
			site: event.site,
			firstTs: event.ts,
			lastTs: event.ts,
			ranges: []
		});
		if (event.ts < entry.firstTs) entry.firstTs = event.ts;
		if (event.ts > entry.lastTs) entry.lastTs = event.ts;
		entry.ranges.push(offset, bytes.length);
		offset += bytes.length;
	}
	const dec = new TextDecoder();
	const readEvents = (entry) => {
		const out = [];
		for (let i = 0; i < entry.ranges.length; i += 2) {
			const buf = Buffer.alloc(entry.ranges[i + 1]);
			readSync(fd, buf, 0, buf.length, entry.ranges[i]);
			out.push(JSON.parse(dec.decode(buf)));
		}
		return out;
	};
	return {
		total: index.size,
		async *conversations() {
			for (const key of [...index.keys()].sort()) {
				const entry = index.get(key);
				yield {
					key,
					site: entry.site,
					firstTs: entry.firstTs,
					lastTs: entry.lastTs,
					events: () => Promise.resolve(readEvents(entry))
				};
			}
		},
		close: () => closeSync(fd)
	};
}
// src/cli/file-spool.ts
function fileSpools(dir) {
	const base = mkdtempSync(join(dir, "spool-"));
	let n = 0;
	return (name) => {
		const path = join(base, `${n++}-${name.replace(/[^\w.-]/g, "_")}`);
		let fd = openSync(path, "w");
		return {
			write(chunk) {
				writeSync(fd, chunk);
			},
			async *read() {
				if (fd !== null) closeSync(fd);
				fd = null;
				for await (const chunk of createReadStream(path, { highWaterMark: 1048576 })) yield chunk;
			},
			dispose() {
				if (fd !== null) closeSync(fd);
				fd = null;
				rmSync(path, { force: true });
			}
		};
	};
}
// src/cli/relabel.ts
async function relabelBundle(input, out, rulesFile) {
	const rules = rulesFile ? await readRules(rulesFile) : void 0;
	const { manifest: original } = await validateBundle(input);
	const filters = original.filters ?? {};
	const present = SAMPLE_FORMATS.filter((f) => original.files.some((file) => file.name === SAMPLE_FILES[f].file));
	const redaction = original.redaction ? {
		...original.redaction,
		rulesVersion: String(original.redaction.rulesVersion)
	} : void 0;
	const options = {
		...filters,
		formats: present,
		...original.studyId ? { studyId: original.studyId } : {},
		...original.participantId ? { participantId: original.participantId } : {},
		...rules !== void 0 ? { rules } : {}
	};
	const zip = await openBundle(input);
	try {
		return await writeAtomically(out, async (temp, scratch) => {
			const source = await bundleEventSource(zip, scratch);
			try {
				const stream = createWriteStream(temp);
				const manifest = await exportTrainingBundle(source, options, (chunk) => new Promise((ok, fail) => stream.write(chunk, (e) => e ? fail(e) : ok())), {
					generator: {
						name: "echo-dataset",
						version: CLI_VERSION
					},
					extensionVersion: original.extensionVersion ?? original.generator.version,
					spools: fileSpools(scratch),
					manifest: {
						...redaction ? { redaction } : {},
						relabelledFrom: {
							createdAt: original.createdAt,
							labelRulesVersion: original.labelRulesVersion ?? null,
							rulesFile: rulesFile ?? null
						}
					}
				});
				await new Promise((ok, fail) => stream.end((e) => e ? fail(e) : ok()));
				return manifest;
			} finally {
				source.close();
			}
		});
	} finally {
		await zip.close();
	}
}
/** The rules file, parsed and checked by name before any work; every problem names the file. */
async function readRules(path) {
	let text;
	try {
		text = await readFile(path, "utf8");
	} catch (e) {
		throw new Error(`${path}: cannot read the rules file (${e.code ?? e.message})`, { cause: e });
	}
	let rules;
	try {
		rules = JSON.parse(text);
	} catch (e) {
		throw new Error(`${path}: the rules file is not JSON (${e.message})`, { cause: e });
	}
	try {
		resolveRules(rules);
	} catch (e) {
		throw new Error(`${path}: ${e.message}`, { cause: e });
	}
	return rules;
}
// src/cli/stats.ts
async function bundleStats(paths) {
	const plan = await planBundles(paths, {}, "warn");
	const tallies = new Map(plan.bundles.map((b) => [b.path, new AcceptanceTally()]));
	const answers = new Map(plan.bundles.map((b) => [b.path, 0]));
	const total = new AcceptanceTally();
	const completionTallies = new Map(plan.bundles.map((b) => [b.path, new CompletionAcceptanceTally()]));
	const completionTotal = new CompletionAcceptanceTally();
	const summary = await streamUnits(plan, { record(b, file, r) {
		if (file === "events.jsonl" && r.kind === "response") answers.set(b.path, answers.get(b.path) + 1);
		if (file === "completion-labels.jsonl") {
			completionTallies.get(b.path).add(r);
			completionTotal.add(r);
		}
		if (file !== "labels.jsonl") return;
		const label = r.userLabel ?? r.label;
		tallies.get(b.path).add(r.model, r.answeredAt, label);
		total.add(r.model, r.answeredAt, label);
	} });
	const bundles = [];
	const counts = {};
	for (const path of paths) {
		const i = plan.bundles.findIndex((b) => b.path === path);
		const b = plan.bundles[i];
		const o = summary.outcomes[i];
		const completion = completionTallies.get(path).stats();
		const c = {
			conversations: o.conversations,
			answers: answers.get(path)
		};
		if (completion.overall.shown) c.completions = completion.overall.shown;
		for (const [file, n] of Object.entries(o.kept)) if (file !== "conversations.jsonl") c[file.replace(/\.jsonl$/, "")] = n;
		for (const [k, v] of Object.entries(c)) counts[k] = (counts[k] ?? 0) + v;
		bundles.push({
			bundle: path,
			...b.participantFrom === "manifest" ? { participantId: b.participantId } : {},
			counts: c,
			acceptance: tallies.get(path).stats(),
			...completion.overall.shown ? { completionAcceptance: completion } : {},
			replaced: o.replaced
		});
	}
	const sum = (pick) => summary.outcomes.reduce((n, o) => n + Object.values(pick(o)).reduce((a, b) => a + b, 0), 0);
	return {
		bundles,
		total: {
			counts,
			acceptance: total.stats(),
			...completionTotal.stats().overall.shown ? { completionAcceptance: completionTotal.stats() } : {}
		},
		dedup: {
			conversationsReplaced: summary.outcomes.reduce((n, o) => n + o.replaced, 0),
			recordsDropped: sum((o) => o.dropped),
			recordsRefused: sum((o) => o.orphans),
			sharedConversations: summary.sharedConversations,
			conversationsKeptFromOlder: summary.keptFromOlder
		},
		warnings: plan.warnings
	};
}
function formatStats(result) {
	const lines = [];
	const keys = [
		"conversations",
		"answers",
		"labels",
		"sft",
		"preference",
		"kto"
	];
	const pct = (r) => r == null ? "-" : `${(r * 100).toFixed(1)}%`;
	const shown = (c) => c?.answers ? c.accepted / c.answers : null;
	lines.push([
		"bundle",
		"participant",
		...keys,
		"accepted/labelled",
		"accepted/shown"
	].join("	"));
	for (const b of result.bundles) lines.push([
		b.bundle,
		b.participantId ?? "-",
		...keys.map((k) => String(b.counts[k] ?? "-")),
		pct(b.acceptance?.overall.rate),
		pct(shown(b.acceptance?.overall))
	].join("	"));
	lines.push("", `total: ${keys.map((k) => `${k} ${result.total.counts[k] ?? 0}`).join(", ")}`);
	const d = result.dedup;
	lines.push(`de-duplicated: ${d.conversationsReplaced} conversations replaced by a newer export of the same participant (${d.recordsDropped} records not counted), ${d.recordsRefused} records without their conversation refused, ${d.sharedConversations} conversation ids under several participants`);
	for (const w of result.warnings) lines.push(`warning: ${w}`);
	lines.push(describeAcceptance(result.total.acceptance, 10));
	lines.push("accepted/labelled: accepted of the answers labelled accepted, rejected or refined; accepted/shown: accepted of every answer shown (the Echo paper's rate)");
	lines.push("", "model	shown	labelled	accepted	accepted/labelled	accepted/shown");
	for (const [m, c] of Object.entries(result.total.acceptance.byModel)) lines.push([
		m,
		c.answers,
		c.labelled,
		c.accepted,
		pct(c.rate),
		pct(shown(c))
	].join("	"));
	lines.push("", "day	model	shown	labelled	accepted	accepted/labelled	accepted/shown");
	for (const day of result.total.acceptance.byDay) lines.push([
		day.day,
		day.model,
		day.answers,
		day.labelled,
		day.accepted,
		pct(day.rate),
		pct(shown(day))
	].join("	"));
	const completions = result.total.completionAcceptance;
	if (completions) lines.push("", ...formatCompletionStats(result, completions));
	return lines.join("\n");
}
/** Inline completions: per bundle, then per site, language and day (accepted / shown, partly accepted apart). */
function formatCompletionStats(result, total) {
	const pct = (r) => r == null ? "-" : `${(r * 100).toFixed(1)}%`;
	const head = [
		"shown",
		"accepted",
		"partly",
		"dismissed",
		"kept",
		"refined",
		"undone",
		"accepted/shown",
		"partly/shown"
	];
	const cells = (c) => [
		c.shown,
		c.accepted,
		c.partial,
		c.dismissed,
		c.kept,
		c.refined,
		c.undone,
		pct(c.rate),
		pct(c.partialRate)
	];
	const lines = [
		describeCompletionAcceptance(total, 10),
		`definition: ${total.definition}`,
		""
	];
	lines.push([
		"bundle",
		"participant",
		...head
	].join("	"));
	for (const b of result.bundles) if (b.completionAcceptance) lines.push([
		b.bundle,
		b.participantId ?? "-",
		...cells(b.completionAcceptance.overall)
	].join("	"));
	lines.push("", ["site", ...head].join("	"));
	for (const [site, c] of Object.entries(total.bySite)) lines.push([site, ...cells(c)].join("	"));
	lines.push("", ["language", ...head].join("	"));
	for (const [language, c] of Object.entries(total.byLanguage)) lines.push([language, ...cells(c)].join("	"));
	lines.push("", [
		"day",
		"site",
		"language",
		...head
	].join("	"));
	for (const d of total.byDay) lines.push([
		d.day,
		d.site,
		d.language,
		...cells(d)
	].join("	"));
	return lines;
}
// src/cli/validate-merged.ts
async function validateMergedDataset(dir) {
	const text = await readText(join(dir, "manifest.json"));
	let manifest;
	try {
		manifest = mergedManifestSchema.parse(JSON.parse(text));
	} catch (e) {
		throw new BundleError(dir, e instanceof SchemaError ? e.message : `not JSON (${e.message})`, "manifest.json");
	}
	const onDisk = readdirSync(dir, {
		recursive: true,
		withFileTypes: true
	}).filter((d) => d.isFile()).map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join("/")).filter((p) => p !== "manifest.json");
	const listed = new Map(manifest.files.map((f) => [f.path, f]));
	for (const p of onDisk) if (!listed.has(p)) throw new BundleError(dir, "on disk but not listed in manifest.json", p);
	const db = await DuckDBInstance.create(":memory:");
	const con = await db.connect();
	try {
		const schemas = bundleJsonSchemas();
		const tableRows = {};
		for (const file of manifest.files) {
			const full = join(dir, file.path);
			if (!existsSync(full)) throw new BundleError(dir, "listed in manifest.json but missing", file.path);
			const hash = createHash("sha256");
			let bytes = 0;
			let lines = 0;
			const name = basename(file.path);
			const jsonl = JSONL_FILE_SCHEMAS[name];
			const parquet = file.path.endsWith(".parquet");
			const whole = [];
			const chunks = createReadStream(full, { highWaterMark: 1048576 });
			if (parquet) for await (const c of chunks) {
				hash.update(c);
				bytes += c.length;
			}
			else for await (const { line, no } of linesOf(dir, file.path, chunks, (c) => (hash.update(c), bytes += c.length))) {
				lines = no;
				if (file.path.endsWith(".jsonl")) {
					let value;
					try {
						value = JSON.parse(line);
					} catch (e) {
						throw new BundleError(dir, `not JSON (${e.message})`, file.path, no);
					}
					if (jsonl) check(dir, file.path, no, () => jsonl.parse(value));
				} else if (file.path.endsWith(".json")) whole.push(line);
			}
			if (bytes !== file.bytes) throw new BundleError(dir, `has ${bytes} bytes, manifest.json says ${file.bytes}`, file.path);
			const sha = hash.digest("hex");
			if (sha !== file.sha256) throw new BundleError(dir, `sha256 ${sha} does not match manifest.json (${file.sha256})`, file.path);
			if (file.path.endsWith(".json")) {
				let doc;
				try {
					doc = JSON.parse(whole.join("\n"));
				} catch (e) {
					throw new BundleError(dir, `not JSON (${e.message})`, file.path);
				}
				const schema = JSON_FILE_SCHEMAS[name];
				if (schema) check(dir, file.path, void 0, () => schema.parse(doc));
			}
			if (parquet) {
				const table = file.path.split("/")[1];
				lines = (await con.runAndReadAll(`SELECT num_rows FROM parquet_file_metadata('${full.replace(/'/g, "''")}')`)).getRows().reduce((n, [r]) => n + Number(r), 0);
				const columns = (await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${full.replace(/'/g, "''")}', hive_partitioning=false)`)).getRows().map((r) => String(r[0]));
				const schema = schemas[`${table}.schema.json`];
				if (!schema) throw new BundleError(dir, `no table ${table} in a merged dataset`, file.path);
				const expected = [.../* @__PURE__ */ new Set([
					...Object.keys(KEY_COLUMNS),
					...Object.keys(duckStructure(schema)),
					"day"
				])].sort();
				if (columns.sort().join(",") !== expected.join(",")) throw new BundleError(dir, `columns ${columns.join(", ")}; expected ${expected.join(", ")}`, file.path);
				tableRows[table] = (tableRows[table] ?? 0) + lines;
			}
			if (lines !== file.records) throw new BundleError(dir, `has ${lines} ${parquet ? "rows" : "lines"}, manifest.json says ${file.records} records`, file.path);
		}
		for (const [table, rows] of Object.entries(tableRows)) if (manifest.counts[table] !== rows) throw new BundleError(dir, `counts.${table} is ${manifest.counts[table]} but data/${table}/ holds ${rows} rows`, "manifest.json");
		for (const f of manifest.files.filter((f) => f.path.startsWith("trainers/") && f.path.endsWith(".jsonl"))) {
			const stem = basename(f.path, ".jsonl");
			if (manifest.counts[stem] !== f.records) throw new BundleError(dir, `counts.${stem} is ${manifest.counts[stem]} but ${f.path} has ${f.records} lines`, "manifest.json");
		}
		return { manifest };
	} finally {
		con.closeSync();
		db.closeSync();
	}
}
async function readText(path) {
	const chunks = [];
	for await (const c of createReadStream(path)) chunks.push(c);
	return Buffer.concat(chunks).toString("utf8");
}
function check(dir, file, line, parse) {
	try {
		parse();
	} catch (e) {
		if (e instanceof SchemaError) throw new BundleError(dir, `schema: ${e.message}`, file, line);
		throw e;
	}
}
// src/cli/main.ts
var USAGE = `usage:
  echo-dataset validate <bundle.zip | bundle dir | merged dataset dir>
  echo-dataset stats <bundle...> [--json]
  echo-dataset relabel <bundle> [--rules rules.json] --out new.zip [--force]
  echo-dataset merge <bundle...> --out DIR [--force] [--memory-limit ${DEFAULT_MEMORY_LIMIT}]
        [--allow-mixed-studies] [--allow-duplicate-participants] [--newest-export-only]
        [--license <Hub license id>] [--language en,de] [--quiet]`;
var FLAGS = {
	validate: {},
	stats: { json: { type: "boolean" } },
	relabel: {
		out: { type: "string" },
		rules: { type: "string" },
		force: { type: "boolean" }
	},
	merge: {
		out: { type: "string" },
		force: { type: "boolean" },
		"memory-limit": { type: "string" },
		"allow-mixed-studies": { type: "boolean" },
		"allow-duplicate-participants": { type: "boolean" },
		"newest-export-only": { type: "boolean" },
		license: { type: "string" },
		language: { type: "string" },
		quiet: { type: "boolean" }
	}
};
var UsageError = class extends Error {};
function parse(command, args) {
	const options = FLAGS[command];
	if (!options) throw new UsageError(command ? `unknown command ${command}` : "no command");
	try {
		return parseArgs({
			args,
			allowPositionals: true,
			strict: true,
			options
		});
	} catch (e) {
		throw new UsageError(`${command}: ${e.message.split("\n")[0]}`);
	}
}
async function run(argv, out = (s) => process.stdout.write(s + "\n"), err = (s) => process.stderr.write(s + "\n")) {
	const [command = "", ...rest] = argv;
	if (command === "--help" || command === "-h" || command === "help") {
		out(USAGE);
		return 0;
	}
	const { values, positionals } = parse(command, rest);
	const str = (k) => values[k];
	switch (command) {
		case "validate": {
			if (positionals.length !== 1) throw new UsageError("validate takes one bundle or dataset");
			const path = positionals[0];
			if (isMergedDataset(path)) {
				const { manifest } = await validateMergedDataset(path);
				out(`valid: ${path} (merged dataset of ${manifest.counts.participants} participants, ${manifest.files.length} files)`);
				for (const f of manifest.files) out(`  ${f.path}\t${f.records} records\t${f.bytes} bytes\tsha256 ok`);
				return 0;
			}
			const report = await validateBundle(path);
			out(`valid: ${report.bundle}`);
			for (const f of report.files) out(`  ${f.name}\t${f.records} records\t${f.bytes} bytes\tsha256 ok`);
			return 0;
		}
		case "stats": {
			if (positionals.length === 0) throw new UsageError("stats takes one or more bundles");
			const result = await bundleStats(positionals);
			out(values.json ? JSON.stringify(result, null, 2) : formatStats(result));
			return 0;
		}
		case "relabel": {
			const target = str("out");
			if (positionals.length !== 1 || !target) throw new UsageError("relabel takes one bundle and --out");
			if (existsSync(target) && !values.force) throw new OutputError(`--out ${target} exists; choose a new name or pass --force to replace it`);
			const manifest = await relabelBundle(positionals[0], target, str("rules"));
			const { labels, sft = 0, preference = 0, kto = 0 } = manifest.counts;
			const rules = String(manifest.labelRulesVersion);
			out(`relabelled ${positionals[0]} -> ${target} (rules ${rules}): ${labels} labels, ${sft} sft, ${preference} preference, ${kto} kto`);
			return 0;
		}
		case "merge": {
			const target = str("out");
			if (positionals.length === 0 || !target) throw new UsageError("merge takes bundles and --out DIR");
			const memoryLimit = str("memory-limit") ?? "384MB";
			try {
				parseMemoryLimit(memoryLimit);
			} catch (e) {
				throw new UsageError(e.message);
			}
			const license = str("license");
			if (license !== void 0 && !/^[a-z0-9][a-z0-9.+-]*$/.test(license)) throw new UsageError(`--license ${JSON.stringify(license)}: expected a Hub license id such as cc-by-4.0, mit or other`);
			const language = str("language")?.split(",").map((l) => l.trim()).filter(Boolean);
			if (language?.some((l) => !/^[a-z]{2,3}$/.test(l))) throw new UsageError(`--language ${str("language")}: expected ISO 639 codes such as en,de`);
			checkOutput(target, !!values.force);
			const manifest = await mergeBundles(positionals, target, {
				memoryLimit,
				force: !!values.force,
				allowMixedStudies: !!values["allow-mixed-studies"],
				allowDuplicateParticipants: !!values["allow-duplicate-participants"],
				newestExportOnly: !!values["newest-export-only"],
				...license ? { license } : {},
				...language?.length ? { language } : {},
				...values.quiet ? {} : { log: err }
			});
			const m = manifest.merge;
			const sum = (r) => Object.values(r).reduce((a, b) => a + b, 0);
			out(`merged ${manifest.counts.bundles} bundles (${manifest.counts.participants} participants) -> ${target}`);
			out(`  ${[
				"conversations",
				"events",
				"labels",
				"sft",
				"preference",
				"kto"
			].map((k) => `${k} ${manifest.counts[k] ?? 0}`).join(", ")}`);
			out(`  replaced: ${m.conversationsReplaced} conversations by a newer export (${sum(m.recordsDropped)} records dropped); refused: ${sum(m.recordsRefused)} records; kept from older exports: ${m.conversationsKeptFromOlder}; left out (not in newest export): ${m.conversationsNotInNewest}; shared conversation ids: ${m.sharedConversations}`);
			for (const w of manifest.warnings) out(`  warning: ${w}`);
			return 0;
		}
		default: throw new UsageError(`unknown command ${command}`);
	}
}
function isMergedDataset(path) {
	try {
		return statSync(path).isDirectory() && existsSync(join(path, "manifest.json")) && /"format"\s*:\s*"echo-capture-merged-dataset"/.test(readHead(join(path, "manifest.json")));
	} catch {
		return false;
	}
}
function readHead(path) {
	const fd = openSync(path, "r");
	try {
		const buf = Buffer.alloc(4096);
		return buf.toString("utf8", 0, readSync(fd, buf, 0, buf.length, 0));
	} finally {
		closeSync(fd);
	}
}
/** Writes to a stream until its reader goes away (EPIPE), then drops the rest instead of crashing. */
function pipeSafe(stream) {
	let closed = false;
	stream.on("error", (e) => {
		if (e.code !== "EPIPE") throw e;
		closed = true;
	});
	return (s) => {
		if (!closed) stream.write(s + "\n");
	};
}
async function main() {
	const out = pipeSafe(process.stdout);
	const err = pipeSafe(process.stderr);
	try {
		process.exitCode = await run(process.argv.slice(2), out, err);
	} catch (e) {
		if (e instanceof UsageError) err(`echo-dataset: ${e.message}\n${USAGE}`);
		else if (e instanceof BundleError) err(`echo-dataset: invalid bundle: ${e.message}`);
		else if (e instanceof PolicyError || e instanceof OutputError) err(`echo-dataset: refused: ${e.message}`);
		else err(`echo-dataset: ${(e.message ?? String(e)).split("\n")[0]}`);
		process.exitCode = 1;
	}
}
export { UsageError, LABEL_RULES_VERSION as a, isSignal as c, buildSourceSamples as i, messagesReferencedBy as l, main, labelEvents as n, KIND_LABEL as o, inRange as r, run, levelIncludes as s, storedSpansVersion as t };
