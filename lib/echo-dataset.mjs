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
import { getCountries, parsePhoneNumberFromString } from "libphonenumber-js/max";
import metadata from "libphonenumber-js/metadata.max.json";
import creditCardType from "credit-card-type";
import { ValidationErrorsIBAN, getCountrySpecifications, validateIBAN } from "ibantools";
import { sha256 } from "@noble/hashes/sha2.js";
import { wordlist } from "@scure/bip39/wordlists/czech.js";
import { wordlist as wordlist$1 } from "@scure/bip39/wordlists/english.js";
import { wordlist as wordlist$2 } from "@scure/bip39/wordlists/french.js";
import { wordlist as wordlist$3 } from "@scure/bip39/wordlists/italian.js";
import { wordlist as wordlist$4 } from "@scure/bip39/wordlists/japanese.js";
import { wordlist as wordlist$5 } from "@scure/bip39/wordlists/korean.js";
import { wordlist as wordlist$6 } from "@scure/bip39/wordlists/portuguese.js";
import { wordlist as wordlist$7 } from "@scure/bip39/wordlists/simplified-chinese.js";
import { wordlist as wordlist$8 } from "@scure/bip39/wordlists/spanish.js";
import { wordlist as wordlist$9 } from "@scure/bip39/wordlists/traditional-chinese.js";
import { rules } from "@secretlint/secretlint-rule-preset-recommend";
// \0rolldown/runtime.js
var __defProp = Object.defineProperty;
var __esmMin = (fn, res, err) => () => {
	if (err) throw err[0];
	try {
		return fn && (res = fn(fn = 0)), res;
	} catch (e) {
		throw err = [e], e;
	}
};
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
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
var PART$5 = /^([^/]+)\/\1-(\d{5,})-of-(\d{5,})(\.[a-z]+)$/;
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
function partOf$1(name) {
	const m = PART$5.exec(name);
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
var wholeFileOf = (name) => partOf$1(name)?.file ?? name;
/**
* The entries of a bundle that hold `file`, in reading order: the file itself when it is there, else its parts
* sorted by index (their lines read one after another are the whole file's); empty when neither is there.
*/
function entriesHolding(names, file) {
	if (names.includes(file)) return [file];
	return names.flatMap((name) => {
		const part = partOf$1(name);
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
var SchemaError, isoTimestamp;
var init_schema = __esmMin((() => {
	SchemaError = class extends Error {
		path;
		problem;
		constructor(path, problem) {
			super(`${path || "(root)"}: ${problem}`);
			this.path = path;
			this.problem = problem;
			this.name = "SchemaError";
		}
	};
	isoTimestamp = (description = "ISO 8601 UTC timestamp with milliseconds") => string({
		max: 24,
		pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
		description
	});
})), MAX_TEXT, id, text, eventCommon, codeBlockSchema, diffOpSchema;
var init_event_fields = __esmMin((() => {
	init_schema();
	MAX_TEXT = 5243904;
	id = (description) => string({
		min: 1,
		max: 256,
		pattern: /^[\w.:@\-/+=]+$/,
		description
	});
	text = (description) => string({
		max: MAX_TEXT,
		description
	});
	eventCommon = {
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
	codeBlockSchema = object({
		language: optional(string({ max: 64 })),
		code: text("Code block content")
	});
	diffOpSchema = object({
		op: oneOf([
			"equal",
			"insert",
			"delete"
		]),
		text: text("Text of this diff run")
	});
}));
// src/core/completion-events.ts
var COMPLETION_KINDS, COMPLETION_WINDOW, suggestionId, windowText, completionShownEvent, completionAcceptedEvent, completionRejectedEvent, completionOutcomeEvent;
var init_completion_events = __esmMin((() => {
	init_event_fields();
	init_schema();
	COMPLETION_KINDS = [
		"completion_shown",
		"completion_accepted",
		"completion_rejected",
		"completion_outcome"
	];
	COMPLETION_WINDOW = 16384;
	suggestionId = id("The suggestion this event is about (one per suggestion shown)");
	windowText = (description) => string({
		max: COMPLETION_WINDOW,
		description
	});
	completionShownEvent = object({
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
	completionAcceptedEvent = object({
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
	completionRejectedEvent = object({
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
	completionOutcomeEvent = object({
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
}));
// src/core/events.ts
function isSignal(kind) {
	return SIGNAL_SET.has(kind);
}
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
var SIGNAL_KINDS, SIGNAL_SET, attachmentSchema, artifactSchema, promptEvent, responseEvent, stopEvent, regenerateEvent, branchSwitchEvent, editPromptEvent, copyEvent, pasteMatchSchema, pasteEvent, feedbackEvent, followupEvent, captureEventSchema;
var init_events = __esmMin((() => {
	init_completion_events();
	init_event_fields();
	init_schema();
	SIGNAL_KINDS = [
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
	SIGNAL_SET = new Set(SIGNAL_KINDS);
	attachmentSchema = object({
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
	artifactSchema = object({
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
	promptEvent = object({
		...eventCommon,
		kind: literal("prompt"),
		messageId: id("User message id"),
		parentId: optional(id("Message this prompt follows (previous answer), when known")),
		text: text("Prompt text as sent (empty when the prompt is only attachments)"),
		attachments: optional(array(attachmentSchema, { max: 100 }))
	});
	responseEvent = object({
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
	stopEvent = object({
		...eventCommon,
		kind: literal("stop"),
		messageId: optional(id("Answer that was being generated")),
		partialText: text("Text shown when the user stopped")
	});
	regenerateEvent = object({
		...eventCommon,
		kind: literal("regenerate"),
		promptMessageId: optional(id("Prompt whose answer was regenerated")),
		oldResponseId: id("Answer shown when the user asked for another"),
		newResponseId: optional(id("The new answer, once it appeared"))
	});
	branchSwitchEvent = object({
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
	editPromptEvent = object({
		...eventCommon,
		kind: literal("edit_prompt"),
		oldMessageId: id("Prompt that was edited"),
		newMessageId: optional(id("The re-sent prompt, once it appeared")),
		oldText: text("Prompt before the edit"),
		newText: text("Prompt after the edit"),
		diff: array(diffOpSchema, { max: 1e5 })
	});
	copyEvent = object({
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
	pasteMatchSchema = object({
		messageId: id("Answer the pasted text resembles"),
		via: oneOf(["answer", "copy"]),
		copyEventId: optional(id("The copy event it came from")),
		similarity: number({
			min: 0,
			max: 1
		}),
		diff: array(diffOpSchema, { max: 1e5 })
	});
	pasteEvent = object({
		...eventCommon,
		kind: literal("paste"),
		text: text("Pasted text"),
		promptMessageId: optional(id("The prompt the pasted text was sent in, once it was sent")),
		matches: array(pasteMatchSchema, { max: 10 })
	});
	feedbackEvent = object({
		...eventCommon,
		kind: literal("feedback"),
		messageId: id("Rated answer"),
		rating: oneOf(["up", "down"]),
		comment: optional(text("Feedback text, if the site asks"))
	});
	followupEvent = object({
		...eventCommon,
		kind: literal("followup"),
		messageId: id("The new prompt"),
		afterMessageId: id("The answer it follows"),
		delayMs: number({
			min: 0,
			description: "Answer finished -> next prompt sent"
		})
	});
	captureEventSchema = tagged("kind", {
		prompt: promptEvent,
		response: responseEvent,
		stop: stopEvent,
		regenerate: regenerateEvent,
		branch_switch: branchSwitchEvent,
		edit_prompt: editPromptEvent,
		copy: copyEvent,
		paste: pasteEvent,
		feedback: feedbackEvent,
		followup: followupEvent,
		completion_shown: completionShownEvent,
		completion_accepted: completionAcceptedEvent,
		completion_rejected: completionRejectedEvent,
		completion_outcome: completionOutcomeEvent
	});
}));
// src/core/labeller/types.ts
var ANSWER_LABELS, RULE_NAMES;
var init_types$1 = __esmMin((() => {
	ANSWER_LABELS = [
		"accepted",
		"rejected",
		"refined",
		"unknown"
	];
	RULE_NAMES = [
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
}));
// src/core/samples/schemas.ts
var content$1, chatMessageSchema, assistantMessageSchema, PAIR_KINDS, sampleMetaSchema, trainFlags, sftMessageSchema, sftSampleSchema, sftPromptCompletionSampleSchema, preferenceSampleSchema, unpairedSampleSchema, openAiChatSampleSchema, shareGptSampleSchema;
var init_schemas = __esmMin((() => {
	init_types$1();
	init_schema();
	content$1 = string({ description: "Message text" });
	chatMessageSchema = object({
		role: oneOf([
			"system",
			"user",
			"assistant"
		]),
		content: content$1
	});
	assistantMessageSchema = object({
		role: literal("assistant"),
		content: content$1
	});
	PAIR_KINDS = [
		"kept_vs_passed_over",
		"refined_vs_original",
		"accepted_vs_rejected"
	];
	sampleMetaSchema = object({
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
		pairKind: optional(oneOf(PAIR_KINDS)),
		chosenMessageId: optional(string({ description: "Answer chosen; for paste-back edits, the answer that was edited" })),
		chosenSource: optional(oneOf([
			"answer",
			"paste_edit",
			"later_answer"
		])),
		rejectedMessageId: optional(string())
	});
	trainFlags = {
		weight: optional(number({
			int: true,
			min: 0,
			max: 1,
			description: "1 on the labelled answer, 0 on earlier assistant turns (context, not trained)"
		})),
		/** true on the labelled answer, false on earlier assistant turns (context, not trained). */
		train: optional(boolean())
	};
	sftMessageSchema = object({
		role: oneOf([
			"system",
			"user",
			"assistant"
		]),
		content: content$1,
		...trainFlags
	});
	sftSampleSchema = object({
		id: string({ min: 1 }),
		messages: array(sftMessageSchema, { min: 2 }),
		meta: sampleMetaSchema
	}, { description: "SFT (TRL conversational messages): context along the branch taken, ending with the accepted or refined answer; only the last assistant turn has train: true / weight: 1" });
	sftPromptCompletionSampleSchema = object({
		id: string({ min: 1 }),
		prompt: array(chatMessageSchema, { min: 1 }),
		completion: array(assistantMessageSchema, {
			min: 1,
			max: 1
		}),
		meta: sampleMetaSchema
	}, { description: "SFT (TRL conversational prompt-completion): the context as prompt, only the labelled answer as completion (the only tokens trained)" });
	preferenceSampleSchema = object({
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
	unpairedSampleSchema = object({
		id: string({ min: 1 }),
		prompt: array(chatMessageSchema, { min: 1 }),
		completion: array(assistantMessageSchema, {
			min: 1,
			max: 1
		}),
		label: boolean(),
		meta: sampleMetaSchema
	}, { description: "Unpaired binary preference (TRL KTO conversational)" });
	openAiChatSampleSchema = object({ messages: array(object({
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
	shareGptSampleSchema = object({ conversations: array(object({
		from: oneOf([
			"system",
			"human",
			"gpt"
		]),
		value: content$1,
		...trainFlags
	}), { min: 2 }) }, { description: "ShareGPT conversation (LLaMA-Factory, Axolotl); gpt turns carry train/weight: only the last is trained" });
}));
// src/core/export/trainer-formats.ts
init_events();
init_schemas();
init_schema();
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
/** Whether a rule of `ruleLevel` runs at `level` (each level runs its own rules and those of the levels below it). */
function levelIncludes(level, ruleLevel) {
	return REDACTION_LEVELS.indexOf(ruleLevel) <= REDACTION_LEVELS.indexOf(level);
}
var REDACTION_LEVELS, KIND_LABEL;
var init_types = __esmMin((() => {
	REDACTION_LEVELS = [
		"secrets",
		"standard",
		"strict"
	];
	KIND_LABEL = {
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
}));
// src/core/export/redaction-policy.ts
function listWords(words) {
	return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
/** "e-mail addresses, phone numbers, payment card numbers, IBANs and secrets (API keys, …)" for a level. */
function levelKindsText(level) {
	return listWords([...LEVEL_KINDS[level].flatMap((k) => PERSONAL_WORDS[k] ?? []), SECRET_WORDS]);
}
/** The dataset card's line about redaction. */
function redactionFact(r) {
	const by = r.chosenBy ? CHOSEN_BY[r.chosenBy] : "";
	if (r.level === "off") return `off (${by || "no rules ran"}): texts are as captured, apart from spans the person marked in review`;
	const level = REDACTION_LEVELS.find((l) => l === r.level);
	const kinds = level ? `: ${levelKindsText(level)} replaced with typed placeholders` : "";
	return `${r.level} (rules version ${String(r.rulesVersion ?? "?")}, ${r.rules?.length ?? 0} rules${by ? `, ${by}` : ""})${kinds}`;
}
var DEFAULT_REDACTION_LEVEL, REDACTION_CHOICES, REDACTION_CHOOSERS, SECRETS, STANDARD, LEVEL_KINDS, PERSONAL_WORDS, SECRET_WORDS, EXAMPLE_TOKEN, CHOSEN_BY;
var init_redaction_policy = __esmMin((() => {
	init_types();
	DEFAULT_REDACTION_LEVEL = "standard";
	REDACTION_CHOICES = ["off", ...REDACTION_LEVELS];
	REDACTION_CHOOSERS = [
		"default",
		"person",
		"study"
	];
	SECRETS = [
		"api_key",
		"private_key",
		"jwt",
		"password",
		"secret"
	];
	STANDARD = [
		...SECRETS,
		"email",
		"phone",
		"payment_card",
		"iban"
	];
	LEVEL_KINDS = {
		secrets: SECRETS,
		standard: STANDARD,
		strict: [
			...STANDARD,
			"ip_address",
			"postal_address"
		]
	};
	PERSONAL_WORDS = {
		email: "e-mail addresses",
		phone: "phone numbers",
		payment_card: "payment card numbers",
		iban: "IBANs",
		ip_address: "IP addresses",
		postal_address: "postal addresses"
	};
	SECRET_WORDS = "secrets (API keys, private keys, access tokens and passwords)";
	EXAMPLE_TOKEN = `<${KIND_LABEL.email}_1>`;
	`${levelKindsText(DEFAULT_REDACTION_LEVEL)}${EXAMPLE_TOKEN}`;
	CHOSEN_BY = {
		default: "the default",
		person: "chosen by the person who exported",
		study: "set by the study"
	};
}));
// src/core/export/completion-acceptance.ts
init_redaction_policy();
init_schema();
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
var time;
var init_time = __esmMin((() => {
	time = (ts) => Date.parse(ts);
}));
// src/core/labeller/completion-episodes.ts
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
var COMPLETION_EVENT;
var init_completion_episodes = __esmMin((() => {
	init_time();
	COMPLETION_EVENT = /* @__PURE__ */ new Set([
		"completion_shown",
		"completion_accepted",
		"completion_rejected",
		"completion_outcome"
	]);
}));
// src/core/labeller/rules.ts
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
var LABEL_RULES_VERSION, defaultRules;
var init_rules$1 = __esmMin((() => {
	LABEL_RULES_VERSION = "echo-rules/2.2.0";
	defaultRules = {
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
}));
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
var TARGET_LABELS$1, rejectionRule, squash$1, round$1;
var init_completion_labels = __esmMin((() => {
	init_completion_episodes();
	init_rules$1();
	TARGET_LABELS$1 = /* @__PURE__ */ new Set([
		"accepted",
		"refined",
		"partial"
	]);
	rejectionRule = (how) => how === "replaced" ? "completion_replaced" : "completion_rejected";
	squash$1 = (s) => s.replace(/\s+/g, "");
	round$1 = (n) => Math.round(Math.max(0, Math.min(1, n)) * 1e3) / 1e3;
}));
// src/core/labeller/completion-types.ts
var COMPLETION_LABELS, COMPLETION_ACCEPTANCE, COMPLETION_REJECTIONS, COMPLETION_RULE_NAMES;
var init_completion_types = __esmMin((() => {
	COMPLETION_LABELS = [
		"accepted",
		"refined",
		"partial",
		"rejected",
		"unknown"
	];
	COMPLETION_ACCEPTANCE = [
		"full",
		"partial",
		"none"
	];
	COMPLETION_REJECTIONS = [
		"escape",
		"typed-over",
		"cursor-moved",
		"replaced",
		"blur",
		"page-exit"
	];
	COMPLETION_RULE_NAMES = [
		"completion_kept",
		"completion_refined",
		"completion_partial",
		"completion_undone",
		"completion_no_outcome",
		"completion_rejected",
		"completion_replaced",
		"completion_unjudged"
	];
}));
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
var init_conversation = __esmMin((() => {
	init_time();
}));
// src/core/samples/context.ts
function sampleInput(events, labels) {
	return {
		conversations: new Map(groupConversations(events).map((c) => [c.key, c])),
		labels: new Map(labels.map((l) => [labelKey(l.conversationKey, l.messageId), l]))
	};
}
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
var labelKey, signalsOf, bestTextOf;
var init_context = __esmMin((() => {
	init_conversation();
	labelKey = (conversationKey, messageId) => `${conversationKey}\u0000${messageId}`;
	signalsOf = (evidence) => [...new Set(evidence.map((e) => e.rule))];
	bestTextOf = (answer, label) => label.label === "refined" && label.target !== void 0 ? label.target : answer.text;
}));
// src/core/samples/completion.ts
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
var TARGET_LABELS, keyOf, isTarget, differs;
var init_completion = __esmMin((() => {
	init_completion_episodes();
	init_context();
	TARGET_LABELS = [
		"accepted",
		"refined",
		"partial"
	];
	keyOf = (conversationKey, suggestionId) => `${conversationKey}\u0000${suggestionId}`;
	isTarget = (label, minConfidence) => TARGET_LABELS.includes(label.label) && label.confidence >= minConfidence && label.target !== void 0 && label.target.trim() !== "";
	differs = (a, b) => a.replace(/\s+/g, "") !== b.replace(/\s+/g, "");
}));
// src/core/export/completion-export.ts
init_completion_episodes();
init_completion_labels();
init_completion_types();
init_completion();
init_schema();
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
// src/core/samples/completion-schemas.ts
var COMPLETION_PAIR_KINDS, completionSampleMetaSchema, completionFimSampleSchema, completionPromptCompletionSampleSchema, completionPreferenceSampleSchema;
var init_completion_schemas = __esmMin((() => {
	init_completion_types();
	init_schema();
	COMPLETION_PAIR_KINDS = [
		"refined_vs_suggestion",
		"partial_vs_suggestion",
		"accepted_vs_replaced"
	];
	completionSampleMetaSchema = object({
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
		pairKind: optional(oneOf(COMPLETION_PAIR_KINDS)),
		rejectedSuggestionId: optional(string({ description: "Preference pairs: the suggestion on the rejected side" }))
	});
	completionFimSampleSchema = object({
		id: string({ min: 1 }),
		prefix: string({ description: "C0 before the cursor" }),
		suffix: string({ description: "C0 after the cursor" }),
		middle: string({
			min: 1,
			description: "CN: what the user kept (accepted, edited to its final state); never a rejected suggestion"
		}),
		meta: completionSampleMetaSchema
	}, { description: "Fill-in-the-middle sample: the code around the cursor when the suggestion was shown (C0), the code the user kept (CN)" });
	completionPromptCompletionSampleSchema = object({
		id: string({ min: 1 }),
		prompt: string({ description: "C0 before the cursor" }),
		completion: string({
			min: 1,
			description: "CN: what the user kept"
		}),
		meta: completionSampleMetaSchema
	}, { description: "TRL standard prompt-completion: the code before the cursor as prompt, CN as completion (meta.suffix: the code after)" });
	completionPreferenceSampleSchema = object({
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
}));
// src/core/export/file-schemas.ts
init_events();
init_types$1();
init_schema();
init_completion_schemas();
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
		if (!KNOWN_BUNDLE_SCHEMA_VERSIONS.includes(value)) {
			const known = KNOWN_BUNDLE_SCHEMA_VERSIONS.join(", ");
			throw new SchemaError(path, `unknown schemaVersion ${value}: this reader knows ${known} (a newer echo-dataset may read it)`);
		}
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
init_schema();
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
		const part = partOf$1(f.name);
		if (!part) continue;
		if (names.has(part.file)) throw new BundleError(path, `listed both whole and in parts (${f.name})`, part.file);
		const seen = parts.get(part.file) ?? [];
		if (seen.length !== part.index || partOf$1(manifest.files.find((g) => partOf$1(g.name)?.file === part.file).name).count !== part.count) throw new BundleError(path, `parts listed out of order or with different counts in manifest.json`, f.name);
		parts.set(part.file, [...seen, part.index]);
	}
	for (const f of manifest.files) {
		const part = partOf$1(f.name);
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
function add$1(c, label) {
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
		add$1(this.overall, label);
		let byModel = this.byModel.get(m);
		if (!byModel) this.byModel.set(m, byModel = empty());
		add$1(byModel, label);
		const key = `${day}\u0000${m}`;
		let byDay = this.byDay.get(key);
		if (!byDay) this.byDay.set(key, byDay = {
			day,
			model: m,
			...empty()
		});
		add$1(byDay, label);
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
var squash;
var init_preference = __esmMin((() => {
	init_context();
	squash = (text) => text.replace(/\s+/g, "");
}));
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
var asContext, trained;
var init_sft = __esmMin((() => {
	init_context();
	asContext = (m) => m.role === "assistant" ? {
		...m,
		weight: 0,
		train: false
	} : { ...m };
	trained = (sample, i) => sample.messages[i].role === "assistant" && i === sample.messages.length - 1;
}));
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
var init_unpaired = __esmMin((() => {
	init_context();
}));
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
var init_samples = __esmMin((() => {
	init_context();
	init_preference();
	init_sft();
	init_unpaired();
	init_schemas();
	init_completion();
	init_completion_schemas();
}));
// src/cli/atomic-output.ts
init_samples();
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
/**
* What a personal export writes: SFT (with its prompt-completion form, the dataset card's default config, which
* TRL trains completion-only), preference, KTO and code completions, and the trainer renderings when asked for.
*/
function personalExportFormats(withRenderings) {
	const renderings = TRAINER_RENDERINGS;
	return SAMPLE_FORMATS.filter((f) => withRenderings || !renderings.includes(f));
}
var SAMPLE_FORMATS, TRAINER_RENDERINGS;
var init_sample_formats = __esmMin((() => {
	SAMPLE_FORMATS = [
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
	TRAINER_RENDERINGS = [
		"openai-chat",
		"sharegpt",
		"openai-preference",
		"llamafactory"
	];
}));
// src/core/export/options.ts
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
var studyId, exportOptionsSchema, FORMAT_FILES, SAMPLE_FILES;
var init_options = __esmMin((() => {
	init_types$1();
	init_redaction_policy();
	init_schema();
	init_sample_formats();
	studyId = string({
		min: 1,
		max: 128,
		pattern: /^[\w.@:+-]+$/
	});
	exportOptionsSchema = object({
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
	FORMAT_FILES = {
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
	SAMPLE_FILES = Object.fromEntries(SAMPLE_FORMATS.map((f) => [f, FORMAT_FILES[f][0]]));
}));
// src/cli/duck-types.ts
init_options();
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
var UNITS$2 = {
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
	if (!m || !unit || !(unit in UNITS$2)) throw new Error(`--memory-limit ${JSON.stringify(text)}: expected a size like 512MB, 2GB or 1.5GiB`);
	const bytes = Number(m[1]) * UNITS$2[unit];
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
init_schema();
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
var sideOf, noisyOr, round;
var init_combine = __esmMin((() => {
	init_time();
	sideOf = (s) => s.polarity === "accept" ? "accept" : "reject";
	noisyOr = (signals) => 1 - signals.reduce((p, s) => p * (1 - s.confidence), 1);
	round = (n) => Math.round(Math.max(0, Math.min(1, n)) * 1e3) / 1e3;
}));
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
var init_episode = __esmMin((() => {
	init_conversation();
}));
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
var init_copy = __esmMin((() => {
	init_episode();
}));
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
function withoutApology(text) {
	let out = text;
	for (let i = 0; i < 2 && APOLOGY.test(out); i++) out = out.replace(APOLOGY, "");
	return out.trim() ? out : text;
}
var NEGATIVE, sameText, APOLOGY;
var init_correction_then_accepted = __esmMin((() => {
	init_conversation();
	NEGATIVE = /* @__PURE__ */ new Set(["followup_correction", "followup_rephrase"]);
	sameText = (a, b) => a.replace(/\s+/g, "") === b.replace(/\s+/g, "");
	APOLOGY = /^\s*(you'?re (absolutely |completely )?right|you are (absolutely )?right|sorry|my apolog|i apologi[sz]e|apologies|good catch|thanks for (pointing|catching)|entschuldig|du hast recht|sie haben recht|désolé|vous avez raison|tu as raison|lo siento|perdón|tienes razón|desculp|você tem razão|mi scuso|hai ragione|ha ragione|excuses|u heeft gelijk|je hebt gelijk|прошу прощения|извините|вы правы|ты прав|抱歉|对不起|不好意思|您说得对|你说得对|申し訳|すみません|ご指摘|大変失礼|失礼しました|죄송합니다|맞습니다)[^\n.!?。！]*[.!?。！:]?\s*/i;
}));
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
var init_edit_prompt = __esmMin((() => {
	init_episode();
	init_time();
}));
// src/core/labeller/followup/cue-tables.ts
var CUE_TABLES, BARE_POSITIVE, GENERIC_ERROR_WORDS;
var init_cue_tables = __esmMin((() => {
	CUE_TABLES = {
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
	BARE_POSITIVE = [
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
	GENERIC_ERROR_WORDS = /* @__PURE__ */ new Set([
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
}));
// src/core/labeller/followup/tool-output.ts
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
function isEnvironmentError(text) {
	return ENVIRONMENT_ERROR.test(text);
}
var RECOGNISERS, SOURCE_LINE, ENVIRONMENT_ERROR;
var init_tool_output = __esmMin((() => {
	RECOGNISERS = [
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
	SOURCE_LINE = /^\s*(?:except\b|raise\b|throw\b|catch\b|class\b|def\b|function\b|const\b|let\b|var\b|import\b|from\b|return\b|if\b|elif\b|else\b|try\b|public\b|private\b|protected\b|static\b|#include|@|\/\/|\/\*|\*|#(?!\s*command-line))/;
	ENVIRONMENT_ERROR = /ModuleNotFoundError|No module named|Cannot find module|command not found|is not recognized as an internal or external command|cannot find package|Could not find a version that satisfies|No matching distribution found/i;
}));
// src/core/labeller/followup/segments.ts
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
var FENCE, INLINE;
var init_segments = __esmMin((() => {
	init_tool_output();
	FENCE = /```[^\n]*\n?[\s\S]*?(?:```|$)/g;
	INLINE = /`[^`\n]+`/g;
}));
// src/core/labeller/followup/read.ts
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
	if (!errorTrace && BARE$2.has(bare)) return {
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
	const said = tokens$2(normalizeText(options.answerText));
	const asked = tokens$2(normalizeText(options.previousPrompt ?? ""));
	for (const t of tokens$2(text)) if (said.has(t) && !asked.has(t) && (t.length >= 4 || CJK.test(t))) return true;
	return false;
}
/**
* Whether a reply asks for the same thing as the previous prompt: most of one's words are in the other (a
* rephrase adds or drops a qualifier), and the two are alike overall (one shared word in a short reply is not).
*/
function asksAgain(reply, previous, coverage = .8) {
	const a = tokens$2(reply);
	const b = tokens$2(previous);
	if (Math.min(a.size, b.size) < 2) return false;
	let common = 0;
	for (const t of a) if (b.has(t)) common++;
	return common / Math.min(a.size, b.size) >= coverage && 2 * common / (a.size + b.size) >= .4;
}
/** Dice coefficient over word tokens (and character bigrams for CJK text): how alike two requests are. */
function similarity(a, b) {
	const ta = tokens$2(a);
	const tb = tokens$2(b);
	if (ta.size === 0 || tb.size === 0) return 0;
	let common = 0;
	for (const t of ta) if (tb.has(t)) common++;
	return 2 * common / (ta.size + tb.size);
}
function tokens$2(s) {
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
var CJK, built$2, matchers, THANKS, BARE$2, extraCache, extraMatcher, normalizeText;
var init_read = __esmMin((() => {
	init_cue_tables();
	init_segments();
	init_tool_output();
	CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
	built$2 = null;
	matchers = () => built$2 ??= buildMatchers();
	THANKS = /thank|thx|danke|dank|merci|gracias|obrigad|valeu|grazie|спасибо|благодар|谢|謝|ありがとう|감사|고마/;
	BARE$2 = new Set(BARE_POSITIVE);
	extraCache = /* @__PURE__ */ new WeakMap();
	extraMatcher = (phrases) => {
		let m = extraCache.get(phrases);
		if (!m) extraCache.set(phrases, m = compile(phrases));
		return m;
	};
	normalizeText = (s) => s.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
}));
// src/core/align.ts
function tokens$1(s) {
	const counts = /* @__PURE__ */ new Map();
	for (const t of s.toLowerCase().match(/[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
	return counts;
}
/** Dice coefficient over token multisets: cheap and order-insensitive, a first filter. */
function tokenSimilarity(a, b) {
	const ta = tokens$1(a);
	const tb = tokens$1(b);
	let common = 0;
	let total = 0;
	for (const n of ta.values()) total += n;
	for (const n of tb.values()) total += n;
	for (const [t, n] of ta) common += Math.min(n, tb.get(t) ?? 0);
	return total ? 2 * common / total : 0;
}
var init_align = __esmMin((() => {}));
// src/core/labeller/paste-provenance.ts
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
var MAX_DIFF_CHARS, MIN_ROUGH, cache;
var init_paste_provenance = __esmMin((() => {
	init_align();
	init_time();
	MAX_DIFF_CHARS = 2e4;
	MIN_ROUGH = .3;
	cache = /* @__PURE__ */ new WeakMap();
}));
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
var withoutFailure;
var init_followup = __esmMin((() => {
	init_episode();
	init_read();
	init_paste_provenance();
	init_time();
	withoutFailure = ({ failure: _f, ...s }) => s;
}));
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
var init_new_chat_rephrase = __esmMin((() => {
	init_conversation();
	init_read();
	init_time();
}));
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
var init_paste_edit = __esmMin((() => {
	init_read();
	init_paste_provenance();
	init_time();
}));
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
var init_stop = __esmMin((() => {
	init_episode();
	init_read();
	init_time();
	init_copy();
}));
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
var init_thumbs = __esmMin((() => {
	init_episode();
}));
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
var init_variants = __esmMin((() => {
	init_conversation();
	init_time();
	init_copy();
}));
// src/core/labeller/label-events.ts
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
var EPISODE_RULES;
var init_label_events = __esmMin((() => {
	init_combine();
	init_conversation();
	init_episode();
	init_rules$1();
	init_copy();
	init_correction_then_accepted();
	init_edit_prompt();
	init_followup();
	init_new_chat_rephrase();
	init_paste_edit();
	init_stop();
	init_thumbs();
	init_variants();
	EPISODE_RULES = [
		copySignals,
		thumbsSignals,
		variantSignals,
		editPromptSignals,
		stopSignals,
		pasteEditSignals,
		followupSignals
	];
}));
// src/core/labeller/index.ts
var init_labeller = __esmMin((() => {
	init_label_events();
	init_rules$1();
	init_conversation();
	init_read();
	init_tool_output();
	init_types$1();
	init_completion_labels();
	init_completion_episodes();
	init_completion_types();
}));
// src/core/export/crc32.ts
init_labeller();
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
// src/core/redaction/rules/version.ts
var init_version = __esmMin((() => {}));
// src/core/export/spans-version.ts
/** Kept spans hold while the rules and the level are the ones they were detected with. */
function storedSpansVersion(level = STORED_SPANS_LEVEL) {
	return `24/${level}`;
}
var STORED_SPANS_LEVEL;
var init_spans_version = __esmMin((() => {
	init_version();
	init_redaction_policy();
	STORED_SPANS_LEVEL = DEFAULT_REDACTION_LEVEL;
}));
// src/core/export/kept-stamp.ts
init_options();
init_sample_formats();
init_spans_version();
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
	["gitlab-runner-registration-token", "secrets"],
	["sendgrid-key-gitleaks", "secrets"],
	["sourcegraph-token-legacy", "secrets"],
	["authress-access-key", "secrets"],
	["facebook-app-token", "secrets"],
	["akamai-edgegrid-token", "secrets"],
	["azure-identifiable-key", "secrets"],
	["atlassian-access-token", "secrets"],
	["docker-swarm-token", "secrets"],
	["heroku-uuid-token", "secrets"],
	["mailgun-hex-key", "secrets"],
	["riot-games-key", "secrets"],
	["zhipu-api-key", "secrets"],
	["kubernetes-bootstrap-token", "secrets"],
	["wakatime-key", "secrets"],
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
	["quoted-password-option", "secrets"],
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
	["prose-spaced-passphrase", "secrets"],
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
	["mount-user-password", "secrets"],
	["prompt-answer-password", "secrets"],
	["qpdf-encrypt-passwords", "secrets"],
	["tool-password-argument", "secrets"],
	["sql-bare-password", "secrets"],
	["sql-insert-password", "secrets"],
	["windows-tool-password", "secrets"],
	["exec-array-password", "secrets"],
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
	["user-list-line-password", "secrets"],
	["device-user-password", "secrets"],
	["pooler-userlist-password", "secrets"],
	["two-line-credentials-file", "secrets"],
	["hex-key-prose", "secrets"],
	["secret-store-value", "secrets"],
	["rclone-password", "secrets"],
	["key-constructor-literal", "secrets"],
	["base64-text-secret", "secrets"],
	["password-shaped-token", "strict"],
	["key-shaped-token", "strict"],
	["webhook-url", "secrets"],
	["key-directive", "secrets"],
	["kubernetes-token-id", "secrets"],
	["ansible-vault-block", "secrets"],
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
	["town-first-address", "strict"],
	["romanised-parts-address", "strict"],
	["address-cyrillic-run", "strict"]
];
// src/core/redaction/rules/address-words.ts
var USPS_SUFFIXES, STREET_TYPES, ENGLISH_STREET_TYPES, FUSED_STREET_ENDINGS, NAME_PARTICLES, UNIT_WORDS, PO_BOX, MONTH_DAY;
var init_address_words = __esmMin((() => {
	USPS_SUFFIXES = [
		"bluff",
		"bluffs",
		"bottom",
		"branch",
		"burg",
		"canyon",
		"cape",
		"center",
		"centre",
		"cliff",
		"cliffs",
		"common",
		"commons",
		"corner",
		"corners",
		"cove",
		"crest",
		"dale",
		"divide",
		"estates",
		"extension",
		"falls",
		"ferry",
		"flat",
		"flats",
		"forest",
		"forge",
		"fork",
		"forks",
		"gateway",
		"harbors",
		"hills",
		"isle",
		"knoll",
		"knolls",
		"lake",
		"lakes",
		"locks",
		"motorway",
		"oval",
		"overpass",
		"plain",
		"plains",
		"prairie",
		"rapids",
		"shoal",
		"shoals",
		"skyway",
		"spur",
		"stravenue",
		"stream",
		"throughway",
		"trace",
		"trafficway",
		"tunnel",
		"underpass",
		"viaduct",
		"ville",
		"brae",
		"wynd"
	];
	STREET_TYPES = [
		"rue",
		"avenue",
		"av\\.",
		"ave",
		"boulevard",
		"bd",
		"bld",
		"chemin",
		"ch\\.",
		"allée",
		"allee",
		"impasse",
		"place",
		"pl\\.",
		"quai",
		"route",
		"rte",
		"passage",
		"cours",
		"voie",
		"square",
		"rond-point",
		"parvis",
		"galerie",
		"sentier",
		"chaussée",
		"faubourg",
		"esplanade",
		"promenade",
		"cité",
		"hameau",
		"lieu-dit",
		"montée",
		"résidence",
		"villa",
		"traverse",
		"ruelle",
		"carrefour",
		"drève",
		"clos",
		"via",
		"viale",
		"v\\.le",
		"piazza",
		"p\\.za",
		"piazzale",
		"corso",
		"c\\.so",
		"largo",
		"vicolo",
		"strada",
		"contrada",
		"borgo",
		"incrocio",
		"rotonda",
		"lungomare",
		"lungotevere",
		"salita",
		"vico",
		"calle",
		"campo",
		"fondamenta",
		"località",
		"loc\\.",
		"frazione",
		"traversa",
		"stretto",
		"canale",
		"piazzetta",
		"c/",
		"avenida",
		"avda\\.",
		"avd\\.",
		"paseo",
		"pº",
		"plaza",
		"pza\\.",
		"camino",
		"carretera",
		"ctra\\.",
		"ronda",
		"travesía",
		"glorieta",
		"quinta",
		"urbanización",
		"urb\\.",
		"pasaje",
		"rambla",
		"puerta",
		"callejón",
		"cuesta",
		"bajada",
		"alameda",
		"sector",
		"vía",
		"eje",
		"retorno",
		"privada",
		"cerrada",
		"circuito",
		"prolongación",
		"periférico",
		"andador",
		"colonia",
		"col\\.",
		"carrer",
		"avinguda",
		"passeig",
		"plaça",
		"rua",
		"r\\.",
		"travessa",
		"tv\\.",
		"praça",
		"pç\\.",
		"estrada",
		"rodovia",
		"beco",
		"escadas",
		"escadinhas",
		"calçada",
		"caminho",
		"largo",
		"ladeira",
		"viela",
		"jardim",
		"parque",
		"vila",
		"marginal",
		"conjunto",
		"ul\\.",
		"ulica",
		"al\\.",
		"aleja",
		"aleje",
		"plac",
		"os\\.",
		"osiedle",
		"skwer",
		"rondo",
		"bulwar",
		"náměstí",
		"nám\\.",
		"třída",
		"nábřeží",
		"námestie",
		"nábrežie",
		"trg",
		"put",
		"cesta",
		"utca",
		"u\\.",
		"út",
		"tér",
		"körút",
		"krt\\.",
		"sétány",
		"köz",
		"sor",
		"fasor",
		"főtér",
		"út",
		"útja",
		"főút",
		"rakpart",
		"dűlő",
		"lépcső",
		"liget",
		"strada",
		"str\\.",
		"bulevardul",
		"bd\\.",
		"calea",
		"șoseaua",
		"intrarea",
		"aleea",
		"piața",
		"splaiul",
		"iela",
		"gatve",
		"bulvāris",
		"laukums",
		"gāte",
		"prospekts",
		"dambis",
		"šoseja",
		"krastmala",
		"priv\\.",
		"extramuros",
		"οδός",
		"οδ\\.",
		"λεωφόρος",
		"λεωφ\\.",
		"πλατεία",
		"πλ\\.",
		"παρ\\.",
		"sokak",
		"sok\\.",
		"sokağı",
		"cadde",
		"caddesi",
		"cad\\.",
		"bulvar",
		"bulvarı",
		"mahalle",
		"mahallesi",
		"mah\\.",
		"meydanı",
		"ул\\.",
		"улица",
		"пр\\.",
		"пр-т",
		"просп\\.",
		"проспект",
		"пл\\.",
		"площадь",
		"пер\\.",
		"переулок",
		"бул\\.",
		"бульвар",
		"шоссе",
		"ш\\.",
		"наб\\.",
		"набережная",
		"проезд",
		"тупик",
		"аллея",
		"вулиця",
		"вул\\.",
		"площа",
		"провулок",
		"узвіз",
		"майдан",
		"jalan",
		"jln\\.",
		"jl\\.",
		"gang",
		"gg\\.",
		"đường",
		"phố",
		"ngõ",
		"hẻm",
		"street",
		"st\\.?",
		"avenue",
		"road",
		"rd",
		"boulevard",
		"blvd",
		"lane",
		"ln",
		"drive",
		"dr",
		"court",
		"ct",
		"way",
		"place",
		"terrace",
		"crescent",
		"close",
		"parkway",
		"pkwy",
		"highway",
		"hwy",
		"square",
		"circle",
		"trail",
		"plaza",
		"grove",
		"gardens",
		"mews",
		"row",
		"hill",
		"green",
		"walk",
		"park",
		"view",
		"rise",
		"wharf",
		"quay",
		"gate",
		"mall",
		"inlet",
		"mill",
		"wells",
		"streets",
		"junction",
		"loop",
		"alley",
		"path",
		"pike",
		"ridge",
		"heights",
		"bridge",
		"bypass",
		"causeway",
		"esplanade",
		"parade",
		"promenade",
		"crossing",
		"ford",
		"port",
		"point",
		"pass",
		"track",
		"vale",
		"village",
		"villas",
		"brook",
		"creek",
		"estate",
		"field",
		"fields",
		"glen",
		"harbor",
		"harbour",
		"haven",
		"hollow",
		"island",
		"landing",
		"lodge",
		"manor",
		"meadow",
		"meadows",
		"mount",
		"orchard",
		"pines",
		"ranch",
		"shore",
		"shores",
		"spring",
		"springs",
		"station",
		"summit",
		"union",
		"valley",
		"vista",
		"wood",
		"woods",
		"avenida",
		"expressway",
		"freeway",
		"turnpike",
		"route",
		...USPS_SUFFIXES,
		"straat",
		"laan",
		"weg",
		"plein",
		"gracht",
		"kade",
		"dreef",
		"singel",
		"dijk",
		"steenweg",
		"chaussee",
		"markt",
		"pad",
		"hof",
		"galerij",
		"straße",
		"strasse",
		"str\\.",
		"platz",
		"gasse",
		"allee",
		"ring",
		"damm",
		"ufer",
		"chaussee",
		"gata",
		"gatan",
		"vägen",
		"väg",
		"vej",
		"gade",
		"veien",
		"vegen",
		"gate",
		"gaten",
		"tie",
		"katu",
		"kuja",
		"polku",
		"torget",
		"torg",
		"stræde"
	];
	ENGLISH_STREET_TYPES = [
		...USPS_SUFFIXES,
		"street",
		"st",
		"road",
		"rd",
		"lane",
		"ln",
		"drive",
		"dr",
		"court",
		"ct",
		"way",
		"place",
		"terrace",
		"crescent",
		"close",
		"parkway",
		"pkwy",
		"highway",
		"hwy",
		"square",
		"circle",
		"trail",
		"plaza",
		"grove",
		"gardens",
		"mews",
		"row",
		"hill",
		"green",
		"walk",
		"park",
		"view",
		"rise",
		"wharf",
		"quay",
		"gate",
		"mall",
		"inlet",
		"mill",
		"wells",
		"streets",
		"junction",
		"loop",
		"alley",
		"path",
		"pike",
		"ridge",
		"heights",
		"bridge",
		"bypass",
		"causeway",
		"parade",
		"crossing",
		"ford",
		"port",
		"point",
		"pass",
		"track",
		"vale",
		"village",
		"villas",
		"brook",
		"creek",
		"estate",
		"field",
		"fields",
		"glen",
		"harbor",
		"harbour",
		"haven",
		"hollow",
		"island",
		"landing",
		"lodge",
		"manor",
		"meadow",
		"meadows",
		"mount",
		"orchard",
		"pines",
		"ranch",
		"shore",
		"shores",
		"spring",
		"springs",
		"station",
		"summit",
		"union",
		"valley",
		"vista",
		"wood",
		"woods",
		"expressway",
		"freeway",
		"turnpike"
	];
	FUSED_STREET_ENDINGS = [
		"straße",
		"strasse",
		"str\\.",
		"weg",
		"gasse",
		"allee",
		"platz",
		"ring",
		"damm",
		"ufer",
		"steig",
		"pfad",
		"chaussee",
		"markt",
		"berg",
		"hof",
		"graben",
		"wall",
		"kai",
		"park",
		"feld",
		"garten",
		"anger",
		"bach",
		"brücke",
		"tor",
		"zeile",
		"gürtel",
		"promenade",
		"stieg",
		"twiete",
		"kamp",
		"straat",
		"laan",
		"plein",
		"gracht",
		"kade",
		"dreef",
		"singel",
		"dijk",
		"steenweg",
		"plantsoen",
		"steeg",
		"hof",
		"pad",
		"burg",
		"wal",
		"veld",
		"gatan",
		"gata",
		"vägen",
		"väg",
		"gränd",
		"torget",
		"stigen",
		"backen",
		"allén",
		"vej",
		"gade",
		"stræde",
		"allé",
		"plads",
		"torv",
		"veien",
		"vegen",
		"gate",
		"gaten",
		"stien",
		"bakken",
		"tie",
		"katu",
		"kuja",
		"polku",
		"kaari",
		"rinne",
		"raitti",
		"tori",
		"väylä",
		"ranta",
		"utca",
		"körút",
		"sétány",
		"ská",
		"ova",
		"ní",
		"ná"
	];
	NAME_PARTICLES = "de|del|della|delle|dei|degli|di|da|dal|do|dos|das|du|des|la|le|les|los|las|l'|d'|van|von|der|den|het|'t|y|e|i|am|an|auf|im|in|zum|zur|bei|sur|sous|aux|en|op|aan|ter|ten|och|og|on|upon|of|the|and|al|el|a|nad|pod|pri|při|ob|u";
	UNIT_WORDS = "apt\\.?|apartment|suite|ste\\.?|unit|flat|floor|fl\\.?|#|app\\.?|appartamento|apartamento|piso|puerta|esc\\.?|m\\.|lok\\.|lgh\\.?|leil\\.?|st\\.|tv|th|mf|sal|whg\\.?|top|stiege|stock|etage|bus|boîte|bte|kv\\.|кв\\.|dz\\.|bloc|bl\\.|sc\\.|et\\.|ap\\.|ajtó|em\\.?|casa|sala|bloco|lote|edificio|depto\\.?|int\\.|interior|ημ\\.|daire|kat|d\\.";
	PO_BOX = "p\\.? ?o\\.? ?box|post office box|pmb|postfach|bp|boîte postale|b\\.p\\.|case postale|cp|c\\.p\\.|postbus|casella postale|apartado(?: de correos| postal)?|caixa postal|cx\\. postal|skrytka pocztowa|p\\. ?o\\. ?box|box|postboks|postbox|pl|gpo box|locked bag|а/я|абонентский ящик";
	MONTH_DAY = /(?:^|[^\p{L}])(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|févr(?:ier)?|mar(?:ch|s|zo)?|märz|apr(?:il)?|avril|abril|may|mai|mayo|jun[ei]?|juin|junio|jul[iy]?|juillet|julio|aug(?:ust)?|août|agosto|sep(?:t|tember|tembre|tiembre)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|nov(?:ember|embre|iembre)?|dec(?:ember)?|dez(?:ember)?|déc(?:embre)?|dic(?:iembre)?|enero|febrero|janvier)\.?(?: de)? \d{1,2}(?:st|nd|rd|th)?(?:$|[^\p{L}\d])|\d{1,2}\.? (?:de )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januar|februar|märz|april|juni|juli|oktober|dezember)\p{L}{0,6}$/iu;
}));
// src/core/redaction/rules/address-street-types-data.ts
var STREET_TYPE_WORDS, ENGLISH_STREET_TYPE_WORDS, ENGLISH_ONLY_STREET_TYPE_WORDS, STREET_TYPE_ABBREVIATIONS, SHORT_STREET_TYPE_ABBREVIATIONS, GLUED_STREET_TYPES, LEVEL_TYPE_WORDS, UNIT_TYPE_WORDS, HOUSE_NUMBER_WORDS, BUILDING_TYPE_WORDS, NO_NUMBER_FORMS;
var init_address_street_types_data = __esmMin((() => {
	STREET_TYPE_WORDS = [
		"abbey",
		"abby",
		"acc",
		"acc.so",
		"acces",
		"acceso",
		"access",
		"accesso",
		"accs",
		"accso",
		"acesso",
		"ach",
		"acres",
		"acrs",
		"aikste",
		"aikštė",
		"aircead",
		"aircèad",
		"airse",
		"aitreabhan",
		"akligatvis",
		"alam",
		"alameda",
		"ale",
		"alea",
		"alee",
		"aleea",
		"alej",
		"aleja",
		"alez",
		"aleziou",
		"alezioù",
		"alieja",
		"all",
		"alle",
		"allee",
		"alleen",
		"allees",
		"alley",
		"alleya",
		"alleyway",
		"alls",
		"allwy",
		"ally",
		"allyway",
		"allè",
		"allèen",
		"allé",
		"allée",
		"allées",
		"alque",
		"alqueria",
		"alquería",
		"alt",
		"alto",
		"alue",
		"alun-alun",
		"alunalun",
		"alwy",
		"aly",
		"alz",
		"alzaia",
		"alėja",
		"ambl",
		"amble",
		"ancg",
		"anchorage",
		"and",
		"andad",
		"andador",
		"androna",
		"ang",
		"ang.",
		"angolo",
		"angosta",
		"angta",
		"anlaeg",
		"anlæg",
		"annex",
		"anse",
		"anx",
		"apartments",
		"apch",
		"apdro",
		"apeadero",
		"app",
		"appartments",
		"appr",
		"approach",
		"apts",
		"arc",
		"arcade",
		"arco",
		"ard",
		"arda",
		"ardan",
		"ardán",
		"arok",
		"art",
		"arterial",
		"artery",
		"artl",
		"arts",
		"arty",
		"ascaill",
		"audostradale",
		"auk",
		"aukio",
		"aut",
		"aut.ale",
		"aut.da",
		"aut.de",
		"aut.sle",
		"autale",
		"autda",
		"autde",
		"auto",
		"autobahn",
		"autobidea",
		"autoestr",
		"autoestrada",
		"autop",
		"autopista",
		"autoroute",
		"autostrada",
		"autostrade",
		"autov",
		"autovia",
		"autovía",
		"autsle",
		"ava",
		"avd",
		"avda",
		"ave",
		"aven",
		"avenguda",
		"avenida",
		"avenija",
		"avens",
		"avenu",
		"avenue",
		"avenues",
		"avenus",
		"aves",
		"avgda",
		"avinguda",
		"avn",
		"avns",
		"avnu",
		"avnue",
		"avnues",
		"avnus",
		"avs",
		"awang",
		"awg",
		"azinhaga",
		"b-dul",
		"b.dul",
		"b.go",
		"baan",
		"bach",
		"back",
		"bad",
		"baech",
		"bahnhof",
		"bairro",
		"baixada",
		"bajada",
		"bakke",
		"bakken",
		"bali",
		"baluardo",
		"banchina",
		"banda",
		"banell",
		"banen",
		"bank",
		"barda",
		"baro",
		"barra",
		"barraid",
		"barranco",
		"barranquillo",
		"barriada",
		"barriere",
		"barrieres",
		"barriêre",
		"barriêres",
		"barð",
		"basin",
		"basn",
		"bay",
		"bayoo",
		"bayou",
		"bazaar",
		"bazar",
		"bazi",
		"bch",
		"bcle",
		"bco",
		"bda",
		"bde",
		"bdge",
		"bdo",
		"bdul",
		"bdwy",
		"bdy",
		"beach",
		"bealach",
		"beco",
		"beech",
		"belt",
		"beltway",
		"bend",
		"ber",
		"berg",
		"berge",
		"berges",
		"berget",
		"bers",
		"bga",
		"bgo",
		"bgt",
		"bhf",
		"bide",
		"bidea",
		"bidexka",
		"biv",
		"bivio",
		"bjada",
		"blck",
		"bld",
		"blev",
		"blf",
		"blfs",
		"blk",
		"block",
		"blt",
		"bluf",
		"bluff",
		"bluffs",
		"blv",
		"blvd",
		"blvde",
		"blvrd",
		"bna",
		"bnd",
		"bnk",
		"boardwalk",
		"boczna",
		"bogha",
		"bois",
		"boithrin",
		"borg",
		"borgata",
		"borgen",
		"borgir",
		"borgo",
		"bot",
		"bothar",
		"bottm",
		"bottms",
		"bottom",
		"bottoms",
		"boucle",
		"boul",
		"boulavard",
		"boulevard",
		"boulevarde",
		"boulevarden",
		"boulouard",
		"boulv",
		"boundary",
		"bowl",
		"bps",
		"bqllo",
		"br.lla",
		"br.lle",
		"brace",
		"brae",
		"braigh",
		"brana",
		"branc",
		"branch",
		"braut",
		"brazal",
		"brce",
		"brch",
		"brdg",
		"brdway",
		"bre",
		"break",
		"bres",
		"bretella",
		"bretelle",
		"brg",
		"brgs",
		"bri",
		"bridge",
		"brigata",
		"brk",
		"brks",
		"brlla",
		"brlle",
		"brnch",
		"bro",
		"broadway",
		"brook",
		"brooks",
		"brow",
		"bruach",
		"brucke",
		"bruecke",
		"bruthach",
		"brw",
		"brzal",
		"brº",
		"bràigh",
		"brána",
		"brí",
		"brücke",
		"bsn",
		"bte",
		"btm",
		"btms",
		"btte",
		"bttm",
		"bttms",
		"buehl",
		"buen",
		"buhl",
		"bukt",
		"bul",
		"bulabhard",
		"bulatan",
		"bulbhard",
		"bulev",
		"bulevar",
		"bulevard",
		"bulevardi",
		"bulevardu",
		"bulevardul",
		"bulv",
		"bulvar",
		"bulvari",
		"bulvaris",
		"bulvarı",
		"bulvāris",
		"bulwar",
		"burg",
		"burgs",
		"burrow",
		"burw",
		"but",
		"butte",
		"bvd",
		"bway",
		"bwk",
		"bwlk",
		"bwy",
		"byen",
		"byggo",
		"byggð",
		"byp",
		"bypa",
		"bypass",
		"byps",
		"byu",
		"byway",
		"bywy",
		"bóithrín",
		"bóthar",
		"búlbhard",
		"bühl",
		"c.da",
		"c.h.",
		"c.hgwy",
		"c.hi",
		"c.hw",
		"c.hway",
		"c.hwy",
		"c.ile",
		"c.le",
		"c.m.",
		"c.n.",
		"c.na",
		"c.po",
		"c.r.",
		"c.rd",
		"c.rt",
		"c.rte",
		"c.so",
		"c.te",
		"c.usa",
		"c.v.",
		"cabhsair",
		"caclcadinha",
		"cad",
		"cadde",
		"caddesi",
		"cadha",
		"cae",
		"cae'r",
		"cai",
		"caigeann",
		"cal",
		"calafort",
		"calata",
		"calcada",
		"cale",
		"calea",
		"call",
		"calle",
		"callej",
		"calleja",
		"callejon",
		"callejuela",
		"callejón",
		"callizo",
		"calz",
		"calzada",
		"calçada",
		"calçadinha",
		"cam",
		"cami",
		"camin",
		"caminho",
		"caminito",
		"camino",
		"camiño",
		"camno",
		"camp",
		"campagne",
		"campg",
		"campiello",
		"camping",
		"campo",
		"camí",
		"camín",
		"canale",
		"cant",
		"cantera",
		"canton",
		"cantone",
		"cantr",
		"cantón",
		"canyon",
		"caolbhealach",
		"caolraid",
		"cape",
		"car",
		"caravan",
		"care",
		"cares",
		"carf",
		"carr",
		"carra",
		"carre",
		"carreau",
		"carref",
		"carrefour",
		"carrer",
		"carrera",
		"carrero",
		"carreró",
		"carretera",
		"carreterin",
		"carreterín",
		"carretil",
		"carriera",
		"carriere",
		"carrieres",
		"carril",
		"carrièra",
		"carrière",
		"carrières",
		"carro",
		"carru",
		"carré",
		"cas",
		"casale",
		"cascina",
		"cat",
		"cau",
		"caus",
		"cause",
		"causeway",
		"causewy",
		"cav",
		"cavalc.a",
		"cavalca",
		"cavalcavia",
		"cavee",
		"cavée",
		"ccnh",
		"cct",
		"ccvcn",
		"cda",
		"cds",
		"ceann-rathaid",
		"ceannrathaid",
		"ceapach",
		"cearcall",
		"cearn",
		"cearnag",
		"cearnog",
		"cearnóg",
		"ceathru",
		"ceathrú",
		"ceide",
		"ceimeanna",
		"cels",
		"cen",
		"center",
		"centers",
		"centre",
		"centreway",
		"cer",
		"cercl",
		"cercle",
		"cerrada",
		"cerunan",
		"cesta",
		"cetr",
		"ceum",
		"cevreyolu",
		"ceàrn",
		"ceàrnag",
		"ceļš",
		"cft",
		"cgne",
		"chalet",
		"champ",
		"changkat",
		"chas",
		"chase",
		"chateau",
		"chaussee",
		"chaussees",
		"chaussée",
		"chaussées",
		"che",
		"chee",
		"chees",
		"chem",
		"chemin",
		"cheminement",
		"chemins",
		"ches",
		"chev",
		"chiusa",
		"chl",
		"chodnick",
		"chodnik",
		"chs",
		"chss",
		"chsv",
		"cht",
		"chv",
		"château",
		"cidhe",
		"cilgant",
		"cint",
		"cinturo",
		"cinturon",
		"cinturó",
		"cinturón",
		"cir",
		"circ",
		"circel",
		"circle",
		"circles",
		"circlet",
		"circonv.e",
		"circonvallazione",
		"circonve",
		"circt",
		"circuit",
		"circuito",
		"circular",
		"circunvalacion",
		"circunvalación",
		"circunvalar",
		"circus",
		"cirs",
		"cirt",
		"cirv",
		"cite",
		"cites",
		"cité",
		"cités",
		"cixilmaz",
		"cjla",
		"cjon",
		"cjón",
		"ckt",
		"claim",
		"clde",
		"cle",
		"clf",
		"clfs",
		"cliff",
		"cliffs",
		"cll",
		"cllja",
		"cllon",
		"cllzo",
		"cllón",
		"clm",
		"clnde",
		"clobhsa",
		"cloi",
		"cloitre",
		"clos",
		"close",
		"cloître",
		"clr",
		"cls",
		"clse",
		"clstr",
		"clt",
		"cluain",
		"cluster",
		"clós",
		"cmmn",
		"cmmns",
		"cmn",
		"cmno",
		"cmns",
		"cmo",
		"cmt",
		"cna",
		"cnc",
		"cncd",
		"cncrd",
		"cnctr",
		"cnl",
		"cno",
		"cnoc",
		"cnocan",
		"cnocán",
		"cnr",
		"cnrs",
		"cnt",
		"cntn",
		"cntr",
		"cnwy",
		"cnyn",
		"co.hgwy",
		"co.hi",
		"co.hw",
		"co.hway",
		"co.hwy",
		"co.r",
		"co.rd",
		"co.rt",
		"co.rte",
		"coedlan",
		"coill",
		"coillte",
		"col",
		"colonnade",
		"colunra",
		"colúnra",
		"com",
		"comm",
		"common",
		"commons",
		"comms",
		"con",
		"conc",
		"concession",
		"concord",
		"concourse",
		"concs",
		"concse",
		"connection",
		"connector",
		"conr",
		"contour",
		"contr.a",
		"contra",
		"contra'",
		"contrada",
		"contrà",
		"copse",
		"cor",
		"corner",
		"corners",
		"corniche",
		"corniches",
		"corran",
		"corredor",
		"corrán",
		"cors",
		"corseo",
		"corso",
		"corte",
		"cortile",
		"cortina",
		"cosan",
		"costa",
		"costanilla",
		"costera",
		"cosán",
		"cote",
		"coteau",
		"cour",
		"cours",
		"course",
		"court",
		"courts",
		"courtyard",
		"cov",
		"cove",
		"cowy",
		"cpe",
		"cpl",
		"cpo",
		"cps",
		"cra",
		"craobhraid",
		"crc",
		"crcs",
		"crct",
		"crd",
		"crecent",
		"creek",
		"cres",
		"crescent",
		"crest",
		"crf",
		"crief",
		"crk",
		"crn",
		"crns",
		"cro",
		"crocevia",
		"croft",
		"crois",
		"croit",
		"crosaire",
		"cross",
		"crossing",
		"crossroad",
		"crossroads",
		"crossway",
		"crrdo",
		"crril",
		"crs",
		"crse",
		"crsg",
		"crss",
		"crst",
		"crt",
		"crtil",
		"crts",
		"cruiseway",
		"crv",
		"crve",
		"crwy",
		"cró",
		"csac",
		"cseo",
		"csg",
		"cso",
		"cst",
		"cstan",
		"csway",
		"cswy",
		"cta",
		"cte",
		"ctg",
		"ctile",
		"ctn",
		"cto",
		"ctr",
		"ctra",
		"ctrin",
		"ctrs",
		"cts",
		"cttg",
		"cty.hgwy",
		"cty.hi",
		"cty.hw",
		"cty.hway",
		"cty.hwy",
		"cty.r",
		"cty.rd",
		"cty.rt",
		"cty.rte",
		"ctyd",
		"cuairt-rathad",
		"cuairtrathad",
		"cuesta",
		"cuirt",
		"cul",
		"cul-de-sac",
		"culdesac",
		"cumairin",
		"cumairín",
		"cup",
		"cupa",
		"curv",
		"curve",
		"cusa",
		"cusac",
		"custa",
		"cutt",
		"cutting",
		"cuwy",
		"cvan",
		"cve",
		"cvn",
		"cway",
		"cwrt",
		"cxn",
		"cyd",
		"cyn",
		"czada",
		"céide",
		"céimeanna",
		"côte",
		"côteau",
		"cùirt",
		"cúirt",
		"daan",
		"dal",
		"dalaman",
		"dalan",
		"dale",
		"dalen",
		"damm",
		"dammen",
		"dar",
		"daroha",
		"dataran",
		"dawret",
		"dayang",
		"deg",
		"degre",
		"degres",
		"degré",
		"degrés",
		"degs",
		"dell",
		"denai",
		"dene",
		"descente",
		"descentes",
		"deviation",
		"devn",
		"diag",
		"diagonal",
		"diamont",
		"dig",
		"digs",
		"digue",
		"digues",
		"dijk",
		"dimein",
		"diméin",
		"dip",
		"direito",
		"dis",
		"discesa",
		"disem",
		"diseminado",
		"distributor",
		"div",
		"divers",
		"diversion",
		"divide",
		"dle",
		"dlm",
		"dns",
		"doire",
		"dor",
		"doroga",
		"doroha",
		"dossering",
		"down",
		"downs",
		"drec",
		"drecera",
		"drive",
		"driveway",
		"droga",
		"droichead",
		"drov",
		"drove",
		"drumul",
		"drv",
		"drvored",
		"drvwy",
		"drwy",
		"dsg",
		"dsgs",
		"dstr",
		"dto",
		"dtr",
		"duga",
		"dugai",
		"dugaí",
		"dulo",
		"dumhcha",
		"duong",
		"dve",
		"dvor",
		"dvwy",
		"dwarsstraat",
		"dwarsweg",
		"dway",
		"dwns",
		"dwstr",
		"dwwg",
		"dwy",
		"dyg",
		"dűlő",
		"eachlann",
		"earann",
		"easement",
		"eastat",
		"eastát",
		"ecl",
		"ecls",
		"ecluse",
		"ecluses",
		"edg",
		"edge",
		"eix",
		"elb",
		"elbow",
		"elm",
		"enc",
		"enclave",
		"enclos",
		"encosta",
		"end",
		"enparantza",
		"ent",
		"entr",
		"entrada",
		"entrance",
		"env",
		"err",
		"errepidea",
		"eslda",
		"esmt",
		"esp",
		"espa",
		"espace",
		"espalda",
		"espl",
		"esplanaadi",
		"esplanade",
		"esplanades",
		"esplanadi",
		"esps",
		"esq",
		"esquerdo",
		"est",
		"estate",
		"estates",
		"estda",
		"estr",
		"estrada",
		"ests",
		"etorb",
		"etorbidea",
		"etrezek",
		"exit",
		"exp",
		"expla",
		"explanada",
		"expressway",
		"expway",
		"expwy",
		"expy",
		"ext",
		"exten",
		"extension",
		"extensions",
		"extensión",
		"extn",
		"extramuros",
		"extrm",
		"exts",
		"exwy",
		"f.ca",
		"f.rata",
		"f.ta",
		"faiche",
		"fairway",
		"fall",
		"falls",
		"fare",
		"farm",
		"farms",
		"fasor",
		"fawy",
		"fca",
		"fdc",
		"fdo",
		"fds",
		"feirm",
		"fell",
		"fern",
		"ferrata",
		"ferry",
		"ffordd",
		"field",
		"fields",
		"fireline",
		"firetrack",
		"firetrail",
		"fit",
		"fitr",
		"flat",
		"flate",
		"flaten",
		"flats",
		"fld",
		"flds",
		"fline",
		"flne",
		"fls",
		"flt",
		"flts",
		"fmtn",
		"fnd",
		"follow",
		"folw",
		"fon",
		"fondamenta",
		"fondo",
		"footway",
		"for",
		"forc.la",
		"forca",
		"forcella",
		"forcla",
		"ford",
		"foreshore",
		"form",
		"formation",
		"foro",
		"forsthaus",
		"fos",
		"foss",
		"fosse",
		"fosses",
		"fothair",
		"foyer",
		"foyr",
		"fraoch",
		"frata",
		"fraz",
		"fraz.e",
		"fraz.i",
		"fraze",
		"frazi",
		"frazione",
		"frazioni",
		"frd",
		"freeway",
		"frei",
		"frente",
		"frith-rathad",
		"frm",
		"frms",
		"frnt",
		"front",
		"frontage",
		"frtg",
		"frwy",
		"fry",
		"frz",
		"fshr",
		"fta",
		"ftrk",
		"ftwy",
		"fundacul",
		"fundatura",
		"fundătura",
		"furlong",
		"fway",
		"fwy",
		"g.na",
		"g.ne",
		"gaass",
		"gabhal",
		"gade",
		"gairdini",
		"gairdíní",
		"gal",
		"gale",
		"galeria",
		"galerie",
		"galeries",
		"galería",
		"gall.a",
		"gall.e",
		"galla",
		"galle",
		"galleria",
		"gallerie",
		"gals",
		"gang",
		"gangen",
		"gap",
		"gard",
		"garda",
		"garden",
		"gardenn",
		"gardens",
		"garenne",
		"garn",
		"garradh",
		"gass",
		"gasse",
		"gata",
		"gatan",
		"gate",
		"gaten",
		"gates",
		"gateway",
		"gatve",
		"gatvė",
		"gbd",
		"gch",
		"gdbd",
		"gdch",
		"gden",
		"gdens",
		"gdn",
		"gdns",
		"gdr",
		"gdsen",
		"gdsens",
		"geata",
		"genna",
		"genne",
		"gerddi",
		"geroi",
		"gerði",
		"get",
		"glade",
		"glch",
		"gld",
		"glde",
		"gleann",
		"gleannan",
		"gleanntan",
		"gleanntán",
		"gleannán",
		"gleib",
		"glen",
		"gln",
		"glorieta",
		"gly",
		"gléib",
		"gna",
		"gne",
		"goirtin",
		"goirtín",
		"gort",
		"gourhent",
		"gra",
		"graben",
		"gracht",
		"gradini",
		"graend",
		"graig",
		"grainnseach",
		"grainseach",
		"grand'rue",
		"grandrue",
		"grange",
		"grbd",
		"grch",
		"grd",
		"grdbd",
		"grdch",
		"grdn",
		"grdns",
		"grdr",
		"grds",
		"green",
		"greenway",
		"gren",
		"grend",
		"grenda",
		"gri",
		"grille",
		"grim",
		"grimpette",
		"grn",
		"grnd",
		"grnds",
		"gro",
		"grosse",
		"grosser",
		"grosses",
		"ground",
		"grounds",
		"grove",
		"große",
		"großes",
		"großser",
		"grs",
		"grund",
		"grv",
		"grve",
		"grwy",
		"gráig",
		"gráinseach",
		"gränd",
		"grænsen",
		"gta",
		"gte",
		"gtes",
		"gtway",
		"gtwy",
		"gulch",
		"gully",
		"gwaremm",
		"gway",
		"gwenod",
		"gwenodenn",
		"gwenojenn",
		"gwy",
		"gàrradh",
		"gàss",
		"gård",
		"gården",
		"hacienda",
		"hage",
		"hagen",
		"hager",
		"hagi",
		"hai·sutorito",
		"hai·sutorīto",
		"haj",
		"haji",
		"halaman",
		"hals",
		"ham",
		"hameau",
		"hanger",
		"harbor",
		"harbors",
		"harbour",
		"haugane",
		"haugen",
		"have",
		"haven",
		"havn",
		"hbr",
		"hbrs",
		"hch",
		"hchs",
		"hda",
		"hds",
		"head",
		"heads",
		"heath",
		"heights",
		"heiligen",
		"hent",
		"hent-bras",
		"hent-dall",
		"hent-don",
		"hent-tro",
		"hentbras",
		"hentdall",
		"hentdon",
		"hentou",
		"hentoù",
		"henttro",
		"heol",
		"heth",
		"hghlds",
		"hghts",
		"hglds",
		"hgths",
		"hgts",
		"hgwy",
		"hi.rd",
		"hieghts",
		"highlands",
		"highroad",
		"highway",
		"hilir",
		"hill",
		"hills",
		"hils",
		"hird",
		"hiribidea",
		"hjalli",
		"hlds",
		"hlio",
		"hllw",
		"hlm",
		"hlr",
		"hls",
		"hlíð",
		"hngr",
		"hof",
		"hoj",
		"hojen",
		"hollow",
		"holm",
		"holmen",
		"holt",
		"holw",
		"hoofdstraat",
		"hoofstraat",
		"hradska",
		"hrbr",
		"hrd",
		"hschs",
		"hth",
		"hts",
		"hub",
		"huset",
		"hvn",
		"hway",
		"hwy",
		"hwye",
		"hywy",
		"háls",
		"høgda",
		"høgde",
		"høj",
		"højen",
		"iadh-rathad",
		"iadhrathad",
		"ibilbidea",
		"ids",
		"iela",
		"imp",
		"impase",
		"impasse",
		"impasses",
		"imps",
		"inlet",
		"inlt",
		"int",
		"intchg",
		"interchange",
		"interrato",
		"intersection",
		"interstate",
		"intg",
		"intn",
		"intr",
		"intrarea",
		"intsctn",
		"iothlainn",
		"isl",
		"island",
		"islands",
		"isld",
		"islds",
		"isle",
		"iss",
		"jalan",
		"jalur",
		"jct",
		"jctn",
		"jcts",
		"jembatan",
		"jetee",
		"jetees",
		"jetée",
		"jetées",
		"jl.",
		"jln",
		"jnc",
		"jnct",
		"jte",
		"jtes",
		"jtn",
		"junct",
		"junction",
		"junctions",
		"kaari",
		"kade",
		"kae",
		"kaer",
		"kalcavaja",
		"kale",
		"kalea",
		"kalye",
		"kaminda",
		"kamp",
		"kampong",
		"kampung",
		"karrika",
		"katu",
		"kaya",
		"kaĺcavaja",
		"kecid",
		"ker",
		"kerig",
		"kert",
		"key",
		"keys",
		"keçid",
		"klanac",
		"kloz",
		"knl",
		"knls",
		"knob",
		"knol",
		"knoll",
		"knolls",
		"kol'tsevaya",
		"koltsevaya",
		"kopec",
		"koprusu",
		"korond",
		"korridorea",
		"korut",
		"korzo",
		"koz",
		"kra",
		"kraenten",
		"kri",
		"krnd",
		"kroas-hent",
		"kroashent",
		"kroashent-tro",
		"kroashenttro",
		"kroasnent-tro",
		"kroasnenttro",
		"kroazhent-tro",
		"kroazhenttro",
		"krt",
		"krysset",
		"krænten",
		"kuce",
		"kucesi",
		"kuja",
		"kys",
		"kær",
		"kêr",
		"kêrig",
		"köprüsü",
		"körönd",
		"körút",
		"köz",
		"küçə",
		"küçəsi",
		"l.go",
		"l/raya",
		"laan",
		"ladder",
		"ladera",
		"laderas",
		"ladr",
		"laengen",
		"lagn",
		"lagon",
		"lagoon",
		"laluan",
		"laman",
		"lana",
		"land",
		"landa",
		"lande",
		"landet",
		"landing",
		"landng",
		"lane",
		"laneway",
		"lang",
		"lange",
		"langgak",
		"lansangan",
		"lapangan",
		"larghetto",
		"largo",
		"lbh",
		"lbr",
		"ldera",
		"lderas",
		"ldg",
		"leane",
		"lebuh",
		"lebuhraya",
		"lees",
		"lejto",
		"lejtő",
		"lengkok",
		"leof",
		"leoforos",
		"leofóros",
		"lepcso",
		"leve",
		"levee",
		"levée",
		"lgd",
		"lge",
		"lgk",
		"lgn",
		"lgo",
		"lgt",
		"lgv",
		"lia",
		"liden",
		"lie",
		"liget",
		"light",
		"limits",
		"lin",
		"line",
		"lingkaran",
		"liniia",
		"linija",
		"liniya",
		"link",
		"lintang",
		"linya",
		"lit",
		"litl",
		"littl",
		"little",
		"lkk",
		"lkr",
		"lkt",
		"llanura",
		"llg",
		"llnra",
		"llwyn",
		"llys",
		"lmn",
		"lmts",
		"lndg",
		"lnk",
		"lno",
		"lnwy",
		"loaf",
		"loane",
		"loc",
		"loc.ta",
		"localita",
		"località",
		"locta",
		"lodennaoueg",
		"logge",
		"loinn",
		"lon",
		"lookout",
		"loop",
		"loops",
		"lorong",
		"lot",
		"lps",
		"lre",
		"lrg",
		"lrong",
		"ltg",
		"ltl",
		"lttl",
		"lug",
		"lugar",
		"luh",
		"lun",
		"lund",
		"lunden",
		"lundur",
		"lungadige",
		"lungargine",
		"lungarno",
		"lungo",
		"lungolago",
		"lungomare",
		"lungotevere",
		"lve",
		"lynn",
		"lynne",
		"lána",
		"længen",
		"lépcső",
		"lôn",
		"maantee",
		"maes",
		"magistrala",
		"mailh",
		"mairdiog",
		"mairdíog",
		"malec",
		"malecon",
		"malecón",
		"mall",
		"malla",
		"manor",
		"marclann",
		"marg",
		"margadh",
		"marglann",
		"mark",
		"marka",
		"marken",
		"market",
		"mawatha",
		"maze",
		"mdn",
		"mdr",
		"mdw",
		"mdws",
		"mead",
		"meadhraid",
		"meadow",
		"meadows",
		"meal",
		"meander",
		"measlann",
		"medan",
		"melur",
		"met",
		"metro",
		"meull",
		"mew",
		"mews",
		"meydanı",
		"mezo",
		"mező",
		"mile",
		"mill",
		"mills",
		"mirador",
		"mlo",
		"mls",
		"mndr",
		"mnr",
		"mnt",
		"moinear",
		"mointean",
		"molo",
		"monte",
		"montee",
		"montees",
		"montée",
		"montées",
		"moor",
		"most",
		"motorway",
		"mount",
		"mrdor",
		"mte",
		"mtes",
		"mtwy",
		"muelle",
		"muli",
		"mullain",
		"mulláin",
		"mway",
		"mws",
		"mwy",
		"mét",
		"métro",
		"móinteán",
		"móinéar",
		"mólo",
		"múli",
		"nab",
		"naberezhna",
		"naberezhnaya",
		"nabiarežnaja",
		"nabr",
		"nabrezi",
		"nabrezie",
		"nadvorie",
		"nagar",
		"nam",
		"namesti",
		"namestie",
		"nbr",
		"neaves",
		"nes",
		"ngõ",
		"nmbr",
		"nook",
		"nte",
		"num",
		"number",
		"nvs",
		"nábr",
		"nábrežie",
		"nábř",
		"nábřeží",
		"nám",
		"námestie",
		"náměstí",
		"oaks",
		"obere",
		"oberer",
		"oberes",
		"obilaznica",
		"obwodnica",
		"odhos",
		"odos",
		"odós",
		"oilean",
		"oileán",
		"opas",
		"ostai",
		"otlk",
		"otlt",
		"otoyolu",
		"out",
		"outlet",
		"outlook",
		"oval",
		"overbridge",
		"overlook",
		"overpass",
		"ovlk",
		"ovrb",
		"p-ta",
		"p-ţa",
		"p.i.",
		"p.le",
		"p.n.",
		"p.r.",
		"p.ta",
		"p.te",
		"p.za",
		"p.zza",
		"pad",
		"paddock",
		"padk",
		"pae",
		"pairc",
		"pairead",
		"pairèad",
		"paku",
		"palms",
		"pant",
		"pantano",
		"para",
		"parada",
		"parade",
		"paraid",
		"paraje",
		"parc",
		"parcs",
		"pard",
		"pargi",
		"park",
		"parken",
		"parkland",
		"parklands",
		"parkway",
		"parkways",
		"parkwy",
		"parq",
		"parque",
		"part",
		"parti",
		"particular",
		"partida",
		"parvis",
		"paráid",
		"pas",
		"pasadizo",
		"pasaiste",
		"pasaje",
		"pasealekua",
		"paseo",
		"paseu",
		"pasg",
		"pasillo",
		"paso",
		"pass",
		"passadis",
		"passadís",
		"passage",
		"passagen",
		"passaggio",
		"passatge",
		"passe",
		"passeggiata",
		"passeig",
		"passerelle",
		"passerelles",
		"passes",
		"pasáiste",
		"paséu",
		"pat",
		"path",
		"pathway",
		"patio",
		"pbdo",
		"pbla",
		"pblo",
		"pca",
		"pckt",
		"pct",
		"pcta",
		"pctª",
		"pda",
		"pde",
		"pdis",
		"pdís",
		"peat",
		"peatonal",
		"penger",
		"pengiran",
		"peninsula",
		"per",
		"pereulok",
		"peri",
		"perif",
		"periferico",
		"peripherique",
		"persiaran",
		"pfad",
		"pgind",
		"pgr",
		"pgres",
		"phwy",
		"piata",
		"piaz",
		"piazza",
		"piazzale",
		"piazzetta",
		"piaţa",
		"piață",
		"pier",
		"pike",
		"pim",
		"pine",
		"pines",
		"piont",
		"pjazza",
		"pke",
		"pkld",
		"pklds",
		"pko",
		"pkt",
		"pkw",
		"pkway",
		"pkwy",
		"pkwys",
		"pky",
		"pla",
		"plac",
		"placa",
		"place",
		"placis",
		"plads",
		"plag",
		"plage",
		"plages",
		"plags",
		"plain",
		"plaine",
		"plains",
		"plan",
		"plantsoen",
		"plas",
		"plasenn",
		"plasog",
		"plass",
		"plassen",
		"plat",
		"plateau",
		"plateaux",
		"plateia",
		"plateía",
		"plats",
		"platsen",
		"platx",
		"platz",
		"platå",
		"plaza",
		"plazoleta",
		"plazuela",
		"plaça",
		"plc",
		"plci",
		"ple",
		"plein",
		"plentas",
		"ples",
		"plg",
		"plms",
		"pln",
		"plns",
		"plnts",
		"plosca",
		"ploshcha",
		"ploshchad",
		"ploshtad",
		"plošča",
		"pls",
		"plt",
		"plta",
		"pltx",
		"plz",
		"plza",
		"plzla",
		"plzta",
		"plás",
		"plásóg",
		"plç",
		"pne",
		"pnes",
		"pns",
		"pnt",
		"pnte",
		"pnto",
		"poblado",
		"pocket",
		"point",
		"pointe",
		"pokt",
		"pol.ind",
		"pol.res",
		"pole",
		"polku",
		"pona",
		"pond",
		"pont",
		"ponte",
		"pontile",
		"ponto",
		"ponts",
		"porq",
		"porqs",
		"port",
		"porta",
		"portal",
		"porth",
		"portici",
		"portico",
		"portique",
		"portiques",
		"portq",
		"portqs",
		"ports",
		"pot",
		"pour",
		"pourtour",
		"pqe",
		"pque",
		"praca",
		"praceta",
		"pracina",
		"praciña",
		"prairie",
		"praje",
		"prajezd",
		"prarie",
		"prasp",
		"praspiekt",
		"praza",
		"prazuela",
		"praça",
		"prc",
		"prcs",
		"prd",
		"prde",
		"pre",
		"presqu'ile",
		"presquile",
		"presquîle",
		"presqu’île",
		"presso",
		"pricna",
		"prilaz",
		"priors",
		"private",
		"prk",
		"prkt",
		"prkw",
		"prkway",
		"prkwy",
		"prm",
		"pro",
		"proj",
		"projectada",
		"prol",
		"prolng",
		"prolongacion",
		"prolongación",
		"prolongamento",
		"prolungamento",
		"prom",
		"promanad",
		"promanaid",
		"promanàd",
		"promanáid",
		"promenada",
		"promenade",
		"prosp",
		"prospekt",
		"prospektas",
		"prospekti",
		"prospekts",
		"provinciale",
		"provulok",
		"proyezd",
		"proyizd",
		"prq",
		"prql",
		"prrs",
		"prt",
		"prts",
		"prv",
		"przla",
		"psaje",
		"pseo",
		"psg",
		"psge",
		"psj",
		"psla",
		"psllo",
		"psmar",
		"psn",
		"pso",
		"psrn",
		"pss",
		"pst",
		"pta",
		"ptal",
		"ptas",
		"ptda",
		"pte",
		"ptge",
		"pth",
		"pthway",
		"pthwy",
		"ptl",
		"pto",
		"ptr",
		"ptway",
		"ptwy",
		"puebla",
		"pueblo",
		"puente",
		"puiestee",
		"puistikko",
		"puisto",
		"puistotie",
		"pur",
		"pursuit",
		"put",
		"pvt",
		"pway",
		"pwy",
		"pza",
		"pzo",
		"pzt",
		"pzta",
		"pzza",
		"pàirc",
		"páirc",
		"pça",
		"péri",
		"périphérique",
		"póna",
		"příčná",
		"pţa",
		"qdgl",
		"qdrt",
		"qta",
		"qua",
		"quad",
		"quadrangle",
		"quadrant",
		"quai",
		"quartiere",
		"quay",
		"quays",
		"quelle",
		"quinta",
		"quy",
		"quys",
		"qys",
		"r.n.",
		"rac",
		"racc",
		"raccourci",
		"radharc",
		"radial",
		"radl",
		"rae",
		"raid",
		"raidillon",
		"raitti",
		"rakpart",
		"rambla",
		"ramble",
		"ramp",
		"rampa",
		"rampe",
		"rampla",
		"ran",
		"ranae",
		"ranch",
		"rang",
		"range",
		"ranta",
		"raod",
		"raods",
		"raon",
		"rapat",
		"rapid",
		"rapids",
		"rathad",
		"raudtee",
		"raudteejaam",
		"rbla",
		"rcda",
		"rch",
		"rcnda",
		"rcon",
		"rda",
		"rdg",
		"rdge",
		"rdgs",
		"rdgwy",
		"rdpt",
		"rds",
		"rdsd",
		"rdt",
		"rdtj",
		"rdvia",
		"rdw",
		"rdwy",
		"rdy",
		"reach",
		"reef",
		"reg",
		"regione",
		"rem",
		"remp",
		"rempart",
		"reper",
		"res",
		"reserve",
		"residence",
		"residences",
		"resrv",
		"ress",
		"rest",
		"resv",
		"ret",
		"retorno",
		"retreat",
		"return",
		"rgwy",
		"rhes",
		"rhodfa",
		"rhodfa'r",
		"rhodfar",
		"ride",
		"ridge",
		"ridges",
		"ridgeway",
		"rightofway",
		"rii",
		"rin",
		"rincon",
		"rinconada",
		"rincón",
		"ring",
		"rinne",
		"rio",
		"ripa",
		"rise",
		"rit",
		"riv",
		"riva",
		"riverway",
		"riviera",
		"rks",
		"rle",
		"rles",
		"rmbl",
		"rmp",
		"rmpe",
		"rnch",
		"rncn",
		"rncon",
		"rnd",
		"rnde",
		"rng",
		"rnge",
		"roa",
		"road",
		"roads",
		"roadside",
		"roadway",
		"rocade",
		"rocd",
		"rocks",
		"rod",
		"rodoanel",
		"rodovia",
		"rofw",
		"ronda",
		"ronde",
		"rondo",
		"rondpoint",
		"roqt",
		"roquet",
		"rosan",
		"roschoill",
		"rosebowl",
		"rosán",
		"rot",
		"rotabile",
		"rotary",
		"rotonda",
		"rotonde",
		"rotunda",
		"round",
		"roundabout",
		"route",
		"routes",
		"row",
		"rowy",
		"rpa",
		"rpart",
		"rpd",
		"rpds",
		"rpe",
		"rpla",
		"rpt",
		"rsbl",
		"rserv",
		"rserve",
		"rsrv",
		"rsrve",
		"rst",
		"rta",
		"rtb",
		"rtd",
		"rtda",
		"rtde",
		"rte",
		"rtes",
		"rtn",
		"rtnd",
		"rtnde",
		"rts",
		"rtt",
		"rty",
		"rua",
		"ruas",
		"rue",
		"ruela",
		"ruelle",
		"ruelles",
		"rues",
		"ruiou",
		"ruioù",
		"run",
		"rundwanderweg",
		"ruta",
		"rva",
		"rvia",
		"rvra",
		"rvwy",
		"rww",
		"rynek",
		"rúa",
		"rúas",
		"s.c.",
		"s.da",
		"s.h.",
		"s.hgwy",
		"s.hi",
		"s.highway",
		"s.hw",
		"s.hway",
		"s.hwy",
		"s.p.",
		"s.prov",
		"s.r.",
		"s.rd",
		"s.road",
		"s.route",
		"s.rt",
		"s.rte",
		"s.s.",
		"s.v.",
		"sacca",
		"sahe",
		"sahə",
		"sal",
		"salita",
		"salizada",
		"sasa",
		"sasejnaja",
		"sbida",
		"sbwy",
		"sca",
		"scabhat",
		"scair",
		"scaireanna",
		"scala",
		"scale",
		"scali",
		"scalinata",
		"scc",
		"sce",
		"sci",
		"scl",
		"sda",
		"sdg",
		"sdl",
		"sdla",
		"sdlg",
		"sdng",
		"sdr",
		"sdrucciolo",
		"seach-rathad",
		"seachrathad",
		"sealladh",
		"seamlas",
		"sect",
		"sector",
		"sedra",
		"sedro",
		"sel",
		"sen",
		"send",
		"sendeiro",
		"sendera",
		"sendero",
		"sendi",
		"sens",
		"sent",
		"sente",
		"sentes",
		"sentier",
		"sentiers",
		"sents",
		"serviceway",
		"ses",
		"sestiere",
		"setaliste",
		"setany",
		"sgaoil-rathad",
		"sgaoilrathad",
		"sgwar",
		"sgwâr",
		"shl",
		"shls",
		"shnt",
		"shoal",
		"shoals",
		"shor",
		"shore",
		"shores",
		"shors",
		"shose",
		"shosse",
		"shosseynaya",
		"shr",
		"shrs",
		"shun",
		"shunt",
		"shwy",
		"siden",
		"siding",
		"siedlung",
		"simpang",
		"simpangan",
		"sineadh",
		"singel",
		"sisiran",
		"sitio",
		"sjø",
		"sjøen",
		"skersgatvis",
		"skg",
		"skog",
		"skogen",
		"skwar",
		"skwy",
		"skyway",
		"slighe",
		"slip",
		"slk",
		"sloot",
		"slope",
		"slp",
		"slpe",
		"smt",
		"snaidhm-rathaid",
		"snaidhmrathaid",
		"snd",
		"sngai",
		"sngl",
		"snu",
		"soi",
		"sok",
		"sokagi",
		"sokak",
		"sokağı",
		"solok",
		"sor",
		"sort",
		"sortida",
		"sos",
		"sose",
		"soseaua",
		"sosesi",
		"sottopassaggio",
		"sound",
		"spa",
		"space",
		"spadaria",
		"spalto",
		"spc",
		"spd",
		"spg",
		"spgs",
		"spl",
		"splaiul",
		"spn",
		"spns",
		"spr",
		"spring",
		"springs",
		"sprn",
		"sprng",
		"sprngs",
		"sps",
		"spur",
		"sqaq",
		"sqr",
		"sqs",
		"square",
		"squares",
		"sraid",
		"sraidbhaile",
		"srd",
		"sreath",
		"srt",
		"srte",
		"sràid",
		"sráid",
		"sráidbhaile",
		"ssr",
		"st.h",
		"st.hgwy",
		"st.hi",
		"st.highway",
		"st.hw",
		"st.hway",
		"st.hwy",
		"st.rd",
		"st.road",
		"st.route",
		"st.rt",
		"st.rte",
		"st.wy",
		"sta",
		"stad",
		"stairean",
		"stairs",
		"stairway",
		"statehighway",
		"staterd",
		"stateroad",
		"stateroute",
		"statert",
		"staz",
		"stazione",
		"stc",
		"std",
		"steenweg",
		"steg",
		"steps",
		"stg",
		"sti",
		"stiege",
		"stien",
		"stig",
		"stigen",
		"stl",
		"sto",
		"stortorget",
		"stp",
		"stps",
		"str",
		"str-la",
		"str.a",
		"str.prov",
		"str.r",
		"str.reg",
		"str.s",
		"str.st",
		"str.ta",
		"str.te",
		"str.ti",
		"str.to",
		"str.vic",
		"str.way",
		"stra",
		"straat",
		"strad",
		"strada",
		"stradale",
		"stradela",
		"stradello",
		"stradetta",
		"stradone",
		"straed",
		"straede",
		"straedou",
		"straedoù",
		"straeti",
		"strand",
		"stranda",
		"stranden",
		"strands",
		"strasse",
		"strav",
		"stravenue",
		"straße",
		"strd",
		"strds",
		"stre",
		"streat",
		"stredet",
		"stree",
		"street",
		"streets",
		"stretta",
		"strette",
		"stretti",
		"stretto",
		"strip",
		"strnd",
		"strnds",
		"strooss",
		"stross",
		"strp",
		"strs",
		"strt",
		"strta",
		"strte",
		"strti",
		"strto",
		"strwy",
		"stryd",
		"strydoedd",
		"stryt",
		"stræde",
		"stræti",
		"sts",
		"stt",
		"stuagh",
		"stuara",
		"stube",
		"stwg",
		"stwy",
		"suba",
		"subdiv",
		"subdivision",
		"subida",
		"subway",
		"sugarut",
		"sugárút",
		"summit",
		"sumt",
		"sund",
		"sungai",
		"sup",
		"superstrada",
		"supportico",
		"svc",
		"svcwy",
		"sve",
		"svingen",
		"svinget",
		"svrd",
		"svwy",
		"swy",
		"sxy",
		"szosa",
		"sétány",
		"síneadh",
		"t.h.",
		"t.hgwy",
		"t.hi",
		"t.hw",
		"t.hway",
		"t.hwy",
		"t.r.",
		"t.rd",
		"t.rt",
		"t.rte",
		"taival",
		"taman",
		"tanav",
		"tangen",
		"tangenziale",
		"taobh",
		"tarn",
		"tce",
		"tee",
		"teigur",
		"tepian",
		"ter",
		"terace",
		"terasa",
		"tere",
		"terowongan",
		"terr",
		"terrac",
		"terrace",
		"terrain",
		"terrasse",
		"terrasses",
		"terte",
		"tertes",
		"thanon",
		"thfr",
		"thick",
		"thicket",
		"thnn",
		"thor",
		"thoroughfare",
		"thoroughway",
		"thro",
		"throughfare",
		"throughway",
		"thru",
		"thruway",
		"thwy",
		"tie",
		"tingkat",
		"tkt",
		"tkwy",
		"tline",
		"tlwy",
		"tmn",
		"tmwy",
		"tnu",
		"toften",
		"tollway",
		"top",
		"tor",
		"torg",
		"tori",
		"torv",
		"tower",
		"towers",
		"townline",
		"tpk",
		"tpke",
		"tpl",
		"tpn",
		"tpr",
		"tra",
		"trace",
		"track",
		"trafficway",
		"trail",
		"trailer",
		"trak",
		"tram",
		"tramway",
		"trans",
		"transito",
		"transv",
		"transversal",
		"tras",
		"trasera",
		"trat",
		"trav",
		"traversa",
		"traverse",
		"travesia",
		"travessa",
		"travessera",
		"travessia",
		"travesía",
		"trať",
		"trc",
		"trce",
		"trd",
		"trees",
		"trejqet",
		"trfy",
		"trg",
		"tri",
		"trian",
		"triangle",
		"trida",
		"triq",
		"trk",
		"trktrl",
		"trl",
		"trlr",
		"trn",
		"trnabt",
		"trok",
		"trpl",
		"trs",
		"trt",
		"trts",
		"trunkway",
		"trv",
		"trva",
		"trval",
		"trvrs",
		"trvs",
		"trvsal",
		"trvsia",
		"trvsía",
		"trwy",
		"trxk",
		"trá",
		"tránsito",
		"tshp.h",
		"tshp.hgwy",
		"tshp.hi",
		"tshp.hw",
		"tshp.hway",
		"tshp.hwy",
		"tshp.r",
		"tshp.rd",
		"tshp.rt",
		"tshp.rte",
		"tsse",
		"tsses",
		"tun",
		"tunel",
		"tunl",
		"tunnel",
		"tup",
		"tupik",
		"tupyk",
		"turn",
		"turnabout",
		"turnpike",
		"tvc",
		"tvl",
		"twp.h",
		"twp.hgwy",
		"twp.hi",
		"twp.hw",
		"twp.hway",
		"twp.hwy",
		"twp.r",
		"twp.rd",
		"twp.rt",
		"twp.rte",
		"twpr",
		"twr",
		"twrs",
		"twy",
		"tänav",
		"tér",
		"tún",
		"třída",
		"t̄hnn",
		"ubhchruth",
		"uchd",
		"ufer",
		"ulica",
		"ulice",
		"ulicka",
		"ulitsa",
		"ulička",
		"ullord",
		"underpass",
		"union",
		"unions",
		"uns",
		"untere",
		"unterer",
		"unteres",
		"upas",
		"upass",
		"ups",
		"urb",
		"urbanizacao",
		"utca",
		"utja",
		"uzuk",
		"v.c.",
		"v.le",
		"v.lo",
		"v.p.",
		"v.s.",
		"vaeg",
		"vaegen",
		"vaenge",
		"vaeylae",
		"vag",
		"vagen",
		"val",
		"vale",
		"vallee",
		"valley",
		"valleys",
		"vallon",
		"valée",
		"vangen",
		"vangur",
		"var",
		"varco",
		"varden",
		"varf",
		"varful",
		"vch",
		"vche",
		"vcl",
		"vcm",
		"vcn",
		"vcp",
		"vct",
		"vcto",
		"vcv",
		"vdct",
		"vdto",
		"veg",
		"vegen",
		"vegi",
		"vegur",
		"vei",
		"veien",
		"vej",
		"vellir",
		"ven",
		"venelle",
		"venelles",
		"vennel",
		"vens",
		"ver",
		"vereda",
		"verl",
		"verlengde",
		"via",
		"viad",
		"viadct",
		"viaduct",
		"viaducto",
		"viaduto",
		"viale",
		"vic",
		"vico",
		"vicoletto",
		"vicolo",
		"viela",
		"view",
		"views",
		"vik",
		"vika",
		"vil",
		"vila",
		"villa",
		"village",
		"villaggio",
		"villas",
		"virful",
		"vis",
		"vist",
		"vista",
		"viuzzo",
		"vjal",
		"vla",
		"vlae",
		"vlas",
		"vle",
		"vlge",
		"vliet",
		"vlly",
		"vllys",
		"vlo",
		"vlp",
		"vlt",
		"vly",
		"vlys",
		"vlä",
		"vnu",
		"voc",
		"vocabolo",
		"voi",
		"voie",
		"voies",
		"vois",
		"voll",
		"vollen",
		"volta",
		"vpr",
		"vpv",
		"vreda",
		"vroute",
		"vrt",
		"vrte",
		"vst",
		"vsta",
		"vta",
		"vte",
		"vue",
		"vul",
		"vulica",
		"vulytsya",
		"vvc",
		"vve",
		"vws",
		"vzo",
		"vârful",
		"väg",
		"vägen",
		"väylä",
		"våg",
		"vågen",
		"vænge",
		"vía",
		"vîrful",
		"w.",
		"wade",
		"waeg",
		"waej",
		"wag",
		"waj",
		"walk",
		"walkway",
		"waters",
		"way",
		"ways",
		"wee",
		"weg",
		"well",
		"wells",
		"wharf",
		"whf",
		"whrf",
		"wiese",
		"wkwy",
		"wky",
		"wlk",
		"wlkwy",
		"wls",
		"wtrs",
		"wyn",
		"wynd",
		"wys",
		"wäg",
		"wäj",
		"x-ing",
		"x-rd",
		"x-road",
		"x-way",
		"x-wy",
		"xett",
		"xing",
		"xiyabanı",
		"xrd",
		"xrds",
		"xroad",
		"xway",
		"xwy",
		"xətt",
		"yard",
		"yol",
		"yolu",
		"yrd",
		"z.i.",
		"zaulek",
		"zav",
		"zavulak",
		"zeharbidea",
		"zehb",
		"zin",
		"zona",
		"zum",
		"zumardia",
		"àilean",
		"áirse",
		"árok",
		"åsen",
		"çevreyolu",
		"çıxılmaz",
		"éch",
		"échangeur",
		"écl",
		"écls",
		"écluse",
		"écluses",
		"óstaí",
		"øya",
		"úllord",
		"útja",
		"üzük",
		"đường",
		"şose",
		"şosesi",
		"šaša",
		"šašejnaja",
		"šetalište",
		"șos",
		"șoseaua",
		"λεωφ",
		"λεωφορος",
		"λεωφόρος",
		"οδός",
		"πλ",
		"πλατεία",
		"πλατεια",
		"ал",
		"алея",
		"аллея",
		"бул",
		"булевар",
		"булевард",
		"бульв",
		"бульвар",
		"вул",
		"вулиця",
		"вуліца",
		"дар",
		"дарога",
		"дор",
		"дорога",
		"зав",
		"завулак",
		"кальцавая",
		"кольцевая",
		"лин",
		"линия",
		"лін",
		"лінія",
		"магистрала",
		"наб",
		"набережна",
		"набережная",
		"набярэжная",
		"обилазница",
		"пер",
		"переулок",
		"пл",
		"плошча",
		"площа",
		"площад",
		"площадь",
		"пр",
		"праезд",
		"прасп",
		"праспект",
		"прилаз",
		"пров",
		"провулок",
		"проезд",
		"просп",
		"проспект",
		"проїзд",
		"пут",
		"трг",
		"туп",
		"тупик",
		"тупік",
		"ул",
		"улица",
		"шаша",
		"шашэйная",
		"шосе",
		"шоссе",
		"шоссейная",
		"כביש",
		"כיכר",
		"סמטת",
		"צומת",
		"רחוב",
		"שדרות",
		"آزادراه",
		"السيار",
		"الشارع",
		"الطريق",
		"بزرگراه",
		"بلوار",
		"جادة",
		"جاده",
		"حارة",
		"خیابان",
		"روڈ",
		"ساحة",
		"سڑک",
		"شارع",
		"شاہراہ",
		"طريق",
		"لین",
		"ميدان",
		"نهج",
		"کوچه",
		"کوی",
		"گلی",
		"ซอย",
		"ซอยเทศบาล",
		"ตรอก",
		"ถนน",
		"ทางด่วน",
		"ไฮเวย์",
		"ბულვარი",
		"გამზ",
		"გამზირი",
		"გზატკეცილი",
		"მოედანი",
		"ქუჩა",
		"ქუჩაზე",
		"ქუჩის",
		"ქუცა",
		"შეს",
		"შესახვევი",
		"ჩიხი",
		"ხეივანი",
		"ხიდი",
		"クルドサック",
		"ストリート",
		"バイパス",
		"バイパス道路",
		"ブールバール",
		"メロディーロード",
		"メーンストリート",
		"ローマ街道",
		"一般府道",
		"一般県道",
		"一般社団法人",
		"一般財団法人",
		"一般道道",
		"一般都道",
		"主要地方道",
		"乡道",
		"公園道路",
		"公道",
		"县道",
		"国道",
		"大街",
		"大通り",
		"大道",
		"大院",
		"州間高速道路",
		"巷",
		"弄",
		"有料道路",
		"村道",
		"段",
		"環状道路",
		"省道",
		"私道",
		"経路",
		"胡同",
		"自動車道",
		"街",
		"街路",
		"街道",
		"表通り",
		"路",
		"路地",
		"通り",
		"通り道",
		"通路",
		"道",
		"道路",
		"都市高速道路",
		"高速道路",
		"가",
		"길",
		"로"
	];
	ENGLISH_STREET_TYPE_WORDS = [
		"abbey",
		"abby",
		"acc",
		"access",
		"accs",
		"acres",
		"acrs",
		"alee",
		"alley",
		"alleyway",
		"allwy",
		"ally",
		"allyway",
		"alwy",
		"aly",
		"ambl",
		"amble",
		"ancg",
		"anchorage",
		"annex",
		"anx",
		"apartments",
		"apch",
		"app",
		"appartments",
		"appr",
		"approach",
		"apts",
		"arc",
		"arcade",
		"art",
		"arterial",
		"artery",
		"artl",
		"arty",
		"aut",
		"autoroute",
		"ave",
		"aven",
		"avens",
		"avenu",
		"avenue",
		"avenues",
		"avenus",
		"aves",
		"avn",
		"avns",
		"avnu",
		"avnue",
		"avnues",
		"avnus",
		"avs",
		"back",
		"baech",
		"bank",
		"basin",
		"basn",
		"bay",
		"bayoo",
		"bayou",
		"bch",
		"bde",
		"bdge",
		"bdwy",
		"bdy",
		"beach",
		"beech",
		"belt",
		"beltway",
		"bend",
		"blck",
		"blf",
		"blfs",
		"blk",
		"block",
		"blt",
		"bluf",
		"bluff",
		"bluffs",
		"blv",
		"blvd",
		"blvde",
		"blvrd",
		"bnd",
		"bnk",
		"boardwalk",
		"bot",
		"bottm",
		"bottms",
		"bottom",
		"bottoms",
		"boul",
		"boulavard",
		"boulevard",
		"boulevarde",
		"boulv",
		"boundary",
		"bowl",
		"bps",
		"brace",
		"brae",
		"branch",
		"brce",
		"brch",
		"brdg",
		"brdway",
		"break",
		"brg",
		"brgs",
		"bri",
		"bridge",
		"brk",
		"brks",
		"brnch",
		"broadway",
		"brook",
		"brooks",
		"brow",
		"brw",
		"bsn",
		"bte",
		"btm",
		"btms",
		"btte",
		"bttm",
		"bttms",
		"burg",
		"burgs",
		"burrow",
		"burw",
		"butte",
		"bvd",
		"bway",
		"bwk",
		"bwlk",
		"bwy",
		"byp",
		"bypa",
		"bypass",
		"byps",
		"byu",
		"byway",
		"bywy",
		"c.h.",
		"c.hgwy",
		"c.hi",
		"c.hw",
		"c.hway",
		"c.hwy",
		"c.r.",
		"c.rd",
		"c.rt",
		"c.rte",
		"camp",
		"canyon",
		"cape",
		"caravan",
		"caus",
		"cause",
		"causeway",
		"causewy",
		"cct",
		"cds",
		"cen",
		"center",
		"centers",
		"centre",
		"centreway",
		"cetr",
		"cft",
		"chas",
		"chase",
		"cir",
		"circ",
		"circel",
		"circle",
		"circles",
		"circlet",
		"circt",
		"circuit",
		"circus",
		"cirs",
		"cirt",
		"claim",
		"clde",
		"clf",
		"clfs",
		"cliff",
		"cliffs",
		"clm",
		"clnde",
		"close",
		"clr",
		"cls",
		"clse",
		"clstr",
		"clt",
		"cluster",
		"cmmn",
		"cmmns",
		"cmn",
		"cmns",
		"cnc",
		"cncd",
		"cncrd",
		"cnctr",
		"cnr",
		"cnrs",
		"cntn",
		"cntr",
		"cnwy",
		"cnyn",
		"co.hgwy",
		"co.hi",
		"co.hw",
		"co.hway",
		"co.hwy",
		"co.r",
		"co.rd",
		"co.rt",
		"co.rte",
		"colonnade",
		"com",
		"comm",
		"common",
		"commons",
		"comms",
		"con",
		"conc",
		"concession",
		"concord",
		"concourse",
		"concs",
		"concse",
		"connection",
		"connector",
		"conr",
		"copse",
		"cor",
		"corner",
		"corners",
		"cors",
		"corseo",
		"corso",
		"course",
		"court",
		"courts",
		"courtyard",
		"cov",
		"cove",
		"cowy",
		"cpe",
		"cps",
		"crc",
		"crcs",
		"crct",
		"crd",
		"crecent",
		"creek",
		"cres",
		"crescent",
		"crest",
		"crf",
		"crief",
		"crk",
		"crn",
		"crns",
		"croft",
		"cross",
		"crossing",
		"crossroad",
		"crossroads",
		"crossway",
		"crs",
		"crse",
		"crsg",
		"crss",
		"crst",
		"crt",
		"crts",
		"cruiseway",
		"crv",
		"crve",
		"crwy",
		"csac",
		"cseo",
		"csg",
		"cso",
		"cst",
		"csway",
		"cswy",
		"ctg",
		"ctr",
		"ctrs",
		"cts",
		"cttg",
		"cty.hgwy",
		"cty.hi",
		"cty.hw",
		"cty.hway",
		"cty.hwy",
		"cty.r",
		"cty.rd",
		"cty.rt",
		"cty.rte",
		"ctyd",
		"cul",
		"cul-de-sac",
		"culdesac",
		"curv",
		"curve",
		"cusac",
		"cutt",
		"cutting",
		"cuwy",
		"cvan",
		"cve",
		"cvn",
		"cway",
		"cxn",
		"cyd",
		"cyn",
		"dale",
		"dell",
		"dene",
		"deviation",
		"devn",
		"dip",
		"distributor",
		"div",
		"divers",
		"diversion",
		"divide",
		"dle",
		"dns",
		"down",
		"downs",
		"drive",
		"driveway",
		"drov",
		"drove",
		"drv",
		"drvwy",
		"drwy",
		"dstr",
		"dve",
		"dvwy",
		"dway",
		"dwns",
		"dwy",
		"easement",
		"edg",
		"edge",
		"elb",
		"elbow",
		"elm",
		"end",
		"ent",
		"entr",
		"entrance",
		"esmt",
		"esp",
		"espl",
		"esplanade",
		"est",
		"estate",
		"estates",
		"ests",
		"exit",
		"exp",
		"expressway",
		"expway",
		"expwy",
		"expy",
		"ext",
		"exten",
		"extension",
		"extensions",
		"extn",
		"exts",
		"exwy",
		"fairway",
		"fall",
		"falls",
		"fare",
		"farm",
		"farms",
		"fawy",
		"fds",
		"fern",
		"ferry",
		"field",
		"fields",
		"fireline",
		"firetrack",
		"firetrail",
		"fit",
		"fitr",
		"flat",
		"flats",
		"fld",
		"flds",
		"fline",
		"flne",
		"fls",
		"flt",
		"flts",
		"fmtn",
		"follow",
		"folw",
		"footway",
		"ford",
		"foreshore",
		"form",
		"formation",
		"frd",
		"freeway",
		"frm",
		"frms",
		"frnt",
		"front",
		"frontage",
		"frtg",
		"frwy",
		"fry",
		"fshr",
		"ftrk",
		"ftwy",
		"furlong",
		"fway",
		"fwy",
		"gap",
		"garden",
		"gardens",
		"gate",
		"gates",
		"gateway",
		"gbd",
		"gdbd",
		"gdn",
		"gdns",
		"glade",
		"glch",
		"gld",
		"glde",
		"glen",
		"gln",
		"gly",
		"gra",
		"grange",
		"grbd",
		"grd",
		"grdbd",
		"grdn",
		"grdns",
		"grds",
		"green",
		"greenway",
		"gren",
		"grn",
		"grnd",
		"grnds",
		"gro",
		"ground",
		"grounds",
		"grove",
		"grv",
		"grve",
		"grwy",
		"gte",
		"gtes",
		"gtway",
		"gtwy",
		"gulch",
		"gully",
		"gway",
		"gwy",
		"hanger",
		"harbor",
		"harbors",
		"harbour",
		"haven",
		"havn",
		"hbr",
		"hbrs",
		"hds",
		"head",
		"heads",
		"heath",
		"heights",
		"heth",
		"hghlds",
		"hghts",
		"hglds",
		"hgths",
		"hgts",
		"hgwy",
		"hi.rd",
		"hieghts",
		"highlands",
		"highroad",
		"highway",
		"hill",
		"hills",
		"hils",
		"hird",
		"hlds",
		"hllw",
		"hls",
		"hngr",
		"hollow",
		"holw",
		"hrbr",
		"hrd",
		"hth",
		"hts",
		"hub",
		"hvn",
		"hway",
		"hwy",
		"hwye",
		"hywy",
		"ids",
		"imp",
		"impasse",
		"inlet",
		"inlt",
		"intchg",
		"interchange",
		"intersection",
		"interstate",
		"intg",
		"intn",
		"intsctn",
		"isl",
		"island",
		"islands",
		"isld",
		"islds",
		"isle",
		"iss",
		"jct",
		"jctn",
		"jcts",
		"jnc",
		"jnct",
		"jtn",
		"junct",
		"junction",
		"junctions",
		"key",
		"keys",
		"knl",
		"knls",
		"knob",
		"knol",
		"knoll",
		"knolls",
		"kys",
		"ladder",
		"ladr",
		"lagn",
		"lagon",
		"lagoon",
		"land",
		"landing",
		"landng",
		"lane",
		"laneway",
		"ldg",
		"lees",
		"lgn",
		"lgt",
		"light",
		"limits",
		"line",
		"link",
		"lit",
		"litl",
		"littl",
		"little",
		"lkt",
		"lmts",
		"lndg",
		"lnk",
		"lnwy",
		"loaf",
		"lookout",
		"loop",
		"loops",
		"lot",
		"lps",
		"ltl",
		"lttl",
		"lynn",
		"lynne",
		"mall",
		"manor",
		"market",
		"maze",
		"mdr",
		"mdw",
		"mdws",
		"mead",
		"meadow",
		"meadows",
		"meander",
		"mew",
		"mews",
		"mile",
		"mill",
		"mills",
		"mls",
		"mndr",
		"mnr",
		"moor",
		"motorway",
		"mount",
		"mtwy",
		"mway",
		"mws",
		"mwy",
		"nbr",
		"neaves",
		"nmbr",
		"nook",
		"num",
		"number",
		"nvs",
		"oaks",
		"opas",
		"otlk",
		"otlt",
		"out",
		"outlet",
		"outlook",
		"oval",
		"overbridge",
		"overlook",
		"overpass",
		"ovlk",
		"ovrb",
		"paddock",
		"padk",
		"paku",
		"palms",
		"parade",
		"pard",
		"park",
		"parkland",
		"parklands",
		"parkway",
		"parkways",
		"parkwy",
		"part",
		"pasg",
		"pass",
		"passage",
		"path",
		"pathway",
		"pckt",
		"pde",
		"peninsula",
		"phwy",
		"piaz",
		"piazza",
		"pier",
		"pike",
		"pine",
		"pines",
		"piont",
		"pke",
		"pkld",
		"pklds",
		"pkt",
		"pkw",
		"pkway",
		"pkwy",
		"pkwys",
		"pky",
		"pla",
		"plac",
		"place",
		"plain",
		"plains",
		"plat",
		"plateau",
		"plaza",
		"plc",
		"plms",
		"pln",
		"plns",
		"pls",
		"plt",
		"plz",
		"plza",
		"pne",
		"pnes",
		"pns",
		"pnt",
		"pnte",
		"pocket",
		"point",
		"pointe",
		"pokt",
		"pond",
		"port",
		"ports",
		"prairie",
		"prarie",
		"prd",
		"prde",
		"priors",
		"private",
		"prk",
		"prkw",
		"prkway",
		"prkwy",
		"prm",
		"prom",
		"promenade",
		"prrs",
		"prt",
		"prts",
		"psge",
		"psla",
		"pte",
		"pth",
		"pthway",
		"pthwy",
		"ptway",
		"ptwy",
		"pur",
		"pursuit",
		"pvt",
		"pway",
		"pwy",
		"pzza",
		"qdgl",
		"qdrt",
		"quad",
		"quadrangle",
		"quadrant",
		"quay",
		"quays",
		"quy",
		"quys",
		"qys",
		"radial",
		"radl",
		"ramble",
		"ramp",
		"ran",
		"ranae",
		"ranch",
		"rang",
		"range",
		"raod",
		"raods",
		"rapid",
		"rapids",
		"rch",
		"rdg",
		"rdge",
		"rdgs",
		"rdgwy",
		"rds",
		"rdsd",
		"rdw",
		"rdwy",
		"rdy",
		"reach",
		"reef",
		"res",
		"reserve",
		"resrv",
		"rest",
		"resv",
		"retreat",
		"return",
		"rgwy",
		"ride",
		"ridge",
		"ridges",
		"ridgeway",
		"rightofway",
		"ring",
		"rise",
		"riverway",
		"riviera",
		"rks",
		"rmbl",
		"rmp",
		"rnch",
		"rnd",
		"rnde",
		"rng",
		"rnge",
		"roa",
		"road",
		"roads",
		"roadside",
		"roadway",
		"rocks",
		"rofw",
		"ronde",
		"rosebowl",
		"rotary",
		"round",
		"roundabout",
		"route",
		"row",
		"rowy",
		"rpd",
		"rpds",
		"rsbl",
		"rserv",
		"rserve",
		"rsrv",
		"rsrve",
		"rst",
		"rte",
		"rtn",
		"rtt",
		"rty",
		"run",
		"rvra",
		"rvwy",
		"s.h.",
		"s.hgwy",
		"s.hi",
		"s.highway",
		"s.hw",
		"s.hway",
		"s.hwy",
		"s.r.",
		"s.rd",
		"s.road",
		"s.route",
		"s.rt",
		"s.rte",
		"sbwy",
		"sdg",
		"sdng",
		"serviceway",
		"shl",
		"shls",
		"shnt",
		"shoal",
		"shoals",
		"shor",
		"shore",
		"shores",
		"shors",
		"shr",
		"shrs",
		"shun",
		"shunt",
		"shwy",
		"siding",
		"skwy",
		"skyway",
		"slip",
		"slope",
		"slp",
		"slpe",
		"smt",
		"snd",
		"sound",
		"space",
		"spc",
		"spg",
		"spgs",
		"spns",
		"spr",
		"spring",
		"springs",
		"sprn",
		"sprng",
		"sprngs",
		"spur",
		"sqr",
		"sqs",
		"square",
		"squares",
		"srd",
		"srt",
		"srte",
		"st.h",
		"st.hgwy",
		"st.hi",
		"st.highway",
		"st.hw",
		"st.hway",
		"st.hwy",
		"st.rd",
		"st.road",
		"st.route",
		"st.rt",
		"st.rte",
		"st.wy",
		"stairs",
		"stairway",
		"statehighway",
		"staterd",
		"stateroad",
		"stateroute",
		"statert",
		"steps",
		"stps",
		"str",
		"str.way",
		"stra",
		"strand",
		"strands",
		"strav",
		"stravenue",
		"strd",
		"strds",
		"stre",
		"stree",
		"street",
		"streets",
		"strip",
		"strnd",
		"strnds",
		"strp",
		"strs",
		"strt",
		"strte",
		"strwy",
		"sts",
		"stwy",
		"subdiv",
		"subdivision",
		"subway",
		"summit",
		"sumt",
		"svcwy",
		"svrd",
		"svwy",
		"swy",
		"t.h.",
		"t.hgwy",
		"t.hi",
		"t.hw",
		"t.hway",
		"t.hwy",
		"t.r.",
		"t.rd",
		"t.rt",
		"t.rte",
		"tarn",
		"tce",
		"ter",
		"terace",
		"terr",
		"terrac",
		"terrace",
		"terrasse",
		"thfr",
		"thick",
		"thicket",
		"thor",
		"thoroughfare",
		"thoroughway",
		"thro",
		"throughfare",
		"throughway",
		"thru",
		"thruway",
		"thwy",
		"tkwy",
		"tline",
		"tlwy",
		"tmwy",
		"tollway",
		"top",
		"tor",
		"tower",
		"towers",
		"townline",
		"tpk",
		"tpke",
		"trace",
		"track",
		"trafficway",
		"trail",
		"trailer",
		"trak",
		"tram",
		"tramway",
		"trc",
		"trce",
		"trd",
		"trees",
		"trfy",
		"tri",
		"triangle",
		"trk",
		"trktrl",
		"trl",
		"trlr",
		"trn",
		"trnabt",
		"trs",
		"trt",
		"trunkway",
		"trwy",
		"tshp.h",
		"tshp.hgwy",
		"tshp.hi",
		"tshp.hw",
		"tshp.hway",
		"tshp.hwy",
		"tshp.r",
		"tshp.rd",
		"tshp.rt",
		"tshp.rte",
		"tsse",
		"tun",
		"tunl",
		"tunnel",
		"turn",
		"turnabout",
		"turnpike",
		"twp.h",
		"twp.hgwy",
		"twp.hi",
		"twp.hw",
		"twp.hway",
		"twp.hwy",
		"twp.r",
		"twp.rd",
		"twp.rt",
		"twp.rte",
		"twpr",
		"twr",
		"twrs",
		"twy",
		"underpass",
		"union",
		"unions",
		"uns",
		"upas",
		"upass",
		"ups",
		"vale",
		"valley",
		"valleys",
		"vdct",
		"vennel",
		"via",
		"viad",
		"viadct",
		"viaduct",
		"view",
		"views",
		"villa",
		"village",
		"villas",
		"vis",
		"vista",
		"vla",
		"vlas",
		"vlge",
		"vlly",
		"vllys",
		"vly",
		"vlys",
		"vst",
		"vsta",
		"vue",
		"vws",
		"wade",
		"walk",
		"walkway",
		"waters",
		"way",
		"ways",
		"well",
		"wells",
		"wharf",
		"whf",
		"whrf",
		"wkwy",
		"wky",
		"wlk",
		"wlkwy",
		"wls",
		"wtrs",
		"wyn",
		"wynd",
		"wys",
		"x-ing",
		"x-rd",
		"x-road",
		"x-way",
		"x-wy",
		"xing",
		"xrd",
		"xrds",
		"xroad",
		"xway",
		"xwy",
		"yard",
		"yrd"
	];
	ENGLISH_ONLY_STREET_TYPE_WORDS = [
		"abbey",
		"abby",
		"acc",
		"access",
		"accs",
		"acres",
		"acrs",
		"alee",
		"alley",
		"alleyway",
		"allwy",
		"ally",
		"allyway",
		"alwy",
		"aly",
		"ambl",
		"amble",
		"ancg",
		"anchorage",
		"annex",
		"anx",
		"apartments",
		"apch",
		"app",
		"appartments",
		"appr",
		"approach",
		"apts",
		"arterial",
		"artery",
		"artl",
		"arty",
		"back",
		"baech",
		"bank",
		"basin",
		"basn",
		"bay",
		"bayoo",
		"bayou",
		"bdge",
		"bdwy",
		"bdy",
		"beach",
		"beech",
		"belt",
		"beltway",
		"bend",
		"blck",
		"blf",
		"blfs",
		"blk",
		"block",
		"blt",
		"bluf",
		"bluff",
		"bluffs",
		"bnd",
		"bnk",
		"boardwalk",
		"bot",
		"bottm",
		"bottms",
		"bottom",
		"bottoms",
		"boundary",
		"bowl",
		"bps",
		"brace",
		"brae",
		"branch",
		"brce",
		"brch",
		"brdg",
		"brdway",
		"break",
		"brg",
		"brgs",
		"bridge",
		"brk",
		"brks",
		"brnch",
		"broadway",
		"brook",
		"brooks",
		"brow",
		"brw",
		"bsn",
		"bte",
		"btm",
		"btms",
		"btte",
		"bttm",
		"bttms",
		"burg",
		"burgs",
		"burrow",
		"burw",
		"bway",
		"bwk",
		"bwlk",
		"bwy",
		"byp",
		"bypa",
		"bypass",
		"byps",
		"byu",
		"byway",
		"bywy",
		"c.hgwy",
		"c.hi",
		"c.hw",
		"c.hway",
		"c.hwy",
		"c.r.",
		"c.rd",
		"c.rt",
		"c.rte",
		"canyon",
		"cape",
		"caravan",
		"caus",
		"cause",
		"causeway",
		"causewy",
		"cct",
		"cds",
		"cen",
		"center",
		"centers",
		"centre",
		"centreway",
		"cetr",
		"cft",
		"chas",
		"chase",
		"cir",
		"circ",
		"circel",
		"circle",
		"circles",
		"circlet",
		"circt",
		"circuit",
		"circus",
		"cirs",
		"cirt",
		"claim",
		"clde",
		"clf",
		"clfs",
		"cliff",
		"cliffs",
		"clm",
		"clnde",
		"close",
		"clr",
		"cls",
		"clse",
		"clstr",
		"cluster",
		"cmmn",
		"cmmns",
		"cmn",
		"cmns",
		"cnc",
		"cncd",
		"cncrd",
		"cnctr",
		"cnr",
		"cnrs",
		"cntn",
		"cntr",
		"cnwy",
		"cnyn",
		"co.hgwy",
		"co.hi",
		"co.hw",
		"co.hway",
		"co.hwy",
		"co.r",
		"co.rd",
		"co.rt",
		"co.rte",
		"colonnade",
		"com",
		"comm",
		"common",
		"commons",
		"comms",
		"conc",
		"concession",
		"concord",
		"concourse",
		"concs",
		"concse",
		"connection",
		"connector",
		"conr",
		"copse",
		"corner",
		"corners",
		"corseo",
		"course",
		"court",
		"courts",
		"courtyard",
		"cov",
		"cove",
		"cowy",
		"cpe",
		"cps",
		"crc",
		"crcs",
		"crct",
		"crd",
		"crecent",
		"creek",
		"cres",
		"crescent",
		"crest",
		"crf",
		"crief",
		"crk",
		"crns",
		"croft",
		"cross",
		"crossing",
		"crossroad",
		"crossroads",
		"crossway",
		"crse",
		"crsg",
		"crss",
		"crst",
		"crt",
		"crts",
		"cruiseway",
		"crve",
		"crwy",
		"csac",
		"cseo",
		"csg",
		"cst",
		"csway",
		"cswy",
		"ctg",
		"ctrs",
		"cts",
		"cttg",
		"cty.hgwy",
		"cty.hi",
		"cty.hw",
		"cty.hway",
		"cty.hwy",
		"cty.r",
		"cty.rd",
		"cty.rt",
		"cty.rte",
		"ctyd",
		"cul",
		"cul-de-sac",
		"culdesac",
		"curv",
		"curve",
		"cusac",
		"cutt",
		"cutting",
		"cuwy",
		"cvan",
		"cve",
		"cvn",
		"cway",
		"cxn",
		"cyd",
		"cyn",
		"dale",
		"dell",
		"dene",
		"deviation",
		"devn",
		"dip",
		"distributor",
		"div",
		"divers",
		"diversion",
		"divide",
		"dle",
		"dns",
		"down",
		"downs",
		"drive",
		"driveway",
		"drov",
		"drove",
		"drv",
		"drvwy",
		"drwy",
		"dstr",
		"dve",
		"dvwy",
		"dway",
		"dwns",
		"dwy",
		"easement",
		"edg",
		"edge",
		"elb",
		"elbow",
		"elm",
		"end",
		"ent",
		"entrance",
		"esmt",
		"espl",
		"est",
		"estate",
		"estates",
		"ests",
		"exit",
		"exp",
		"expressway",
		"expway",
		"expwy",
		"expy",
		"exten",
		"extensions",
		"extn",
		"exts",
		"exwy",
		"fairway",
		"fall",
		"falls",
		"fare",
		"farm",
		"farms",
		"fawy",
		"fds",
		"fern",
		"ferry",
		"field",
		"fields",
		"fireline",
		"firetrack",
		"firetrail",
		"fit",
		"fitr",
		"flats",
		"fld",
		"flds",
		"fline",
		"flne",
		"fls",
		"flt",
		"flts",
		"fmtn",
		"follow",
		"folw",
		"footway",
		"ford",
		"foreshore",
		"form",
		"formation",
		"frd",
		"freeway",
		"frm",
		"frms",
		"frnt",
		"front",
		"frontage",
		"frtg",
		"frwy",
		"fry",
		"fshr",
		"ftrk",
		"ftwy",
		"furlong",
		"fway",
		"fwy",
		"gap",
		"gardens",
		"gates",
		"gateway",
		"gdn",
		"gdns",
		"glade",
		"glch",
		"gld",
		"glde",
		"glen",
		"gln",
		"gly",
		"gra",
		"grange",
		"grdn",
		"grdns",
		"grds",
		"green",
		"greenway",
		"gren",
		"grn",
		"grnd",
		"grnds",
		"gro",
		"ground",
		"grounds",
		"grove",
		"grv",
		"grve",
		"grwy",
		"gte",
		"gtes",
		"gtway",
		"gtwy",
		"gulch",
		"gully",
		"gway",
		"gwy",
		"hanger",
		"harbor",
		"harbors",
		"harbour",
		"hbr",
		"hbrs",
		"hds",
		"head",
		"heads",
		"heath",
		"heights",
		"heth",
		"hghlds",
		"hghts",
		"hglds",
		"hgths",
		"hgts",
		"hgwy",
		"hi.rd",
		"hieghts",
		"highlands",
		"highroad",
		"highway",
		"hill",
		"hills",
		"hils",
		"hird",
		"hlds",
		"hllw",
		"hls",
		"hngr",
		"hollow",
		"holw",
		"hrbr",
		"hrd",
		"hth",
		"hts",
		"hub",
		"hvn",
		"hway",
		"hwy",
		"hwye",
		"hywy",
		"ids",
		"inlet",
		"inlt",
		"intchg",
		"interchange",
		"intersection",
		"interstate",
		"intg",
		"intn",
		"intsctn",
		"isl",
		"island",
		"islands",
		"isld",
		"islds",
		"isle",
		"iss",
		"jct",
		"jctn",
		"jcts",
		"jnc",
		"jnct",
		"jtn",
		"junct",
		"junction",
		"junctions",
		"key",
		"keys",
		"knl",
		"knls",
		"knob",
		"knol",
		"knoll",
		"knolls",
		"kys",
		"ladder",
		"ladr",
		"lagn",
		"lagon",
		"lagoon",
		"landing",
		"landng",
		"lane",
		"laneway",
		"ldg",
		"lees",
		"lgn",
		"light",
		"limits",
		"line",
		"link",
		"lit",
		"litl",
		"littl",
		"little",
		"lkt",
		"lmts",
		"lndg",
		"lnk",
		"lnwy",
		"loaf",
		"lookout",
		"loop",
		"loops",
		"lot",
		"lps",
		"ltl",
		"lttl",
		"lynn",
		"lynne",
		"mall",
		"manor",
		"market",
		"maze",
		"mdr",
		"mdw",
		"mdws",
		"mead",
		"meadow",
		"meadows",
		"meander",
		"mew",
		"mews",
		"mile",
		"mill",
		"mills",
		"mls",
		"mndr",
		"mnr",
		"moor",
		"motorway",
		"mount",
		"mtwy",
		"mway",
		"mws",
		"mwy",
		"nbr",
		"neaves",
		"nmbr",
		"nook",
		"num",
		"number",
		"nvs",
		"oaks",
		"opas",
		"otlk",
		"otlt",
		"out",
		"outlet",
		"outlook",
		"oval",
		"overbridge",
		"overlook",
		"overpass",
		"ovlk",
		"ovrb",
		"paddock",
		"padk",
		"paku",
		"palms",
		"parade",
		"pard",
		"parkland",
		"parklands",
		"parkway",
		"parkways",
		"parkwy",
		"pasg",
		"path",
		"pathway",
		"pckt",
		"pde",
		"peninsula",
		"phwy",
		"piaz",
		"pier",
		"pike",
		"pine",
		"pines",
		"piont",
		"pke",
		"pkld",
		"pklds",
		"pkt",
		"pkw",
		"pkway",
		"pkwy",
		"pkwys",
		"pky",
		"pla",
		"plain",
		"plains",
		"plms",
		"plns",
		"pls",
		"plz",
		"pne",
		"pnes",
		"pns",
		"pnt",
		"pocket",
		"point",
		"pokt",
		"pond",
		"port",
		"ports",
		"prairie",
		"prarie",
		"prd",
		"prde",
		"priors",
		"private",
		"prk",
		"prkw",
		"prkway",
		"prkwy",
		"prm",
		"prrs",
		"prts",
		"psge",
		"psla",
		"pth",
		"pthway",
		"pthwy",
		"ptway",
		"ptwy",
		"pur",
		"pursuit",
		"pvt",
		"pway",
		"pwy",
		"qdgl",
		"qdrt",
		"quad",
		"quadrangle",
		"quadrant",
		"quay",
		"quays",
		"quy",
		"quys",
		"qys",
		"radial",
		"radl",
		"ramble",
		"ramp",
		"ran",
		"ranae",
		"ranch",
		"range",
		"raod",
		"raods",
		"rapid",
		"rapids",
		"rch",
		"rdg",
		"rdge",
		"rdgs",
		"rdgwy",
		"rds",
		"rdsd",
		"rdw",
		"rdwy",
		"rdy",
		"reach",
		"reef",
		"reserve",
		"resrv",
		"rest",
		"resv",
		"retreat",
		"return",
		"rgwy",
		"ride",
		"ridge",
		"ridges",
		"ridgeway",
		"rightofway",
		"ring",
		"rise",
		"riverway",
		"rks",
		"rmbl",
		"rnch",
		"rnd",
		"rng",
		"rnge",
		"roa",
		"road",
		"roads",
		"roadside",
		"roadway",
		"rocks",
		"rofw",
		"rosebowl",
		"rotary",
		"round",
		"roundabout",
		"row",
		"rowy",
		"rpd",
		"rpds",
		"rsbl",
		"rserv",
		"rserve",
		"rsrv",
		"rsrve",
		"rst",
		"rtn",
		"rtt",
		"rty",
		"run",
		"rvra",
		"rvwy",
		"s.h.",
		"s.hgwy",
		"s.hi",
		"s.highway",
		"s.hw",
		"s.hway",
		"s.hwy",
		"s.rd",
		"s.road",
		"s.route",
		"s.rt",
		"s.rte",
		"sbwy",
		"sdg",
		"sdng",
		"serviceway",
		"shl",
		"shls",
		"shnt",
		"shoal",
		"shoals",
		"shor",
		"shore",
		"shores",
		"shors",
		"shr",
		"shrs",
		"shun",
		"shunt",
		"shwy",
		"siding",
		"skwy",
		"skyway",
		"slip",
		"slope",
		"slp",
		"slpe",
		"smt",
		"snd",
		"sound",
		"space",
		"spc",
		"spgs",
		"spns",
		"spring",
		"springs",
		"sprn",
		"sprng",
		"sprngs",
		"spur",
		"sqr",
		"sqs",
		"squares",
		"srd",
		"srt",
		"srte",
		"st.h",
		"st.hgwy",
		"st.hi",
		"st.highway",
		"st.hw",
		"st.hway",
		"st.hwy",
		"st.rd",
		"st.road",
		"st.route",
		"st.rt",
		"st.rte",
		"st.wy",
		"stairs",
		"stairway",
		"statehighway",
		"staterd",
		"stateroad",
		"stateroute",
		"statert",
		"steps",
		"stps",
		"str.way",
		"strands",
		"strav",
		"stravenue",
		"strd",
		"strds",
		"stre",
		"stree",
		"street",
		"streets",
		"strip",
		"strnd",
		"strnds",
		"strp",
		"strs",
		"strt",
		"strwy",
		"stwy",
		"subdiv",
		"subdivision",
		"subway",
		"summit",
		"sumt",
		"svcwy",
		"svrd",
		"svwy",
		"swy",
		"t.h.",
		"t.hgwy",
		"t.hi",
		"t.hw",
		"t.hway",
		"t.hwy",
		"t.r.",
		"t.rd",
		"t.rt",
		"t.rte",
		"tarn",
		"tce",
		"terace",
		"terrac",
		"terrace",
		"thfr",
		"thick",
		"thicket",
		"thor",
		"thoroughfare",
		"thoroughway",
		"thro",
		"throughfare",
		"throughway",
		"thru",
		"thruway",
		"thwy",
		"tkwy",
		"tline",
		"tlwy",
		"tmwy",
		"tollway",
		"top",
		"tor",
		"tower",
		"towers",
		"townline",
		"tpk",
		"tpke",
		"trace",
		"track",
		"trafficway",
		"trail",
		"trailer",
		"trak",
		"tram",
		"tramway",
		"trc",
		"trce",
		"trd",
		"trees",
		"trfy",
		"tri",
		"triangle",
		"trk",
		"trktrl",
		"trl",
		"trlr",
		"trnabt",
		"trs",
		"trunkway",
		"trwy",
		"tshp.h",
		"tshp.hgwy",
		"tshp.hi",
		"tshp.hw",
		"tshp.hway",
		"tshp.hwy",
		"tshp.r",
		"tshp.rd",
		"tshp.rt",
		"tshp.rte",
		"tunl",
		"tunnel",
		"turn",
		"turnabout",
		"turnpike",
		"twp.h",
		"twp.hgwy",
		"twp.hi",
		"twp.hw",
		"twp.hway",
		"twp.hwy",
		"twp.r",
		"twp.rd",
		"twp.rt",
		"twp.rte",
		"twpr",
		"twr",
		"twrs",
		"twy",
		"underpass",
		"union",
		"unions",
		"uns",
		"upas",
		"upass",
		"ups",
		"vale",
		"valley",
		"valleys",
		"vdct",
		"vennel",
		"viad",
		"viadct",
		"viaduct",
		"view",
		"views",
		"village",
		"villas",
		"vis",
		"vlas",
		"vlge",
		"vlly",
		"vllys",
		"vly",
		"vlys",
		"vue",
		"vws",
		"wade",
		"walk",
		"walkway",
		"waters",
		"way",
		"ways",
		"well",
		"wells",
		"wharf",
		"whf",
		"whrf",
		"wkwy",
		"wky",
		"wlk",
		"wlkwy",
		"wls",
		"wtrs",
		"wyn",
		"wynd",
		"wys",
		"x-ing",
		"x-rd",
		"x-road",
		"x-way",
		"x-wy",
		"xing",
		"xrd",
		"xrds",
		"xroad",
		"xway",
		"xwy",
		"yard",
		"yrd"
	];
	STREET_TYPE_ABBREVIATIONS = [
		"abby",
		"acc",
		"acc.so",
		"acces",
		"accs",
		"accso",
		"ach",
		"acrs",
		"alam",
		"ale",
		"alea",
		"alee",
		"all",
		"alls",
		"allwy",
		"ally",
		"allyway",
		"alque",
		"alt",
		"alunalun",
		"alwy",
		"aly",
		"alz",
		"ambl",
		"ancg",
		"and",
		"andad",
		"ang",
		"ang.",
		"angta",
		"anx",
		"apch",
		"apdro",
		"app",
		"appr",
		"apts",
		"arc",
		"art",
		"artl",
		"arts",
		"arty",
		"auk",
		"aut",
		"aut.ale",
		"aut.da",
		"aut.de",
		"aut.sle",
		"autale",
		"autda",
		"autde",
		"auto",
		"autoestr",
		"autop",
		"autov",
		"autsle",
		"ava",
		"avd",
		"avda",
		"ave",
		"aven",
		"avens",
		"avenu",
		"avenus",
		"aves",
		"avgda",
		"avn",
		"avns",
		"avnu",
		"avnue",
		"avnues",
		"avnus",
		"avs",
		"awg",
		"b-dul",
		"b.dul",
		"b.go",
		"barda",
		"basn",
		"bazar",
		"bch",
		"bcle",
		"bco",
		"bda",
		"bde",
		"bdge",
		"bdo",
		"bdul",
		"bdwy",
		"bdy",
		"ber",
		"bers",
		"bga",
		"bgo",
		"bgt",
		"bhf",
		"biv",
		"bjada",
		"blck",
		"bld",
		"blev",
		"blf",
		"blfs",
		"blk",
		"blt",
		"bluf",
		"blv",
		"blvd",
		"blvde",
		"blvrd",
		"bna",
		"bnd",
		"bnk",
		"bot",
		"bottm",
		"bottms",
		"boul",
		"boulv",
		"bps",
		"bqllo",
		"br.lla",
		"br.lle",
		"branc",
		"brce",
		"brch",
		"brdg",
		"brdway",
		"bre",
		"bres",
		"brg",
		"brgs",
		"bri",
		"brk",
		"brks",
		"brlla",
		"brlle",
		"brnch",
		"bro",
		"brw",
		"brzal",
		"brº",
		"bsn",
		"bte",
		"btm",
		"btms",
		"btte",
		"bttm",
		"bttms",
		"bul",
		"bulev",
		"bulevardu",
		"bulv",
		"burw",
		"but",
		"bvd",
		"bway",
		"bwk",
		"bwlk",
		"bwy",
		"byp",
		"bypa",
		"byps",
		"byu",
		"bywy",
		"c.da",
		"c.h.",
		"c.hgwy",
		"c.hi",
		"c.hw",
		"c.hway",
		"c.hwy",
		"c.ile",
		"c.le",
		"c.m.",
		"c.n.",
		"c.na",
		"c.po",
		"c.r.",
		"c.rd",
		"c.rt",
		"c.rte",
		"c.so",
		"c.te",
		"c.usa",
		"c.v.",
		"cad",
		"cal",
		"call",
		"callej",
		"calz",
		"cam",
		"camno",
		"campg",
		"cant",
		"cantr",
		"car",
		"care",
		"cares",
		"carf",
		"carr",
		"carra",
		"carref",
		"carro",
		"carru",
		"cas",
		"cat",
		"cau",
		"caus",
		"cause",
		"causewy",
		"cav",
		"cavalc.a",
		"cavalca",
		"ccnh",
		"cct",
		"ccvcn",
		"cda",
		"cds",
		"ceannrathaid",
		"cen",
		"cer",
		"cercl",
		"cetr",
		"cevreyolu",
		"cft",
		"cgne",
		"chas",
		"che",
		"chee",
		"chees",
		"chem",
		"ches",
		"chev",
		"chl",
		"chs",
		"chss",
		"chsv",
		"cht",
		"chv",
		"cint",
		"cir",
		"circ",
		"circonv.e",
		"circonve",
		"circt",
		"cirs",
		"cirt",
		"cirv",
		"cjla",
		"cjon",
		"cjón",
		"ckt",
		"clde",
		"cle",
		"clf",
		"clfs",
		"cll",
		"cllja",
		"cllon",
		"cllzo",
		"cllón",
		"clm",
		"clnde",
		"cloi",
		"clr",
		"cls",
		"clse",
		"clstr",
		"clt",
		"cmmn",
		"cmmns",
		"cmn",
		"cmno",
		"cmns",
		"cmo",
		"cmt",
		"cna",
		"cnc",
		"cncd",
		"cncrd",
		"cnctr",
		"cnl",
		"cno",
		"cnr",
		"cnrs",
		"cnt",
		"cntn",
		"cntr",
		"cnwy",
		"cnyn",
		"co.hgwy",
		"co.hi",
		"co.hw",
		"co.hway",
		"co.hwy",
		"co.r",
		"co.rd",
		"co.rt",
		"co.rte",
		"com",
		"comm",
		"comms",
		"con",
		"conc",
		"concs",
		"concse",
		"conr",
		"contr.a",
		"contra",
		"cor",
		"cors",
		"cov",
		"cowy",
		"cpe",
		"cpl",
		"cpo",
		"cps",
		"cra",
		"crc",
		"crcs",
		"crct",
		"crd",
		"crecent",
		"cres",
		"crf",
		"crk",
		"crn",
		"crns",
		"cro",
		"crrdo",
		"crril",
		"crs",
		"crse",
		"crsg",
		"crss",
		"crst",
		"crt",
		"crtil",
		"crts",
		"crv",
		"crve",
		"crwy",
		"cró",
		"csac",
		"cseo",
		"csg",
		"cso",
		"cst",
		"cstan",
		"csway",
		"cswy",
		"cta",
		"cte",
		"ctg",
		"ctile",
		"ctn",
		"cto",
		"ctr",
		"ctra",
		"ctrin",
		"ctrs",
		"cts",
		"cttg",
		"cty.hgwy",
		"cty.hi",
		"cty.hw",
		"cty.hway",
		"cty.hwy",
		"cty.r",
		"cty.rd",
		"cty.rt",
		"cty.rte",
		"ctyd",
		"cuairtrathad",
		"culdesac",
		"cup",
		"curv",
		"cusa",
		"cusac",
		"custa",
		"cutt",
		"cuwy",
		"cvan",
		"cve",
		"cvn",
		"cway",
		"cxn",
		"cyd",
		"cyn",
		"czada",
		"dar",
		"deg",
		"degs",
		"devn",
		"diag",
		"dig",
		"digs",
		"dis",
		"disem",
		"div",
		"divers",
		"dle",
		"dlm",
		"dns",
		"dor",
		"drec",
		"drov",
		"drv",
		"drvwy",
		"drwy",
		"dsg",
		"dsgs",
		"dstr",
		"dto",
		"dtr",
		"dve",
		"dvwy",
		"dway",
		"dwns",
		"dwstr",
		"dwwg",
		"dwy",
		"dyg",
		"ecl",
		"ecls",
		"edg",
		"elb",
		"enc",
		"ent",
		"entr",
		"env",
		"err",
		"eslda",
		"esmt",
		"esp",
		"espa",
		"espl",
		"esps",
		"esq",
		"est",
		"estda",
		"estr",
		"ests",
		"etorb",
		"exp",
		"expla",
		"expway",
		"expwy",
		"expy",
		"ext",
		"exten",
		"extn",
		"extrm",
		"exts",
		"exwy",
		"f.ca",
		"f.rata",
		"f.ta",
		"fawy",
		"fca",
		"fdc",
		"fdo",
		"fds",
		"fit",
		"fitr",
		"fld",
		"flds",
		"fline",
		"flne",
		"fls",
		"flt",
		"flts",
		"fmtn",
		"fnd",
		"folw",
		"fon",
		"for",
		"forc.la",
		"forcla",
		"form",
		"fos",
		"foss",
		"foyr",
		"frata",
		"fraz",
		"fraz.e",
		"fraz.i",
		"fraze",
		"frazi",
		"frd",
		"frm",
		"frms",
		"frnt",
		"frtg",
		"frwy",
		"fry",
		"frz",
		"fshr",
		"fta",
		"ftrk",
		"ftwy",
		"fway",
		"fwy",
		"g.na",
		"g.ne",
		"gal",
		"gale",
		"gall.a",
		"gall.e",
		"galla",
		"galle",
		"gals",
		"garn",
		"gbd",
		"gch",
		"gdbd",
		"gdch",
		"gden",
		"gdens",
		"gdn",
		"gdns",
		"gdr",
		"gdsen",
		"gdsens",
		"glch",
		"gld",
		"glde",
		"gln",
		"gly",
		"gna",
		"gne",
		"gra",
		"grandrue",
		"grbd",
		"grch",
		"grd",
		"grdbd",
		"grdch",
		"grdn",
		"grdns",
		"grdr",
		"grds",
		"gren",
		"gri",
		"grim",
		"grn",
		"grnd",
		"grnds",
		"gro",
		"grs",
		"grv",
		"grve",
		"grwy",
		"gta",
		"gte",
		"gtes",
		"gtway",
		"gtwy",
		"gway",
		"gwy",
		"ham",
		"hbr",
		"hbrs",
		"hch",
		"hchs",
		"hda",
		"hds",
		"hentbras",
		"hentdall",
		"hentdon",
		"henttro",
		"heth",
		"hghlds",
		"hghts",
		"hglds",
		"hgths",
		"hgts",
		"hgwy",
		"hi.rd",
		"hils",
		"hird",
		"hlds",
		"hllw",
		"hlm",
		"hlr",
		"hls",
		"hngr",
		"holw",
		"hrbr",
		"hrd",
		"hschs",
		"hth",
		"hts",
		"hvn",
		"hway",
		"hwy",
		"hwye",
		"hywy",
		"iadhrathad",
		"ids",
		"imp",
		"imps",
		"inlt",
		"int",
		"intchg",
		"intg",
		"intn",
		"intr",
		"intsctn",
		"isl",
		"isld",
		"islds",
		"iss",
		"jct",
		"jctn",
		"jcts",
		"jl.",
		"jln",
		"jnc",
		"jnct",
		"jte",
		"jtes",
		"jtn",
		"junct",
		"knl",
		"knls",
		"knol",
		"koltsevaya",
		"kra",
		"kri",
		"krnd",
		"kroashent",
		"kroashenttro",
		"kroasnenttro",
		"kroazhenttro",
		"krt",
		"kys",
		"l.go",
		"l/raya",
		"ladr",
		"lagn",
		"lagon",
		"landng",
		"lbh",
		"lbr",
		"ldera",
		"lderas",
		"ldg",
		"leof",
		"leve",
		"lgd",
		"lge",
		"lgk",
		"lgn",
		"lgo",
		"lgt",
		"lgv",
		"lin",
		"lit",
		"litl",
		"littl",
		"lkk",
		"lkr",
		"lkt",
		"llg",
		"llnra",
		"lmn",
		"lmts",
		"lndg",
		"lnk",
		"lno",
		"lnwy",
		"loc",
		"loc.ta",
		"locta",
		"lps",
		"lre",
		"lrg",
		"lrong",
		"ltg",
		"ltl",
		"lttl",
		"lug",
		"luh",
		"lun",
		"lve",
		"lynn",
		"malec",
		"mdn",
		"mdr",
		"mdw",
		"mdws",
		"met",
		"meull",
		"mlo",
		"mls",
		"mndr",
		"mnr",
		"mnt",
		"mrdor",
		"mte",
		"mtes",
		"mtwy",
		"mway",
		"mws",
		"mwy",
		"mét",
		"nab",
		"nabr",
		"nam",
		"nbr",
		"nmbr",
		"nte",
		"num",
		"nvs",
		"nábr",
		"nábř",
		"nám",
		"opas",
		"otlk",
		"otlt",
		"out",
		"ovlk",
		"ovrb",
		"p-ta",
		"p-ţa",
		"p.i.",
		"p.le",
		"p.n.",
		"p.r.",
		"p.ta",
		"p.te",
		"p.za",
		"p.zza",
		"padk",
		"pae",
		"pant",
		"pard",
		"parkland",
		"parkwy",
		"parq",
		"parti",
		"pasg",
		"pat",
		"pbdo",
		"pbla",
		"pblo",
		"pca",
		"pckt",
		"pct",
		"pcta",
		"pctª",
		"pda",
		"pde",
		"pdis",
		"pdís",
		"peat",
		"per",
		"peri",
		"perif",
		"pgind",
		"pgr",
		"pgres",
		"phwy",
		"piaz",
		"pim",
		"pke",
		"pkld",
		"pklds",
		"pko",
		"pkt",
		"pkw",
		"pkway",
		"pkwy",
		"pkwys",
		"pky",
		"pla",
		"plag",
		"plags",
		"plat",
		"platx",
		"plc",
		"plci",
		"ple",
		"ples",
		"plg",
		"plms",
		"pln",
		"plns",
		"plnts",
		"pls",
		"plt",
		"plta",
		"pltx",
		"plz",
		"plza",
		"plzla",
		"plzta",
		"plç",
		"pne",
		"pnes",
		"pns",
		"pnt",
		"pnte",
		"pnto",
		"pokt",
		"pol.ind",
		"pol.res",
		"porq",
		"porqs",
		"portq",
		"portqs",
		"pour",
		"pqe",
		"pque",
		"praje",
		"prasp",
		"prc",
		"prcs",
		"prd",
		"prde",
		"pre",
		"presquile",
		"presquîle",
		"prk",
		"prkt",
		"prkw",
		"prkway",
		"prkwy",
		"prm",
		"pro",
		"proj",
		"prol",
		"prolng",
		"prom",
		"prosp",
		"prq",
		"prql",
		"prrs",
		"prt",
		"prts",
		"prv",
		"przla",
		"psaje",
		"pseo",
		"psg",
		"psge",
		"psj",
		"psla",
		"psllo",
		"psmar",
		"psn",
		"pso",
		"psrn",
		"pss",
		"pst",
		"pta",
		"ptal",
		"ptas",
		"ptda",
		"pte",
		"ptge",
		"pth",
		"pthway",
		"pthwy",
		"ptl",
		"pto",
		"ptr",
		"ptway",
		"ptwy",
		"pur",
		"pvt",
		"pway",
		"pwy",
		"pza",
		"pzo",
		"pzt",
		"pzta",
		"pzza",
		"pça",
		"péri",
		"pţa",
		"qdgl",
		"qdrt",
		"qta",
		"qua",
		"quy",
		"quys",
		"qys",
		"r.n.",
		"rac",
		"racc",
		"radl",
		"raid",
		"ran",
		"rbla",
		"rcda",
		"rch",
		"rcnda",
		"rcon",
		"rda",
		"rdg",
		"rdge",
		"rdgs",
		"rdgwy",
		"rdpt",
		"rds",
		"rdsd",
		"rdt",
		"rdtj",
		"rdvia",
		"rdw",
		"rdwy",
		"rdy",
		"reg",
		"rem",
		"remp",
		"res",
		"resrv",
		"ress",
		"resv",
		"ret",
		"rgwy",
		"rhodfar",
		"rightofway",
		"rin",
		"rit",
		"riv",
		"rks",
		"rle",
		"rles",
		"rmbl",
		"rmp",
		"rmpe",
		"rnch",
		"rncn",
		"rncon",
		"rnd",
		"rnde",
		"rng",
		"rnge",
		"roa",
		"rocd",
		"rod",
		"rofw",
		"rondpoint",
		"roqt",
		"rot",
		"rowy",
		"rpa",
		"rpart",
		"rpd",
		"rpds",
		"rpe",
		"rpla",
		"rpt",
		"rsbl",
		"rserv",
		"rserve",
		"rsrv",
		"rsrve",
		"rst",
		"rta",
		"rtb",
		"rtd",
		"rtda",
		"rtde",
		"rte",
		"rtes",
		"rtn",
		"rtnd",
		"rtnde",
		"rts",
		"rtt",
		"rty",
		"rva",
		"rvia",
		"rvra",
		"rvwy",
		"rww",
		"s.c.",
		"s.da",
		"s.h.",
		"s.hgwy",
		"s.hi",
		"s.highway",
		"s.hw",
		"s.hway",
		"s.hwy",
		"s.p.",
		"s.prov",
		"s.r.",
		"s.rd",
		"s.road",
		"s.route",
		"s.rt",
		"s.rte",
		"s.s.",
		"s.v.",
		"sal",
		"sbida",
		"sbwy",
		"sca",
		"scc",
		"sce",
		"sci",
		"scl",
		"sda",
		"sdg",
		"sdl",
		"sdla",
		"sdlg",
		"sdng",
		"sdr",
		"seachrathad",
		"sect",
		"sedra",
		"sedro",
		"sen",
		"send",
		"sens",
		"sent",
		"sents",
		"ses",
		"sgaoilrathad",
		"shl",
		"shls",
		"shnt",
		"shor",
		"shors",
		"shr",
		"shrs",
		"shun",
		"shwy",
		"skg",
		"skog",
		"skwy",
		"slk",
		"slp",
		"slpe",
		"smt",
		"snaidhmrathaid",
		"snd",
		"sngai",
		"sngl",
		"snu",
		"sok",
		"sort",
		"sos",
		"spa",
		"spc",
		"spd",
		"spg",
		"spgs",
		"spl",
		"spn",
		"spns",
		"spr",
		"sprn",
		"sprng",
		"sprngs",
		"sps",
		"sqr",
		"sqs",
		"srd",
		"srt",
		"srte",
		"ssr",
		"st.h",
		"st.hgwy",
		"st.hi",
		"st.highway",
		"st.hw",
		"st.hway",
		"st.hwy",
		"st.rd",
		"st.road",
		"st.route",
		"st.rt",
		"st.rte",
		"st.wy",
		"sta",
		"statehighway",
		"staterd",
		"stateroad",
		"stateroute",
		"statert",
		"staz",
		"stc",
		"std",
		"stg",
		"stl",
		"sto",
		"stp",
		"stps",
		"str",
		"str-la",
		"str.a",
		"str.prov",
		"str.r",
		"str.reg",
		"str.s",
		"str.st",
		"str.ta",
		"str.te",
		"str.ti",
		"str.to",
		"str.vic",
		"str.way",
		"stra",
		"strav",
		"strd",
		"strds",
		"stre",
		"stree",
		"strnd",
		"strnds",
		"strp",
		"strs",
		"strt",
		"strta",
		"strte",
		"strti",
		"strto",
		"strwy",
		"sts",
		"stt",
		"stwg",
		"stwy",
		"subdiv",
		"sumt",
		"sup",
		"svc",
		"svcwy",
		"sve",
		"svrd",
		"svwy",
		"swy",
		"t.h.",
		"t.hgwy",
		"t.hi",
		"t.hw",
		"t.hway",
		"t.hwy",
		"t.r.",
		"t.rd",
		"t.rt",
		"t.rte",
		"tce",
		"ter",
		"terace",
		"terr",
		"terrac",
		"thfr",
		"thick",
		"thnn",
		"thor",
		"thro",
		"throughfare",
		"thru",
		"thruway",
		"thwy",
		"tkt",
		"tkwy",
		"tline",
		"tlwy",
		"tmn",
		"tmwy",
		"tnu",
		"tpk",
		"tpke",
		"tpl",
		"tpn",
		"tpr",
		"tra",
		"trak",
		"trans",
		"transv",
		"tras",
		"trav",
		"trc",
		"trce",
		"trd",
		"trfy",
		"tri",
		"trk",
		"trktrl",
		"trl",
		"trlr",
		"trn",
		"trnabt",
		"trpl",
		"trs",
		"trt",
		"trts",
		"trv",
		"trva",
		"trval",
		"trvrs",
		"trvs",
		"trvsal",
		"trvsia",
		"trvsía",
		"trwy",
		"tshp.h",
		"tshp.hgwy",
		"tshp.hi",
		"tshp.hw",
		"tshp.hway",
		"tshp.hwy",
		"tshp.r",
		"tshp.rd",
		"tshp.rt",
		"tshp.rte",
		"tsse",
		"tsses",
		"tun",
		"tunl",
		"tup",
		"tvc",
		"tvl",
		"twp.h",
		"twp.hgwy",
		"twp.hi",
		"twp.hw",
		"twp.hway",
		"twp.hwy",
		"twp.r",
		"twp.rd",
		"twp.rt",
		"twp.rte",
		"twpr",
		"twr",
		"twrs",
		"twy",
		"t̄hnn",
		"uns",
		"upas",
		"upass",
		"ups",
		"urb",
		"v.c.",
		"v.le",
		"v.lo",
		"v.p.",
		"v.s.",
		"val",
		"var",
		"varf",
		"vch",
		"vche",
		"vcl",
		"vcm",
		"vcn",
		"vcp",
		"vct",
		"vcto",
		"vcv",
		"vdct",
		"vdto",
		"ven",
		"vens",
		"ver",
		"verl",
		"viad",
		"viadct",
		"vic",
		"vil",
		"vis",
		"vist",
		"vla",
		"vlae",
		"vlas",
		"vle",
		"vlge",
		"vlly",
		"vllys",
		"vlo",
		"vlp",
		"vlt",
		"vly",
		"vlys",
		"vlä",
		"vnu",
		"voc",
		"voi",
		"vois",
		"vpr",
		"vpv",
		"vreda",
		"vroute",
		"vrt",
		"vrte",
		"vst",
		"vsta",
		"vta",
		"vte",
		"vul",
		"vvc",
		"vve",
		"vws",
		"vzo",
		"w.",
		"whf",
		"whrf",
		"wkwy",
		"wky",
		"wlk",
		"wlkwy",
		"wls",
		"wtrs",
		"wyn",
		"wys",
		"x-ing",
		"x-rd",
		"x-road",
		"x-way",
		"x-wy",
		"xing",
		"xrd",
		"xrds",
		"xroad",
		"xway",
		"xwy",
		"yrd",
		"z.i.",
		"zav",
		"zehb",
		"zin",
		"zum",
		"çevreyolu",
		"éch",
		"écl",
		"écls",
		"șos",
		"λεωφ",
		"πλ",
		"ал",
		"бул",
		"бульв",
		"вул",
		"дар",
		"дор",
		"зав",
		"лин",
		"лін",
		"наб",
		"пер",
		"пл",
		"пр",
		"прасп",
		"пров",
		"просп",
		"туп",
		"ул",
		"გამზ",
		"შეს"
	];
	SHORT_STREET_TYPE_ABBREVIATIONS = [
		"a",
		"ac",
		"ak",
		"al",
		"ap",
		"au",
		"av",
		"az",
		"b",
		"bc",
		"bd",
		"bf",
		"bg",
		"bk",
		"bl",
		"bo",
		"br",
		"bv",
		"by",
		"bº",
		"c",
		"ca",
		"cc",
		"cd",
		"ce",
		"ch",
		"ci",
		"cj",
		"cl",
		"cm",
		"cn",
		"cq",
		"cr",
		"cs",
		"ct",
		"cv",
		"cé",
		"dg",
		"dk",
		"dn",
		"dr",
		"dv",
		"em",
		"en",
		"er",
		"fd",
		"fh",
		"fl",
		"fr",
		"ft",
		"fw",
		"fy",
		"g",
		"ga",
		"gg",
		"gl",
		"gn",
		"gp",
		"gr",
		"gt",
		"gv",
		"h",
		"hd",
		"hi",
		"hj",
		"hl",
		"ht",
		"hw",
		"i",
		"ic",
		"id",
		"ih",
		"ip",
		"is",
		"j",
		"jl",
		"k",
		"kd",
		"kg",
		"kj",
		"kr",
		"ky",
		"l",
		"la",
		"lf",
		"lg",
		"lk",
		"ln",
		"lp",
		"lt",
		"md",
		"mi",
		"ml",
		"mr",
		"mt",
		"mw",
		"nk",
		"ob",
		"p",
		"pc",
		"pg",
		"pi",
		"pk",
		"pl",
		"pn",
		"po",
		"pq",
		"pr",
		"ps",
		"pt",
		"pz",
		"pº",
		"pç",
		"qd",
		"ql",
		"qt",
		"qu",
		"qy",
		"r",
		"ra",
		"rd",
		"ri",
		"rn",
		"ro",
		"rr",
		"rs",
		"rt",
		"ru",
		"rw",
		"s",
		"sg",
		"sh",
		"sk",
		"sp",
		"sq",
		"sr",
		"ss",
		"st",
		"sv",
		"t",
		"th",
		"tl",
		"tn",
		"tr",
		"tv",
		"tř",
		"u",
		"ul",
		"un",
		"ut",
		"v",
		"va",
		"vc",
		"vd",
		"ve",
		"vf",
		"vl",
		"vn",
		"vp",
		"vs",
		"vw",
		"vy",
		"w",
		"wg",
		"wk",
		"wl",
		"ws",
		"wy",
		"yd",
		"zn",
		"út",
		"đl"
	];
	GLUED_STREET_TYPES = [
		"alle",
		"allee",
		"alleen",
		"allè",
		"allèen",
		"allé",
		"alue",
		"anlaeg",
		"anlæg",
		"auk",
		"aukio",
		"autobahn",
		"baan",
		"bach",
		"bad",
		"bahnhof",
		"bakke",
		"bakken",
		"banen",
		"baro",
		"barð",
		"berg",
		"berget",
		"bhf",
		"blvd",
		"borg",
		"borgen",
		"borgir",
		"boulevard",
		"boulevarden",
		"braut",
		"brg",
		"brucke",
		"bruecke",
		"brücke",
		"buehl",
		"buen",
		"buhl",
		"bukt",
		"bulevard",
		"bulevardi",
		"burg",
		"burgermeister",
		"byen",
		"byggo",
		"byggð",
		"bühl",
		"chaussee",
		"daal",
		"dal",
		"dalen",
		"damm",
		"dammen",
		"dijk",
		"dorf",
		"dossering",
		"dreef",
		"dwarsstraat",
		"dwarsweg",
		"dwstr",
		"dwwg",
		"esplanadi",
		"fell",
		"flat",
		"flate",
		"flaten",
		"forsthaus",
		"gaard",
		"gaass",
		"gade",
		"gangen",
		"gard",
		"garda",
		"garden",
		"gass",
		"gasse",
		"gata",
		"gatan",
		"gate",
		"gaten",
		"gebouw",
		"geroi",
		"gerði",
		"get",
		"graben",
		"gracht",
		"graend",
		"graenden",
		"grend",
		"grenda",
		"grosse",
		"grosser",
		"grosses",
		"große",
		"großes",
		"großser",
		"grund",
		"gränd",
		"gränden",
		"grænsen",
		"gàss",
		"gård",
		"gården",
		"hage",
		"hagen",
		"hager",
		"hagi",
		"hals",
		"haugane",
		"haugen",
		"have",
		"haven",
		"havn",
		"heiligen",
		"hjalli",
		"hlio",
		"hlíð",
		"hof",
		"hoj",
		"hojen",
		"holm",
		"holmen",
		"holt",
		"hoofdstraat",
		"hoofstraat",
		"huset",
		"háls",
		"høgda",
		"høgde",
		"høj",
		"højen",
		"kaari",
		"kade",
		"kaer",
		"kamp",
		"kanal",
		"katu",
		"kogel",
		"kraenten",
		"kreuz",
		"kri",
		"krysset",
		"krænten",
		"kuja",
		"kær",
		"laan",
		"laengen",
		"land",
		"landa",
		"lande",
		"landet",
		"lang",
		"lange",
		"leane",
		"lia",
		"liden",
		"lie",
		"loane",
		"lund",
		"lunden",
		"lundur",
		"længen",
		"mark",
		"marka",
		"marken",
		"markt",
		"melur",
		"muli",
		"múli",
		"nes",
		"obere",
		"oberer",
		"oberes",
		"pad",
		"park",
		"parken",
		"passagen",
		"penger",
		"pfad",
		"pgr",
		"pko",
		"plads",
		"plain",
		"plan",
		"plantsoen",
		"plass",
		"plassen",
		"plats",
		"platsen",
		"platz",
		"platå",
		"plein",
		"pln",
		"plnts",
		"polku",
		"puistikko",
		"puisto",
		"puistotie",
		"quelle",
		"raitti",
		"ranta",
		"rinne",
		"rundwanderweg",
		"rww",
		"sdlg",
		"sel",
		"sendi",
		"siden",
		"siedlung",
		"singel",
		"sjø",
		"sjøen",
		"skog",
		"skogen",
		"sloot",
		"sngl",
		"stad",
		"steenweg",
		"steg",
		"stg",
		"sti",
		"stiege",
		"stien",
		"stig",
		"stigen",
		"stortorget",
		"str",
		"straat",
		"straede",
		"straeti",
		"strand",
		"stranda",
		"stranden",
		"strasse",
		"straße",
		"stredet",
		"strooss",
		"stross",
		"stræde",
		"stræti",
		"stwg",
		"sund",
		"svingen",
		"svinget",
		"taival",
		"tangen",
		"teigur",
		"terrasse",
		"tie",
		"toften",
		"torg",
		"tori",
		"torv",
		"tun",
		"tvl",
		"tún",
		"ufer",
		"universitaet",
		"universitat",
		"universität",
		"untere",
		"unterer",
		"unteres",
		"vaeg",
		"vaegen",
		"vaenge",
		"vaeylae",
		"vag",
		"vagen",
		"vangen",
		"vangur",
		"varden",
		"veg",
		"vegen",
		"vegi",
		"vegur",
		"vei",
		"veien",
		"vej",
		"vellir",
		"verl",
		"verlengde",
		"vik",
		"vika",
		"vlae",
		"vliet",
		"vlt",
		"vlä",
		"voll",
		"vollen",
		"väg",
		"vägen",
		"väylä",
		"våg",
		"vågen",
		"vænge",
		"waeg",
		"waej",
		"wag",
		"waj",
		"wee",
		"weg",
		"wiese",
		"wäg",
		"wäj",
		"åsen",
		"øya"
	];
	LEVEL_TYPE_WORDS = [
		"andar",
		"aras",
		"auk",
		"aukstas",
		"aukste",
		"aukštas",
		"aukšte",
		"ceng",
		"cheung",
		"céng",
		"emelet",
		"etage",
		"etaj",
		"etasje",
		"etaz",
		"etazh",
		"etaža",
		"etg",
		"etj",
		"etáž",
		"floor",
		"flr",
		"gai",
		"haeo",
		"hovedetasje",
		"hæð",
		"kai",
		"kat",
		"kerros",
		"koma",
		"korrusel",
		"krs",
		"lantai",
		"lev",
		"level",
		"levl",
		"livello",
		"loft",
		"loftsetasje",
		"lou",
		"lt.",
		"ltai",
		"lvel",
		"lvl",
		"lóu",
		"nadstropje",
		"niveau",
		"nivel",
		"nivo",
		"nível",
		"obergeschoss",
		"orofos",
		"p.no",
		"p.n°",
		"p.nº",
		"p.°",
		"p.º",
		"patro",
		"piano",
		"pis",
		"piso",
		"piętro",
		"plan",
		"planta",
		"platform",
		"pno",
		"pn°",
		"pnº",
		"podlazie",
		"podlažie",
		"poschodie",
		"pov",
		"poverkh",
		"ptr",
		"p°",
		"pº",
		"riven",
		"riven'",
		"sal",
		"sol",
		"solairua",
		"sprat",
		"stavs",
		"stock",
		"storey",
		"stāvs",
		"tingkat",
		"tkt",
		"trappa",
		"trappor",
		"underetasje",
		"uroven",
		"uroven'",
		"vaan",
		"vaaning",
		"vaaningen",
		"vaning",
		"vaningen",
		"verdiep",
		"verdieping",
		"vån",
		"våning",
		"våningen",
		"étage",
		"órofos",
		"οροφος",
		"όροφος",
		"етажа",
		"кат",
		"ниво",
		"пов",
		"поверх",
		"рівень",
		"спрат",
		"уровень",
		"этаж"
	];
	UNIT_TYPE_WORDS = [
		"allotment",
		"ant",
		"antenna",
		"apart",
		"apartament",
		"apartamento",
		"apartamentu",
		"apartamiento",
		"apartman",
		"apartment",
		"apartmán",
		"apmt",
		"app",
		"appart",
		"appartamento",
		"appartement",
		"appt",
		"aprt",
		"apt",
		"apt.o",
		"aptmnt",
		"apto",
		"aptu",
		"arasan",
		"asunto",
		"atico",
		"barbecue",
		"barbeque",
		"bbq",
		"bdg",
		"berth",
		"birojs",
		"birou",
		"biuro",
		"blck",
		"bldg",
		"blg",
		"blk",
		"block",
		"bnglw",
		"bngw",
		"boatshed",
		"bongalow",
		"bostad",
		"boîte",
		"brth",
		"bst",
		"bte",
		"btsd",
		"buero",
		"building",
		"bulego",
		"bungalo",
		"bungalow",
		"bunglow",
		"bur",
		"bureau",
		"buro",
		"bus",
		"butas",
		"büro",
		"ca'",
		"cage",
		"caravan",
		"carp",
		"carpark",
		"cars",
		"carspace",
		"casa",
		"chambre",
		"club",
		"conj",
		"conjunto",
		"consultorio",
		"coolroom",
		"cott",
		"cottage",
		"cottg",
		"couloir",
		"cvan",
		"daire",
		"dep",
		"departamento",
		"dept",
		"depto",
		"diamerisma",
		"diamérisma",
		"dira",
		"domatio",
		"domátio",
		"door",
		"dpto",
		"dto",
		"dup",
		"dupl",
		"duplex",
		"dzivoklis",
		"dzīvoklis",
		"eingang",
		"eisodos",
		"ent",
		"entd",
		"entr",
		"entrada",
		"entrance",
		"entre",
		"entré",
		"entrée",
		"esc",
		"esca",
		"escadaria",
		"escal",
		"escala",
		"escalera",
		"escalier",
		"escalin",
		"escalinata",
		"eskailera",
		"eskra",
		"ext",
		"extension",
		"extn",
		"eísodos",
		"factory",
		"farm",
		"fcty",
		"flat",
		"flt",
		"frm",
		"fty",
		"g.ge",
		"garage",
		"garasi",
		"gdg",
		"gdng",
		"gedung",
		"gge",
		"giris",
		"giriş",
		"grafeiou",
		"grafeíou",
		"grge",
		"grsi",
		"gudang",
		"hab",
		"habitacio",
		"habitació",
		"hall",
		"hangar",
		"haus",
		"hngr",
		"hous",
		"house",
		"hse",
		"huone",
		"hus",
		"ibuo",
		"ieeja",
		"iejimas",
		"indgang",
		"ingaang",
		"ingang",
		"ingresso",
		"ingång",
		"inng",
		"inngang",
		"inngangur",
		"int",
		"interior",
		"interno",
		"intrare",
		"iroda",
		"istaba",
		"izba",
		"k-t",
		"kab",
		"kabinet",
		"kamar",
		"kambarys",
		"kamer",
		"kancelar",
		"kancelaria",
		"kancelarija",
		"kancelária",
		"kancelář",
		"kantor",
		"kapnu",
		"kav",
		"kavling",
		"kbn",
		"kebon",
		"kebun",
		"kimnata",
		"kios",
		"kiosk",
		"kmr",
		"knisa",
		"korter",
		"ksk",
		"kvartira",
		"kvartyra",
		"kvatera",
		"kāpņu",
		"laegenhet",
		"laegenhetsnummer",
		"lagenhet",
		"lagenhetsnummer",
		"laiptai",
		"lakas",
		"lakás",
		"lbby",
		"lby",
		"lease",
		"leil",
		"leilighet",
		"lejl",
		"lejlighed",
		"lestnitsa",
		"letra",
		"lgh",
		"lghnr",
		"lgnr",
		"lit",
		"litera",
		"lletra",
		"lobby",
		"loc",
		"location",
		"locn",
		"loctn",
		"lot",
		"lote",
		"lotissement",
		"lotto",
		"lotul",
		"lse",
		"lägenhet",
		"lägenhetsnummer",
		"maisonette",
		"masuk",
		"mbth",
		"merdiven",
		"mieszkanie",
		"moradia",
		"msk",
		"msnt",
		"oda",
		"ofc",
		"off",
		"off.a",
		"offc",
		"office",
		"officina",
		"oficina",
		"ofis",
		"pabrik",
		"pabrk",
		"parc",
		"parcel",
		"parcela",
		"parcella",
		"parcelle",
		"park",
		"parkiran",
		"pbrk",
		"penthouse",
		"pier",
		"pok",
		"pokoj",
		"pokój",
		"pom",
		"pomeshhenie",
		"por",
		"porta",
		"portaikko",
		"portal",
		"porte",
		"portico",
		"portion",
		"prtco",
		"prtl",
		"pta",
		"pte",
		"pths",
		"puerta",
		"pórtico",
		"rear",
		"reserve",
		"resv",
		"room",
		"rsrv",
		"rsv",
		"rsve",
		"rum",
		"ruumi",
		"sala",
		"salle",
		"sală",
		"sarrera",
		"scala",
		"scara",
		"schodisko",
		"schodiste",
		"schodiště",
		"schody",
		"sec",
		"section",
		"shd",
		"shed",
		"shi",
		"shop",
		"showroom",
		"shp",
		"shrm",
		"shì",
		"sign",
		"sisaankaynti",
		"sissepaas",
		"sissepääs",
		"sisäänkäynti",
		"site",
		"skala",
		"skhody",
		"skála",
		"slip",
		"soba",
		"space",
		"spc",
		"stair",
		"staircase",
		"stairway",
		"stall",
		"stan",
		"stanovanje",
		"stasiun",
		"station",
		"staya",
		"ste",
		"stepeniste",
		"stepenište",
		"stg",
		"stiege",
		"stigi",
		"stl",
		"stll",
		"stop",
		"stopnisce",
		"stopnišče",
		"stor",
		"store",
		"str",
		"stu",
		"stubiste",
		"stubište",
		"studio",
		"stulbishte",
		"stŭlbishte",
		"subs",
		"substation",
		"suite",
		"szoba",
		"tenancy",
		"tko",
		"tncy",
		"tnhs",
		"tnhse",
		"toko",
		"top",
		"tower",
		"townhouse",
		"trailer",
		"trap",
		"trapp",
		"trappe",
		"trepikoda",
		"treppe",
		"trlr",
		"twnhs",
		"twnhse",
		"twr",
		"udad",
		"uks",
		"ulaz",
		"unid",
		"unidad",
		"unidade",
		"unit",
		"unita",
		"unitat",
		"unite",
		"unità",
		"unité",
		"unt",
		"uppgaang",
		"uppgang",
		"uppgång",
		"urad",
		"ured",
		"van",
		"vault",
		"vchod",
		"vhod",
		"vila",
		"villa",
		"vkh",
		"vkhid",
		"vkhod",
		"vla",
		"vlla",
		"vlt",
		"ward",
		"warehouse",
		"wejscie",
		"wejście",
		"whg",
		"whs",
		"wkshp",
		"wksp",
		"wohnung",
		"wohnungsnummer",
		"workshop",
		"wrd",
		"wrhs",
		"wshp",
		"zimmer",
		"árasán",
		"ático",
		"íbúð",
		"įėjimas",
		"γραφείου",
		"γραφειου",
		"διαμέρισμα",
		"διαμερισμα",
		"δωμάτιο",
		"δωματιο",
		"είσοδος",
		"εισοδος",
		"σκάλα",
		"σκαλα",
		"апартамент",
		"апартман",
		"апт",
		"вход",
		"вхід",
		"к-т",
		"каб",
		"кабинет",
		"кабінет",
		"канцеларија",
		"квартира",
		"кватэра",
		"кімната",
		"лестница",
		"лит",
		"литера",
		"літ",
		"літера",
		"офис",
		"офіс",
		"пом",
		"помещение",
		"соба",
		"стан",
		"стая",
		"степениште",
		"стълбище",
		"сходи",
		"улаз"
	];
	HOUSE_NUMBER_WORDS = [
		"broj",
		"cislo",
		"hao",
		"hào",
		"n.o",
		"n.ro",
		"n.°",
		"n.º",
		"nbr",
		"nmbr",
		"nmr",
		"nmr.o",
		"nmr.°",
		"nmr.º",
		"nmro",
		"nmr°",
		"nmrº",
		"nolu",
		"nomer",
		"nomor",
		"nomr",
		"nr.°",
		"nr.º",
		"nro",
		"nr°",
		"nrº",
		"num",
		"num.ro",
		"numar",
		"numara",
		"numarala",
		"number",
		"numer",
		"numeris",
		"numero",
		"nummer",
		"numr",
		"numro",
		"numru",
		"numurs",
		"numéro",
		"număr",
		"n°",
		"nº",
		"núm",
		"núm.ro",
		"númer",
		"número",
		"númr",
		"númro",
		"stevilke",
		"szam",
		"szám",
		"číslo",
		"številke"
	];
	BUILDING_TYPE_WORDS = [
		"anex",
		"annex",
		"annexe",
		"annx",
		"anx",
		"aparment",
		"apart",
		"apartemen",
		"apartmen",
		"apartment",
		"aprtmn",
		"apt",
		"arais",
		"arasain",
		"bailtini",
		"bailtíní",
		"ban",
		"banchi",
		"banchino",
		"bangunan",
		"bat",
		"batiment",
		"bdg",
		"bgn",
		"bld",
		"bldg",
		"blg",
		"bloco",
		"bnglw",
		"bngw",
		"bongalow",
		"bud",
		"budowa",
		"building",
		"bungalo",
		"bungalow",
		"bunglow",
		"bygning",
		"bythynnod",
		"bât",
		"bâtiment",
		"c.etto",
		"ca'",
		"cabin",
		"cabn",
		"casa",
		"caserio",
		"caserío",
		"casetto",
		"casita",
		"chalet",
		"chlet",
		"cjto",
		"compj",
		"compl",
		"complejo",
		"complj",
		"cond",
		"condominio",
		"conj",
		"conjunto",
		"coop",
		"cooperativa",
		"cortijo",
		"cotaichean",
		"cottage",
		"crtjo",
		"csrio",
		"ctg",
		"ctge",
		"cto",
		"dewan",
		"dong",
		"dup",
		"dupl",
		"duplex",
		"dòng",
		"edf",
		"edfc",
		"edif",
		"edif.o",
		"edifc",
		"edificio",
		"edifo",
		"edifício",
		"ehit",
		"ehitusala",
		"est",
		"estanc",
		"estancia",
		"factory",
		"farm",
		"fcty",
		"feirm",
		"fferm",
		"fflat",
		"flataichean",
		"foirgnimh",
		"frm",
		"fty",
		"gaard",
		"gaarden",
		"garage",
		"garasi",
		"gdang",
		"gdg",
		"gebouw",
		"gedung",
		"grge",
		"grs",
		"gudang",
		"gård",
		"gården",
		"hab",
		"habitacao",
		"habitação",
		"halla",
		"hous",
		"house",
		"hse",
		"hus",
		"huse",
		"huvila",
		"imm",
		"immeuble",
		"iostain",
		"iostáin",
		"kbn",
		"kebon",
		"kebun",
		"kondo",
		"kondominium",
		"kontoret",
		"korpus",
		"koti",
		"ktirio",
		"ktírio",
		"leithlanna",
		"loc",
		"local",
		"loiste",
		"lóiste",
		"mainear",
		"mainéar",
		"maison",
		"maisonette",
		"maja",
		"menara",
		"menzil",
		"mionarasain",
		"mionárasáin",
		"msnt",
		"mənzil",
		"pal.zo",
		"palazzina",
		"palazzo",
		"palzo",
		"pangsapuri",
		"res",
		"reserve",
		"resid",
		"residen",
		"residencia",
		"residencial",
		"residensi",
		"rmah",
		"rmh",
		"rsrv",
		"rsv",
		"rsve",
		"rumah",
		"shd",
		"shed",
		"talo",
		"talu",
		"teach",
		"teaghais",
		"teaghaiseain",
		"teaghaiseáin",
		"tithe",
		"tnhs",
		"togalaichean",
		"torre",
		"tower",
		"townhouse",
		"trailer",
		"trlr",
		"tur",
		"twr",
		"tyddyn",
		"túr",
		"vienk",
		"vienkiemis",
		"vila",
		"villa",
		"vivenda",
		"vivienda",
		"vla",
		"vlla",
		"vvda",
		"warehouse",
		"whs",
		"zgrada",
		"árasáin",
		"κτίριο",
		"κτιριο",
		"корпус"
	];
	NO_NUMBER_FORMS = [
		"b b",
		"b.b",
		"bez br",
		"bez broja",
		"brez st",
		"brez stevilke",
		"brez št",
		"brez številke",
		"f n",
		"f.n",
		"f/n",
		"fara numar",
		"fără număr",
		"n f a",
		"n/f/a",
		"no fixed address",
		"s n",
		"s n c",
		"s.n",
		"s.n.",
		"s.n.c.",
		"s.n°",
		"s.nº",
		"s/n",
		"s/no",
		"s/n°",
		"s/nº",
		"sans numero",
		"sans numéro",
		"sem numero",
		"sem número",
		"sense numero",
		"sense número",
		"senza numero",
		"senza numero civico",
		"sin numero",
		"sin número",
		"zenbakirik gabe",
		"zk g",
		"zk.g",
		"zk/g",
		"б.н",
		"б.н.",
		"б/н",
		"без номера"
	];
}));
// src/core/redaction/rules/address-segments.ts
/**
* Case-insensitive letters without the `i` flag: under `iu`, `\\p{Lu}` matches lower-case letters too, and the
* capitalised-name patterns would swallow the sentence before a street.
*/
function anyCase(source) {
	return source.replace(/(?<!\\)(\p{Ll})/gu, (c) => c.toUpperCase() !== c ? `[${c}${c.toUpperCase()}]` : c);
}
/** Whether a segment is only a floor, suite or flat part; round 18: or up to two parts of libpostal's level and unit
*  words (`scala A int. 5`, `5.º andar`, `bureau 2200`). */
function isUnitSegment(segment) {
	const value = segment.trim();
	if (UNIT_SEGMENT.test(value)) return true;
	if (value.length > 40) return false;
	let rest = value;
	for (let parts = 0; parts < 2 && rest !== ""; parts++) {
		const m = UNIT_PART.exec(rest);
		if (!m) return false;
		if (m[1] !== void 0 ? !knownWord(LEVEL_SET, m[1]) : !knownWord(UNIT_SET_R18, m[2])) return false;
		rest = rest.slice(m[0].length);
	}
	return rest === "";
}
/** Prefix street types (rue, via, calle, ul.) and fused endings (…straße, …gatan) name a street on their own; an
*  English suffix type (… Way, … Place) ends ordinary phrases too, so it needs a postcode line. */
function isType$1(w) {
	return isTypeWord(w) || isTypeWord(w.replace(/\.$/, "")) || TYPE_SET.has(`${w}.`.toLowerCase());
}
function strength(value) {
	const words = value.replace(/,/g, " ").split(/\s+/).filter(notNumber);
	if (words.length === 0) return "none";
	const nonType = words.filter((w) => !isType$1(w));
	const fused = words.some((w) => FUSED$2.test(w.replace(/\.$/, ".")));
	if (nonType.length === 0 && !fused) return "none";
	if (fused || isType$1(words[0]) && !ENGLISH_TYPE.test(words[0])) return "strong";
	const lastWord = words[words.length - 1];
	if (words.length >= 2 && SEPARATE_TYPE.test(lastWord.toLowerCase()) && (/^\p{Lu}/u.test(lastWord) ? !/^(?:gate|gaten|vei|väg)$/i.test(lastWord) : true)) return "strong";
	return isType$1(words[words.length - 1]) ? "weak" : "none";
}
function streetStart(match) {
	if (!LOWER_WORD.test(match)) return 0;
	const words = match.split(" ");
	let skip = 0;
	const first = words[0];
	if (/^\p{Ll}/u.test(first) && !/^\d/.test(first) && !isTypeWord(first) && !isTypeWord(first.replace(/\.$/, "")) && first !== "c/") {
		skip = first.length + 1;
		words.shift();
	}
	if (isType$1((words.filter((w) => !/^\d/.test(w)).pop() ?? "").replace(/,$/, ""))) return skip;
	for (const w of words.slice(1)) {
		const bare = w.replace(/[,.]$/, "").replace(/^[ldLD]['’‘]/, "");
		if (/^\p{Ll}/u.test(bare) && bare.length > 3 && !PARTICLE_SET.has(bare) && !isTypeWord(bare) && !isTypeWord(w) && !UNIT_SET.test(bare)) return null;
	}
	return skip;
}
function classify$1(text, seg) {
	const raw = text.slice(seg.start, seg.end);
	const unquoted = raw.replace(CLOSING_QUOTE, "");
	if (unquoted.length < raw.length) seg.end = seg.start + unquoted.trimEnd().length;
	let value = unquoted.replace(TRAILING$1, "");
	if (/[)\]]$/.test(value) && (value.match(/[([]/g)?.length ?? 0) < (value.match(/[)\]]/g)?.length ?? 0)) value = value.slice(0, -1).replace(TRAILING$1, "");
	const end = seg.start + value.length;
	const tailStart = Math.max(seg.start, end - 120);
	const tail = text.slice(tailStart, end);
	if (NUMBERED.test(value)) {
		const postal = MAYBE_POSTCODE_FIRST.test(value) ? POSTCODE_TOWN.exec(value) : null;
		if (postal) seg.postal = {
			from: seg.start,
			to: seg.start + postal[0].length
		};
		const statePostcode = seg.postal ? null : STATE_POSTCODE.exec(value);
		if (statePostcode) seg.postal = {
			from: seg.start,
			to: seg.start + statePostcode[0].length
		};
		const bareProse = seg.postal ? null : BARE_POSTCODE_PROSE.exec(value);
		if (bareProse) seg.postal = {
			from: seg.start,
			to: seg.start + bareProse[0].length,
			afterTownOnly: true
		};
		if (!seg.postal && value.length <= 80 && MAYBE_POSTCODE_LAST.test(value)) {
			const reverse = TOWN_POSTCODE$2.exec(value);
			if (reverse && !/^\d/.test(reverse[0]) && (reverse.index === 0 || /\s$/.test(value.slice(0, reverse.index)))) seg.postal = {
				from: seg.start + reverse.index,
				to: seg.start + reverse.index + reverse[0].length
			};
		}
		const box = MAYBE_PO_BOX.test(tail) ? PO_BOX_LINE.exec(tail) : null;
		if (box) seg.poBox = tailStart + box.index;
		if (value.length <= 24 && (HOUSE_ONLY.test(value) || /^(?:bloc|bl\.|blok|blk\.?)\s?\d{1,4}[A-Za-z]?$/i.test(value) || numberWordHouse(value.trim()))) seg.house = true;
		const houseTail = HOUSE_TAIL.exec(value);
		if (houseTail) seg.houseTail = seg.start + houseTail.index;
		const houseWord = HOUSE_WORD.exec(value) ?? PLOT.exec(value);
		if (houseWord) {
			seg.houseTail = seg.start + houseWord.index;
			seg.houseWord = true;
			return;
		}
		const street = MAYBE_STREET.test(tail) && !(MONTH_DAY.test(tail) && !tail.split(/[\s,]+/).some(isType$1)) && !COPYRIGHT.test(tail) ? STREET_LAST.exec(tail) ?? STREET_FIRST.exec(tail) : null;
		const kept = street && streetStart(street[0]);
		if (street && kept !== null && /\p{L}{2}/u.test(street[0].slice(kept))) seg.street = {
			from: tailStart + street.index + kept,
			strong: strength(street[0].slice(kept)) === "strong"
		};
		return;
	}
	if (!CASED_UPPER.test(value)) return;
	const lowerName = STREET_NAME.exec(tail);
	const capitalName = lowerName && lowerName.index > 0 ? NAME_ONLY.exec(tail) : null;
	const name = capitalName !== null && capitalName.index < lowerName.index && isType$1(capitalName[0].split(" ")[0]) ? capitalName : lowerName ?? NAME_ONLY.exec(tail);
	const kept = name && streetStart(name[0]);
	if (name && kept !== null) {
		const kind = strength(name[0].slice(kept));
		seg.streetName = {
			from: tailStart + name.index + kept,
			strong: kind === "strong",
			typed: kind !== "none"
		};
	}
	if (value.length <= 60 && (TOWN_ONLY.test(value) || TOWN_ONLY.test(raw))) seg.town = true;
}
/**
* Round 21: where a street line ends and its town and postcode begin in a segment with no comma between them, as
* Australian and New Zealand forms and geocoder queries write them (`553 St. Kilda Road Melbourne 3004`): right after a
* street-type word (any language's, capitalised or not), with a house number before it. Null when there is none.
*/
function townAfterStreet(piece) {
	if (!/\d.*\p{L}{2}.* \p{Lu}/u.test(piece)) return null;
	for (const m of piece.matchAll(TOWN_POSTCODE_TAIL)) {
		const head = piece.slice(0, m.index);
		const last = head.slice(head.lastIndexOf(" ") + 1);
		const english = ENGLISH_ONLY$3.has(last.toLowerCase().replace(/\.$/, ""));
		if (/\d/.test(head) && isType$1(last) && (!english || ENGLISH_STRONG.test(last))) return m.index;
	}
	return null;
}
/** Segments of one paragraph-ish region: split at line breaks, commas and full-width commas. */
function* segments$1(text, from, to) {
	let start = from;
	let newline = true;
	let cut = true;
	for (let i = from; i <= to; i++) {
		const ch = i < to ? text[i] : "\n";
		if (ch !== "\n" && ch !== "," && ch !== "，" && ch !== ";") continue;
		let s = start;
		let e = i;
		while (s < e && /\s/.test(text[s])) s++;
		if (newline) while (s < e && (text[s] === ">" || text[s] === " " && s > start && text[s - 1] === ">")) s++;
		while (s < e && /\s/.test(text[s])) s++;
		while (e > s && /\s/.test(text[e - 1])) e--;
		if (e - s > MAX_SEGMENT$4) s = e - MAX_SEGMENT$4;
		const piece = e - s > 12 ? text.slice(s, e) : "";
		const inner = piece && /\d{2}[ -]?\d/.test(piece) ? POSTCODE_INSIDE.exec(piece) : null;
		const unquotedPiece = piece.replace(/["'”»`]+$/, "");
		const townAfter = inner ? null : /\d{4}$/.test(unquotedPiece) ? townAfterStreet(unquotedPiece) : null;
		if (inner && (/\p{L}/u.test(text.slice(s, s + inner.index)) || /^\d{1,5}[A-Za-z]?$/.test(text.slice(s, s + inner.index)))) {
			yield {
				start: s,
				end: s + inner.index,
				newline,
				cut
			};
			yield {
				start: s + inner.index + 1,
				end: e,
				newline: false,
				cut: false
			};
		} else if (townAfter !== null) {
			yield {
				start: s,
				end: s + townAfter,
				newline,
				cut
			};
			yield {
				start: s + townAfter + 1,
				end: e,
				newline: false,
				cut: false
			};
		} else if (e > s) yield {
			start: s,
			end: e,
			newline,
			cut
		};
		const blank = ch === "\n" && /^\s*\n/.test(text.slice(i + 1, i + 40)) && (text.slice(start, i).trim() !== "" || true);
		newline = ch === "\n";
		cut = blank;
		start = i + 1;
	}
}
var WORD$5, PARTICLE, NAME$5, LOWER, TYPE_SET, DOTTED_TYPES, UNITS$1, noNumber, NO_NUMBER, NO_NUMBER_ALONE, HOUSE$1, UNIT$3, EDGE, STREET_LAST, STREET_FIRST, STREET_NAME, HOUSE_ONLY, NAME_ONLY, PO_BOX_LINE, POSTCODE$1, TOWN$3, STATE$1, POSTCODE_TOWN, TOWN_POSTCODE$2, STATE_POSTCODE, BARE_POSTCODE_PROSE, ENGLISH_TYPE, TOWN_ONLY, FUSED$2, SEPARATE_TYPE, isTypeWord, PARTICLE_SET, UNIT_SET, MAX_SEGMENT$4, ORDINAL, PART_WORD$2, UNIT_PART, LEVEL_SET, UNIT_SET_R18, bareWord, knownWord, UNIT_SEGMENT, HOUSE_NUMBER_SET, NUMBER_WORD_HOUSE, numberWordHouse, HOUSE_TAIL, HOUSE_WORD, PLOT, POSTCODE_INSIDE, NUMBERED, CASED_UPPER, MAYBE_STREET, MAYBE_POSTCODE_FIRST, MAYBE_POSTCODE_LAST, MAYBE_PO_BOX, COPYRIGHT, TRAILING$1, CLOSING_QUOTE, notNumber, LOWER_WORD, TOWN_POSTCODE_TAIL, ENGLISH_ONLY$3, ENGLISH_STRONG;
var init_address_segments = __esmMin((() => {
	init_address_words();
	init_address_street_types_data();
	WORD$5 = "[\\p{Lu}\\d][\\p{L}\\p{M}'’‘.\\-]{0,30}|\\p{Lu}\\.";
	PARTICLE = `(?:${NAME_PARTICLES})`;
	NAME$5 = `(?:[lLdD]['’‘])?(?:${WORD$5})(?:(?: ${PARTICLE})* (?:${WORD$5})|(?: ${PARTICLE})*-(?:${WORD$5})|(?: ${PARTICLE})* ?(?:[lLdD]['’‘])(?:${WORD$5})){0,6}`;
	LOWER = "(?:\\p{Ll}[\\p{Ll}\\p{M}]{0,13}\\.?|c/)";
	TYPE_SET = new Set(STREET_TYPES.flatMap((t) => {
		const plain = t.replace(/\\\./g, ".");
		return plain.endsWith(".?") ? [plain.slice(0, -2), plain.slice(0, -1)] : [plain];
	}));
	DOTTED_TYPES = new Set(STREET_TYPE_ABBREVIATIONS.filter((a) => /^\p{L}{3,}$/u.test(a)).map((a) => `${a}.`));
	UNITS$1 = anyCase(UNIT_WORDS);
	noNumber = (keep) => {
		const forms = NO_NUMBER_FORMS.filter((f) => keep(f) && (/[./]/.test(f) ? /\p{L}/u.test(f) && !/^n\/f|f\/a$/.test(f) : /\p{L}{4}/u.test(f) && !/fixed/.test(f)));
		return `(?=[${[...new Set(forms.flatMap((f) => [f[0].toLowerCase(), f[0].toUpperCase()]))].join("")}])(?:${forms.sort((a, b) => b.length - a.length).map((f) => anyCase(f.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).replace(/\\\.$/, "\\.?")).join("|")})(?![\\p{L}\\d])`;
	};
	NO_NUMBER = noNumber(() => true);
	NO_NUMBER_ALONE = noNumber((f) => !/^[^/ ]*\.[^/ ]*$/.test(f));
	HOUSE$1 = `(?!\\d{2,4}-\\d{3,4}-\\d{4}(?!\\d)|\\d{3}-\\d{4}(?![\\d/-]))\\d{1,5}(?: ?[A-Za-z](?![\\p{L}])(?: \\d{1,4}(?![\\d.]))?)?(?:[/-]\\d{1,5}[A-Za-z]?){0,2}(?: (?:bis|ter|${NO_NUMBER}))?|${NO_NUMBER}|bb\\.?(?![\\p{L}])`;
	UNIT$3 = `(?:,? (?:${UNITS$1})\\.? ?[#№]?\\d{1,5}[A-Za-z]?(?:\\.? ?(?:${UNITS$1})?\\.? ?\\d{0,5})?){0,2}(?: \\d{1,3}\\.? ?(?:${UNITS$1}|[a-zæøå]{1,3}))?`;
	EDGE = "(?:(?<![\\p{L}\\p{M}\\d.-])(?<![\\p{L}\\p{M}\\d.-]['’])|(?<=[\\p{Script=Hebrew}\\p{Script=Arabic}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}][-־ـ]?)(?=\\d))";
	STREET_LAST = new RegExp(`${EDGE}(?:${LOWER} )?(?:${PARTICLE} ){0,2}(?:${NAME$5})(?: ${LOWER}){0,2},? (?:${HOUSE$1})${UNIT$3}\\.?$`, "u");
	STREET_FIRST = new RegExp(`${EDGE}(?:${HOUSE$1}),? (?:${LOWER} )?(?:${PARTICLE} ){0,2}(?:${NAME$5})${UNIT$3}\\.?$`, "u");
	STREET_NAME = new RegExp(`${EDGE}(?:${LOWER} (?:${PARTICLE} ){0,2}(?:${NAME$5})|(?:${NAME$5}) ${LOWER})\\.?$`, "u");
	HOUSE_ONLY = new RegExp(`^(?:${HOUSE$1.replace(`|${NO_NUMBER}|`, `|${NO_NUMBER_ALONE}|`)})${UNIT$3}(?: [\\p{L}.]{1,12} ?\\d{1,4}){0,2}(?: - \\p{Lu}[\\p{L}\\p{M} ]{1,30})?$`, "u");
	NAME_ONLY = new RegExp(`${EDGE}(?:${NAME$5})$`, "u");
	PO_BOX_LINE = new RegExp(`(?<![\\p{L}\\d])(?:${PO_BOX})\\.? ?(?:no\\.? ?)?\\d{1,6}(?: \\d{2,3}){0,2}$`, "iu");
	POSTCODE$1 = "\\d{5}(?:-\\d{3,4})?|\\d{4}(?: ?[A-Z]{2}(?![\\p{L}]))?|\\d{3} \\d{2}|\\d{2} \\d{3}|\\d{2}-\\d{3}|\\d{4}-\\d{3}|\\d{6}|\\d{3}-\\d{4}|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d|[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}|[A-Z]{2}-?\\d{4}";
	TOWN$3 = `(?:\\p{Lu}[\\p{L}\\p{M}'’.\\-]{1,30}|\\p{Lu}{2,30})(?:(?: ${PARTICLE})* (?:\\p{Lu}[\\p{L}\\p{M}'’.\\-]{0,30}|\\p{Ll}[\\p{L}\\p{M}\\-]{1,20}(?= \\())|-\\p{L}[\\p{L}\\p{M}]{0,30}){0,5}`;
	STATE$1 = "(?:\\(?\\p{Lu}{2,3}\\)?|\\(\\p{Lu}[\\p{L}\\p{M}. -]{1,30}\\)|\\p{Lu}\\p{L}{1,20}(?: \\p{Lu}\\p{L}{1,20})?)";
	POSTCODE_TOWN = new RegExp(`^(?:[A-Z]{1,2}-)?(?:${POSTCODE$1}|\\d{3}(?= \\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]{2,}\$)|[A-Z]\\d{4}[A-Z]{3}(?![\\p{L}\\d])|[A-Z]\\d{4}(?= \\p{Lu}\\p{Ll}+ \\p{Lu}))(?:(?: [-–])? |(?<!^(?:19|20)\\d\\d)-(?=\\p{Lu}))(?:${TOWN$3})(?: \\((?:${TOWN$3}|\\p{Lu}{2})\\)| (?:CEDEX|[Cc]edex)(?: \\d{1,2})?| \\d{1,2}(?=$))?`, "u");
	TOWN_POSTCODE$2 = new RegExp(`(?:${TOWN$3})(?: (?:${STATE$1}))?,? (?:${POSTCODE$1})(?=$|\\s+[\\p{Ll}—–-]|[?!](?=\\s|\$)|\\.(?=\\s+\\p{Lu}\\p{Ll}))`, "u");
	STATE_POSTCODE = new RegExp(`^(?:(?:${STATE$1}) (?:${POSTCODE$1})(?=$|\\s+[\\p{Ll}—–-])|(?:${POSTCODE$1})(?=$|\\s+[—–]))`, "u");
	BARE_POSTCODE_PROSE = new RegExp(`^(?:${POSTCODE$1})(?=\\s+\\p{Ll})`, "u");
	ENGLISH_TYPE = new RegExp(`^(?:${ENGLISH_STREET_TYPES.join("|")})\\.?$`, "i");
	TOWN_ONLY = new RegExp(`^(?:${TOWN$3})(?: - \\p{Lu}{2}| \\((?:${TOWN$3}|\\p{Lu}{2,3})\\))?$`, "u");
	FUSED$2 = new RegExp(`\\p{L}{2}-?(?:${FUSED_STREET_ENDINGS.join("|")})$`, "iu");
	SEPARATE_TYPE = /^(?:stra(?:ße|sse)|str\.|gasse|allee|platz|chaussee|ufer|damm|gata|gatan|vägen|vej|gade|veien|vegen|katu|utca|iela|sokak|sokağı|caddesi|straat|laan|steeg|gracht|kade|plein|dreef)$|^(?:gate|gaten|vei|väg)$/;
	isTypeWord = (w) => {
		const lower = w.toLowerCase();
		return TYPE_SET.has(lower) || lower.endsWith(".") && DOTTED_TYPES.has(lower);
	};
	PARTICLE_SET = new Set(NAME_PARTICLES.split("|"));
	UNIT_SET = new RegExp(`^(?:${UNIT_WORDS})$`, "i");
	MAX_SEGMENT$4 = 200;
	ORDINAL = "(?:\\d{1,3}(?:\\.?[ºª°]|st|nd|rd|th|e|er|re|ème|eme|\\.)?|[IVX]{1,4}\\.)";
	PART_WORD$2 = "\\p{L}[\\p{L}\\p{M}'’º°-]{0,24}(?:\\.[\\p{L}º°]{1,3})?\\.?";
	UNIT_PART = new RegExp(`^(?:${ORDINAL} ?(${PART_WORD$2})|(${PART_WORD$2}) ?(?:n\\.?[º°]\\.? ?)?#?(?:\\d{1,5}[\\p{L}-]{0,2}|\\p{Lu}{1,2}\\d{0,3}|[IVX]{1,4})\\.?)(?:,? |$)`, "u");
	LEVEL_SET = new Set(LEVEL_TYPE_WORDS);
	UNIT_SET_R18 = /* @__PURE__ */ new Set([
		...LEVEL_TYPE_WORDS,
		...UNIT_TYPE_WORDS,
		"bât",
		"bat"
	]);
	bareWord = (w) => w.toLowerCase();
	knownWord = (set, w) => set.has(bareWord(w)) || set.has(bareWord(w).replace(/\.$/, ""));
	UNIT_SEGMENT = /^(?:\d{1,3}(?:st|nd|rd|th|º|ª|\.)? ?(?:floor|fl\.?|etage|étage|stock|piso|piano|trappa upp|tv\.?|th\.?|mf\.?)|(?:floor|fl|suite|ste|apt|apartment|unit|flat|room|rm|bldg|building|piso|planta|bajo|étage|etage|stock|lgh\.?|whg\.?)\.? ?#?[\w-]{0,6})$/i;
	HOUSE_NUMBER_SET = new Set(HOUSE_NUMBER_WORDS);
	NUMBER_WORD_HOUSE = /^(\p{L}[\p{L}.º°]{0,7}?)\.? ?\d{1,5}[A-Za-z]?$/u;
	numberWordHouse = (value) => {
		const m = NUMBER_WORD_HOUSE.exec(value);
		return m !== null && knownWord(HOUSE_NUMBER_SET, m[1]);
	};
	HOUSE_TAIL = /(?<=\s)\d{1,5}(?: ?(?:bis|ter|[a-zA-Z]))?$/;
	HOUSE_WORD = /(?<![\p{L}\p{Nd}])(?:house|building|bldg\.?|plot|h\.) ?(?:no\.?|number|#|№) ?\d{1,5}[A-Za-z]?$/iu;
	PLOT = /(?<=^\s{0,3}|["'“:(]\s{0,2})(?:plot|lot|lote|lt\.?|blk\.?|block|bloque|manzana|mz\.?|mza\.?|mzna\.?)(?: ?(?:no\.?|n[º°]|#))? ?(?:\d{1,5}[A-Za-z]?|[A-Z]{1,2}\d{0,2})(?: (?:lot|lote|lt\.?|casa|solar) ?\d{1,4}[A-Za-z]?)?$/iu;
	POSTCODE_INSIDE = /(?<=[\p{L}\d.]) (?=(?:[A-Z]{1,2}-)?(?:\d{5}-\d{3}|\d{5}|\d{4}(?: [A-Z]{2})?|\d{3} \d{2}|\d{2}-\d{3}|\d{4}-\d{3}) \p{Lu}[\p{L}\p{M}-]+(?: \p{Lu}[\p{L}\p{M}-]+){0,3}[.!?]?$)/u;
	NUMBERED = new RegExp(`\\d|(?<![\\p{L}\\p{M}])${NO_NUMBER}|(?<!\\p{L})bb\\.?(?!\\p{L})`, "u");
	CASED_UPPER = /\p{Lu}/u;
	MAYBE_STREET = new RegExp(`\\p{Lu}[\\p{L}\\p{M}]|\\p{L}{2}[.,]? ?(?:\\d|${NO_NUMBER}|bb\\b)`, "u");
	MAYBE_POSTCODE_FIRST = /^(?:[A-Z]{1,2}-)?\d{2}|^[A-Z]\d[A-Z]|^[A-Z]{1,2}\d/;
	MAYBE_POSTCODE_LAST = /(?:\d{3}|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d[A-Z]{2})(?:$|\s+[\p{Ll}—–-]|[?!](?:\s|$)|\.\s+\p{Lu}\p{Ll})/u;
	MAYBE_PO_BOX = /box|b\.? ?p|postf|case|c\.? ?p|postbus|casella|apartado|caixa|cx\.|skrytka|postboks|(?:^|\s)pl\s|locked|а\/я|абонент|pmb/i;
	COPYRIGHT = /copyright|\(c\)|©/i;
	TRAILING$1 = /[.!?]{1,2}$/;
	CLOSING_QUOTE = /["'`][ \t]*[}\])]{0,2}[ \t]*[,;]?$|(?<=\S)<\/[a-zA-Z][\w-]{0,12}>.*$/;
	notNumber = (w) => w !== "" && !/^\d/.test(w);
	LOWER_WORD = /(?:^|[ ,])\p{Ll}/u;
	TOWN_POSTCODE_TAIL = / (?=\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?: \p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){0,2} \d{4,5}$)/gu;
	ENGLISH_ONLY$3 = new Set(ENGLISH_ONLY_STREET_TYPE_WORDS);
	ENGLISH_STRONG = /^(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|terrace|tce|parade|pde|highway|hwy|crescent|cres|court|ct|close)\.?$/i;
}));
// src/core/redaction/rules/regex-scan.ts
/** A copy of `pattern` for one scan, at lastIndex 0; give it back with `releaseScanner` when the scan ends. */
function takeScanner(pattern) {
	const re = spare.get(pattern)?.pop() ?? new RegExp(pattern.source, pattern.flags);
	re.lastIndex = 0;
	return re;
}
/** Gives back a copy taken with `takeScanner` (a copy never given back is simply collected). */
function releaseScanner(pattern, re) {
	let copies = spare.get(pattern);
	if (!copies) spare.set(pattern, copies = []);
	if (copies.length < KEPT && !copies.includes(re)) copies.push(re);
}
/** Every match of a global `pattern` in `text`, as `text.matchAll(pattern)` gives them, without its copy per call. */
function allMatches(text, pattern) {
	if (!pattern.global) throw new TypeError("allMatches needs a global pattern");
	const re = takeScanner(pattern);
	const unicode = re.unicode || re.flags.includes("v");
	const out = [];
	try {
		let m;
		while ((m = re.exec(text)) !== null) {
			out.push(m);
			if (m[0] === "") re.lastIndex = advance(text, re.lastIndex, unicode);
		}
	} finally {
		releaseScanner(pattern, re);
	}
	return out;
}
function advance(text, index, unicode) {
	if (!unicode || index + 1 >= text.length) return index + 1;
	const code = text.charCodeAt(index);
	if (code < 55296 || code > 56319) return index + 1;
	const next = text.charCodeAt(index + 1);
	return next >= 56320 && next <= 57343 ? index + 2 : index + 1;
}
/** What `read` yields with a copy of `pattern` of its own, the copy given back when the reading ends or is left. */
function* scanning(pattern, read) {
	const re = takeScanner(pattern);
	try {
		yield* read(re);
	} finally {
		releaseScanner(pattern, re);
	}
}
var spare, KEPT;
var init_regex_scan = __esmMin((() => {
	spare = /* @__PURE__ */ new WeakMap();
	KEPT = 4;
}));
// src/core/redaction/rules/table-cells.ts
/** The separator of a delimited line, tried in this order (a Markdown row holds commas in its cells); '' for none. */
function separatorOf(line) {
	return SEPARATORS.find((s) => line.includes(s)) ?? "";
}
/** The cells of a row split at `sep` outside double quotes, each with where it starts in the line. */
function tableCells(line, sep) {
	const out = [];
	let quoted = false;
	let start = 0;
	for (let i = 0; i <= line.length; i++) {
		const ch = line[i];
		if (ch === "\"") quoted = !quoted;
		else if (i === line.length || ch === sep && !quoted) {
			out.push({
				value: line.slice(start, i),
				start
			});
			start = i + 1;
		}
	}
	return out;
}
/**
* A tab at `i` between two non-blank characters is a TSV cell's border (`4410\tL. Favre\tRue du Rhône 48`): the cell
* before it is no part of an address in the cell after it (round 18). A tab of indentation (after a line break or
* another tab) is none. Read by the postcode walk (address-postcode-segments.ts) and the street-line word walk
* (address-street-words.ts).
*/
function tabCellBorder(text, i) {
	return text[i] === "	" && /\S/.test(text[i - 1] ?? "\n") && /\S/.test(text[i + 1] ?? "\n");
}
var SEPARATORS, cleanCell;
var init_table_cells = __esmMin((() => {
	SEPARATORS = [
		"|",
		"	",
		";",
		","
	];
	cleanCell = (cell) => cell.trim().replace(/^["']|["']$/g, "").trim();
}));
// src/core/redaction/rules/address-frames.ts
/**
* A table whose header names an address column (`| Kund | Adress |`, `customer_id,address`, `order_id;ship_to`):
* where each cell of that column starts in the rows under it (at most 50 rows, each at most 400 characters; the
* rows are not read again as headers, so each line is read once).
*/
function addressColumnCells(text) {
	const starts = [];
	const lines = /^[^\n]{3,400}$/gmu;
	let header;
	while ((header = lines.exec(text)) !== null) {
		const line = header[0];
		const sep = separatorOf(line);
		if (sep === "") continue;
		const fields = line.split(sep).map((f) => f.trim().replace(/^["']|["']$/g, ""));
		if (fields.length < 2 || fields.length > 12 || !fields.every((f) => f.length <= 30)) continue;
		const column = fields.findIndex((f) => f !== "" && isAddressField(f));
		if (column === -1) continue;
		let at = header.index + line.length;
		for (let row = 0; row < 50 && at < text.length; row++) {
			const next = text.indexOf("\n", at + 1);
			const rowText = text.slice(at + 1, next === -1 ? text.length : next);
			if (rowText.length > 400 || !rowText.includes(sep)) break;
			at = next === -1 ? text.length : next;
			if (/^[\s|:-]+$/.test(rowText)) continue;
			let field = 0;
			let quoted = false;
			for (let i = 0; i <= rowText.length; i++) {
				if (field === column) {
					let start = i;
					while (start < rowText.length && /[ \t"']/.test(rowText[start])) start++;
					starts.push(at - rowText.length + start);
					break;
				}
				const ch = rowText[i];
				if (ch === "\"") quoted = !quoted;
				else if (ch === sep && !quoted) field++;
			}
		}
		lines.lastIndex = Math.max(lines.lastIndex, at);
	}
	return starts;
}
/** A segment that is a sign-off (`Regards`, `Mit freundlichen Grüßen`): never a place of an address. */
function isSignOff(value) {
	return value.length <= 40 && SIGN_OFF.test(value.trim());
}
/**
* Where the signature lines after each sign-off start: the reading may begin at any of the next four lines (a name,
* a title, a team come first); the caller takes the first start holding an address.
*/
function signatureStarts(text) {
	const out = [];
	const re = takeScanner(SIGN_OFF_LINE);
	let m;
	while ((m = re.exec(text)) !== null) {
		const starts = [];
		let at = m.index + m[0].length;
		for (let i = 0; i < 4 && at < text.length && text[at] === "\n"; i++) {
			at++;
			if (/^[ \t]*\r?(?:\n|$)/.test(text.slice(at, at + 20))) break;
			starts.push(at);
			const next = text.indexOf("\n", at);
			if (next === -1 || next - at > 90) break;
			at = next;
		}
		if (starts.length > 0) out.push(starts);
		if (m[0].length === 0) re.lastIndex++;
	}
	releaseScanner(SIGN_OFF_LINE, re);
	return out;
}
/**
* A paragraph the next one points back to as an address (`> Bank Lane\n> Nassau\n\ncan you check this address?`,
* `Rue 12\nDakar\n\nIs this address right?`): `word`, a word for address at `at`, in the first 80 characters of its
* paragraph; the paragraph before (at most four lines, right before the blank line) is returned by its start.
*/
function paragraphPointedAt(text, at, word) {
	if (!ADDRESS_NOUN.test(word) || NOT_POSTAL_BEFORE.test(text.slice(Math.max(0, at - 10), at).trimEnd())) return null;
	if (NOT_POSTAL_AFTER.test(text.slice(at + word.length, at + word.length + 14))) return null;
	return paragraphBefore(text, at);
}
function paragraphBefore(text, addressWord) {
	const from = Math.max(0, addressWord - 82);
	const blank = [...text.slice(from, addressWord).matchAll(/\n[ \t>]*\r?\n/g)].at(-1);
	if (!blank || text.slice(from + blank.index + blank[0].length, addressWord).includes("\n")) return null;
	let start = from + blank.index;
	for (let lines = 0; lines < 5; lines++) {
		if (start === 0) return lines > 0 ? 0 : null;
		const lineStart = text.lastIndexOf("\n", start - 1) + 1;
		if (/^[ \t>]*\r?$/.test(text.slice(lineStart, start))) return lines > 0 ? start + 1 : null;
		start = lineStart === 0 ? 0 : lineStart - 1;
		if (lineStart === 0) return 0;
	}
	return null;
}
/** Quote marks of a reply (`> `, `>> `) before a line's text: skipped as indentation is. */
function quotePrefixEnd(text, from, to) {
	let at = from;
	const before = text.slice(Math.max(0, at - 20), at);
	if (!(at <= 20 ? /(?:^|\n)[ \t>]*$/ : /\n[ \t>]*$/).test(before)) return at;
	while (at < to && /[ \t>]/.test(text[at])) at++;
	return at;
}
/** The frames of a text: labels, business places, table cells, signatures, paragraphs the word for address points back to. */
function frameIntros(text, addressWords) {
	return [
		...allMatches(text, FRAME_LABEL).map((m) => ({
			index: m.index,
			intro: m[0],
			frame: true
		})),
		...allMatches(text, PLACE_LABEL).filter((m) => /[\p{Lu}\p{Nd}]/u.test(text[m.index + m[0].length] ?? "")).map((m) => ({
			index: m.index,
			intro: m[0],
			frame: true,
			starts: [m.index + m[0].length]
		})),
		...addressColumnCells(text).map((index) => ({
			index,
			intro: "",
			frame: true,
			starts: [index],
			cell: true
		})),
		...signatureStarts(text).map((starts) => ({
			index: starts[0],
			intro: "",
			frame: true,
			starts,
			signature: true
		})),
		...addressWords.flatMap((m) => {
			const start = paragraphPointedAt(text, m.index, m[0]);
			return start === null ? [] : [{
				index: start,
				intro: "",
				frame: true
			}];
		})
	];
}
var FRAME_LABEL, PLACE_LABEL, VCARD_ADR, ADDRESS_FIELD, NOT_POSTAL_FIELD, isAddressField, SIGN_OFF_WORDS, SIGN_OFF, SIGN_OFF_LINE, ADDRESS_NOUN, NOT_POSTAL_BEFORE, NOT_POSTAL_AFTER;
var init_address_frames = __esmMin((() => {
	init_regex_scan();
	init_table_cells();
	FRAME_LABEL = new RegExp(`(?<![\\p{L}\\p{Nd}.-])(?:(?:${[
		"recipient",
		"sender",
		"consignee",
		"addressee",
		"destinatari[oa]",
		"remitente",
		"remetente",
		"destinat[aá]rio",
		"destinataire",
		"exp[ée]diteur",
		"mittente",
		"absender",
		"empf[aä]nger",
		"afzender",
		"ontvanger",
		"geadresseerde",
		"avs[aä]ndare",
		"mottagare",
		"afsender",
		"modtager",
		"avsender",
		"mottaker",
		"nadawca",
		"odbiorca",
		"odes[ií]latel",
		"p[řr][ií]jemce",
		"odosielate[lľ]",
		"pr[ií]jemca",
		"felad[oó]",
		"c[ií]mzett",
		"expeditor",
		"destinatar",
		"po[sš]iljatelj",
		"primatelj",
		"g[oö]nderen",
		"al[ıi]c[ıi]",
		"vastaanottaja",
		"l[aä]hett[aä]j[aä]",
		"sendandi",
		"viðtakandi",
		"saaja",
		"saatja",
		"siuntėjas",
		"gavėjas",
		"sūtītājs",
		"saņēmējs",
		"отправитель",
		"получатель",
		"відправник",
		"одержувач",
		"подател",
		"получател",
		"pengirim",
		"penerima",
		"mpandefa",
		"mpandray"
	].join("|")})(?=[ \\t]*[:：\\r\\n])|(?:ship|bill|sold|deliver|mail)-to(?![\\p{L}\\p{Nd}])|^[ \\t]{0,20}(?:${[
		"to",
		"from",
		"an",
		"von",
		"à",
		"a",
		"de",
		"para",
		"aan",
		"van",
		"til",
		"fra",
		"till",
		"från",
		"do",
		"od",
		"pour",
		"für",
		"kime",
		"kimden"
	].join("|")})(?=[ \\t]*[:：]?[ \\t]*\\r?\\n))`, "gimu");
	PLACE_LABEL = new RegExp(`(?<![\\p{L}\\p{Nd}.-])(?:(?:${[
		"office",
		"offices",
		"venue",
		"location",
		"premises",
		"headquarters",
		"hq",
		"branch",
		"warehouse",
		"pickup(?: point| location)?",
		"pick-up(?: point| location)?",
		"drop-off(?: point)?",
		"meeting point",
		"büro",
		"sitz",
		"standort",
		"filiale",
		"bureau",
		"siège",
		"locaux",
		"sede",
		"ufficio",
		"oficina",
		"sucursal",
		"escritório",
		"loja",
		"kantoor",
		"vestiging",
		"kontor",
		"kontoret",
		"biuro",
		"siedziba",
		"kancelář",
		"sídlo",
		"iroda",
		"toimisto",
		"umgezogen",
		"moved",
		"déménagé",
		"verhuisd",
		"flyttet",
		"flyttat"
	].join("|")})(?=[ \\t]*(?:[:：—–]|is |ist |est |è |es |er |är )[ \\t]*)|${["(?:sende|send|skicke|skicka|sende|levere|leverer|lever|opsturen|sturen|versturen|verzenden|envoyer|envoyez|livrer|livrez|expédier)(?: [\\p{Ll}\\p{M}]{1,12}){0,2} (?:til|till|naar|à|au)"].join("|")})(?![\\p{L}\\p{Nd}])(?:[ \\t]*(?:[:：—–]|(?:is|ist|est|è|es|er|är)(?: (?:at|in|an|à|a|en|på|i))?))?[ \\t]*(?:\\r?\\n[ \\t]*)?(?![\\p{L}]{2,10}:\\/\\/)`, "giu");
	VCARD_ADR = /^(?:item\d{1,2}\.)?ADR(?:;[^:\n]{0,60})?:(?:[^;\n]{0,40};){0,2}/gimu;
	ADDRESS_FIELD = /^(?:[\p{L}_ -]{0,20}[_ -])?(?:address(?:e|es)?|addr|adres(?:a|i|e|ă|se)?|adress|anschrift|direcci[oó]n|endere[cç]o|indirizzo|osoite|cím|naslov|adresas|адрес[ау]?|ship[_ -]?to|\p{Ll}{3,20}(?:adresse|adress|adres|anschrift|osoite))\d?$/iu;
	NOT_POSTAL_FIELD = /(?:^|[_ -])(?:e-?mail|ip|mac|web|url|wallet|host|server)(?:$|[_ -])/i;
	isAddressField = (field) => !NOT_POSTAL_FIELD.test(field) && ADDRESS_FIELD.test(field);
	SIGN_OFF_WORDS = [
		"(?:best |kind |warm |warmest |many |with )?regards",
		"cheers",
		"thanks",
		"thank you",
		"many thanks",
		"sincerely(?: yours)?",
		"yours(?: sincerely| truly| faithfully)?",
		"best(?: wishes)?",
		"all the best",
		"cordialement",
		"bien (?:à vous|cordialement)",
		"salutations(?: distinguées)?",
		"amicalement",
		"mit freundlichen grüßen",
		"mit freundlichen grüssen",
		"freundliche grüße",
		"viele grüße",
		"beste grüße",
		"liebe grüße",
		"mfg",
		"gruß",
		"grüße",
		"saludos(?: cordiales)?",
		"un saludo",
		"atentamente",
		"cordialmente",
		"atenciosamente",
		"abraços",
		"obrigad[oa]",
		"gracias",
		"cordiali saluti",
		"distinti saluti",
		"saluti",
		"grazie",
		"met vriendelijke groet(?:en)?",
		"vriendelijke groet(?:en)?",
		"groeten",
		"mvg",
		"med vänliga hälsningar",
		"vänliga hälsningar",
		"hälsningar",
		"med venlig hilsen",
		"venlig hilsen",
		"med vennlig hilsen",
		"vennlig hilsen",
		"hilsen",
		"ystävällisin terveisin",
		"terveisin",
		"pozdrawiam(?: serdecznie)?",
		"z poważaniem",
		"s pozdravem",
		"s pozdravom",
		"üdvözlettel",
		"cu stimă",
		"cu respect",
		"srdačan pozdrav",
		"lp",
		"saygılarımla",
		"с уважением",
		"з повагою",
		"best,",
		"tschüss",
		"salut",
		"ciao"
	];
	SIGN_OFF = new RegExp(`^(?:${SIGN_OFF_WORDS.join("|")})[ \\t]*[,!.]?$`, "iu");
	SIGN_OFF_LINE = new RegExp(`^[ \\t]*(?:(?:${SIGN_OFF_WORDS.join("|")})[ \\t]*[,!.]?|--[ \\t]?)[ \\t]*\\r?$`, "gimu");
	ADDRESS_NOUN = /^[^\s'’]+$/u;
	NOT_POSTAL_BEFORE = /(?<!\p{L})(?:ip|e-?mail|mail|web|mac|url|server|host|memory|wallet|return|proxy|ipv[46]|bitcoin|ethereum)[ -]?$/iu;
	NOT_POSTAL_AFTER = /^[ -]?(?:book|bar|space|field|list|range|pool|family|resolution|translation|sanitizer|line|lookup|format|validation)/i;
}));
// src/core/redaction/rules/address-table-cells.ts
/**
* The line holding `at`, looked for at most TABLE_MAX_LINE + 1 characters either side: a longer line is no table row,
* and its bounds come back clipped (longer than TABLE_MAX_LINE, so every caller rejects it) instead of scanned to its
* ends — unbounded scans made a 5 MB text of one line quadratic (every postcode-shaped number looked for its line).
*/
function lineBounds(text, at) {
	const reach = 401;
	const lo = Math.max(0, at - reach);
	const back = text.slice(lo, at).lastIndexOf("\n");
	const hi = Math.min(text.length, at + reach);
	const ahead = text.slice(at, hi).indexOf("\n");
	return {
		start: back === -1 ? lo : lo + back + 1,
		end: ahead === -1 ? hi : at + ahead
	};
}
/**
* The header cell over the cell holding `at`, when `at`'s line is a row of a delimited table with a header row
* above it holding as many cells; otherwise null.
*/
function headerCellOver(text, at) {
	const row = lineBounds(text, at);
	const rowText = text.slice(row.start, row.end);
	if (rowText.length > 400) return null;
	const sep = separatorOf(rowText);
	if (sep === "" || row.start === 0) return null;
	let top = row.start;
	for (let n = 0; n < MAX_ROWS && top > 0; n++) {
		const above = lineBounds(text, top - 1);
		const line = text.slice(above.start, above.end);
		if (line.length > 400 || !line.includes(sep)) break;
		top = above.start;
	}
	if (top === row.start) return null;
	const header = tableCells(text.slice(top, lineBounds(text, top).end), sep);
	const rowCells = tableCells(rowText, sep);
	if (header.length < 2 || header.length !== rowCells.length || !header.every((c) => cleanCell(c.value) === "" || isLabel(c.value))) return null;
	const offset = at - row.start;
	const column = rowCells.findIndex((c, i) => offset >= c.start && (i + 1 === rowCells.length || offset < rowCells[i + 1].start));
	return column === -1 ? null : cleanCell(header[column].value);
}
/**
* True when the number at `start`..`end` fills its table cell alone under a header that names neither an address
* nor a postcode (`id`, `amount`, `qty`, `Kundennr`): a table's value, not a postcode.
*/
function isOtherColumnNumber(text, start, end) {
	let open = start;
	while (open > 0 && start - open < 3 && /[ \t"']/.test(text[open - 1])) open--;
	if (open > 0 && !/[\n,;|\t]/.test(text[open - 1])) return false;
	if (!/^[ \t"']{0,3}(?:$|[\r\n,;|\t])/.test(text.slice(end, end + 4))) return false;
	const header = headerCellOver(text, start);
	return header !== null && header !== "" && !isAddressField(header) && !POSTCODE_FIELD.test(header);
}
/**
* True when the word at `start`..`end` is a whole cell of a table's header row (`id,customer,address`, `| Kunde |
* Adresse |`): it names the column, whose cells the frames read (address-frames.ts); it introduces no address on
* the line after it, which is the first row's id and name.
*/
function isHeaderCellWord(text, start, end) {
	const line = lineBounds(text, start);
	const lineText = text.slice(line.start, line.end);
	if (lineText.length > 400 || line.end >= text.length) return false;
	const sep = separatorOf(lineText);
	if (sep === "") return false;
	const header = tableCells(lineText, sep);
	const own = header.find((c) => cleanCell(c.value) !== "" && line.start + c.start <= start && end <= line.start + c.start + c.value.length);
	if (!own || cleanCell(own.value).length > end - start + 12 || header.length < 2 || !header.every((c) => cleanCell(c.value) === "" || isLabel(c.value))) return false;
	const next = lineBounds(text, line.end + 1);
	const nextText = text.slice(next.start, next.end);
	return nextText.length <= 400 && tableCells(nextText, sep).length === header.length;
}
var POSTCODE_FIELD, MAX_ROWS, isLabel;
var init_address_table_cells = __esmMin((() => {
	init_address_frames();
	init_table_cells();
	POSTCODE_FIELD = /(?:^|[_ -])(?:zip(?:[_ -]?code)?|post(?:al)?[_ -]?code|postcode|postleitzahl|plz|npa|code[_ -]?postal|cp|cap|cep|pin(?:[_ -]?code)?|postnummer|postnr|postinumero|irsz|ir[aá]ny[ií]t[oó]sz[aá]m|ps[čc]|kod(?:[_ -]?pocztowy)?|c[oó]digo[_ -]?postal|postcodes?|eircode|индекс|почтовый[_ -]индекс)$/iu;
	MAX_ROWS = 50;
	isLabel = (cell) => /^[\p{L}_#][\p{L}\p{M}_ .#/()-]{0,28}\p{Nd}?$/u.test(cleanCell(cell));
}));
// src/core/redaction/rules/address-blocks.ts
/** Address ranges in one region of text. */
function* blocksIn(text, from, to) {
	const segs = [...segments$1(text, from, to)];
	const numbered = segs.map((seg) => NUMBERED.test(text.slice(seg.start, seg.end)));
	let lastNumbered = -10;
	for (let i = 0; i < segs.length; i++) {
		if (numbered[i]) lastNumbered = i;
		if (numbered[i] || i - lastNumbered <= 3 || numbered[i + 1]) classifyOnce$1(text, segs[i]);
	}
	for (let i = 0; i < segs.length; i++) {
		const first = segs[i];
		let startAt;
		let strong = false;
		let last = i;
		const next = segs[i + 1];
		if (first.streetName && next?.house && !next.cut && !tableValue(text, next)) {
			startAt = first.streetName.from;
			strong = first.streetName.strong;
			last = i + 1;
		} else if (!first.street && first.poBox === void 0 && (first.house || first.houseTail !== void 0) && !tableValue(text, first) && next?.streetName && (next.streetName.strong || first.houseWord && next.streetName.typed) && !next.cut && !next.newline) {
			startAt = first.house ? first.start : first.houseTail;
			strong = true;
			last = i + 1;
		} else if (first.streetName?.strong && next?.postal && next.postal.from === next.start && !next.cut && !first.street) {
			startAt = first.streetName.from;
			strong = true;
		} else if (first.street) {
			startAt = first.street.from;
			strong = first.street.strong;
		} else if (first.poBox !== void 0) startAt = first.poBox;
		else continue;
		let end = segs[last].end;
		let postal = false;
		let townLines = 0;
		for (let j = last + 1; j < segs.length && j <= last + 4; j++) {
			const seg = segs[j];
			if (seg.cut) break;
			if (seg.postal && (seg.postal.from === seg.start || !seg.town) && (!seg.postal.afterTownOnly || j > last + 1)) {
				postal = true;
				end = seg.postal.to;
				const after = segs[j + 1];
				if (after?.town && !after.newline && !after.cut) end = after.end;
				break;
			}
			if (!seg.town && !isUnitSegment(text.slice(seg.start, seg.end))) break;
			if (seg.newline) townLines++;
		}
		const numberFirst = /^\d/.test(text.slice(startAt, startAt + 1));
		const townPair = !postal && numberFirst && townLines === 1 && townPairLine(text, segs, last);
		if (!postal && !strong && !(townLines >= 2 && numberFirst) && !townPair) continue;
		if (!postal) {
			const unit = (seg) => !seg.newline && isUnitSegment(text.slice(seg.start, seg.end));
			const run = segs.slice(last + 1, last + 3);
			const sameLineTowns = strong && run.some((seg) => seg.town) && run.every((seg) => (seg.town || unit(seg)) && !seg.cut) && lineEndsAt(text, run[run.length - 1].end);
			const townLine = (k) => (segs[k].town || sameLineTowns && unit(segs[k])) && !segs[k].cut && (segs[k].newline || (sameLineTowns || townPair) && k <= last + 2);
			for (let k = last + 1; k < segs.length && k <= last + 3 && townLine(k); k++) end = segs[k].end;
		}
		yield {
			start: startAt,
			end: Math.max(end, segs[last].end) === end ? end : segs[last].end
		};
		while (i + 1 < segs.length && segs[i + 1].start < end) i++;
	}
}
function classifyOnce$1(text, seg) {
	const raw = text.slice(seg.start, seg.end);
	let found = classified.get(raw);
	if (found === void 0) {
		found = {
			start: 0,
			end: raw.length,
			newline: false,
			cut: false
		};
		classify$1(raw, found);
		if (classified.size >= CLASSIFIED_KEPT) classified.clear();
		classified.set(raw, found);
	}
	const at = seg.start;
	seg.end = at + found.end;
	if (found.street) seg.street = {
		...found.street,
		from: at + found.street.from
	};
	if (found.streetName) seg.streetName = {
		...found.streetName,
		from: at + found.streetName.from
	};
	if (found.house !== void 0) seg.house = found.house;
	if (found.houseTail !== void 0) seg.houseTail = at + found.houseTail;
	if (found.houseWord !== void 0) seg.houseWord = found.houseWord;
	if (found.poBox !== void 0) seg.poBox = at + found.poBox;
	if (found.postal) seg.postal = {
		...found.postal,
		from: at + found.postal.from,
		to: at + found.postal.to
	};
	if (found.town !== void 0) seg.town = found.town;
}
/** The line after the street holds two town segments and nothing else: `Kelburn, Wellington City`. */
function townPairLine(text, segs, last) {
	const [a, b, c] = [
		segs[last + 1],
		segs[last + 2],
		segs[last + 3]
	];
	if (!a?.newline || !a.town || a.cut || !b?.town || b.newline || b.cut) return false;
	return (c === void 0 || c.newline || c.cut) && lineEndsAt(text, b.end);
}
/** Round 16: a number filling a table cell under an `id` or `total` header (address-table-cells.ts) is no house number. */
function tableValue(text, seg) {
	const value = text.slice(seg.start, seg.end);
	const start = seg.start + value.search(/\S|$/);
	return /^\s*\p{Nd}+\s*$/u.test(value) && isOtherColumnNumber(text, start, start + value.trim().length);
}
/** Whether only sentence punctuation, a closing quote or bracket, or nothing stands between `at` and the line end. */
function lineEndsAt(text, at) {
	return /^[ \t.!?"'`)\];]{0,5}(?:\r?\n|$)/.test(text.slice(at, at + 7));
}
/** Address blocks anywhere in the text, one paragraph at a time so each segment list stays small. */
function* findAddressBlocks(text) {
	try {
		yield* blocksOfText(text);
	} finally {
		classified.clear();
	}
}
function* blocksOfText(text) {
	let from = 0;
	while (from < text.length) {
		let to = text.indexOf("\n\n", from);
		if (to === -1) to = text.length;
		while (to - from > 4096) {
			const cutAt = text.slice(from, from + 4096).lastIndexOf("\n");
			const stop = cutAt > 0 ? from + cutAt : from + 4096;
			if (NUMBERED.test(text.slice(from, stop))) yield* blocksIn(text, from, stop);
			from = stop + 1;
		}
		if (NUMBERED.test(text.slice(from, to))) yield* blocksIn(text, from, to);
		from = to + 2;
	}
}
var classified, CLASSIFIED_KEPT;
var init_address_blocks = __esmMin((() => {
	init_address_segments();
	init_address_table_cells();
	classified = /* @__PURE__ */ new Map();
	CLASSIFIED_KEPT = 2048;
}));
// src/core/redaction/rules/address-countries-data.ts
var ADDRESS_COUNTRIES;
var init_address_countries_data = __esmMin((() => {
	ADDRESS_COUNTRIES = {
		AC: [
			"ASCN 1ZZ",
			"",
			"A|C|Z",
			"",
			""
		],
		AD: [
			"AD[1-7]0\\d",
			"",
			"A|ZC",
			"Andorra la Vella~Canillo~Encamp~Escaldes-Engordany~La Massana~Ordino~Parròquia d'Andorra la Vella~Sant Julià de Lòria",
			"ca"
		],
		AE: [
			"",
			"",
			"A|S",
			"Abu Dhabi~Ajman~Dubai~Fujairah~Ras al Khaimah~Sharjah~Umm Al Quwain~أبو ظبي~إمارة الشارقةّ~إمارة دبيّ~إمارة رأس الخيمة~الشارقة~الفجيرة~ام القيوين~دبي~رأس الخيمة~عجمان",
			"ar"
		],
		AF: [
			"\\d{4}",
			"",
			"A|C|Z",
			"",
			""
		],
		AG: [
			"",
			"",
			"A|C",
			"",
			""
		],
		AI: [
			"(?:AI-)?2640",
			"",
			"A|C|Z",
			"",
			""
		],
		AL: [
			"\\d{4}",
			"",
			"A|Z|C",
			"",
			""
		],
		AM: [
			"(?:37)?\\d{4}",
			"",
			"A|Z|C|S",
			"Aragatsotn~Ararat~Armavir~Gegharkunik~Kotayk~Lori~Shirak~Syunik~Tavush~Vayots Dzor~Yerevan~Արագածոտն~Արարատ~Արմավիր~Գեղարքունիք~Երևան~Լոռի~Կոտայք~Շիրակ~Սյունիք~Վայոց ձոր~Տավուշ",
			"hy"
		],
		AO: [
			"",
			"",
			"A|C",
			"",
			""
		],
		AQ: [
			"",
			"",
			"A|C",
			"",
			""
		],
		AR: [
			"((?:[A-HJ-NP-Z])?\\d{4})([A-Z]{3})?",
			"",
			"A|ZC|S",
			"Buenos Aires~Catamarca~Chaco~Chubut~Ciudad Autónoma de Buenos Aires~Corrientes~Córdoba~Entre Ríos~Formosa~Jujuy~La Pampa~La Rioja~Mendoza~Misiones~Neuquén~Río Negro~Salta~San Juan~San Luis~Santa Cruz~Santa Fe~Santiago del Estero~Tierra del Fuego~Tucumán",
			"es"
		],
		AS: [
			"(96799)(?:[ \\-](\\d{4}))?",
			"",
			"A|CSZ",
			"",
			""
		],
		AT: [
			"\\d{4}",
			"",
			"A|ZC",
			"",
			""
		],
		AU: [
			"\\d{4}",
			"",
			"A|CSZ",
			"ACT~Australian Capital Territory~NSW~New South Wales~Northern Territory~QLD~Queensland~South Australia~TAS~Tasmania~VIC~Victoria~Western Australia",
			"en"
		],
		AW: [
			"",
			"",
			"A|C",
			"",
			""
		],
		AX: [
			"22\\d{3}",
			"AX-",
			"A|ZC",
			"",
			""
		],
		AZ: [
			"\\d{4}",
			"AZ ",
			"A|ZC",
			"",
			""
		],
		BA: [
			"\\d{5}",
			"",
			"A|ZC",
			"",
			""
		],
		BB: [
			"BB\\d{5}",
			"",
			"A|CSZ",
			"",
			""
		],
		BD: [
			"\\d{4}",
			"",
			"A|CZ",
			"",
			""
		],
		BE: [
			"\\d{4}",
			"",
			"A|ZC",
			"",
			""
		],
		BF: [
			"",
			"",
			"A|C",
			"",
			""
		],
		BG: [
			"\\d{4}",
			"",
			"A|ZC",
			"",
			""
		],
		BH: [
			"(?:\\d|1[0-2])\\d{2}",
			"",
			"A|CZ",
			"",
			""
		],
		BI: [
			"",
			"",
			"A|C",
			"",
			""
		],
		BJ: [
			"",
			"",
			"A|C",
			"",
			""
		],
		BL: [
			"9[78][01]\\d{2}",
			"",
			"A|ZC",
			"",
			""
		],
		BM: [
			"[A-Z]{2} ?[A-Z0-9]{2}",
			"",
			"A|CZ",
			"",
			""
		],
		BN: [
			"[A-Z]{2} ?\\d{4}",
			"",
			"A|CZ",
			"",
			""
		],
		BO: [
			"",
			"",
			"A|C",
			"",
			""
		],
		BQ: [
			"",
			"",
			"A|C",
			"",
			""
		],
		BR: [
			"\\d{5}-?\\d{3}",
			"",
			"A|D|CS|Z",
			"Acre~Alagoas~Amapá~Amazonas~Bahia~Ceará~Distrito Federal~Espírito Santo~Goiás~Maranhão~Mato Grosso~Mato Grosso do Sul~Minas Gerais~Paraná~Paraíba~Pará~Pernambuco~Piauí~Rio Grande do Norte~Rio Grande do Sul~Rio de Janeiro~Rondônia~Roraima~Santa Catarina~Sergipe~São Paulo~Tocantins",
			"pt"
		],
		BS: [
			"",
			"",
			"A|CS",
			"Abaco~Abaco Islands~Acklins~Andros~Andros Island~Berry Islands~Bimini~Cat Island~Crooked Island~Eleuthera~Exuma~Exuma and Cays~Grand Bahama~Harbour Island~Inagua~Long Island~Mayaguana~New Providence~Ragged Island~Rum Cay~San Salvador~Spanish Wells",
			"en"
		],
		BT: [
			"\\d{5}",
			"",
			"A|CZ",
			"",
			""
		],
		BV: [
			"",
			"",
			"A|C",
			"",
			""
		],
		BW: [
			"",
			"",
			"A|C",
			"",
			""
		],
		BY: [
			"\\d{6}",
			"",
			"S|ZC|A",
			"",
			""
		],
		BZ: [
			"",
			"",
			"A|C",
			"",
			""
		],
		CA: [
			"[ABCEGHJKLMNPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d",
			"",
			"A|CSZ",
			"Alberta~British Columbia~Manitoba~New Brunswick~Newfoundland and Labrador~Northwest Territories~Nova Scotia~Nunavut~Ontario~Prince Edward Island~Quebec~Saskatchewan~Yukon",
			"en~fr"
		],
		CC: [
			"6799",
			"",
			"A|CSZ",
			"",
			""
		],
		CD: [
			"",
			"",
			"A|C",
			"",
			""
		],
		CF: [
			"",
			"",
			"A|C",
			"",
			""
		],
		CG: [
			"",
			"",
			"A|C",
			"",
			""
		],
		CH: [
			"\\d{4}",
			"CH-",
			"A|ZC",
			"",
			""
		],
		CI: [
			"",
			"",
			"AC",
			"",
			""
		],
		CK: [
			"",
			"",
			"A|C",
			"",
			""
		],
		CL: [
			"\\d{7}",
			"",
			"A|ZC|S",
			"Antofagasta~Araucanía~Arica y Parinacota~Atacama~Aysén~Aysén del General Carlos Ibáñez del Campo~Biobío~Coquimbo~Libertador General Bernardo O'Higgins~Los Lagos~Los Ríos~Magallanes~Magallanes y de la Antártica Chilena~Maule~Metropolitana de Santiago~O'Higgins~Región Metropolitana~Tarapacá~Valparaíso",
			"es"
		],
		CM: [
			"",
			"",
			"A|C",
			"",
			""
		],
		CN: [
			"\\d{6}",
			"",
			"Z|SCD|A",
			"Anhui Sheng~Beijing Shi~Chongqing Shi~Fujian Sheng~Gansu Sheng~Guangdong Sheng~Guangxi Zhuangzuzizhiqu~Guizhou Sheng~Hainan Sheng~Hebei Sheng~Heilongjiang Sheng~Henan Sheng~Hong Kong~Hubei Sheng~Hunan Sheng~Jiangsu Sheng~Jiangxi Sheng~Jilin Sheng~Liaoning Sheng~Macau~Neimenggu Zizhiqu~Ningxia Huizuzizhiqu~Qinghai Sheng~Shaanxi Sheng~Shandong Sheng~Shanghai Shi~Shanxi Sheng~Sichuan Sheng~Taiwan~Tianjin Shi~Xinjiang Weiwuerzizhiqu~Xizang Zizhiqu~Yunnan Sheng~Zhejiang Sheng~上海市~云南省~内蒙古~内蒙古自治区~北京市~台湾~吉林省~四川省~天津市~宁夏~宁夏回族自治区~安徽省~山东省~山西省~广东省~广西~广西壮族自治区~新疆~新疆维吾尔自治区~江苏省~江西省~河北省~河南省~浙江省~海南省~湖北省~湖南省~澳门~甘肃省~福建省~西藏~西藏自治区~贵州省~辽宁省~重庆市~陕西省~青海省~香港~黑龙江省",
			"zh"
		],
		CO: [
			"\\d{6}",
			"",
			"A|CSZ",
			"",
			""
		],
		CR: [
			"\\d{4,5}|\\d{3}-\\d{4}",
			"",
			"A|SC|Z",
			"",
			""
		],
		CU: [
			"\\d{5}",
			"",
			"A|CS|Z",
			"Artemisa~Camagüey~Ciego de Ávila~Cienfuegos~Granma~Guantánamo~Holguín~Isla de la Juventud~La Habana~Las Tunas~Matanzas~Mayabeque~Pinar del Río~Sancti Spíritus~Santiago de Cuba~Villa Clara",
			"es"
		],
		CV: [
			"\\d{4}",
			"",
			"A|ZC|S",
			"Boa Vista~Brava~Fogo~Maio~Sal~Santiago~Santo Antão~São Nicolau~São Vicente",
			"pt"
		],
		CW: [
			"",
			"",
			"A|C",
			"",
			""
		],
		CX: [
			"6798",
			"",
			"A|CSZ",
			"",
			""
		],
		CY: [
			"\\d{4}",
			"",
			"A|ZC",
			"",
			""
		],
		CZ: [
			"\\d{3} ?\\d{2}",
			"",
			"A|ZC",
			"",
			""
		],
		DE: [
			"\\d{5}",
			"",
			"A|ZC",
			"",
			""
		],
		DJ: [
			"",
			"",
			"A|C",
			"",
			""
		],
		DK: [
			"\\d{4}",
			"",
			"A|ZC",
			"",
			""
		],
		DM: [
			"",
			"",
			"A|C",
			"",
			""
		],
		DO: [
			"\\d{5}",
			"",
			"A|ZC",
			"",
			""
		],
		DZ: [
			"\\d{5}",
			"",
			"A|ZC",
			"",
			""
		],
		EC: [
			"\\d{6}",
			"",
			"A|Z|C",
			"",
			""
		],
		EE: [
			"\\d{5}",
			"",
			"A|ZC",
			"",
			""
		],
		EG: [
			"\\d{5}",
			"",
			"A|C|S|Z",
			"Alexandria Governorate~Ash Sharqia Governorate~Aswan Governorate~Asyut Governorate~Beni Suef Governorate~Cairo Governorate~Dakahlia Governorate~Damietta Governorate~El Beheira Governorate~Faiyum Governorate~Gharbia Governorate~Giza Governorate~Ismailia Governorate~Kafr El Sheikh Governorate~Luxor Governorate~Matrouh Governorate~Menia Governorate~Menofia Governorate~New Valley Governorate~North Sinai Governorate~Port Said Governorate~Qalyubia Governorate~Qena Governorate~Red Sea Governorate~Sohag Governorate~South Sinai Governorate~Suez Governorate~أسوان~أسيوط~الأقصر~الإسكندرية~الإسماعيلية~البحر الأحمر~البحيرة~الجيزة~الدقهلية~السويس~الشرقية~الغربية~الفيوم~القاهرة~القليوبية~المنوفية~المنيا~الوادي الجديد~بني سويف~بورسعيد~جنوب سيناء~دمياط~سوهاج~شمال سيناء~قنا~كفر الشيخ~مطروح",
			"ar"
		],
		EH: [
			"\\d{5}",
			"",
			"A|ZC",
			"",
			""
		],
		ER: [
			"",
			"",
			"A|C",
			"",
			""
		],
		ES: [
			"\\d{5}",
			"",
			"A|ZCS",
			"Albacete~Alicante~Almería~Asturias~Badajoz~Barcelona~Burgos~Cantabria~Castellón~Ceuta~Ciudad Real~Cuenca~Cáceres~Cádiz~Córdoba~Girona~Granada~Guadalajara~Guipúzcoa~Huelva~Huesca~Islas Baleares~Jaén~La Coruña~La Rioja~Las Palmas~León~Lugo~Lérida~Madrid~Melilla~Murcia~Málaga~Navarra~Ourense~Palencia~Pontevedra~Salamanca~Santa Cruz de Tenerife~Segovia~Sevilla~Soria~Tarragona~Teruel~Toledo~Valencia~Valladolid~Vizcaya~Zamora~Zaragoza~Álava~Ávila",
			"es~ca~gl~eu"
		],
		ET: [
			"\\d{4}",
			"",
			"A|ZC",
			"",
			""
		],
		FI: [
			"\\d{5}",
			"FI-",
			"A|ZC",
			"",
			""
		],
		FJ: [
			"",
			"",
			"A|C",
			"",
			""
		],
		FK: [
			"FIQQ 1ZZ",
			"",
			"A|C|Z",
			"",
			""
		],
		FM: [
			"(9694[1-4])(?:[ \\-](\\d{4}))?",
			"",
			"A|CSZ",
			"",
			""
		],
		FO: [
			"\\d{3}",
			"FO",
			"A|ZC",
			"",
			""
		],
		FR: [
			"\\d{2} ?\\d{3}",
			"",
			"A|ZC",
			"",
			""
		],
		GA: [
			"",
			"",
			"A|C",
			"",
			""
		],
		GB: [
			"GIR ?0AA|(?:(?:AB|AL|B|BA|BB|BD|BF|BH|BL|BN|BR|BS|BT|BX|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|E|EC|EH|EN|EX|FK|FY|G|GL|GY|GU|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|L|LA|LD|LE|LL|LN|LS|LU|M|ME|MK|ML|N|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE)(?:\\d[\\dA-Z]? ?\\d[ABD-HJLN-UW-Z]{2}))|BFPO ?\\d{1,4}",
			"",
			"A|C|Z",
			"",
			""
		],
		GD: [
			"",
			"",
			"A|C",
			"",
			""
		],
		GE: [
			"\\d{4}",
			"",
			"A|ZC",
			"",
			""
		],
		GF: [
			"9[78]3\\d{2}",
			"",
			"A|ZC",
			"",
			""
		],
		GG: [
			"GY\\d[\\dA-Z]? ?\\d[ABD-HJLN-UW-Z]{2}",
			"",
			"A|C|Z",
			"",
			""
		],
		GH: [
			"",
			"",
			"A|C",
			"",
			""
		],
		GI: [
			"GX11 1AA",
			"",
			"A|Z",
			"",
			""
		],
		GL: [
			"39\\d{2}",
			"",
			"A|ZC",
			"",
			""
		],
		GM: [
			"",
			"",
			"A|C",
			"",
			""
		],
		GN: [
			"\\d{3}",
			"",
			"ZAC",
			"",
			""
		],
		GP: [
			"9[78][01]\\d{2}",
			"",
			"A|ZC",
			"",
			""
		],
		GQ: [
			"",
			"",
			"A|C",
			"",
			""
		],
		GR: [
			"\\d{3} ?\\d{2}",
			"",
			"A|ZC",
			"",
			""
		],
		GS: [
			"SIQQ 1ZZ",
			"",
			"A|C|Z",
			"",
			""
		],
		GT: [
			"\\d{5}",
			"",
			"A|ZC",
			"",
			""
		],
		GU: [
			"(969(?:[12]\\d|3[12]))(?:[ \\-](\\d{4}))?",
			"",
			"A|CZ",
			"",
			""
		],
		GW: [
			"\\d{4}",
			"",
			"A|ZC",
			"",
			""
		],
		GY: [
			"",
			"",
			"A|C",
			"",
			""
		],
		HK: [
			"",
			"",
			"S|C|A",
			"Hong Kong Island~Kowloon~New Territories~九龍~新界~香港島",
			"zh-Hant~en"
		],
		HM: [
			"\\d{4}",
			"",
			"A|CSZ",
			"",
			""
		],
		HN: [
			"\\d{5}",
			"",
			"A|CS|Z",
			"",
			""
		],
		HR: [
			"\\d{5}",
			"HR-",
			"A|ZC",
			"",
			""
		],
		HT: [
			"\\d{4}",
			"HT",
			"A|ZC",
			"",
			""
		],
		HU: [
			"\\d{4}",
			"",
			"C|A|Z",
			"",
			""
		],
		ID: [
			"\\d{5}",
			"",
			"A|C|SZ",
			"Aceh~Bali~Banten~Bengkulu~DKI Jakarta~Daerah Istimewa Yogyakarta~Gorontalo~Jambi~Jawa Barat~Jawa Tengah~Jawa Timur~Kalimantan Barat~Kalimantan Selatan~Kalimantan Tengah~Kalimantan Timur~Kalimantan Utara~Kepulauan Bangka Belitung~Kepulauan Riau~Lampung~Maluku~Maluku Utara~Nusa Tenggara Barat~Nusa Tenggara Timur~Papua~Papua Barat~Riau~Sulawesi Barat~Sulawesi Selatan~Sulawesi Tengah~Sulawesi Tenggara~Sulawesi Utara~Sumatera Barat~Sumatera Selatan~Sumatera Utara",
			"id"
		],
		IE: [
			"[\\dA-Z]{3} ?[\\dA-Z]{4}",
			"",
			"A|D|C|SZ",
			"Co. Carlow~Co. Cavan~Co. Clare~Co. Cork~Co. Donegal~Co. Dublin~Co. Galway~Co. Kerry~Co. Kildare~Co. Kilkenny~Co. Laois~Co. Leitrim~Co. Limerick~Co. Longford~Co. Louth~Co. Mayo~Co. Meath~Co. Monaghan~Co. Offaly~Co. Roscommon~Co. Sligo~Co. Tipperary~Co. Waterford~Co. Westmeath~Co. Wexford~Co. Wicklow",
			"en"
		],
		IL: [
			"\\d{5}(?:\\d{2})?",
			"",
			"A|CZ",
			"",
			""
		],
		IM: [
			"IM\\d[\\dA-Z]? ?\\d[ABD-HJLN-UW-Z]{2}",
			"",
			"A|C|Z",
			"",
			""
		],
		IN: [
			"\\d{6}",
			"",
			"A|CZ|S",
			"Andaman & Nicobar~Andaman and Nicobar Islands~Andhra Pradesh~Arunachal Pradesh~Assam~Bihar~Chandigarh~Chhattisgarh~Dadra & Nagar Haveli~Dadra and Nagar Haveli~Daman & Diu~Daman and Diu~Delhi~Goa~Gujarat~Haryana~Himachal Pradesh~Jammu & Kashmir~Jammu and Kashmir~Jharkhand~Karnataka~Kerala~Lakshadweep~Madhya Pradesh~Maharashtra~Manipur~Meghalaya~Mizoram~Nagaland~Odisha~Puducherry~Punjab~Rajasthan~Sikkim~Tamil Nadu~Telangana~Tripura~Uttar Pradesh~Uttarakhand~West Bengal",
			"en~hi"
		],
		IO: [
			"BBND 1ZZ",
			"",
			"A|C|Z",
			"",
			""
		],
		IQ: [
			"\\d{5}",
			"",
			"A|CS|Z",
			"",
			""
		],
		IR: [
			"\\d{5}-?\\d{5}",
			"",
			"S|CD|A|Z",
			"Alborz Province~Ardabil Province~Bushehr Province~Chaharmahal and Bakhtiari Province~East Azerbaijan Province~Fars Province~Gilan Province~Golestan Province~Hamadan Province~Hormozgan Province~Ilam Province~Isfahan Province~Kerman Province~Kermanshah Province~Khuzestan Province~Kohgiluyeh and Boyer-Ahmad Province~Kurdistan Province~Lorestan Province~Markazi Province~Mazandaran Province~North Khorasan Province~Qazvin Province~Qom Province~Razavi Khorasan Province~Semnan Province~Sistan and Baluchestan Province~South Khorasan Province~Tehran Province~West Azerbaijan Province~Yazd Province~Zanjan Province~استان آذربایجان شرقی~استان آذربایجان غربی~استان اردبیل~استان اصفهان~استان البرز~استان ایلام~استان بوشهر~استان تهران~استان خراسان جنوبی~استان خراسان رضوی~استان خراسان شمالی~استان خوزستان~استان زنجان~استان سمنان~استان سیستان و بلوچستان~استان فارس~استان قزوین~استان قم~استان لرستان~استان مازندران~استان مرکزی~استان هرمزگان~استان همدان~استان چهارمحال و بختیاری~استان کردستان~استان کرمان~استان کرمانشاه~استان کهگیلویه و بویراحمد~استان گلستان~استان گیلان~استان یزد",
			"fa"
		],
		IS: [
			"\\d{3}",
			"",
			"A|ZC",
			"",
			""
		],
		IT: [
			"\\d{5}",
			"",
			"A|ZCS",
			"Agrigento~Alessandria~Ancona~Aosta~Arezzo~Ascoli Piceno~Asti~Avellino~Bari~Barletta-Andria-Trani~Belluno~Benevento~Bergamo~Biella~Bologna~Bolzano~Brescia~Brindisi~Cagliari~Caltanissetta~Campobasso~Carbonia-Iglesias~Caserta~Catania~Catanzaro~Chieti~Como~Cosenza~Cremona~Crotone~Cuneo~Enna~Fermo~Ferrara~Firenze~Foggia~Forlì-Cesena~Frosinone~Genova~Gorizia~Grosseto~Imperia~Isernia~L'Aquila~La Spezia~Latina~Lecce~Lecco~Livorno~Lodi~Lucca~Macerata~Mantova~Massa-Carrara~Matera~Medio Campidano~Messina~Milano~Modena~Monza e Brianza~Napoli~Novara~Nuoro~Ogliastra~Olbia-Tempio~Oristano~Padova~Palermo~Parma~Pavia~Perugia~Pesaro e Urbino~Pescara~Piacenza~Pisa~Pistoia~Pordenone~Potenza~Prato~Ragusa~Ravenna~Reggio Calabria~Reggio Emilia~Rieti~Rimini~Roma~Rovigo~Salerno~Sassari~Savona~Siena~Siracusa~Sondrio~Taranto~Teramo~Terni~Torino~Trapani~Trento~Treviso~Trieste~Udine~Varese~Venezia~Verbano-Cusio-Ossola~Vercelli~Verona~Vibo Valentia~Vicenza~Viterbo",
			"it"
		],
		JE: [
			"JE\\d[\\dA-Z]? ?\\d[ABD-HJLN-UW-Z]{2}",
			"",
			"A|C|Z",
			"",
			""
		],
		JM: [
			"",
			"",
			"A|C|S",
			"Clarendon~Hanover~Kingston~Manchester~Portland~St. Andrew~St. Ann~St. Catherine~St. Elizabeth~St. James~St. Mary~St. Thomas~Trelawny~Westmoreland",
			"en"
		],
		JO: [
			"\\d{5}",
			"",
			"A|CZ",
			"",
			""
		],
		JP: [
			"\\d{3}-?\\d{4}",
			"",
			"Z|S|A",
			"Aichi~Akita~Aomori~Chiba~Ehime~Fukui~Fukuoka~Fukushima~Gifu~Gunma~Hiroshima~Hokkaido~Hyogo~Ibaraki~Ishikawa~Iwate~Kagawa~Kagoshima~Kanagawa~Kochi~Kumamoto~Kyoto~Mie~Miyagi~Miyazaki~Nagano~Nagasaki~Nara~Niigata~Oita~Okayama~Okinawa~Osaka~Saga~Saitama~Shiga~Shimane~Shizuoka~Tochigi~Tokushima~Tokyo~Tottori~Toyama~Wakayama~Yamagata~Yamaguchi~Yamanashi~三重県~京都府~佐賀県~兵庫県~北海道~千葉県~和歌山県~埼玉県~大分県~大阪府~奈良県~宮城県~宮崎県~富山県~山口県~山形県~山梨県~岐阜県~岡山県~岩手県~島根県~広島県~徳島県~愛媛県~愛知県~新潟県~東京都~栃木県~沖縄県~滋賀県~熊本県~石川県~神奈川県~福井県~福岡県~福島県~秋田県~群馬県~茨城県~長崎県~長野県~青森県~静岡県~香川県~高知県~鳥取県~鹿児島県",
			"ja"
		],
		KE: [
			"\\d{5}",
			"",
			"A|C|Z",
			"",
			""
		],
		KG: [
			"\\d{6}",
			"",
			"A|ZC",
			"",
			""
		],
		KH: [
			"\\d{5}",
			"",
			"A|CZ",
			"",
			""
		],
		KI: [
			"",
			"",
			"A|S|C",
			"",
			""
		],
		KM: [
			"",
			"",
			"A|C",
			"",
			""
		],
		KN: [
			"",
			"",
			"A|CS",
			"Nevis~St. Kitts",
			"en"
		],
		KP: [
			"",
			"",
			"Z|S|C|A",
			"Chagang~Kangwon~North Hamgyong~North Hwanghae~North Pyongan~Pyongyang~Rason~Ryanggang~South Hamgyong~South Hwanghae~South Pyongan~강원도~라선 특별시~량강도~자강도~평안 남도~평안 북도~평양 직할시~함경 남도~함경 북도~황해남도~황해북도",
			"ko"
		],
		KR: [
			"\\d{5}",
			"",
			"SCD|A|Z",
			"Busan~Chungcheongbuk-do~Chungcheongnam-do~Daegu~Daejeon~Gangwon-do~Gwangju~Gyeonggi-do~Gyeongsangbuk-do~Gyeongsangnam-do~Incheon~Jeju-do~Jeollabuk-do~Jeollanam-do~Sejong~Seoul~Ulsan~강원~강원도~경기~경기도~경남~경북~경상남도~경상북도~광주~광주광역시~대구~대구광역시~대전~대전광역시~부산~부산광역시~서울~서울특별시~세종~세종특별자치시~울산~울산광역시~인천~인천광역시~전남~전라남도~전라북도~전북~제주~제주특별자치도~충남~충북~충청남도~충청북도",
			"ko"
		],
		KW: [
			"\\d{5}",
			"",
			"A|ZC",
			"",
			""
		],
		KY: [
			"KY\\d-\\d{4}",
			"",
			"A|SZ",
			"Cayman Brac~Grand Cayman~Little Cayman",
			"en"
		],
		KZ: [
			"\\d{6}",
			"",
			"Z|S|C|A",
			"",
			""
		],
		LA: [
			"\\d{5}",
			"",
			"A|ZC",
			"",
			""
		],
		LB: [
			"(?:\\d{4})(?: ?(?:\\d{4}))?",
			"",
			"A|CZ",
			"",
			""
		],
		LC: [
			"",
			"",
			"A|C",
			"",
			""
		],
		LI: [
			"948[5-9]|949[0-8]",
			"FL-",
			"A|ZC",
			"",
			""
		],
		LK: [
			"\\d{5}",
			"",
			"A|C|Z",
			"",
			""
		],
		LR: [
			"\\d{4}",
			"",
			"A|ZC",
			"",
			""
		],
		LS: [
			"\\d{3}",
			"",
			"A|CZ",
			"",
			""
		],
		LT: [
			"\\d{5}",
			"LT-",
			"A|ZC",
			"",
			""
		],
		LU: [
			"\\d{4}",
			"L-",
			"A|ZC",
			"",
			""
		],
		LV: [
			"LV-\\d{4}",
			"",
			"A|CZ",
			"",
			""
		],
		LY: [
			"",
			"",
			"A|C",
			"",
			""
		],
		MA: [
			"\\d{5}",
			"",
			"A|ZC",
			"",
			""
		],
		MC: [
			"980\\d{2}",
			"MC-",
			"A|ZC",
			"",
			""
		],
		MD: [
			"\\d{4}",
			"MD-",
			"A|ZC",
			"",
			""
		],
		ME: [
			"8\\d{4}",
			"",
			"A|ZC",
			"",
			""
		],
		MF: [
			"9[78][01]\\d{2}",
			"",
			"A|ZC",
			"",
			""
		],
		MG: [
			"\\d{3}",
			"",
			"A|ZC",
			"",
			""
		],
		MH: [
			"(969[67]\\d)(?:[ \\-](\\d{4}))?",
			"",
			"A|CSZ",
			"",
			""
		],
		MK: [
			"\\d{4}",
			"",
			"A|ZC",
			"",
			""
		],
		ML: [
			"",
			"",
			"A|C",
			"",
			""
		],
		MM: [
			"\\d{5}",
			"",
			"A|CZ",
			"",
			""
		],
		MN: [
			"\\d{5}",
			"",
			"A|C|SZ",
			"",
			""
		],
		MO: [
			"",
			"",
			"A",
			"",
			""
		],
		MP: [
			"(9695[012])(?:[ \\-](\\d{4}))?",
			"",
			"A|CSZ",
			"",
			""
		],
		MQ: [
			"9[78]2\\d{2}",
			"",
			"A|ZC",
			"",
			""
		],
		MR: [
			"",
			"",
			"A|C",
			"",
			""
		],
		MS: [
			"",
			"",
			"A|C",
			"",
			""
		],
		MT: [
			"[A-Z]{3} ?\\d{2,4}",
			"",
			"A|CZ",
			"",
			""
		],
		MU: [
			"\\d{3}(?:\\d{2}|[A-Z]{2}\\d{3})",
			"",
			"A|Z|C",
			"",
			""
		],
		MV: [
			"\\d{5}",
			"",
			"A|CZ",
			"",
			""
		],
		MW: [
			"",
			"",
			"A|C",
			"",
			""
		],
		MX: [
			"\\d{5}",
			"",
			"A|D|ZCS",
			"Ags.~Aguascalientes~B.C.S.~Baja California~Baja California Sur~CDMX~Camp.~Campeche~Chiapas~Chih.~Chihuahua~Chis.~Ciudad de México~Coah.~Coahuila de Zaragoza~Col.~Colima~Dgo.~Durango~Estado de México~Gro.~Gto.~Guanajuato~Guerrero~Hgo.~Hidalgo~Jal.~Jalisco~Mich.~Michoacán~Mor.~Morelos~Méx.~Nay.~Nayarit~Nuevo León~Oax.~Oaxaca~Pue.~Puebla~Qro.~Querétaro~Quintana Roo~S.L.P.~San Luis Potosí~Sin.~Sinaloa~Son.~Sonora~Tab.~Tabasco~Tamaulipas~Tamps.~Tlax.~Tlaxcala~Ver.~Veracruz~Yuc.~Yucatán~Zac.~Zacatecas",
			"es"
		],
		MY: [
			"\\d{5}",
			"",
			"A|D|ZC|S",
			"Johor~Kedah~Kelantan~Kuala Lumpur~Labuan~Melaka~Negeri Sembilan~Pahang~Perak~Perlis~Pulau Pinang~Putrajaya~Sabah~Sarawak~Selangor~Terengganu",
			"ms"
		],
		MZ: [
			"\\d{4}",
			"",
			"A|ZCS",
			"Cabo Delgado~Cidade de Maputo~Gaza~Inhambane~Manica~Maputo~Nampula~Niassa~Sofala~Tete~Zambezia",
			"pt"
		],
		NA: [
			"\\d{5}",
			"",
			"A|CZ",
			"",
			""
		],
		NC: [
			"988\\d{2}",
			"",
			"A|ZC",
			"",
			""
		],
		NE: [
			"\\d{4}",
			"",
			"A|ZC",
			"",
			""
		],
		NF: [
			"2899",
			"",
			"A|CSZ",
			"",
			""
		],
		NG: [
			"\\d{6}",
			"",
			"A|D|CZ|S",
			"Abia~Adamawa~Akwa Ibom~Anambra~Bauchi~Bayelsa~Benue~Borno~Cross River~Delta~Ebonyi~Edo~Ekiti~Enugu~Federal Capital Territory~Gombe~Imo~Jigawa~Kaduna~Kano~Katsina~Kebbi~Kogi~Kwara~Lagos~Nasarawa~Niger~Ogun State~Ondo~Osun~Oyo~Plateau~Rivers~Sokoto~Taraba~Yobe~Zamfara",
			"en"
		],
		NI: [
			"\\d{5}",
			"",
			"A|Z|CS",
			"Boaco~Carazo~Chinandega~Chontales~Estelí~Granada~Jinotega~León~Madriz~Managua~Masaya~Matagalpa~Nueva Segovia~Región Autónoma de la Costa Caribe Norte~Región Autónoma de la Costa Caribe Sur~Rivas~Río San Juan",
			"es"
		],
		NL: [
			"\\d{4} ?[A-Z]{2}",
			"",
			"A|ZC",
			"",
			""
		],
		NO: [
			"\\d{4}",
			"",
			"A|ZC",
			"",
			""
		],
		NP: [
			"\\d{5}",
			"",
			"A|CZ",
			"",
			""
		],
		NR: [
			"",
			"",
			"A|S",
			"Aiwo District~Anabar District~Anetan District~Anibare District~Baiti District~Boe District~Buada District~Denigomodu District~Ewa District~Ijuw District~Meneng District~Nibok District~Uaboe District~Yaren District",
			"en"
		],
		NU: [
			"",
			"",
			"A|C",
			"",
			""
		],
		NZ: [
			"\\d{4}",
			"",
			"A|D|CZ",
			"",
			""
		],
		OM: [
			"(?:PC )?\\d{3}",
			"",
			"A|Z|C",
			"",
			""
		],
		PA: [
			"",
			"",
			"A|C|S",
			"",
			""
		],
		PE: [
			"(?:LIMA \\d{1,2}|CALLAO 0?\\d)|[0-2]\\d{4}",
			"",
			"A|CZ|S",
			"Amazonas~Apurímac~Arequipa~Ayacucho~Cajamarca~Callao~Cuzco~Gobierno Regional de Lima~Huancavelica~Huánuco~Ica~Junín~La Libertad~Lambayeque~Loreto~Madre de Dios~Moquegua~Municipalidad Metropolitana de Lima~Pasco~Piura~Puno~San Martín~Tacna~Tumbes~Ucayali~Áncash",
			"es"
		],
		PF: [
			"987\\d{2}",
			"",
			"A|ZCS",
			"",
			""
		],
		PG: [
			"\\d{3}",
			"",
			"A|CZS",
			"",
			""
		],
		PH: [
			"\\d{4}",
			"",
			"A|DC|ZS",
			"Abra~Agusan del Norte~Agusan del Sur~Aklan~Albay~Antique~Apayao~Aurora~Basilan~Bataan~Batanes~Batangas~Benguet~Biliran~Bohol~Bukidnon~Bulacan~Cagayan~Camarines Norte~Camarines Sur~Camiguin~Capiz~Catanduanes~Cavite~Cebu~Compostela Valley~Cotabato~Davao Occidental~Davao Oriental~Davao del Norte~Davao del Sur~Dinagat Islands~Eastern Samar~Guimaras~Ifugao~Ilocos Norte~Ilocos Sur~Iloilo~Isabela~Kalinga~La Union~Laguna~Lanao del Norte~Lanao del Sur~Leyte~Maguindanao~Marinduque~Masbate~Metro Manila~Mindoro Occidental~Mindoro Oriental~Misamis Occidental~Misamis Oriental~Mountain Province~Negros Occidental~Negros Oriental~Northern Samar~Nueva Ecija~Nueva Vizcaya~Palawan~Pampanga~Pangasinan~Quezon Province~Quirino~Rizal~Romblon~Samar~Sarangani~Siquijor~Sorsogon~South Cotabato~Southern Leyte~Sultan Kudarat~Sulu~Surigao del Norte~Surigao del Sur~Tarlac~Tawi-Tawi~Zambales~Zamboanga Sibuguey~Zamboanga del Norte~Zamboanga del Sur",
			"en"
		],
		PK: [
			"\\d{5}",
			"",
			"A|CZ",
			"",
			""
		],
		PL: [
			"\\d{2}-\\d{3}",
			"",
			"A|ZC",
			"",
			""
		],
		PM: [
			"9[78]5\\d{2}",
			"",
			"A|ZC",
			"",
			""
		],
		PN: [
			"PCRN 1ZZ",
			"",
			"A|C|Z",
			"",
			""
		],
		PR: [
			"(00[679]\\d{2})(?:[ \\-](\\d{4}))?",
			"PR ",
			"A|CZ",
			"",
			""
		],
		PS: [
			"",
			"",
			"A|C",
			"",
			""
		],
		PT: [
			"\\d{4}-\\d{3}",
			"",
			"A|ZC",
			"",
			""
		],
		PW: [
			"(969(?:39|40))(?:[ \\-](\\d{4}))?",
			"",
			"A|CSZ",
			"",
			""
		],
		PY: [
			"\\d{4}",
			"",
			"A|ZC",
			"",
			""
		],
		QA: [
			"",
			"",
			"A|C",
			"",
			""
		],
		RE: [
			"9[78]4\\d{2}",
			"",
			"A|ZC",
			"",
			""
		],
		RO: [
			"\\d{6}",
			"",
			"A|ZC",
			"",
			""
		],
		RS: [
			"\\d{5,6}",
			"",
			"A|ZC",
			"",
			""
		],
		RU: [
			"\\d{6}",
			"",
			"A|C|S|Z",
			"Altay Republits~Altayskiy kray~Amurskaya oblast'~Arkhangelskaya oblast'~Astrakhanskaya oblast'~Bashkortostan Republits~Belgorodskaya oblast'~Bryanskaya oblast'~Buryatiya Republits~Chechenskaya Republits~Chelyabinskaya oblast'~Chukotskiy~Chuvashia~Dagestan Republits~Evreyskaya avtonomnaya oblast'~Ingushetiya Republits~Irkutskaya oblast'~Ivanovskaya oblast'~Kabardino-Balkarskaya Republits~Kaliningradskaya oblast'~Kaluzhskaya oblast'~Kamchatskiy kray~Karachaevo-Cherkesskaya Republits~Kareliya Republits~Kemerovskaya oblast'~Khabarovskiy kray~Khakasiya Republits~Khanty-Mansiyskiy avtonomnyy okrug~Kirovskaya oblast'~Komi Republits~Kostromskaya oblast'~Krasnodarskiy kray~Krasnoyarskiy kray~Kurganskaya oblast'~Kurskaya oblast'~Leningradskaya oblast'~Lipetskaya oblast'~Magadanskaya oblast'~Moskovskaya oblast'~Moskva~Murmanskaya oblast'~Nenetskiy~Nizhegorodskaya oblast'~Novgorodskaya oblast'~Novosibirskaya oblast'~Omskaya oblast'~Orenburgskaya oblast'~Orlovskaya oblast'~Penzenskaya oblast'~Permskiy kray~Primorskiy kray~Pskovskaya oblast'~Respublika Adygeya~Respublika Kalmykiya~Respublika Krym~Respublika Mariy El~Respublika Mordoviya~Respublika Severnaya Osetiya-Alaniya~Respublika Tatarstan~Respublika Udmurtiya~Rostovskaya oblast'~Ryazanskaya oblast'~Sakha (Yakutiya) Republits~Sakhalinskaya oblast'~Samarskaya oblast'~Sankt-Peterburg~Saratovskaya oblast'~Sevastopol'~Smolenskaya oblast'~Stavropolskiy kray~Sverdlovskaya oblast'~Tambovskaya oblast'~Tomskaya oblast'~Tulskaya oblast'~Tverskaya oblast'~Tyumenskaya oblast'~Tyva Republits~Ulyanovskaya oblast'~Vladimirskaya oblast'~Volgogradskaya oblast'~Vologodskaya oblast'~Voronezhskaya oblast'~Yamalo-Nenetskiy~Yaroslavskaya oblast'~Zabaykalskiy kray~Автономна Республіка Крим~Алтайский край~Амурская область~Архангельская область~Астраханская область~Белгородская область~Брянская область~Владимирская область~Волгоградская область~Вологодская область~Воронежская область~Еврейская автономная область~Забайкальский край~Ивановская область~Иркутская область~Кабардино-Балкарская Республика~Калининградская область~Калужская область~Камчатский край~Карачаево-Черкесская Республика~Кемеровская область~Кировская область~Костромская область~Краснодарский край~Красноярский край~Курганская область~Курская область~Ленинградская область~Липецкая область~Магаданская область~Москва~Московская область~Мурманская область~Ненецкий автономный округ~Нижегородская область~Новгородская область~Новосибирская область~Омская область~Оренбургская область~Орловская область~Пензенская область~Пермский край~Приморский край~Псковская область~Республика Адыгея~Республика Алтай~Республика Башкортостан~Республика Бурятия~Республика Дагестан~Республика Ингушетия~Республика Калмыкия~Республика Карелия~Республика Коми~Республика Крым~Республика Марий Эл~Республика Мордовия~Республика Саха (Якутия)~Республика Северная Осетия-Алания~Республика Татарстан~Республика Тыва~Республика Удмуртия~Республика Хакасия~Ростовская область~Рязанская область~Самарская область~Санкт-Петербург~Саратовская область~Сахалинская область~Свердловская область~Севастополь~Смоленская область~Ставропольский край~Тамбовская область~Тверская область~Томская область~Тульская область~Тюменская область~Ульяновская область~Хабаровский край~Ханты-Мансийский автономный округ~Челябинская область~Чеченская Республика~Чувашская Республика~Чукотский автономный округ~Ямало-Ненецкий автономный округ~Ярославская область",
			"ru"
		],
		RW: [
			"",
			"",
			"A|C",
			"",
			""
		],
		SA: [
			"\\d{5}",
			"",
			"A|CZ",
			"",
			""
		],
		SB: [
			"",
			"",
			"A|C",
			"",
			""
		],
		SC: [
			"",
			"",
			"A|C|S",
			"",
			""
		],
		SD: [
			"\\d{5}",
			"",
			"A|C|Z",
			"",
			""
		],
		SE: [
			"\\d{3} ?\\d{2}",
			"SE-",
			"A|ZC",
			"",
			""
		],
		SG: [
			"\\d{6}",
			"",
			"A|Z",
			"",
			""
		],
		SH: [
			"(?:ASCN|STHL) 1ZZ",
			"",
			"A|C|Z",
			"",
			""
		],
		SI: [
			"\\d{4}",
			"SI-",
			"A|ZC",
			"",
			""
		],
		SJ: [
			"\\d{4}",
			"",
			"A|ZC",
			"",
			""
		],
		SK: [
			"\\d{3} ?\\d{2}",
			"",
			"A|ZC",
			"",
			""
		],
		SL: [
			"",
			"",
			"A|C",
			"",
			""
		],
		SM: [
			"4789\\d",
			"",
			"A|ZC",
			"",
			""
		],
		SN: [
			"\\d{5}",
			"",
			"A|ZC",
			"",
			""
		],
		SO: [
			"[A-Z]{2} ?\\d{5}",
			"",
			"A|CSZ",
			"Awdal~Bakool~Banaadir~Bari~Bay~Galguduud~Gedo~Hiiraan~Jubbada Dhexe~Jubbada Hoose~Mudug~Nugaal~Sanaag~Shabeellaha Dhexe~Shabeellaha Hoose~Sool~Togdheer~Woqooyi Galbeed",
			"so"
		],
		SR: [
			"",
			"",
			"A|C|S",
			"Brokopondo~Commewijne~Coronie~Marowijne~Nickerie~Para~Paramaribo~Saramacca~Sipaliwini~Wanica",
			"nl"
		],
		SS: [
			"",
			"",
			"A|C",
			"",
			""
		],
		ST: [
			"",
			"",
			"A|C",
			"",
			""
		],
		SV: [
			"CP [1-3][1-7][0-2]\\d",
			"",
			"A|ZC|S",
			"Ahuachapan~Ahuachapán~Cabanas~Cabañas~Calatenango~Chalatenango~Cuscatlan~Cuscatlán~La Libertad~La Paz~La Union~La Unión~Morazan~Morazán~San Miguel~San Salvador~San Vicente~Santa Ana~Sonsonate~Usulutan~Usulután",
			"es"
		],
		SX: [
			"",
			"",
			"A|C",
			"",
			""
		],
		SY: [
			"",
			"",
			"A|C",
			"",
			""
		],
		SZ: [
			"[HLMS]\\d{3}",
			"",
			"A|C|Z",
			"",
			""
		],
		TA: [
			"TDCU 1ZZ",
			"",
			"A|C|Z",
			"",
			""
		],
		TC: [
			"TKCA 1ZZ",
			"",
			"A|C|Z",
			"",
			""
		],
		TD: [
			"",
			"",
			"A|C",
			"",
			""
		],
		TF: [
			"",
			"",
			"A|C",
			"",
			""
		],
		TG: [
			"",
			"",
			"A|C",
			"",
			""
		],
		TH: [
			"\\d{5}",
			"",
			"A|DC|SZ",
			"Amnat Charoen~Ang Thong~Bangkok~Bueng Kan~Buri Ram~Chachoengsao~Chai Nat~Chaiyaphum~Chanthaburi~Chiang Mai~Chiang Rai~Chon Buri~Chumpon~Kalasin~Kamphaeng Phet~Kanchanaburi~Khon Kaen~Krabi~Lampang~Lamphun~Loei~Lop Buri~Mae Hong Son~Maha Sarakham~Mukdahan~Nakhon Nayok~Nakhon Pathom~Nakhon Phanom~Nakhon Ratchasima~Nakhon Sawan~Nakhon Si Thammarat~Nan~Narathiwat~Nong Bua Lam Phu~Nong Khai~Nonthaburi~Pathum Thani~Pattani~Phang Nga~Phattalung~Phayao~Phetchabun~Phetchaburi~Phichit~Phitsanulok~Phra Nakhon Si Ayutthaya~Phrae~Phuket~Prachin Buri~Prachuap Khiri Khan~Ranong~Ratchaburi~Rayong~Roi Et~Sa Kaeo~Sakon Nakhon~Samut Prakan~Samut Sakhon~Samut Songkhram~Saraburi~Satun~Si Sa Ket~Sing Buri~Songkhla~Sukhothai~Suphanburi~Surat Thani~Surin~Tak~Trang~Trat~Ubon Ratchathani~Udon Thani~Uthai Thani~Uttaradit~Yala~Yasothon~กระบี่~กรุงเทพมหานคร~กาญจนบุรี~กาฬสินธุ์~กำแพงเพชร~ขอนแก่น~จังหวัด บึงกาฬ~จันทบุรี~ฉะเชิงเทรา~ชลบุรี~ชัยนาท~ชัยภูมิ~ชุมพร~ตรัง~ตราด~ตาก~นครนายก~นครปฐม~นครพนม~นครราชสีมา~นครศรีธรรมราช~นครสวรรค์~นนทบุรี~นราธิวาส~น่าน~บุรีรัมย์~ปทุมธานี~ประจวบคีรีขันธ์~ปราจีนบุรี~ปัตตานี~พระนครศรีอยุธยา~พะเยา~พังงา~พัทลุง~พิจิตร~พิษณุโลก~ภูเก็ต~มหาสารคาม~มุกดาหาร~ยะลา~ยโสธร~ระนอง~ระยอง~ราชบุรี~ร้อยเอ็ด~ลพบุรี~ลำปาง~ลำพูน~ศรีสะเกษ~สกลนคร~สงขลา~สตูล~สมุทรปราการ~สมุทรสงคราม~สมุทรสาคร~สระบุรี~สระแก้ว~สิงห์บุรี~สุพรรณบุรี~สุราษฎร์ธานี~สุรินทร์~สุโขทัย~หนองคาย~หนองบัวลำภู~อำนาจเจริญ~อุดรธานี~อุตรดิตถ์~อุทัยธานี~อุบลราชธานี~อ่างทอง~เชียงราย~เชียงใหม่~เพชรบุรี~เพชรบูรณ์~เลย~แพร่~แม่ฮ่องสอน",
			"th"
		],
		TJ: [
			"\\d{6}",
			"",
			"A|ZC",
			"",
			""
		],
		TK: [
			"",
			"",
			"A|C",
			"",
			""
		],
		TL: [
			"",
			"",
			"A|C",
			"",
			""
		],
		TM: [
			"\\d{6}",
			"",
			"A|ZC",
			"",
			""
		],
		TN: [
			"\\d{4}",
			"",
			"A|ZC",
			"",
			""
		],
		TO: [
			"",
			"",
			"A|C",
			"",
			""
		],
		TR: [
			"\\d{5}",
			"",
			"A|ZCS",
			"Adana~Adıyaman~Afyon~Aksaray~Amasya~Ankara~Antalya~Ardahan~Artvin~Aydın~Ağrı~Balıkesir~Bartın~Batman~Bayburt~Bilecik~Bingöl~Bitlis~Bolu~Burdur~Bursa~Denizli~Diyarbakır~Düzce~Edirne~Elazığ~Erzincan~Erzurum~Eskişehir~Gaziantep~Giresun~Gümüşhane~Hakkari~Hatay~Isparta~Iğdır~Kahramanmaraş~Karabük~Karaman~Kars~Kastamonu~Kayseri~Kilis~Kocaeli~Konya~Kütahya~Kırklareli~Kırıkkale~Kırşehir~Malatya~Manisa~Mardin~Mersin~Muğla~Muş~Nevşehir~Niğde~Ordu~Osmaniye~Rize~Sakarya~Samsun~Siirt~Sinop~Sivas~Tekirdağ~Tokat~Trabzon~Tunceli~Uşak~Van~Yalova~Yozgat~Zonguldak~Çanakkale~Çankırı~Çorum~İstanbul~İzmir~Şanlıurfa~Şırnak",
			"tr"
		],
		TT: [
			"",
			"",
			"A|C",
			"",
			""
		],
		TV: [
			"",
			"",
			"A|C|S",
			"Funafuti~Nanumanga~Nanumea~Niulakita~Niutao~Nui~Nukufetau~Nukulaelae~Vaitupu",
			"tyv"
		],
		TW: [
			"\\d{3}(?:\\d{2})?",
			"",
			"Z|SC|A",
			"Changhua County~Chiayi City~Chiayi County~Hsinchu City~Hsinchu County~Hualien County~Kaohsiung City~Keelung City~Kinmen County~Lienchiang County~Miaoli County~Nantou County~New Taipei City~Penghu County~Pingtung County~Taichung City~Tainan City~Taipei City~Taitung County~Taoyuan City~Yilan County~Yunlin County~南投縣~台中市~台北市~台南市~台東縣~嘉義市~嘉義縣~基隆市~宜蘭縣~屏東縣~彰化縣~新北市~新竹市~新竹縣~桃園市~澎湖縣~花蓮縣~苗栗縣~連江縣~金門縣~雲林縣~高雄市",
			"zh-Hant"
		],
		TZ: [
			"\\d{4,5}",
			"",
			"A|ZC",
			"",
			""
		],
		UA: [
			"\\d{5}",
			"",
			"A|C|S|Z",
			"Cherkas'ka oblast~Chernihivs'ka oblast~Chernivets'ka oblast~Crimea~Dnipropetrovsk oblast~Donetsk oblast~Ivano-Frankivs'ka oblast~Kharkiv oblast~Khersons'ka oblast~Khmel'nyts'ka oblast~Kiev oblast~Kirovohrads'ka oblast~Kyiv city~Luhans'ka oblast~Lviv oblast~Mykolaivs'ka oblast~Odessa oblast~Poltavs'ka oblast~Rivnens'ka oblast~Sevastopol' city~Sums'ka oblast~Ternopil's'ka oblast~Vinnyts'ka oblast~Volyns'ka oblast~Zakarpats'ka oblast~Zaporiz'ka oblast~Zhytomyrs'ka oblast~Івано-Франківська область~Автономна Республіка Крим~Волинська область~Вінницька область~Дніпропетровська область~Донецька область~Житомирська область~Закарпатська область~Запорізька область~Київ~Київська область~Кіровоградська область~Луганська область~Львівська область~Миколаївська область~Одеська область~Полтавська область~Рівненська область~Севастополь~Сумська область~Тернопільська область~Харківська область~Херсонська область~Хмельницька область~Черкаська область~Чернівецька область~Чернігівська область~місто Київ~місто Севастополь",
			"uk"
		],
		UG: [
			"",
			"",
			"A|C",
			"",
			""
		],
		UM: [
			"96898",
			"",
			"A|CSZ",
			"",
			""
		],
		US: [
			"(\\d{5})(?:[ \\-](\\d{4}))?",
			"",
			"A|CSZ",
			"Alabama~Alaska~American Samoa~Arizona~Arkansas~Armed Forces (AA)~Armed Forces (AE)~Armed Forces (AP)~California~Colorado~Connecticut~Delaware~District of Columbia~Florida~Georgia~Guam~Hawaii~Idaho~Illinois~Indiana~Iowa~Kansas~Kentucky~Louisiana~Maine~Marshall Islands~Maryland~Massachusetts~Michigan~Micronesia~Minnesota~Mississippi~Missouri~Montana~Nebraska~Nevada~New Hampshire~New Jersey~New Mexico~New York~North Carolina~North Dakota~Northern Mariana Islands~Ohio~Oklahoma~Oregon~Palau~Pennsylvania~Puerto Rico~Rhode Island~South Carolina~South Dakota~Tennessee~Texas~Utah~Vermont~Virgin Islands~Virginia~Washington~West Virginia~Wisconsin~Wyoming",
			"en"
		],
		UY: [
			"\\d{5}",
			"",
			"A|ZCS",
			"Artigas~Canelones~Cerro Largo~Colonia~Durazno~Flores~Florida~Lavalleja~Maldonado~Montevideo~Paysandú~Rivera~Rocha~Río Negro~Salto~San José~Soriano~Tacuarembó~Treinta y Tres",
			"es"
		],
		UZ: [
			"\\d{6}",
			"",
			"A|ZC|S",
			"",
			""
		],
		VA: [
			"00120",
			"",
			"A|ZC",
			"",
			""
		],
		VC: [
			"VC\\d{4}",
			"",
			"A|CZ",
			"",
			""
		],
		VE: [
			"\\d{4}",
			"",
			"A|CZS",
			"Amazonas~Anzoátegui~Apure~Aragua~Barinas~Bolívar~Carabobo~Cojedes~Delta Amacuro~Dependencias Federales~Distrito Federal~Falcón~Guárico~Lara~Miranda~Monagas~Mérida~Nueva Esparta~Portuguesa~Sucre~Trujillo~Táchira~Vargas~Yaracuy~Zulia",
			"es"
		],
		VG: [
			"VG\\d{4}",
			"",
			"A|C|Z",
			"",
			""
		],
		VI: [
			"(008(?:(?:[0-4]\\d)|(?:5[01])))(?:[ \\-](\\d{4}))?",
			"",
			"A|CSZ",
			"",
			""
		],
		VN: [
			"\\d{5}\\d?",
			"",
			"A|C|SZ",
			"An Giang~An Giang Province~Ba Ria-Vung Tau Province~Bac Giang Province~Bac Kan Province~Bac Lieu Province~Bac Ninh Province~Ben Tre Province~Binh Dinh Province~Binh Duong Province~Binh Phuoc Province~Binh Thuan Province~Bà Rịa–Vũng Tàu~Bình Dương~Bình Phước~Bình Thuận~Bình Định~Bạc Liêu~Bắc Giang~Bắc Kạn~Bắc Ninh~Bến Tre~Ca Mau Province~Can Tho City~Cao Bang Province~Cao Bằng~Cà Mau~Cần Thơ~Da Nang City~Dak Lak Province~Dak Nong Province~Dien Bien Province~Dong Nai Province~Dong Thap Province~Gia Lai~Gia Lai Province~Ha Giang Province~Ha Nam Province~Ha Tinh Province~Hai Duong Province~Haiphong City~Hanoi City~Hau Giang Province~Ho Chi Minh City~Hoa Binh Province~Hung Yen Province~Hà Giang~Hà Nam~Hà Nội~Hà Tĩnh~Hòa Bình~Hưng Yên~Hải Dương~Hải Phòng~Hậu Giang~Khanh Hoa Province~Khánh Hòa~Kien Giang Province~Kiên Giang~Kon Tum~Kon Tum Province~Lai Chau Province~Lai Châu~Lam Dong Province~Lang Song Province~Lao Cai Province~Long An~Long An Province~Lào Cai~Lâm Đồng~Lạng Sơn~Nam Dinh Province~Nam Định~Nghe An Province~Nghệ An~Ninh Binh Province~Ninh Bình~Ninh Thuan Province~Ninh Thuận~Phu Tho Province~Phu Yen Province~Phú Thọ~Phú Yên~Quang Binh Province~Quang Nam Province~Quang Ngai Province~Quang Ninh Province~Quang Tri Province~Quảng Bình~Quảng Nam~Quảng Ngãi~Quảng Ninh~Quảng Trị~Soc Trang Province~Son La Province~Sóc Trăng~Sơn La~Tay Ninh Province~Thai Binh Province~Thai Nguyen Province~Thanh Hoa Province~Thanh Hóa~Thua Thien-Hue Province~Thành phố Hồ Chí Minh~Thái Bình~Thái Nguyên~Thừa Thiên–Huế~Tien Giang Province~Tiền Giang~Tra Vinh Province~Trà Vinh~Tuyen Quang Province~Tuyên Quang~Tây Ninh~Vinh Long Province~Vinh Phuc Province~Vĩnh Long~Vĩnh Phúc~Yen Bai Province~Yên Bái~Điện Biên~Đà Nẵng~Đăk Nông~Đắk Lắk~Đồng Nai~Đồng Tháp",
			"vi"
		],
		VU: [
			"",
			"",
			"A|C",
			"",
			""
		],
		WF: [
			"986\\d{2}",
			"",
			"A|ZC",
			"",
			""
		],
		WS: [
			"",
			"",
			"A|C",
			"",
			""
		],
		XK: [
			"[1-7]\\d{4}",
			"",
			"A|ZC",
			"",
			""
		],
		YE: [
			"",
			"",
			"A|C",
			"",
			""
		],
		YT: [
			"976\\d{2}",
			"",
			"A|ZC",
			"",
			""
		],
		ZA: [
			"\\d{4}",
			"",
			"A|D|C|Z",
			"",
			""
		],
		ZM: [
			"\\d{5}",
			"",
			"A|ZC",
			"",
			""
		],
		ZW: [
			"",
			"",
			"A|C",
			"",
			""
		]
	};
}));
// src/core/redaction/rules/fold-text.ts
/** The value of a non-ASCII decimal digit: its distance from the zero of its run (Unicode lays digits out 0–9). */
function digitValue(cp) {
	let zero = cp;
	while (zero > cp - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
	return cp - zero;
}
function foldChar(ch) {
	let out = folded.get(ch);
	if (out !== void 0) return out;
	const cp = ch.codePointAt(0);
	if (ch.length > 1 || cp < 128) out = ch;
	else if (cp >= 65281 && cp <= 65374) out = String.fromCharCode(cp - 65248);
	else if (cp === 12288 || cp >= 8192 && cp <= 8202 || cp === 8239) out = " ";
	else if (cp >= 8208 && cp <= 8213 || cp === 8722) out = "-";
	else out = String(digitValue(cp));
	folded.set(ch, out);
	return out;
}
/** `text` with the forms above folded to ASCII; same length, so every offset means the same character. */
function foldWidthAndDigits(text) {
	if (!/[^\0-\x7F]/.test(text)) return text;
	return text.replace(FOLDABLE, foldChar);
}
var FOLDABLE, folded;
var init_fold_text = __esmMin((() => {
	FOLDABLE = /(?![0-9])[\uFF01-\uFF5E\u3000\u2000-\u200A\u202F\u2010-\u2015\u2212\p{Nd}]/gu;
	folded = /* @__PURE__ */ new Map();
}));
// src/core/redaction/rules/address-country-names.ts
/** Names compare without case, dots, apostrophes or doubled spaces (`Co Kildare` = `Co. Kildare`). */
function normaliseName(name) {
	if (!NOT_PLAIN.test(name)) return name.toLowerCase();
	return name.normalize("NFC").toLowerCase().replace(/[.'’]/g, "").replace(/\s+/g, " ").trim();
}
function add(map, name, code, names) {
	const key = normaliseName(name);
	if (key.length < 2 || /^\d+$/.test(key)) return;
	const codes = map.get(key);
	if (!codes) map.set(key, [code]);
	else if (!codes.includes(code)) codes.push(code);
	const words = key.split(" ");
	names.firstWords.add(words[0]);
	names.lastWords.add(words[words.length - 1]);
}
function countryNames() {
	if (built$1) return built$1;
	const names = {
		countries: /* @__PURE__ */ new Map(),
		countryNames: /* @__PURE__ */ new Map(),
		regionNames: /* @__PURE__ */ new Map(),
		firstWords: /* @__PURE__ */ new Set(),
		lastWords: /* @__PURE__ */ new Set()
	};
	const displays = /* @__PURE__ */ new Map();
	const display = (lang) => {
		if (!displays.has(lang)) try {
			displays.set(lang, new Intl.DisplayNames([lang], {
				type: "region",
				fallback: "none"
			}));
		} catch {
			displays.set(lang, null);
		}
		return displays.get(lang) ?? null;
	};
	for (const [code, [zip, prefix, order, regions, languages]] of Object.entries(ADDRESS_COUNTRIES)) {
		const street = order.indexOf("A");
		const first = Math.min(...["S", "Z"].map((f) => order.includes(f) ? order.indexOf(f) : Infinity));
		names.countries.set(code, {
			code,
			postcode: zip ? new RegExp(`^(?:${prefix.replace(/[-]/g, "\\-")}|${code}-?)?(?:${zip})$`, "i") : null,
			majorFirst: first < street,
			cityState: !order.includes("C") && !order.includes("S")
		});
		for (const lang of /* @__PURE__ */ new Set([...WIDELY_WRITTEN, ...languages.split("~").filter((l) => l !== "")])) {
			const name = display(lang)?.of(code);
			if (name) add(names.countryNames, name, code, names);
		}
		for (const region of regions.split("~").filter((r) => r !== "")) {
			add(names.regionNames, region, code, names);
			const bare = region.replace(DIVISION_WORDS, "");
			if (bare !== region) add(names.regionNames, bare, code, names);
		}
	}
	built$1 = names;
	return names;
}
/** The digits of any script as ASCII (`۱۱۹۳۶` → `11936`), so a country's postcode pattern can test them. */
function asciiDigits(value) {
	if (!/[^ -~\s]/.test(value)) return value;
	return value.replace(/\p{Nd}/gu, (d) => {
		const cp = d.codePointAt(0);
		return cp < 128 ? d : String(digitValue(cp));
	});
}
var WIDELY_WRITTEN, NOT_PLAIN, DIVISION_WORDS, built$1;
var init_address_country_names = __esmMin((() => {
	init_address_countries_data();
	init_fold_text();
	WIDELY_WRITTEN = [
		"en",
		"fr",
		"es",
		"de",
		"it",
		"pt",
		"nl",
		"ru",
		"uk",
		"pl",
		"tr",
		"ar",
		"fa",
		"he",
		"hi",
		"zh",
		"zh-Hant",
		"ja",
		"ko",
		"vi",
		"th",
		"id"
	];
	NOT_PLAIN = /[^\0-\x7F]|[\s.']/;
	DIVISION_WORDS = /^(?:استان|provincia de|province of|región de|region)\s+|\s+(?:province|county|sheng|shi|region|prefecture|state)$/iu;
	built$1 = null;
}));
// src/core/redaction/rules/address-building-lead.ts
/**
* Round 21: where a building's or floor's part ends just before `start` (a comma or line break between), where it begins:
* a floor, suite or unit part (`Level 2`, `4th floor`, `Piso 4`, `3. Etage`; libpostal's level and unit words via
* isUnitSegment), a capitalised building name before one (`Town Hall House Level 2`), or a name holding a building word
* of libpostal's building_types in any language (`Lazarieh Building`, `Edificio Sol`, `Torre B`, `Bâtiment C`).
* Only the capitalised tail of the segment is taken: the sentence before it (`please send to`) is not.
*/
function buildingLead(text, start) {
	const before = /(?:[,،、，;][ \t]{0,2}|[ \t]{0,2}\n[ \t>]{0,4})$/u.exec(text.slice(Math.max(0, start - 8), start));
	if (!before) return null;
	const segEnd = start - before[0].length;
	const window = text.slice(Math.max(0, segEnd - MAX_SEGMENT$3), segEnd);
	const segment = window.slice(Math.max(window.lastIndexOf("\n"), window.search(/[,،、，;:][^,،、，;:]*$/)) + 1);
	if (!/\d|\b\p{Lu}\b/u.test(segment) && !segment.split(/[\s"'“”«»>(]+/).some((w) => BUILDING_WORDS.has(w.toLowerCase()))) return null;
	const words = [...segment.matchAll(/[^\s"'“”«»>(]+/g)];
	let first = words.length;
	const partWord = (w) => NAME_WORD.test(w) || isUnitSegment(`${w} 1`);
	while (first > 0 && first > words.length - 6 && partWord(words[first - 1][0])) first--;
	while (first < words.length && !CAPITAL_OR_NUMBER.test(words[first][0])) first++;
	if (first === words.length) return null;
	for (let i = first; i < words.length; i++) {
		const unit = isUnitSegment(segment.slice(words[i].index));
		const building = words.slice(first).some((w) => BUILDING_WORDS.has(w[0].toLowerCase().replace(/\.$/, "")) && /^\p{Lu}/u.test(w[0]));
		if (unit || i === first && building && words.length - first >= 2) return segEnd - segment.length + words[first].index;
	}
	return null;
}
var MAX_SEGMENT$3, BUILDING_WORDS, NAME_WORD, CAPITAL_OR_NUMBER;
var init_address_building_lead = __esmMin((() => {
	init_address_segments();
	init_address_street_types_data();
	MAX_SEGMENT$3 = 60;
	BUILDING_WORDS = new Set(BUILDING_TYPE_WORDS);
	NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.&-]*|\d{1,4}\p{L}{0,3}\.?|[#№]\d{1,4}|of|the|de|del|la|le|du|des|di|da|do|van|von)$/u;
	CAPITAL_OR_NUMBER = /^(?:\p{Lu}|\d)/u;
}));
// src/core/redaction/rules/address-continuation.ts
/** Every country's whole postcode pattern, with its prefix (`AD500`, `LT-01100`), as one alternation. */
function isPostcode(token) {
	const ascii = asciiDigits(token);
	if (!/\d{3}/.test(ascii)) return false;
	postcodes ??= new RegExp([...countryNames().countries.values()].flatMap((c) => c.postcode ? [c.postcode.source] : []).join("|"), "i");
	return postcodes.test(ascii);
}
function kindOf$2(segment) {
	const value = segment.trim().replace(/[.!?]$/, "");
	if (value === "" || value.length > MAX_SEGMENT$2) return null;
	const split = value.split(/\s+/);
	const words = /\d-\p{Lu}/u.test(value) ? split.flatMap((w) => /^\d{4,5}-\p{Lu}/u.test(w) ? [w.slice(0, w.indexOf("-")), w.slice(w.indexOf("-") + 1)] : [w]) : split;
	const code = words.findIndex((w, i) => isPostcode(w) || i + 1 < words.length && isPostcode(`${w} ${words[i + 1]}`));
	if (code !== -1 && words.length <= 6) {
		const joined = isPostcode(words[code]) ? 1 : 2;
		const rest = [...words.slice(0, code), ...words.slice(code + joined)];
		if (rest.length <= 4 && rest.every((w) => TOWN_WORD$2.test(w))) return "postal";
	}
	if (words.length <= 4 && UNIT$2.test(value) && !/^\p{Ll}{2,} \d{4}$/u.test(value)) return "unit";
	if (words.length >= 3 && words.length <= 5 && words.slice(2).every((w) => /^\p{Ll}{2,}$/u.test(w)) && isUnitSegment(words.slice(0, 2).join(" "))) return "unit";
	const names = countryNames();
	const name = normaliseName(value);
	if (words.length <= 4 && names.regionNames.has(name) && !names.countryNames.has(name)) return "place";
	if (words.length <= 3 && words.every((w) => CASELESS_WORD$1.test(w))) return "caseless";
	if (DISTRICT.test(value)) return "district";
	if (TOWN_NAME.test(value) && /\p{Ll}/u.test(value) && !names.countryNames.has(name)) return "town";
	return null;
}
/**
* The segment's head when the sentence goes on after it on the same line: a question or exclamation mark, a full stop
* before a capital, a dash or an opening bracket (`101 Reykjavík? Jeg`, `10115 Tallinn. Ring`, `Baku — thanks`,
* `Quito (back door)`). Only a postcode with its town or a region is taken from it, and the address ends there.
*/
function sentenceGoesOn(segment) {
	const cut = /[?!](?=\s|$)|\.(?=\s+\p{Lu})|\s[—–-]\s|\s\(/u.exec(segment);
	return cut && cut.index > 0 ? segment.slice(0, cut.index).replace(/\s+$/, "") : null;
}
/** `range` (a street line) stretched over the address segments that follow it. */
function continueAddress(text, range) {
	const aside = crossStreetEnd(text, range.end);
	let end = aside;
	let at = aside;
	const spaced = CASELESS_LINE.test(text.slice(range.start, range.end));
	let named = false;
	let towns = 0;
	for (let taken = 0; taken < 4; taken++) {
		const dash = DASH.exec(text.slice(at, at + 4));
		const sep = SEPARATOR$2.exec(text.slice(at, at + 8)) ?? (spaced && text[at] === " " && text[at + 1] !== " " ? [" "] : null) ?? dash;
		if (!sep) break;
		const from = at + sep[0].length;
		const window = text.slice(from, from + MAX_SEGMENT$2 + 1);
		const caseless = sep[0] === " ";
		const stop = caseless ? window.search(/[\s,،、，;]/) : window.search(SEGMENT_END);
		const segment = stop === -1 ? window : window.slice(0, stop);
		let kind = caseless ? isPostcode(segment) ? "postal" : CASELESS_WORD$1.test(segment) ? "caseless" : null : kindOf$2(segment);
		if (kind === null && !caseless) {
			const head = sentenceGoesOn(segment);
			kind = head === null ? null : kindOf$2(head);
			if (kind !== "postal" && kind !== "place") break;
			at = from + head.length;
			end = at;
			break;
		}
		if (kind === null) break;
		if (sep === dash && kind !== "postal") break;
		if (kind === "town" && !named && ++towns > 2) break;
		at = from + segment.replace(/[\s.!?]+$/, "").length;
		named ||= kind === "postal" || kind === "district";
		if (kind !== "caseless" && kind !== "town") end = at;
		else if (kind === "town" && closesLine(text, at)) end = at;
	}
	end = inTownEnd(text, end);
	return end === range.end ? range : {
		start: range.start,
		end
	};
}
function crossStreetEnd(text, end) {
	const m = CROSS_STREET.exec(text.slice(end, end + 90));
	if (m) return end + m[0].length;
	const unit = /^ (\p{L}{1,12}\.? ?\d{1,4}[A-Za-z]?)(?=[ \t]*(?:$|[\n,;|"<]))/u.exec(text.slice(end, end + 24));
	if (unit && (isUnitSegment(unit[1]) || DISTRICT.test(unit[1]) || /^(?:z|zona)\.? ?\d/i.test(unit[1]))) return end + unit[0].length;
	return end;
}
/**
* Whether the address's line ends at `at`: the text or line ends, a markup tag or closing quote follows, or the
* last part left is a country's name or code (`…, Île-de-France, FRA`, `…, Paris, France`).
*/
function closesLine(text, at) {
	const rest = text.slice(at, at + 40);
	if (/^[ \t]*(?:$|\r?\n|<\/|["'”»)\]}])/u.test(rest)) return true;
	const last = /^[,،][ \t]*([^,\n<"]{2,30}?)[ \t.]*(?:$|\r?\n|<\/|["'”»)\]}])/u.exec(rest);
	return last !== null && (/^\p{Lu}{2,3}$/u.test(last[1]) || countryNames().countryNames.has(normaliseName(last[1])));
}
/**
* Month and weekday names in the languages above (`in May`, `a Settembre`, `em Março`, `im Oktober`), built on first
* use, not at load: background.js loads this module at every service-worker start (~30 ms in Node for 54 languages).
* A short name (`Mar`, `La` — Finnish for Saturday) stops the address only standing alone: `in Mar del Plata` and
* `in La Paz` are towns.
*/
function calendarWord(words) {
	if (!calendarWords) {
		calendarWords = {
			long: /* @__PURE__ */ new Set(),
			short: /* @__PURE__ */ new Set()
		};
		for (const locale of CALENDAR_LOCALES) for (const width of ["long", "short"]) {
			const into = calendarWords[width];
			const month = new Intl.DateTimeFormat(locale, {
				month: width,
				timeZone: "UTC"
			});
			const weekday = new Intl.DateTimeFormat(locale, {
				weekday: width,
				timeZone: "UTC"
			});
			for (let i = 0; i < 12; i++) {
				for (const p of month.formatToParts(new Date(Date.UTC(2024, i, 15)))) if (p.type === "month") into.add(calendarKey(p.value));
				if (i < 7) {
					for (const p of weekday.formatToParts(new Date(Date.UTC(2024, 0, 1 + i)))) if (p.type === "weekday") into.add(calendarKey(p.value));
				}
			}
		}
	}
	const first = calendarKey(words[0]);
	return calendarWords.long.has(first) || words.length === 1 && calendarWords.short.has(first);
}
function inTownEnd(text, end) {
	const m = IN_TOWN.exec(text.slice(end, end + 80));
	if (!m || NOT_TOWN.test(m[1]) || calendarWord(m[1].split(" "))) return end;
	return end + m[0].length;
}
/** `range` (a street line) stretched back over a postcode-and-town segment written before it (`1052 Budapest, …`), and
*  (round 21) over the building and floor parts before that (`Town Hall House Level 2, 456 Kent Street`). */
function precedeAddress(text, range) {
	let result = precedeTown(text, range);
	for (let parts = 0; parts < 2; parts++) {
		const lead = buildingLead(text, result.start);
		if (lead === null) break;
		result = {
			start: lead,
			end: result.end
		};
	}
	return result;
}
function precedeTown(text, range) {
	const before = /(?:[,،、，;][ \t]{0,2}|[ \t]{0,2}\n[ \t]{0,4})$/u.exec(text.slice(Math.max(0, range.start - 8), range.start));
	if (!before) return range;
	const segEnd = range.start - before[0].length;
	const window = text.slice(Math.max(0, segEnd - MAX_SEGMENT$2), segEnd);
	const segment = window.slice(Math.max(window.lastIndexOf("\n"), window.search(/[,،、，;][^,،、，;]*$/)) + 1);
	const words = [...segment.matchAll(/\S+/g)];
	for (let i = Math.max(0, words.length - 4); i < words.length - 1; i++) {
		const tail = segment.slice(words[i].index);
		if (isPostcode(words[i][0]) && kindOf$2(tail) === "postal") return {
			start: segEnd - tail.length,
			end: range.end
		};
	}
	const town = SETTLEMENT.exec(segment);
	if (!town) return range;
	const start = segEnd - town[0].length;
	const lead = text.slice(Math.max(0, start - 50), start);
	const region = /(?:^|[,،>"'\n])[ \t]{0,2}(\p{Lu}[\p{L}\p{M}-]+(?: \p{Lu}[\p{L}\p{M}-]+){0,2})[,،][ \t]{0,2}$/u.exec(lead);
	if (!region || region.index === 0 && start > 50) return {
		start,
		end: range.end
	};
	return {
		start: start - lead.length + region.index + region[0].indexOf(region[1]),
		end: range.end
	};
}
var SEPARATOR$2, CASELESS_LINE, SEGMENT_END, MAX_SEGMENT$2, CASELESS_WORD$1, TOWN_WORD$2, UNIT$2, postcodes, DISTRICT, TOWN_NAME, DASH, CROSS_WORDS, CROSS_STREET, IN_TOWN, NOT_TOWN, CALENDAR_LOCALES, calendarWords, calendarKey, SETTLEMENT;
var init_address_continuation = __esmMin((() => {
	init_address_country_names();
	init_address_words();
	init_address_segments();
	init_address_building_lead();
	SEPARATOR$2 = /^(?:[,،、，;]\s{0,2}|\s{0,2}\n\s{0,4})/u;
	CASELESS_LINE = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Inherited}\s]/u;
	SEGMENT_END = /[,،、，;\n"”»<|]/;
	MAX_SEGMENT$2 = 60;
	CASELESS_WORD$1 = /^[^\p{Script=Latin}\p{Script=Common}\p{Script=Cyrillic}\p{Script=Greek}\s][^\s,،、，;]*$/u;
	TOWN_WORD$2 = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|[^\p{Script=Latin}\p{Script=Common}\s][^\s,،、，;]*|la|le|de|del|di|do|da|am|an|upon|sur|-)$/u;
	UNIT$2 = new RegExp(`^(?:(?:${UNIT_WORDS})\\.? ?#?\\d{1,4}[A-Za-z]?|[IVX]{1,4}\\.? ?(?:${UNIT_WORDS})\\.? ?\\d{1,4}\\.?|\\p{L}{2,12}\\.? \\d{1,4}[A-Za-z]?)$`, "iu");
	postcodes = null;
	DISTRICT = /* @__PURE__ */ new RegExp("^(?:\\d{1,2}(?:e|er|re|ème|eme|\\.|st|nd|rd|th|º|ª|-й|-р)? (?:[Aa]rrondissement|Bezirk|kerület|District|Distrito|Municipio|Sector|Sektor|Zona|Zone|dzielnica|район|хороо)|(?:Arrondissement|Bezirk|District|Distrito|Sector|Zona|Zone|Quận|Dzielnica) \\d{1,2})$", "u");
	TOWN_NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:\p{Lu}[\p{L}\p{M}'’.-]*|de|la|le|del|am|an|sur|upon)){0,2}$/u;
	DASH = /^ [–—-] /;
	CROSS_WORDS = "esquina(?: de| con)?|esq\\.?(?: de| con)?|en la esquina de|entre|e/|c/|casi|angolo(?: di| con)?|all'angolo (?:tra|di|con)|à l'angle de|l'angle de|ecke|an der ecke von|corner of|cnr\\.? of|at the corner of|hoek van|op de hoek van|tussen|na rogu|pomiędzy|на углу|угол|между|на розі|між|na uglu|između|köşesi|köşesinde|arasında|cantonada(?: de)?|hjørnet af|hörnet av|mellan|mellom|zwischen";
	CROSS_STREET = new RegExp(`^(?: (?:${CROSS_WORDS}) ?(?:\\p{Lu}|\\d{1,4} (?:de |del )?\\p{Lu})[\\p{L}\\p{M}\\d'’.-]*(?: (?:\\p{Lu}|\\d)[\\p{L}\\p{M}\\d'’.-]*| (?:de|del|la|las|los|di|da|do|des|du|von|y|e|and|&)){0,6}| \\((?:${CROSS_WORDS})? ?\\p{Lu}[\\p{L}\\p{M}'’.-]*(?: [\\p{L}\\p{M}\\d'’.-]+){0,5}\\))(?=[ \\t]*(?:$|[\\n,;|"<]))`, "iu");
	IN_TOWN = /* @__PURE__ */ new RegExp("^ (?:in|im|at|à|a|au|en|em|no|na|w|we|v|ve|в|во|i|u|di|ở|te|sa)[ \\u00a0](?:(?:[A-Z]{1,3}-)?\\d{4,6} )?(\\p{Lu}[\\p{L}\\p{M}'’-]{1,25}(?:(?: (?:de|del|do|da|am|an|sur|upon))? \\p{Lu}[\\p{L}\\p{M}'’-]{1,25}){0,2})(?=$|[\\s.,;:!?)])", "u");
	NOT_TOWN = /^(?:The|This|That|My|Our|Your|His|Her|Their|It|I|We|You|English|Python|Java|JavaScript|Excel|Chrome|Windows|Linux|Google|GitHub)(?: |$)/;
	CALENDAR_LOCALES = [
		"en",
		"de",
		"fr",
		"es",
		"it",
		"pt",
		"nl",
		"af",
		"da",
		"sv",
		"nb",
		"nn",
		"is",
		"fi",
		"et",
		"lv",
		"lt",
		"pl",
		"cs",
		"sk",
		"sl",
		"hr",
		"bs",
		"sr",
		"sr-Latn",
		"mk",
		"bg",
		"ru",
		"uk",
		"be",
		"ro",
		"hu",
		"sq",
		"el",
		"tr",
		"az",
		"kk",
		"uz",
		"ka",
		"hy",
		"ca",
		"gl",
		"eu",
		"ga",
		"cy",
		"mt",
		"id",
		"ms",
		"tl",
		"sw",
		"vi",
		"ha",
		"yo",
		"zu"
	];
	calendarWords = null;
	calendarKey = (word) => word.toLocaleLowerCase().replace(/\.$/, "");
	SETTLEMENT = /(?<=^|[\s>"'(])(?:город|гор\.|г\.|місто|м\.|град|горад|қала|шаҳри|shahri|miasto|město|mesto|grad) ?\p{Lu}[\p{L}\p{M}-]+(?: \p{Lu}[\p{L}\p{M}-]+)?$/u;
}));
// src/core/redaction/rules/address-lines.ts
/** A word an address line is made of. */
function addressy(token) {
	const t = token.replace(/,$/, "");
	if (t === "") return true;
	if (/^&(?:amp;|#38;)?$/.test(t)) return true;
	if (/[:<>"'()[\]{}=;]/.test(t)) return false;
	if (/^[#№]?\d[\p{L}\d/.-]{0,12}$/u.test(t)) return true;
	if (/^\p{Lu}{1,2}-?\d{1,5}$/u.test(t)) return true;
	if (/^\p{Lu}[\p{L}\p{M}'’.-]{0,30}$/u.test(t)) return true;
	const bare = t.replace(/\.$/, "").toLowerCase();
	return TYPES$4.has(bare) || UNITS.test(t) || /^[nsew]{1,2}\.?$/i.test(t) || /^[a-z]$/.test(t);
}
function findAddressLines(text) {
	return scanning(ANCHOR, (re) => addressLinesWith(text, re));
}
function* addressLinesWith(text, re) {
	let floor = 0;
	let match;
	while ((match = re.exec(text)) !== null) {
		const anchorStart = match.index + (match[0].startsWith(",") ? 1 : 0);
		const bareState = /^[A-Z]{2}$/.test(match[0]);
		const anchorEnd = match.index + match[0].length;
		const lineStart = lineStartWithin(text, Math.max(floor, anchorStart - 200), anchorStart);
		const floorBefore = floor;
		floor = anchorEnd;
		const typed = match.groups?.zip !== void 0;
		const route = match.groups?.route !== void 0;
		let start = startOf(text, lineStart, anchorStart, match[1] !== void 0, false, route ? 3 : bareState ? 4 : 2, typed, typed || route);
		let lineAt = lineStart;
		for (let back = 0; start === null && back < 3 && lineAt > floorBefore && text[lineAt - 1] === "\n"; back++) {
			if (startOf(text, lineAt, back === 0 ? anchorStart : lineAt, false, true) === null && back === 0) break;
			const prevStart = lineStartWithin(text, Math.max(floorBefore, lineAt - 121), lineAt - 1);
			start = startOf(text, prevStart, lineAt - 1, false);
			if (start === null && startOf(text, prevStart, lineAt - 1, false, true) === null) break;
			lineAt = prevStart;
		}
		if (start !== null) yield {
			start,
			end: anchorEnd
		};
	}
}
/** The start of the line holding `at`, looking back no further than `from`. */
function lineStartWithin(text, from, at) {
	const cut = text.slice(from, at).lastIndexOf("\n");
	return cut === -1 ? from : from + cut + 1;
}
/** The end of the line holding `at` (its line break, or `to`), looking no further than `to`. */
function lineEndWithin(text, at, to) {
	const cut = text.slice(at, to).indexOf("\n");
	return cut === -1 ? to : at + cut;
}
/** Where the address ending at `anchorStart` begins on its line: its house number or PO box, or null. */
function startOf(text, lineStart, anchorStart, uk, wholeLine = false, minWords = 2, typed = false, opens = false) {
	const line = text.slice(lineStart, anchorStart);
	const tokens = [];
	const tokenRe = /[^\s<>"'`(){}[\]：，、。；]+/g;
	let m;
	while ((m = tokenRe.exec(line)) !== null) tokens.push({
		t: m[0],
		at: lineStart + m.index
	});
	let first = tokens.length;
	while (first > 0 && addressy(tokens[first - 1].t)) first--;
	if (wholeLine) return first === 0 ? lineStart : null;
	const words = tokens.slice(first).map((x) => x.t);
	for (let i = 0; i < words.length; i++) {
		if (!(houseNumber(words[i]) || poBoxAt(words, i)) || words.length - i < minWords || !words.slice(i + 1).some((w) => /\p{L}{2}/u.test(w))) continue;
		if (opens && i > 0) return null;
		if (typed && !poBoxAt(words, i) && !words.slice(i + 1, -1).some((w) => TYPES$4.has(w.replace(/[,.]+$/, "").toLowerCase()))) continue;
		let at = i;
		if (at > 0 && ROUTE_WORD.test(words[at - 1])) {
			at--;
			while (at > 0 && i - at < 3 && /^\p{Lu}[\p{L}.]*$/u.test(words[at - 1])) at--;
		}
		return tokens[first + at].at;
	}
	if (uk) {
		const typed = words.findIndex((w) => TYPES$4.has(w.replace(/[,.]$/g, "").toLowerCase()) && /^\p{Lu}/u.test(w));
		if (typed > 0) {
			let i = typed;
			while (i > 0 && !words[i - 1].endsWith(",")) i--;
			return tokens[first + i].at;
		}
	}
	return null;
}
var US_STATE_CODES, STATE_NAMES, CA_PROVINCES, CA_PROVINCE_NAMES, AP_STATES, AP_STATE, STATE, CA_POSTCODE, UK_AREA, ROUTE_WORDS, ROUTE_WORD, ANCHOR, TYPES$4, UNITS, houseNumber, US_BOX_WORDS, poBoxAt, addressLineRule;
var init_address_lines = __esmMin((() => {
	init_address_words();
	init_regex_scan();
	US_STATE_CODES = "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI MP AA AE AP";
	STATE_NAMES = "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming";
	CA_PROVINCES = "AB BC MB NB NL NS NT NU ON PE QC SK YT";
	CA_PROVINCE_NAMES = "Alberta|British Columbia|Colombie-Britannique|Manitoba|New Brunswick|Nouveau-Brunswick|Newfoundland and Labrador|Terre-Neuve-et-Labrador|Nova Scotia|Nouvelle-Écosse|Northwest Territories|Territoires du Nord-Ouest|Nunavut|Ontario|Prince Edward Island|Île-du-Prince-Édouard|Quebec|Québec|Saskatchewan|Yukon";
	AP_STATES = "Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ill|Ind|Kan|Kans|Md|Mass|Mich|Minn|Miss|Mont|Neb|Nebr|Nev|Okla|Ore|Oreg|Penn|Penna|Tenn|Tex|Wash|Wis|Wisc|Wyo";
	AP_STATE = `(?:${AP_STATES}|${AP_STATES.toUpperCase()})\\.`;
	STATE = `(?:${US_STATE_CODES.replace(/ /g, "|")}|${CA_PROVINCES.replace(/ /g, "|")})`;
	CA_POSTCODE = "[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z][ \\t]?\\d[ABCEGHJ-NPRSTV-Z]\\d";
	UK_AREA = "AB|AL|B|BA|BB|BD|BH|BL|BN|BR|BS|BT|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|E|EC|EH|EN|EX|FK|FY|G|GL|GU|GY|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|L|LA|LD|LE|LL|LN|LS|LU|M|ME|MK|ML|N|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE";
	ROUTE_WORDS = "Highway|HIGHWAY|Hwy|HWY|Route|ROUTE|Rte|RTE|County Road|COUNTY ROAD|County Rd|Interstate|INTERSTATE|US|U\\.S\\.|SR|CR|FM|RM|SH|Pike|PIKE";
	ROUTE_WORD = new RegExp(`^(?:${ROUTE_WORDS})$`);
	ANCHOR = new RegExp([
		`(?<![\\w])${STATE}\\.?,?[ \\t]{1,3}\\d{5}(?:-\\d{4})?(?![\\w-])`,
		`(?<![\\w])(?:${STATE_NAMES}),?[ \\t]{1,3}\\d{5}(?:-\\d{4})?(?![\\w-])`,
		`(?<![\\w])${AP_STATE},?[ \\t]{0,3}\\d{5}(?:-\\d{4})?(?![\\w-])`,
		`(?<=[\\p{L}.)][ \\t,]{1,3})${CA_POSTCODE}(?:,?[ \\t](?:${CA_PROVINCE_NAMES}))?(?![\\w-])`,
		`(?<=\\p{Lu}[\\p{L}'’-]{1,30}[ \\t])\\((?:${CA_PROVINCE_NAMES})\\)(?![ \\t]*(?:[\\w-]))`,
		`(?<![\\w])(?:NSW|VIC|QLD|SA|TAS|ACT|NT|WA)[ \\t]{1,3}\\d{4}(?![\\w-])`,
		`,[ \\t]{0,2}${STATE}\\.?(?=[ \\t]*(?:$|[\\n.;!?)<"'\`]|,[ \\t]|[ \\t]\\p{Ll}))`,
		`,[ \\t]{0,2}(?:${STATE_NAMES}|${CA_PROVINCE_NAMES})(?=[ \\t]*(?:$|[\\n.;!?)<"—–]|,[ \\t]|[ \\t]\\p{Ll}))`,
		`(?<=\\p{Lu}\\p{L}{1,30}[ \\t])${STATE}(?=[ \\t]*(?:$|\\n|["'\`][ \\t]*[)}\\],;]?[ \\t]*(?:$|\\n)))`,
		`(?<![A-Za-z0-9])((?:${UK_AREA})\\d[A-Z\\d]? \\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])`,
		`(?<=(?:-(?:KU|SHI|CHO|ku|shi|cho|Ku|Shi|Cho|fu|ken|to)|TOKYO|Tokyo|OSAKA|Osaka|KYOTO|Kyoto)[ \\t,]{1,3})\\d{3}-\\d{4}(?![\\w-])`,
		`(?<=(?:${ROUTE_WORDS}|${STATE})[ \\t-]\\d{1,4}[A-Z]?(?:[ \\t](?:[NSEW]|N[EW]|S[EW]))?[ \\t])(?<route>${STATE})(?=[ \\t]*(?:$|\\n|["'\`|][ \\t]*[)}\\],;|]?[ \\t]*(?:$|\\n)))`,
		`(?<=\\p{Lu}[\\p{L}'’.-]{1,30}[ \\t])(?<zip>\\d{5}(?:-\\d{4})?)(?=[ \\t]*(?:$|[\\n|"'\`;)—–(]|,[ \\t]|\\.(?:\\s|$)))`
	].join("|"), "gu");
	TYPES$4 = new Set([...STREET_TYPES, ...ENGLISH_STREET_TYPES].map((t) => t.replace(/\\/g, "").replace(/\.\?$/, "").toLowerCase()));
	UNITS = new RegExp(`^(?:${UNIT_WORDS}|no|nr|box|p\\.?o\\.?|of|de|del|la|le|les|du|des|d'|l'|di|da|dos|das|van|von|der|the|and|n°|c\\.p\\.?|bureau|local|porte|étage|case|postale|casier|oficina|despacho|büro|ufficio|interno|lobby|room|rm)\\.?$`, "i");
	houseNumber = (t) => /^\d[\p{L}\d/-]{0,12},?$/u.test(t);
	US_BOX_WORDS = [
		"box",
		"drawer",
		"lockbox",
		"caller",
		"rr",
		"rfd",
		"hc",
		"psc",
		"cmr"
	];
	poBoxAt = (tokens, i) => /^p\.?\s?o\.?$/i.test(tokens[i]) && /^box$/i.test(tokens[i + 1] ?? "") || /^(?:RR|R\.R\.|RFD|HC|PSC|CMR|Rr|Hc|Psc|Cmr|Drawer|Lockbox|DRAWER|LOCKBOX)$/.test(tokens[i]) && /^(?:#|#?\d{1,6}|[A-Z]{1,3})$/.test(tokens[i + 1] ?? "") && /\d/.test(tokens.slice(i + 1, i + 3).join(""));
	addressLineRule = {
		id: "address-line",
		kind: "postal_address",
		level: "strict",
		priority: 41,
		description: "Address found from its end — US state (code, name or old abbreviation) + ZIP or `, ST`, Canadian postcode or `(Province)`, UK postcode, Japanese postcode after romanised place words; round 14: a town + ZIP with no state after a typed street, a numbered road before the state — back to its house number, PO box or route and box words",
		find: findAddressLines
	};
}));
// src/core/redaction/rules/regex-rule.ts
function regexRule(spec) {
	const { pattern, group, accept } = spec;
	if (!pattern.global) throw new Error(`rule ${spec.id}: pattern must be global`);
	if (group !== void 0 && !pattern.hasIndices) throw new Error(`rule ${spec.id}: group needs the d flag`);
	return {
		id: spec.id,
		kind: spec.kind,
		level: spec.level,
		priority: spec.priority ?? 50,
		description: spec.description,
		find: (text) => scanning(pattern, function* (re) {
			let match;
			while ((match = re.exec(text)) !== null) {
				if (match[0].length === 0) {
					re.lastIndex++;
					continue;
				}
				let start = match.index;
				let end = start + match[0].length;
				if (group !== void 0) {
					const indices = match.indices?.[group];
					if (!indices) continue;
					[start, end] = indices;
				}
				if (accept && !accept(text.slice(start, end), match, text)) continue;
				yield {
					start,
					end
				};
			}
		})
	};
}
/** The `size` characters before `index`, lower-cased, for context words like "version" or "order". */
function before(text, index, size) {
	return text.slice(Math.max(0, index - size), index).toLowerCase();
}
var init_regex_rule = __esmMin((() => {
	init_regex_scan();
}));
// src/core/redaction/rules/address-latam.ts
var STREET$3, NUMBER$2, colombianStreetAddress, WORD$4, NAME$4, LANDMARK, LEG, LOCALITY, landmarkAddress, CROSSED_STREET, CROSS, CROSS_NAME, crossStreetAddress;
var init_address_latam = __esmMin((() => {
	init_regex_rule();
	STREET$3 = "(?:(?:Avenida|Av\\.?|Ak|Ac)\\s?)?(?:Calle|Cl\\.?|Cll\\.?|Clle\\.?|Carrera|Cra\\.?|Cr\\.?|Kr\\.?|Kra\\.?|Transversal|Tv\\.?|Trans\\.?|Diagonal|Dg\\.?|Diag\\.?|Circular|Circunvalar)";
	NUMBER$2 = "\\d{1,3}\\s?[A-Z]?(?:\\s?[Bb]is)?(?:\\s?[A-Z])?";
	colombianStreetAddress = regexRule({
		id: "co-street-address",
		kind: "postal_address",
		level: "strict",
		priority: 42,
		description: "Colombian nomenclature: Calle/Carrera/Transversal/Diagonal + number + #/No. + cross street-metres, then its locality words",
		pattern: new RegExp(`(?<![\\p{L}\\d])${STREET$3}\\s?${NUMBER$2}\\s?(?:#|No\\.?|N[°º]\\.?|Nro\\.?)\\s?${NUMBER$2}\\s?-\\s?\\d{1,3}(?:\\s?[A-Z](?![\\p{L}]))?(?:,?(?: (?:\\p{Lu}[\\p{L}\\p{M}.]{1,20}|DC|D\\.C\\.)){1,4})?`, "gu")
	});
	WORD$4 = "\\p{Lu}[\\p{L}\\p{M}.'’-]{0,24}";
	NAME$4 = `${WORD$4}(?: (?:${WORD$4}|de|del|la|las|los|el|y|\\d{1,3})){0,5}`;
	LANDMARK = `(?:(?:\\p{Ll}[\\p{Ll}\\p{M}]{2,15}|de|del|la|el|los|las) ){0,3}${NAME$4}`;
	LEG = "(?:\\d{1,3}(?:[.,]\\d)?(?: ?1/2)?|1/2|½) ?(?:c\\.|cdas?\\.|cuadras?|varas|vrs\\.|v\\.|m|mts\\.?|metros) (?:(?:al|hacia el|hacia al|para el) )?(?:sur|norte|este|oeste|oriente|poniente|arriba|abajo|lago|montaña)";
	LOCALITY = `(?:,? ?\\n?[ \\t]{0,4}(?:(?:casa|casa no\\.?|casa n[º°]|apto\\.?|apartamento|edificio|local|#) ?[\\p{L}\\p{Nd}-]{1,14}(?![\\p{L}\\p{Nd}])|${NAME$4}))`;
	landmarkAddress = regexRule({
		id: "landmark-address",
		kind: "postal_address",
		level: "strict",
		priority: 42,
		description: "Round 15: a Central American address from a landmark, in blocks, varas or metres to a direction (`De la rotonda Rubén Darío 2 c. al sur, casa 14, Managua`, `Del Banco Nacional 200 m al norte`), then its house and town",
		pattern: new RegExp(`(?<![\\p{L}\\p{Nd}])(?:De(?:l| la| los| las| el)?|Donde fue(?: el| la)?|Frente a(?:l| la)?|Contiguo a(?:l| la)?) ${LANDMARK} ${LEG}(?:,? (?:y )?${LEG}){0,3}${LOCALITY}{0,3}`, "gu")
	});
	CROSSED_STREET = "(?:Calle|C\\.|Avenida|Ave?\\.|Av|Carretera|Calzada|Paseo|Prolongación|Callejón)";
	CROSS = "(?:e/|entre|x|esq\\.|esquina(?: a| con)?)";
	CROSS_NAME = "(?:calles? )?(?:\\d{1,3}[A-Z]?|\\p{Lu}[\\p{L}\\p{M}]{0,20})";
	crossStreetAddress = regexRule({
		id: "cross-street-address",
		kind: "postal_address",
		level: "strict",
		priority: 42,
		description: "Round 15: a Cuban or Yucatán street and number with its cross streets (`Calle 23 No. 358 e/ J y K, Vedado`, `Calle 60 No. 491-A x 57 y 59`), then its locality",
		pattern: new RegExp(`(?<![\\p{L}\\p{Nd}])${CROSSED_STREET} (?:\\d{1,3}[A-Za-z]{0,3}|${WORD$4}(?: ${WORD$4}){0,3}) (?:No\\.?|N[º°]\\.?|#) ?\\d{1,5}(?:-?[A-Z])? ${CROSS} ${CROSS_NAME}(?: (?:y|e) ${CROSS_NAME})?(?:, ${NAME$4}){0,3}`, "gu")
	});
}));
// src/core/redaction/rules/address-thai.ts
function* findThaiLao(text) {
	const re = new RegExp(THAI_LAO.source, THAI_LAO.flags);
	let match;
	while ((match = re.exec(text)) !== null) {
		if (match.groups.parts.trim().split(/[ \t]+(?=\S)/u).filter((p) => PLACE_PART.test(p)).length + (match.groups.postcode ? 1 : 0) < 2) continue;
		yield {
			start: match.index,
			end: match.index + match[0].length
		};
	}
}
var MARKERS, KHMER_MARKERS, PART$4, THAI_LAO, PLACE_PART, thaiLaoAddress;
var init_address_thai = __esmMin((() => {
	MARKERS = [
		"เลขที่",
		"หมู่ที่",
		"หมู่บ้าน",
		"หมู่",
		"ม\\.",
		"ซอย",
		"ซ\\.",
		"ถนน",
		"ถ\\.",
		"แขวง",
		"ตำบล",
		"ต\\.",
		"เขต",
		"อำเภอ",
		"อ\\.",
		"จังหวัด",
		"จ\\.",
		"อาคาร",
		"ชั้น",
		"ห้อง",
		"กรุงเทพมหานคร",
		"กรุงเทพฯ",
		"ບ້ານ",
		"ຖະໜົນ",
		"ຖະຫນົນ",
		"ຮ່ອມ",
		"ໜ່ວຍ",
		"ເມືອງ",
		"ແຂວງ",
		"ນະຄອນຫຼວງ"
	].join("|");
	KHMER_MARKERS = [
		"ផ្លូវ",
		"ភូមិ",
		"ឃុំ",
		"សង្កាត់",
		"ស្រុក",
		"ខណ្ឌ",
		"ក្រុង",
		"ខេត្ត",
		"រាជធានី"
	].join("|");
	PART$4 = `(?:(?:${MARKERS})[ .]?[\\p{Script=Thai}\\p{Script=Lao}\\p{Nd}]{0,30}(?: \\p{Nd}{1,4}(?!\\p{Nd}))?|(?:${KHMER_MARKERS})(?:[\\p{Script=Khmer}\\p{Nd}]{1,30}| \\p{Nd}{1,4}(?!\\p{Nd})))`;
	THAI_LAO = new RegExp(`(?<![\\p{Nd}/])(?:(?:บ้านเลขที่|เลขที่|ເຮືອນເລກທີ|ເລກທີ|ផ្ទះលេខ) ?)?\\p{Nd}{1,5}(?:/\\p{Nd}{1,5})?(?<parts>(?:[ \\t]{1,3}${PART$4}){1,8})(?<postcode>[ \\t]{1,3}\\p{Nd}{5,6}(?!\\p{Nd}))?`, "gu");
	PLACE_PART = new RegExp(`^(?!อาคาร|ชั้น|ห้อง)(?:${MARKERS}|${KHMER_MARKERS})`, "u");
	thaiLaoAddress = {
		id: "th-lo-address",
		kind: "postal_address",
		level: "strict",
		priority: 42,
		description: "Round 12: Thai or Lao address — a house number then parts named by their marker words (หมู่, ซอย, ถนน, แขวง/ตำบล, เขต/อำเภอ, จังหวัด; ບ້ານ, ຖະໜົນ, ເມືອງ, ແຂວງ; round 14, Khmer: ផ្លូវ, ភូមិ, ឃុំ/សង្កាត់, ស្រុក/ខណ្ឌ, ខេត្ត/រាជធានី), two or more, or one and the postcode",
		find: findThaiLao
	};
}));
// src/core/redaction/rules/address-turkish.ts
var NAME$3, NAMES$1, NEIGHBOURHOOD, STREET$2, DOOR, UNIT$1, PLACE$2, turkishAddress, MORE;
var init_address_turkish = __esmMin((() => {
	init_regex_rule();
	NAME$3 = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]{0,25}";
	NAMES$1 = `${NAME$3}(?: (?:${NAME$3}|\\d{1,4}\\.?)){0,3}`;
	NEIGHBOURHOOD = `${NAMES$1} (?:Mah\\.|Mh\\.|Mahallesi|Mahalle)`;
	STREET$2 = `${NAMES$1} (?:Cad\\.|Cd\\.|Caddesi|Sok\\.|Sk\\.|Sokak|Sokağı|Sokagi|Blv\\.|Bul\\.|Bulvarı|Bulvari)`;
	DOOR = "No ?: ?\\d{1,5}(?:[/-]\\d{1,4}|[A-Z])?";
	UNIT$1 = "(?:,? (?:Kat|K|D|Daire|Blok) ?: ?[\\dA-Z]{1,4}(?![\\p{L}\\p{Nd}]))";
	PLACE$2 = `(?:,? (?:\\d{5} )?${NAME$3}(?: ${NAME$3})?(?: ?/ ?${NAME$3})?)`;
	turkishAddress = regexRule({
		id: "tr-address",
		kind: "postal_address",
		level: "strict",
		priority: 42,
		description: "Round 12: Turkish address — neighbourhood (Mah.), street by its type (Cad., Sok., Blv.) and `No:` door number, then floor/flat, postcode and district/province",
		pattern: new RegExp(`(?<![\\p{L}\\p{M}])(?:${NEIGHBOURHOOD},? )?${STREET$2},? ${DOOR}${UNIT$1}{0,3}${PLACE$2}{0,2}`, "gu"),
		accept: (value) => MORE.test(value)
	});
	MORE = new RegExp(`(?:Mah\\.|Mh\\.|Mahallesi|Mahalle)|${UNIT$1}|\\d{5} |\\p{L} ?/ ?\\p{Lu}`, "u");
}));
// src/core/redaction/rules/address-vietnamese.ts
var NAME$2, LANE, STREET$1, ADMIN_WORD, ADMIN, vietnameseAddress;
var init_address_vietnamese = __esmMin((() => {
	init_regex_rule();
	NAME$2 = "\\p{Lu}[\\p{L}\\p{M}]{0,15}(?: (?:\\p{Lu}[\\p{L}\\p{M}]{0,15}|\\d{1,3}[A-Z]?(?![\\p{L}\\p{Nd}]))){0,4}";
	LANE = "(?:Số|số|Hẻm|hẻm|Ngõ|ngõ|Ngách|ngách|Kiệt|kiệt)";
	STREET$1 = `(?:${LANE} ?)?\\d{1,5}[A-Z]?(?:/\\d{1,4}){0,2}(?: ${LANE} \\d{1,4}){0,2} (?:(?:Đường|đường|Phố|phố) )?${NAME$2}`;
	ADMIN_WORD = "Phường|Quận|Huyện|Xã|Thị xã|Thị trấn|Thành phố|Tỉnh";
	ADMIN = `(?:${ADMIN_WORD}|P\\.|Q\\.|TX\\.|TT\\.|TP\\.|Tp\\.) ?(?:\\d{1,2}(?!\\d)|${NAME$2})`;
	vietnameseAddress = regexRule({
		id: "vn-address",
		kind: "postal_address",
		level: "strict",
		priority: 42,
		description: "Round 12: Vietnamese address — house number and street (Số, Hẻm, Ngõ), then two or more administrative parts led by Phường, Quận, Huyện, Xã, Thành phố/TP., Tỉnh",
		pattern: new RegExp(`(?<![\\p{L}\\p{Nd}/])${STREET$1}(?:, ?${ADMIN}){2,5}`, "gu"),
		accept: (value) => new RegExp(`, ?(?:${ADMIN_WORD}) `, "u").test(value)
	});
}));
// src/core/redaction/rules/address-country-lines.ts
/** Where each block closed by a country line starts (lines before it, at most six; none when the country line is first). */
function blocksBeforeCountryLines(text) {
	const starts = [];
	const names = countryNames();
	const re = takeScanner(COUNTRY_LINE);
	let m;
	while ((m = re.exec(text)) !== null) {
		const name = normaliseName(m[1]);
		if (name.split(" ").length > 4 || !names.countryNames.has(name)) continue;
		let start = m.index;
		for (let lines = 0; lines < MAX_LINES_BEFORE && start > 0; lines++) {
			const lineStart = text.lastIndexOf("\n", start - 2) + 1;
			const line = text.slice(lineStart, start - 1);
			if (line.trim() === "" || /[:：][ \t]*$/.test(line)) break;
			start = lineStart;
		}
		if (start < m.index) starts.push(start);
	}
	releaseScanner(COUNTRY_LINE, re);
	return starts;
}
var MAX_LINES_BEFORE, COUNTRY_LINE;
var init_address_country_lines = __esmMin((() => {
	init_address_country_names();
	init_regex_scan();
	MAX_LINES_BEFORE = 6;
	COUNTRY_LINE = /^[ \t]*([^\s\d:;,.!?(){}[\]<>"=#*|/\\][^\n\d:;,!?(){}[\]<>"=#*|/\\]{1,40})[ \t]*$/gmu;
}));
// src/core/redaction/rules/address-postcode-words.ts
/** A word that names a street by itself: a street type, a fused type ending, or a street marker of any script. */
function isStreetWord(word) {
	const w = word.replace(/[,;]$/, "");
	const bare = w.replace(/\.$/, "").toLowerCase();
	return TYPES$3.has(bare) || TYPES$3.has(`${bare}.`) || FUSED$1.test(w) || STREET_MARKER.test(w);
}
var ADMIN_WORDS, STREET_MARKER, TYPES$3, FUSED$1, NOT_ADDRESS_NUMBER_WORDS, QUANTITY;
var init_address_postcode_words = __esmMin((() => {
	init_address_words();
	ADMIN_WORDS = new Set("district dist region province prefecture county state territory ward borough parish municipality city town village area sector block colony nagar layout extension road street lane cross main phase stage oblast krai okrug raion область обл округ район р-н край город г пос посёлок поселок село деревня д с мкр микрорайон республика респ область. обл. г. пос. д. с. мкр. gu gun si shi ku cho machi mura ken fu to do dong eup myeon ri provincia departamento estado distrito municipio comune provincie région département kreis bezirk landkreis gemeinde colonia col delegación alcaldía barrio localidad partido cantón parroquia corregimiento comuna amphoe tambon khet khwaeng quận huyện phường xã tỉnh thành phố de del la las los el da do das dos di du des le les von der van den y e i and of the upon on sur am an im".split(" "));
	STREET_MARKER = /^(?:\p{L}{2,}-(?:ro|gil|daero|ro\d{0,3}beon-gil|dong|dori|dōri|chōme|chome|machi|cho|chō)|chome|chōme|chō-me|No\.?\p{Nd}{1,5}.*)$|[路街道巷弄号號]|丁目|番地|通り|[로길]$|^(?:ถนน|ซอย|ถ\.|ซ\.|شارع|ش\.|طريق|خیابان|کوچه|بلوار|میدان|רחוב|רח'|שדרות|मार्ग|रोड|स्ट्रीट|नगर|सड़क)/iu;
	TYPES$3 = new Set([...STREET_TYPES, ...ENGLISH_STREET_TYPES].map((t) => t.replace(/\\/g, "").replace(/\.\?$/, "").replace(/\?$/, "").toLowerCase()));
	FUSED$1 = new RegExp(`\\p{L}{3}(?:${FUSED_STREET_ENDINGS.filter((e) => e.length >= 3).join("|")})$`, "iu");
	NOT_ADDRESS_NUMBER_WORDS = new Set("version ver v build release chapter page pages step steps item items figure fig table section part order invoice ticket issue pr commit line lines total score year years days hours minutes min sec seconds percent pts points rev revision copyright edition since until from vol volume std rfc iso".split(" "));
	QUANTITY = /\p{Nd} ?(?:[kKMGT]i?B|bytes|ms|px|pt|rem|fps|[kMG]?Hz|kg|mg|km|mi|lbs?|USD|EUR|GBP|x|times|users|rows|requests|items|files)(?![\p{L}])/u;
}));
// src/core/redaction/rules/address-postcode-segments.ts
function namedQuote(text, i) {
	const from = Math.max(0, i - 50);
	for (const m of text.slice(from, i + 34).matchAll(NAMED_QUOTE)) {
		const open = from + m.index + m[1].length + 1;
		if ((open === i || open + m[2].length - 1 === i) && isStreetWord(m[1])) return true;
	}
	return false;
}
function isBreak(text, i) {
	const ch = text[i];
	if (BREAKS.has(ch)) return !("“”«»".includes(ch) && namedQuote(text, i));
	if (ch === "|") return /\s/.test(text[i - 1] ?? " ") && /\s/.test(text[i + 1] ?? " ");
	if (ch === "	") return tabCellBorder(text, i);
	return ch === "'" && !(/\p{L}/u.test(text[i - 1] ?? "") && /\p{L}/u.test(text[i + 1] ?? ""));
}
function kindOfBreak(text, i) {
	const ch = text[i];
	if (ch === void 0) return "hard";
	if (ch === "\n") return /\n[ \t]*$/.test(text.slice(Math.max(0, i - 20), i)) ? "hard" : "line";
	return COMMAS.has(ch) ? "comma" : "hard";
}
/** The segment ending at `end` (exclusive), looking back at most MAX_SEGMENT characters and never before `floor`. */
function segmentBefore(text, end, floor) {
	let i = end - 1;
	const stop = Math.max(floor, end - MAX_SEGMENT$1);
	while (i >= stop && !isBreak(text, i)) i--;
	if (i < stop && i >= floor && stop > floor) return null;
	return {
		start: i + 1,
		end,
		before: i < floor ? "hard" : kindOfBreak(text, i)
	};
}
function segmentAfter(text, start, limit) {
	let i = start;
	const stop = Math.min(limit, start + MAX_SEGMENT$1);
	while (i < stop && !isBreak(text, i)) i++;
	if (i >= stop && stop < limit) return null;
	return {
		start,
		end: i,
		before: "comma"
	};
}
function trimmed$1(text, seg) {
	let { start, end } = seg;
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /[\s.!?]/.test(text[end - 1])) end--;
	while (start < end && /[-*>•·]/.test(text[start]) && /\s/.test(text[start + 1] ?? "")) start += 2;
	return {
		value: text.slice(start, end),
		start,
		end
	};
}
/** A new text: the segments of the last one are forgotten. */
function forgetSegments() {
	memo$2 = /* @__PURE__ */ new Map();
}
function classify(value) {
	let kind = memo$2.get(value);
	if (kind === void 0) {
		if (memo$2.size > 5e3) memo$2 = /* @__PURE__ */ new Map();
		kind = classifyOnce(value);
		memo$2.set(value, kind);
	}
	return kind;
}
function classifyOnce(value) {
	if (value === "" || value.length > 70 || CODE.test(value)) return null;
	const words = value.replace(/[()]/g, " ").split(/\s+/).filter((w) => w !== "");
	if (words.length > 7) return null;
	const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !ADMIN_WORDS.has(w.toLowerCase().replace(/\.$/, "")) && !isStreetWord(w));
	const typed = words.some((w) => isStreetWord(w));
	if (MONTH_DAY.test(value) && !typed || QUANTITY.test(value) || !typed && words.some((w) => NOT_ADDRESS_NUMBER_WORDS.has(w.toLowerCase().replace(/[.,]$/, "")))) return null;
	const numbered = NUMBER$1.test(value.replace(YEAR$1, ""));
	if (numbered && /\d{1,2}[:.]\d{2}\b|\d{4}-\d{2}-\d{2}/.test(value)) return null;
	if (lower.length > (numbered ? 1 : 2) || lower.length > 0 && lower.length === words.length && words.length > 2) return null;
	if (numbered && WORDISH.test(value)) return "street";
	if (typed) return "street";
	if (numbered) return words.length <= 3 ? "number" : null;
	return /\p{L}/u.test(value) ? "place" : null;
}
/** The address-looking end of a longer segment (`hey, can you check this? ул. Победы`): its street, or null. */
function streetTail(text, seg) {
	const { value, start } = trimmed$1(text, seg);
	let sentence = -1;
	for (const m of value.matchAll(SENTENCE_END)) sentence = m.index;
	const tokens = [...value.slice(sentence + 1).matchAll(/\S+/g)];
	let first = tokens.length;
	while (first > 0) {
		const t = tokens[first - 1][0];
		if (CODE.test(t) || /^\p{Ll}/u.test(t) && !isStreetWord(t) && !PARTICLES$3.has(t)) break;
		first--;
	}
	while (first < tokens.length && PARTICLES$3.has(tokens[first][0])) first++;
	if (first === tokens.length) return null;
	const at = start + sentence + 1 + tokens[first].index;
	const kind = classify(text.slice(at, trimmed$1(text, seg).end));
	return kind === null ? null : {
		at,
		kind
	};
}
var CODE, MAX_SEGMENT$1, COMMAS, BREAKS, NAMED_QUOTE, NUMBER$1, SENTENCE_END, PARTICLES$3, prose, YEAR$1, WORDISH, memo$2;
var init_address_postcode_segments = __esmMin((() => {
	init_address_words();
	init_address_postcode_words();
	init_table_cells();
	CODE = /[=:{}<>[\]"`|\\@*_$%€£+~^;©]|\w\(|\(c\)/i;
	MAX_SEGMENT$1 = 90;
	COMMAS = /* @__PURE__ */ new Set([
		",",
		"，",
		"、",
		"،",
		"፣",
		"၊"
	]);
	BREAKS = /* @__PURE__ */ new Set([
		"\n",
		...COMMAS,
		"\"",
		"`",
		"“",
		"”",
		"«",
		"»",
		"「",
		"」"
	]);
	NAMED_QUOTE = /([\p{L}\p{M}-]+\.?) ([„«“][^„«“”»\n,"]{1,30}[“”»])(?= ?\p{Nd})/gu;
	NUMBER$1 = /(?<![\p{L}\p{Nd}]|\p{Nd}\.)(?:[#№]|[Nn][°ºo]\.? ?)?\p{Nd}{1,5}(?:[\p{L}]{0,2}|[/-]\p{Nd}{1,5}[\p{L}]?){0,3}(?![\p{Nd}]|\.\p{Nd})/u;
	SENTENCE_END = /[:：](?=\s)|(?<=\p{Ll}{3}|\p{Lu}\p{Ll}{3})[.?!](?=\s+\p{Lu})|[?!](?=\s)/gu;
	PARTICLES$3 = new Set(NAME_PARTICLES.split("|"));
	prose = (value) => value.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !isStreetWord(w) && !PARTICLES$3.has(w));
	YEAR$1 = /(?<![\p{Nd}])(?:19|20)\d\d(?![\p{Nd}])/gu;
	WORDISH = /(?<![\p{Nd}\p{L}\p{M}])\p{L}\p{M}*\p{L}|[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
	memo$2 = /* @__PURE__ */ new Map();
}));
// src/core/redaction/rules/address-introduced.ts
/** Where prose starts after the address in its segment (`… 676 schicken`, `… Baghdad bitte`, `… 93 in May`), or -1. */
function proseAt(value) {
	const note = value.search(/ \(\p{Ll}/u);
	if (note > 0) return note;
	if (!LOWER_AFTER_SPACE.test(value)) return -1;
	let at = 0;
	let numbered = false;
	let numberFirst = false;
	const words = value.split(" ");
	const lowerWord = (word) => /^(?:\p{Ll}[^.]*$|[—–-]$)/u.test(word);
	let lowerTail = words.length;
	while (lowerTail > 0 && lowerWord(words[lowerTail - 1])) lowerTail--;
	for (const [i, word] of words.entries()) {
		const prose = (numbered || i >= lowerTail || numberFirst && !NAME_LINKS.test(word)) && !isStreetWord(word);
		if (at > 0 && lowerWord(word) && prose) return at - 1;
		if (i === 0 && words.length > 1 && (/^\p{Lu}/u.test(words[1]) || isStreetWord(words[1])) && /\p{Nd}/u.test(word)) numberFirst = true;
		else numbered ||= /\p{Nd}/u.test(word);
		at += word.length + 1;
	}
	return -1;
}
function isPlaceWord(word) {
	if (PARTICLES$2.has(word) || /^\p{Lu}/u.test(word) || CASELESS_WORD.test(word)) return true;
	return /^[\p{Lu}\p{Lt}]/u.test(word.replace(/^[ldLD]['’]/, ""));
}
/**
* A segment typed in lower case throughout, holding a digit and a street word or a postcode, with each word's first
* letter capitalised (one UTF-16 unit for one, so offsets hold); anything else unchanged, so lower-case prose stays prose.
*/
function typedLower(value) {
	if (/\p{Lu}/u.test(value) || !/\p{Nd}/u.test(value) || !/\p{Ll}/u.test(value)) return value;
	const words = value.split(/\s+/);
	if (!(words.length <= 4 && words.some((w, i) => isPostcode(w) || i + 1 < words.length && isPostcode(`${w} ${words[i + 1]}`))) && !words.some(isStreetWord)) return value;
	return value.replace(/(?<![\p{L}\p{M}'’])[a-zà-ÿ]/gu, (ch) => ch.toUpperCase().length === 1 ? ch.toUpperCase() : ch);
}
function partOf(value) {
	let part = memo$1.get(value);
	if (part === void 0) {
		if (memo$1.size > 5e3) memo$1 = /* @__PURE__ */ new Map();
		part = readPart$2(value);
		memo$1.set(value, part);
	}
	return part;
}
function readPart$2(value) {
	if (value === "" || value.length > 60) return null;
	const words = value.split(/\s+/);
	if (words.length > 6) return null;
	if (/^\p{Lu}{1,3}\d{1,3}$/u.test(value)) return "street";
	if (!/\p{Nd}/u.test(value) && countryNames().countryNames.has(normaliseName(value))) return "country";
	if (isSignOff(value)) return null;
	const kind = classify(value);
	if (kind === "street") return /\p{Nd}/u.test(value) || words.length > 1 && words.some(isStreetWord) ? "street" : null;
	if (kind === "number") return /\p{L}/u.test(value) ? "street" : "number";
	if (/^\p{Nd}{4,6}$/u.test(value) && !/^(?:19|20)\d\d$/.test(value) && isPostcode(value)) return "number";
	if (/\p{Nd}/u.test(value) || !words.every(isPlaceWord) || !words.some((w) => !PARTICLES$2.has(w))) return null;
	if (words.some(isStreetWord) && (words.length > 1 || CASELESS_WORD.test(value))) return "street";
	return "place";
}
/** The segments after `from`: at most 7, on at most 6 lines (or one), a blank line or prose ending them. */
function segmentsAfter(text, from, oneLine = false) {
	const out = [];
	let start = from;
	let lines = 0;
	while (out.length < 7 && start < text.length) {
		const window = text.slice(start, start + 81);
		const rel = window.search(SEGMENT_BREAK);
		const end = start + (rel === -1 ? window.length : rel);
		let from = start;
		let to = end;
		while (from < to && /\s/.test(text[from])) from++;
		from = quotePrefixEnd(text, from, to);
		while (to > from && /[\s.!?'’]/.test(text[to - 1])) to--;
		const value = typedLower(text.slice(from, to));
		const prose = proseAt(value);
		const cut = prose > 0;
		if (cut) to = from + prose;
		const part = partOf(value.slice(0, to - from));
		if (cut && part === "number") break;
		if (part === null) {
			out.prose = out.length > 0 && /^\p{Ll}/u.test(text.slice(from, to)) && /\S\s+\S/.test(text.slice(from, end));
			break;
		}
		const numbered = HOUSE_NUMBER.test(text.slice(from, to));
		const written = part === "street" && value.split(/\s+/).some(isStreetWord);
		out.push({
			from,
			to,
			part,
			numbered,
			written
		});
		if (cut || end >= text.length || !SEGMENT_BREAK.test(text[end]) || /["“”«»|]/.test(text[end])) break;
		if (text[end] === "\n" && (oneLine || ++lines > 5 || /^[ \t]*\r?\n/.test(text.slice(end + 1, end + 40)))) break;
		start = end + 1;
		const lineEnd = /^[,，،፣][ \t]*\n/.test(text.slice(end, end + 12)) ? /^[ \t]*\n/.exec(text.slice(start, start + 11)) : null;
		if (lineEnd) {
			if (++lines > 5 || /^[ \t]*\r?\n/.test(text.slice(start + lineEnd[0].length, start + lineEnd[0].length + 40))) break;
			start += lineEnd[0].length;
		}
	}
	return out;
}
/**
* Places only, no street the rules know (`Shara Muhammad Soukny, Tripoli`; `Capital Hotel\nArasafi\nTripoli\nLibya`):
* after an introduction that names a place, two or more place segments before the country or the end are the
* address; of three or more the first is the recipient or venue and is left out.
*/
function placesIn(segs) {
	let last = 0;
	while (last < segs.length && (segs[last].part === "place" || segs[last].part === "number")) last++;
	if (last < 2 || segs.prose || last < segs.length && segs[last].part !== "country") return null;
	if (segs.slice(0, last).every((s) => s.part === "number")) return null;
	return {
		start: segs[last >= 3 && !(segs[1].part === "number" && segs[0].part === "place") ? 1 : 0].from,
		end: segs[last - 1].to
	};
}
/** The address among the segments: from its street to its last place or number, or null. */
function addressIn(segs, strong) {
	if (segs.length >= 7) return null;
	const street = segs.findIndex((s) => s.part === "street");
	if (street === -1) return strong === "label" || strong === "place" ? placesIn(segs) : null;
	if (strong === "signature" && !segs[street].written) return null;
	if (strong === "frame" && !segs[street].written && !(segs[street].numbered && segs[street + 1]?.part === "place")) return null;
	let last = street;
	if (!segs.prose) while (last + 1 < segs.length && segs[last + 1].part !== "country") last++;
	let first = street;
	if (last === street && street >= 1 && segs[street - 1].part === "place" && (street === 1 || segs[street - 2].part !== "place")) first--;
	const parts = segs.slice(first, last + 1);
	const alone = strong === "label" && parts.length === 1 && segs.length === 1 && !segs.prose && parts[0].numbered;
	if (parts.length < 2 && !alone && !(parts.length === 1 && segs[last + 1]?.part === "country")) return null;
	return {
		start: segs[first].from,
		end: segs[last].to
	};
}
function* findIntroducedAddresses(text) {
	memo$1 = /* @__PURE__ */ new Map();
	const words = [...allMatches(text, INTRO), ...allMatches(text, COMPOUND_INTRO)].filter((m) => !isHeaderCellWord(text, m.index, m.index + m[0].length));
	const intros = [
		...words.map((m) => ({
			index: m.index,
			intro: m[0]
		})),
		...blocksBeforeCountryLines(text).map((index) => ({
			index,
			intro: ""
		})),
		...allMatches(text, VCARD_ADR).map((m) => ({
			index: m.index,
			intro: m[0]
		})),
		...allMatches(text, COMPOUND_BARE).map((m) => ({
			index: m.index,
			intro: m[0],
			frame: true
		})),
		...frameIntros(text, words)
	];
	intros.sort((a, b) => a.index - b.index);
	let floor = 0;
	for (const m of intros) {
		const afterIntro = m.index + m.intro.length;
		if (afterIntro < floor) continue;
		const tail = m.starts ? null : LABEL_TAIL.exec(text.slice(afterIntro, afterIntro + 60));
		const start = afterIntro + (tail ? tail[0].length : 0);
		const label = tail?.[0] ?? "";
		const strength = m.signature ? "signature" : m.frame ? "frame" : m.intro === "" || WEAK_INTRO.test(m.intro) ? m.intro === "" || /[:：\n]/.test(label) ? "place" : "weak" : (label.match(/\p{L}+/gu) ?? []).length <= 1 && /^\p{L}|^\p{Nd}/u.test(text.slice(start, start + 1)) ? "label" : "place";
		for (const from of m.starts ?? [start]) {
			const found = addressIn(segmentsAfter(text, from, m.cell === true && !/["']/.test(text[from - 1] ?? "")), strength);
			if (found) {
				yield found;
				floor = found.end;
				break;
			}
		}
	}
}
var INTRO, COMPOUND_WORD, COMPOUND_INTRO, COMPOUND_BARE, WEAK_INTRO, LABEL_TAIL, SEGMENT_BREAK, PARTICLES$2, CASELESS_WORD, LOWER_AFTER_SPACE, NAME_LINKS, HOUSE_NUMBER, memo$1, introducedAddressRule;
var init_address_introduced = __esmMin((() => {
	init_address_country_names();
	init_address_continuation();
	init_address_country_lines();
	init_address_frames();
	init_address_postcode_segments();
	init_address_postcode_words();
	init_address_words();
	init_address_table_cells();
	init_regex_scan();
	INTRO = new RegExp([
		"address(?:e|es)?\\d?",
		"addr\\d?",
		"adres(?:a|i|e|ă)?",
		"adresse",
		"anschrift",
		"direcci[oó]n",
		"endere[cç]o",
		"indirizzo",
		"osoite",
		"adressi",
		"aadress",
		"heimilisfang",
		"cím",
		"naslov",
		"adresas",
		"адрес[ау]?",
		"адреса",
		"адресу",
		"العنوان",
		"عنوان",
		"כתובת",
		"địa chỉ",
		"alamat",
		"住所",
		"地址",
		"주소",
		"배송지",
		"送り先",
		"آدرس",
		"نشانی",
		"پتہ",
		"पता",
		"ठेगाना",
		"ঠিকানা",
		"முகவரி",
		"చిరునామా",
		"ವಿಳಾಸ",
		"સરનામું",
		"ਪਤਾ",
		"ලිපිනය",
		"მისამართი",
		"Հասցե",
		"አድራሻ",
		"διεύθυνση",
		"adresi",
		"ünvan",
		"manzil",
		"мекенжай",
		"хаяг",
		"anwani",
		"tirahan",
		"adress",
		"adreça",
		"enderezo",
		"helbidea",
		"cyfeiriad",
		"chomlec'h",
		"adresë",
		"адрас",
		"adresu",
		"വിലാസം",
		"adreso",
		"adressa",
		"(?:street|straße|strasse|calle|rua|ulica)(?=[\"']?[ 	]*[:=])",
		"ship(?:ping)?(?: it)? to",
		"deliver(?:y|ed)?(?: it)? to",
		"send (?:it |this |the \\p{L}+ )?to",
		"mail (?:it )?to",
		"lieferung an",
		"bitte an",
		"schicken an",
		"va fatta a",
		"spedire a",
		"enviar a",
		"envío a",
		"(?:mande|envie|enviar|entregar) (?:para|em)",
		"entrega(?: en| a)?",
		"live at",
		"living at",
		"moved to",
		"located at",
		"office is at",
		"visit us at",
		"find us at",
		"wohne in",
		"j'habite"
	].join("|").replace(/^/, "(?<![\\p{L}\\p{Nd}.])(?:") + ")(?![\\p{L}\\p{Nd}(])", "giu");
	COMPOUND_WORD = "(?<=\\p{Ll}{3})(?<!(?:mail|e-?posti?|sähköposti|ip|web|nett?|netz|verkko|internet|url|mac|server|wallet)-?)(?:adresse|adress|adres|anschrift|address|osoite|aadress|heimilisfang)";
	COMPOUND_INTRO = new RegExp(`${COMPOUND_WORD}(?=(?:[ \\t]+\\p{Ll}{1,12}){0,4}[ \\t]*:)`, "gu");
	COMPOUND_BARE = new RegExp(`${COMPOUND_WORD}(?=[ \\t]*\\r?\\n|[ \\t]+[\\p{Lu}\\p{Nd}])`, "gu");
	WEAK_INTRO = /^(?:send|mail)\b/i;
	LABEL_TAIL = /^(?:[ \t]*(?:\p{Ll}[\p{Ll}\p{M}]{0,11}(?![\p{L}\p{M}]|\.[ \t]?\p{Nd})|[_.][\p{L}\p{Nd}]{1,12}|[:=：\-–—"'“«>(|]+))*[ \t]*(?:\r?\n[ \t]*){0,3}(?:```[\w-]{0,12}[ \t]*\r?\n[ \t]*)?/u;
	SEGMENT_BREAK = /[\n,，、،፣;"“”«»|]/;
	PARTICLES$2 = new Set(NAME_PARTICLES.split("|"));
	CASELESS_WORD = new RegExp(`^[${[
		"Arabic",
		"Hebrew",
		"Thai",
		"Lao",
		"Myanmar",
		"Georgian",
		"Sinhala",
		"Malayalam",
		"Devanagari",
		"Bengali",
		"Ethiopic",
		"Han",
		"Hangul",
		"Tamil",
		"Telugu",
		"Kannada",
		"Gujarati",
		"Gurmukhi"
	].map((script) => `\\p{Script=${script}}`).join("")}]`, "u");
	LOWER_AFTER_SPACE = / (?:\p{Ll}|[—–-])/u;
	NAME_LINKS = /^(?:de|del|della|delle|dei|degli|di|da|dal|do|dos|das|du|des|la|le|les|los|las|[ld]['’].*|y|e)$/;
	HOUSE_NUMBER = /(?<![\p{L}\p{Nd}./])\p{Nd}{1,5}\p{L}?(?:[-/]\p{Nd}{1,4}\p{L}?)?(?![\p{L}\p{Nd}/])/u;
	memo$1 = /* @__PURE__ */ new Map();
	introducedAddressRule = {
		id: "introduced-address",
		kind: "postal_address",
		level: "strict",
		priority: 41,
		description: "An address the text introduces (address words of many languages, `ship to`, `Lieferung an`, `moved to`, a street field) written as street and locality segments with no known postcode, house number or type (`Szewska 6, Kraków`, `Praha, Nad Panenskou 164/4`, `Rue Mahatma Gandhi, Beirut`)",
		find: findIntroducedAddresses
	};
}));
// src/core/redaction/rules/address-query-intros.ts
var QUERY_INTRO;
var init_address_query_intros = __esmMin((() => {
	QUERY_INTRO = new RegExp([
		"directions (?:to|for)",
		"how (?:do i |to |can i )?get to",
		"route to",
		"navigate to",
		"how far is",
		"distance to",
		"(?:hotels?|restaurants?|parking|cafes?|pharmacy|atm) near",
		"c[oó]mo llegar (?:a|al|hasta)",
		"ruta (?:a|al|hacia)",
		"cerca de",
		"wie komme ich (?:zur|zum|nach|zu)",
		"route nach",
		"anfahrt(?: zu[rm]?)?",
		"in der nähe von",
		"itinéraire (?:vers|pour|jusqu'à)",
		"comment aller (?:à|au)",
		"près de",
		"come arrivare (?:a|in|al)",
		"indicazioni (?:per|stradali per)",
		"vicino a",
		"hoe kom ik (?:bij|naar|in)",
		"route naar",
		"in de buurt van",
		"como chegar (?:a|ao|à|em|no|na)",
		"rota para",
		"perto de",
		"jak dojechać (?:do|na)",
		"jak dojść (?:do|na)",
		"w pobliżu",
		"как добраться (?:до|на)",
		"маршрут до",
		"рядом с",
		"vägbeskrivning till",
		"hitta till",
		"yol tarifi"
	].join("|").replace(/^/, "(?<![\\p{L}\\p{Nd}])(?:") + ")(?![\\p{L}\\p{Nd}])", "giu");
}));
// src/core/redaction/rules/address-lower-case.ts
/**
* The line as a person would capitalise it, up to the end of the comma segment holding its last number (`…, leeds ls6
* 2ab, please` keeps `please`, which would read as a town); the same length as `line` (a letter whose capital is
* longer is kept).
*/
function capitalised(line) {
	const tokens = line.split(/(\s+)/);
	let last = -1;
	tokens.forEach((token, i) => {
		if (/\d/.test(token)) last = i;
	});
	let stop = last;
	while (stop !== -1 && stop + 2 < tokens.length && !/[,;，]$/.test(tokens[stop])) stop += 2;
	return tokens.map((token, i) => {
		if (/^\s*$/.test(token) || i > stop) return token;
		const prev = tokens[i - 2] ?? "";
		const next = tokens[i + 2] ?? "";
		const letters = token.replace(/[^\p{L}]/gu, "");
		const changed = /\p{L}/u.test(token) && /\d/.test(token) && token.replace(/[.,;]$/, "").length <= 4 || /^\p{Ll}{2,3}[.,;]?$/u.test(token) && (/^\d/.test(next) || /^\d{4,5}[.,;]?$/.test(prev) || /^\p{L}{1,3}\d/u.test(next)) ? token.toUpperCase() : token.charAt(0).toUpperCase() + token.slice(1);
		return changed.length === token.length && letters !== "" ? changed : token;
	}).join("");
}
/**
* Without an introduction nothing but the ZIP says address, so the span must read as a US line (Publication 28's
* order): a box or route word, or a house number, a name and a street type among the next five words; after the type
* a number only as a unit's (`# 502`, `apt 3`); a town word before the state. Prose with a type word in it
* (`build 42 of the main branch in 12345`, `5 miles on the trail in 95 degrees, ok 12345`, `la 5 rue est fermée, ca
* 12345`) has no town there, a bare number after the type, or no name before it.
*/
function usLine(value) {
	const words = value.toLowerCase().split(/[\s,]+/).map((w) => w.replace(/\.$/, "")).filter((w) => w !== "");
	if (US_BOX_WORDS.includes(words[0])) return true;
	const type = words.findIndex((w, i) => i >= 2 && i <= 5 && US_LINE_WORDS.has(w));
	const state = words.length - 2;
	if (!/^\d/.test(words[0]) || type === -1 || type >= state - 1 || !/^\p{L}+$/u.test(words[state - 1])) return false;
	return words.slice(type + 1, state).every((w, i, rest) => !/\d/.test(w) || /^#/.test(w) || UNIT_BEFORE.has(rest[i - 1] ?? words[type]));
}
function* lowerCaseStateRuns(text) {
	const re = new RegExp(LOWER_STATE_ZIP.source, LOWER_STATE_ZIP.flags);
	let floor = 0;
	let match;
	while ((match = re.exec(text)) !== null) {
		const end = match.index + match[0].length;
		let start = lineStartWithin(text, Math.max(floor, end - MAX_LINE), match.index);
		floor = end;
		const before = text.slice(start, match.index);
		let cut = before.length;
		while (cut > 0 && !NOT_LOWER_ADDRESS.test(before[cut - 1])) cut--;
		if (cut > 0 && /\p{L}/u.test(before[cut - 1])) while (cut < before.length && !/\s/.test(before[cut - 1])) cut++;
		while (cut < before.length && /\s/.test(before[cut])) cut++;
		start += cut;
		if (/\d/.test(text.slice(start, match.index))) yield {
			start,
			end
		};
	}
}
function leadsWithStreetType(span) {
	const first = /^\p{L}+/u.exec(span.toLowerCase())?.[0] ?? "";
	return (LEADING_STREET_TYPES.has(first) || GLUED_TYPE_END.test(first)) && /(?<!\d)\d{4,7}(?!\d)/.test(span);
}
function* georgianBlocks(text) {
	const re = /\p{Script=Georgian}/gu;
	let floor = 0;
	let match;
	while ((match = re.exec(text)) !== null) {
		if (match.index < floor) continue;
		const start = lineStartWithin(text, Math.max(floor, match.index - MAX_LINE), match.index);
		const limit = Math.min(text.length, start + 320);
		let end = match.index;
		for (let lines = 0; lines < 5 && end < text.length && end - start < 320; lines++) {
			const lineEnd = lineEndWithin(text, end + 1, limit);
			const line = text.slice(end === match.index ? start : end + 1, lineEnd);
			if (lines > 0 && !/\p{Script=Georgian}|^[\s\d.,-]{1,12}$/u.test(line)) break;
			end = lineEnd;
		}
		end = Math.min(end, start + 320);
		floor = end;
		re.lastIndex = end;
		if (/\d/.test(text.slice(start, end))) yield {
			start,
			end
		};
	}
}
function lowerCaseAddressRule(rules) {
	return {
		id: "lower-case-address",
		kind: "postal_address",
		level: "strict",
		priority: 40,
		description: "Round 12: an address typed in lower case after its introduction (round 14: or a US line ending in a lower-case state and ZIP), read by the other address rules from a copy capitalised as a person would write it (`leeds ls6 2ab`, `chicago il 60625`)",
		*find(text) {
			function* readCapitalised(line, start) {
				const copy = capitalised(line);
				for (const rule of rules()) {
					if (!READS_CAPITALS$1.has(rule.id)) continue;
					for (const range of rule.find(copy)) {
						const span = copy.slice(range.start, range.end);
						if ((span.match(/\p{Nd}+/gu)?.length ?? 0) < 2 && !leadsWithStreetType(span)) continue;
						yield {
							start: start + range.start,
							end: start + range.end
						};
					}
				}
			}
			for (const intro of [INTRO, QUERY_INTRO]) yield* introducedLines(intro);
			function* introducedLines(intro) {
				const re = new RegExp(intro.source, intro.flags);
				let floor = 0;
				let match;
				while ((match = re.exec(text)) !== null) {
					const afterIntro = match.index + match[0].length;
					if (afterIntro < floor) continue;
					const start = afterIntro + (LABEL_END.exec(text.slice(afterIntro, afterIntro + 40))?.[0].length ?? 0);
					const lineEnd = text.indexOf("\n", start);
					const end = Math.min(lineEnd === -1 ? text.length : lineEnd, start + MAX_LINE);
					floor = end;
					const line = text.slice(start, end);
					if (/\p{Lu}/u.test(line) || !/\d/.test(line) || !/^\p{Ll}|^\d/u.test(line)) continue;
					for (const range of readCapitalised(line, start)) if (intro === INTRO || range.start === start) yield range;
				}
			}
			for (const run of lowerCaseStateRuns(text)) for (const range of readCapitalised(text.slice(run.start, run.end), run.start)) if (range.start === run.start && usLine(text.slice(range.start, range.end))) yield range;
			for (const block of georgianBlocks(text)) {
				const capital = (c) => c.toUpperCase().length === 1 ? c.toUpperCase() : c;
				const copy = text.slice(block.start, block.end).replace(GEORGIAN_WORD_START, capital);
				for (const rule of rules()) {
					if (!READS_GEORGIAN.has(rule.id)) continue;
					for (const range of rule.find(copy)) yield {
						start: block.start + range.start,
						end: block.start + range.end
					};
				}
			}
		}
	};
}
var MAX_LINE, LABEL_END, LOWER_STATE_ZIP, NOT_LOWER_ADDRESS, US_LINE_WORDS, UNIT_BEFORE, ENGLISH_ONLY$2, LEADING_STREET_TYPES, STREET_TYPE_SET, GLUED_THOROUGHFARES, GLUED_TYPE_END, READS_CAPITALS$1, GEORGIAN_WORD_START, READS_GEORGIAN;
var init_address_lower_case = __esmMin((() => {
	init_address_introduced();
	init_address_lines();
	init_address_query_intros();
	init_address_street_types_data();
	init_address_words();
	MAX_LINE = 160;
	LABEL_END = /^[ \t]*(?:[:=：\-–—"'“«>(]+[ \t]*)*(?:(?:is|es|ist|est|è|é|är|er|on|jest|je)[ \t]+|(?:\p{Ll}{1,12}[ \t]+){0,2}\p{Ll}{1,12}[ \t]*[:：][ \t]*)?/u;
	LOWER_STATE_ZIP = new RegExp(`(?<![\\p{L}\\p{Nd}])(?:${US_STATE_CODES.toLowerCase().replace(/ /g, "|")})\\.?,?[ \\t]{1,3}\\d{5}(?:-\\d{4})?(?![\\p{L}\\p{Nd}-])`, "gu");
	NOT_LOWER_ADDRESS = /[^\p{Ll}\p{M}\p{Nd}\s#№°.,/&-]/u;
	US_LINE_WORDS = /* @__PURE__ */ new Set([
		...ENGLISH_STREET_TYPE_WORDS,
		...ENGLISH_STREET_TYPES,
		...US_BOX_WORDS
	]);
	UNIT_BEFORE = /* @__PURE__ */ new Set([
		"#",
		"no",
		"apt",
		"ste",
		"suite",
		"unit",
		"lot",
		"box",
		"lockbox",
		"code",
		"rm",
		"room",
		"fl",
		"floor",
		"bldg",
		"spc",
		"trlr",
		"dept"
	]);
	ENGLISH_ONLY$2 = new Set(ENGLISH_ONLY_STREET_TYPE_WORDS);
	LEADING_STREET_TYPES = new Set(STREET_TYPE_WORDS.filter((w) => !ENGLISH_ONLY$2.has(w) && w.length >= 3));
	STREET_TYPE_SET = new Set(STREET_TYPE_WORDS);
	GLUED_THOROUGHFARES = GLUED_STREET_TYPES.filter((t) => t.length >= 5 && STREET_TYPE_SET.has(t));
	GLUED_TYPE_END = new RegExp(`\\p{L}{2}(?:${GLUED_THOROUGHFARES.join("|")})$`, "u");
	READS_CAPITALS$1 = /* @__PURE__ */ new Set([
		"address-block",
		"address-line",
		"address-postcode-block",
		"address-country-data",
		"po-box",
		"street-line",
		"us-street-address",
		"uk-postcode",
		"de-street-address"
	]);
	GEORGIAN_WORD_START = /(?<![\p{L}\p{M}])\p{Script=Georgian}/gu;
	READS_GEORGIAN = /* @__PURE__ */ new Set(["address-postcode-block", "introduced-address"]);
}));
// src/core/redaction/rules/address-countries.ts
function segments(text) {
	const out = [];
	const breaks = new RegExp(BREAK$1.source + "|'", "g");
	let start = 0;
	let before = "hard";
	for (;;) {
		const m = breaks.exec(text);
		if (m && m[0] === "'" && /\p{L}/u.test(text[m.index - 1] ?? "") && /\p{L}/u.test(text[m.index + 1] ?? "")) continue;
		const i = m ? m.index : text.length;
		if (i - start <= MAX_SEGMENT) {
			let from = start;
			let to = i;
			while (from < to && /\s/.test(text[from])) from++;
			while (to > from && /[\s.!?]/.test(text[to - 1])) to--;
			while (from < to && /[-*>•·]/.test(text[from]) && /\s/.test(text[from + 1] ?? "")) from += 2;
			out.push({
				start,
				end: i,
				before,
				from,
				to,
				value: text.slice(from, to)
			});
		} else out.push({
			start,
			end: i,
			before,
			from: start,
			to: i,
			value: ""
		});
		if (!m) break;
		const ch = m[0];
		before = ch === "\n" ? /\n[ \t]*$/.test(text.slice(Math.max(0, i - 20), i)) ? "hard" : "line" : /[,，、،]/.test(ch) ? "comma" : "hard";
		start = i + 1;
	}
	return out;
}
/** Whether the segment holds a postcode (at its start or end, or as all of it) of one of the countries `codes`. */
function postcodeOf(seg, codes, names) {
	const key = codes.join();
	if (seg.postcode?.codes === key) return seg.postcode.found;
	let found = false;
	if (/\p{Nd}/u.test(seg.value)) {
		const tokens = /* @__PURE__ */ new Set();
		for (const re of [HEAD_CODE, TAIL_CODE]) {
			const m = re.exec(seg.value);
			if (m) tokens.add(asciiDigits(m[1]));
		}
		if (seg.value.length <= 14) tokens.add(asciiDigits(seg.value));
		for (const token of tokens) if (/\d/.test(token) && !/^(?:19|20)\d\d$/.test(token) && codes.some((code) => names.countries.get(code)?.postcode?.test(token))) found = true;
	}
	seg.postcode = {
		codes: key,
		found
	};
	return found;
}
/** The name a segment ends with (`Laoag City Ilocos Norte`, `Guangdong 510620`) or starts with (`Ireland — …`). */
function lookup(seg, map, names, at) {
	if (!seg.words) {
		const words = normaliseName(seg.value).split(" ");
		if (words.length > 1 && /\d/.test(words[words.length - 1])) words.pop();
		else if (words.length > 1 && /\d/.test(words[0])) words.shift();
		seg.words = words;
	}
	const words = seg.words;
	if (at !== "start") {
		if (!names.lastWords.has(words[words.length - 1])) return null;
		for (let n = Math.min(4, words.length); n >= 1; n--) {
			if (!names.firstWords.has(words[words.length - n]) || at === "whole" && n !== words.length) continue;
			const codes = map.get(words.slice(words.length - n).join(" "));
			if (codes) return codes;
		}
		return null;
	}
	if (!names.firstWords.has(words[0])) return null;
	for (let n = Math.min(4, words.length); n >= 1; n--) {
		const codes = map.get(words.slice(0, n).join(" "));
		if (codes) return codes;
	}
	return null;
}
/** A division name at the start of a caseless-script segment (`台北市大安區`, `東京都中央区`), its postcode cut off. */
function caselessRegion(rest, names) {
	for (let n = Math.min(8, rest.length); n >= 2; n--) {
		const codes = names.regionNames.get(rest.slice(0, n));
		if (codes) return codes;
	}
	return null;
}
function kindOf$1(text, seg) {
	if (seg.kind) return seg.kind;
	let kind = classify(seg.value);
	let at = seg.from;
	if (kind === "street" && prose(seg.value)) at = streetTail(text, seg)?.at ?? seg.from;
	else if (kind === null && seg.value !== "") {
		const tail = streetTail(text, seg);
		if (tail) ({kind, at} = tail);
	}
	seg.kind = {
		kind,
		at
	};
	return seg.kind;
}
/** Where the address ending at segment `last` starts, walking back over its segments, or null. `named` is the
* segment holding the region's name (it names a place, it is no street: `St. Andrew`, `กำแพงเพชร 1`), if any. */
function walkBack$1(text, segs, last, codes, names, named) {
	const walked = {
		kinds: [],
		starts: []
	};
	let postcode = false;
	let typed = false;
	let stopped = false;
	for (let i = last; i >= 0 && i > last - 9; i--) {
		const seg = segs[i];
		if (seg.value === "" && seg.end - seg.start < 3 && seg.before !== "hard") continue;
		const own = postcodeOf(seg, codes, names);
		if (own) postcode = true;
		seg.named ??= lookup(seg, names.regionNames, names, "whole") !== null || lookup(seg, names.countryNames, names, "whole") !== null;
		const { kind, at } = named && i === last || seg.named ? {
			kind: "place",
			at: seg.from
		} : own && classify(seg.value) === null ? {
			kind: "number",
			at: seg.from
		} : kindOf$1(text, seg);
		if (kind === null) {
			stopped = true;
			break;
		}
		walked.kinds.unshift(kind);
		walked.starts.unshift(at);
		if (kind === "street" && seg.value.split(/\s+/).some(isStreetWord)) typed = true;
		if (at !== seg.from || seg.before === "hard" || i === 0) {
			stopped = true;
			break;
		}
	}
	if (!stopped) return null;
	const street = walked.kinds.indexOf("street");
	const places = walked.kinds.filter((k) => k === "place").length;
	const cityState = codes.some((c) => names.countries.get(c)?.cityState);
	if (street !== -1 && (postcode || typed || named && walked.kinds.length >= 3 || cityState && walked.kinds.length >= 1)) {
		let first = street;
		if (first >= 1 && walked.kinds[first - 1] === "number") first--;
		if (first >= 1 && walked.kinds[first] === "number" && walked.kinds[first - 1] === "place") first--;
		return walked.starts[first];
	}
	if (postcode && places >= 2) return walked.starts[walked.kinds.indexOf("place")];
	return null;
}
/** A name followed by more names or places (`Iran,Irak,Irska`, `Delta,Dieppe,Digby`) is an item of a list. */
function listGoesOn(segs, i, names) {
	let places = 0;
	for (let j = i + 1; j <= i + 2 && j < segs.length; j++) {
		const seg = segs[j];
		if (seg.before === "hard" || seg.value === "") return false;
		if (lookup(seg, names.countryNames, names, "whole")) return j === i + 1 && lookup(segs[i], names.countryNames, names, "whole") !== null;
		if (classify(seg.value) === null) return false;
		places++;
	}
	return places === 2;
}
/** Region first (`106\n台北市大安區\nSec. 3 Hsin-yi Rd.`): the end of the street after it, or null. */
function walkForward$1(text, segs, first) {
	let end = null;
	let street = false;
	for (let i = first + 1; i < segs.length && i <= first + 6; i++) {
		const seg = segs[i];
		if (seg.before === "hard") break;
		if (seg.value === "" && seg.end - seg.start < 3) continue;
		const kind = classify(seg.value);
		if (kind === null) break;
		if (kind === "street") street = true;
		if (kind !== "place") end = seg.to;
	}
	return street ? end : null;
}
function* findCountryAddresses(text) {
	if (!/\p{L}/u.test(text)) return;
	const names = countryNames();
	const segs = segments(text);
	for (let i = 0; i < segs.length; i++) {
		const seg = segs[i];
		if (seg.value === "" || seg.value.length > 60) continue;
		const country = lookup(seg, names.countryNames, names, "start");
		const region = country ? null : lookup(seg, names.regionNames, names, "end");
		if ((country || region) && listGoesOn(segs, i, names)) continue;
		if (country && i > 0 && segs[i - 1].value !== "" && seg.before !== "hard") {
			const start = walkBack$1(text, segs, i - 1, country, names, false);
			if (start !== null) yield {
				start,
				end: segs[i - 1].to
			};
		}
		if (region) {
			const start = walkBack$1(text, segs, i, region, names, true);
			if (start !== null) yield {
				start,
				end: seg.to
			};
		}
		if (seg.caseless === void 0) {
			const rest = seg.value.replace(/^(?:〒 ?)?[\p{Nd}-]{3,10}[ \u3000]?/u, "");
			seg.caseless = CASELESS_START.test(rest) ? rest : null;
		}
		const firstRegion = (seg.caseless === null ? null : caselessRegion(seg.caseless, names)) ?? region;
		if (firstRegion && firstRegion.some((c) => names.countries.get(c)?.majorFirst)) {
			const end = walkForward$1(text, segs, i);
			if (end === null) continue;
			const before = i > 0 && seg.before !== "hard" ? segs[i - 1] : null;
			yield {
				start: before && postcodeOf(before, firstRegion, names) ? before.from : seg.from,
				end
			};
		}
	}
}
var BREAK$1, MAX_SEGMENT, CASELESS_START, HEAD_CODE, TAIL_CODE, countryAddressRule;
var init_address_countries = __esmMin((() => {
	init_address_country_names();
	init_address_postcode_segments();
	init_address_postcode_words();
	BREAK$1 = /[\n,，、،;；"“”«»「」`]/;
	MAX_SEGMENT = 90;
	CASELESS_START = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
	HEAD_CODE = /^(?:〒 ?)?((?:[\p{Lu}]{1,6}[ -]?)?[\p{Nd}][\p{Nd}\p{Lu}-]{1,10}(?: [\p{Nd}\p{Lu}]{2,4})?)/u;
	TAIL_CODE = /(?:^|\s)((?:[\p{Lu}]{1,6}[ -]?)?[\p{Nd}][\p{Nd}\p{Lu}-]{1,10}(?: [\p{Nd}\p{Lu}]{2,4})?)$/u;
	countryAddressRule = {
		id: "address-country-data",
		kind: "postal_address",
		level: "strict",
		priority: 41,
		description: "Any country (Google's i18n address metadata): segments ending at a region or the country's name, or starting at a postcode and region where the country writes its region first, holding a street or the country's own postcode",
		find: findCountryAddresses
	};
}));
// src/core/redaction/rules/address-cyrillic.ts
function* findCyrillicAddresses(text) {
	const re = new RegExp(ADDRESS.source, ADDRESS.flags);
	let floor = 0;
	let match;
	while ((match = re.exec(text)) !== null) {
		const from = Math.max(floor, match.index - 200);
		const back = PARTS_BEFORE.exec(text.slice(from, match.index));
		let start = back ? from + back.index : match.index;
		while (start < match.index && /[\p{L}\p{N}]/u.test(text[start - 1] ?? "")) start = match.index;
		const end = match.index + match[0].replace(/[,\s]+$/, "").length;
		if (!/(?:д\.|дом|буд\.|будинок|№|(?<!\p{L})д )\s?\d/u.test(match[0]) && /^\s+[а-яёїієґў]{2}/u.test(text.slice(end, end + 4))) continue;
		const range = continueAddress(text, {
			start,
			end
		});
		floor = range.end;
		yield range;
	}
}
var UP$1, LO$1, NAME$1, NAMES, STREET, ADDRESS, PART$3, PARTS_BEFORE, cyrillicAddressRule;
var init_address_cyrillic = __esmMin((() => {
	init_address_continuation();
	UP$1 = "[А-ЯЁЇІЄҐЎЈЂЋЉЊЏ]";
	LO$1 = "[а-яёїієґўјђћљњџ]";
	NAME$1 = `(?:${UP$1}${LO$1}{0,25}(?:-${UP$1}?${LO$1}{1,20})?|\\d{1,3}-?(?:${LO$1}{1,3}))`;
	NAMES = `(?:${UP$1}\\. ?)?${NAME$1}(?: (?:${NAME$1}|(?:лет|им\\.|имени|де|ла)))?(?: ${NAME$1}){0,2}`;
	STREET = `(?:(?:ул\\.|улица|ул|пр-т|пр-кт|просп\\.|проспект|пр\\.|пер\\.|переулок|наб\\.|набережная|б-р|бул\\.|бульвар|ш\\.|шоссе|пл\\.|площадь|пр-д|проезд|туп\\.|тупик|мкр\\.|микрорайон|кв-л|квартал|аллея|линия|вул\\.|вулиця|пров\\.|провулок|просп|бульв\\.|майдан|узвіз|вуліца|бул|жк|ж\\.к\\.|кв\\.|улица|ул\\.|булевард|трг|сквер|тракт|(?:пер|наб|пл|туп|мкр|вул|пров|бульв)(?= )) ?${NAMES}|${NAMES} (?:ул\\.|улица|пер\\.|переулок|пр\\.|пр-т|проспект|просп\\.|наб\\.|набережная|ш\\.|шоссе|б-р|бульвар|проезд|пр-д|пл\\.|площадь|туп\\.|тупик|вул\\.|вулиця|провулок|пров\\.|просп\\.|бульв\\.|алея|аллея|тракт))`;
	ADDRESS = new RegExp(`(?<![\\p{L}\\p{N}])${STREET}${`(?:,? ?(?:(?:д\\.|дом|буд\\.|будинок|№|бр\\.|(?:д|буд)(?= \\d)) ?)?${`\\d{1,4}(?: ?(?:${LO$1}|${UP$1})(?![\\p{L}.]))?(?:[/-]\\d{1,4}${LO$1}?)?(?: ?(?:к\\.|корп\\.|корпус|стр\\.|строение|к) ?\\d{1,3})?`})(?:,? ?(?:кв\\.|квартира|офис|оф\\.|пом\\.|помещение|комн\\.|ап\\.|ет\\.|вх\\.|под\\.|подъезд|эт\\.|этаж|бл\\.|(?:кв|оф|пом|комн|эт)(?= \\d)) ?\\d{1,4}){0,3}`}(?![\\p{L}\\p{N}])(?:,? \\d{6}(?![\\p{N}])(?:,? (?:г\\. ?)?[\\p{Lu}][\\p{L}.-]{1,25}(?: [\\p{Lu}][\\p{L}.-]{1,25})?)?)?`, "gu");
	PART$3 = `(?:\\d{6}|РФ|Россия|Российская Федерация|Україна|Украина|Беларусь|Казахстан|България|Србија|${NAME$1}(?: ${NAME$1})? (?:обл\\.?|область|край|р-н|район|АО|авт\\. ?окр\\.?|округ|респ\\.)|(?:Республика|респ\\.|Респ\\.) ${NAME$1}(?: ${NAME$1})?|${UP$1}{2,5}|(?:г\\.|гор\\.|город|(?:г|гор|пос|дер)(?= )|пгт\\.?|п\\.г\\.т\\.|поселок городского типа|посёлок городского типа|пос\\.|п\\.|посёлок|поселок|с\\.|село|дер\\.|деревня|ст-ца|станица|м\\.|смт\\.?|мiсто|місто|гр\\.|град|р-н|район) ?${NAME$1}(?:[- ]${NAME$1})?|${NAME$1}(?: ${NAME$1})? (?:р-н|район))`;
	PARTS_BEFORE = new RegExp(`(?:${PART$3}(?:,\\s?|\\s))+$`, "u");
	cyrillicAddressRule = {
		id: "address-cyrillic",
		kind: "postal_address",
		level: "strict",
		priority: 42,
		description: "Cyrillic-script address: a street marked by its type (ул., пр-т, пер., наб., вул., бул.…, before or after the name) and a house number (д./дом/буд., letter, /, корп., кв./офис), with the postcode, region, district and settlement before it",
		find: findCyrillicAddresses
	};
}));
// src/core/redaction/rules/address-cjk-city.ts
/**
* Where the building tail after a street number ends: over tail characters, single spaces between them and one
* bracketed note (`（首都体育馆院内）`, `(B座629)`) to the last character a building, floor or room ends on; `end`
* itself when nothing fits. Looks at most 40 characters ahead.
*/
function buildingTailEnd(text, end) {
	const limit = Math.min(text.length, end + MAX_TAIL);
	let best = end;
	let i = end;
	while (i < limit) {
		const ch = text[i];
		if (ch === "（" || ch === "(") {
			const close = text.slice(i + 1, limit).search(ch === "（" ? /[）]/ : /[)]/);
			if (close < 1) break;
			const inside = text.slice(i + 1, i + 1 + close);
			if (/[，,。；;：:！!？?\n]/.test(inside) || DISTANCE.test(inside)) break;
			i += close + 2;
			best = i;
			continue;
		}
		if (ch === " " || ch === "　") {
			const next = text[i + 1];
			if (next === void 0 || !TAIL_CHAR.test(next) || PROSE_CHAR.test(next)) break;
			i++;
			continue;
		}
		if (!TAIL_CHAR.test(ch) || PROSE_CHAR.test(ch)) break;
		i++;
		if (TAIL_END.test(ch)) best = i;
	}
	return best;
}
/** A CJK address range carried over its building tail. */
function withBuildingTail(text, range) {
	return {
		start: range.start,
		end: buildingTailEnd(text, range.end)
	};
}
/**
* Block numbers with a marker (丁目, 番, 号, 条, 西…) or three groups are addresses; two groups need a group of two
* digits or more (`落合1-15`), since `大会決勝3-1` is a score.
*/
function plausibleNumber(lead, town, number) {
	if (town === "" && /[市区區郡]$/u.test(lead)) return /番地?$/u.test(number);
	if (/[ノの丁番号號条條東西南北]|地割|^[A-ZＡ-Ｚ]/u.test(number)) return true;
	const groups = number.split(/[-－‐−]/u);
	if (groups.length >= 3 || groups.length === 2 && groups.some((g) => g.length >= 2)) return true;
	if (/大?字$|^大?字/u.test(town) || /[市区區郡町村]大?字/u.test(lead)) return true;
	if (/[町村]\p{Script=Han}{1,4}$/u.test(lead)) return true;
	return (number.match(/[0-9０-９]/g)?.length ?? 0) >= 3;
}
function* findCityLed(text) {
	const re = new RegExp(CITY_LED.source, CITY_LED.flags);
	let match;
	while ((match = re.exec(text)) !== null) {
		const { town, number } = match.groups;
		if (!plausibleNumber(match[0].slice(0, match[0].length - number.length), town, number)) continue;
		const range = withBuildingTail(text, {
			start: match.index,
			end: match.index + match[0].length
		});
		yield range;
		re.lastIndex = range.end;
	}
}
var TAIL_CHAR, PROSE_CHAR, TAIL_END, MAX_TAIL, DISTANCE, DIGIT, KANJI_DIGIT, CITY_LED, cjkCityAddress;
var init_address_cjk_city = __esmMin((() => {
	TAIL_CHAR = /[\p{Script=Han}\p{Script=Katakana}ー々ヶA-Za-z0-9０-９Ａ-Ｚａ-ｚ\-－.·・#＃]/u;
	PROSE_CHAR = /[的是在和与與及或我你他她们們了吗嗎呢吧请請到给給从從向]/u;
	TAIL_END = /[楼樓层層室座栋棟幢厦廈心场場园園城苑院馆館店寓区區厅廳号號階館\p{Script=Katakana}ーFf0-9０-９A-Za-zＡ-Ｚ]/u;
	MAX_TAIL = 40;
	DISTANCE = /[0-9０-９]\s?(?:分钟|分鐘|分|小时|小時|秒|公里|千米|米|km|m\b|min)/u;
	DIGIT = "[0-9０-９]";
	KANJI_DIGIT = "[一二三四五六七八九十]";
	CITY_LED = new RegExp(`(?:(?<![\\p{Script=Han}\\p{Script=Katakana}ヶケ々])[\\p{Script=Han}ヶケ]{1,5}|(?<![\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}ヶケ々])\\p{Script=Hiragana}{2,6}\\p{Script=Han}{0,3})(?:市|区|區|郡)(?:[\\p{Script=Han}ヶケ]{1,5}(?:区|區|町|村|县|縣)){0,2}(?<town>(?:[\\p{Script=Han}\\p{Script=Katakana}ヶケ々ー]|（[\\p{Script=Han}\\p{Script=Katakana}ヶケ々ー]{1,8}）|[ \\u3000](?=[\\p{Script=Han}\\p{Script=Katakana}0-9０-９])){0,16}?)(?<number>(?:[A-ZＡ-Ｚ][-－‐−])?(?:${DIGIT}{1,5}|${KANJI_DIGIT}{1,3})(?:(?:[-－‐−ノの]|丁目|番地?|号|號|地割|(?:条|條)(?:通)?[東西南北]?|[東西南北])(?:${DIGIT}{1,5}|${KANJI_DIGIT}{1,3})){0,4}(?: ?(?:番地?|号|號))?)(?![0-9０-９年月日时時分秒万萬千百亿億元円个個件人次名位岁歳%％度倍回期届斤里米吨公克])`, "gu");
	cjkCityAddress = {
		id: "cjk-city-address",
		kind: "postal_address",
		level: "strict",
		priority: 42,
		description: "Round 12: Chinese or Japanese address led by its city or ward (市/区/郡, then wards and towns), its block, lot or 号 number and the building, floor and room after it",
		find: findCityLed
	};
}));
// src/core/redaction/rules/address-cjk.ts
/**
* Found in steps rather than by one pattern: the division names by a plain alternation, then what follows in a
* window of 40 characters, so a long run of Han characters costs no more than its length times a constant.
*/
function* findCjkAdministrative(text) {
	const re = new RegExp(TOP_RE.source, TOP_RE.flags);
	let match;
	while ((match = re.exec(text)) !== null) {
		const from = match.index + match[0].length;
		const window = text.slice(from, from + 40);
		const digit = window.search(/\p{Nd}/u);
		if (digit < 0) continue;
		const between = window.slice(0, digit);
		if (!/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々ヶ，,、 \u3000A-Za-z（）]*$/u.test(between)) continue;
		if (!HAS_PLACE.test(between) && !/^ ?\p{Nd}{1,5}[号號番丁]/u.test(window.slice(digit - (between.endsWith(" ") ? 1 : 0)))) continue;
		NUMBER_AND_UNIT.lastIndex = from + digit;
		const tail = NUMBER_AND_UNIT.exec(text);
		if (!tail) continue;
		const end = buildingTailEnd(text, tail.index + tail[0].length);
		yield {
			start: match.index,
			end
		};
		re.lastIndex = end;
	}
}
/** A Chinese address found by its road (`请寄到广东省…路208号`) starts at its named division when it holds one. */
function startAtDivision(text, range) {
	const at = DIVISION.exec(text.slice(range.start, range.end))?.index ?? 0;
	return {
		start: range.start + at,
		end: range.end
	};
}
var CN_PROVINCES, TW_CITIES, JP_PREFECTURES, IDEO, SEP$2, TOP, UNIT, TOP_RE, NUMBER_AND_UNIT, HAS_PLACE, cjkAdministrativeAddress, ROMAJI_PART, japaneseRomanisedAddress, DIVISION;
var init_address_cjk = __esmMin((() => {
	init_address_cjk_city();
	init_regex_rule();
	CN_PROVINCES = "北京|天津|上海|重庆|重慶|河北|山西|辽宁|遼寧|吉林|黑龙江|黑龍江|江苏|江蘇|浙江|安徽|福建|江西|山东|山東|河南|湖北|湖南|广东|廣東|海南|四川|贵州|貴州|云南|雲南|陕西|陝西|甘肃|甘肅|青海|台湾|臺灣|台灣|内蒙古|內蒙古|广西|廣西|西藏|宁夏|寧夏|新疆|香港|澳门|澳門";
	TW_CITIES = "台北|臺北|新北|桃園|台中|臺中|台南|臺南|高雄|基隆|新竹|嘉義|苗栗|彰化|南投|雲林|屏東|宜蘭|花蓮|台東|臺東|澎湖|金門|連江";
	JP_PREFECTURES = "北海道|青森県|岩手県|宮城県|秋田県|山形県|福島県|茨城県|栃木県|群馬県|埼玉県|千葉県|東京都|神奈川県|新潟県|富山県|石川県|福井県|山梨県|長野県|岐阜県|静岡県|愛知県|三重県|滋賀県|京都府|大阪府|兵庫県|奈良県|和歌山県|鳥取県|島根県|岡山県|広島県|山口県|徳島県|香川県|愛媛県|高知県|福岡県|佐賀県|長崎県|熊本県|大分県|宮崎県|鹿児島県|沖縄県";
	IDEO = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々ヶ";
	SEP$2 = "[，,、 \\u3000]?";
	TOP = `(?:(?:${CN_PROVINCES}|${TW_CITIES})(?:省|市|縣|县|自治区|自治區|壮族自治区|回族自治区|维吾尔自治区|特别行政区|特別行政區)?|${JP_PREFECTURES})`;
	UNIT = `(?:${SEP$2}[${IDEO}A-Za-z ]{0,10}?\\p{Nd}{1,5}(?:号楼|號樓|楼|樓|层|層|室|号室|號室|座|单元|單元|階|F)){0,3}`;
	TOP_RE = new RegExp(TOP, "gu");
	NUMBER_AND_UNIT = new RegExp(` ?\\p{Nd}{1,5}(?:(?:丁目|番地|番|号|號|条|條|[-－ー])[東西南北东]?\\p{Nd}{0,5}){0,4}(?:号|號|番地?|丁目)?${UNIT}`, "uy");
	HAS_PLACE = /[市区區县縣町村郡]|[路街道巷弄通]|[号號番丁目条條]/;
	cjkAdministrativeAddress = {
		id: "cjk-admin-address",
		kind: "postal_address",
		level: "strict",
		priority: 42,
		description: "Chinese, Taiwanese or Japanese address from a named province/prefecture through districts to the street number, building, floor and room",
		find: findCjkAdministrative
	};
	ROMAJI_PART = "(?:[A-Z][A-Za-zōūŌŪ']{1,25}(?:-(?:ku|shi|ken|fu|to|cho|chō|machi|gun|mura|ward))?|\\d{1,2}[ -]?[Cc]h[oō]me)";
	japaneseRomanisedAddress = regexRule({
		id: "jp-romanised-address",
		kind: "postal_address",
		level: "strict",
		priority: 42,
		description: "Romanised Japanese address: block numbers (1-9-1, 135) then town, chōme and a -ku/-shi/-ken/-fu/-cho word",
		pattern: new RegExp(`(?<![\\w-])\\d{1,5}(?:-\\d{1,5}){0,2},? (?:${ROMAJI_PART},? ){0,4}${ROMAJI_PART}`, "g"),
		accept: (value) => /-(?:ku|shi|ken|fu|cho|chō|machi|gun|mura)\b|[Cc]h[oō]me/.test(value) && /[A-Za-z]{3}/.test(value)
	});
	DIVISION = new RegExp(`${TOP}(?![路街道巷弄村镇鎮乡鄉庄莊屯桥橋])`, "u");
}));
// src/core/redaction/rules/address-postcode-shapes.ts
/**
* Round 13: postcodes that open with letters, from Google's address data rather than typed: every pattern the data
* gives that starts with capitals (`KY\d-\d{4}`, `FIQQ 1ZZ`, `(?:ASCN|STHL) 1ZZ`, `VG\d{4}`, `AD[1-7]0\d`), and the
* way small countries and territories write theirs, the country's two-letter code (or a three-letter code starting
* with it) glued or dashed to the digits (`KN0107`, `AZ1014`, `BB3910`, `MSR1350`, `AI-2640`) — a form newer than
* some of the data's patterns.
*/
function lettered() {
	const codes = Object.keys(ADDRESS_COUNTRIES).join("|");
	return [...Object.values(ADDRESS_COUNTRIES).map(([pattern]) => pattern).filter((p) => /^(?:[A-Z]{2}|\(\?:[A-Z]{2}[^)]*\)(?!\?))/.test(p) && !/\((?!\?)/.test(p) && p.length <= 40), `(?:${codes})[A-Z]?(?:${D}{4,5}|${D}-${D}{4})`];
}
var D, SHAPES, PREFIX, CANDIDATE$2, TOWN_WORD$1, TOWN$2, AFTER, POSTCODE_FIRST, POSTCODE_LAST;
var init_address_postcode_shapes = __esmMin((() => {
	init_address_countries_data();
	D = "\\p{Nd}";
	SHAPES = [
		`${D}{5}(?:-${D}{3,4})?`,
		`${D}{6}`,
		`${D}{4}(?:-${D}{3}| ?[A-Z]{2}(?![\\p{L}]))?`,
		`${D}{3} ${D}{2}`,
		`${D}{2}-${D}{3}`,
		`${D}{3}-${D}{3,4}`,
		`[A-Z]${D}[A-Z] ?${D}[A-Z]${D}`,
		`[A-Z]{1,2}${D}[A-Z${D}]? ${D}[A-Z]{2}`,
		`(?:[AC-FHKNPRTV-Y]${D}{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}`,
		`[A-Z]${D}{4}[A-Z]{3}`,
		...lettered()
	].join("|");
	PREFIX = "(?:[A-Z]{1,3}-|〒 ?|(?:C\\.? ?P\\.?|CEP|PIN(?: ?[Cc]ode)?|Pin(?: ?[Cc]ode)?|[Ii]ndex|[Ии]ндекс|T\\.?K\\.?|Τ\\.?Κ\\.?|邮编|郵遞區號|우편번호)[:.]? ?)";
	CANDIDATE$2 = new RegExp(`(?<![\\p{L}\\p{Nd}-])${PREFIX}?(?:${SHAPES})(?![\\p{Nd}A-Za-z]|-\\p{Nd})`, "gu");
	TOWN_WORD$1 = "(?!\\p{Ll})\\p{L}[\\p{L}\\p{M}'’.\\-]{0,30}";
	TOWN$2 = `${TOWN_WORD$1}(?: (?:${TOWN_WORD$1}|\\p{Ll}[\\p{L}\\p{M}'’.\\-]{0,20}(?= ${TOWN_WORD$1}))){0,4}`;
	AFTER = "(?=[ \\t]*(?:[.!?)\\]]{0,2}[ \\t]*$|[\\s(—–-]|\\s+\\p{Ll}))";
	POSTCODE_FIRST = new RegExp(`^${PREFIX}?(?:${SHAPES})(?:[ \\u3000]?(?=[^\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\s\\p{Nd}\\p{P}])[\\p{L}\\p{M}]{1,20}| (?:[-–] )?(?:${TOWN$2})(?: \\((?:${TOWN$2})\\)| (?:CEDEX|[Cc]edex)(?: ${D}{1,2})?)?)?${AFTER}`, "u");
	POSTCODE_LAST = new RegExp(`^(?:${TOWN$2}),?(?: [-–])? (?:\\(?[A-Z]{2,3}\\)? )?${PREFIX}?(?:${SHAPES})${AFTER}`, "u");
}));
// src/core/redaction/rules/address-postcode-forward.ts
/**
* After a town and its postcode, a street as an address writes it: a name and its type before the number — a type
* the dictionaries know (`ул. Мясницкая, д. 26`), or in a cased script they lack, the one lower-case word after a
* capitalised name (`Աբովյան փողոց 8`). One word and a number (`Chrome 12345, Update 5`, `Seattle 98101, Seahawks 24`,
* `Flight 1234, Gate 12`) is a list of labelled numbers.
*/
function writtenStreet(value) {
	const words = (/^(.*?)\s*\p{Nd}/u.exec(value)?.[1] ?? value).split(/\s+/).filter((w) => /\p{L}/u.test(w));
	if (words.length < 2) return false;
	const lower = words.filter((w) => /^\p{Ll}/u.test(w));
	return words.some((w) => isStreetWord(w)) ? !prose(value) : /^\p{Lu}/u.test(value) && lower.length === 1;
}
/** Postcode first (`〒108-8282\n東京都港区港南2-16-1`, `190000, Москва, ул. …`): the end of the segments after it. */
function walkForward(text, postal, streetWritten = false) {
	let end = null;
	let sawStreet = false;
	let at = postal.end;
	while (at < text.length && /[ \t]/.test(text[at])) at++;
	for (let n = 0; n < 6 && at < text.length; n++) {
		if (!isBreak(text, at) || kindOfBreak(text, at) === "hard") break;
		const lineEnd = COMMAS.has(text[at]) ? /^[ \t]*\n(?![ \t]*\n)/.exec(text.slice(at + 1, at + 12)) : null;
		const next = segmentAfter(text, at + 1 + (lineEnd ? lineEnd[0].length : 0), text.length);
		if (!next) break;
		const { value, start: segStart, end: segEnd } = trimmed$1(text, next);
		const kind = classify(value);
		if (kind === null) break;
		const own = POSTCODE_LAST.exec(value);
		if (kind === "street") sawStreet ||= !streetWritten || writtenStreet(value);
		if (own && kind !== "place") {
			end = segStart + own[0].replace(/[\s.]+$/, "").length;
			break;
		}
		if (kind !== "place") end = segEnd;
		at = next.end;
	}
	return sawStreet ? end : null;
}
var init_address_postcode_forward = __esmMin((() => {
	init_address_postcode_segments();
	init_address_postcode_words();
	init_address_postcode_shapes();
}));
// src/core/redaction/rules/address-postcode-blocks.ts
function findPostcodeBlocks(text) {
	return scanning(CANDIDATE$2, (re) => postcodeBlocksWith(text, re));
}
function* postcodeBlocksWith(text, re) {
	forgetSegments();
	let floor = 0;
	const letters = /\p{L}\p{M}*\p{L}/gu;
	let nextLetters = -1;
	let match;
	while ((match = re.exec(text)) !== null) {
		if (match.index < floor) continue;
		const from = Math.max(0, match.index - 400);
		if (nextLetters < from && nextLetters !== Infinity) {
			letters.lastIndex = from;
			nextLetters = letters.exec(text)?.index ?? Infinity;
		}
		if (nextLetters > match.index + 200) continue;
		const own = segmentBefore(text, match.index, floor);
		if (!own) continue;
		let lineStart = trimmed$1(text, {
			...own,
			end: match.index + match[0].length
		}).start;
		if (/[:：]\s*$/.exec(text.slice(lineStart, match.index))) lineStart = match.index;
		const rest = segmentAfter(text, match.index, text.length);
		if (!rest) continue;
		const segText = text.slice(lineStart, rest.end);
		const m = (lineStart === match.index ? POSTCODE_FIRST : POSTCODE_LAST).exec(segText);
		if (!m || m[0].split(/\s+/).some((w) => NOT_ADDRESS_NUMBER_WORDS.has(w.toLowerCase()))) continue;
		const bare = /^\s*\S+\s*$/.test(m[0]);
		if (bare && isOtherColumnNumber(text, match.index, match.index + match[0].length)) continue;
		if (bare && own.before !== "line" && /^\p{Nd}{4}$/u.test(match[0])) continue;
		if (bare && /^[A-Z]{2,3}\p{Nd}+(?:-\p{Nd}+)?$/u.test(match[0])) continue;
		if (bare && own.before !== "hard" && own.start > 0) {
			const prev = segmentBefore(text, own.start - 1, floor);
			if (prev && /^[\p{Nd}\s.-]+$/u.test(trimmed$1(text, prev).value)) continue;
		}
		const postal = {
			start: own.start,
			end: lineStart + m[0].replace(/[\s.]+$/, "").length,
			before: own.before
		};
		const back = walkBack(text, postal, floor, /^(?:19|20)\d\d$/.test(match[0]));
		if (back !== null) {
			floor = (!back.street && lineStart === match.index ? walkForward(text, postal) : null) ?? postal.end;
			yield {
				start: back.start,
				end: floor
			};
			continue;
		}
		if (/^(?:19|20)\d\d$/.test(match[0])) continue;
		const townFirst = lineStart !== match.index;
		if (townFirst && (own.before !== "hard" || /\p{Ll}/u.test(text.slice(lineStart, match.index).replace(/(?<=\p{L})\p{Ll}+/gu, "")))) continue;
		const forward = walkForward(text, postal, townFirst);
		if (forward !== null) {
			floor = forward;
			yield {
				start: townFirst ? trimmed$1(text, own).start : lineStart,
				end: forward
			};
		}
	}
}
/** The start of the address whose postcode segment is `postal`, walking back over its segments; or null. */
function walkBack(text, postal, floor, needStreet) {
	let street = null;
	let places = 0;
	let earliestPlace = postal.start;
	let at = postal;
	let segStartAfter = -1;
	for (let n = 0; n < 8 && at.before !== "hard"; n++) {
		const comma = at.before === "line" ? /[,，،፣][ \t]*$/.exec(text.slice(Math.max(floor, at.start - 10), at.start - 1)) : null;
		const prev = segmentBefore(text, at.start - 1 - (comma ? comma[0].length : 0), floor);
		if (!prev) break;
		const { value, start } = trimmed$1(text, prev);
		if (isHeaderCellWord(text, start, start + value.length)) break;
		const kind = classify(value);
		if (kind === null) {
			const tail = streetTail(text, prev);
			if (tail !== null && (tail.kind === "street" || tail.kind === "number" && street !== null)) street = tail.at;
			else if (tail?.kind === "place" && street === null) {
				places++;
				earliestPlace = tail.at;
			}
			break;
		}
		if (kind === "street") street = prose(value) ? streetTail(text, prev)?.at ?? start : start;
		else if (kind === "number" && street !== null && street === segStartAfter) street = start;
		else if (kind === "place" && street !== null && street === segStartAfter && /^\p{Nd}{1,4}(?:\p{L}|-\p{L}{1,5})?$/u.test(text.slice(street, at.end).split(/[,，、،፣\n]/)[0].trim())) street = start;
		else if (kind === "place" && street === null) {
			places++;
			earliestPlace = start;
		}
		segStartAfter = start;
		at = prev;
	}
	if (street !== null) return {
		start: street,
		street: true
	};
	if (needStreet) return null;
	const distinctive = /\p{L}.*\p{Nd}|\p{Nd}.*\p{L}/su.test(text.slice(postal.start, postal.end)) && /\p{Nd}[- ]\p{Nd}|[A-Z]\p{Nd}|\p{Nd}[A-Z]/u.test(text.slice(postal.start, postal.end));
	return places >= 2 || places === 1 && distinctive ? {
		start: earliestPlace,
		street: false
	} : null;
}
var postcodeBlockRule;
var init_address_postcode_blocks = __esmMin((() => {
	init_address_postcode_shapes();
	init_address_postcode_words();
	init_address_postcode_forward();
	init_address_table_cells();
	init_address_postcode_segments();
	init_regex_scan();
	postcodeBlockRule = {
		id: "address-postcode-block",
		kind: "postal_address",
		level: "strict",
		priority: 41,
		description: "Any script: a postcode segment (world postcode shapes, any digits) with a run of short place-like segments before or after it holding a numbered or typed street",
		find: findPostcodeBlocks
	};
}));
// src/core/redaction/rules/address-street-words.ts
function lower(word) {
	return word.toLowerCase();
}
/** Words of the line before `end`, nearest first, at most `max`, separated by single spaces; punctuation stops them. */
function wordsBefore(text, end, max) {
	const words = [];
	let i = end;
	while (words.length < max) {
		if (text[i - 1] !== " " && text[i - 1] !== "	") break;
		if (tabCellBorder(text, i - 1)) break;
		const j = i - 1;
		let start = j;
		while (start > 0 && WORD_CHARS.test(text[start - 1]) && j - start < 40) start--;
		if (start === j) break;
		words.push({
			text: text.slice(start, j),
			start,
			end: j
		});
		i = start;
	}
	return words;
}
/** Words of the line after `from`, in order, at most `max`, separated by single spaces. */
function wordsAfter(text, from, max) {
	const words = [];
	let i = from;
	while (words.length < max) {
		if (text[i] !== " ") break;
		const start = i + 1;
		let end = start;
		while (end < text.length && WORD_CHARS.test(text[end]) && end - start < 40) end++;
		if (end === start) break;
		words.push({
			text: text.slice(start, end),
			start,
			end
		});
		i = end;
	}
	return words;
}
var WORD_CHARS;
var init_address_street_words = __esmMin((() => {
	init_table_cells();
	WORD_CHARS = /[\p{L}\p{M}.'’-]/u;
}));
// src/core/redaction/rules/address-street-caseless.ts
/**
* A type then one to three words then the number (`שדרות רוטשילד 16`, `شارع الاستقلال ٢٥`), or one word the type opens
* without a space (Thai `ถนนสุขุมวิท 21`, `ซอยอารีย์ 5`): where the street starts, or null.
*/
function caselessStart(words) {
	let names = 0;
	for (const w of words) {
		if (!CASELESS.test(w.text)) return null;
		if (TYPES$2.has(lower(w.text)) && names > 0) return w.start;
		if (names === 0 && THAI_OPENING.test(w.text)) return w.start;
		if (++names > 3) return null;
	}
	return null;
}
/**
* Number first (`٢ شارع الاستقلال`, `12 רחוב הרצל`): the type right after the number, then one to three name words.
* The first word is read alone: most numbers in caseless text (`صندوق بريد ١٢٣ …`) have no type after them.
*/
function caselessNumberFirstEnd(text, numberEnd) {
	const [first] = wordsAfter(text, numberEnd, 1);
	if (!first || !TYPES$2.has(lower(first.text))) return null;
	const words = wordsAfter(text, numberEnd, 4);
	if (!words[1] || !CASELESS.test(words[1].text)) return null;
	let end = words[1].end;
	for (const w of words.slice(2, 4)) if (CASELESS.test(w.text)) end = w.end;
	return end;
}
function* findKoreanRoads(text) {
	if (!/[가-힣]/u.test(text)) return;
	for (const m of text.matchAll(KOREAN_ROAD)) {
		const road = m[0].slice(0, m[0].search(/ \d/u) + 1);
		if (KOREAN_PARTICLE.test(road) || [...road.trim()].length < 3) continue;
		yield {
			start: m.index,
			end: m.index + m[0].length
		};
	}
}
var TYPES$2, CASELESS, THAI_OPENING, KOREAN_ROAD, KOREAN_PARTICLE;
var init_address_street_caseless = __esmMin((() => {
	init_address_street_types_data();
	init_address_street_words();
	TYPES$2 = new Set(STREET_TYPE_WORDS);
	CASELESS = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Georgian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Ethiopic}]/u;
	THAI_OPENING = new RegExp(`^(?:${STREET_TYPE_WORDS.filter((t) => /^\p{Script=Thai}+$/u.test(t)).sort((a, b) => b.length - a.length).join("|")})\\p{Script=Thai}{2,}$`, "u");
	KOREAN_ROAD = /(?<![가-힣\d])[가-힣]{1,12}\d{0,3}(?:대로|로|길)(?: ?\d{1,4}(?:번길|가길))? \d{1,5}(?:-\d{1,4})?(?=$|[\s,.;)\]"'](?![가-힣]))/gu;
	KOREAN_PARTICLE = /(?:으로|에로|부로|로서|로써)(?: |$)/u;
}));
// src/core/redaction/rules/address-street-lines.ts
/**
* A street type written as its own word (`ulica`, `Calea`, `g.`, `Tv.`), and whether only English lists it. An
* abbreviation counts when dotted or capitalised (`Bdul`, `Av.`): in lower case it is a word too (`and`, `art`).
*/
function typeOf(word) {
	const w = lower(word);
	const dotted = w.endsWith(".");
	const bare = dotted ? w.slice(0, -1) : w;
	if (TYPES$1.has(w) || dotted && TYPES$1.has(bare)) {
		if (ABBREVIATIONS.has(bare) && !dotted && !/^\p{Lu}/u.test(word)) return null;
		return ENGLISH_ONLY$1.has(bare) ? "english" : "type";
	}
	if (dotted && SHORT.has(bare)) return "short";
	return null;
}
/** A capitalised name word with a type glued to its end (`Skredderplassen`, `Bermbeekstraat`, `Aletta Jacobs-erf`). */
function isGlued(word) {
	if (!/^\p{Lu}/u.test(word)) return false;
	const w = lower(word);
	for (let cut = 3; cut <= w.length - 3; cut++) {
		const ending = w.slice(cut);
		if (GLUED$2.has(ending)) return !SETTLEMENT_ENDINGS.has(ending) && /\p{L}/u.test(w[cut - 1] ?? "");
	}
	return false;
}
function isName(word) {
	return /^(?:\p{Lu}|[OD]['’]\p{Lu})/u.test(word) && !/\.\p{L}/u.test(word) && word.length <= 30;
}
/** Name words then a type before the number (`Šarhova ulica`, `Liepų g.`), or a glued type (`Gamle Drammensvei`). */
function suffixStart(words, text, numberEnd) {
	const [last, ...rest] = words;
	if (!last) return null;
	const kind = typeOf(last.text);
	let names = 0;
	let start = last.start;
	if (kind === "type" || kind === "short") {
		if (/^\p{Lu}/u.test(last.text) && ENGLISH.has(lower(last.text).replace(/\.$/, ""))) return null;
		for (const w of rest) {
			if (!isName(w.text) || w.text.length < 2 || typeOf(w.text) === "english" || names === 3) break;
			names++;
			start = w.start;
		}
		if (names === 0) return null;
		if (names === 1 && /^\p{Ll}/u.test(last.text) && sentenceStart(text, start)) {
			if (text.slice(start, last.start).trim().length < 4 || !/^\s*(?:$|[\n,;"'”)])/.test(text.slice(numberEnd, numberEnd + 3))) return null;
		}
		return start;
	}
	if (!isGlued(last.text)) return null;
	for (const w of rest) {
		if (!isName(w.text) || typeOf(w.text) !== null || names === 2) break;
		names++;
		start = w.start;
	}
	return start;
}
/** A type then name words before the number (`Calea Victoriei`, `Rue de la Senne`, `C. Staneta Žagarja`). */
function prefixStart(words) {
	let names = 0;
	for (let k = 0; k < words.length; k++) {
		const w = words[k];
		const kind = typeOf(w.text);
		if (kind !== null && names > 0 && k > 0) {
			if (kind === "english" || kind === "short" && /^\p{Ll}/u.test(w.text)) return null;
			const upper = (t) => /^\p{Lu}[\p{Lu}\d.'’-]+$/u.test(t);
			if (words.slice(0, k).some((n) => /\p{Lu}{2}\p{Ll}/u.test(n.text) || upper(n.text) && !upper(w.text))) return null;
			if (kind === "short" && lower(w.text).length === 2 && names < 2) return null;
			return w.start;
		}
		if (isName(w.text) && kind === null) names++;
		else if (!(PARTICLES$1.has(lower(w.text)) && names > 0)) return null;
	}
	return null;
}
/** Number-first lines: `12 rue des Lilas`, `٢ شارع الاستقلال`, or English order after an address's place. */
function numberFirstEnd(text, numberStart, numberEnd) {
	if (text[numberEnd] !== " " || !LETTER_OR_DOT.test(text[numberEnd + 1] ?? "")) return null;
	if (CASELESS.test(text[numberEnd + 1])) return caselessNumberFirstEnd(text, numberEnd);
	const place = placeBefore(text, numberStart);
	if (place === null) return null;
	const words = wordsAfter(text, numberEnd, 5);
	let names = 0;
	let end = null;
	for (const w of words) {
		const bare = w.text.replace(/[.]$/, "");
		const kind = typeOf(bare);
		if (kind !== null && names > 0 && isName(w.text)) {
			end = w.start + bare.length + (w.text.endsWith(".") && kind !== "type" ? 1 : 0);
			continue;
		}
		if (!isName(w.text)) break;
		if (end !== null) return null;
		names++;
	}
	if (end !== null && place === "start" && !/^\s*(?:$|[\n,;"'”)])/.test(text.slice(end, end + 3))) return null;
	return end;
}
function sentenceStart(text, at) {
	return /(?:^|[.!?…]\s+|\n\s*)$/u.test(text.slice(Math.max(0, at - 4), at));
}
/** The number stands where an address stands: after a label, a quote, a line start, or a preposition of place. */
function placeBefore(text, at) {
	let i = at;
	while (i > 0 && (text[i - 1] === " " || text[i - 1] === "	")) i--;
	if (i === 0 || text[i - 1] === "\n") return "start";
	if (/[:=("'“‘«>,]/.test(text[i - 1])) return "label";
	const word = /[\p{L}]{1,8}$/u.exec(text.slice(Math.max(0, i - 10), i))?.[0];
	return word !== void 0 && PLACE_WORDS.has(lower(word)) ? "label" : null;
}
function* findStreetLines(text) {
	const numbers = /(?<![\p{L}\p{N}\p{M}_.,:/#$€£+@-])\p{Nd}{1,5}/gu;
	let m;
	let last = -1;
	while ((m = numbers.exec(text)) !== null) {
		const at = m.index;
		const number = NUMBER.exec(text.slice(at, at + 16));
		if (!number || /^0/.test(number[1]) && number[1].length > 1 && !/[-/]/.test(number[0])) continue;
		let end = at + number[0].length;
		const tail = NUMBER_TAIL.exec(text.slice(end, end + 12));
		if (tail) end += tail[0].length;
		const rest = text.slice(end, end + 12);
		if (!AFTER_NUMBER.test(rest) || QUANTITY_WORD.test(rest)) continue;
		if (/^(?:19|20)\d\d$/.test(number[0]) || /^\d{1,2}[:.]\d/.test(text.slice(at, at + 5))) continue;
		const leftWord = (text[at - 1] === " " || text[at - 1] === "	") && LETTER_OR_DOT.test(text[at - 2] ?? "");
		let start = null;
		if (leftWord && CASELESS_END.test(text[at - 2])) start = caselessStart(wordsBefore(text, at, 4));
		else if (leftWord) {
			const before = wordsBefore(text, at, 6);
			start = suffixStart(before, text, end) ?? prefixStart(before);
		}
		if (start !== null && start >= last && !/[\\/_@#$.]/.test(text[start - 1] ?? "")) {
			yield {
				start,
				end
			};
			last = end;
			continue;
		}
		const after = numberFirstEnd(text, at, at + number[0].length);
		if (after !== null && at >= last) {
			yield {
				start: at,
				end: after
			};
			last = after;
			numbers.lastIndex = after;
		}
	}
}
function* findAll(text) {
	for (const line of findStreetLines(text)) yield precedeAddress(text, continueAddress(text, line));
	yield* findKoreanRoads(text);
}
var TYPES$1, ENGLISH_ONLY$1, ENGLISH, SHORT, GLUED$2, ABBREVIATIONS, PARTICLES$1, SETTLEMENT_ENDINGS, PLACE_WORDS, NUMBER, NUMBER_TAIL, AFTER_NUMBER, LETTER_OR_DOT, CASELESS_END, QUANTITY_WORD, streetLineRule;
var init_address_street_lines = __esmMin((() => {
	init_address_continuation();
	init_address_words();
	init_address_street_types_data();
	init_address_street_caseless();
	init_address_street_words();
	TYPES$1 = new Set(STREET_TYPE_WORDS);
	ENGLISH_ONLY$1 = new Set(ENGLISH_ONLY_STREET_TYPE_WORDS);
	ENGLISH = new Set(ENGLISH_STREET_TYPE_WORDS);
	SHORT = new Set(SHORT_STREET_TYPE_ABBREVIATIONS);
	GLUED$2 = new Set(GLUED_STREET_TYPES);
	ABBREVIATIONS = new Set(STREET_TYPE_ABBREVIATIONS);
	PARTICLES$1 = new Set(NAME_PARTICLES.split("|"));
	SETTLEMENT_ENDINGS = /* @__PURE__ */ new Set([
		"land",
		"lang",
		"lange",
		"dorf",
		"burg",
		"berg",
		"borg",
		"borgen",
		"holm",
		"holmen",
		"stad",
		"nes",
		"sel",
		"byen",
		"dal",
		"dalen",
		"sund",
		"vik",
		"vika",
		"havn",
		"haven",
		"have",
		"plan",
		"lie",
		"lia",
		"get",
		"tun",
		"fell",
		"holt",
		"grund",
		"strand",
		"stranda",
		"stranden",
		"lund",
		"lunden",
		"hals",
		"kanal",
		"universität",
		"universitat",
		"universitaet",
		"gebouw",
		"quelle",
		"kreuz",
		"bad",
		"bach",
		"wiese",
		"siedlung",
		"mark",
		"marka",
		"marken",
		"park",
		"parken",
		"gard",
		"garda",
		"garden",
		"gaard",
		"gård",
		"gården",
		"plain",
		"flat",
		"hof",
		"bahnhof",
		"forsthaus",
		"huset",
		"voll",
		"vollen",
		"dijk",
		"daal",
		"ufer",
		"kamp",
		"sloot",
		"vliet",
		"haugen",
		"åsen",
		"øya",
		"sjø",
		"sjøen",
		"skog",
		"skogen",
		"sti",
		"lundur",
		"vellir",
		"hagi",
		"hage",
		"hagen",
		"hager",
		"teigur",
		"melur",
		"muli",
		"múli",
		"dammen",
		"bakke",
		"bakken",
		"berget",
		"tangen",
		"siden",
		"liden",
		"penger",
		"landa",
		"lande",
		"landet",
		"hoj",
		"høj",
		"kær",
		"kaer",
		"holmen",
		"stad",
		"grosse",
		"große",
		"obere",
		"untere"
	]);
	PLACE_WORDS = /* @__PURE__ */ new Set([
		"at",
		"to",
		"on",
		"in",
		"into",
		"from",
		"a",
		"à",
		"al",
		"an",
		"nach",
		"zu",
		"zur",
		"zum",
		"na",
		"w",
		"we",
		"do",
		"v",
		"ve",
		"u",
		"в",
		"на",
		"до",
		"по",
		"på",
		"i",
		"til",
		"till",
		"tot",
		"naar",
		"aan",
		"op",
		"em",
		"no",
		"para",
		"en",
		"au",
		"chez",
		"je",
		"is",
		"es",
		"ist",
		"est",
		"é",
		"è",
		"ke",
		"di",
		"ở",
		"tại",
		"at:",
		"address",
		"adres",
		"adresse",
		"adresa",
		"addr"
	]);
	NUMBER = /^(\p{Nd}{1,5})(?:[A-Za-z](?![\p{L}\p{Nd}])|(?:[-/]\p{Nd}{1,4}[A-Za-z]?|-[IVX]{1,3}|-[A-Z])(?![\p{L}\p{Nd}]))?/u;
	NUMBER_TAIL = /^(?:\/(?:bus|box|bte) ?\d{1,4}| (?:- )?(?:bus|box|boîte|boite|bte) \d{1,4}| [A-Z](?![\p{L}\p{Nd}.'’-]))/u;
	AFTER_NUMBER = /^(?:$|[\s,;)\]}"'”’»]|\.(?![\p{L}\p{Nd}]))/u;
	LETTER_OR_DOT = /[\p{L}\p{M}.]/u;
	CASELESS_END = new RegExp(CASELESS.source.replace("^", ""), "u");
	QUANTITY_WORD = /* @__PURE__ */ new RegExp("^\\s(?:%|px|em|rem|ms|s|sec|min|h|hrs?|kg|g|km|m|cm|mm|mb|gb|kb|tb|x|times|pcs|items?|tests?|steps?|years?|days?|hours?|minutes?|people|persons?|euros?|dollars?|jahre?n?|tage?n?|stunden?|minuten?|leute|personen|ans|jours|heures|personnes|años|días|horas|personas|anni|giorni|ore|persone|anos|dias|pessoas|jaar|dagen|uur|mensen|år|dager|dage|timer|lat|dni|godzin|osób|let|dní|hodin|lidí|лет|год|года|дней|дня|часов|часа|минут|человек|раз|км|кг|шт|руб|рублей|рокі?в|днів|годин|осіб)(?![\\p{L}])", "iu");
	streetLineRule = {
		id: "street-line",
		kind: "postal_address",
		level: "strict",
		priority: 41,
		description: "A street line with no town or postcode: a street type of any of libpostal's 60 languages before the name, after it or glued to it (`Šarhova ulica 77`, `Calea Victoriei 54`, `Skredderplassen 20`, `٢ شارع الاستقلال`) and a house number; English-order lines (`26 Pine Hill Rise`) after an address's place",
		find: findAll
	};
}));
// src/core/redaction/rules/address-po-box.ts
var BOX_WORDS, HELD_WORDS, TOWN$1, BOX, STATION_AFTER, TOWN_AFTER, poBoxRule;
var init_address_po_box = __esmMin((() => {
	BOX_WORDS = [
		"p\\.? ?o\\.? ?box",
		"p\\. ?o\\. ?b\\.",
		"post office box",
		"gpo box",
		"locked bag",
		"postfach",
		"boîte postale",
		"b\\. ?p\\.",
		"case postale",
		"postbus",
		"postboks",
		"postbox",
		"casella postale",
		"apartado(?: de correos| postal)",
		"casilla(?: de correos?)?",
		"caixa postal",
		"cx\\. postal",
		"skrytka pocztowa",
		"s\\. ?l\\. ?p\\.",
		"а/я",
		"абонентский ящик",
		"п/я",
		"p\\.? ?m\\.? ?b\\.?",
		"private (?:mail )?bag",
		"а/с",
		"абонентська скринька",
		"posta kutusu",
		"postafiók",
		"ταχυδρομική θυρίδα",
		"τ\\. ?θ\\.",
		"poštovní přihrádka",
		"căsuța poștală",
		"kotak pos",
		"peti surat",
		"hộp thư",
		"私書箱",
		"사서함",
		"邮政信箱",
		"郵政信箱",
		"c\\.? ?p\\.?(?=[ \\t]*\\p{Nd}{1,6},?[ \\t]+(?:succ|stn|station)\\b)",
		"bp\\.?(?=[ \\t-]?\\p{Nd})"
	].join("|");
	HELD_WORDS = [
		"general delivery",
		"poste restante",
		"lista de correos",
		"posta restante",
		"postlagernd",
		"до востребования",
		"gpo"
	].join("|");
	TOWN$1 = "\\p{Lu}[\\p{L}\\p{M}'’-]+(?: (?:\\p{Lu}[\\p{L}\\p{M}'’-]+|es|de|la|el|al|do|da|di)){0,3}";
	BOX = new RegExp(`(?<![\\p{L}\\p{Nd}])(?:(?:\\p{Nd}{2}[ \\t](?=b\\.? ?p))?(?:${BOX_WORDS})[ \\t]*(?:n[o°º]\\.?[ \\t]*|-)?\\p{Nd}{1,6}(?:-\\p{Nd}{3,5})?(?: bis\\b)?(?![\\p{Nd}/])|(?:${HELD_WORDS})(?=[ \\t]*[,\\n]))`, "giu");
	STATION_AFTER = new RegExp(`^,?[ \\t]+(?:succ\\.?|succursale|SUCC\\.?|STN\\.?|Stn\\.?|Station)[ \\t]+(?:${TOWN$1}|[A-Z])(?![\\p{L}\\p{Nd}])`, "u");
	TOWN_AFTER = new RegExp(`^(?:[ \\t]*[,\\n][ \\t]*|[ \\t]+(?=\\p{Lu}{3,}(?![\\p{Ll}])))(?:(?:м|г|с|смт)\\.[ \\t]?|\\p{Nd}{3,6}[ \\t])?${TOWN$1}(?![\\p{L}\\p{Nd}])(?:[ \\t]\\p{Nd}{2}(?=[ \\t]*(?:$|[\\n,.])))?(?:,?[ \\t]{1,2}(?:[A-Z]{2}[ \\t]{1,2})?(?:[A-Z]\\d[A-Z] ?\\d[A-Z]\\d|\\p{Nd}{3,6}(?:-\\p{Nd}{4})?)(?![\\p{L}\\p{Nd}]))?`, "u");
	poBoxRule = {
		id: "po-box",
		kind: "postal_address",
		level: "strict",
		priority: 55,
		description: "Post-office box in ~35 languages (P.O. Box, Postfach, Casilla, Caixa Postal, S.L.P., а/я, P.M.B., 私書箱…) with its number and the town after it; round 12: held mail (General Delivery, Poste restante) before its town",
		*find(text) {
			for (const m of text.matchAll(new RegExp(BOX.source, BOX.flags))) {
				let end = m.index + m[0].length;
				const station = STATION_AFTER.exec(text.slice(end, end + 60));
				if (!station && /^c\.? ?p/i.test(m[0])) continue;
				const bareBp = /^(?:\p{Nd}{2}[ \t])?bp/iu.test(m[0]);
				if (/^gpo$/i.test(m[0]) && m[0] !== "GPO") continue;
				if (bareBp && !/^(?:\p{Nd}{2}[ \t])?BP/u.test(m[0])) continue;
				if (station) end += station[0].length;
				const town = TOWN_AFTER.exec(text.slice(end, end + 80));
				if (!town && (bareBp || !/\p{Nd}/u.test(m[0]))) continue;
				if (town) end += town[0].length;
				for (let more = 0, at = end; town && more < 2; more++) {
					const next = TOWN_AFTER.exec(text.slice(at, at + 80));
					if (!next) break;
					at += next[0].length;
					if (/\p{Nd}/u.test(next[0])) end = at;
				}
				yield {
					start: m.index,
					end
				};
			}
		}
	};
}));
// src/core/redaction/rules/address-script-words.ts
var SCRIPT_PART_WORDS;
var init_address_script_words = __esmMin((() => {
	SCRIPT_PART_WORDS = {
		house: [
			"پلاک",
			"خانه",
			"منزل",
			"واحد",
			"طبقه",
			"ساختمان",
			"مجتمع",
			"مکان",
			"مکان نمبر",
			"گھر",
			"فلیٹ",
			"پلاٹ",
			"ہاؤس",
			"ماڵی",
			"مبنى",
			"بناية",
			"عمارة",
			"شقة",
			"فيلا",
			"الطابق",
			"طابق",
			"المبنى",
			"العمارة",
			"البناية",
			"الشقة",
			"דירה",
			"קומה",
			"כניסה",
			"בניין",
			"የቤት ቁጥር",
			"ቤት ቁጥር",
			"ህንጻ",
			"ሕንጻ",
			"ፎቅ",
			"အမှတ်",
			"တိုက်",
			"အခန်း",
			"मकान नं.",
			"मकान नंबर",
			"म.नं.",
			"फ्लैट",
			"घर नं.",
			"বাড়ি",
			"বাসা",
			"হোল্ডিং",
			"ফ্ল্যাট",
			"ਮਕਾਨ ਨੰ.",
			"મકાન નં.",
			"ફ્લેટ",
			"બ્લોક",
			"கதவு எண்",
			"ఇంటి నం.",
			"ఇంటి నెం.",
			"ಮನೆ ಸಂಖ್ಯೆ",
			"ಮನೆ",
			"വീട്ടു നമ്പർ",
			"വീട്",
			"අංක",
			"เลขที่",
			"บ้านเลขที่",
			"ເຮືອນເລກທີ",
			"ເລກທີ",
			"ផ្ទះលេខ",
			"үй",
			"пәтер",
			"батир",
			"уй",
			"хонадон",
			"хонаи",
			"байр",
			"тоот",
			"ბინა",
			"კორპუსი",
			"სართული",
			"ბნ.",
			"բնակարան",
			"բն.",
			"շենք",
			"տուն"
		],
		street: [
			"خیابان",
			"کوچه",
			"بن‌بست",
			"بلوار",
			"میدان",
			"جاده",
			"سرک",
			"گذر",
			"کوی",
			"سړک",
			"کوڅه",
			"گلی",
			"روڈ",
			"سڑک",
			"شاہراہ",
			"چوک",
			"شارع",
			"الشارع",
			"طريق",
			"الطريق",
			"جادة",
			"زقاق",
			"ساحة",
			"نهج",
			"درب",
			"حارة",
			"רחוב",
			"רח'",
			"שדרות",
			"שד'",
			"דרך",
			"סמטת",
			"כיכר",
			"መንገድ",
			"ጎዳና",
			"လမ်း",
			"मार्ग",
			"रोड",
			"गली",
			"सड़क",
			"रस्ता",
			"गल्ली",
			"রাস্তা",
			"شەقام",
			"کۆڵان",
			"রোড",
			"সড়ক",
			"লেন",
			"ਗਲੀ",
			"ਰੋਡ",
			"માર્ગ",
			"રોડ",
			"શેરી",
			"தெரு",
			"சாலை",
			"வீதி",
			"వీధి",
			"రోడ్డు",
			"రోడ్",
			"ರಸ್ತೆ",
			"ಅಡ್ಡರಸ್ತೆ",
			"റോഡ്",
			"പാത",
			"පාර",
			"මාවත",
			"වීදිය",
			"පටුමග",
			"ซอย",
			"ถนน",
			"ຖະໜົນ",
			"ຖະຫນົນ",
			"ຮ່ອມ",
			"ផ្លូវ",
			"көшесі",
			"даңғылы",
			"көчөсү",
			"проспекти",
			"кўчаси",
			"кӯчаи",
			"гудамж",
			"өргөн чөлөө",
			"ქუჩა",
			"გამზირი",
			"გამზ.",
			"შესახვევი",
			"ჩიხი",
			"ქ.",
			"փողոց",
			"պողոտա",
			"նրբանցք",
			"փ.",
			"պող."
		],
		area: [
			"ناحیه",
			"منطقه",
			"محله",
			"شهرک",
			"استان",
			"شهرستان",
			"ولایت",
			"ولسوالی",
			"ولسوالۍ",
			"محلہ",
			"سیکٹر",
			"بلاک",
			"فیز",
			"ٹاؤن",
			"کالونی",
			"ضلع",
			"تحصیل",
			"حي",
			"محلة",
			"منطقة",
			"محافظة",
			"ولاية",
			"ناحية",
			"قضاء",
			"مجمع",
			"قطعة",
			"بلوك",
			"שכונת",
			"שכונה",
			"ክፍለ ከተማ",
			"ወረዳ",
			"ቀበሌ",
			"ሰፈር",
			"ዞን",
			"မြို့နယ်",
			"ရပ်ကွက်",
			"တိုင်းဒေသကြီး",
			"ပြည်နယ်",
			"ကျေးရွာ",
			"वडा",
			"वडा नं.",
			"महानगरपालिका",
			"उपमहानगरपालिका",
			"नगरपालिका",
			"गाउँपालिका",
			"टोल",
			"जिल्ला",
			"जिल्हा",
			"پارێزگای",
			"گەڕەکی",
			"सेक्टर",
			"नगर",
			"कॉलोनी",
			"मोहल्ला",
			"जिला",
			"ज़िला",
			"वार्ड",
			"ब्लॉक",
			"तहसील",
			"गांव",
			"ग्राम",
			"ব্লক",
			"সেক্টর",
			"থানা",
			"জেলা",
			"উপজেলা",
			"গ্রাম",
			"ডাকঘর",
			"ਸੈਕਟਰ",
			"ਨਗਰ",
			"ਜ਼ਿਲ੍ਹਾ",
			"ਪਿੰਡ",
			"સોસાયટી",
			"નગર",
			"જિલ્લો",
			"நகர்",
			"மாவட்டம்",
			"నగర్",
			"కాలనీ",
			"జిల్లా",
			"మండలం",
			"ಬಡಾವಣೆ",
			"ನಗರ",
			"ಜಿಲ್ಲೆ",
			"നഗർ",
			"ജില്ല",
			"දිස්ත්‍රික්කය",
			"หมู่",
			"ตำบล",
			"แขวง",
			"อำเภอ",
			"เขต",
			"จังหวัด",
			"ບ້ານ",
			"ເມືອງ",
			"ແຂວງ",
			"ໜ່ວຍ",
			"ភូមិ",
			"ឃុំ",
			"សង្កាត់",
			"ស្រុក",
			"ខណ្ឌ",
			"ខេត្ត",
			"រាជធានី",
			"ауданы",
			"району",
			"тумани",
			"ноҳияи",
			"қ.",
			"ш.",
			"дүүрэг",
			"хороо",
			"сум",
			"аймаг",
			"хотхон",
			"რაიონი",
			"მიკრორაიონი",
			"მ/რ",
			"թաղամաս",
			"մարզ"
		],
		postcode: [
			"کد پستی",
			"کدپستی",
			"پوسٹل کوڈ",
			"پوسٹ کوڈ",
			"الرمز البريدي",
			"رمز بريدي",
			"الرمز البريدى",
			"מיקוד",
			"ፖ.ሳ.ቁ",
			"ፖ.ሣ.ቁ",
			"የፖስታ ሳጥን ቁጥር",
			"စာတိုက်",
			"पिन",
			"पिनकोड",
			"पिन कोड",
			"পোস্ট কোড",
			"পোস্টকোড",
			"ਪਿੰਨ",
			"પિન",
			"பின்கோடு",
			"அஞ்சல் குறியீடு",
			"పిన్",
			"ಪಿನ್",
			"പിൻ",
			"තැපැල් කේතය",
			"საფოსტო ინდექსი",
			"փոստային ինդեքս"
		]
	};
}));
// src/core/redaction/rules/address-script-parts.ts
function breakAt(text, i) {
	const ch = text[i];
	if (SOFT.has(ch)) return "soft";
	if (ch === "\n") return /^[ \t]*(?:\n|$)/.test(text.slice(i + 1, i + 20)) || /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, i - 20), i)) ? "hard" : "soft";
	if (HARD$1.has(ch)) return "hard";
	if (ch === ":" || ch === "：") return /^[ \t]*\p{Nd}/u.test(text.slice(i + 1, i + 6)) && POSTCODE_LABEL.test(text.slice(Math.max(0, i - 30), i)) ? null : "hard";
	return null;
}
/** The part holding `i`: back and forward to a break, at most MAX_PART characters each way (a cut is a hard end). */
function partAround(text, i) {
	let s = i;
	let before = "hard";
	while (s > 0 && i - s < MAX_PART) {
		const b = breakAt(text, s - 1);
		if (b !== null) {
			before = b;
			break;
		}
		s--;
	}
	let e = i;
	let after = "hard";
	while (e < text.length && e - i < MAX_PART) {
		const b = breakAt(text, e);
		if (b !== null) {
			after = b;
			break;
		}
		e++;
	}
	return {
		start: s,
		end: e,
		before,
		after
	};
}
function readPart$1(value) {
	let r = memo.get(value);
	if (r === void 0) {
		if (memo.size > 5e3) memo = /* @__PURE__ */ new Map();
		r = readOnce(value);
		memo.set(value, r);
	}
	return r;
}
function readOnce(value) {
	if (value === "" || value.length > MAX_PART || FOREIGN.test(value) || /\p{Script=Latin}/u.test(value)) return null;
	const words = value.split(/\s+/);
	if (words.length > 6) return null;
	const classes = /* @__PURE__ */ new Set();
	let numbered = false;
	for (const m of value.matchAll(PART_WORD$1)) {
		const cls = CLASS_OF$1.get(m[0]);
		classes.add(cls);
		const number = /\p{Nd}/u.test(value.slice(m.index + m[0].length)) || /^\S*\p{Nd}\S*\s*$/u.test(value.slice(0, m.index));
		if (cls !== "postcode" && number) numbered = true;
	}
	const digits = /\p{Nd}/u.test(value);
	if (classes.size > 0 && (digits || !classes.has("postcode") || classes.size > 1)) return {
		classes,
		numbered,
		kind: "named"
	};
	if (NUMBER_ALONE$1.test(value)) return {
		classes,
		numbered: true,
		kind: "number"
	};
	if (TOWN_POSTCODE$1.test(value)) return {
		classes: /* @__PURE__ */ new Set(["postcode"]),
		numbered: false,
		kind: "postcode"
	};
	if (!digits && words.length <= 3 && words.every((w) => PLACE_WORD.test(w))) return {
		classes,
		numbered: false,
		kind: "place"
	};
	return null;
}
/** The part's text without the spaces and full stops around it. */
function trim(text, start, end) {
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /[\s.]/.test(text[end - 1])) end--;
	return {
		start,
		end,
		value: text.slice(start, end)
	};
}
/**
* The end of a part that opens with a sentence or a label in another script (`Kan du sende pakken til شارع …`,
* `We moved! New office: …`): its words after the last one in Latin letters or code, from the part word (and the
* name before a district word: `ቦሌ ክፍለ ከተማ`), or the last two words when it names nothing (a town).
*/
function tail(text, part) {
	const t = trim(text, part.start, part.end);
	const tokens = [...t.value.matchAll(/\S+/g)];
	let first = tokens.length;
	while (first > 0 && !outside(tokens[first - 1][0])) first--;
	if (first === tokens.length) return null;
	const marked = tokens.slice(first).findIndex((m) => HAS_PART_WORD.test(m[0]));
	const from = marked >= 0 ? first + Math.max(0, marked - 1) : Math.max(first, tokens.length - 2);
	const start = t.start + tokens[from].index;
	const read = readPart$1(trim(text, start, t.end).value);
	return read === null ? null : {
		start,
		end: t.end,
		read
	};
}
/** The start of a part that a sentence in another script closes (`… חיפה 3303115 please`): its words before it. */
function head(text, part) {
	const t = trim(text, part.start, part.end);
	const tokens = [...t.value.matchAll(/\S+/g)];
	let last = 0;
	while (last < tokens.length && !outside(tokens[last][0])) last++;
	if (last === 0 || last === tokens.length) return null;
	const end = t.start + tokens[last - 1].index + tokens[last - 1][0].length;
	const read = readPart$1(text.slice(t.start, end));
	return read === null ? null : {
		start: t.start,
		end,
		read
	};
}
/** The parts next to `part` on one side while each reads as a part of an address: at most eight. */
function walk(text, part, dir) {
	const out = [];
	let at = part;
	for (let n = 0; n < 8; n++) {
		if ((dir < 0 ? at.before : at.after) !== "soft") break;
		let edge = dir < 0 ? at.start - 2 : at.end + 1;
		while (edge >= 0 && edge < text.length && /[ \t]/.test(text[edge])) edge += dir;
		if (edge < 0 || edge >= text.length) break;
		const again = breakAt(text, edge);
		if (again === "hard") break;
		if (again === "soft") edge += dir;
		if (edge < 0 || edge >= text.length) break;
		const next = partAround(text, edge);
		const t = trim(text, next.start, next.end);
		const r = readPart$1(t.value);
		if (r === null) {
			const edge = dir < 0 ? tail(text, next) : head(text, next);
			if (edge !== null) out.push(edge);
			break;
		}
		out.push({
			start: t.start,
			end: t.end,
			read: r
		});
		at = next;
	}
	return dir < 0 ? out.reverse() : out;
}
function accepted$2(parts) {
	const classes = /* @__PURE__ */ new Set();
	let numbered = false;
	parts.forEach((p, i) => {
		for (const c of p.read.classes) classes.add(c);
		if (p.read.kind === "named" && p.read.numbered) numbered = true;
		const beside = [parts[i - 1], parts[i + 1]].some((q) => q?.read.classes.has("street") || q?.read.classes.has("house"));
		if (p.read.kind === "number" && beside) numbered = true;
	});
	const named = parts.filter((p) => p.read.kind === "named").length;
	return classes.size >= 2 && (numbered || named >= 3 && classes.has("street"));
}
/** Town names at the run's ends: at most two, the rest is a list of places. */
function trimPlaces$1(parts) {
	let first = 0;
	while (first < parts.length && parts[first].read.kind === "place") first++;
	let last = parts.length;
	while (last > first && parts[last - 1].read.kind === "place") last--;
	return parts.slice(Math.max(0, first - 2), Math.min(parts.length, last + 2));
}
function* findScriptParts(text) {
	const re = new RegExp(PART_WORD$1.source, PART_WORD$1.flags);
	memo = /* @__PURE__ */ new Map();
	let floor = 0;
	let match;
	while ((match = re.exec(text)) !== null) {
		if (match.index < floor) continue;
		const own = partAround(text, match.index);
		const t = trim(text, own.start, own.end);
		let first = null;
		const r = readPart$1(t.value);
		if (r !== null) first = {
			start: t.start,
			end: t.end,
			read: r
		};
		else {
			const end = tail(text, own);
			if (end !== null && end.start <= match.index) first = end;
		}
		if (first === null) {
			floor = own.end;
			continue;
		}
		const before = r === null ? [] : walk(text, own, -1);
		const after = walk(text, own, 1);
		const parts = trimPlaces$1([
			...before,
			first,
			...after
		]);
		floor = Math.max(floor, parts[parts.length - 1]?.end ?? own.end);
		re.lastIndex = Math.max(re.lastIndex, floor);
		if (parts.length > 0 && accepted$2(parts)) yield {
			start: parts[0].start,
			end: parts[parts.length - 1].end
		};
	}
}
var escape$1, CLASS_OF$1, GLUED$1, byLength$1, ALL_WORDS, GLUED_WORDS, CLIPPED_WORDS, SPACED_WORDS, PART_WORD$1, HAS_PART_WORD, POSTCODE_LABEL, MAX_PART, SOFT, HARD$1, FOREIGN, NUMBER_ALONE$1, TOWN_POSTCODE$1, PLACE_WORD, memo, outside, scriptPartsAddressRule;
var init_address_script_parts = __esmMin((() => {
	init_address_script_words();
	escape$1 = (w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
	CLASS_OF$1 = /* @__PURE__ */ new Map();
	for (const [cls, words] of Object.entries(SCRIPT_PART_WORDS)) for (const w of words) CLASS_OF$1.set(w, cls);
	GLUED$1 = /^[\p{Script=Myanmar}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;
	byLength$1 = (words) => words.sort((a, b) => b.length - a.length).map(escape$1).join("|");
	ALL_WORDS = [...CLASS_OF$1.keys()];
	GLUED_WORDS = ALL_WORDS.filter((w) => GLUED$1.test(w));
	CLIPPED_WORDS = ALL_WORDS.filter((w) => !GLUED$1.test(w) && /[.']$/.test(w));
	SPACED_WORDS = ALL_WORDS.filter((w) => !GLUED$1.test(w) && !/[.']$/.test(w));
	PART_WORD$1 = new RegExp(`(?<![\\p{L}\\p{M}])(?:(?:${byLength$1(SPACED_WORDS)})(?![\\p{L}\\p{M}\\u200c])|(?:${byLength$1(CLIPPED_WORDS)}))|(?:${byLength$1(GLUED_WORDS)})`, "gu");
	HAS_PART_WORD = new RegExp(PART_WORD$1.source, "u");
	POSTCODE_LABEL = new RegExp(`(?:${SCRIPT_PART_WORDS.postcode.map(escape$1).join("|")})[ \\t]*$`, "u");
	MAX_PART = 60;
	SOFT = /* @__PURE__ */ new Set([
		",",
		"،",
		"፣",
		"၊",
		"，",
		"、"
	]);
	HARD$1 = /* @__PURE__ */ new Set([
		"՝",
		"?",
		"!",
		"؟",
		"।",
		"॥",
		"።",
		"။",
		";",
		"؛",
		"\"",
		"«",
		"»",
		"(",
		")",
		"[",
		"]",
		"{",
		"}",
		"<",
		">",
		"|",
		"`",
		"“",
		"”"
	]);
	FOREIGN = /[=@*_$%€£+~^©\\]/;
	NUMBER_ALONE$1 = /^\p{Nd}{1,5}(?:[/-]\p{Nd}{1,5})?\p{L}?$/u;
	TOWN_POSTCODE$1 = /^(?:[\p{L}\p{M}\u200c'’.-]+ ){0,3}\p{Nd}{4,7}$|^\p{Nd}{4,7}(?: [\p{L}\p{M}\u200c'’.-]+){1,3}$/u;
	PLACE_WORD = /^[\p{L}\p{M}\u200c'’.-]{1,30}$/u;
	memo = /* @__PURE__ */ new Map();
	outside = (token) => /\p{Script=Latin}/u.test(token) || FOREIGN.test(token);
	scriptPartsAddressRule = {
		id: "script-parts-address",
		kind: "postal_address",
		level: "strict",
		priority: 42,
		description: "Round 15: an address of a script without capitals written as named parts (Arabic, Persian, Urdu, Pashto, Hebrew, Ethiopic, Burmese, Indic, Sinhala, Georgian, Armenian: house, street, district and postcode words) — two different kinds of part, one with a number, in a run of short comma- or line-separated parts",
		find: findScriptParts
	};
}));
// src/core/redaction/rules/address-uk-nations.ts
/** House-numbered street, town, nation and (partial) postcode; `areas` are the real postcode areas. */
function* ukNationLines(text, areas) {
	if (!/England|Scotland|Wales|Cymru|Northern Ireland|United Kingdom|UK|Great Britain/.test(text)) return;
	for (const m of text.matchAll(NATION_LINE)) if (areas.has(m[2])) yield {
		start: m.index,
		end: m.index + m[0].length
	};
}
var NAME, PART$2, NATION_LINE;
var init_address_uk_nations = __esmMin((() => {
	NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
	PART$2 = `${NAME}(?: (?:${NAME}|of|on|upon|the|le|la|de|y|yr)){0,3}`;
	NATION_LINE = new RegExp(`(?<![\\p{L}\\p{M}\\p{Nd}])(\\d{1,5}[A-Za-z]?(?:-\\d{1,5})?,? ${PART$2}(?:, ${PART$2}){1,2}), (?:England|Scotland|Wales|Cymru|Northern Ireland|United Kingdom|UK|Great Britain),? ([A-Z]{1,2})\\d[A-Z\\d]?(?: \\d(?:[ABD-HJLNP-UW-Z]{2})?)?(?![\\p{L}\\p{Nd}])`, "gu");
}));
// src/core/redaction/rules/address.ts
var usStreet, UK_AREAS, ukWholePostcode, ukPostcode, germanStreet, addressBlock, HAN, KANA, JP_NUMBER, japanese, chineseByRoad, chinese, korean, RTL, rtlPoBox, addressRules;
var init_address = __esmMin((() => {
	init_address_blocks();
	init_address_continuation();
	init_address_lines();
	init_address_latam();
	init_address_thai();
	init_address_turkish();
	init_address_vietnamese();
	init_address_lower_case();
	init_address_countries();
	init_address_cyrillic();
	init_address_cjk();
	init_address_cjk_city();
	init_address_postcode_blocks();
	init_regex_rule();
	init_address_street_lines();
	init_address_introduced();
	init_address_po_box();
	init_address_script_parts();
	init_address_uk_nations();
	usStreet = regexRule({
		id: "us-street-address",
		kind: "postal_address",
		level: "strict",
		priority: 40,
		description: "House number (also hyphenated: 92-10, 98-025, 8-9) + capitalised street name + suffix (St, Ave, Rd…), optional unit, city, state and ZIP (or a ZIP alone)",
		pattern: new RegExp(`(?<![\\w.-])\\d{1,6}(?:-\\d{1,4})?[A-Z]?(?: (?:[NSEW]\\.?|North|South|East|West))?(?: (?:[A-Z][a-z]{1,20}|\\d{1,3}(?:st|nd|rd|th))){1,4} (?:(Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Terrace|Parkway|Pkwy|Highway|Hwy|Expressway|Expy|Freeway|Fwy)|(Drive|Dr|Court|Ct|Way|Place|Pl|Circle|Cir|Square|Sq|Trail|Plaza|Close|Crescent|Gardens|Grove|Row|Mews|Loop|Alley|Path|Pike))\\b\\.?(?: (?:N|S|E|W|NE|NW|SE|SW)\\b)?(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|#)\\.? ?#?[A-Za-z0-9-]{1,6})?(, [A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20}){0,2}(?:,? [A-Z]{2}(?: \\d{5}(?:-\\d{4})?)?(?![A-Za-z0-9]))?|,? [A-Z]{2} \\d{5}(?:-\\d{4})?|,? \\d{5}(?:-\\d{4})?(?![\\w-])|(?: [A-Z][a-z]{1,20}){1,4} \\d{5}(?:-\\d{4})?(?![\\w-]))?`, "g"),
		accept: (_value, match) => match[1] !== void 0 || match[3] !== void 0 && !/^,? \d{5}$/.test(match[3])
	});
	UK_AREAS = new Set("AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE".split(" "));
	ukWholePostcode = regexRule({
		id: "uk-postcode",
		kind: "postal_address",
		level: "strict",
		priority: 40,
		description: "UK postcode (SW1A 1AA) whose area letters are a real postcode area",
		pattern: /(?<![A-Za-z0-9])([A-Z]{1,2})\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])/g,
		accept: (_value, match) => UK_AREAS.has(match[1] ?? "")
	});
	ukPostcode = {
		...ukWholePostcode,
		description: "UK postcode (SW1A 1AA) whose area letters are a real postcode area; a house, town and nation before a whole or partial postcode (`…, London, England, E6 6`)",
		*find(text) {
			yield* ukWholePostcode.find(text);
			yield* ukNationLines(text, UK_AREAS);
		}
	};
	germanStreet = regexRule({
		id: "de-street-address",
		kind: "postal_address",
		level: "strict",
		priority: 40,
		description: "German street (…straße/str./weg/allee/platz/gasse/ring/damm) + number + 5-digit PLZ + town",
		pattern: /* @__PURE__ */ new RegExp("(?<![A-Za-zÄÖÜäöüß])(?:[A-ZÄÖÜ][a-zäöüß]{1,30}[ -])?[A-ZÄÖÜ]?[a-zäöüß]{0,30}(?:[Ss]tra(?:ße|sse)|[Ss]tr\\.|[Ww]eg|[Aa]llee|[Pp]latz|[Gg]asse|[Rr]ing|[Dd]amm|[Uu]fer) ?\\d{1,4} ?[a-z]?,? {1,3}\\d{5} [A-ZÄÖÜ][a-zäöüß]{1,30}(?: (?:am|an der|im) [A-ZÄÖÜ][a-zäöüß]{1,20})?", "g")
	});
	addressBlock = {
		id: "address-block",
		kind: "postal_address",
		level: "strict",
		priority: 42,
		description: "Street line (number before or after the name, street types of 20+ languages) or PO box followed by a postcode line, on one line or several; or a street named by its type word alone",
		*find(text) {
			for (const block of findAddressBlocks(text)) yield precedeAddress(text, continueAddress(text, block));
		}
	};
	HAN = "\\p{Script=Han}";
	KANA = "\\p{Script=Hiragana}\\p{Script=Katakana}";
	JP_NUMBER = "(?:[0-9０-９]{1,4}|[一二三四五六七八九十]{1,3})";
	japanese = regexRule({
		id: "jp-address",
		kind: "postal_address",
		level: "strict",
		priority: 42,
		description: "Japanese address: 〒 postcode and what follows on its line, or 丁目/番地/番/号 block numbers (ASCII, full-width or kanji digits)",
		pattern: new RegExp(`〒 ?\\d{3}-\\d{4}[ \\u3000]?[^\\s、。,，]{1,60}|(?<![\\d-])\\d{3}-\\d{4}[ \\u3000]?(?=[${HAN}]{1,3}(?:都|道|府|県))[^\\s、。,，]{1,60}|(?<![${HAN}${KANA}\\d])[${HAN}${KANA}ー]{1,20}[ \\u3000]?(?:${JP_NUMBER})丁目[ \\u3000]?${JP_NUMBER}(?:番地?|[-－‐])${JP_NUMBER}号?(?:[ \\u3000]?[^\\s、。]{0,20}?\\d{1,5}号室)?`, "gu")
	});
	chineseByRoad = regexRule({
		id: "zh-address",
		kind: "postal_address",
		level: "strict",
		priority: 42,
		description: "Chinese address: a road (路/街/道/巷/弄/胡同/大道/段) or a province/city/district (省/市/县/区) then a 号/號 number (spaces around numbers as Taiwan writes them), optional postcode",
		pattern: new RegExp(`(?:\\d{3,6} )?(?:[${HAN}]{1,10}(?:市|县|縣|区|區) ?\\d{3,6} )?(?:[${HAN}]{2,30}(?:路|街|道|巷|弄|胡同|大道|段)[${HAN}\\d]{0,10}? ?|(?:[${HAN}]{1,10}(?:省|自治区|特别行政区))?[${HAN}]{1,10}(?:市|县|縣|区|區)[${HAN}]{1,20}?)\\d{1,5}(?:-\\d{1,5})? ?(?:号|號)(?:[ ]?[^\\s，。,]{0,10}?\\d{1,5} ?(?:室|号|號|楼|樓))?(?:[，,] ?(?:邮编|郵遞區號)[:： ]?\\d{5,6})?`, "gu")
	});
	chinese = {
		...chineseByRoad,
		*find(text) {
			const marks = /[号號]/g;
			let mark;
			let windowEnd = -1;
			while ((mark = marks.exec(text)) !== null) {
				if (mark.index < windowEnd) continue;
				const from = Math.max(0, windowEnd, mark.index - 90);
				let to = Math.min(text.length, mark.index + 60);
				let next;
				while ((next = marks.exec(text)) !== null && next.index < to + 90) to = Math.min(text.length, next.index + 60);
				marks.lastIndex = next ? next.index : text.length;
				windowEnd = to;
				const slice = text.slice(from, to);
				for (const range of chineseByRoad.find(slice)) yield withBuildingTail(text, startAtDivision(text, {
					start: from + range.start,
					end: from + range.end
				}));
				if (!next) break;
			}
		}
	};
	korean = regexRule({
		id: "ko-address",
		kind: "postal_address",
		level: "strict",
		priority: 42,
		description: "Korean address: city/district words and a 로/길 road with its building number, or (round 11) a 동/리/가 neighbourhood with its lot number (지번: `연희동 129-1`, `산 12`), then (round 12) the building, floor and flat, a province by its short name (`서울`), a (postcode) before, optional 우편번호",
		pattern: new RegExp(`(?<![가-힣\\d(])(?:\\(\\d{5}\\) ?)?(?:(?:[가-힣]{2,10}(?:특별시|광역시|특별자치시|특별자치도|도|시)|서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주) )?(?:[가-힣]{1,10}(?:구|군|시|읍|면) ){0,2}(?:\\d{1,5} [가-힣\\d]{1,12}(?:로|길)|[가-힣\\d]{1,12}(?:로|길)(?: ?\\d{1,5}(?:번길|번안길|가길))? ?\\d{1,5}(?:-\\d{1,5})?|[가-힣]{1,10}\\d{0,2}(?:동|리|가) (?:산 ?)?\\d{1,5}(?:-\\d{1,5})?(?:번지)?)(?:,? [가-힣A-Za-z\\d]{1,20}(?:빌딩|타워|센터|아파트|오피스텔|플라자|프라자|빌라|맨션|스퀘어|하우스|상가|회관|파크|타운|시티|캐슬|팰리스|레지던스))?(?:,? (?:지하 ?)?\\d{1,3}층| [A-Za-z\\d]{1,4}동(?: ?\\d{1,4}호)?| \\d{1,4}호){0,3}(?: ?\\(우편번호 ?\\d{5}\\))?`, "gu"),
		accept: (value) => /(?:시|도|구|군) /.test(value) || /우편번호/.test(value)
	});
	RTL = "[\\p{Script=Arabic}\\p{Script=Hebrew}]";
	rtlPoBox = regexRule({
		id: "rtl-po-box",
		kind: "postal_address",
		level: "strict",
		priority: 42,
		description: "PO box in Arabic, Persian or Hebrew script (ص.ب / صندوق بريد / صندوق پستی / ת.ד / תא דואר) with its number in any digits, and the town after it",
		pattern: new RegExp(`(?<!\\p{L})(?:ص ?\\. ?ب\\.?|(?:مكتب )?(?:ال)?بريد صندوق|صندوق (?:ال)?بريد(?: ${RTL}{2,12})?|صندوق پستی|תא דואר|ת\\. ?ד\\.?)[ :]{0,3}\\p{Nd}{1,7}(?!\\p{Nd})(?:[ \\t]*[,،]?[ \\t]*\\n?[ \\t]*${RTL}{2,20}(?: ${RTL}{2,20})?(?=[ \\t]*(?:$|[\\n,،.])))?`, "gmu")
	});
	addressRules = [
		usStreet,
		ukPostcode,
		germanStreet,
		addressBlock,
		addressLineRule,
		postcodeBlockRule,
		japanese,
		chinese,
		korean,
		cjkAdministrativeAddress,
		cjkCityAddress,
		japaneseRomanisedAddress,
		colombianStreetAddress,
		cyrillicAddressRule,
		rtlPoBox,
		countryAddressRule,
		streetLineRule,
		thaiLaoAddress,
		turkishAddress,
		vietnameseAddress,
		lowerCaseAddressRule(() => addressRules),
		introducedAddressRule,
		poBoxRule,
		scriptPartsAddressRule
	];
}));
// src/core/redaction/checks.ts
function digitsOf(value) {
	return value.replace(/\D/g, "");
}
function luhnValid(digits) {
	if (!/^\d+$/.test(digits)) return false;
	let sum = 0;
	let double = false;
	for (let i = digits.length - 1; i >= 0; i--) {
		let d = digits.charCodeAt(i) - 48;
		if (double) {
			d *= 2;
			if (d > 9) d -= 9;
		}
		sum += d;
		double = !double;
	}
	return sum % 10 === 0;
}
function ibanValid(raw) {
	const iban = raw.replace(/ /g, "").toUpperCase();
	if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
	if (IBAN_LENGTH[iban.slice(0, 2)] !== iban.length) return false;
	const rearranged = iban.slice(4) + iban.slice(0, 4);
	let remainder = 0;
	for (const ch of rearranged) {
		const code = ch.charCodeAt(0);
		const value = code >= 65 ? String(code - 55) : ch;
		for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
	}
	return remainder === 1;
}
/**
* Shannon entropy in bits per character (per code point). The one implementation for every rule: the randomness
* model (rules/token-randomness.ts) calls it for each token it measures, so it counts into a reused typed array in
* one pass instead of building a Map of strings; text outside the BMP (emoji, rare CJK) takes the code-point path.
*/
function shannonEntropy(value) {
	const n = value.length;
	if (n === 0) return 0;
	for (let i = 0; i < n; i++) {
		const c = value.charCodeAt(i);
		if (c >= 55296 && c <= 57343) return codePointEntropy(value, i);
		unitCounts[c]++;
	}
	let bits = 0;
	for (let i = 0; i < n; i++) {
		const c = value.charCodeAt(i);
		const count = unitCounts[c];
		if (count === 0) continue;
		bits -= count / n * Math.log2(count / n);
		unitCounts[c] = 0;
	}
	return bits;
}
/** Surrogate pairs are one character: counted by code point in a Map (`counted` units are cleared first). */
function codePointEntropy(value, counted) {
	for (let i = 0; i < counted; i++) unitCounts[value.charCodeAt(i)] = 0;
	const counts = /* @__PURE__ */ new Map();
	let length = 0;
	for (const ch of value) {
		const cp = ch.codePointAt(0);
		counts.set(cp, (counts.get(cp) ?? 0) + 1);
		length++;
	}
	let bits = 0;
	for (const count of counts.values()) bits -= count / length * Math.log2(count / length);
	return bits;
}
function characterClasses(value) {
	return (/[a-z]/.test(value) ? 1 : 0) + (/[A-Z]/.test(value) ? 1 : 0) + (/\d/.test(value) ? 1 : 0);
}
/**
* Documentation placeholders (`sk-your-key-here`, `AKIAIOSFODNN7EXAMPLE`, `${DB_PASSWORD}`, `****`) are not
* secrets; redacting them would only make tutorials in the training data unreadable.
*/
function looksLikePlaceholder(value) {
	if (PLACEHOLDER_WORDS.test(value) || TEMPLATE.test(value.trim())) return true;
	if (/^(.)\1+$/.test(value)) return true;
	if (/(.)\1{9}/.test(value)) return true;
	if (/^[*xX•.#_-]+$/.test(value)) return true;
	if (/^<[A-Za-z_]/.test(value)) return true;
	return false;
}
/** Letters mostly in alphabet order (three steps in four or more), as a hand typing `abcd…` writes them. */
function lettersAscend(value) {
	const letters = value.toLowerCase().replace(/[^a-z]/g, "");
	let up = 0;
	for (let i = 1; i < letters.length; i++) if (letters.charCodeAt(i) >= letters.charCodeAt(i - 1)) up++;
	return letters.length < 2 || up >= (letters.length - 1) * .75;
}
/**
* Typed-in stand-ins for a value with no prefix to vouch for it: counting runs (`12345678-ABCD-…`, `abcdefgh`) and
* a group repeated (`ABCD-ABCD`, `1234-1234`). Not applied to provider-prefixed keys, whose prefix is evidence enough.
*/
function looksTypedIn(value) {
	if (/([A-Za-z0-9]{4,8})[-_.]\1(?![A-Za-z0-9])|a1b2c3|A1B2C3|1a2b3c|1A2B3C|d4c3b2a1|D4C3B2A1/.test(value)) return true;
	const uuidShape = /(?:^|[^A-Za-z0-9])([0-9A-Za-z]{8}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{12})(?![A-Za-z0-9])/.exec(value);
	if (uuidShape && /[g-zG-Z]/.test(uuidShape[1]) && lettersAscend(uuidShape[1])) return true;
	const run = /0123456\d*|1234567\d*|2345678\d*|abcdefgh[i-z]*|ABCDEFGH[I-Z]*/.exec(value);
	if (!run) return false;
	const rest = value.replace(run[0], "");
	return !(rest.length >= 20 && characterClasses(rest) === 3 && shannonEntropy(rest) >= 4 && !looksTypedIn(rest));
}
var IBAN_LENGTH, unitCounts, PLACEHOLDER_WORDS, TEMPLATE;
var init_checks = __esmMin((() => {
	IBAN_LENGTH = {
		AD: 24,
		AE: 23,
		AL: 28,
		AT: 20,
		AZ: 28,
		BA: 20,
		BE: 16,
		BG: 22,
		BH: 22,
		BR: 29,
		BY: 28,
		CH: 21,
		CR: 22,
		CY: 28,
		CZ: 24,
		DE: 22,
		DK: 18,
		DO: 28,
		EE: 20,
		EG: 29,
		ES: 24,
		FI: 18,
		FO: 18,
		FR: 27,
		GB: 22,
		GE: 22,
		GI: 23,
		GL: 18,
		GR: 27,
		GT: 28,
		HR: 21,
		HU: 28,
		IE: 22,
		IL: 23,
		IQ: 23,
		IS: 26,
		IT: 27,
		JO: 30,
		KW: 30,
		KZ: 20,
		LB: 28,
		LC: 32,
		LI: 21,
		LT: 20,
		LU: 20,
		LV: 21,
		MC: 27,
		MD: 24,
		ME: 22,
		MK: 19,
		MR: 27,
		MT: 31,
		MU: 30,
		NL: 18,
		NO: 15,
		PK: 24,
		PL: 28,
		PS: 29,
		PT: 25,
		QA: 29,
		RO: 24,
		RS: 22,
		SA: 24,
		SC: 31,
		SE: 24,
		SI: 19,
		SK: 24,
		SM: 27,
		ST: 25,
		SV: 28,
		TL: 23,
		TN: 24,
		TR: 26,
		UA: 29,
		VA: 22,
		VG: 24,
		XK: 20
	};
	unitCounts = /* @__PURE__ */ new Int32Array(65536);
	PLACEHOLDER_WORDS = /(?:example|sample|dummy|placeholder|(?:^|[_-])fake|mock[_-]?(?:api|secret|token|key|pass)|your[_-]?(?:api|secret|token|key|pass|own|actual|real|app|client|access|private|account|password|[a-z]+[_-]?key)|(?:^|[^a-z])your(?:[^a-z]|$)|(?:^|[^a-z])my[_-]?(?:api|secret|token|key)|^my[_-]?pass(?:word|wd|phrase)|redacted|changeme|change[_-]me|replace[_-]?me|replace[_-](?:with|this)|(?:enter|put)[_-]your|insert[_-]|xxxx|\.\.\.|…)/i;
	TEMPLATE = /^(?:<[^<>]{1,80}>|\$\{[^{}]{1,80}\}|\{\{[^{}]{1,80}\}\}|%\(?\w{1,40}\)?s?%?|\$\$?[A-Za-z_]\w{0,60}|\[[A-Za-z _-]{1,60}\]|\$\{\{[^{}]{1,80}\}\}|\{ ?[A-Za-z_][\w.:-]{0,60} ?\}|\$\([A-Za-z_][\w.]{0,60}\)|#\{[^{}]{1,80}\}#?|<%[=-]?[^%]{1,80}%>|__[A-Za-z][\w]{1,60}__|@@[A-Za-z][\w]{1,60}@@|\[(?:parameters|variables|concat|reference|listKeys|format)\([^\n]{0,200}\)\]|\{\{resolve:[^{}]{1,200}\}\}|@Microsoft\.KeyVault\([^()]{1,300}\)|\$__\w{1,10}\{[^{}]{1,200}\}|%env\([^()]{1,80}\)%|vault:[\w/.-]{1,200}(?:#[\w.-]{1,60})?|\[\[[^[\]]{1,80}\]\]|\$\([^()]{1,200}\)|@@\{?\w{1,60}\}?@@)$/;
}));
// src/core/redaction/rules/token-bigrams.ts
var BIGRAM_LOG2;
var init_token_bigrams = __esmMin((() => {
	BIGRAM_LOG2 = [
		[
			-811,
			-552,
			-440,
			-376,
			-806,
			-757,
			-550,
			-681,
			-563,
			-736,
			-598,
			-373,
			-437,
			-274,
			-848,
			-562,
			-995,
			-314,
			-448,
			-365,
			-571,
			-608,
			-770,
			-794,
			-541,
			-705,
			-262
		],
		[
			-278,
			-691,
			-817,
			-754,
			-205,
			-1123,
			-733,
			-788,
			-368,
			-547,
			-792,
			-377,
			-964,
			-838,
			-281,
			-978,
			-1131,
			-399,
			-634,
			-864,
			-333,
			-1043,
			-992,
			-1178,
			-609,
			-1043,
			-398
		],
		[
			-294,
			-1014,
			-669,
			-868,
			-282,
			-1004,
			-1156,
			-288,
			-412,
			-1029,
			-383,
			-455,
			-972,
			-844,
			-275,
			-983,
			-993,
			-487,
			-517,
			-400,
			-501,
			-987,
			-1077,
			-1144,
			-736,
			-738,
			-361
		],
		[
			-344,
			-663,
			-878,
			-528,
			-225,
			-861,
			-820,
			-784,
			-333,
			-785,
			-882,
			-636,
			-868,
			-767,
			-260,
			-947,
			-1235,
			-498,
			-480,
			-718,
			-488,
			-804,
			-814,
			-1070,
			-673,
			-774,
			-214
		],
		[
			-420,
			-662,
			-512,
			-508,
			-629,
			-729,
			-631,
			-799,
			-638,
			-821,
			-679,
			-418,
			-502,
			-275,
			-732,
			-683,
			-835,
			-251,
			-434,
			-479,
			-731,
			-453,
			-688,
			-538,
			-658,
			-772,
			-228
		],
		[
			-263,
			-1004,
			-995,
			-981,
			-271,
			-302,
			-917,
			-986,
			-300,
			-904,
			-951,
			-451,
			-931,
			-697,
			-291,
			-1073,
			-1158,
			-365,
			-538,
			-637,
			-476,
			-811,
			-1044,
			-1144,
			-823,
			-1081,
			-364
		],
		[
			-336,
			-611,
			-1025,
			-814,
			-258,
			-757,
			-654,
			-516,
			-421,
			-1041,
			-785,
			-452,
			-733,
			-544,
			-411,
			-500,
			-1141,
			-407,
			-619,
			-611,
			-448,
			-830,
			-906,
			-1150,
			-539,
			-1033,
			-180
		],
		[
			-227,
			-910,
			-949,
			-887,
			-275,
			-949,
			-963,
			-940,
			-294,
			-918,
			-821,
			-591,
			-573,
			-636,
			-313,
			-980,
			-1042,
			-515,
			-760,
			-416,
			-427,
			-867,
			-770,
			-1108,
			-680,
			-1016,
			-250
		],
		[
			-436,
			-654,
			-395,
			-434,
			-429,
			-646,
			-513,
			-827,
			-892,
			-714,
			-533,
			-438,
			-496,
			-226,
			-365,
			-616,
			-845,
			-501,
			-325,
			-405,
			-738,
			-596,
			-1018,
			-738,
			-841,
			-605,
			-386
		],
		[
			-187,
			-864,
			-684,
			-653,
			-210,
			-788,
			-869,
			-821,
			-411,
			-897,
			-599,
			-703,
			-747,
			-595,
			-309,
			-741,
			-1017,
			-828,
			-472,
			-620,
			-355,
			-777,
			-864,
			-1017,
			-910,
			-769,
			-366
		],
		[
			-218,
			-913,
			-892,
			-891,
			-241,
			-766,
			-871,
			-621,
			-376,
			-1041,
			-704,
			-562,
			-813,
			-652,
			-283,
			-962,
			-1146,
			-484,
			-574,
			-623,
			-442,
			-816,
			-792,
			-1194,
			-596,
			-1080,
			-258
		],
		[
			-292,
			-657,
			-793,
			-606,
			-242,
			-753,
			-739,
			-837,
			-267,
			-828,
			-730,
			-380,
			-719,
			-765,
			-346,
			-756,
			-1139,
			-966,
			-599,
			-593,
			-450,
			-730,
			-973,
			-1226,
			-370,
			-954,
			-298
		],
		[
			-218,
			-326,
			-862,
			-927,
			-219,
			-913,
			-995,
			-1021,
			-344,
			-1062,
			-891,
			-534,
			-588,
			-824,
			-366,
			-452,
			-995,
			-825,
			-652,
			-926,
			-520,
			-1069,
			-1081,
			-1131,
			-713,
			-1023,
			-292
		],
		[
			-369,
			-857,
			-526,
			-382,
			-341,
			-769,
			-358,
			-694,
			-417,
			-825,
			-659,
			-455,
			-936,
			-606,
			-472,
			-869,
			-1149,
			-903,
			-423,
			-276,
			-417,
			-791,
			-963,
			-1233,
			-545,
			-824,
			-253
		],
		[
			-610,
			-555,
			-526,
			-486,
			-731,
			-588,
			-624,
			-732,
			-509,
			-803,
			-638,
			-385,
			-453,
			-228,
			-506,
			-458,
			-1062,
			-301,
			-475,
			-482,
			-463,
			-406,
			-592,
			-922,
			-810,
			-712,
			-334
		],
		[
			-295,
			-896,
			-915,
			-875,
			-228,
			-808,
			-1031,
			-524,
			-419,
			-1091,
			-843,
			-448,
			-933,
			-865,
			-323,
			-557,
			-1197,
			-316,
			-687,
			-325,
			-388,
			-968,
			-1091,
			-1131,
			-690,
			-1124,
			-350
		],
		[
			-484,
			-831,
			-781,
			-799,
			-819,
			-819,
			-857,
			-843,
			-572,
			-857,
			-857,
			-731,
			-819,
			-819,
			-554,
			-831,
			-819,
			-731,
			-781,
			-765,
			-41,
			-743,
			-831,
			-857,
			-831,
			-857,
			-347
		],
		[
			-301,
			-695,
			-593,
			-577,
			-253,
			-554,
			-545,
			-847,
			-316,
			-984,
			-636,
			-659,
			-557,
			-592,
			-369,
			-802,
			-1009,
			-491,
			-509,
			-477,
			-536,
			-742,
			-866,
			-1211,
			-628,
			-807,
			-227
		],
		[
			-408,
			-832,
			-498,
			-911,
			-340,
			-756,
			-974,
			-521,
			-397,
			-1039,
			-444,
			-626,
			-730,
			-727,
			-439,
			-545,
			-963,
			-718,
			-449,
			-219,
			-536,
			-578,
			-798,
			-1203,
			-664,
			-555,
			-219
		],
		[
			-356,
			-1032,
			-693,
			-1064,
			-245,
			-957,
			-1013,
			-420,
			-307,
			-1052,
			-870,
			-716,
			-647,
			-843,
			-393,
			-819,
			-1206,
			-336,
			-634,
			-549,
			-519,
			-883,
			-930,
			-1246,
			-460,
			-836,
			-202
		],
		[
			-517,
			-519,
			-497,
			-510,
			-392,
			-464,
			-597,
			-703,
			-493,
			-802,
			-613,
			-351,
			-302,
			-331,
			-693,
			-556,
			-1094,
			-315,
			-367,
			-434,
			-884,
			-728,
			-838,
			-818,
			-690,
			-677,
			-350
		],
		[
			-199,
			-1043,
			-805,
			-991,
			-159,
			-1143,
			-482,
			-1091,
			-291,
			-1018,
			-816,
			-709,
			-1104,
			-746,
			-317,
			-1162,
			-1143,
			-654,
			-581,
			-988,
			-719,
			-1118,
			-1e3,
			-1197,
			-718,
			-1073,
			-390
		],
		[
			-260,
			-816,
			-832,
			-872,
			-237,
			-856,
			-849,
			-541,
			-277,
			-935,
			-736,
			-716,
			-956,
			-491,
			-359,
			-790,
			-1049,
			-503,
			-547,
			-825,
			-651,
			-972,
			-972,
			-1022,
			-612,
			-1e3,
			-210
		],
		[
			-530,
			-909,
			-605,
			-959,
			-474,
			-886,
			-972,
			-842,
			-478,
			-972,
			-959,
			-872,
			-565,
			-886,
			-618,
			-513,
			-927,
			-872,
			-818,
			-122,
			-620,
			-901,
			-937,
			-893,
			-727,
			-937,
			-154
		],
		[
			-424,
			-698,
			-653,
			-697,
			-456,
			-839,
			-793,
			-821,
			-629,
			-933,
			-736,
			-569,
			-587,
			-513,
			-443,
			-316,
			-1173,
			-677,
			-516,
			-616,
			-675,
			-842,
			-966,
			-1073,
			-1066,
			-874,
			-85
		],
		[
			-241,
			-664,
			-732,
			-576,
			-222,
			-879,
			-799,
			-759,
			-295,
			-879,
			-569,
			-603,
			-684,
			-542,
			-357,
			-848,
			-997,
			-759,
			-533,
			-523,
			-472,
			-698,
			-720,
			-1029,
			-560,
			-578,
			-311
		],
		[
			-389,
			-419,
			-414,
			-442,
			-403,
			-506,
			-513,
			-511,
			-469,
			-627,
			-502,
			-416,
			-420,
			-424,
			-487,
			-431,
			-783,
			-414,
			-344,
			-415,
			-599,
			-472,
			-585,
			-896,
			-788,
			-691,
			-1842
		]
	];
}));
// src/core/redaction/rules/token-randomness.ts
function alphabetOf(body) {
	if (/^[0-9a-f]+$/.test(body) || /^[0-9A-F]+$/.test(body)) return {
		alphabet: "hex",
		size: 16
	};
	if (/^[0-9a-fA-F]+$/.test(body) && /\d/.test(body)) return {
		alphabet: "hex",
		size: 16
	};
	if (/^[a-z2-7]+$/.test(body) || /^[A-Z2-7]+$/.test(body)) return /\d/.test(body) ? {
		alphabet: "base32",
		size: 32
	} : {
		alphabet: "lower",
		size: 26
	};
	if (/^[a-z0-9]+$/.test(body) || /^[A-Z0-9]+$/.test(body)) return /\d/.test(body) ? {
		alphabet: "base36",
		size: 36
	} : {
		alphabet: "lower",
		size: 26
	};
	if (/^[A-Za-z]+$/.test(body)) return {
		alphabet: "letters",
		size: 52
	};
	if (/^[A-Za-z0-9]+$/.test(body)) return {
		alphabet: "base62",
		size: 62
	};
	if (/^[A-Za-z0-9+/]+$/.test(body) || /^[A-Za-z0-9_-]+$/.test(body)) return {
		alphabet: "base64",
		size: 64
	};
	return {
		alphabet: "other",
		size: 70
	};
}
/** E[plug-in entropy] of n uniform draws from k symbols: k · Σc P(Binomial(n, 1/k) = c) · −(c/n)·log2(c/n). */
function expectedEntropy(k, n) {
	const key = k * 4096 + n;
	const cached = expectedCache.get(key);
	if (cached !== void 0) return cached;
	const p = 1 / k;
	let prob = Math.pow(1 - p, n);
	let sum = 0;
	for (let c = 0; c < n; c++) {
		prob *= (n - c) / (c + 1) * (p / (1 - p));
		const f = (c + 1) / n;
		sum -= prob * f * Math.log2(f);
	}
	const value = k * sum;
	if (expectedCache.size > 8192) expectedCache.clear();
	expectedCache.set(key, value);
	return value;
}
/** Mean bits per transition by which the bigram model prefers "word" over "random letters" for this piece. */
function wordScore(piece) {
	let prev = 26;
	let sum = 0;
	for (let i = 0; i < piece.length; i++) {
		const c = piece.charCodeAt(i) - 97;
		if (c < 0 || c > 25) return -Infinity;
		sum += BIGRAM_LOG2[prev][c] - UNIFORM;
		prev = c;
	}
	sum += BIGRAM_LOG2[prev][26] - UNIFORM;
	return sum / (piece.length + 1) / 100;
}
/** Share of the letters in word-like pieces: the token is cut at non-letters and at camelCase humps. */
function wordiness(body, minPiece = 3) {
	let letters = 0;
	let wordy = 0;
	const pieces = body.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Z])([A-Z][a-z])/g, "$1 $2").split(/[^A-Za-z]+/);
	for (const piece of pieces) {
		if (piece === "") continue;
		letters += piece.length;
		if (piece.length >= minPiece && wordScore(piece.toLowerCase()) >= WORD_LLR) wordy += piece.length;
	}
	return letters === 0 ? 0 : wordy / letters;
}
function classOf(code) {
	if (code >= 97 && code <= 122) return 0;
	if (code >= 65 && code <= 90) return 1;
	if (code >= 48 && code <= 57) return 2;
	return 3;
}
/** Chance that two neighbours differ in class, for a uniform draw from the alphabet. */
function classChangeChance(body, alphabet) {
	switch (alphabet) {
		case "hex": return 1 - (6 / 16) ** 2 - (10 / 16) ** 2;
		case "base32": return 1 - (26 / 32) ** 2 - (6 / 32) ** 2;
		case "base36": return 1 - (26 / 36) ** 2 - (10 / 36) ** 2;
		case "letters": return .5;
		case "base62": return 1 - 2 * (26 / 62) ** 2 - (10 / 62) ** 2;
		case "base64":
		case "other": return 1 - 2 * (26 / 64) ** 2 - (10 / 64) ** 2 - (2 / 64) ** 2;
		default: return body.length > 0 ? 0 : 0;
	}
}
function measureRandomness(value) {
	if (value === lastValue && lastMeasure) return lastMeasure;
	lastMeasure = measure(value);
	lastValue = value;
	return lastMeasure;
}
function measure(value) {
	const body = value.replace(/=+$/, "");
	const { alphabet, size } = alphabetOf(body);
	const n = body.length;
	const folded = alphabet === "hex" ? body.toLowerCase() : body;
	const expected = expectedEntropy(size, n);
	let changes = 0;
	let step1 = 0;
	let step2 = 0;
	for (let i = 1; i < n; i++) {
		const a = folded.charCodeAt(i - 1);
		const b = folded.charCodeAt(i);
		if (classOf(a) !== classOf(b)) changes++;
		if (Math.abs(b - a) === 1 && classOf(a) === classOf(b)) step1++;
		if (i >= 2 && Math.abs(b - folded.charCodeAt(i - 2)) === 1) step2++;
	}
	const trigrams = /* @__PURE__ */ new Set();
	for (let i = 2; i < n; i++) trigrams.add(folded.charCodeAt(i - 2) * 4294967296 + folded.charCodeAt(i - 1) * 65536 + folded.charCodeAt(i));
	const chance = classChangeChance(body, alphabet);
	return {
		alphabet,
		size,
		length: n,
		entropyRatio: expected > 0 ? shannonEntropy(folded) / expected : 0,
		wordy: wordiness(body, alphabet === "hex" ? 5 : 3),
		classMix: chance > 0 && n > 1 ? changes / (n - 1) / chance : 1,
		counting: n > 2 ? Math.max(step1 / (n - 1), step2 / (n - 2)) : 0,
		repeated: n > 2 ? 1 - trigrams.size / (n - 2) : 0,
		bits: n * Math.log2(size)
	};
}
/** Chance that a neighbour (or the character two back) is one step up or down in the same class, for a uniform draw. */
function countingChance(alphabet) {
	const digits = .18;
	const letters = 50 / 676;
	switch (alphabet) {
		case "hex": return (10 / 16) ** 2 * digits + (6 / 16) ** 2 * (10 / 36);
		case "base32":
		case "base36": return (10 / 36) ** 2 * digits + (26 / 36) ** 2 * letters;
		case "lower": return letters;
		case "letters": return .5 * letters;
		default: return (10 / 62) ** 2 * digits + 2 * (26 / 62) ** 2 * letters;
	}
}
/** Typed in, not drawn, beyond doubt: letters and digits counted in turn all along (`B1C2D3…`) or a group repeated
*  (`abcdef123456abcdef123456`). Used where a secret name vouches for the value, so only the extreme cases. */
function looksCountedOrRepeated(value) {
	const r = measureRandomness(value);
	return r.length >= 12 && (r.counting > .9 || r.repeated > .4);
}
function looksMachineRandom(value, evidence) {
	const r = measureRandomness(value);
	if (value.length < MIN_LENGTH[evidence] || r.length > 4096) return false;
	const body = value.replace(/=+$/, "");
	const upper = body.replace(/[^A-Z]/g, "").length;
	const lower = body.replace(/[^a-z]/g, "").length;
	const digits = body.replace(/[^0-9]/g, "").length;
	if (body.length - upper - lower - digits > body.length * .12) return false;
	if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(body) && r.wordy > .3) return false;
	if (/\.[a-z]{1,5}$/.test(body)) return false;
	if (evidence !== "keyed") {
		if (r.alphabet !== "base62" && r.alphabet !== "base64" && r.alphabet !== "other") return false;
		if (upper < 2 || lower < 2 || digits < 2) return false;
	} else if (r.alphabet === "lower" || r.alphabet === "letters") {
		if (r.length < 24 || r.wordy > .2) return false;
	}
	if (r.alphabet === "other" && evidence !== "keyed") return false;
	if (r.entropyRatio < MIN_ENTROPY_RATIO[evidence]) return false;
	if (r.wordy > MAX_WORDY[evidence]) return false;
	if (r.classMix < .5) return false;
	const chance = countingChance(r.alphabet);
	const steps = r.length - 1;
	if (r.counting * steps > steps * chance + 4 * Math.sqrt(steps * chance * (1 - chance)) + 1 || r.repeated > .15) return false;
	return r.bits >= (evidence === "keyed" ? 64 : 100);
}
/** A body of counting or a repeated group (`bkua_1234567890abcdef1234567890abcdef…`, `pk_1234567_ABCDEFGH…`) is a
*  stand-in written in a key's shape; a drawn key steps up or down far less often. */
function countedBody(value) {
	const r = measureRandomness(value);
	return r.counting > .6 || r.repeated > .3;
}
var expectedCache, UNIFORM, WORD_LLR, lastValue, lastMeasure, MIN_LENGTH, MIN_ENTROPY_RATIO, MAX_WORDY;
var init_token_randomness = __esmMin((() => {
	init_checks();
	init_token_bigrams();
	expectedCache = /* @__PURE__ */ new Map();
	UNIFORM = Math.log2(1 / 27) * 100;
	WORD_LLR = 0;
	lastValue = "";
	lastMeasure = null;
	MIN_LENGTH = {
		keyed: 16,
		placed: 20,
		bare: 32
	};
	MIN_ENTROPY_RATIO = {
		keyed: .85,
		placed: .88,
		bare: .9
	};
	MAX_WORDY = {
		keyed: .45,
		placed: .4,
		bare: .35
	};
}));
// src/core/redaction/rules/jwt.ts
function decode(part) {
	const b64 = part.replace(/-/g, "+").replace(/_/g, "/");
	if (b64.length % 4 === 1) return null;
	try {
		return atob(b64 + "=".repeat((4 - b64.length % 4) % 4));
	} catch {
		return null;
	}
}
/** The header's claims as text, when it is a JSON object naming an algorithm, a type or an encryption. */
function joseHeader(part) {
	const json = decode(part.length > 600 ? part.slice(0, 600).replace(/.{0,3}$/, "") : part);
	if (!json || !/^\s*\{\s*"/.test(json)) return null;
	return /"(?:alg|typ|enc|kid|cty)"\s*:/.test(json) ? json : null;
}
function isJson(part) {
	const text = decode(part.length > 64 ? part.slice(0, 64) : part);
	return text !== null && /^\s*\{\s*"/.test(text);
}
function accepted$1(parts) {
	const [header, payload] = parts;
	if (parts.length === 3 && header.startsWith("eyJ") && payload.startsWith("eyJ") && parts[2].length >= 16) return true;
	const json = joseHeader(header);
	if (!json) return false;
	if (parts.length === 5) {
		const [, , iv, ciphertext, tag] = parts;
		return /"enc"\s*:/.test(json) && iv.length >= 11 && ciphertext.length >= 2 && tag.length >= 16;
	}
	if (parts.length === 4) return false;
	const signature = parts[2] ?? "";
	return payload.length >= 8 && isJson(payload) && (signature.length >= 16 || signature === "");
}
function* find$11(text) {
	const re = new RegExp(CANDIDATE$1.source, "g");
	let match;
	while ((match = re.exec(text)) !== null) {
		const value = match[0];
		if (!accepted$1(value.split(".").map((part) => part.replace(/^\\?\r?\n[ \t]*/, "")))) continue;
		yield {
			start: match.index,
			end: match.index + value.length
		};
	}
}
var SEG, BREAK, HEADER, PART$1, CANDIDATE$1, jwtRule;
var init_jwt = __esmMin((() => {
	SEG = "[A-Za-z0-9_-]";
	BREAK = "(?:\\\\?\\r?\\n[ \\t]{0,16})?";
	HEADER = `(?:eyJ|eyAi|ewo|ew0K)${SEG}{8,4000}`;
	PART$1 = `${SEG}{0,16000}`;
	CANDIDATE$1 = new RegExp(`(?:(?<!${SEG})|(?<=%[0-9A-Fa-f]{2}))${HEADER}\\.${BREAK}${PART$1}(?:\\.${BREAK}${PART$1}(?:\\.${BREAK}${PART$1}\\.${BREAK}${PART$1})?)?(?!${SEG})`, "g");
	jwtRule = {
		id: "jwt",
		kind: "jwt",
		level: "secrets",
		priority: 85,
		description: "JSON Web Token: a JOSE header then base64url parts — signed (header.claims.signature), unsigned (alg none, no or an empty signature), JWE (five parts), headers written with spaces or line breaks, wrapped after a dot, after a percent-escape",
		find: (text) => [...find$11(text)]
	};
}));
// src/core/redaction/rules/secrets.ts
function decodesToCredentials(value) {
	try {
		return /^[^:\s]{1,200}:[^\s]{1,200}$/.test(atob(value));
	} catch {
		return false;
	}
}
var PEM_BEGIN, PEM_BODY_LINE, PEM_MAX, pemPrivateKey, pemBase64PrivateKey, walletPrivateKey, curlUserPassword, NOT_A_PASSWORD, plausiblePassword, pgpassPassword, netrcPassword, accountToolPassword, CLI_PASSWORD_FLAG, cliPassword, connectionStringPassword, bearerToken, basicAuth, secretRules;
var init_secrets = __esmMin((() => {
	init_checks();
	init_regex_rule();
	init_jwt();
	init_token_randomness();
	PEM_BEGIN = /-----BEGIN (?:[A-Z0-9]{1,20} ){0,4}PRIVATE KEY(?: BLOCK)?-----/g;
	PEM_BODY_LINE = /^[A-Za-z0-9+/=:,\- ]*$/;
	PEM_MAX = 65536;
	pemPrivateKey = {
		id: "pem-private-key",
		kind: "private_key",
		level: "secrets",
		priority: 95,
		description: "PEM/OpenSSH/PGP private key block, BEGIN to END line",
		*find(text) {
			const re = new RegExp(PEM_BEGIN.source, "g");
			let match;
			let footer = -2;
			while ((match = re.exec(text)) !== null) {
				const start = match.index;
				if (footer !== -1 && footer < re.lastIndex) footer = text.indexOf("-----END ", re.lastIndex);
				if (footer !== -1 && footer - start < PEM_MAX) {
					const body = text.slice(re.lastIndex, footer);
					if (!/[A-Za-z0-9+/=]{16}/.test(body) && /\p{L}+ \p{L}+ \p{L}+/u.test(body)) continue;
					const close = text.indexOf("-----", footer + 9);
					const end = close === -1 ? footer + 9 : close + 5;
					re.lastIndex = end;
					yield {
						start,
						end
					};
					continue;
				}
				const headerEnd = re.lastIndex;
				let end = headerEnd;
				while (end < text.length && end - start < PEM_MAX) {
					const lineStart = text[end] === "\n" ? end + 1 : end;
					let lineEnd = text.indexOf("\n", lineStart);
					if (lineEnd === -1) lineEnd = text.length;
					const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
					if (line.trim() === "") break;
					if (!PEM_BODY_LINE.test(line)) {
						const run = /^[A-Za-z0-9+/=]{16,}/.exec(line);
						if (run) end = lineStart + run[0].length;
						break;
					}
					end = lineEnd;
				}
				re.lastIndex = end;
				if (end - headerEnd >= 16) yield {
					start,
					end
				};
			}
		}
	};
	pemBase64PrivateKey = regexRule({
		id: "pem-base64-private-key",
		kind: "private_key",
		level: "secrets",
		priority: 95,
		description: "A PEM private key block encoded as base64 (kubeconfig client-key-data, Kubernetes Secret data)",
		pattern: /(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,65536}={0,2}(?![A-Za-z0-9+/=])/g,
		accept: (value) => {
			try {
				return /^-----BEGIN (?:[A-Z0-9]{1,20} ){0,4}PRIVATE KEY(?: BLOCK)?-----/.test(atob(value.slice(0, 80)));
			} catch {
				return false;
			}
		}
	});
	walletPrivateKey = regexRule({
		id: "wallet-private-key",
		kind: "private_key",
		level: "secrets",
		priority: 90,
		description: "A 64-hex-digit private key passed to a wallet or account loader (ethers/web3/viem `Wallet`, `privateKeyToAccount`, `from_key`, `fromPrivateKey`)",
		pattern: /(?<![\w$])(?:Wallet|Signer|privateKeyToAccount|fromPrivateKey|from_key|privateKeyToAddress|PrivateKey|fromSecretKey)[ \t]{0,4}\([ \t]{0,4}["'`]((?:0x)?[0-9a-fA-F]{64})["'`]/dg,
		group: 1,
		accept: (value) => /[a-fA-F]/.test(value) && /\d/.test(value) && !/(.)\1{7}/.test(value)
	});
	curlUserPassword = regexRule({
		id: "cli-user-password",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "Password in curl/wget-style -u user:password / --user user:password (each part quoted or not, user may be empty)",
		pattern: /(?<![\w-])(?:-u|--user|--proxy-user)(?:[ \t]{1,3}|=)["']?\{?[^\s:"'<>{}]{0,64}\}?["']?:["']?\{?([^\s"'{}<>]{1,128})/dg,
		group: 1,
		accept: (value) => !looksLikePlaceholder(value) && !/^\$/.test(value) && !NOT_A_PASSWORD.has(value.toLowerCase())
	});
	NOT_A_PASSWORD = /* @__PURE__ */ new Set([
		"password",
		"passwd",
		"pass",
		"pwd",
		"secret",
		"token",
		"apikey",
		"api_key",
		"api-key",
		"apitoken",
		"api_token",
		"key",
		"pat",
		"user",
		"username",
		"changeit",
		"null",
		"root",
		"admin",
		"guest",
		"test",
		"postgres",
		"mysql",
		"mongodb",
		"redis",
		"rabbitmq",
		"sa",
		"oracle",
		"true",
		"false",
		"none"
	]);
	plausiblePassword = (value) => value.length >= 4 && !looksLikePlaceholder(value) && !/^[$%-]/.test(value) && !/^\$?\{/.test(value) && !NOT_A_PASSWORD.has(value.toLowerCase()) && !/^!(?:[a-z][a-z_]*|[A-Z][a-z]+(?:[A-Z][a-z]+)*)$|^\d\p{Lu}\p{Ll}{2,}$/u.test(value);
	pgpassPassword = regexRule({
		id: "pgpass-password",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "Password field of a .pgpass line host:port:database:user:password",
		pattern: /(?<=^|\n)[ \t]{0,8}[A-Za-z0-9.*_-]{1,253}:(?:\d{1,5}|\*):[^:\s"'{};,]{1,63}:[^:\s"'{};,]{1,63}:([^\s]{1,256})(?=[ \t]*(?:\r?\n|$))/dg,
		group: 1,
		accept: (value, match) => !looksLikePlaceholder(value) && !NOT_A_PASSWORD.has(value.toLowerCase()) && !/^[ \t]*[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){3,7}(?::\d{1,3}(?:\.\d{1,3}){3})?$/.test(match[0].replace(/^\n/, ""))
	});
	netrcPassword = regexRule({
		id: "netrc-password",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "Password of a .netrc entry: machine host login user password secret",
		pattern: /(?<![\w-])(?:machine[ \t]+\S{1,253}|default)(?:[ \t]+(?:login|account|port)[ \t]+\S{1,128}){0,3}[ \t]+password[ \t]+(\S{1,256})/dg,
		group: 1,
		accept: (value) => !looksLikePlaceholder(value) && !NOT_A_PASSWORD.has(value.toLowerCase())
	});
	accountToolPassword = regexRule({
		id: "account-tool-password",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "Password argument of rabbitmqctl add_user/change_password, htpasswd -b, mosquitto_passwd -b, net user, chpasswd input",
		pattern: /(?<![\w-])(?:rabbitmqctl[ \t]+(?:add_user|change_password)[ \t]+\S{1,64}[ \t]+|(?:htpasswd|mosquitto_passwd)(?:[ \t]+-[a-zA-Z]{1,4}){0,4}[ \t]+-[a-zA-Z]{0,3}b[a-zA-Z]{0,3}(?:[ \t]+-[a-zA-Z]{1,4}){0,4}[ \t]+\S{1,256}[ \t]+\S{1,64}[ \t]+|net[ \t]+user[ \t]+\S{1,64}[ \t]+|echo[ \t]+["']?[\w.-]{1,64}:)["']?([^\s"'|]{1,128})/dg,
		group: 1,
		accept: (value, match, text) => !looksLikePlaceholder(value) && !/^[*/$-]/.test(value) && !NOT_A_PASSWORD.has(value.toLowerCase()) && (!match[0].startsWith("echo") || /\|[ \t]*(?:sudo[ \t]+)?chpasswd/.test(text.slice(match.index, match.index + match[0].length + 40)))
	});
	CLI_PASSWORD_FLAG = String.raw`(?<![\w-])(?:sshpass[ \t]{1,4}-p[ \t]{0,4}|(?:mysql|mariadb)[\w-]{0,10}[ \t][^\n|;&]{0,120}?(?<=[ \t])-p|redis-cli[ \t][^\n|;&]{0,120}?(?<=[ \t])-a[ \t]{1,4}|(?:sqlcmd|bcp|osql|isql)[ \t][^\n|;&]{0,120}?(?<=[ \t])-P[ \t]{0,4})`;
	cliPassword = regexRule({
		id: "cli-password-flag",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "Password given to sshpass -p, mysql/mariadb -p, redis-cli -a, sqlcmd/bcp -P, smbclient -U user%pass",
		pattern: new RegExp(`(?:${CLI_PASSWORD_FLAG}|(?<![\\w-])smbclient[ \\t][^\\n|;&]{0,120}?-U[ \\t]{0,4}[^\\s%]{1,64}%)["'\`]?([^\\s"'\`]{1,128})`, "dg"),
		group: 1,
		accept: (value) => !looksLikePlaceholder(value) && !/^\$/.test(value) && !NOT_A_PASSWORD.has(value.toLowerCase())
	});
	connectionStringPassword = regexRule({
		id: "connection-string-password",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "Password in scheme://user:password@host or //user:password@host (only the password is redacted; an unencoded @ in it runs to the last @)",
		pattern: /(?:(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s:/@?#"'<>]{0,128}|(?<=^|[\s"'=(])\/\/[^\s:/@?#"'<>]{1,128}):([^\s@/"'<>]{1,256}(?:@[^\s@/"'<>?#=&]{1,128}){0,3})@[A-Za-z0-9.[_-]/dg,
		group: 1,
		accept: (value, match, text) => !looksLikePlaceholder(value) && !NOT_A_PASSWORD.has(value.toLowerCase()) && !/^[A-Z][A-Z_]+$/.test(value) && value.toLowerCase() !== (/\/\/([^:/@]*):/.exec(match[0])?.[1] ?? "").toLowerCase() && !/^\$\w+$/.test(value) && (!/^(?:[\w-]+\.)*example\.(?:com|org|net)\b/i.test(text.slice(match.index + match[0].length - 1, match.index + match[0].length + 80)) || value.length >= 10 && characterClasses(value) === 3 || looksMachineRandom(value, "keyed"))
	});
	bearerToken = regexRule({
		id: "bearer-token",
		kind: "secret",
		level: "secrets",
		priority: 60,
		description: "Token after \"Bearer \" (Authorization headers, curl -H)",
		pattern: /(?<![A-Za-z0-9])[Bb]earer[ \t]{1,3}([A-Za-z0-9._~+/-]{16,4096}={0,2})(?![A-Za-z0-9._~+/=-])/dg,
		group: 1,
		accept: (value) => !looksLikePlaceholder(value) && /\d/.test(value) && shannonEntropy(value) >= 3
	});
	basicAuth = regexRule({
		id: "basic-auth",
		kind: "password",
		level: "secrets",
		priority: 60,
		description: "base64(user:password) after \"Basic \" in Authorization headers",
		pattern: /(?<![A-Za-z0-9])Basic[ \t]{1,3}([A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])/dg,
		group: 1,
		accept: (value) => decodesToCredentials(value)
	});
	secretRules = [
		pemPrivateKey,
		pemBase64PrivateKey,
		walletPrivateKey,
		jwtRule,
		connectionStringPassword,
		curlUserPassword,
		pgpassPassword,
		netrcPassword,
		cliPassword,
		accountToolPassword,
		bearerToken,
		basicAuth
	];
}));
// src/core/redaction/rules/assignment-values.ts
/** Random the way issued tokens are: 32+ hex digits mixing letters and digits, or a long run mixing cases and digits. */
function strongToken(value) {
	if (looksTypedIn(value) || looksLikePlaceholder(value) || looksCountedOrRepeated(value)) return false;
	if (/^(?:[a-f0-9]{32,}|[A-F0-9]{32,})$/.test(value)) return /\d/.test(value) && /[a-fA-F]/.test(value) && !/(.)\1{3}/.test(value);
	const digits = (value.match(/\d/g) ?? []).length;
	if (/^(?:[a-z0-9]{32,}|[A-Z0-9]{32,})$/.test(value)) return digits >= 4 && shannonEntropy(value) >= 4;
	return value.length >= 20 && /^[\w+/=.~-]+$/.test(value) && characterClasses(value) === 3 && digits >= 2 && shannonEntropy(value) >= 3.5;
}
/** How code names things: camelCase, PascalCase, snake_case, CONSTANT_CASE, lower. `EHuaHWOAng` is none of them. */
function identifierLike(value) {
	return /^_*(?:[a-z]+(?:[A-Z][a-z0-9]+)*|[A-Z]{2,5}(?:[A-Z][a-z0-9]+)+|[A-Z]?[A-Z][a-z]+(?:[A-Z][a-z0-9]+)*|[a-z]+(?:_[a-z0-9]+)*|[A-Z]+(?:_[A-Z0-9]+)*|[A-Z][a-z]+(?:_[A-Z]?[a-z]+)*)_*$/.test(value);
}
/** Code or configuration that refers to a secret rather than holding it. */
function looksLikeReference(value, quoted, next, shell = false) {
	if (!quoted && (next === "(" || next === "[" || next === ".")) return true;
	if (CODE_WORDS.has(value.toLowerCase())) return true;
	if (/^[A-Z][A-Z0-9_]+$/.test(value) && value.includes("_") && !initialsAndNumber(value)) return true;
	if (/^[A-Za-z_$#][\w$#]*(?:\??\.(?:[A-Za-z$#]|_+[A-Za-z\d$#])[\w$#]*)+(?:\(\))?!?;?$/.test(value) && !value.split(".").some((part) => part.length >= 12 && characterClasses(part) === 3 && (part.match(/\d/g) ?? []).length >= 2 && !/[a-z]{5,}/.test(part)) && namePath(value)) return !(shell && /\d/.test(value) && !PATH_WORDS.test(value.split(".")[0]));
	if (/\$\{[ \t]*[\w.$]{1,80}(?:[ \t]*[|:?-][^{}]{0,40})?[ \t]*\}|\{\{[ \t]*[\w.$|" ()-]{1,80}\}\}/.test(value)) return true;
	if (/^[a-z][a-z0-9+.-]{1,20}:\/\//i.test(value) && !/:[^/@\s]+@/.test(value)) return true;
	if (/^(?:arn|urn):[\w-]{1,40}:/i.test(value)) return true;
	if (/^[A-Za-z_][\w-]{0,60}(?::[A-Za-z_][\w-]{0,60}){1,6}$/.test(value) && value.split(":").every((part) => identifierLike(part.replace(/-/g, "_"))) && (/:.*:/.test(value) || /[a-z][A-Z]/.test(value))) return true;
	if (/^0x[0-9a-fA-F]{1,16}$/.test(value)) return true;
	if (/^[A-Z][a-z]{1,12}(?:[A-Z][a-z]{0,6})?-[A-Z][A-Za-z]{2,40}$/.test(value)) return true;
	if (/^@[A-Za-z_][\w.-]*$/.test(value) && identifierLike(value.slice(1).replace(/[.-]/g, "_"))) return true;
	if (/^[#.][A-Za-z]+(?:[-_][A-Za-z]+)*$/.test(value)) return true;
	if (/^(?:\.{1,2}|~)?\/(?:[\w.-]{1,40}\/)*[\w.-]{0,40}$/.test(value) && !/[+=]/.test(value)) return true;
	if (/^\$\{?[A-Za-z_]\w*\}?$/.test(value) || /^%\w+%$/.test(value) || /^\$\d+$/.test(value)) return true;
	if (/^\$\{[A-Za-z_]\w*:?[?+]/.test(value)) return true;
	if (!quoted && /^[A-Za-z_]+$/.test(value) && identifierLike(value)) return true;
	if (!quoted && /^[A-Za-z_$][\w$]*$/.test(value) && (/^\$|\$\w/.test(value) || NAMES_A_SECRET.test(value))) return true;
	if (/^[A-Za-z_]+$/.test(value) && NAMES_A_SECRET.test(value) && /[a-z][A-Z]|_|^[A-Z][a-z]/.test(value)) return true;
	if (/^[a-z]+(?:[A-Z][a-z]+)+$/.test(value) && !quoted) return true;
	return false;
}
/** Round 21: `DJ_200486`, `AE_230394`, `MK_1987_X`: letters of one to three capitals only, and a part of four digits
*  or more — initials and a date, as people choose passwords; no constant's name is made of such parts (`HTTP_2`,
*  `ISO_8859_1` name a thing with a word of four letters or a number of three at most after a word). */
function initialsAndNumber(value) {
	const parts = value.split("_").filter(Boolean);
	return parts.length >= 2 && parts.length <= 4 && parts.every((part) => /^[A-Z]{1,3}$|^\d+$/.test(part)) && parts.some((part) => /^\d{4,8}$/.test(part)) && /^[A-Z]/.test(parts[0]) && !/^(?:ISO|UTF|RFC|CP|IBM|KOI|WIN)$/.test(parts[0]);
}
/** Round 20: a part of a dotted path is a chosen value's, not a name's, when it mixes digits with both cases and its
*  letters read as no word of the bigram model (`z2LSX_ApzYe`, `BneUMVT2UKrj`, `A5Rn5cqKdw`); names that carry
*  digits read as words once the digits are dropped (`oauth2Client`, `Http2Session`, `x509Certificate`, `md5Sum`). */
function namePart(part) {
	const bare = part.replace(/\d+/g, "");
	if (bare.length >= 6 && /^[A-Za-z]+$/.test(bare) && !identifierLike(bare) && (bare.match(/(?=[a-z][A-Z]|[A-Z][a-z])/g) ?? []).length >= 4) return false;
	if (!/\d/.test(part) || !/[A-Z]/.test(part) || !/[a-z]/.test(part)) return true;
	const letters = part.replace(/[^A-Za-z]/g, "").toLowerCase();
	return letters.length < 4 || wordScore(letters) >= -.8;
}
function namePath(value) {
	const parts = value.split(".");
	return PATH_WORDS.test(parts[0].replace(/^[$#]/, "")) || parts.every(namePart);
}
/** `printer.inspection.tomb`: three or more lowercase words joined by dots, none of them a word of code or config. */
function dottedPassphrase(value) {
	if (!/^[a-z]{3,}(?:\.[a-z]{3,}){2,5}$/.test(value)) return false;
	return !value.split(".").some((part) => PATH_WORDS.test(part));
}
/** `sk-ant-oat01-tooShort`, `xoxb-notARealToken`: a vendor-style prefix followed by words, a stand-in for a key. */
function prefixedWords(value) {
	const body = value.replace(/^(?:[a-z]{1,8}\d{0,2}[-_]){1,4}/, "");
	return body !== value && body.length > 0 && /^[A-Za-z]+$/.test(body) && identifierLike(body);
}
/** A message, not a secret: three or more words, nearly all of letters (`"Unerwartetes Token. {0} wurde erwartet."`). */
function sentence(value) {
	const parts = value.split(/\s+/).filter(Boolean);
	if (parts.length < 3 && !(parts.length === 2 && /\p{L}[.!?…:]$/u.test(value))) return false;
	return parts.filter((part) => /^[\p{Ps}\p{Pi}"'„«]*\p{L}[\p{L}'’-]*[\p{P}]*$/u.test(part) || /^\{\d\}/.test(part)).length >= parts.length * .6;
}
/** Text given to a secret-named key, in any script: mostly ideographs, kana, hangul or Thai (a message of a
*  localisation table: no key is written in them), one word in natural case, or words of letters only joined by
*  spaces or a list separator
*  (`"key": "Andhra Pradesh"`, `"sub_keys": "Alabama~Alaska~Arizona"`), no digit anywhere. */
function wordsOrText(value) {
	const letters = value.match(/\p{L}/gu)?.length ?? 0;
	const unspaced = value.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu)?.length ?? 0;
	if (letters > 0 && unspaced >= letters * .5 && unspaced >= 4) return true;
	if (/\d/.test(value)) return false;
	if (value.split(/['’-]/).every((part) => /^\p{Lu}?\p{Ll}*$/u.test(part) && part !== "") && /\p{Ll}{2}/u.test(value)) return true;
	const pieces = value.split(/[ \t~|,;·]+/).filter(Boolean);
	return pieces.length >= 2 && /[ \t~|]/.test(value) && pieces.every((piece) => /^\p{L}[\p{L}'’.()-]*$/u.test(piece));
}
function shortQuotedPassword(value) {
	const lower = value.toLowerCase();
	return value.length >= 4 && /^\S+$/.test(value) && !SHORT_STAND_INS.has(lower) && !STAND_IN_NAMES.test(lower) && !countingRun(lower);
}
/** `1234`, `12345`, `123!`, `abcd`, `4321`: keys pressed in a row, with a symbol at most after them — the stand-in
*  scanners' own examples type for a password (Bandit's `passphrase='1234'`, checkov's `"123!"`), not a choice. */
function countingRun(value) {
	const run = value.replace(/[^a-z0-9]$/, "");
	if (run.length < 3 || !/^(?:[0-9]+|[a-z]+)$/.test(run)) return false;
	const step = run.charCodeAt(1) - run.charCodeAt(0);
	if (step !== 1 && step !== -1) return false;
	for (let i = 2; i < run.length; i++) if (run.charCodeAt(i) - run.charCodeAt(i - 1) !== step) return false;
	return true;
}
/** Round 19: a passphrase written with spaces, as people and diceware write it — three to eight words of three
*  letters or more (any script), all lower case or all capitalised, then a number (`harbor thunder meadow canyon 98`,
*  `Birke Ahorn Linde 31`). Messages of that length hold short words (`be`, `at`, `to`, `de`), end in a word or in a year. */
function spacedPassphrase(value) {
	return /^(?:\p{Ll}{3,16} ){3,8}(?:\d{1,4}|[!?#$%&*@^+]{1,3})$|^(?:\p{Lu}\p{Ll}{2,15} ){3,8}(?:\d{1,4}|[!?#$%&*@^+]{1,3})$/u.test(value) && !/ (?:19|20)\d\d$/.test(value);
}
function cipherSuite(value) {
	const parts = value.split(/[-_]/);
	return parts.length >= 3 && parts.length <= 10 && parts.every((part) => CIPHER_PART.test(part)) && parts.some((part) => /^(?:AES|CAMELLIA|ARIA|CHACHA20|SHA|GCM|CBC|CCM|DES|RC4)/.test(part));
}
function acceptable(kind, value, quoted, next, shell = false, inQuotes = false) {
	const symbolsOnly = kind === "password" && quoted && value.length >= 5 && /^[!-/:-@[-`{-~]+$/.test(value) && new Set(value).size >= 3;
	if (value.length < 4 || !/[A-Za-z0-9]/.test(value) && !symbolsOnly) return false;
	if (kind === "password" && dottedPassphrase(value) && !/[([.]/.test(next)) return !looksLikePlaceholder(value);
	if (looksLikePlaceholder(value) || looksLikeReference(value, quoted, next, shell)) return false;
	if (value.startsWith("/*") || value.startsWith("//")) return false;
	if (kind === "password" && /^(?:[~^]|[<>]=?)[ \t]?v?\d+(?:\.(?:\d+|x|\*)){1,3}(?:-[\w.]+)?$/.test(value)) return false;
	if (kind === "password" && cipherSuite(value)) return false;
	if (kind === "password") return (value.length >= 6 || inQuotes && shortQuotedPassword(value)) && !NOT_A_PASSWORD.has(value.toLowerCase()) && (!(sentence(value) && value.split(/\s+/).length >= 5) || spacedPassphrase(value));
	if (value.length < 8 || prefixedWords(value) || looksTypedIn(value) || looksCountedOrRepeated(value)) return false;
	if (/^\d{20,64}$/.test(value) && shannonEntropy(value) >= 2.9) return true;
	if (sentence(value) || wordsOrText(value)) return false;
	if (/\\u[0-9a-fA-F]{4}/.test(value) && /^[A-Za-z]+$/.test(value.replace(/\\u[0-9a-fA-F]{4}/g, "e"))) return false;
	if (/^[a-f0-9]{16,}$|^[A-F0-9]{16,}$/.test(value) && /\d/.test(value) && /[a-fA-F]/.test(value) && !/(.)\1{3}/.test(value)) return true;
	if (/^_*[A-Za-z]+(?:[_-][A-Za-z]+)*_*$/.test(value) && (value.includes("_") || value.includes("-") || identifierLike(value))) return false;
	const entropy = shannonEntropy(value);
	if (characterClasses(value) >= 2 && entropy >= Math.min(3, Math.log2(value.length) * .75)) return true;
	return quoted && entropy >= 3 && !/^[a-z]+(?: [a-z]+){0,2}$/i.test(value) && /\d|[^\w\s]|\s/.test(value);
}
/** `"application:" + appKey`, `'password = '.$p[…]`: a quoted piece of a string built in code, not a value. */
function concatenated(text, value) {
	if (!value.quoted) return false;
	if (/^[ \t]*(?:[,+&]|\.\.?)[ \t]*[\w$.]{0,40}[([]?[ \t]*$/.test(text.slice(value.start, value.end))) return true;
	const after = text.slice(value.end + 1, value.end + 8);
	const before = text.slice(Math.max(0, value.start - 8), value.start - 1);
	return /^[ \t]*(?:\+[ \t]*[\w$("'`]|\.\.[ \t]*[\w$"']|\.[ \t]*[$"']|\.[ \t]+\w|&[ \t]+[\w$"])/.test(after) || /[\w$)][ \t]*(?:\+|\.\.?)[ \t]*$/.test(before);
}
/** The value starting at `i` (after operator and spaces): quoted up to its closing quote, else up to a terminator. */
function readValue(text, i, budget, wholeToken = false, query = false) {
	let at = i;
	if (text[at] === "@" && text[at + 1] === "\"") at++;
	const tag = /^!!?[A-Za-z]{1,10}[ \t]{1,4}/.exec(text.slice(at, at + 16));
	if (tag && text[at + 1] !== "!") return null;
	if (tag) at += tag[0].length;
	if (/^![A-Za-z][\w.-]{10,40}[ \t]+\S/.test(text.slice(at, at + 48))) return null;
	if (text[at] === "\\" && (text[at + 1] === "\"" || text[at + 1] === "'")) {
		const window = text.slice(at + 2, Math.min(text.length, at + 2 + MAX_QUOTED));
		const found = window.indexOf("\\" + text[at + 1]);
		const close = found === -1 ? -1 : at + 2 + found;
		if (close === -1 || window.slice(0, found).includes("\n")) return null;
		budget.left -= close - at;
		return close > at + 2 ? {
			start: at + 2,
			end: close,
			quoted: true
		} : null;
	}
	const q = text[at];
	if (q === "\"" || q === "'" || q === "`") {
		const triple = text.startsWith(q.repeat(3), at);
		const open = at + (triple ? 3 : 1);
		const limit = Math.min(text.length, open + (budget.left > 0 ? MAX_QUOTED : 256));
		let j = open;
		while (j < limit && text[j] !== q && text[j] !== "\n") {
			if (text[j] === "\\") j++;
			j++;
		}
		budget.left -= j - open;
		if (j >= limit || text[j] !== q) return null;
		return {
			start: open,
			end: j,
			quoted: true
		};
	}
	const limit = Math.min(text.length, at + (budget.left > 0 ? MAX_UNQUOTED : 128));
	let j = at;
	const stop = query ? /[\s"'`,;<>(){}[\]&#]/ : /[\s"'`,;<>(){}[\]]/;
	while (j < limit && !stop.test(text[j])) j++;
	if (wholeToken && !query && j + 1 < limit && !/[\s([]/.test(text[j]) && !/[\s]/.test(text[j + 1])) while (j < limit && !/\s/.test(text[j])) j++;
	budget.left -= j - at;
	if (!/[,;&]/.test(text[j] ?? "")) while (j > at && /[.:]/.test(text[j - 1])) j--;
	if (/^[„“«‚‘‹「『]/.test(text[at]) && /[“”»‘’›」』]$/.test(text[j - 1] ?? "")) return j - 1 > at + 1 ? {
		start: at + 1,
		end: j - 1,
		quoted: true
	} : null;
	return j > at ? {
		start: at,
		end: j,
		quoted: false
	} : null;
}
/** `Authorization: Token abc…`: the credentials after an alphabetic scheme word, or the whole value. */
function authCredentials(text, value) {
	const scheme = /^([A-Za-z][A-Za-z0-9-]{1,30}) +(?=\S)/.exec(text.slice(value.start, Math.min(value.end + 200, value.start + 40)));
	if (!scheme) return value;
	const start = value.start + scheme[0].length;
	let end = start;
	const limit = Math.min(text.length, start + MAX_QUOTED);
	while (end < limit && !/[\s"'`]/.test(text[end])) end++;
	return end > start ? {
		start,
		end,
		quoted: value.quoted
	} : value;
}
var MAX_QUOTED, MAX_UNQUOTED, CODE_WORDS, NAMES_A_SECRET, PATH_WORDS, SHORT_STAND_INS, STAND_IN_NAMES, CIPHER_PART;
var init_assignment_values = __esmMin((() => {
	init_checks();
	init_secrets();
	init_token_randomness();
	MAX_QUOTED = 8192;
	MAX_UNQUOTED = 1024;
	CODE_WORDS = /* @__PURE__ */ new Set([
		"string",
		"str",
		"number",
		"int",
		"boolean",
		"bool",
		"required",
		"optional",
		"undefined",
		"none",
		"null",
		"nil",
		"true",
		"false",
		"text",
		"varchar",
		"secret",
		"password",
		"token",
		"hidden",
		"bytes",
		"any",
		"object",
		"char",
		"function",
		"void",
		"new",
		"this",
		"self",
		"await",
		"return",
		"const",
		"let",
		"var",
		"private",
		"public",
		"protected",
		"static",
		"readonly",
		"final",
		"default",
		"infinity",
		"-infinity",
		"nan"
	]);
	NAMES_A_SECRET = /token|secret|passw|session|apikey|api_key|credential|auth/i;
	PATH_WORDS = /^(?:env|environ|config|conf|cfg|configuration|settings|setting|options|opts|params|props|properties|args|argv|request|req|res|response|form|data|user|users|app|application|ctx|context|state|store|values?|vars?|secrets?|credentials?|creds|auth|db|database|process|self|this|super|module|exports|window|global|session|cookie|cookies|spring|datasource|keys?|tokens?|pass\w*|pwd|get|set|input|body|payload|model|prototype|default|defaults|local|remote|prod|production|dev|test|staging|item|items|result|results|obj|object|json|yaml|http|https|api|client|server|service|services|account|accounts|connection|conn|mail|smtp|ldap|redis|mysql|postgres|oracle|mongo)$/i;
	SHORT_STAND_INS = /* @__PURE__ */ new Set([
		"quux",
		"stub",
		"demo",
		"blah",
		"todo",
		"tbd",
		"fixme",
		"xxx",
		"nil",
		"empty",
		"blank",
		"unset",
		"auto",
		"ask",
		"prompt",
		"plain",
		"clear",
		"hash",
		"hashed",
		"md5",
		"sha1",
		"sha256",
		"scram",
		"crypt",
		"bcrypt",
		"mask",
		"masked",
		"hide",
		"show",
		"hidden",
		"file",
		"env",
		"stdin",
		"text",
		"input",
		"login",
		"value",
		"field",
		"dev",
		"prod",
		"local"
	]);
	STAND_IN_NAMES = /^(?:foo|bar|baz|qux|fake|mock)\d?$/;
	CIPHER_PART = /^(?:TLS|SSL|WITH|ECDHE|DHE|EDH|ECDH|DH|RSA|PSK|ECDSA|DSS|ANON|ADH|AECDH|SRP|KRB5|EXP(?:ORT)?\d*|AES\d*|CAMELLIA\d*|ARIA\d*|CHACHA20|POLY1305|GCM|CBC3?|CCM8?|SHA\d*|MD5|DES|3DES|EDE|RC4|SEED|IDEA|NULL|GOST\d*|\d{2,3})$/;
}));
// src/core/redaction/rules/password-equals-value.ts
/**
* True when a token shaped `name=value` is no setting but a chosen password: one `=` only, no list separator (a
* connection string's `Catalog=X;Data` is settings), and either side unlike the setting's (a name with digits inside
* a word or a run of them, a value mixing cases with digits or holding a symbol).
*/
function chosenEqualsValue(value) {
	const m = ONE_EQUALS.exec(value);
	if (!m || /[;&,|]/.test(value)) return false;
	const [, name, setting] = m;
	if (/^(?:pass|pwd|pw|secret|token|key|user|login|auth)/i.test(name)) return false;
	if (CONFIG_NAME.test(name) && !/\d{3}|\p{L}\d+\p{L}/u.test(name) && CONFIG_VALUE.test(setting)) return false;
	return /[\p{L}\p{N}]{2}/u.test(name) && /[\p{L}\p{N}]/u.test(setting);
}
var CONFIG_NAME, CONFIG_VALUE, ONE_EQUALS;
var init_password_equals_value = __esmMin((() => {
	CONFIG_NAME = /^[_$]*(?:[a-z][a-z\d]*(?:[_.-][a-z\d]+)*|[A-Z][A-Z\d]*(?:_[A-Z\d]+)*|[A-Za-z][a-z\d]*(?:[A-Z][a-z\d]*)*)$/;
	CONFIG_VALUE = /^(?:\d+(?:\.\d+)*[a-z%]{0,3}|[a-z\d]+(?:[_.:/-][a-z\d]+)*|[A-Z\d]+(?:_[A-Z\d]+)*|[A-Z][a-z]+|[A-Za-z_]+(?:\.[A-Za-z_]+)*)$/;
	ONE_EQUALS = /^([^=\s]{2,40})=([^=\s]{2,40})$/u;
}));
// src/core/redaction/rules/password-shape.ts
/** Letters (any script), digits and symbols of a token. */
function counts(value) {
	let letters = 0;
	let upper = 0;
	let lower = 0;
	let digits = 0;
	let symbols = 0;
	let strongSymbols = 0;
	for (const ch of value) {
		const code = ch.charCodeAt(0);
		if (code < 128) {
			if (code >= 65 && code <= 90) {
				letters++;
				upper++;
			} else if (code >= 97 && code <= 122) {
				letters++;
				lower++;
			} else if (code >= 48 && code <= 57) digits++;
			else {
				symbols++;
				if (code !== 46 && code !== 95 && code !== 45) strongSymbols++;
			}
			continue;
		}
		if (/\p{L}/u.test(ch)) {
			letters++;
			if (/\p{Lu}/u.test(ch)) upper++;
			else if (/\p{Ll}/u.test(ch)) lower++;
		} else if (/\p{N}/u.test(ch)) digits++;
		else {
			symbols++;
			if (!/[._-]/.test(ch)) strongSymbols++;
		}
	}
	return {
		letters,
		upper,
		lower,
		digits,
		symbols,
		strongSymbols
	};
}
/** `correct-horse-battery`, `kastanje.słonecznik.kirsche.17`: three or more words joined by one separator (not `_`,
*  which joins the words of identifiers). */
function passphraseToken(value) {
	const m = /^\p{L}{2,}(?:([-.+_])\p{L}{2,})((?:\1\p{L}{2,}){0,6})(\1?\d{1,4})?[!?#$%&*@^]{0,2}$/u.exec(value);
	if (!m) return false;
	if (m[2] === "" && !m[3]) return false;
	if (m[1] === "_" && !value.split("_").every((part) => /^\p{Lu}/u.test(part) || /^\d/.test(part))) return false;
	if (TLD.test(value) && !/\d$/.test(value)) return false;
	return !value.split(/[-.+]/).some((part) => PATH_WORDS.test(part) || /^(?:pass\w*|secrets?|tokens?|keys?|www|com|org|net|json|yaml|txt)$/i.test(part));
}
function mixedJoinedWords(value) {
	if (!MIXED_JOIN.test(value)) return false;
	const joins = value.replace(/[!?#$%&*@^]{1,2}$/, "").match(/[-.+*!#&%^~?_](?=[\p{L}\d])/gu) ?? [];
	return new Set(joins).size >= 2 && joins.some((j) => /[*!#&%^~?]/.test(j));
}
/** `length=12`, `user=admin`: a name given a value, not a value; one holding `=` more than once after a short head is
*  no assignment (`GP=tfRCRS=bs45`). */
function assignmentToken(value) {
	return /^[\p{L}\p{N}_-]{2,}=[^=]/u.test(value) && (/^[\p{L}\p{N}_-]{3,}=/u.test(value) || !/=.*=/.test(value));
}
/** Letters of the token in word-like pieces (Latin script only; other scripts count as words). */
function lettersReadAsWord(value, share = 1) {
	const pieces = value.split(/[^\p{L}]+/u).filter((p) => p.length >= 3);
	if (pieces.length === 0) return false;
	return pieces.filter((p) => !/^[a-z]+$/i.test(p) || wordScore(p.toLowerCase()) >= 0).length >= pieces.length * share;
}
/**
* `next`: the first token after a password word and its separator (`Пароль — Café33`), where a word with a number
* counts too; `after`: a later token of its sentence; `before`: a token before one (`X is the password`), where only
* a shape beyond doubt counts (three classes, or letters, digits and a symbol, or machine-random).
*/
function passwordTokenShape(value, place) {
	if (value.length < 6 || value.length > 64) return false;
	if (value.length < 20 && /^(?:[a-z]+|[A-Z]+)$/.test(value)) return false;
	if (looksLikePlaceholder(value) || NOT_A_PASSWORD.has(value.toLowerCase())) return false;
	if (/^[$%&@#<\\/~-]|:\/\/|\\|^\p{L}[\p{L}\p{N}._-]*@[\p{L}\p{N}-]+\./u.test(value)) return false;
	if (/^[\p{L}\p{N}._%-]{1,64}['"`]@['"`]/u.test(value)) return false;
	if (/^[\p{L}_][\p{L}\p{N}_]*:=/u.test(value)) return false;
	if (yamlTag(value)) return false;
	if (assignmentToken(value) && !(place !== "before" && chosenEqualsValue(value)) || /[(){}[\]]/.test(value)) return false;
	if (/^(?:pass(?:word|wort|wd)?|pwd)[\d_-]/i.test(value) && !/\d{3}/.test(value)) return false;
	if (/^pin[_-]/i.test(value)) return false;
	if (/^v?\d+(?:[.,:/-]\d+)+\p{L}{0,3}$/u.test(value)) return false;
	if (/^\d+(?:[.,]\d+)?\p{L}{1,3}$/u.test(value) || /^\p{L}{1,3}\d{1,5}$/u.test(value) && !(place === "next" && /^\p{Lu}\p{Ll}{2}\d{3,5}$/u.test(value))) return false;
	if (/^[A-Z]{1,6}[-#]?\d{1,4}[a-z]{0,2}$|^[A-Za-z][a-z]{1,10}\d$/.test(value)) return false;
	if (/\.[a-z]{2,4}$/.test(value) && /^[\p{L}\p{N}_-]+\.[a-z]{2,4}$/u.test(value)) return false;
	if (TLD.test(value) && /^[a-z0-9.-]+$/.test(value) && !/\d$/.test(value)) return false;
	if (/^\d[\d\s.,/-]*$/.test(value)) return false;
	if (/::|^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}$/i.test(value)) return false;
	if (/.["`]|^[\p{L}\p{N}_-]+(?:\/[\p{L}\p{N}_-]+)+$/u.test(value) && !/^\p{L}{3,}\d{1,4}\/\d{1,4}$/u.test(value)) return false;
	if (/^\p{L}+[!?¡¿]+$|^\p{L}+['’]\p{L}+$/u.test(value)) return false;
	if (inflectedAbbreviation(value)) return false;
	if (passphraseToken(value)) return true;
	const c = counts(value);
	if (c.letters < 2) return false;
	if (mixedJoinedWords(value)) return true;
	if (value.split(/[^\p{L}]+/u).filter((p) => p.length >= 2).length >= 3 && lettersReadAsWord(value, .75)) return false;
	if (looksMachineRandom(value, "keyed")) return true;
	const classes = (c.upper > 0 ? 1 : 0) + (c.lower > 0 ? 1 : 0) + (c.digits > 0 ? 1 : 0) + (c.symbols > 0 ? 1 : 0);
	if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) && c.digits === 0) return false;
	if (place === "before") return c.upper > 0 && c.lower > 0 && c.digits > 0 && value.length >= 8 || c.strongSymbols > 0 && c.digits > 0;
	if (classes < 2 || c.digits === 0 && c.symbols === 0) return false;
	if (/^\p{L}{4,}\d{2,4}\p{L}{4,}$/u.test(value) && !/^base\d|(?:en|de)cod/i.test(value)) return true;
	if (/^(?:\p{Lu}\p{Ll}{2,11}){2,3}\d{2}$/u.test(value)) return true;
	if (place !== "next" && c.symbols === 0 && c.digits <= 2 && lettersReadAsWord(value) && !/^\p{Ll}{3,}\d{1,4}\p{Lu}{1,3}$/u.test(value)) return false;
	if (c.upper > 0 && c.lower > 0 && value.length >= 8 && /[_.-]/.test(value) && value.split(/[_.-]+/).some((p) => p.length >= 3 && /\p{Ll}\p{Lu}/u.test(p) && !identifierLike(p))) return true;
	if (c.strongSymbols > 0) return true;
	if (c.digits >= 3) return true;
	if (c.upper > 0 && c.lower > 0 && c.digits >= 2) return true;
	return c.digits > 0 && !lettersReadAsWord(value) && value.length >= 8;
}
var TLD, MIXED_JOIN, yamlTag, inflectedAbbreviation;
var init_password_shape = __esmMin((() => {
	init_checks();
	init_assignment_values();
	init_secrets();
	init_token_randomness();
	init_password_equals_value();
	TLD = /\.(?:com|org|net|io|dev|app|co|uk|de|fr|ru|cn|jp|local|lan|internal|corp|edu|gov|info|biz|me|us|eu|ai|cloud|home|intra)$/i;
	MIXED_JOIN = /^\p{L}{2,32}(?:[-.+*!#&%^~?_]\p{L}{2,32}){1,6}(?:[-.+*!#&%^~?_]?\d{1,4})?[!?#$%&*@^]{0,2}$/u;
	yamlTag = (value) => /^!{1,2}\p{L}+(?:[_-]\p{L}+)*$/u.test(value);
	inflectedAbbreviation = (value) => /^[\p{L}\p{N}-]{2,16}:\p{Ll}{1,3}$|^\p{Lu}{2,6}\d?-\p{Ll}{1,3}$/u.test(value);
}));
// src/core/redaction/rules/access-code-words-round22.ts
var ACCESS_OBJECTS_ROUND22, ACCESS_CODE_WORDS_ROUND22, ACCESS_CODE_PHRASES_ROUND22, DOOR_CODE_SCRIPT_WORDS_ROUND22;
var init_access_code_words_round22 = __esmMin((() => {
	ACCESS_OBJECTS_ROUND22 = [
		"(?:εξ(?:ώ|ω))?π(?:ό|ο)ρτα[ςσ]?",
		"καγκελ(?:ό|ο)πορτα[ςσ]?",
		"εισ(?:ό|ο)δου",
		"χρηματοκιβωτ(?:ί|ι)ου",
		"συναγερμο(?:ύ|υ)",
		"θυροτηλεφ(?:ώ|ω)νου",
		"κλειδαρι(?:ά|α)[ςσ]",
		"πολυκατοικ(?:ί|ι)α[ςσ]",
		"κτιρ(?:ί|ι)ου",
		"γκαρ(?:ά|α)ζ",
		"ντουλαπιο(?:ύ|υ)",
		"interfon(?:ul|ului)?",
		"u(?:ș|ş|s)(?:ă|a)",
		"u(?:ș|ş|s)a",
		"poart(?:ă|a)",
		"seif(?:ul|ului)?",
		"alarm(?:ă|a)",
		"lac(?:ă|a)t(?:ul|ului)?",
		"intr(?:ă|a)rii",
		"intrare",
		"blocului",
		"sef(?:a|u|om)?",
		"vrat(?:a|ima)",
		"ulaz(?:a|u)?",
		"kapij(?:a|e|u)",
		"interfon(?:a|u)",
		"portafon(?:a|u)?",
		"gara(?:ž|z)(?:a|e|u)",
		"ormari(?:ć|c)(?:a|u)?",
		"lokot(?:a|u)?",
		"zgrad(?:a|e|u)",
		"vhod(?:a|u)?",
		"dver(?:í|i)",
		"trezor(?:a|u)?",
		"alarm(?:u|a)",
		"pintu",
		"gerbang",
		"pagar",
		"brankas",
		"peti\\s?besi",
		"loker",
		"gembok",
		"garasi",
		"pinto",
		"pintuan",
		"kandado",
		"der(?:ës|a)",
		"port(?:ës|es)",
		"kasafort(?:ës|es)",
		"interfone",
		"fechadura",
		"cacifo",
		"taquilla",
		"casillero",
		"portaria",
		"bo(?:î|i)te\\s?(?:à|a)\\s?cl(?:é|e)s?",
		"casier",
		"spind",
		"schlie(?:ß|ss)fach",
		"tiefgarage",
		"zahlenschloss",
		"armadietto",
		"portineria",
		"kluisje",
		"cijferslot",
		"szafki",
		"skrytki",
		"klatki",
		"locker",
		"mailbox",
		"lobby"
	];
	ACCESS_CODE_WORDS_ROUND22 = [
		"(?:š|s)ifr(?:a|u|e|om)",
		"κωδικ(?:ό|ο)[ςσ]?",
		"κωδικο(?:ύ|υ)",
		"συνδυασμ(?:ό|ο)[ςσ]?",
		"kodi",
		"kombinacij(?:a|u|e)",
		"kombinace",
		"kombinasi",
		"combinaison",
		"combina(?:ç|c)(?:ã|a)o"
	].join("|");
	ACCESS_CODE_PHRASES_ROUND22 = [
		"(?:dur(?:ų|u)|vart(?:ų|u)|seifo|domofono|signalizacijos|spintel(?:ė|e)s)\\s?kod(?:as|ą|a)",
		"(?:durvju|v(?:ā|a)rtu|seifa|domofona|signaliz(?:ā|a)cijas)\\s?kod(?:s|u|a)",
		"(?:ukse|v(?:ä|a)rava|seifi|fonoluku|alarmi)\\s?kood(?:i)?",
		"(?:kapu|ajt(?:ó|o)|sz(?:é|e)f|riaszt(?:ó|o)|kaputelefon|kapunyit(?:ó|o))\\s?k(?:ó|o)dja",
		"(?:dolab|apartman|otopark)(?:ı|i|u|ü)n\\s(?:(?:ş|s)ifresi|kodu)"
	];
	DOOR_CODE_SCRIPT_WORDS_ROUND22 = [
		"ה?קוד\\s{1,2}(?:של\\s{1,2})?[לב]?ה?(?:דלת|שער|כספת|אינטרקום|בניין|אזעקה|לוקר|כניסה|חניה|מנעול)",
		"(?:ال)?(?:رمز|كود|رقم\\s{1,2}سري|الرقم\\s{1,2}السري)\\s{1,2}(?:ل|لل|ال)?(?:باب|بوابة|خزنة|خزينة|إنترفون|انترفون|قفل|إنذار|انذار|عمارة|مبنى|شقة|كراج|جراج|خزانة)(?:\\s{1,2}ال\\p{L}{2,12})?",
		"(?:کد|رمز)\\s{1,2}(?:درب|دروازه|گاوصندوق|آیفون|پارکینگ|قفل)",
		"(?:گیٹ|دروازے|دروازہ|لاکر)\\s{1,2}(?:کا\\s{1,2})?کوڈ",
		"(?:दरवाज़े|दरवाजे|गेट|तिजोरी|लॉकर)\\s{1,2}(?:का\\s{1,2})?(?:कोड|पिन)",
		"รหัส(?:เข้า)?(?:ประตู|ตู้เซฟ|ล็อกเกอร์|คีย์การ์ด)",
		"(?:门禁|大门|门锁|房门|保险箱|保险柜|门|門禁|大門|門鎖|保險箱|保險櫃)的?(?:密码|密碼|码|碼)",
		"(?:オートロック|玄関|ドア|金庫|キーボックス|ロッカー)の?(?:暗証番号|番号|パスコード)",
		"(?:공동\\s?)?현관(?:문)?\\s?(?:비밀번호|비번)",
		"(?:도어락|금고|사물함)\\s?(?:비밀번호|비번)",
		"[Кк]од\\s{1,2}(?:від\\s{1,2})?(?:домофону|дверей|сейфа|воріт|хвіртки|під['’]їзду)",
		"[Кк]од(?:ът)?\\s{1,2}(?:на|за)\\s{1,2}(?:входа|вратата|сейфа|домофона|портала)",
		"[Шш]ифр(?:а|у)\\s{1,2}(?:за|од)\\s{1,2}(?:сеф|врата|улаз|капију|интерфон)",
		"[Кк]од\\s{1,2}(?:от\\s{1,2})?(?:подъезда|замка|ячейки|шкафчика)"
	];
}));
// src/core/redaction/rules/access-code-words.ts
var ACCESS_OBJECTS, ACCESS_CODE_WORD, ACCESS_CODE_PHRASES;
var init_access_code_words = __esmMin((() => {
	init_access_code_words_round22();
	ACCESS_OBJECTS = [
		"door",
		"front\\s?door",
		"gate",
		"garage",
		"alarm",
		"safe",
		"lock\\s?box",
		"key\\s?(?:box|safe)",
		"keysafe",
		"intercom",
		"padlock",
		"building",
		"entrance",
		"haust(?:ü|ue)r",
		"t(?:ü|ue)r",
		"tor",
		"gartentor",
		"alarmanlage",
		"tresor",
		"schl(?:ü|ue)sselkasten",
		"schl(?:ü|ue)sseltresor",
		"eingang",
		"haus(?:eingang)?",
		"wlan",
		"wi-?fi",
		"deur",
		"voordeur",
		"poort",
		"hek",
		"kluis",
		"sleutelkastje",
		"d(?:ö|ø|o)rr?",
		"grind",
		"larm",
		"kassask(?:å|a)p",
		"puerta",
		"portal",
		"port(?:ó|o)n",
		"verja",
		"reja",
		"alarma",
		"caja\\s?fuerte",
		"garaje",
		"candado",
		"edificio",
		"porta",
		"port(?:ã|a)o",
		"alarme",
		"cofre",
		"garagem",
		"cadeado",
		"pr(?:é|e)dio",
		"portone",
		"cancello",
		"allarme",
		"cassaforte",
		"lucchetto",
		"citofono",
		"porte",
		"portail",
		"coffre(?:-fort)?",
		"cadenas",
		"interphone",
		"immeuble",
		"u(?:ș|ş|s)ii",
		"por(?:ț|ţ|t)ii",
		"alarmei",
		"seifului",
		"drzwi",
		"bramy",
		"furtki",
		"alarmu",
		"sejfu",
		"gara(?:ż|z)u",
		"domofonu",
		"k(?:ł|l)(?:ó|o)dki",
		"dve(?:ř|r)(?:í|i)",
		"br(?:á|a)ny",
		"trezoru",
		"c(?:ử|u)a",
		"c(?:ổ|o)ng",
		"k(?:é|e)t(?:\\s?s(?:ắ|a)t)?",
		"kh(?:ó|o)a",
		"b(?:á|a)o\\s?(?:độ|do)ng",
		...ACCESS_OBJECTS_ROUND22
	].join("|");
	ACCESS_CODE_WORD = `(?:code|kode|koden|kod|koodi|kood|k(?:ó|o)d|codul|cod|codice|c(?:ó|o)digo|m(?:ã|a)|combinaci(?:ó|o)n|combinazione|combination|kombination|pin|${ACCESS_CODE_WORDS_ROUND22})`;
	ACCESS_CODE_PHRASES = [
		`${ACCESS_CODE_WORD}(?:\\s{1,2}[\\p{L}'’]{1,6}){0,3}\\s{1,2}(?:${ACCESS_OBJECTS})`,
		"(?:kap(?:ı|i)|kasa|alarm|garaj|kilit|bina|site|kap(?:ı|i)c(?:ı|i)|wifi|modem)(?:n?(?:ı|i|u|ü)n)?\\s{1,2}(?:(?:ş|s)ifre|kod)(?:si|su|u|i)?",
		"(?:oven|portin|h(?:ä|a)lytys|kassakaapin|autotallin|rapun|porttikongin)\\s?koodi",
		"(?:alarm|garagen?(?:tor)?|gartentor|tor|t(?:ü|ue)r|poort|hek|kluis|larm|port|grind|d(?:ø|o)r|kapu|ajt(?:ó|o)|riaszt(?:ó|o)|sejf|trezor)-?(?:code|kode|kod|k(?:ó|o)d|koodi)",
		...ACCESS_CODE_PHRASES_ROUND22
	];
}));
// src/core/redaction/rules/password-context.ts
/** Round 19: digits alone are a PIN after a PIN word: four to twelve of them, no run of one digit or a count
*  (`0000`, `1234`, `987654` are stand-ins) or a round number (`pin 1000`). */
function pinDigits(value) {
	value = value.replace(/^[#*]|[#*]$/g, "");
	if (!/^\d{4,12}$/.test(value) || /^(\d)\1+$|^[1-9]0{2,}$/.test(value)) return false;
	let up = true;
	let down = true;
	for (let i = 1; i < value.length; i++) {
		const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
		if (step !== 1) up = false;
		if (step !== -1) down = false;
	}
	return !up && !down;
}
/** Whitespace-separated tokens of `text` from `from` to `to`, with quotes, brackets and sentence punctuation cut off. */
function tokens(text, from, to, limit) {
	const out = [];
	const re = /[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]+/gu;
	const window = text.slice(from, to);
	let m;
	while (out.length < limit && (m = re.exec(window)) !== null) {
		const raw = m[0];
		const lead = LEADING.exec(raw)?.[0].length ?? 0;
		const trail = TRAILING.exec(raw.slice(lead))?.[0].length ?? 0;
		const start = from + m.index + lead;
		const end = from + m.index + raw.length - trail;
		out.push({
			start,
			end,
			last: /[.?!。]["'”»)]*$/.test(raw) && /^\p{L}+$/u.test(text.slice(start, end)),
			code: CODE_TOKEN.test(raw.slice(lead, raw.length - trail)),
			name: /[:=]$/.test(raw)
		});
	}
	return out;
}
/** The end of the window after the word: the line, or the next line when the word ends its own (`Password:` ⏎ `X`). */
function windowAfter(text, from) {
	const found = text.slice(from, from + 200).indexOf("\n");
	const lineEnd = found === -1 ? Math.min(text.length, from + 200) : from + found;
	const rest = text.slice(from, lineEnd).trim().replace(/["'`*]/g, "");
	if ((rest === "" || SEPARATOR_ONLY.test(rest)) && lineEnd < text.length && text[lineEnd] === "\n") {
		const next = text.slice(lineEnd + 1, lineEnd + 200).indexOf("\n");
		return next === -1 ? Math.min(text.length, lineEnd + 200) : lineEnd + 1 + next;
	}
	return lineEnd;
}
function* find$10(text) {
	const re = new RegExp(WORD_RE.source, WORD_RE.flags);
	let match;
	let done = 0;
	while ((match = re.exec(text)) !== null) {
		const wordEnd = match.index + match[0].length;
		if (NAME_AFTER.test(text.slice(wordEnd, wordEnd + 2))) continue;
		const afterFrom = Math.max(wordEnd, done);
		const after = tokens(text, afterFrom, windowAfter(text, wordEnd), AFTER_TOKENS);
		let first = afterFrom === wordEnd;
		const pinWord = PIN_WORD_TEST.test(match[0]);
		const doorWord = pinWord && DOOR_CODE_WORD.test(match[0]);
		let wordsBetween = 0;
		let previous = "";
		for (const token of after) {
			if (token.code) break;
			const value = text.slice(token.start, token.end);
			if (SEPARATOR_ONLY.test(value) || value === "") {
				previous = value;
				continue;
			}
			const place = first ? "next" : "after";
			first = false;
			const placeThenDigits = doorWord && wordsBetween <= 2 && /^[ \t.!]*(?:\r?\n|$)/.test(text.slice(token.end, token.end + 40)) && !/^(?:19|20)\d\d$/.test(value);
			const pinHere = pinWord && token.start >= done && pinDigits(value) && (place === "next" || PIN_VERB.test(previous) || placeThenDigits || /[:：]$/.test(text.slice(token.start - 2, token.start).trim())) && !/^[:：][ \t]*\p{L}/u.test(text.slice(token.end, token.end + 4));
			if (/^\p{L}+$/u.test(value)) wordsBetween++;
			else wordsBetween = 3;
			previous = value;
			if (pinHere) {
				done = token.end;
				yield {
					start: token.start,
					end: token.end
				};
				continue;
			}
			if (/^[:：](?:\s|$)/.test(text.slice(token.end, token.end + 2))) continue;
			if (token.start >= done && passwordTokenShape(value, place)) {
				done = token.end;
				yield {
					start: token.start,
					end: token.end
				};
			}
			if (token.last) break;
		}
		const from = Math.max(0, match.index - 120);
		const before = tokens(text, Math.max(from + text.slice(from, match.index).lastIndexOf("\n") + 1, match.index - 60), match.index, 12).slice(-5);
		for (let i = before.length - 1; i >= 0; i--) {
			const token = before[i];
			if (token.code || token.name || token.last && i < before.length - 1) break;
			if (token.end > match.index || token.start < done) continue;
			if (passwordTokenShape(text.slice(token.start, token.end), "before")) yield {
				start: token.start,
				end: token.end
			};
		}
	}
}
var LATIN_WORDS, PIN_WORDS, DOOR_CODE_WORDS, PIN_SCRIPT_WORDS, DOOR_CODE_SCRIPT_WORDS, SCRIPT_WORDS, PASSWORD_WORDS_CASED, LATIN_PATTERN, wordPattern, spaced, DOOR_PATTERN, PIN_ONLY_PATTERN, PIN_PATTERN, DOOR_CODE_WORD, WORD_RE, PASSWORD_WORD_RE, WORD_TEST, PIN_WORD_TEST, PIN_VERB, holdsPasswordWord, ENDING_WORD, endsWithPasswordWord, NAME_AFTER, CODE_TOKEN, LEADING, TRAILING, SEPARATOR_ONLY, AFTER_TOKENS, passwordContextRules;
var init_password_context = __esmMin((() => {
	init_password_shape();
	init_access_code_words();
	init_access_code_words_round22();
	LATIN_WORDS = [
		"password",
		"passwort",
		"kennwort",
		"passphrase",
		"passcode",
		"passwd",
		"pwd",
		"pw",
		"mots? de passe",
		"contrase[ñn]a",
		"contrasenya",
		"contrasinal",
		"senha",
		"clave",
		"wachtwoord",
		"wagwoord",
		"l[öo]senord",
		"passord",
		"adgangskode",
		"kodeord",
		"salasana",
		"tunnussana",
		"has[łl]o",
		"heslo",
		"jelsz[óo]",
		"jelszav",
		"parol[aăe]",
		"parool",
		"salas[õo]na",
		"[şs]ifre",
		"[šs]ifra",
		"lozink",
		"geslo",
		"slapta[žz]od",
		"lykilor[ðd]",
		"kata (?:sandi|laluan)",
		"katalaluan",
		"katasandi",
		"m[ậa]t kh[ẩa]u",
		"nenosiri",
		"neno la siri",
		"pasahitz",
		"pasvort",
		"cyfrinair",
		"fjal[ëe]kalim",
		"passwuert",
		"lösen",
		"kodikos",
		"[şs][iî]fr[əe]",
		"parol",
		"i?phasiwedi",
		"phasewete",
		"pasiwedhi",
		"paswedi",
		"kalmar (?:sirri|wucewa)",
		"a[sṣ][ií]n[aà]",
		"okwuntughe",
		"furaha sirta",
		"erayga sirta",
		"ijambo ry['’]ibanga",
		"tenimiafina",
		"pasfhocal",
		"focal faire",
		"facal[ -]faire",
		"ger-tremen",
		"loyniorð",
		"kupuhipa",
		"modpas",
		"kontrasenyas?",
		"tembung sandh?i",
		"kecap sandi",
		"a[çc]ar s[öo]z",
		"maxfiy so[ʻ'’`]?z",
		"q[uü]piya s[öo]z",
		"pasvorto",
		"senhal",
		"passwurd",
		"wachtwurd",
		"salasõn",
		"parulla",
		"pswd?",
		"pword",
		"pass(?=[ \\t]{0,2}[:：][ \\t])",
		"contra(?=[ \\t]{0,2}[:：][ \\t])",
		"zaporka",
		"palavra passe",
		"hes[łl]o",
		"nywila",
		"pakasqa simi",
		"ñe['’]?[ẽe]ñemi",
		"[ʻ'’]?[ōo]lelo h[ūu]n[āa]",
		"mawu achinsinsi",
		"lefoko la sephiri",
		"jecha darbii",
		"ijambobanga",
		"upu fa['’]?ataga",
		"lea fakapulipuli",
		"pled clav",
		"peraule cl[aâ]f",
		"contrasigno",
		"beassans[áa]tni",
		"igama lokugqitha",
		"p/w",
		"[ọo]r[ọo] igbaniw[ọo]le",
		"okwu mbata",
		"igama lokungena",
		"(?:wi-?fi|wlan|wpa2?|network|netzwerk|r[ée]seau|rede|red|sieci|mạng)[ -]?(?:key|schl[üu]e?ssel|cl[ée]|clave|chave|klucz|kulcs|avain|nyckel|n[øo]kkel|sleutel)",
		"(?:key|cl[ée]|clave|chave|chiave|klucz|sleutel)[ -](?:(?:du|de|do|da|del|della|van|het)[ -])?(?:la[ -])?(?:wi-?fi|wlan|wpa2?|r[ée]seau|rede|red|sieci)",
		"pass(?=[ \\t]{1,3}(?:wi-?fi|wlan|wifi)\\b)",
		"baatu j[àa]ll",
		"kecap konci",
		"[ʻ'’]?upu fa[ʻ'’]?alilolilo",
		"lo lus zais",
		"tesser(?:a|ae)",
		"verbum (?:tesserae|arcanum|secretum)",
		"parol+a d['’]ordine",
		"pasword",
		"passwrd",
		"psswd?",
		"passw(?=[ \\t]{0,2}[:：])",
		"paswr?d",
		"passw(?:ö|oe)rt",
		"hesl[aeo]",
		"passwoat",
		"g['’]?heimnis",
		"(?:pass|key|code)(?<=(?<![\\p{L}\\p{N}])(?:wi-?fi|wlan|ssid|network|netzwerk|r[ée]seau|rede|sieć|mạng)(?![\\p{L}\\p{N}])[^\\n.!?]{0,80}(?:[,;/|][ \\t]{0,3}(?:pass|key|code)|[ \\t]pass))(?=[ \\t])"
	];
	PIN_WORDS = [
		"pin(?:[ -]?(?:code|kode|kod|k[óo]d|koodi|kodu|nummer|number|numero|n[úu]mero|numer|nr)|(?![\\p{L}\\p{N}_-]))",
		"code[ -]pin",
		"c[óo]digo[ -]pin",
		"codice[ -]pin",
		"kod[ -]pin",
		"numer[ -]pin",
		"num[ée]ro[ -]pin",
		"access code",
		"code d['’]acc[èe]s",
		"c[óo]digo de acc?esso?",
		"codice di accesso",
		"zugangscode",
		"toegangscode",
		"kod dost[ęe]pu",
		"p[řr][íi]stupov[ýy] k[óo]d",
		"hozz[áa]f[ée]r[ée]si k[óo]d",
		"p[äa][äa]sykoodi",
		"[åa]tkomstkod",
		"tilgangskode"
	];
	DOOR_CODE_WORDS = [
		"(?:entrance[ -]|front[ -])?(?:door|gate)[ -]?code",
		"(?:haus)?t(?:ü|ue)rcode",
		"digicode",
		"code de la porte",
		"c[óo]digo de la puerta",
		"c[óo]digo do port[ãa]o",
		"c[óo]digo do cofre",
		"codice del portone",
		"portkod",
		"d[øo]rkode",
		"deurcode",
		"kod do domofonu",
		"code (?:du |de l['’])?(?:portail|portillon|interphone|immeuble|coffre(?:-fort)?)",
		"digicode du portail",
		"tresorcode",
		"codice della cassaforte",
		"ovikoodi",
		...ACCESS_CODE_PHRASES
	];
	PIN_SCRIPT_WORDS = [
		"пин-код",
		"пинкод",
		"ПИН-код",
		"pin[ -]?код",
		"код доступа",
		"код за достъп",
		"PIN码",
		"PIN碼",
		"PIN番号",
		"PIN 번호",
		"PIN코드",
		"κωδικός PIN"
	];
	DOOR_CODE_SCRIPT_WORDS = [
		"[Кк]од (?:от )?(?:домофона|(?:входной )?двери)",
		"[Кк]од (?:от )?(?:сейфа|калитки|ворот)",
		...DOOR_CODE_SCRIPT_WORDS_ROUND22
	];
	SCRIPT_WORDS = [
		"парол",
		"лозинк",
		"шифр",
		"гасл",
		"құпия сөз",
		"нууц үг",
		"κωδικ",
		"συνθηματικ",
		"סיסמ",
		"كلمة المرور",
		"كلمة السر",
		"كلمة مرور",
		"رمز عبور",
		"رمز المرور",
		"گذرواژه",
		"کلمه عبور",
		"پاس ورڈ",
		"پاسورڈ",
		"पासवर्ड",
		"कूटशब्द",
		"पासवर्ड",
		"পাসওয়ার্ড",
		"পাসওয়ার্ড",
		"ਪਾਸਵਰਡ",
		"પાસવર્ડ",
		"கடவுச்சொல்",
		"పాస్‌వర్డ్",
		"పాస్వర్డ్",
		"ಪಾಸ್‌ವರ್ಡ್",
		"ಪಾಸ್ವರ್ಡ್",
		"പാസ്‌വേഡ്",
		"പാസ്വേഡ്",
		"รหัสผ่าน",
		"ລະຫັດຜ່ານ",
		"ពាក្យសម្ងាត់",
		"စကားဝှက်",
		"პაროლ",
		"գաղտնաբառ",
		"የይለፍ ቃል",
		"密码",
		"密碼",
		"口令",
		"パスワード",
		"暗証番号",
		"비밀번호",
		"암호",
		"የይለፍ ቃ",
		"መሕለፊ ቃል",
		"මුරපද",
		"මුරපදය",
		"கடவுச்சொ",
		"பாஸ்வேர்ட்",
		"సంకేతపద",
		"ಗುಪ್ತಪದ",
		"രഹസ്യവാക്ക്",
		"संकेतशब्द",
		"गुप्तशब्द",
		"ପାସୱାର୍ଡ",
		"ପାସ୍‌ୱାର୍ଡ",
		"পাছৱৰ্ড",
		"پټنوم",
		"پاسورډ",
		"وشەی نهێنی",
		"تێپەڕەوشە",
		"پاسورڊ",
		"الرقم السري",
		"رمز الدخول",
		"كلمة سر",
		"گذرواژه",
		"رمز ورود",
		"פּאַראָל",
		"פאראל",
		"קוד גישה",
		"сырсөз",
		"серсүз",
		"серһүҙ",
		"құпиясөз",
		"гузарвожа",
		"рамз",
		"พาสเวิร์ด",
		"ລະຫັດ",
		"លេខសម្ងាត់",
		"လျှို့ဝှက်နံပါတ်",
		"གསང་ཚིག",
		"პაროლი",
		"საიდუმლო კოდ",
		"գաղտնագիր",
		"パスコード",
		"암호",
		"패스워드",
		"비번",
		"通行码",
		"通關密語",
		"暗号",
		"ভেদশব্দ",
		"গোপন শব্দ",
		"پارول",
		"پسورد",
		"پاسورد",
		"باسورد",
		"الباسورد",
		"كلمه المرور",
		"كلمه السر",
		"كلمة مرور",
		"ޕާސްވޯޑް",
		"ይለፍ ቃ",
		"خفیہ لفظ"
	];
	PASSWORD_WORDS_CASED = [...LATIN_WORDS, ...SCRIPT_WORDS].map((word) => /^\p{Ll}/u.test(word) ? `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}` : word).join("|");
	LATIN_PATTERN = LATIN_WORDS.map((word) => word.replace(/ (?![^[]*\])/g, "[ \\-]?")).join("|");
	wordPattern = (latin, script) => new RegExp(`(?:(?<![\\p{L}\\p{N}_$@./\\\\-])|(?<=(?:^|[\\s"'(])(?:il|l|al|el|ul|an|ar|as|at|ad|az|ash)-))(?:${latin})(?!less)\\p{L}{0,4}(?![\\p{L}\\p{N}])|${script.join("|")}`, "giu");
	spaced = (words) => words.map((word) => word.replace(/ (?![^[]*\])/g, "[ \\-]?")).join("|");
	DOOR_PATTERN = spaced(DOOR_CODE_WORDS);
	PIN_ONLY_PATTERN = spaced(PIN_WORDS);
	PIN_PATTERN = `${PIN_ONLY_PATTERN}|${DOOR_PATTERN}`;
	DOOR_CODE_WORD = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${DOOR_PATTERN})(?![\\p{L}\\p{N}])|${DOOR_CODE_SCRIPT_WORDS.join("|")}`, "iu");
	WORD_RE = wordPattern(`${DOOR_PATTERN}|${LATIN_PATTERN}|${PIN_ONLY_PATTERN}`, [
		...DOOR_CODE_SCRIPT_WORDS,
		...SCRIPT_WORDS,
		...PIN_SCRIPT_WORDS
	]);
	PASSWORD_WORD_RE = wordPattern(LATIN_PATTERN, SCRIPT_WORDS);
	WORD_TEST = new RegExp(PASSWORD_WORD_RE.source, "iu");
	PIN_WORD_TEST = new RegExp(`^(?:${PIN_PATTERN}|${[...PIN_SCRIPT_WORDS, ...DOOR_CODE_SCRIPT_WORDS].join("|")}|passcode|パスコード|暗証番号)`, "iu");
	PIN_VERB = /^(?:is|was|es|era|est|ist|lautet|war|è|é|era|er|är|on|jest|je|to|ir|olur|это|был|была|είναι|là|adalah|ialah|este|wynosi|bedraagt|הוא|היא|هو|هي|است|है|คือ|є|је|е|yaitu|ay|[:：=—–-]|->|→)$/iu;
	holdsPasswordWord = (value) => WORD_TEST.test(value);
	ENDING_WORD = new RegExp(`(?:${PASSWORD_WORD_RE.source})\\p{L}{0,4}$`, "iu");
	endsWithPasswordWord = (label) => ENDING_WORD.test(label);
	NAME_AFTER = /^(?:[()[\]{};"'`=&|+*/<>]|[,?!](?=\S)|\.[\p{L}_$]|-[\p{L}])/u;
	CODE_TOKEN = /[(){};[\]]|^(?:==|!=|&&|\|\||\+|\?|=>|<|>)$/;
	LEADING = /^(?:["'`“”«»‘’„‚‹›([<「『【]|\*\*|:?=+(?=\S))+/;
	TRAILING = /(?:["'`“”«»‘’„‚‹›)\]>」』】,;:.?。、，]|\*\*)+$/;
	SEPARATOR_ONLY = /^(?:[:：=|│→⇒>—–?？-]|->|=>|[.…·_-]{2,})+$/;
	AFTER_TOKENS = 14;
	passwordContextRules = [{
		id: "password-nearby",
		kind: "password",
		level: "secrets",
		priority: 78,
		description: "A password-shaped token (not a word, mixes classes, a passphrase or machine-random) among the fourteen tokens after a password word of ~70 languages (round 17: or a PIN or access-code word) in the same sentence (across a line break after `Password:`), or one of the five before it (\"X is the password\")",
		find: (text) => [...find$10(text)]
	}];
}));
// src/core/redaction/rules/ui-strings.ts
/** A value that is interface text about a password, not one: words naming the password itself (`Lagre passord`,
*  `Contraseña incorrecta`), a label ending in a colon (`Engangskode:`), or a phrase in sentence case — a capital
*  first and none after (`Send engangskode`, `Ugyldig engangskode`); a passphrase is written in one case (`open
*  sesame`, `correct horse battery staple`) or glued. No digit or symbol of a chosen password may be in it. */
function passwordUiText(value) {
	if (!WORDS.test(value)) return false;
	if (/:$/.test(value) || holdsPasswordWord(value)) return true;
	const words = value.replace(/[ \u00a0]?[.:!?…]$/, "").split(" ");
	return words.length >= 2 && /^\p{Lu}/u.test(words[0]) && !/\p{Lu}/u.test(words.slice(1).join(" ")) && !/\p{Lu}/u.test(words[0].slice(1));
}
var WORDS;
var init_ui_strings = __esmMin((() => {
	init_password_context();
	WORDS = /^\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*){0,7}[ \u00a0]?[.:!?…]?$/u;
}));
// src/core/redaction/rules/key-providers-data.ts
var DETECTOR_PROVIDERS;
var init_key_providers_data = __esmMin((() => {
	DETECTOR_PROVIDERS = `
abuseipdb abyssale accuweather adafruitio adobeio adzuna aeroworkflow airbrake airship airvisual aiven alconost
alegra aletheiaapi alienvault allsports amadeus ambee anypoint apacta api2cart apideck apiflash apifonica apify
apilayer apimatic apimetrics apitemplate appcues appfollow appointedd appsynergy apptivo artsy atera
atlassiandatacenter autodesk autoklose avaza aviationstack axonaut aylien ayrshare azureapimanagement
azureappconfig azurebatch azurecontainerregistry azurecosmosdb azuredevops azuredirectmanagement azureentra
azurefunction azureopenai azuresas azuresearch azurestorage bannerbear baremetrics beebole besnappy besttime
betterstack billomat bitbar bitcoinaverage bitly bitmex blazemeter blitapp blocknative blogger bombbomb boostnote
borgbase braintreepayments braintrust brandfetch browserstack browshot buddyns budibase bugherd bulksms buttercms
calendarific calorieninja campayn cannyio capsulecrm captaindata carboninterface cashboard caspio censys
centralstationcrm cexio chartmogul chatfule checio checklyhq checkvist clickhelp clicksendsms cliengo clientary
clinchpad clockify clockworksms closecrm cloudconvert cloudelements cloudimage cloudmersive cloudplan cloudsmith
cloverly clustdoc codacy codeclimate codemagic codequiry coinapi coinlayer coinlib commercejs companyhub confluent
conversiontools convertapi convertkit convier countrylayer craftmypdf crowdin cryptocompare currencycloud
currencyfreaks currencylayer currencyscoop currentsapi customerguru customerio d7network dailyco dareboost databox
datagov deepai demio detectify detectlanguage dfuse diffbot diggernaut disqus dnscheck docparser documo dotdigital
dovico dronahq droneci duffel duply dwolla dynalist dyspatch eagleeyenetworks easyinsight ecostruxureit edamam
edenai eightxeight elasticemail enablex endorlabs ethplorer everhour exchangerateapi exchangeratesapi exportsdk
extractorapi faceplusplus fastforex feedier fetchrss fibery fileio finage financialmodelingprep finnhub fixerio
flatio fleetbase flexport flickr flightapi flightlabs flightstats flowflu formbucket formcraft formio formsite
frameio freshbooks fulcrum fxmarket gcpapplicationdefaultcredentials geckoboard gengo geoapify geocodify geocodio
geoipifi getemail getemails getgeoapi getgist getresponse getsandbox githubapp gitter glassnode gocanvas gocardless
godaddy goodday googlegemini graphcms graphhopper groovehq gtmetrix guardianapi gyazo happyscribe hashicorpvault
hashicorpvaultauth hasura helpcrunch hereapi hiveage holidayapi html2pdf hybiscus hypertrack ibmcloud iconfinder
iexapis iexcloud imagekit imagga insightly instabot instamojo interseller intra42 intrinio invoiceocean ip2location
ipapi ipgeolocation ipinfodb ipquality jupiterone kanbantool karmacrm keenio kickbox klaviyo klipfolio knapsackpro
kontent kucoin kylas langfuse languagelayer larksuite leadfeeder lemlist lendflow lessannoyingcrm lexigram
linearapi linemessaging linenotify linkpreview liveagent livestorm loadmill locationiq loginradius logzio lokalise
loyverse lunchmoney madkudu magicbell mailboxlayer mailerlite mailjetbasicauth mailjetsms mailmodo mailsac
marketstack mattermost mavenlink maxmindlicense meaningcloud mediastack meistertask meraki mesibo metaapi metrilo
microsoftteams mindmeister mixmax mockaroo monkeylearn moonclerk moosend mrticktock myfreshworks myintervals
nasdaqdatalink nethunt netsuite neutrinoapi newrelicinsights newrelicpersonal newscatcher nftport ngrok nicereply
nimble nozbeteams numverify nutritionix nvapi nylas oanda octopusdeploy omnisend onedesk onepagecrm onesignal
onfleet oopspam openaiadmin opencagedata openrouter openuv overloop owlbot packagecloud pagarme pandascore
paperform paralleldots parsehub parseur partnerstack pastebin paydirtapp paymoapp paymongo pdflayer pdfshift
peopledatalabs pepipost pganalyzeread photoroom pinata pipedream pivotaltracker pixabay planetscaledb
planviewleankit planyo podio pollsapi poloniex portainer positionstack postageapp postbacks powrbot prefect prodpad
prospectcrm protocolsio proxycrawl pubnub purestake pushbullet pusherchannel qualaroo qubole railwayapp reachmail
reallysimplesystems rebrandly rechargepayments redhatpyxis rentman repairshopr replyio requestfinance
restpackhtmltopdfapi restpackscreenshotapi revampcrm ringcentral ritekit robinhoodcrypto rocketreach rootly
route4me rownd runrunit saladcloud salesblink salescookie salesflare salesforcerefresh salesmate satismeter
saucelabs scalr scrapeowl scraperapi scraperbox scrapestack scrapfly scrapingant scrapingbee screenshotapi
screenshotlayer scrutinizerci securitytrails selectpdf sendbird sentryorg serphouse serpstack sheety sherpadesk
shipday shippo shotstack shutterstock signable signalwire signaturit signupgenius sigopt simfin simplesat
simplynoted simvoly sinchmessage siteleaf skrappio skybiometry smartsheets smartystreets smooch snipcart
solarwindsobservability sourcegraph sourcegraphcody spectralops speechtextai splunkobservability spoonacular
sportsmonk squareapp sslmate statuscake statuspal stitchdata stockdata storecove stormboard stormglass storychief
strava stripepaymentintent stripo sugester supernotesapi surveyanyplace surveybot surveysparrow survicate swiftype
tailscale tallyfy tatumio taxjar teamgate teamworkcrm teamworkdesk teamworkspaces technicalanalysisapi teletype
telnyx terraformcloud testingbot textmagic theoddsapi thinkific thousandeyes tickettailor tiingo timecamp
timezoneapi tmetric todoist toggltrack tokeet tomorrowio tradier travelpayouts travisci trufflehogenterprise
twelvedata twitterconsumer tyntec typetalk ubidots uclassify unifyid unplugg upcdatabase uplead uptimerobot upwave
urlscan userflow userstack vagrantcloud vatlayer vbout verimail veriphone versioneye viewneo visualcrossing
voiceflow voicegain voodoosms vouchery vpnapi walkscore weatherbit weatherstack web3storage webexbot webscraper
webscraping websitepulse weightsandbiases wepay whoxy wistia worksnaps workstack worldcoinindex worldweather wrike
yandex youneedabudget yousign zendeskapi zenkitapi zenrows zenscrape zenserp zeplin zerobounce zerotier zipapi
zipbooks zipcodeapi zipcodebase zohocrm zonkafeedback zulipchat
`;
}));
// src/core/redaction/rules/key-providers-titus.ts
var TITUS_PROVIDERS;
var init_key_providers_titus = __esmMin((() => {
	TITUS_PROVIDERS = `
ai21 adobe appcenter authress baseten beamer blynk branchio cerebras ciscomeraki clickhouse clojars cloudsight coderabbit
coze deviantart easypost eraserio exaai firecrawl friendli gitalk infracost iterable kagi klingai kubernetes maxmind
mergify nvidia nytimes pendo rabbitmq retellai scalingo stackhawk tavily thingsboard togetherai truenas vastai
voyageai wakatime wpengine zhipu zuplo
`;
}));
// src/core/redaction/rules/key-context.ts
/** `getAPIKey_v2` → get, api, key, v, 2: one pass by hand (regexes here were a third of the rule's time on long lines). */
function asciiParts(text) {
	const words = [];
	let word = "";
	let kind = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const k = c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : c >= 48 && c <= 57 ? 3 : 0;
		if (k === 0) {
			if (word) words.push(word);
			word = "";
		} else if (word && k === 3 !== (kind === 3)) {
			words.push(word);
			word = String.fromCharCode(k === 2 ? c + 32 : c);
		} else if (k === 2 && kind === 1) {
			words.push(word);
			word = String.fromCharCode(c + 32);
		} else if (k === 1 && kind === 2 && word.length > 1) {
			words.push(word.slice(0, -1));
			word = word.slice(-1) + String.fromCharCode(c);
		} else word += String.fromCharCode(k === 2 ? c + 32 : c);
		kind = k;
	}
	if (word) words.push(word);
	return words;
}
function parts(text) {
	if (!/[\u0080-\uffff]/.test(text)) return asciiParts(text);
	return text.replace(/([\p{Ll}\d])(\p{Lu})/gu, "$1 $2").replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1 $2").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss").replace(/ł/g, "l").replace(/ø/g, "o").replace(/æ/g, "ae").split(/[^a-z0-9]+/);
}
function providerPrefix(word) {
	if (word.length < 8 || word.length > 24) return false;
	for (const p of LONG_PROVIDERS) if (word.startsWith(p) && word.length - p.length <= 10) return true;
	return false;
}
function inflectedKeyWord(word) {
	if (word.length < 6) return false;
	for (const ending of KEY_ENDINGS) if (word.endsWith(ending) && word.length - ending.length >= 5 && KEY_WORD_SET.has(word.slice(0, -ending.length))) return true;
	return false;
}
/** The key words and provider names in a short piece of text before (or around) a token. */
function keyContextOf(text) {
	const words = parts(text);
	let keyWord = /[\u0080-\uffff]/.test(text) && SCRIPT_RE.test(text);
	let provider = false;
	let publicWord = false;
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		if (KEY_WORD_SET.has(w) || inflectedKeyWord(w)) keyWord = true;
		if (PROVIDER_SET.has(w) || i > 0 && PROVIDER_SET.has(words[i - 1] + w) || providerPrefix(w)) provider = true;
		if (PUBLIC_WORDS.has(w)) publicWord = true;
	}
	return {
		keyWord,
		provider,
		publicWord
	};
}
/** A comment after the token on its line that names it (`Client(sid, "…")  # twilio auth token`). */
function commentNamesKey(text, end) {
	const after = /^["'`]?[ \t]*[),;]{0,3}[ \t]*(?:#|\/\/|--|\/\*)([^\n]{1,80})/.exec(text.slice(end, end + 100));
	if (!after) return false;
	const found = keyContextOf(after[1]);
	return (found.keyWord || found.provider) && !found.publicWord;
}
/** A key word or provider name before the token on its line (at most 60 characters back), or on the line before
*  when the token stands alone at the start of its line (`clarifai` then the key on the next line). A word that
*  names something public there (fingerprint, hash, id, commit…) turns it off, except `access key id`. */
function keyedAround(text, start, before) {
	let context = before.slice(-60);
	if (/^[ \t]*["'`]?$/.test(before)) {
		const lineStart = start - before.length;
		const prev = text.slice(Math.max(0, lineStart - 121), Math.max(0, lineStart - 1));
		context = prev.slice(prev.lastIndexOf("\n") + 1) + " " + before;
	}
	if (!/[\p{L}]/u.test(context)) return false;
	const found = keyContextOf(context.replace(/access[_ -]?key[_ -]?id/gi, "access key"));
	return (found.keyWord || found.provider) && !found.publicWord;
}
var PROVIDERS, KEY_WORDS, SCRIPT_KEY_WORDS, PROVIDER_SET, KEY_WORD_SET, SCRIPT_RE, PUBLIC_WORDS, LONG_PROVIDERS, KEY_ENDINGS;
var init_key_context = __esmMin((() => {
	init_key_providers_data();
	init_key_providers_titus();
	PROVIDERS = `
aws amazon azure gcp google firebase gcloud alibaba aliyun tencent baidu huawei oracle oci ibm hetzner linode akamai
vultr digitalocean scaleway cloudflare fastly heroku netlify vercel flyio supabase planetscale neon mongodb redis
upstash cockroach fauna couchbase elasticsearch algolia meilisearch typesense pinecone weaviate qdrant openai
anthropic claude cohere mistral huggingface replicate groq perplexity xai deepseek gemini vertex fireworks anyscale
stability midjourney elevenlabs assemblyai deepgram langchain langsmith llamaindex ollama jina clarifai runpod github
gitlab bitbucket gitea atlassian jira confluence trello asana clickup notion airtable basecamp slack discord telegram
webex twilio vonage nexmo plivo messagebird sinch sendgrid mailgun mailchimp mandrill postmark sparkpost sendinblue
brevo mailjet resend mailersend stripe paypal braintree adyen klarna razorpay paystack flutterwave mollie plaid
transferwise coinbase binance kraken bitfinex bitstamp alpaca shopify woocommerce bigcommerce magento etsy ebay
amazonpay gumroad paddle lemonsqueezy chargebee recurly datadog dd newrelic sentry bugsnag rollbar honeycomb grafana
prometheus splunk sumologic loggly papertrail logdna mezmo dynatrace appdynamics pagerduty opsgenie statuspage
launchdarkly optimizely mixpanel amplitude posthog hotjar fullstory intercom zendesk freshdesk helpscout hubspot
salesforce pipedrive zoho marketo okta auth0 onelogin keycloak cognito stytch jumpcloud twitter facebook instagram
whatsapp linkedin tiktok snapchat pinterest reddit youtube spotify twitch vimeo dropbox onedrive sharepoint gdrive
mapbox tomtom openweather weatherapi ipinfo ipstack abstractapi rapidapi newsapi yelp foursquare unsplash pexels giphy
imgur cloudinary imgix uploadcare filestack contentful strapi prismic storyblok wordpress docker dockerhub npm npmjs
pypi rubygems nuget packagist artifactory jfrog sonar sonarqube sonarcloud snyk circleci travis jenkins buildkite
teamcity codecov coveralls terraform hashicorp pulumi doppler infisical onepassword 1password lastpass bitwarden
mapquest nasa shodan virustotal clearbit fullcontact zapier ifttt airbyte fivetran snowflake databricks bigquery
redshift looker tableau metabase retool webflow wix squarespace figma canva miro calendly docusign hellosign pandadoc
typeform jotform surveymonkey qualtrics eventbrite ticketmaster doordash instacart yodlee finicity
alchemy infura quicknode moralis etherscan ankr chainstack openweathermap
quiknode blastapi getblock nodereal drpc llamarpc pokt tatum bscscan polygonscan arbiscan helius
qiniu upyun dingtalk feishu larksuite wechat weixin wecom alipay volcengine bytedance jdcloud ucloud ksyun kingsoft
yandex sber sberbank kakao naver paytm phonepe mercadopago mercadolibre rakuten
`.split(/\s+/).filter(Boolean);
	KEY_WORDS = `
key keys apikey apikeys api_key token tokens secret secrets password passwords passwd pwd pass passphrase passcode
credential credentials creds cred auth bearer pat sas signature sig hmac pepper salt privatekey
schlussel schluessel geheim geheimnis passwort kennwort zugangsschlussel cle clef clave llave contrasena secreto chave
senha segredo chiave segreto sleutel wachtwoord geheime klucz haslo sekret nyckel losenord nogle nokkel adgangskode
passord avain salasana kulcs jelszo anahtar sifre parola kunci sandi rahasia khoa matkhau lozinka geslo kljuc heslo
klic tajne tajny parool votme atslega slaptazodis raktas
kluc kluca kluce klic klice klicem tajny tajna tajne titkos titok salainen salaisuus salajane voti slepena slepenais
slaptas hemlig hemmelig hemmelighet leyndarmal lykill eochair allwedd gako clau celes celesi acar gizli ufunguo siri susi
lihim sirri cheie secreta secretul secretkey kulci schlussels jeton geheimschlussel zugangstoken apitoken
appid appkey accesskey authkey licensekey subscriptionkey clientsecret
`.split(/\s+/).filter(Boolean);
	SCRIPT_KEY_WORDS = [
		"токен",
		"секрет",
		"пароль",
		"кључ",
		"лозинка",
		"κλειδί",
		"κωδικός",
		"מפתח",
		"סיסמה",
		"סוד",
		"مفتاح",
		"رمز",
		"كلمة المرور",
		"توكن",
		"سر",
		"کلید",
		"گذرواژه",
		"पासवर्ड",
		"कुंजी",
		"टोकन",
		"কী",
		"пасворд",
		"密钥",
		"秘钥",
		"金鑰",
		"令牌",
		"密码",
		"密碼",
		"口令",
		"鍵",
		"キー",
		"トークン",
		"パスワード",
		"シークレット",
		"키",
		"토큰",
		"비밀번호",
		"암호",
		"시크릿",
		"รหัสผ่าน",
		"กุญแจ",
		"โทเค็น",
		"คีย์",
		"ลับ",
		"გასაღებ",
		"საიდუმლო",
		"բանալի",
		"գաղտնի",
		"ቁልፍ",
		"ምስጢር",
		"சாவி",
		"விசை",
		"চাবি",
		"গোপন",
		"गुप्त",
		"кілт",
		"калит",
		"ачкыч",
		"таємн",
		"тайн",
		"секретн",
		"ключ",
		"סודי",
		"سرّي",
		"السري",
		"چابی",
		"កូនសោ",
		"သော့",
		"秘密",
		"金钥",
		"機密",
		"비밀",
		"シークレットキー",
		"阿里云",
		"腾讯云",
		"百度云",
		"华为云",
		"京东云",
		"七牛",
		"又拍云",
		"企业微信",
		"微信",
		"钉钉",
		"飞书",
		"支付宝",
		"火山引擎",
		"Яндекс",
		"ВКонтакте",
		"Сбер",
		"カカオ",
		"楽天",
		"카카오",
		"네이버"
	];
	PROVIDER_SET = /* @__PURE__ */ new Set([
		...PROVIDERS,
		...DETECTOR_PROVIDERS.split(/\s+/).filter(Boolean),
		...TITUS_PROVIDERS.split(/\s+/).filter(Boolean)
	]);
	KEY_WORD_SET = new Set(KEY_WORDS);
	SCRIPT_RE = new RegExp(SCRIPT_KEY_WORDS.join("|"));
	PUBLIC_WORDS = /* @__PURE__ */ new Set([
		"public",
		"pub",
		"fingerprint",
		"gpg",
		"pgp",
		"checksum",
		"hash",
		"sha",
		"sha1",
		"sha256",
		"sha512",
		"md5",
		"digest",
		"commit",
		"id",
		"ids",
		"uuid",
		"guid",
		"integrity",
		"nonce",
		"ssh",
		"rsa",
		"ed25519",
		"version",
		"cache",
		"idempotency",
		"primary",
		"foreign",
		"sort",
		"partition",
		"object",
		"map",
		"hot"
	]);
	LONG_PROVIDERS = PROVIDERS.filter((p) => p.length >= 6 && /^[a-z]+$/.test(p));
	KEY_ENDINGS = [
		"en",
		"et",
		"ene",
		"n",
		"a",
		"ul",
		"inn",
		"in",
		"i",
		"ia",
		"s"
	];
	PROVIDER_SET.size, KEY_WORD_SET.size + SCRIPT_KEY_WORDS.length;
}));
// src/core/redaction/rules/token-shapes.ts
/** Random the way keys are, by the randomness model (token-randomness.ts): upper, lower and digits mixed, entropy
*  near a uniform draw's, no word-like pieces, no counting or repeated groups; 20+ characters where values stand,
*  32+ anywhere. Code member paths and constants (`BigUint64Array.BYTES_PER_ELEMENT`) are turned away first. */
function keyLike(value, minLength) {
	if (value.length < minLength) return false;
	if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) || /[A-Z]{2,}_[A-Z]{2,}/.test(value)) return false;
	return looksMachineRandom(value, minLength >= 32 ? "bare" : "placed");
}
/** Base64 with or without its padding, decoded to a binary string; null when it is no base64. */
function base64Decoded(value) {
	const body = value.replace(/=+$/, "");
	if (body.length % 4 === 1) return null;
	try {
		return atob(body + "=".repeat((4 - body.length % 4) % 4));
	} catch {
		return null;
	}
}
/** Base64 of plain text (`UGF0aWVuY2UgaXMgdGhlIGtleSB0byBzdWNjZXNz`) is encoding, not a key — unless the text is a
*  credential itself (`admin:password`, a JSON `auth` block). */
function encodesPlainText(value) {
	if (!/^[A-Za-z0-9+/]{16,}={0,2}$/.test(value)) return false;
	const decoded = base64Decoded(value);
	if (decoded === null) return false;
	let printable = 0;
	for (let i = 0; i < decoded.length; i++) {
		const c = decoded.charCodeAt(i);
		if (c >= 32 && c < 127) printable++;
	}
	if (printable < decoded.length * .95 || !/^[\x20-\x7e]*[A-Za-z]{3}/.test(decoded)) return false;
	return !/^[^:\s{}"]{1,64}:\S+$|["']?(?:auths?|pass(?:word)?|token|secret|api_?key)["']?[ \t]*[:=]/i.test(decoded);
}
/** `NRAA-4780f48c…`, `PMAK-…`: a vendor's capitals, a separator, and a random or hex body. */
function capsPrefixed(value) {
	const m = /^[A-Z][A-Z0-9]{1,7}[-_]([A-Za-z0-9_-]{20,})$/.exec(value);
	if (!m || /^(?:SHA|MD|CRC|UUID|GUID|ID|REF|COMMIT|BUILD|V|VER|HASH|TX|BLOCK|ISBN|DOI)/.test(value)) return false;
	const body = m[1];
	return /^[a-f0-9]{24,}$|^[A-F0-9]{24,}$/.test(body) && /\d/.test(body) && /[a-fA-F]/.test(body) && !/(.)\1{3}/.test(body) || keyLike(body, 20);
}
/** Round 9: a token whose own capitals say it is secret — `AGE-SECRET-KEY-1…`, `ACME-PRIVATE-TOKEN-…`: a prefix of
*  capital segments, one of them a secret word, and a machine-random body. */
function selfNamed(value) {
	const m = /^((?:[A-Z][A-Z0-9]{0,9}[-_]){1,4})([A-Za-z0-9]{20,})$/.exec(value);
	if (!m || !/(?:^|[-_])(?:SECRET|PRIVATE|PRIV|KEY|APIKEY|TOKEN|PAT|SK|AUTH)[-_]/.test(m[1])) return false;
	return looksMachineRandom(m[2], "keyed");
}
/** The random tail of `dd-apikey-<hex>`, `datadog-secrettoken-<hex>`: its offset when the head names a key. */
function gluedTail(value) {
	const m = /^((?:[A-Za-z][A-Za-z0-9]{0,20}[-_.]){1,5})([A-Za-z0-9+/]{16,}={0,2})$/.exec(value);
	if (!m || !looksMachineRandom(m[2], "keyed")) return null;
	const context = keyContextOf(m[1]);
	return (context.keyWord || context.provider) && !context.publicWord ? m[1].length : null;
}
var HEX$1, UUID$1, hexOrUuid, publicKeyShaped;
var init_token_shapes = __esmMin((() => {
	init_key_context();
	init_token_randomness();
	HEX$1 = /^(?:[a-f0-9]{32,}|[A-F0-9]{32,})$/;
	UUID$1 = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
	hexOrUuid = (v) => (HEX$1.test(v) && /\d/.test(v) && /[a-fA-F]/.test(v) || UUID$1.test(v)) && looksMachineRandom(v.replace(/-/g, ""), "keyed");
	publicKeyShaped = (value) => /^(?:[xyztuvYZUV]pub[1-9A-HJ-NP-Za-km-z]{100,112}|npub1[02-9ac-hj-np-z]{58}|age1[02-9ac-hj-np-z]{58})$/.test(value);
}));
// src/core/redaction/rules/assignments.ts
function normalisedName(name) {
	return name.replace(/^[@$-]+/, "").replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z])([A-Z][a-z])/g, "$1_$2").toLowerCase().replace(/[-.]/g, "_");
}
function kindOfRawName(raw) {
	let kind = nameKinds.get(raw);
	if (kind === void 0) {
		if (nameKinds.size > 4096) nameKinds.clear();
		kind = kindOfName(normalisedName(raw));
		nameKinds.set(raw, kind);
	}
	return kind;
}
function kindOfName(name) {
	const norm = name.replace(PRODUCT_NAMES, "").replace(/^_+/, "");
	if (norm === "" || NOT_SECRET_NAME$1.test(norm)) return null;
	if (/(?:^|_)(?:passw(?:or)?d|passwd|passphrase|pwd|pw|pass|psk)(?:_|$|\d)/.test(norm) || /password|passwd|(?:^|_)pa?s{1,2}wo?r?d(?:_|$|\d)/.test(norm) || FOREIGN_PASSWORD_NAME.test(norm)) return "password";
	if (/^[a-z]{2,12}(?:pass|pwd|pw)$/.test(norm) && !/(?:by|com|sur|over|under|tres|multi|first|second|single|one|two|render)pass$/.test(norm)) return "password";
	if (/secret|token|credential|creds?(?:_|$)|api_?key|apikey|auth|session_?(?:key|token|secret)|cookie|salt|signature|sas|(?:^|_)sig(?:_|$)/.test(norm)) return "secret";
	if (FOREIGN_SECRET_NAME.test(norm)) return "secret";
	if (/(?:^|_)key(?:_\d+)?$/.test(norm) || /(?:^|_)keys?$/.test(norm)) return "secret";
	if (/(?:^|_)(?:crumb|[cx]srf|pat|login|licen[cs]e|sig)(?:_|\d|$)|[a-z]{3}key$/.test(norm)) return "weak";
	if (OWN_SECRET_NAME.test(norm)) return "own";
	return null;
}
function* findAssigned(text) {
	const re = new RegExp(SECRET_WORD.source, "gi");
	const budget = { left: text.length * 4 + 65536 };
	let match;
	while ((match = re.exec(text)) !== null) {
		let s = match.index;
		const floor = Math.max(0, s - MAX_NAME);
		while (s > floor && NAME_CHAR.test(text[s - 1])) s--;
		let e = match.index + match[0].length;
		const ceil = Math.min(text.length, e + MAX_NAME);
		while (e < ceil && NAME_CHAR.test(text[e])) e++;
		re.lastIndex = e;
		if (text[s - 1] === "$" || text[s - 1] === "@") s--;
		const rawName = text.slice(s, e).replace(/[.-]+$/, "");
		const nameKind = kindOfRawName(rawName);
		if (!nameKind) continue;
		const found = valueFor(text, s, s + rawName.length, rawName, budget);
		if (!found) continue;
		const value = rawName.toLowerCase().includes("authorization") ? authCredentials(text, found) : found;
		if (value.quoted && /^\\?["'][ \t]{1,3}value=/.test(text.slice(value.end, value.end + 14))) continue;
		const next = text[value.end] === "." && /^\.(?:\s|$)/.test(text.slice(value.end, value.end + 2)) ? "" : text[value.end] ?? "";
		const v = text.slice(value.start, value.end).trim();
		if (!value.quoted && next === "(") continue;
		const inner = /^(["'])(.*)\1$/.exec(v);
		if (inner && (looksLikePlaceholder(inner[2]) || /^\$\{?[A-Za-z_]\w*\}?$/.test(inner[2]))) continue;
		if (concatenated(text, value)) continue;
		if (!value.quoted && yamlTag(v)) continue;
		if (!/cookie/i.test(rawName) && /(?:^|[\s;&])[A-Za-z][\w.-]{1,40}=[^\s;&=]+[\s;&]+[A-Za-z][\w.-]{1,40}=/.test(v)) continue;
		const kind = nameKind === "weak" || nameKind === "own" ? "secret" : nameKind;
		if (!(nameKind === "weak" ? strongToken(v) : nameKind === "own" ? ownSecretValue(v, rawName) : acceptable(kind, v, value.quoted || value.literal === true, next, value.shell, shortLiteralPlace(text, value, rawName)) || headerSecret(text, s + rawName.length, rawName, v)) || kind === "password" && passwordUiText(v) || publicKeyShaped(v)) continue;
		yield {
			start: value.start,
			end: value.end,
			kind
		};
		re.lastIndex = Math.max(re.lastIndex, value.end);
	}
}
/** Round 14 (second pass): where a password of four or five characters is taken — in straight quotes (a backticked
*  word after a comma is a name in prose: `` `password`, `salt` ``), under a name that is no `pw` glued to other letters
*  (`"expw": "expy"` in an abbreviation table). */
function shortLiteralPlace(text, value, name) {
	return value.quoted && (text[value.start - 1] === "\"" || text[value.start - 1] === "'") && !/^[a-z]{2,12}pw$/.test(normalisedName(name));
}
/** A value given to a name of its own secret (OWN_SECRET_NAME): random the way generated secrets are, and no longer
*  than a key (a certificate or public blob under such a name runs to hundreds of characters). */
function ownSecretValue(v, name) {
	if (/cert/i.test(name) && /^MI[A-Za-z]/.test(v)) return false;
	return v.length <= 128 && (strongToken(v) || v.length >= 16 && looksMachineRandom(v, "keyed"));
}
/** An HTTP header naming a secret (`X-Naver-Client-Secret: OzSxrQdyZj`): a header value is no identifier of code, so
*  a short run of mixed-case letters counts when its letters read as no word. */
function headerSecret(text, nameEnd, name, v) {
	if (!/^(?:X-)?[A-Za-z][a-z0-9]*(?:-[A-Za-z][a-z0-9]*)+$/.test(name) || !/^[ \t]*:/.test(text.slice(nameEnd, nameEnd + 4))) return false;
	if (!/^[A-Za-z0-9]{8,64}$/.test(v) || !/[A-Z]/.test(v) || !/[a-z]/.test(v) || looksLikePlaceholder(v)) return false;
	return wordScore(v.toLowerCase()) < -1.5;
}
function valueFor(text, s, e, name, budget) {
	const before = text[s - 1];
	let at = e;
	const quote = before === "\"" || before === "'" || before === "`" ? before : null;
	const escaped = quote !== null && text[s - 2] === "\\" && text[at] === "\\" && text[at + 1] === quote;
	if (escaped) at++;
	if (quote === null && (text[at] === "\"" || text[at] === "'") && /^["'][ \t]{0,4}:[ \t]{0,4}["']/.test(text.slice(at, at + 12)) && !NAME_CHAR.test(text[s - 1] ?? "") && !/["'][^"'\n]{0,80}$/.test(text.slice(Math.max(0, s - 80), s))) at++;
	const closed = quote !== null && text[at] === quote;
	if (closed) at++;
	const inString = quote !== null && !closed;
	if (text[at] === "]" || quote && text[at] === ")") at++;
	if (text[at] === "[" && text[at + 1] === "]") at += 2;
	if (before === "<" && /^[ \t]/.test(text[at] ?? "")) {
		const attributes = /^(?:[ \t]{1,4}[\w:.-]{1,40}[ \t]{0,2}=[ \t]{0,2}(?:"[^"<>\n]{0,200}"|'[^'<>\n]{0,200}')){1,8}[ \t]{0,4}(?=>)/.exec(text.slice(at, at + 600));
		if (attributes) at += attributes[0].length;
	}
	if (before === "<" && text[at] === ">") {
		let start = at + 1;
		const inner = text.slice(start, Math.min(text.length, start + MAX_QUOTED)).indexOf("</");
		if (inner === -1) return null;
		let end = start + inner;
		while (start < end && /\s/.test(text[start])) start++;
		while (end > start && /\s/.test(text[end - 1])) end--;
		return end > start && !/[<>]/.test(text.slice(start, end)) ? {
			start,
			end,
			quoted: true
		} : null;
	}
	if (closed) {
		const pair = /^[ \t]{1,3}value=(["'])/.exec(text.slice(at, at + 16));
		if (pair) return readValue(text, at + pair[0].length - 1, budget);
		if (text[at] === ">" && /(?:key|name)=$/.test(text.slice(Math.max(0, s - 6), s - 1))) {
			const inner = text.slice(at + 1, Math.min(text.length, at + 1024)).indexOf("</");
			const close = inner === -1 ? -1 : at + 1 + inner;
			if (close > at + 1 && !/[<>\n]/.test(text.slice(at + 1, close))) return {
				start: at + 1,
				end: close,
				quoted: true
			};
		}
		const block = /^[ \t]*\{[ \t]*\r?\n(?:[ \t]*(?:description|type|sensitive|nullable)[ \t]*=[^\n]{0,200}\r?\n){0,4}[ \t]*default[ \t]*=[ \t]*(?=["'])/.exec(text.slice(at, at + 1200));
		if (block) return readValue(text, at + block[0].length, budget);
		const serialised = /^;s:\d{1,5}:(?=\\?["'])/.exec(text.slice(at, at + 12));
		if (serialised) return readValue(text, at + serialised[0].length, budget);
	}
	const tail = text.slice(at, at + 96);
	const typed = /^(?:[ \t]{0,4}:[ \t]{0,4}|[ \t]{1,4})(?:&(?:'static[ \t]+)?)?[A-Za-z_][\w.]{0,30}(?:<[\w ,.]{0,30}>|\[\]|\(\d{1,4}\))?\??[ \t]{0,4}=(?![=>~])[ \t]{0,4}(?=@?["'`])/.exec(tail);
	if (typed && !quote) return readValue(text, at + typed[0].length, budget);
	const fallback = /^(?:[ \t]{0,4},[ \t]{0,4}|[ \t]{1,4}[([][ \t]{0,2})default[ \t]{0,2}[:=][ \t]{0,4}(?=\S)/i.exec(tail);
	if (fallback && !quote) return readValue(text, at + fallback[0].length, budget);
	const op = OPERATOR.exec(tail);
	const lookup = op && !op[2] && !op[3] ? /^(?:[\w$]{1,30}\.){0,3}(?:getenv|Getenv|GetEnv|get_env|getEnv|env|environ\.get|fetch|get|getOrDefault|GetEnvironmentVariable|config)[ \t]{0,2}\([ \t]{0,4}(["'`])[^"'`\n]{1,80}\1[ \t]{0,4},[ \t]{0,4}(["'`])([^"'`\n]{1,256})\2[ \t]{0,4}\)/.exec(text.slice(at + op[0].length, at + op[0].length + 420)) : null;
	if (lookup) {
		const end = at + op[0].length + lookup[0].lastIndexOf(lookup[2]);
		return {
			start: end - lookup[3].length,
			end,
			quoted: true
		};
	}
	if (op) {
		if (inString && text[at + op[0].length] === quote) return null;
		if (escaped && text[at + op[0].length] !== "\\") return null;
		if (op[2] && !quote) return null;
		if (op[2] && /^["'][a-z]{1,8}["']/.test(text.slice(at + op[0].length, at + op[0].length + 10))) return null;
		if (op[3] && quote) return null;
		if (op[2] && /^(["'])[^"'\n]{1,80}\1[ \t]{0,4}:(?!:)/.test(text.slice(at + op[0].length, at + op[0].length + 90))) return null;
		const lineLevel = op[1] === "=" && /(?:^|\n)[ \t]*$|(?:^|[\n \t])(?:export|set|ENV|-e|--env)[ \t]+$/.test(text.slice(Math.max(0, s - 16), s)) || op[1] === ":" && /(?:^|[ \t])\/$/.test(text.slice(Math.max(0, s - 2), s)) || op[0] === "=" && name.startsWith("--") && /(?:^|[ \t"'])$/.test(text.slice(Math.max(0, s - 1), s));
		const query = op[1] === "=" && (before === "?" || before === "&");
		const block = op[1] === ":" ? /^[|>][-+]?[ \t]*\r?\n[ \t]{1,16}(?=\S)/.exec(text.slice(at + op[0].length, at + op[0].length + 40)) : null;
		if (block) {
			const value = readValue(text, at + op[0].length + block[0].length, budget, true);
			if (value) value.literal = true;
			return value;
		}
		const item = op[1] === ":" ? /^[ \t]*\r?\n[ \t]{0,16}-[ \t]{1,4}(?=\S)/.exec(text.slice(at + op[0].length, at + op[0].length + 40)) : null;
		if (item) return readValue(text, at + op[0].length + item[0].length, budget);
		const braced = op[1] === "=" && (inString || /;[ \t]*$/.test(text.slice(Math.max(0, s - 8), s))) ? /^\{([^{}\n]{1,256})\}(?=;|"|'|$)/.exec(text.slice(at + op[0].length, at + op[0].length + 260)) : null;
		if (braced) return {
			start: at + op[0].length + 1,
			end: at + op[0].length + 1 + braced[1].length,
			quoted: true
		};
		if ((op[1] === "=" || op[1] === ":") && /(?:^|\n)[ \t]*(?:export[ \t]+)?["']?$/.test(text.slice(Math.max(0, s - 40), s))) {
			const from = at + op[0].length;
			const rest = /^[^\r\n]{1,200}/.exec(text.slice(from, from + 200))?.[0].replace(/[ \t]+[#;].*$/, "").trimEnd();
			if (rest && spacedPassphrase(rest)) return {
				start: from,
				end: from + rest.length,
				quoted: false,
				literal: true
			};
		}
		const value = readValue(text, at + op[0].length, budget, lineLevel, query);
		if (value && !value.quoted && (op[1] === "=" || op[1] === ":") && /[_.]|[a-z][A-Z]/.test(name) && /(?:^|\n)[ \t]*(?:export[ \t]+)?$/.test(text.slice(Math.max(0, s - 40), s))) {
			const whole = /^[.:]{1,4}(?=[ \t]*(?:\r?\n|$))/.exec(text.slice(value.end, value.end + 8));
			if (whole) value.end += whole[0].length;
		}
		if (value && lineLevel) value.literal = true;
		if (value && lineLevel && op[0] === "=") value.shell = true;
		if (value && !value.quoted && op[1] === "=" && text[value.end] === ";") {
			if (inString || /;[ \t]*$/.test(text.slice(Math.max(0, s - 8), s))) value.literal = true;
			else if (name.startsWith("$") && !/^(?:shift|pop|undef|null|true|false)$/i.test(text.slice(value.start, value.end))) value.literal = true;
		}
		if (op[3] && value && !value.quoted) return null;
		if (op[3] && value) {
			const verb = /^(get|fetch|read|load|find|lookup|has|exists|delete|remove|clear|set|change|update|reset|store|save|put)_/.exec(normalisedName(name.replace(/^.*[.:]/, "")))?.[1];
			if (verb && /^(?:get|fetch|read|load|find|lookup|has|exists|delete|remove|clear)$/.test(verb)) return null;
			if (verb) {
				const args = /^(?:[ \t]{0,4},[ \t]{0,4}(["'])[^"'\n]{0,256}\1){1,4}[ \t]{0,4}\)/.exec(text.slice(value.end + 1, value.end + 1 + 1100));
				if (args) {
					const close = value.end + 1 + args[0].lastIndexOf(")");
					const last = /(["'])([^"'\n]{0,256})\1[ \t]{0,4}$/.exec(text.slice(value.end + 1, close));
					const end = close - (last[0].length - last[0].trimEnd().length) - 1;
					return {
						start: end - last[2].length,
						end,
						quoted: true
					};
				}
			}
		}
		if (op[2] && value && !value.quoted) return null;
		if (op[3] && value && /\s/.test(text.slice(value.start, value.end))) return null;
		if ((op[1] === "??" || op[1] === "||" || op[1] === "or") && value && !value.quoted) return null;
		if (op[1] === ":" && value && !value.quoted && name.startsWith("http")) return null;
		return value;
	}
	if ((name.startsWith("--") || /^-[A-Za-z]{2}/.test(name) && /(?:^|[ \t])$/.test(text.slice(Math.max(0, s - 1), s))) && /^[ \t]/.test(tail)) {
		const value = readValue(text, at + 1, budget);
		if (value) value.literal = true;
		return value;
	}
	if (/^[ \t]/.test(tail) && /(?:^|[\n;|&][ \t]*|[ \t])set[ \t]+-[a-zA-Z]{1,4}[ \t]+$/.test(text.slice(Math.max(0, s - 24), s))) {
		const value = readValue(text, at + /^[ \t]+/.exec(tail)[0].length, budget, true);
		if (value) value.literal = true;
		return value;
	}
	const statement = quote ? null : /^[ \t]{1,4}(?=["'])/.exec(tail);
	if (statement) {
		const value = readValue(text, at + statement[0].length, budget);
		if (value?.quoted && /^["'][ \t]*;/.test(text.slice(value.end, value.end + 8))) return value;
	}
	const arg = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(name) ? /^[ \t]{1,4}(?:--?(?:body|value|data|b)[ \t=]{1,4})?(?=["'])/.exec(tail) : null;
	if (arg) {
		const value = readValue(text, at + arg[0].length, budget);
		return value?.quoted ? value : null;
	}
	const prose = PROSE.exec(text.slice(at, at + 80));
	if (prose) {
		const value = readValue(text, at + prose[0].length, budget);
		return value && !value.quoted ? value : null;
	}
	const back = /(["'`])([^"'`\n]{4,512})\1[ \t]{0,4}(?:===?|!==?)[ \t]{0,4}$/.exec(text.slice(Math.max(0, s - 600), s));
	if (back) {
		const end = s - (back[0].length - back[1].length - back[2].length);
		return {
			start: end - back[2].length,
			end,
			quoted: true
		};
	}
	return null;
}
function assignedIn(text) {
	if (last?.text !== text) last = {
		text,
		spans: [...findAssigned(text)]
	};
	return last.spans;
}
var FOREIGN_PASSWORD, FOREIGN_PASSWORD_IDENT, SHORT_PASSWORD_IDENT, FOREIGN_SECRET, FOREIGN_KEY, OWN_SECRET_WORDS, OWN_SECRET_NAME, SECRET_WORD, FOREIGN_PASSWORD_NAME, FOREIGN_SECRET_NAME, NAME_CHAR, MAX_NAME, NOT_SECRET_NAME$1, nameKinds, PRODUCT_NAMES, OPERATOR, PROSE, last, assignmentRules;
var init_assignments = __esmMin((() => {
	init_checks();
	init_token_randomness();
	init_ui_strings();
	init_key_context();
	init_token_shapes();
	init_password_shape();
	init_assignment_values();
	FOREIGN_PASSWORD = "passwort|kennwort|contrase(?:ñ|n)a|senha|mot de passe|wachtwoord|lösenord|passord|adgangskode|salasana|has[łl]o|heslo|parola|jelszó|пароль|パスワード|密码|密碼|비밀번호|[şs]ifre|κωδικός";
	FOREIGN_PASSWORD_IDENT = "mot_?de_?passe|motdepasse|contrasenya|lozinka|geslo|parool|jelszo|salasona|kata_?sandi|passkey|passcode|losenord|kodeord|wagwoord|mat_?khau|slaptazod|lykilord|tunnussana|kata_?laluan|nenosiri|zaporka|cyfrinair|fjalekalim|pasahitz|contrasinal|كلمة_(?:المرور|السر)|رمز_(?:عبور|المرور)|کلمه_عبور";
	SHORT_PASSWORD_IDENT = "parol|sandi|sifra";
	FOREIGN_SECRET = `geheim|secreto|secreta|segredo|segreto|sekret|секрет|jeton|токен|トークン|シークレット|秘密鍵|令牌|密钥|秘钥|토큰|시크릿|비밀키|gizli|bearer|${SCRIPT_KEY_WORDS.filter((word) => [...word].length >= 3 && !/[\s]/.test(word) && /^[^\p{Script=Latin}]+$/u.test(word)).join("|")}`;
	FOREIGN_KEY = "cl[eé]|clave|llave|chave|chiave|sleutel|klucz|kulcs|nyckel|nøgle|nøkkel|avain|anahtar|schl(?:ü|ue)ssel|ключ|鍵|キー|키";
	OWN_SECRET_WORDS = "shared|signing|encrypt(?:ion)?|cipher|hmac|seed|pepper|t?otp|jwt|certificate|enc_?key|master_?key|rootpw|bindpw";
	OWN_SECRET_NAME = /(?:^|_)(?:shared|signing|sign|encrypt|encryption|cipher|hmac|seed|pepper|otp|totp|jwt|certificate|cert|enc|master)(?:_\d+|\d+)?$|(?:^|_)(?:shared|signing|encryption|hmac|jwt|cipher|seed|pepper)_/;
	SECRET_WORD = new RegExp(`${FOREIGN_PASSWORD}|${FOREIGN_PASSWORD_IDENT}|mdp|${SHORT_PASSWORD_IDENT}|${FOREIGN_SECRET}|${FOREIGN_KEY}|passw(?:or)?d|passwd|pa?s{1,2}wo?r?d|passphrase|pwd|pw|pass|psk|secret|token|auth|credential|creds?|api_?key|apikey|key|session|cookie|salt|signature|sig|crumb|[cx]srf|pat|login|licen[cs]e|${OWN_SECRET_WORDS}`, "gi");
	FOREIGN_PASSWORD_NAME = new RegExp(`${FOREIGN_PASSWORD}|${FOREIGN_PASSWORD_IDENT}|(?:^|_)(?:mdp|${SHORT_PASSWORD_IDENT})(?:_|$)`, "i");
	FOREIGN_SECRET_NAME = new RegExp(`${FOREIGN_SECRET}|(?:^|_)(?:${FOREIGN_KEY})(?:_|$)`, "i");
	NAME_CHAR = /[\p{L}\p{N}_.-]/u;
	MAX_NAME = 80;
	NOT_SECRET_NAME$1 = /^(?:.*_)?(?:primary|foreign|public|pub|hot|sort|partition|cache|idempotency|unique|composite|bucket|index|idx|schema|sequence|natural|row|object|map|dict|hash|lookup|route|react|list|item|i18n|translation|keyboard|shortcut|ssh_public|alt|ctrl|control|meta|shift|option|cmd|command)_key$|(?:^|_)key_(?:alias|board|code|frame|id|length|mesh|name|pair|press(?:ed)?|ring|selector|size|stone|storetype|word|up|down|left|right|type|path|file|format|usage|id)(?:_|$)|_(?:on_|from_)?stdin$|(?:^|_)(?:token|secret|password|auth|key|session|cookie)_(?:type|endpoint|url|uri|file|length|count|limit|name|size|policy|reset|expir\w*|ttl|timeout|header|method|mode|provider|scheme|domain|field|input|label|hint|prompt|placeholder|required|hash|hashed|regex|pattern|min|max|id|index|usage|budget)(?:_|$)|^(?:max|min|num|total|input|output|prompt|completion|cached|reasoning)_tokens?$|(?:^|_)(?:recv|send|refresh|search|fetch|import|export|list|edit|sign|delete|locate)_keys?$|author(?!i[sz]ation)|authority|authenticat\w*|authoriz(?:e|ed)_|^is_|^has_|^use_|^enable|^show_|^need|_enabled$|_required$|_present$|^public_token$|^sessions?_?(?:id|count|length)$|^cookie_?(?:name|path|domain|policy|consent|banner|jar|secure|httponly|samesite)$|^salt_?(?:rounds|length)$|^monkey|^turkey|^donkey|^whiskey|^hockey|^jockey/;
	nameKinds = /* @__PURE__ */ new Map();
	PRODUCT_NAMES = /(?:^|_)(?:auth0|authy|authelia|authentik|nextauth|tokenizers)(?=_|$)/g;
	OPERATOR = /^[ \t]{0,40}(?:(\??::?=|\?=|\.=|\+=|=>|===?|!==?|<-|\?\?|\|\||:|=|(?:or|is|was|ist|lautet|est|c'est|es|é|è|är|er|jest|je)(?=[ \t]))|(,)|(\())[ \t]{0,40}/;
	PROSE = /^(?:[ \t]+[\p{Ll}\p{Lu}][\p{L}'-]{0,15}){1,3}[ \t]+(?:is|was|ist|lautet|est|es|é|è|är|er|jest|je)[ \t]*:?[ \t]+(?=\S)/u;
	last = null;
	assignmentRules = ["password", "secret"].map((kind) => ({
		id: kind === "password" ? "password-assignment" : "secret-assignment",
		kind,
		level: "secrets",
		priority: 40,
		description: kind === "password" ? "Value given to a name holding a password word (password, passwd, pwd, pass, passphrase…) in any assignment, comparison, call, XML, flag or header form" : "Random-looking value given to a name holding a secret word anywhere (secret, token, auth, credential, api_key, *_key, session, cookie, salt, signature…), in any assignment, comparison, call, XML, flag or header form",
		*find(text) {
			for (const span of assignedIn(text)) if (span.kind === kind) yield {
				start: span.start,
				end: span.end
			};
		}
	}));
}));
// node_modules/tlds/index.json
var tlds_default;
var init_tlds = __esmMin((() => {
	tlds_default = /*#__PURE__*/ JSON.parse("[\"aaa\",\"aarp\",\"abb\",\"abbott\",\"abbvie\",\"abc\",\"able\",\"abogado\",\"abudhabi\",\"ac\",\"academy\",\"accenture\",\"accountant\",\"accountants\",\"aco\",\"actor\",\"ad\",\"ads\",\"adult\",\"ae\",\"aeg\",\"aero\",\"aetna\",\"af\",\"afl\",\"africa\",\"ag\",\"agakhan\",\"agency\",\"ai\",\"aig\",\"airbus\",\"airforce\",\"airtel\",\"akdn\",\"al\",\"alibaba\",\"alipay\",\"allfinanz\",\"allstate\",\"ally\",\"alsace\",\"alstom\",\"am\",\"amazon\",\"americanexpress\",\"americanfamily\",\"amex\",\"amfam\",\"amica\",\"amsterdam\",\"analytics\",\"android\",\"anquan\",\"anz\",\"ao\",\"aol\",\"apartments\",\"app\",\"apple\",\"aq\",\"aquarelle\",\"ar\",\"arab\",\"aramco\",\"archi\",\"army\",\"arpa\",\"art\",\"arte\",\"as\",\"asda\",\"asia\",\"associates\",\"at\",\"athleta\",\"attorney\",\"au\",\"auction\",\"audi\",\"audible\",\"audio\",\"auspost\",\"author\",\"auto\",\"autos\",\"aw\",\"aws\",\"ax\",\"axa\",\"az\",\"azure\",\"ba\",\"baby\",\"baidu\",\"banamex\",\"band\",\"bank\",\"bar\",\"barcelona\",\"barclaycard\",\"barclays\",\"barefoot\",\"bargains\",\"baseball\",\"basketball\",\"bauhaus\",\"bayern\",\"bb\",\"bbc\",\"bbt\",\"bbva\",\"bcg\",\"bcn\",\"bd\",\"be\",\"beats\",\"beauty\",\"beer\",\"berlin\",\"best\",\"bestbuy\",\"bet\",\"bf\",\"bg\",\"bh\",\"bharti\",\"bi\",\"bible\",\"bid\",\"bike\",\"bing\",\"bingo\",\"bio\",\"biz\",\"bj\",\"black\",\"blackfriday\",\"blockbuster\",\"blog\",\"bloomberg\",\"blue\",\"bm\",\"bms\",\"bmw\",\"bn\",\"bnpparibas\",\"bo\",\"boats\",\"boehringer\",\"bofa\",\"bom\",\"bond\",\"boo\",\"book\",\"booking\",\"bosch\",\"bostik\",\"boston\",\"bot\",\"boutique\",\"box\",\"br\",\"bradesco\",\"bridgestone\",\"broadway\",\"broker\",\"brother\",\"brussels\",\"bs\",\"bt\",\"build\",\"builders\",\"business\",\"buy\",\"buzz\",\"bv\",\"bw\",\"by\",\"bz\",\"bzh\",\"ca\",\"cab\",\"cafe\",\"cal\",\"call\",\"calvinklein\",\"cam\",\"camera\",\"camp\",\"canon\",\"capetown\",\"capital\",\"capitalone\",\"car\",\"caravan\",\"cards\",\"care\",\"career\",\"careers\",\"cars\",\"casa\",\"case\",\"cash\",\"casino\",\"cat\",\"catering\",\"catholic\",\"cba\",\"cbn\",\"cbre\",\"cc\",\"cd\",\"center\",\"ceo\",\"cern\",\"cf\",\"cfa\",\"cfd\",\"cg\",\"ch\",\"chanel\",\"channel\",\"charity\",\"chase\",\"chat\",\"cheap\",\"chintai\",\"christmas\",\"chrome\",\"church\",\"ci\",\"cipriani\",\"circle\",\"cisco\",\"citadel\",\"citi\",\"citic\",\"city\",\"ck\",\"cl\",\"claims\",\"cleaning\",\"click\",\"clinic\",\"clinique\",\"clothing\",\"cloud\",\"club\",\"clubmed\",\"cm\",\"cn\",\"co\",\"coach\",\"codes\",\"coffee\",\"college\",\"cologne\",\"com\",\"commbank\",\"community\",\"company\",\"compare\",\"computer\",\"comsec\",\"condos\",\"construction\",\"consulting\",\"contact\",\"contractors\",\"cooking\",\"cool\",\"coop\",\"corsica\",\"country\",\"coupon\",\"coupons\",\"courses\",\"cpa\",\"cr\",\"credit\",\"creditcard\",\"creditunion\",\"cricket\",\"crown\",\"crs\",\"cruise\",\"cruises\",\"cu\",\"cuisinella\",\"cv\",\"cw\",\"cx\",\"cy\",\"cymru\",\"cyou\",\"cz\",\"dad\",\"dance\",\"data\",\"date\",\"dating\",\"datsun\",\"day\",\"dclk\",\"dds\",\"de\",\"deal\",\"dealer\",\"deals\",\"degree\",\"delivery\",\"dell\",\"deloitte\",\"delta\",\"democrat\",\"dental\",\"dentist\",\"desi\",\"design\",\"dev\",\"dhl\",\"diamonds\",\"diet\",\"digital\",\"direct\",\"directory\",\"discount\",\"discover\",\"dish\",\"diy\",\"dj\",\"dk\",\"dm\",\"dnp\",\"do\",\"docs\",\"doctor\",\"dog\",\"domains\",\"dot\",\"download\",\"drive\",\"dtv\",\"dubai\",\"dupont\",\"durban\",\"dvag\",\"dvr\",\"dz\",\"earth\",\"eat\",\"ec\",\"eco\",\"edeka\",\"edu\",\"education\",\"ee\",\"eg\",\"email\",\"emerck\",\"energy\",\"engineer\",\"engineering\",\"enterprises\",\"epson\",\"equipment\",\"er\",\"ericsson\",\"erni\",\"es\",\"esq\",\"estate\",\"et\",\"eu\",\"eurovision\",\"eus\",\"events\",\"exchange\",\"expert\",\"exposed\",\"express\",\"extraspace\",\"fage\",\"fail\",\"fairwinds\",\"faith\",\"family\",\"fan\",\"fans\",\"farm\",\"farmers\",\"fashion\",\"fast\",\"fedex\",\"feedback\",\"ferrari\",\"ferrero\",\"fi\",\"fidelity\",\"fido\",\"film\",\"final\",\"finance\",\"financial\",\"fire\",\"firestone\",\"firmdale\",\"fish\",\"fishing\",\"fit\",\"fitness\",\"fj\",\"fk\",\"flickr\",\"flights\",\"flir\",\"florist\",\"flowers\",\"fly\",\"fm\",\"fo\",\"foo\",\"food\",\"football\",\"ford\",\"forex\",\"forsale\",\"forum\",\"foundation\",\"fox\",\"fr\",\"free\",\"fresenius\",\"frl\",\"frogans\",\"frontier\",\"ftr\",\"fujitsu\",\"fun\",\"fund\",\"furniture\",\"futbol\",\"fyi\",\"ga\",\"gal\",\"gallery\",\"gallo\",\"gallup\",\"game\",\"games\",\"gap\",\"garden\",\"gay\",\"gb\",\"gbiz\",\"gd\",\"gdn\",\"ge\",\"gea\",\"gent\",\"genting\",\"george\",\"gf\",\"gg\",\"ggee\",\"gh\",\"gi\",\"gift\",\"gifts\",\"gives\",\"giving\",\"gl\",\"glass\",\"gle\",\"global\",\"globo\",\"gm\",\"gmail\",\"gmbh\",\"gmo\",\"gmx\",\"gn\",\"godaddy\",\"gold\",\"goldpoint\",\"golf\",\"goo\",\"goodyear\",\"goog\",\"google\",\"gop\",\"got\",\"gov\",\"gp\",\"gq\",\"gr\",\"grainger\",\"graphics\",\"gratis\",\"green\",\"gripe\",\"grocery\",\"group\",\"gs\",\"gt\",\"gu\",\"gucci\",\"guge\",\"guide\",\"guitars\",\"guru\",\"gw\",\"gy\",\"hair\",\"hamburg\",\"hangout\",\"haus\",\"hbo\",\"hdfc\",\"hdfcbank\",\"health\",\"healthcare\",\"help\",\"helsinki\",\"here\",\"hermes\",\"hiphop\",\"hisamitsu\",\"hitachi\",\"hiv\",\"hk\",\"hkt\",\"hm\",\"hn\",\"hockey\",\"holdings\",\"holiday\",\"homedepot\",\"homegoods\",\"homes\",\"homesense\",\"honda\",\"horse\",\"hospital\",\"host\",\"hosting\",\"hot\",\"hotels\",\"hotmail\",\"house\",\"how\",\"hr\",\"hsbc\",\"ht\",\"hu\",\"hughes\",\"hyatt\",\"hyundai\",\"ibm\",\"icbc\",\"ice\",\"icu\",\"id\",\"ie\",\"ieee\",\"ifm\",\"ikano\",\"il\",\"im\",\"imamat\",\"imdb\",\"immo\",\"immobilien\",\"in\",\"inc\",\"industries\",\"infiniti\",\"info\",\"ing\",\"ink\",\"institute\",\"insurance\",\"insure\",\"int\",\"international\",\"intuit\",\"investments\",\"io\",\"ipiranga\",\"iq\",\"ir\",\"irish\",\"is\",\"ismaili\",\"ist\",\"istanbul\",\"it\",\"itau\",\"itv\",\"jaguar\",\"java\",\"jcb\",\"je\",\"jeep\",\"jetzt\",\"jewelry\",\"jio\",\"jll\",\"jm\",\"jmp\",\"jnj\",\"jo\",\"jobs\",\"joburg\",\"jot\",\"joy\",\"jp\",\"jpmorgan\",\"jprs\",\"juegos\",\"juniper\",\"kaufen\",\"kddi\",\"ke\",\"kerryhotels\",\"kerryproperties\",\"kfh\",\"kg\",\"kh\",\"ki\",\"kia\",\"kids\",\"kim\",\"kindle\",\"kitchen\",\"kiwi\",\"km\",\"kn\",\"koeln\",\"komatsu\",\"kosher\",\"kp\",\"kpmg\",\"kpn\",\"kr\",\"krd\",\"kred\",\"kuokgroup\",\"kw\",\"ky\",\"kyoto\",\"kz\",\"la\",\"lacaixa\",\"lamborghini\",\"lamer\",\"land\",\"landrover\",\"lanxess\",\"lasalle\",\"lat\",\"latino\",\"latrobe\",\"law\",\"lawyer\",\"lb\",\"lc\",\"lds\",\"lease\",\"leclerc\",\"lefrak\",\"legal\",\"lego\",\"lexus\",\"lgbt\",\"li\",\"lidl\",\"life\",\"lifeinsurance\",\"lifestyle\",\"lighting\",\"like\",\"lilly\",\"limited\",\"limo\",\"lincoln\",\"link\",\"live\",\"living\",\"lk\",\"llc\",\"llp\",\"loan\",\"loans\",\"locker\",\"locus\",\"lol\",\"london\",\"lotte\",\"lotto\",\"love\",\"lpl\",\"lplfinancial\",\"lr\",\"ls\",\"lt\",\"ltd\",\"ltda\",\"lu\",\"lundbeck\",\"luxe\",\"luxury\",\"lv\",\"ly\",\"ma\",\"madrid\",\"maif\",\"maison\",\"makeup\",\"man\",\"management\",\"mango\",\"map\",\"market\",\"marketing\",\"markets\",\"marriott\",\"marshalls\",\"mattel\",\"mba\",\"mc\",\"mckinsey\",\"md\",\"me\",\"med\",\"media\",\"meet\",\"melbourne\",\"meme\",\"memorial\",\"men\",\"menu\",\"merckmsd\",\"mg\",\"mh\",\"miami\",\"microsoft\",\"mil\",\"mini\",\"mint\",\"mit\",\"mitsubishi\",\"mk\",\"ml\",\"mlb\",\"mls\",\"mm\",\"mma\",\"mn\",\"mo\",\"mobi\",\"mobile\",\"moda\",\"moe\",\"moi\",\"mom\",\"monash\",\"money\",\"monster\",\"mormon\",\"mortgage\",\"moscow\",\"moto\",\"motorcycles\",\"mov\",\"movie\",\"mp\",\"mq\",\"mr\",\"ms\",\"msd\",\"mt\",\"mtn\",\"mtr\",\"mu\",\"museum\",\"music\",\"mv\",\"mw\",\"mx\",\"my\",\"mz\",\"na\",\"nab\",\"nagoya\",\"name\",\"navy\",\"nba\",\"nc\",\"ne\",\"nec\",\"net\",\"netbank\",\"netflix\",\"network\",\"neustar\",\"new\",\"news\",\"next\",\"nextdirect\",\"nexus\",\"nf\",\"nfl\",\"ng\",\"ngo\",\"nhk\",\"ni\",\"nico\",\"nike\",\"nikon\",\"ninja\",\"nissan\",\"nissay\",\"nl\",\"no\",\"nokia\",\"norton\",\"now\",\"nowruz\",\"nowtv\",\"np\",\"nr\",\"nra\",\"nrw\",\"ntt\",\"nu\",\"nyc\",\"nz\",\"obi\",\"observer\",\"office\",\"okinawa\",\"olayan\",\"olayangroup\",\"ollo\",\"om\",\"omega\",\"one\",\"ong\",\"onl\",\"online\",\"ooo\",\"open\",\"oracle\",\"orange\",\"org\",\"organic\",\"origins\",\"osaka\",\"otsuka\",\"ott\",\"ovh\",\"pa\",\"page\",\"panasonic\",\"paris\",\"pars\",\"partners\",\"parts\",\"party\",\"pay\",\"pccw\",\"pe\",\"pet\",\"pf\",\"pfizer\",\"pg\",\"ph\",\"pharmacy\",\"phd\",\"philips\",\"phone\",\"photo\",\"photography\",\"photos\",\"physio\",\"pics\",\"pictet\",\"pictures\",\"pid\",\"pin\",\"ping\",\"pink\",\"pioneer\",\"pizza\",\"pk\",\"pl\",\"place\",\"play\",\"playstation\",\"plumbing\",\"plus\",\"pm\",\"pn\",\"pnc\",\"pohl\",\"poker\",\"politie\",\"porn\",\"post\",\"pr\",\"praxi\",\"press\",\"prime\",\"pro\",\"prod\",\"productions\",\"prof\",\"progressive\",\"promo\",\"properties\",\"property\",\"protection\",\"pru\",\"prudential\",\"ps\",\"pt\",\"pub\",\"pw\",\"pwc\",\"py\",\"qa\",\"qpon\",\"quebec\",\"quest\",\"racing\",\"radio\",\"re\",\"read\",\"realestate\",\"realtor\",\"realty\",\"recipes\",\"red\",\"redumbrella\",\"rehab\",\"reise\",\"reisen\",\"reit\",\"reliance\",\"ren\",\"rent\",\"rentals\",\"repair\",\"report\",\"republican\",\"rest\",\"restaurant\",\"review\",\"reviews\",\"rexroth\",\"rich\",\"richardli\",\"ricoh\",\"ril\",\"rio\",\"rip\",\"ro\",\"rocks\",\"rodeo\",\"rogers\",\"room\",\"rs\",\"rsvp\",\"ru\",\"rugby\",\"ruhr\",\"run\",\"rw\",\"rwe\",\"ryukyu\",\"sa\",\"saarland\",\"safe\",\"safety\",\"sakura\",\"sale\",\"salon\",\"samsclub\",\"samsung\",\"sandvik\",\"sandvikcoromant\",\"sanofi\",\"sap\",\"sarl\",\"sas\",\"save\",\"saxo\",\"sb\",\"sbi\",\"sbs\",\"sc\",\"scb\",\"schaeffler\",\"schmidt\",\"scholarships\",\"school\",\"schule\",\"schwarz\",\"science\",\"scot\",\"sd\",\"se\",\"search\",\"seat\",\"secure\",\"security\",\"seek\",\"select\",\"sener\",\"services\",\"seven\",\"sew\",\"sex\",\"sexy\",\"sfr\",\"sg\",\"sh\",\"shangrila\",\"sharp\",\"shell\",\"shia\",\"shiksha\",\"shoes\",\"shop\",\"shopping\",\"shouji\",\"show\",\"si\",\"silk\",\"sina\",\"singles\",\"site\",\"sj\",\"sk\",\"ski\",\"skin\",\"sky\",\"skype\",\"sl\",\"sling\",\"sm\",\"smart\",\"smile\",\"sn\",\"sncf\",\"so\",\"soccer\",\"social\",\"softbank\",\"software\",\"sohu\",\"solar\",\"solutions\",\"song\",\"sony\",\"soy\",\"spa\",\"space\",\"sport\",\"spot\",\"sr\",\"srl\",\"ss\",\"st\",\"stada\",\"staples\",\"star\",\"statebank\",\"statefarm\",\"stc\",\"stcgroup\",\"stockholm\",\"storage\",\"store\",\"stream\",\"studio\",\"study\",\"style\",\"su\",\"sucks\",\"supplies\",\"supply\",\"support\",\"surf\",\"surgery\",\"suzuki\",\"sv\",\"swatch\",\"swiss\",\"sx\",\"sy\",\"sydney\",\"systems\",\"sz\",\"tab\",\"taipei\",\"talk\",\"taobao\",\"target\",\"tatamotors\",\"tatar\",\"tattoo\",\"tax\",\"taxi\",\"tc\",\"tci\",\"td\",\"tdk\",\"team\",\"tech\",\"technology\",\"tel\",\"temasek\",\"tennis\",\"teva\",\"tf\",\"tg\",\"th\",\"thd\",\"theater\",\"theatre\",\"tiaa\",\"tickets\",\"tienda\",\"tips\",\"tires\",\"tirol\",\"tj\",\"tjmaxx\",\"tjx\",\"tk\",\"tkmaxx\",\"tl\",\"tm\",\"tmall\",\"tn\",\"to\",\"today\",\"tokyo\",\"tools\",\"top\",\"toray\",\"toshiba\",\"total\",\"tours\",\"town\",\"toyota\",\"toys\",\"tr\",\"trade\",\"trading\",\"training\",\"travel\",\"travelers\",\"travelersinsurance\",\"trust\",\"trv\",\"tt\",\"tube\",\"tui\",\"tunes\",\"tushu\",\"tv\",\"tvs\",\"tw\",\"tz\",\"ua\",\"ubank\",\"ubs\",\"ug\",\"uk\",\"unicom\",\"university\",\"uno\",\"uol\",\"ups\",\"us\",\"uy\",\"uz\",\"va\",\"vacations\",\"vana\",\"vanguard\",\"vc\",\"ve\",\"vegas\",\"ventures\",\"verisign\",\"vermögensberater\",\"vermögensberatung\",\"versicherung\",\"vet\",\"vg\",\"vi\",\"viajes\",\"video\",\"vig\",\"viking\",\"villas\",\"vin\",\"vip\",\"virgin\",\"visa\",\"vision\",\"viva\",\"vivo\",\"vlaanderen\",\"vn\",\"vodka\",\"volvo\",\"vote\",\"voting\",\"voto\",\"voyage\",\"vu\",\"wales\",\"walmart\",\"walter\",\"wang\",\"wanggou\",\"watch\",\"watches\",\"weather\",\"weatherchannel\",\"webcam\",\"weber\",\"website\",\"wed\",\"wedding\",\"weibo\",\"weir\",\"wf\",\"whoswho\",\"wien\",\"wiki\",\"williamhill\",\"win\",\"windows\",\"wine\",\"winners\",\"wme\",\"wolterskluwer\",\"woodside\",\"work\",\"works\",\"world\",\"wow\",\"ws\",\"wtc\",\"wtf\",\"xbox\",\"xerox\",\"xihuan\",\"xin\",\"xxx\",\"xyz\",\"yachts\",\"yahoo\",\"yamaxun\",\"yandex\",\"ye\",\"yodobashi\",\"yoga\",\"yokohama\",\"you\",\"youtube\",\"yt\",\"yun\",\"za\",\"zappos\",\"zara\",\"zero\",\"zip\",\"zm\",\"zone\",\"zuerich\",\"zw\",\"ελ\",\"ευ\",\"бг\",\"бел\",\"дети\",\"ею\",\"католик\",\"ком\",\"мкд\",\"мон\",\"москва\",\"онлайн\",\"орг\",\"рус\",\"рф\",\"сайт\",\"срб\",\"укр\",\"қаз\",\"հայ\",\"ישראל\",\"קום\",\"ابوظبي\",\"ارامكو\",\"الاردن\",\"البحرين\",\"الجزائر\",\"السعودية\",\"العليان\",\"المغرب\",\"امارات\",\"ایران\",\"بارت\",\"بازار\",\"بيتك\",\"بھارت\",\"تونس\",\"سودان\",\"سورية\",\"شبكة\",\"عراق\",\"عرب\",\"عمان\",\"فلسطين\",\"قطر\",\"كاثوليك\",\"كوم\",\"مصر\",\"مليسيا\",\"موريتانيا\",\"موقع\",\"همراه\",\"پاکستان\",\"ڀارت\",\"कॉम\",\"नेट\",\"भारत\",\"भारतम्\",\"भारोत\",\"संगठन\",\"বাংলা\",\"ভারত\",\"ভাৰত\",\"ਭਾਰਤ\",\"ભારત\",\"ଭାରତ\",\"இந்தியா\",\"இலங்கை\",\"சிங்கப்பூர்\",\"భారత్\",\"ಭಾರತ\",\"ഭാരതം\",\"ලංකා\",\"คอม\",\"ไทย\",\"ລາວ\",\"გე\",\"みんな\",\"アマゾン\",\"クラウド\",\"グーグル\",\"コム\",\"ストア\",\"セール\",\"ファッション\",\"ポイント\",\"世界\",\"中信\",\"中国\",\"中國\",\"中文网\",\"亚马逊\",\"企业\",\"佛山\",\"信息\",\"健康\",\"八卦\",\"公司\",\"公益\",\"台湾\",\"台灣\",\"商城\",\"商店\",\"商标\",\"嘉里\",\"嘉里大酒店\",\"在线\",\"大拿\",\"天主教\",\"娱乐\",\"家電\",\"广东\",\"微博\",\"慈善\",\"我爱你\",\"手机\",\"招聘\",\"政务\",\"政府\",\"新加坡\",\"新闻\",\"时尚\",\"書籍\",\"机构\",\"淡马锡\",\"游戏\",\"澳門\",\"点看\",\"移动\",\"组织机构\",\"网址\",\"网店\",\"网站\",\"网络\",\"联通\",\"谷歌\",\"购物\",\"通販\",\"集团\",\"電訊盈科\",\"飞利浦\",\"食品\",\"餐厅\",\"香格里拉\",\"香港\",\"닷넷\",\"닷컴\",\"삼성\",\"한국\"]");
}));
// src/core/redaction/rules/email-tlds.ts
/** `tld` (any case, ASCII, punycode `xn--…` or Unicode) is a top-level domain. */
function isTld(tld) {
	const lower = tld.toLowerCase();
	return TLDS.has(lower) || /^xn--[a-z0-9-]{2,59}$/.test(lower);
}
var TLDS;
var init_email_tlds = __esmMin((() => {
	init_tlds();
	TLDS = /* @__PURE__ */ new Set([...tlds_default, "local"]);
}));
// src/core/redaction/rules/email-forms.ts
function isPlaceholderLocal(local) {
	const words = local.toLowerCase().split(/[._+-]+|\s*(?:[[({]\s*(?:dot|punkt|punto|point|\.)\s*[\])}])\s*|\s+(?:dot|punkt|punto|point)\s+/u).filter((w) => w !== "");
	return words.length > 0 && words.every((w) => NAME_FIELD_WORDS.has(w)) && words.some((w) => w !== "name");
}
function domainOk(domain) {
	const d = domain.toLowerCase().replace(/[．。]/g, ".");
	if (RESERVED_DOMAIN$1.test(d)) return false;
	return tldOk(d.slice(d.lastIndexOf(".") + 1));
}
/**
* Runs `rule` only in windows around its anchors (an `@`, a bracketed at word): a pattern that may start at any
* letter would otherwise try every word of the text. A match must start where the whole text allows it to start.
*/
function around(rule, anchor, back, reach) {
	const startChar = new RegExp(`[${LOCAL_CHAR}._%+"-]`, "u");
	return {
		...rule,
		*find(text) {
			const re = new RegExp(anchor.source, anchor.flags.includes("g") ? anchor.flags : `${anchor.flags}g`);
			let done = 0;
			let m = re.exec(text);
			while (m !== null) {
				const from = Math.max(done, m.index - back);
				let to = Math.min(text.length, m.index + reach);
				while ((m = re.exec(text)) !== null && m.index < to) to = Math.min(text.length, m.index + reach);
				for (const r of rule.find(text.slice(from, to))) {
					const start = from + r.start;
					if (start > 0 && start === from && startChar.test(text[start - 1])) continue;
					yield {
						start,
						end: from + r.end
					};
				}
				done = to;
			}
		}
	};
}
var RESERVED_DOMAIN$1, tldOk, NAME_FIELD_WORDS, LOCAL_CHAR, ATEXT, LABEL, internationalEmail, AT_WORDS, DOT_WORDS, OPEN$1, CLOSE$1, PART, BARE$1, capitalsOnly, MAIL_WORDS, MAIL_LABEL, obfuscatedEmail, ENCODED_AT, encodedEmail, caseless, OBFUSCATION_ANCHOR, emailFormRules;
var init_email_forms = __esmMin((() => {
	init_email_tlds();
	init_regex_rule();
	RESERVED_DOMAIN$1 = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|xn--kgbechtv|xn--zckzah|例え|テスト|испытание|пример)$/iu;
	tldOk = (tld) => isTld(tld) || /^[\p{L}\p{M}]{2,12}$/u.test(tld) && !/\p{Script=Latin}/u.test(tld);
	NAME_FIELD_WORDS = /* @__PURE__ */ new Set([
		"first",
		"last",
		"name",
		"firstname",
		"lastname",
		"fname",
		"lname",
		"surname",
		"forename",
		"givenname",
		"familyname",
		"given",
		"family",
		"vorname",
		"nachname",
		"nombre",
		"apellido",
		"apellidos",
		"prenom",
		"prénom",
		"nom",
		"nome",
		"cognome",
		"sobrenome",
		"apelidos",
		"имя",
		"фамилия",
		"isim",
		"soyad",
		"soyadi",
		"soyadı",
		"soyisim",
		"initial",
		"initials"
	]);
	LOCAL_CHAR = "\\p{L}\\p{M}\\p{Nd}";
	ATEXT = "!#$%&'*+/=?^_`{|}~.-";
	LABEL = `[${LOCAL_CHAR}](?:[${LOCAL_CHAR}_-]{0,61}[${LOCAL_CHAR}])?`;
	internationalEmail = regexRule({
		id: "email-international",
		kind: "email",
		level: "standard",
		priority: 59,
		description: "E-mail address with non-ASCII letters (RFC 6531 local part, IDN domain), RFC 5322 specials or a quoted local part",
		pattern: new RegExp(`(?<![${LOCAL_CHAR}._%+\\-])(?:"[^"\\n\\\\]{1,64}"|[${LOCAL_CHAR}](?:[${LOCAL_CHAR}${ATEXT.replace(/[-\\^\]/]/g, "\\$&")}]{0,63}))[@＠](?:${LABEL}[.．]){1,8}[${LOCAL_CHAR}]{2,24}(?![${LOCAL_CHAR}-]|[.．][${LOCAL_CHAR}])`, "gu"),
		accept: (value) => {
			const at = Math.max(value.lastIndexOf("@"), value.lastIndexOf("＠"));
			const local = value.slice(0, at);
			const domain = value.slice(at + 1);
			if (/^[A-Za-z0-9._%+-]+$/.test(local) && /^[A-Za-z0-9.-]+$/.test(domain) && value[at] === "@" || isPlaceholderLocal(local)) return false;
			if (/[?&=]/.test(local) && !local.startsWith("\"")) return false;
			if (/[.．]$/.test(local) || local.startsWith(".") || /\.\./.test(local.replace(/^".*"$/, ""))) return false;
			return domainOk(domain);
		}
	});
	AT_WORDS = "at|ät|arroba|chez|arobase|chiocciola|apenstaartje|собака|собачка|эт|kukac|malpa|małpa|snabel-a|zavináč|アット|アットマーク|krøllalfa|παπάκι|שטרודל|равлик|골뱅이|艾特";
	DOT_WORDS = "dot|punkt|punto|point|punt|точка|pont|kropka|tečka|piste|ドット|nokta|bodka|крапка|τελεία|נקודה|점|点";
	OPEN$1 = "[\\[(<{]";
	CLOSE$1 = "[\\])>}]";
	PART = `[${LOCAL_CHAR}](?:[${LOCAL_CHAR}_+-]|\\.(?=[${LOCAL_CHAR}])){0,63}`;
	BARE$1 = (words) => `(?<= )(?:${words})(?= )`;
	capitalsOnly = (word) => word === word.toUpperCase() && word !== word.toLowerCase();
	MAIL_WORDS = "e-?mail|mail|mejl|correo(?: electrónico)?|courriel|posta elettronica|e-?posta|sähköposti|poczta|e-?pošta|epost|почта|е-?мейл|メール|邮箱|郵箱|邮件|電郵|이메일|메일|ईमेल|البريد(?: الإلكتروني)?|ایمیل|אימייל|ইমেইল|อีเมล|email-?adres(?:se)?|contact|kontakt|contacto|contato|contatto|iletişim|контакт(?:ы)?|連絡先|联系方式";
	MAIL_LABEL = new RegExp(`(?:${MAIL_WORDS})(?:(?:[ \t]+\\p{L}{1,6})?[ \t]*[:：=–—-][ \t]*|[ \t]+(?:is|ist|est|es|é|è|an|à|a|to|at)[ \t]+|[ \t]+)$`, "iu");
	obfuscatedEmail = regexRule({
		id: "email-obfuscated",
		kind: "email",
		level: "standard",
		priority: 59,
		description: "E-mail address with the at and the dot written in brackets (`[at]`, `(arroba)`, `{chez}`, `[собака]`, `(dot)`, `[.]`), in several languages",
		pattern: new RegExp(`(?<![${LOCAL_CHAR}._+-])${PART} ?(?:${OPEN$1} ?(?:${AT_WORDS}|@) ?${CLOSE$1}|@|${BARE$1(AT_WORDS)}) ?(?:${PART} ?(?:${OPEN$1} ?(?:${DOT_WORDS}|\\.) ?${CLOSE$1}|\\.|${BARE$1(DOT_WORDS)}) ?){1,6}[${LOCAL_CHAR}]{2,24}(?![${LOCAL_CHAR}])`, "giu"),
		accept: (value, match, text) => {
			const bare = [...value.matchAll(new RegExp(BARE$1(`${AT_WORDS}|${DOT_WORDS}`), "giu"))].map((m) => m[0]);
			const labelled = MAIL_LABEL.test(text.slice(Math.max(0, match.index - 30), match.index));
			if (!labelled && !bare.every(capitalsOnly)) return false;
			if (!labelled && bare.length > 0 && value.replace(new RegExp(BARE$1(`${AT_WORDS}|${DOT_WORDS}`), "giu"), "") === value.toUpperCase().replace(new RegExp(BARE$1(`${AT_WORDS}|${DOT_WORDS}`), "giu"), "")) return false;
			if (bare.length === 0 && !new RegExp(`${OPEN$1} ?(?:${AT_WORDS}|${DOT_WORDS}|@|\\.) ?${CLOSE$1}`, "iu").test(value)) return false;
			const dot = ` ?(?:${OPEN$1} ?(?:${DOT_WORDS}|\\.) ?${CLOSE$1}|${BARE$1(DOT_WORDS)}) ?`;
			const parts = value.split(new RegExp(` ?(?:${OPEN$1} ?(?:${DOT_WORDS}|\\.) ?${CLOSE$1}|\\.|${BARE$1(DOT_WORDS)}) ?`, "iu"));
			const tld = parts[parts.length - 1];
			if (!tldOk(tld)) return false;
			const [local, domain = ""] = value.split(new RegExp(` ?(?:${OPEN$1} ?(?:${AT_WORDS}|@) ?${CLOSE$1}|@|${BARE$1(AT_WORDS)}) ?`, "iu"));
			if (isPlaceholderLocal(local ?? "")) return false;
			return domainOk(domain.replace(new RegExp(dot, "giu"), "."));
		}
	});
	ENCODED_AT = "(?:%40|&#0*64;|&#[xX]0*40;|&commat;)";
	encodedEmail = regexRule({
		id: "email-encoded",
		kind: "email",
		level: "standard",
		priority: 59,
		description: "E-mail address whose at sign is encoded for a URL or HTML (`mailto:jan%40firma.de`, `jan&#64;firma.de`)",
		pattern: new RegExp(`(?<![${LOCAL_CHAR}._%+-])[${LOCAL_CHAR}](?:[${LOCAL_CHAR}._+-]|%2[bB]){0,63}${ENCODED_AT}(?:${LABEL}\\.){1,8}[${LOCAL_CHAR}]{2,24}(?![${LOCAL_CHAR}-]|\\.[${LOCAL_CHAR}])`, "gu"),
		accept: (value) => domainOk(value.replace(new RegExp(`^.*${ENCODED_AT}`), ""))
	});
	caseless = (words) => words.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
	OBFUSCATION_ANCHOR = new RegExp(`${OPEN$1} ?(?:${caseless(AT_WORDS)}|${caseless(DOT_WORDS)}|@|\\.) ?${CLOSE$1}| (?:${AT_WORDS.toUpperCase()}) |(?:${caseless(MAIL_WORDS)})[ \t]*[:：=–—-]?[ \t]`, "u");
	emailFormRules = [
		around(internationalEmail, /[@＠]/, 70, 300),
		around(obfuscatedEmail, OBFUSCATION_ANCHOR, 200, 300),
		around(encodedEmail, new RegExp(ENCODED_AT), 70, 300)
	];
}));
// src/core/redaction/rules/phone-regions.ts
/** The regions a block names (a `+CC`, a ccTLD, a country's name), then those its scripts suggest. */
function hintsOf(text, written) {
	const found = /* @__PURE__ */ new Set();
	for (const m of text.matchAll(INTERNATIONAL)) for (const code of [
		m[1],
		m[1] + (m[2] ?? ""),
		m[1] + (m[2] ?? "") + (m[3] ?? "")
	]) {
		const regions = CALLING_CODES[code];
		if (regions) {
			for (const r of regions) found.add(r);
			break;
		}
	}
	for (const m of text.matchAll(CC_TLD)) {
		const tld = m[1].toUpperCase();
		const region = tld === "UK" ? "GB" : tld;
		if (KNOWN.has(region)) found.add(region);
	}
	const names = countryNames();
	const words = text.match(WORD$3) ?? [];
	for (let i = 0; i < words.length; i++) {
		if (!names.firstWords.has(normaliseName(words[i]))) continue;
		for (let j = Math.min(words.length, i + 4); j > i; j--) for (const code of names.countryNames.get(normaliseName(words.slice(i, j).join(" "))) ?? []) if (KNOWN.has(code)) found.add(code);
	}
	const byScript = NON_ASCII.test(written) ? SCRIPT_REGIONS.filter(([re]) => re.test(written)).flatMap(([, regions]) => regions) : [];
	return [[...found], byScript];
}
/** One instance per text: it memoises its blocks. */
function regionHints(text, written = text) {
	const blocks = /* @__PURE__ */ new Map();
	const block = (b) => {
		let hints = blocks.get(b);
		if (hints === void 0) {
			const [from, to] = [b * BLOCK, (b + 1) * BLOCK + 24];
			hints = b < 0 || from >= text.length ? [[], []] : hintsOf(text.slice(from, to), written.slice(from, to));
			blocks.set(b, hints);
		}
		return hints;
	};
	const unions = /* @__PURE__ */ new Map();
	const near = (index) => {
		const b = Math.floor(index / BLOCK);
		let union = unions.get(b);
		if (union === void 0) {
			const named = [.../* @__PURE__ */ new Set([
				...block(b - 1)[0],
				...block(b)[0],
				...block(b + 1)[0]
			])];
			const script = [.../* @__PURE__ */ new Set([
				...block(b - 1)[1],
				...block(b)[1],
				...block(b + 1)[1]
			])];
			union = [
				[.../* @__PURE__ */ new Set([...named, ...script])],
				named,
				script,
				`${named.join("")}/${script.join("")}`
			];
			unions.set(b, union);
		}
		return union;
	};
	return {
		all: (index) => near(index)[0],
		named: (index) => near(index)[1],
		script: (index) => near(index)[2],
		key: (index) => near(index)[3]
	};
}
var PREFERRED, ALL_REGIONS, KNOWN, IDD_REGIONS, SCRIPT_REGIONS, CALLING_CODES, INTERNATIONAL, CC_TLD, WORD$3, BLOCK, NON_ASCII;
var init_phone_regions = __esmMin((() => {
	init_address_country_names();
	PREFERRED = [
		"US",
		"GB",
		"DE",
		"FR",
		"IN",
		"ES",
		"IT",
		"NL",
		"BR",
		"MX",
		"CA",
		"AU",
		"JP",
		"CN",
		"KR",
		"PL",
		"PT",
		"BE",
		"CH",
		"AT",
		"SE",
		"NO",
		"DK",
		"FI",
		"IE",
		"NZ",
		"AR",
		"CO",
		"CL",
		"RU",
		"UA",
		"TR",
		"ZA",
		"NG",
		"EG",
		"SA",
		"AE",
		"IL",
		"ID",
		"PH",
		"VN",
		"TH",
		"MY",
		"SG",
		"PK",
		"BD",
		"KE",
		"GR",
		"CZ",
		"RO",
		"HU"
	];
	ALL_REGIONS = getCountries();
	KNOWN = new Set(ALL_REGIONS);
	IDD_REGIONS = (() => {
		const seen = /* @__PURE__ */ new Map();
		for (const [region, plan] of Object.entries(metadata.countries)) {
			const idd = plan[1];
			if (typeof idd === "string" && idd !== "" && !seen.has(idd)) seen.set(idd, region);
		}
		return [...seen].map(([idd, region]) => [new RegExp(`^(?:${idd})`), region]);
	})();
	SCRIPT_REGIONS = [
		[/\p{Script=Cyrillic}/u, [
			"RU",
			"UA",
			"BY",
			"KZ",
			"BG",
			"RS",
			"MK",
			"KG",
			"MN"
		]],
		[/\p{Script=Arabic}/u, [
			"SA",
			"AE",
			"EG",
			"MA",
			"DZ",
			"TN",
			"IQ",
			"JO",
			"KW",
			"QA",
			"OM",
			"BH",
			"LB",
			"IR",
			"AF",
			"PK",
			"SY",
			"YE",
			"SD",
			"PS",
			"LY"
		]],
		[/\p{Script=Hebrew}/u, ["IL"]],
		[/\p{Script=Greek}/u, ["GR", "CY"]],
		[/\p{Script=Thai}/u, ["TH"]],
		[/\p{Script=Hangul}/u, ["KR"]],
		[/[\p{Script=Hiragana}\p{Script=Katakana}]/u, ["JP"]],
		[/\p{Script=Han}/u, [
			"CN",
			"TW",
			"HK",
			"MO",
			"SG",
			"JP"
		]],
		[/[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Telugu}]/u, [
			"IN",
			"NP",
			"BD",
			"LK"
		]],
		[/\p{Script=Armenian}/u, ["AM"]],
		[/\p{Script=Georgian}/u, ["GE"]],
		[/\p{Script=Myanmar}/u, ["MM"]],
		[/\p{Script=Khmer}/u, ["KH"]],
		[/\p{Script=Lao}/u, ["LA"]],
		[/\p{Script=Ethiopic}/u, ["ET", "ER"]],
		[/\p{Script=Sinhala}/u, ["LK"]]
	];
	CALLING_CODES = metadata.country_calling_codes;
	INTERNATIONAL = /(?<![\w+])(?:\+|00)[ (]?(\d)(\d)?(\d)?/g;
	CC_TLD = /(?:@|\/\/|www\.)[\p{L}\p{N}.-]{1,80}\.([a-z]{2})(?![\p{L}\p{N}-])/giu;
	WORD$3 = /[\p{L}\p{M}'’.-]{2,40}/gu;
	BLOCK = 256;
	NON_ASCII = /[^\0-\x7F]/;
}));
// src/core/redaction/rules/phone-identifiers.ts
/** True when the (lower-cased) text right before a phone-shaped number labels it as an identifier. */
function identifierBefore(context) {
	return LABELLED_ID.test(context) || ACCOUNT_TAIL.test(context);
}
var LABELS, NUMBER_WORD, LABELLED_ID, ACCOUNT_TAIL;
var init_phone_identifiers = __esmMin((() => {
	LABELS = [
		"bestell(?:ung)?s?(?:nummer|nr\\.?)",
		"auftrags?(?:nummer|nr\\.?)?",
		"rechnungs(?:nummer|nr\\.?)",
		"kunden(?:nummer|nr\\.?)",
		"lieferschein(?:nummer|nr\\.?)?",
		"sendungs(?:nummer|nr\\.?)",
		"ordernummer",
		"factuurnummer",
		"klantnummer",
		"ordine",
		"zamówienia",
		"zamówienie",
		"zamowienie",
		"faktury",
		"objednávky",
		"заказа?",
		"счёта",
		"счета",
		"накладной",
		"sipariş(?: no)?",
		"fatura(?: no)?",
		"đơn hàng",
		"mã đơn",
		"pesanan",
		"طلب",
		"الطلب",
		"فاتورة",
		"سفارش",
		"הזמנה",
		"חשבונית",
		"注文番号",
		"注文",
		"受注番号",
		"請求書番号",
		"伝票番号",
		"订单号",
		"订单编号",
		"订单",
		"訂單編號",
		"訂單",
		"发票号",
		"運單號",
		"运单号",
		"주문번호",
		"주문",
		"송장번호",
		"gtin",
		"ean(?:-13|-8)?",
		"upc",
		"imei\\d?",
		"imsi",
		"iccid",
		"meid",
		"mac",
		"s/n",
		"seriennummer",
		"número de serie",
		"numéro de série",
		"серийный номер",
		"シリアル番号",
		"序列号",
		"시리얼",
		"vat(?: reg(?:istration)?)?",
		"ust\\.?-?id(?:nr)?\\.?",
		"ust\\.?-?identifikationsnummer",
		"steuer(?:nummer|-?nr\\.?|-?id)",
		"tva(?: intracom(?:munautaire)?)?",
		"siret",
		"siren",
		"p\\.? ?iva",
		"partita iva",
		"codice fiscale",
		"nif",
		"cif",
		"nie",
		"nip",
		"regon",
		"krs",
		"ičo",
		"dič",
		"ико",
		"инн",
		"огрн",
		"кпп",
		"cnpj",
		"cpf",
		"cuit",
		"rut",
		"rfc",
		"gstin",
		"gst",
		"pan",
		"abn",
		"acn",
		"ein",
		"tin",
		"tax id",
		"btw(?:-nummer)?",
		"kvk",
		"org\\.? ?nr\\.?",
		"vergi no",
		"税号",
		"統一編號",
		"法人番号",
		"사업자등록번호",
		"mst",
		"npwp",
		"<buffer",
		"bytes?",
		"hex(?:dump)?",
		"rt",
		"rw"
	];
	NUMBER_WORD = "(?:number|no\\.?|nr\\.?|num\\.?|nummer|numéro|número|numer|номер|id|code|番号|编号|号|번호)";
	LABELLED_ID = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${NUMBER_WORD}[\\s:#.=-]{0,3})?(?:${LABELS.join("|")})(?:[\\s:#.=-]{0,3}${NUMBER_WORD}){0,2}[\\s:#.：=-]{0,3}(?:(?!tel|fax|ph|mob|gsm)[a-z]{2,3}[\\s-]?)?$`, "u");
	ACCOUNT_TAIL = /(?:^|[\s:"'=])(?=[a-z0-9]{0,3}\d)(?=[a-z0-9]{0,3}[a-z])[a-z0-9]{4}(?: [a-z0-9]{4}){1,4} $/;
}));
// src/core/redaction/rules/phone-columns.ts
/**
* Where the cells of phone columns start and what they hold: `{ start, value }` for each cell whose header names a
* phone and whose text is shaped like a number (quotes and padding left out).
*/
function phoneColumnCells(text) {
	const out = [];
	if (!/phone|tel|mob|cell|fax|handy|gsm|puh|msisdn|whatsapp|n[uú]mer|[^\p{Script=Latin}\p{Script=Common}]/iu.test(text)) return out;
	let sep = "";
	let columns = [];
	let width = 0;
	let lineStart = 0;
	while (lineStart <= text.length) {
		const next = text.indexOf("\n", lineStart);
		const lineEnd = next === -1 ? text.length : next;
		const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 400 + 1)).replace(/\r$/, "");
		const long = lineEnd - lineStart > 400;
		if (long || sep === "" || !line.includes(sep)) {
			sep = long ? "" : separatorOf(line);
			columns = [];
			if (sep !== "") {
				const header = tableCells(line, sep);
				width = header.length;
				header.forEach((c, i) => PHONE_FIELD.test(cleanCell(c.value)) && columns.push(i));
				if (width < 2) columns = [];
			}
		} else if (columns.length > 0 && !RULE_ROW.test(line)) {
			const row = tableCells(line, sep);
			if (row.length === width) for (const i of columns) {
				const cell = row[i];
				const value = cleanCell(cell.value);
				if (!NUMBER_CELL.test(value)) continue;
				out.push({
					start: lineStart + cell.start + cell.value.indexOf(value),
					value
				});
			}
		}
		if (next === -1) break;
		lineStart = next + 1;
	}
	return out;
}
var PHONE_FIELD, RULE_ROW, NUMBER_CELL;
var init_phone_columns = __esmMin((() => {
	init_table_cells();
	PHONE_FIELD = /^(?:[\p{L}_ -]{0,20}[_ -])?(?:phone|tel|tel\.|telephone|téléphone|tél|telefon[eo]?|teléfono|telefone|telefono|telf|tlf|telp|mobile|mobil|mob|cell|cellphone|cellulare|celular|móvil|movil|handy|gsm|fax|msisdn|whatsapp|puhelin|puh|τηλέφωνο|τηλ|телефон|тел|моб|утас|هاتف|جوال|تلفن|טלפון|נייד|फ़ोन|फोन|โทร|โทรศัพท์|電話|電話番号|电话|手机|手機|携帯|전화|전화번호|휴대폰|điện thoại|sđt|(?:telefon|handy|ruf|mobil|tel)nummer|(?:contact|phone|mobile|tel)[_ -]?(?:no|nr|number|num|#))\.?\d?$/iu;
	RULE_ROW = /^[\s|:+-]+$/;
	NUMBER_CELL = /^(?:\+|00|\(\+?)?\d[\d ()./\u00A0-]{4,24}$/;
}));
// src/core/redaction/rules/phone-trunk-forms.ts
/** The number as dialled from abroad: the `(0)` dropped, and a `)` closing nothing after the area code with it. */
function withoutTrunk(value) {
	const stray = /\(0\)\s?(\d{1,5})\)/.exec(value);
	if (stray && value.slice(0, stray.index).split("(").length === value.slice(0, stray.index).split(")").length) return value.slice(0, stray.index) + stray[1] + value.slice(stray.index + stray[0].length);
	return value.replace(/\(0\)\s?/, "");
}
/** The same number with its 0 kept (`+378 0549 886530`), for the plans that dial it from abroad; none without `(0)`. */
function withTrunkKept(value) {
	return /\(0\)/.test(value) ? [withoutTrunk(value.replace(/\(0\)\s?/, "0"))] : [];
}
var init_phone_trunk_forms = __esmMin((() => {}));
// src/core/redaction/rules/phones.ts
function validFromAbroad(digits) {
	for (const [idd, region] of IDD_REGIONS) {
		if (!idd.test(digits)) continue;
		if (parsePhoneNumberFromString(digits, region)?.isValid()) return true;
	}
	return false;
}
/** A counting run written compact (`0123456789`, `9876543210`: a digit alphabet in code); grouped, it is dialled. */
function placeholderNumber(digits) {
	let up = true;
	let down = true;
	for (let i = 1; i < digits.length; i++) {
		const step = (digits.charCodeAt(i) - digits.charCodeAt(i - 1) + 10) % 10;
		up &&= step === 1;
		down &&= step === 9;
	}
	return up || down;
}
function looksLikeDateTimeOrVersion(written, nearWord) {
	const value = written.replace(/^\((.*)\)$/, "$1");
	if (/^(?:19|20)\d\d[-–/](?:19|20)\d\d$/.test(value)) return true;
	const ymd = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/.exec(value);
	if (ymd && YEAR_LIKE.test(ymd[1]) && +ymd[2] >= 1 && +ymd[2] <= 12) return true;
	const dmy = /^(\d{1,2})[-./](\d{1,2})[-./](?:\d{2}|\d{4})$/.exec(value);
	if (dmy && (+dmy[1] <= 31 && +dmy[2] <= 12 || +dmy[1] <= 12 && +dmy[2] <= 31)) return true;
	const hms = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/.exec(value);
	if (hms && +hms[1] <= 24 && +hms[2] <= 59 && +(hms[3] ?? 0) <= 59) return true;
	if (/^\d+(?:\.\d+)+$/.test(value) && value.split(".").some((g) => g.length === 1) && !(nearWord && (/^0\./.test(value) || /^\d\./.test(value) && digitCount(value) >= 8))) return true;
	return false;
}
/**
* Postcodes (12345-678, 1234-567, 123-4567, 12345-6789), card groupings (4-6-5, 4-4-4-4) and spans of clock times
* (0930-1730) written like phone numbers; `8312-3456` (4-4, Costa Rica, Estonia, Hong Kong) is no postcode.
*/
function looksLikePostcodeOrCard(value) {
	if (/^(?:\d{5}-\d{3,4}|\d{4}-\d{3}|\d{3}-\d{3,4})$/.test(value)) return true;
	if (/^(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d$/.test(value)) return true;
	const groups = value.split(/[ -]/).map((g) => g.length).join("-");
	return /^(?:4-6-5|4-6-4|4-4-4-4(?:-\d)?)$/.test(groups);
}
/**
* Separators that read like a phone: one kind (two if one is a parenthesis or a slash), no single-digit runs unless
* a phone word says the number is dialled (`8.71234.5.04.45`).
*/
function phoneShaped(value, nearWord) {
	const open = value.split("(").length - 1;
	if (open !== value.split(")").length - 1 || open > 1) return false;
	const seps = new Set(value.replace(/[\d()+]/g, "").replace(/\u00A0/g, " ").split(""));
	seps.delete(" ");
	if (seps.size > 1 && !(seps.size === 2 && seps.has("/"))) return false;
	const groups = value.split(/[^\d]+/).filter((g) => g !== "");
	if (groups.length > 2 && groups.filter((g) => g.length === 1).length > 1 && !nearWord) return false;
	return true;
}
function digitCount(value) {
	let n = 0;
	for (let i = 0; i < value.length; i++) {
		const c = value.charCodeAt(i);
		if (c >= 48 && c <= 57) n++;
	}
	return n;
}
/** The first of `regions` whose plan reads `value` as a valid number (a mobile one with `mobileOnly`), or null. */
function validIn(value, regions, mobileOnly = false) {
	for (const region of regions) {
		const parsed = parsePhoneNumberFromString(value, region);
		if (parsed?.isValid() && (!mobileOnly || /MOBILE/.test(parsed.getType() ?? ""))) return region;
	}
	return null;
}
function validNumber(plain, shape, budget) {
	const { nearWord, separated, trunk, international } = shape;
	const digits = digitCount(plain);
	const bare = plain.replace(/[^\d]/g, "");
	if (digits > 15) return /^[08]/.test(bare) && separated && validFromAbroad(bare);
	if (international) {
		const normalised = plain.replace(/^\(\+(\d{1,4})\) ?/, "+$1 ").replace(/^(?:\+\+|00)/, "+");
		const parsed = parsePhoneNumberFromString(normalised);
		if (parsed !== void 0 && (parsed.isValid() || (separated || shape.labelled) && parsed.isPossible())) return true;
		return separated && bare.startsWith("00") && validFromAbroad(bare);
	}
	if (!separated && !trunk && !nearWord) return digits >= 9 && validIn(plain, shape.inScript(), true) || false;
	const national = validIn(plain, PREFERRED) ?? validIn(plain, shape.hinted());
	if (national !== null) return national;
	if ((nearWord || digits >= 8 && (trunk || plain.startsWith("(") || plain.split(/[^\d]+/).filter(Boolean).length >= 3)) && budget.all < ALL_COUNTRY_BUDGET) {
		budget.all++;
		const anywhere = validIn(plain, ALL_REGIONS);
		if (anywhere !== null) return anywhere;
	}
	return /^[08]/.test(bare) && digits >= 10 && separated && validFromAbroad(bare);
}
/**
* The pattern's candidates in text order, with a phone column's cells (sorted by start) merged in where no match
* starts: one pass, nothing collected, and with no table the matches alone.
*/
function* candidatesOf(text, cells) {
	const re = new RegExp(CANDIDATE.source, CANDIDATE.flags);
	let next = 0;
	for (let match; (match = re.exec(text)) !== null;) {
		for (; next < cells.length && cells[next].start <= match.index; next++) if (cells[next].start < match.index) yield {
			index: cells[next].start,
			value: cells[next].value
		};
		yield {
			index: match.index,
			value: match[0]
		};
	}
	for (; next < cells.length; next++) yield {
		index: cells[next].start,
		value: cells[next].value
	};
}
function findPhones(original) {
	const text = foldWidthAndDigits(original);
	const out = [];
	const cache = /* @__PURE__ */ new Map();
	const budget = { all: 0 };
	const hints = regionHints(text, original);
	const cells = phoneColumnCells(text);
	const inColumn = new Set(cells.map((c) => c.start));
	let columnRegion = null;
	for (const match of candidatesOf(text, cells)) {
		let value = match.value;
		let start = match.index;
		value = value.replace(/[ \u00A0.\-/]+$/, "");
		const lead = /^[ \u00A0.\-/]+/.exec(value);
		if (lead) {
			start += lead[0].length;
			value = value.slice(lead[0].length);
		}
		if (value.startsWith("(") === false && value.endsWith(")")) value = value.slice(0, -1);
		const glued = /^([1-9]\d{4,5}) (\d+[-.]\d+(?:[-.]\d+)*)$/.exec(value);
		if (glued && digitCount(glued[2]) >= 10) {
			start += glued[1].length + 1;
			value = glued[2];
		}
		const international = /^(?:\+|00|\(\+)/.test(value);
		const plain = international ? withoutTrunk(value) : value.replace(/^\(0\)\s?/, "0");
		const digits = digitCount(plain);
		const labelled = digits >= 5 && digits < 7 && PHONE_LABEL.test(before(text, start, 24));
		if (digits < 6 && !labelled || digits > 19 && !/^\d{9,15} \d{9,15}$/.test(plain)) continue;
		const context = before(text, start, 32);
		const nearWord = PHONE_WORDS.test(context) || inColumn.has(start);
		const dialled = nearWord && digits >= 8;
		if (!international && !dialled && /(?:^|[^\d])\d[^\d]+\d(?:[^\d]|$)/.test(plain)) {
			if (plain.split(/[^\d]+/).filter((g) => g.length === 1).length > 1) continue;
		}
		const named = () => {
			const key = `${plain}|named|${hints.key(start)}`;
			let ok = cache.get(key);
			if (ok === void 0) cache.set(key, ok = validIn(plain, hints.named(start)) !== null);
			return ok;
		};
		if (/^\d{1,4}\.\d{1,8}$/.test(plain) && !nearWord && !/^0\d/.test(plain) && !named()) continue;
		if (plain.includes("/") && (plain.split("/").length > 2 || plain.includes(".") || !/^\(?0|^\d{2,4}\/\d{2,4}[ -]\d{2,4}(?:[ -]\d{2,4})?$/.test(plain)) && !nearWord) continue;
		if (/(?<!\d)[12]\d{3}-(?:0?[1-9]|1[0-2])(?:[-/]\d{2})?(?!\d)/.test(plain) && !international) continue;
		if (/^\d{4,}([-/.])\d{1,2}\1\d{1,2}$/.test(plain)) continue;
		if (looksLikeDateTimeOrVersion(plain, nearWord) || !phoneShaped(plain, dialled)) continue;
		if (NOT_PHONE_WORDS.test(context) || identifierBefore(context)) continue;
		if (!nearWord && /^(?:[1-9]\d{0,2}|0)(?:\.\d{1,3}){3}$/.test(plain)) continue;
		if (digits < 7 && !nearWord) continue;
		if (!nearWord && looksLikePostcodeOrCard(plain) && !named()) continue;
		const ownSeparators = plain.replace(/[\d()+]/g, "");
		if (!(ownSeparators !== "" && !ownSeparators.includes(context.slice(-1))) && /(?:(?:^|\D)\d{1,6}[ -]|(?:^|[\s:"'=])[a-z]{2}\d{2}(?: [a-z0-9]{4}){0,4} )$/.test(context)) continue;
		const bare = plain.replace(/[^\d]/g, "");
		if (bare === plain && placeholderNumber(bare)) continue;
		const separated = /[ \u00A0.\-/()]/.test(plain);
		const trunk = /^\(?0[1-9]/.test(plain);
		const besideScript = /[^\p{Script=Latin}\p{Script=Common}\s][\s:：]{0,2}$/u.test(before(text, start, 3));
		const inScript = () => besideScript ? hints.script(start) : [];
		const afterLabel = international && PHONE_LABEL.test(before(text, start, 24));
		const hinted = () => international ? [] : hints.all(start);
		const shape = {
			nearWord,
			labelled: afterLabel,
			separated,
			trunk,
			international,
			hinted,
			inScript
		};
		let readIn = null;
		const check = (candidate) => {
			const key = `${candidate}|${separated}|${nearWord}|${afterLabel}|${besideScript}|${hints.key(start)}`;
			const cached = cache.get(key);
			if (cached !== void 0) return cached;
			const reading = validNumber(candidate, shape, budget);
			if (typeof reading === "string") readIn = reading;
			cache.set(key, reading !== false);
			return reading !== false;
		};
		const column = inColumn.has(start) && !international;
		if (column && columnRegion !== null && parsePhoneNumberFromString(plain, columnRegion)?.isValid()) {
			out.push({
				start,
				end: start + value.length
			});
			continue;
		}
		if (check(plain) || international && withTrunkKept(value).some(check)) {
			if (column && readIn !== null) columnRegion = readIn;
			out.push({
				start,
				end: start + value.length
			});
			continue;
		}
		const ext = (trunk || international) && !looksLikePostcodeOrCard(plain) ? EXTENSION.exec(plain) : null;
		if (ext && digitCount(ext[1]) >= 8 && check(ext[1])) {
			out.push({
				start,
				end: start + value.length - ext[2].length - 1
			});
			continue;
		}
		const pair = /^(\d{9,15}) (\d{9,15})$/.exec(value);
		if (pair && check(pair[1]) && check(pair[2])) out.push({
			start,
			end: start + pair[1].length
		}, {
			start: start + pair[1].length + 1,
			end: start + value.length
		});
	}
	return out;
}
/** A phone word in the 32 characters before `index` (the IP rule defers to it: `Tel. 87.12.34.56`). */
function phoneWordBefore(text, index) {
	return PHONE_WORDS.test(before(text, index, 32));
}
var CANDIDATE, PHONE_WORDS, PHONE_LABEL, NOT_PHONE_WORDS, YEAR_LIKE, ALL_COUNTRY_BUDGET, EXTENSION, phoneRule;
var init_phones = __esmMin((() => {
	init_fold_text();
	init_phone_regions();
	init_phone_identifiers();
	init_phone_columns();
	init_phone_trunk_forms();
	init_regex_rule();
	CANDIDATE = /(?:(?<![\w+.,/\\-])|(?<=[\u0590-\u05FF\u0600-\u06FF][-\u05BE])|(?<=(?<![\d.]),)(?=[+(0])|(?<=\d,)(?=[+(]|0\d{1,4}[ -]\d))(?:\(\+\d{1,4}\) ?|\+{1,2})?(?:\(0\) ?)?\(?\d{1,15}\)?(?:\(0\) ?\d{1,12})?(?:(?:[ \u00A0.\-/]{1,2}|\)[ ]?)(?:\(0\) ?)?\(?\d{1,12}\)?){0,7}(?!(?!x\d)\w|[./-]\d|,\d{1,3}(?![\d-]))/g;
	PHONE_WORDS = /(?:phone|(?<![a-z])(?:tel|cell|call|ring|text)|mobile|mobil|fax|sms|whatsapp|signal|contact|reach|number|appel|ruf|anruf|llam|chiam|ligue|ligar|bel |zadzwo|num(?:ber|ero|éro)|n[uú]mero|nummer|telefon|tél|handy|cellulare|celular|móvil|movil|portable|hotline|helpdesk|help desk|gsm|puhelin|tlf|telp|điện thoại|sđt|đt|τηλ|κινητ|телефон|тел\.|моб|звон|хотлайн|هاتف|جوال|موبايل|اتصل|تلفن|تماس|טלפון|נייד|फ़ोन|फोन|मोबाइल|दूरभाष|โทร|電話|携帯|手机|手機|电话|联系|전화|연락|휴대폰|핸드폰|☎|📞|📱|i\u0307?letişim|ulaş|contato|contacto|kontakt|msisdn|nomor|numer|номер|číslo|broj|नंबर|संपर्क|問い合わせ|連絡|ll[aá]m|me liga|(?<![a-z])(?:(?:ph|mob)[.:]|simu(?![a-z]))|tawag|hubungi|gọi|liên hệ|ফোন|தொலைபேசி|දුරකථන|ទូរស័ព្ទ|ໂທ|ဖုန်း|утас|ტელ|հեռ|ስልክ|فون|شماره)/i;
	PHONE_LABEL = /(?:phone|tel|mobile|fax|call(?: us| me)?(?: at| on)?|hotline|helpdesk|whatsapp|telefon[eo]?|(?:telefon|ruf)nummer|teléfono|tél|handy|gsm|puh(?:elin)?|m[oó]vil|celular|cellulare|mobil|tlf|telp|điện thoại|sđt|κινητό|τηλ|телефон|тел|моб|هاتف|جوال|موبايل|تلفن|טלפון|נייד|携帯|手機|휴대폰|핸드폰|📱|फ़ोन|फोन|โทร|電話番号|電話|电话|手机|전화|☎|📞|(?<![a-z])(?:ph|mob|simu)|ll[aá]m[ae](?:me)?(?: al)?|ligue(?: para)?|appel(?:ez|le)(?:-moi)?(?: au| le)?|gọi(?: cho)?(?: số)?|ফোন|ទូរស័ព្ទ|ဖုန်း|утас|ტელ|ስልክ|فون|شماره)[.:：\s]{0,4}$/i;
	NOT_PHONE_WORDS = /(?:^|[^a-z])(?:order|invoice|ref|reference|ticket|tracking|case|account|acct|isbn|issn|serial|sku|part|id|po|nr\.|no\.|#|version|ver|v|build|release|iban|bic|swift|card|kunden|rechnung|bestell|factura|pedido|commande|facture|ssn|zip|postcode|plz|cp|cap|population|total|amount|price|count)(?:[\s:#.=-]{1,3}(?:number|no\.?|nr\.?|num|nummer|numéro|número|is|was|ist|es|est)){0,3}[\s:#.=-]{0,3}$/;
	YEAR_LIKE = /^[12]\d{3}$/;
	ALL_COUNTRY_BUDGET = 200;
	EXTENSION = /^(.*\d)-(\d{1,5})$/;
	phoneRule = {
		id: "phone",
		kind: "phone",
		level: "standard",
		priority: 50,
		description: "Phone number valid in a country's numbering plan (libphonenumber metadata): international (+/00) or national, written with phone-like grouping, a trunk 0, parentheses or a phone word nearby",
		find: findPhones
	};
}));
// src/core/redaction/rules/contact.ts
function saidToBeMail(text, start, end) {
	if (MAIL_HEADER.test(before(text, start, 220))) return true;
	return text[start - 1] === "<" && text[end] === ">" && /[\p{L}\p{M}"')][ \t]?$/u.test(before(text, start - 1, 4));
}
var RESERVED_DOMAIN, MAIL_HEADER, email, contactRules;
var init_contact = __esmMin((() => {
	init_email_forms();
	init_email_tlds();
	init_phones();
	init_regex_rule();
	RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid)$/;
	MAIL_HEADER = /* @__PURE__ */ new RegExp("(?:^|\\n)[ \\t>]*(?:from|to|cc|bcc|reply-to|sender|return-path|delivered-to|x-original-to|envelope-to|resent-(?:from|to|cc)|von|an|kopie|antwort an|de|à|a|para|cc|da|van|aan|från|till|fra|til|od|do|kimden|kime|lähettäjä|vastaanottaja|feladó|címzett|от|кому|копия|від|кому|差出人|宛先|发件人|收件人|寄件者|收件者|보낸 사람|받는 사람)[ \\t]*[:：][^\\n]{0,200}$", "iu");
	email = regexRule({
		id: "email",
		kind: "email",
		level: "standard",
		priority: 60,
		description: "E-mail address ending in a TLD of the root zone; reserved example domains are kept",
		pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-]|\.[A-Za-z0-9])/g,
		accept: (value, match, text) => {
			const domain = value.slice(value.indexOf("@") + 1).toLowerCase();
			const tld = domain.slice(domain.lastIndexOf(".") + 1);
			if (RESERVED_DOMAIN.test(domain)) return false;
			if (!isTld(tld) && !saidToBeMail(text, match.index, match.index + value.length)) return false;
			if (isPlaceholderLocal(value.slice(0, value.indexOf("@")))) return false;
			if (value.toLowerCase().startsWith("git@") && text[match.index + value.length] === ":") return false;
			if (/:\/\/[^\s/@]{0,80}:$/.test(before(text, match.index, 90))) return false;
			if (/(?:^|[^a-z])(?:ssh|scp|sftp|rsync|mosh)\s(?:[^\n@]{0,60}\s)?$/.test(before(text, match.index, 80))) return false;
			return true;
		}
	});
	contactRules = [
		email,
		...emailFormRules,
		phoneRule
	];
}));
// src/core/redaction/rules/credential-calls.ts
/** The top-level arguments of the call opened at `open` (bounded; none if the call does not close in reach). */
function argumentsAt(text, open) {
	const args = [];
	const limit = Math.min(text.length, open + MAX_ARGS);
	let depth = 0;
	let argStart = open + 1;
	let literal = null;
	let other = false;
	/** Where the argument's first non-space character is (-1: none yet), so no argument is sliced to look at it. */
	let content = -1;
	const push = (end) => {
		const quoted = literal !== null && !other;
		if (quoted) args.push({
			start: literal.start,
			end: literal.end,
			quoted
		});
		else if (content !== -1) args.push({
			start: argStart,
			end,
			quoted: false
		});
		literal = null;
		other = false;
		content = -1;
	};
	for (let i = open + 1; i < limit; i++) {
		const c = text[i];
		if (content === -1 && c !== "\"" && c !== "'" && !isSpace(c) && c !== "," && c !== ")") content = i;
		if (c === "\"" || c === "'") {
			let close = i + 1;
			while (close < limit && text[close] !== c && text[close] !== "\n") close++;
			if (close >= limit || text[close] !== c) return null;
			const fresh = content === -1 || content === i - 1 && /[@rbuRBU]/.test(text[content]);
			if (depth === 0 && literal === null && fresh) literal = {
				start: i + 1,
				end: close
			};
			else if (depth === 0) other = true;
			if (content === -1) content = i;
			i = close;
			continue;
		}
		if (c === "(" || c === "[" || c === "{") depth++;
		else if (c === ")" || c === "]" || c === "}") {
			if (depth === 0) {
				push(i);
				return args;
			}
			depth--;
		} else if (c === "," && depth === 0) {
			push(i);
			argStart = i + 1;
		} else if (depth === 0 && literal !== null && !isSpace(c)) {
			const method = /^\.[A-Za-z]\w{0,20}\(\)/.exec(text.slice(i, i + 24));
			if (method) i += method[0].length - 1;
			else other = true;
		} else if (depth === 0 && literal === null && c === "=") other = true;
	}
	return null;
}
/** A user name: one token, not a URL, path or host (`LDAP://…`, `localhost`, `db.corp.net`, `10.0.0.5`). Round 18:
*  a `first.last` name (`o.adeyemi`, `jane.doe`, `m.lindqvist`) is one as the first argument of a call that logs in or
*  builds credentials: two labels, the last of letters and no top-level domain. Later arguments may be hosts (sbt's
*  `Credentials(realm, "nexus.corp", user, pw)`), and a call that only connects takes hosts first (`connect("db.internal",
*  "app", …)`), so there a dotted name is still a host. */
function userLike(value, dottedUser) {
	if (value.length === 0 || value.length > 100 || /\s/.test(value) || /:\/\/|^\\\\|^\//.test(value)) return false;
	if (/^localhost$|^\d{1,3}(?:\.\d{1,3}){3}$/i.test(value)) return false;
	if (value.includes("@") || !/^[\w-]+(?:\.[\w-]+)+$/.test(value)) return true;
	const name = /^[\p{L}\d_-]{1,40}\.(\p{L}{2,40})$/u.exec(value);
	return dottedUser && name !== null && !isTld(name[1]);
}
function passwordValue(value, user, onlyConnects) {
	if (value.length < 4 || value.length > 128 || /\s/.test(value) || value === user) return false;
	if (looksLikePlaceholder(value) || NOT_A_PASSWORD.has(value.toLowerCase()) || /^[$%{]/.test(value)) return false;
	if (onlyConnects || /^[A-Za-z]+$/.test(value)) {
		if (shaped(value)) return true;
		return !onlyConnects && value.length >= 8 && /^(?:[a-z]+|[A-Z]+)$/.test(value);
	}
	return true;
}
function* find$9(text) {
	for (const match of text.matchAll(CALLEE$1)) {
		const args = argumentsAt(text, match.index + match[0].length - 1);
		if (!args) continue;
		for (let i = 0; i + 1 < args.length; i++) {
			const user = args[i];
			const pass = args[i + 1];
			if (!user.quoted || !pass.quoted) continue;
			const userValue = text.slice(user.start, user.end);
			if (!userLike(userValue, i === 0 && match[1] === void 0)) continue;
			if (passwordValue(text.slice(pass.start, pass.end), userValue, match[1] !== void 0)) yield {
				start: pass.start,
				end: pass.end
			};
			break;
		}
	}
}
function* findClientKeys(text) {
	for (const match of text.matchAll(CLIENT_CALLEE)) {
		const args = argumentsAt(text, match.index + match[0].length - 1);
		if (!args) continue;
		for (let i = args.length === 1 ? 0 : 1; i < args.length; i++) {
			const arg = args[i];
			const value = text.slice(arg.start, arg.end);
			if (!arg.quoted || value.length < 16 || value.length > 256 || looksLikePlaceholder(value)) continue;
			if (looksMachineRandom(value, "keyed")) yield {
				start: arg.start,
				end: arg.end
			};
		}
	}
}
var CALLEE$1, MAX_ARGS, isSpace, unicodeClasses$1, shaped, CLIENT_CALLEE, credentialCallRules;
var init_credential_calls = __esmMin((() => {
	init_checks();
	init_email_tlds();
	init_secrets();
	init_token_randomness();
	CALLEE$1 = /(?:[Ll]og_?[Ii]n|[Ll]og_?[Oo]n|[Ss]ign_?[Ii]n|[Aa]uth[A-Za-z]{0,24}|[Cc]redentials?|[Bb]asic|(connect[A-Za-z]{0,12}|Connect[A-Za-z]{0,12}|[Bb]ind|DirectoryEntry|SSHClient|Session))[ \t]{0,4}(?:=[ \t]{0,4})?\(/g;
	MAX_ARGS = 320;
	isSpace = (c) => c === " " || c === "	" || c === "\n" || c === "\r";
	unicodeClasses$1 = (value) => (/\p{Ll}/u.test(value) ? 1 : 0) + (/\p{Lu}/u.test(value) ? 1 : 0) + (/\p{N}/u.test(value) ? 1 : 0);
	shaped = (value) => unicodeClasses$1(value) >= 2 && /[\d\W_]/.test(value);
	CLIENT_CALLEE = /(?<![\w$])(?:new[ \t]{1,4})?(?:[\w$]{1,40}\.){0,4}(?:[\w$]{0,40}(?:[Cc]lient|Api|API|Sdk|SDK)|algoliasearch)(?:\.new)?[ \t]{0,4}\(/g;
	credentialCallRules = [{
		id: "client-key-argument",
		kind: "api_key",
		level: "secrets",
		priority: 75,
		description: "Round 14: a machine-random quoted argument of an API client constructor (a callee ending in Client, Api or Sdk: `Client(sid, \"…\")`, `RestClient(id, \"…\")`, `algoliasearch(app, \"…\")`), after the account argument",
		find: (text) => [...findClientKeys(text)]
	}, {
		id: "credential-call-password",
		kind: "password",
		level: "secrets",
		priority: 75,
		description: "The quoted argument after a quoted user name in a call that logs in or builds credentials (`NetworkCredential(\"u\", \"pw\")`, `.login(\"u\", \"pw\")`, `HTTPBasicAuth`, `auth=(\"u\", \"pw\")`, `DirectoryEntry(path, \"u\", \"pw\")`); for connect/bind calls only a password-shaped value",
		find: (text) => [...find$9(text)]
	}];
}));
// src/core/redaction/rules/iban.ts
/**
* Country length, BBAN format and the mod-97 check digits must hold. A failed *national* check digit (BE, FR, ES,
* PL…) is still an account number someone typed, maybe with a typo, so it is redacted too.
*/
function plausibleIban(electronic) {
	const { errorCodes } = validateIBAN(electronic, { allowQRIBAN: true });
	return errorCodes.every((code) => code === ValidationErrorsIBAN.WrongAccountBankBranchChecksum);
}
/**
* Reads `wanted` letters and digits from `from`, skipping separator runs of at most eight characters holding at
* most one line break; returns the compact characters and where the last one ends, or null when the text stops
* first or runs on glued past the country's length (a longer code is no IBAN of that country).
*/
function readBban(text, from, wanted) {
	let chars = "";
	let i = from;
	let separators = 0;
	let breaks = 0;
	while (chars.length < wanted && i < text.length) {
		const ch = text[i];
		if (isAlnum(ch)) {
			chars += ch;
			separators = 0;
			breaks = 0;
		} else if (SEPARATOR$1.test(ch)) {
			if (++separators > MAX_SEPARATOR_RUN) return null;
			if (ch === "\n" && ++breaks > 1) return null;
		} else return null;
		i++;
	}
	if (chars.length < wanted) return null;
	if (i < text.length && isAlnum(text[i])) return null;
	return {
		chars,
		end: i
	};
}
function findIbans(original) {
	const text = foldWidthAndDigits(original);
	const out = [];
	const re = new RegExp(START.source, "g");
	let match;
	while ((match = re.exec(text)) !== null) {
		const written = match[1] + match[2];
		if (written !== "NO" && written.toUpperCase() === "NO" && match[0].length > 4) continue;
		const country = written.toUpperCase();
		const length = LENGTHS$1.get(country);
		if (length === void 0) continue;
		const bban = readBban(text, match.index + match[0].length, length - 4);
		if (!bban || !/\d/.test(bban.chars)) continue;
		if (!plausibleIban(country + match[3] + bban.chars.toUpperCase())) continue;
		out.push({
			start: match.index,
			end: bban.end
		});
		re.lastIndex = bban.end;
	}
	return out;
}
var LENGTHS$1, SEPARATOR$1, isAlnum, MAX_SEPARATOR_RUN, START, ibanRule;
var init_iban = __esmMin((() => {
	init_fold_text();
	LENGTHS$1 = new Map(Object.entries(getCountrySpecifications()).flatMap(([code, spec]) => spec.chars ? [[code, spec.chars]] : []));
	SEPARATOR$1 = /[ \t\u00a0.\-/\r\n]/;
	isAlnum = (ch) => ch >= "0" && ch <= "9" || ch >= "A" && ch <= "Z" || ch >= "a" && ch <= "z";
	MAX_SEPARATOR_RUN = 8;
	START = /(?<![A-Za-z0-9.])([A-Za-z])\.?([A-Za-z])[ \t\u00a0.-]{0,2}(\d{2})/g;
	ibanRule = {
		id: "iban",
		kind: "iban",
		level: "standard",
		priority: 70,
		description: "IBAN (ibantools: registry and non-registry countries, lengths, BBAN format, mod 97) read through any separators people type between groups — spaces, dots, dashes, a line break — in any case",
		find: findIbans
	};
}));
// src/core/redaction/rules/financial.ts
/**
* Lengths issued for this number's issuer range: braintree's maintained table (`credit-card-type`: Visa, Mastercard,
* Amex, Diners, Discover, JCB, UnionPay, Maestro, Mir, Elo, Hiper, Hipercard, Troy, Verve, Naranja), and our own
* for the schemes it lacks (UATP, RuPay, BC Card, UnionPay 81, older 13-digit Visa, JCB 15, Diners 15–18; round 12:
* the national networks UzCard, Humo, Napas and GPN).
*/
function issuerLengths(d) {
	const iin = d.slice(0, 8);
	let lengths = iinLengths.get(iin);
	if (lengths === void 0) {
		const all = new Set(otherIssuerLengths(d));
		for (const type of creditCardType(iin)) for (const length of type.lengths) all.add(length);
		lengths = [...all];
		if (iinLengths.size > 5e3) iinLengths.clear();
		iinLengths.set(iin, lengths);
	}
	return lengths;
}
/** Issuer ranges credit-card-type does not list; a 15-digit number starting with 4 is an IMEI, not a Visa. */
function otherIssuerLengths(d) {
	const n2 = Number(d.slice(0, 2));
	const n4 = Number(d.slice(0, 4));
	const n6 = Number(d.slice(0, 6));
	if (d.startsWith("1946")) return [
		16,
		18,
		19
	];
	if (d[0] === "1") return [15];
	if (d[0] === "4") return [
		13,
		16,
		19
	];
	if (n2 === 34 || n2 === 37) return [15];
	if (n4 >= 3e3 && n4 <= 3059 || n4 === 3095 || n2 === 36 || n2 === 38 || n2 === 39) return [
		14,
		15,
		16,
		17,
		18,
		19
	];
	if (n4 >= 3528 && n4 <= 3589) return [
		15,
		16,
		17,
		18,
		19
	];
	if (n4 >= 2200 && n4 <= 2204) return [
		16,
		17,
		18,
		19
	];
	if (n6 >= 222100 && n6 <= 272099) return [16];
	if (n2 >= 51 && n2 <= 55) return [16];
	if (d[0] === "5" || d[0] === "6") return [
		12,
		13,
		14,
		15,
		16,
		17,
		18,
		19
	];
	if (n2 >= 81 && n2 <= 82) return [
		16,
		17,
		18,
		19
	];
	if (n2 === 94) return [16];
	if (n4 === 9792) return [16];
	if (n4 === 8600 || n4 === 9860) return [16];
	if (n4 === 9704) return [16, 19];
	if (d[0] === "7") return [
		16,
		17,
		18,
		19
	];
	return [];
}
/** Digits grouped the way cards are printed: in fours (last group shorter), Amex/Diners 4-6-5 / 4-6-4, or not at all. */
function cardGrouping(value) {
	const separators = new Set(value.replace(/\d/g, ""));
	if (separators.size === 0) return true;
	if (separators.size > 1) return false;
	const groups = value.split(/[ -]/).map((g) => g.length);
	if (groups.length === 3 && groups[0] === 4 && groups[1] === 6 && (groups[2] === 4 || groups[2] === 5)) return true;
	return groups.slice(0, -1).every((g) => g === 4) && groups[groups.length - 1] >= 1 && groups[groups.length - 1] <= 4 || groups.length === 5 && groups.slice(0, 4).every((g) => g === 4) && groups[4] <= 3;
}
/**
* Fleet and local cards are printed in their issuer's own groups (`7050 15605297 00114`, `70501 501021600 378`): any
* two to five groups of three to nine digits count when the text names a card (Luhn and the issuer range still hold).
*/
function issuerGrouping(value) {
	const groups = value.split(/[ -]/);
	return new Set(value.replace(/\d/g, "")).size === 1 && groups.length >= 2 && groups.length <= 5 && groups.every((g) => g.length >= 3 && g.length <= 9);
}
function acceptCard(value, at, text) {
	const digits = digitsOf(value);
	if (digits.length < 12 || digits.length > 19) return false;
	if (/^(\d)\1+$/.test(digits)) return false;
	const named = CARD_WORDS.test(before(text, at, 40));
	if (!cardGrouping(value) && !(named && issuerGrouping(value) && luhnValid(digits))) return false;
	if (!issuerLengths(digits).includes(digits.length)) return false;
	if (!/[ -]/.test(value) && digits.length < 15 && !named && !PAYMENT_WORDS.test(before(text, at, 40))) return false;
	return luhnValid(digits);
}
function continuesGroups(text, start, end) {
	const sep = /[ -]/.exec(text.slice(start, end))?.[0];
	if (sep === void 0) return false;
	const [before, after] = CONTINUES[sep];
	return before.test(text.slice(Math.max(0, start - 6), start)) || after.test(text.slice(end, end + 6));
}
/**
* Each candidate run is tried whole, then from each of its group starts with each group end, longest first: a
* rejected run (two cards in a row, a card after an order number) must not hide the card inside it. The run is at
* most 24 characters, so a start position is looked at a bounded number of times.
*/
function* findCards(text) {
	const re = new RegExp(CARD_RUN.source, "g");
	let match;
	while ((match = re.exec(text)) !== null) {
		const run = match[0];
		const at = match.index;
		if (!continuesGroups(text, at, at + run.length) && acceptCard(run, at, text)) {
			yield {
				start: at,
				end: at + run.length
			};
			continue;
		}
		if (!/[ -][1-9]\d{3}/.test(run)) continue;
		const starts = [0];
		const ends = [];
		for (const sep of run.matchAll(/[ -]+/g)) {
			ends.push(sep.index);
			const next = sep.index + sep[0].length;
			if (/^[1-9]\d{3}/.test(run.slice(next, next + 4))) starts.push(next);
		}
		ends.push(run.length);
		let found = null;
		for (const s of starts) {
			for (let e = ends.length - 1; e >= 0 && !found; e--) {
				const end = ends[e];
				if (end - s < 12) break;
				if (s === 0 && end === run.length || continuesGroups(text, at + s, at + end)) continue;
				if (acceptCard(run.slice(s, end), at + s, text)) found = {
					start: at + s,
					end: at + end
				};
			}
			if (found) break;
		}
		if (found) {
			yield found;
			re.lastIndex = found.end;
		} else if (starts.length > 1) re.lastIndex = at + starts[1];
	}
}
var CARD_WORDS, iinLengths, PAYMENT_WORDS, CONTINUES, CARD_RUN, card, financialRules;
var init_financial = __esmMin((() => {
	init_checks();
	init_iban();
	init_regex_rule();
	CARD_WORDS = /(?:card|carte|tarjeta|kart|cartão|cartao|carta|kaart|kort|visa|master ?card|amex|american express|maestro|unionpay|union pay|jcb|diners|discover|mir|rupay|elo|hipercard|routex|fleet|\bcc\b|\bpan\b|карт|κάρτ|thẻ|บัตร|بطاق|کارت|כרטיס|カード|卡|카드)/i;
	iinLengths = /* @__PURE__ */ new Map();
	PAYMENT_WORDS = /(?:paid|pay|payment|charged?|checkout|billing|refund|bezahlt|zahlung|payé|paiement|pagado|pago|pagamento|pagato)\b/i;
	CONTINUES = {
		" ": [/(?:^|[^\d-])\d{4} $/, /^ \d{4}(?:$|[^\d-])/],
		"-": [/(?:^|[^\d ])\d{4}-$/, /^-\d{4}(?:$|[^\d ])/]
	};
	CARD_RUN = /(?<![\dA-Za-z.-])(?<!\d,)[1-9][\d -]{10,22}\d(?!\d|[.-]\d|,\d{2}(?![\d/.-]))/g;
	card = {
		id: "payment-card",
		kind: "payment_card",
		level: "standard",
		priority: 70,
		description: "Card number: issuer range (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro 12–19, Mir, RuPay, UATP…) with its lengths, card grouping, Luhn valid (UnionPay also without); several in a row each found",
		find: findCards
	};
	financialRules = [card, ibanRule];
}));
// src/core/redaction/rules/network.ts
/**
* An all-single-digit quad (4.2.1.3) is a section or version far more often, unless something says it is an address:
* a CIDR suffix (`1.1.1.2/25`), an IP word beside it (`8.8.8.8 is the ip address`, `DNS: 9.9.9.9`), or an access-log
* line it opens (`1.2.3.4 - - [29/Nov/2026…`).
*/
function singleDigitQuadIsAddress(text, start, end) {
	if (/^\/(?:[12]?\d|3[0-2])(?!\d)/.test(text.slice(end, end + 4))) return true;
	if (/^ - \S{1,40} \[/.test(text.slice(end, end + 48))) return true;
	return IP_WORDS.test(text.slice(Math.max(0, start - 30), start)) || IP_WORDS.test(text.slice(end, end + 30));
}
function keptIpv4(value, text, start) {
	const [a, b, c, d] = value.split(".").map(Number);
	if (a === 127 || a === 0 || a === 255) return true;
	if ([
		a,
		b,
		c,
		d
	].every((n) => n !== void 0 && n < 10)) return text === void 0 || start === void 0 || !singleDigitQuadIsAddress(text, start, start + value.length);
	if (c === 0 && d === 0) return true;
	if (a === 192 && b === 0 && c === 2) return true;
	if (a === 198 && b === 51 && c === 100) return true;
	if (a === 203 && b === 0 && c === 113) return true;
	return false;
}
function validIpv6(written) {
	const quad = new RegExp(`^(.*:)(${OCTET}(?:\\.${OCTET}){3})$`).exec(written);
	const value = quad ? `${quad[1]}0:0` : written;
	if (quad && keptIpv4(quad[2])) return false;
	const halves = value.split("::");
	if (halves.length > 2) return false;
	const groups = halves.flatMap((h) => h === "" ? [] : h.split(":"));
	if (groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return false;
	if (halves.length === 1 ? groups.length !== 8 : groups.length > 7 || groups.length < 2) return false;
	if (!/\d/.test(value)) return false;
	if (!quad && groups.slice(0, -1).every((g) => /^0+$/.test(g)) && /^0*[01]$/.test(groups[groups.length - 1] ?? "")) return false;
	if (halves[0] !== "" && parseInt(groups[0] ?? "", 16) === 8193 && parseInt(groups[1] ?? "", 16) === 3512) return false;
	if (halves.length === 2 && halves[0] === "" && groups.length === 1) return false;
	return true;
}
var OCTET, VERSION_CONTEXT, CAMEL_VERSION, PRODUCT_OR_OID, IP_WORDS, ipv4, IPV6_CANDIDATE, ZONE, ipv6, networkRules;
var init_network = __esmMin((() => {
	init_phones();
	init_regex_rule();
	OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
	VERSION_CONTEXT = /(?:(?:^|[^a-z])(?:version|ver\.?|release|build|firmware|section|chapter|clause|step|v)|§|==|>=|<=|~=|\^|~)\s{0,2}[:=(]?\s{0,2}["']?$/;
	CAMEL_VERSION = /(?:[a-z]Version|_[Vv]ersion|_VERSION)[\s:=("']{0,4}$/;
	PRODUCT_OR_OID = /(?:^|[\s(;,"'])[A-Za-z][\w.-]{0,40}\/$|(?:^|[^a-z])(?:oid|urn:oid:)[\s:="']{0,3}$/;
	IP_WORDS = /(?:^|[^\p{L}])(?:ip|ipv4|ip-adress\p{L}*|ip-адрес\p{L}*)(?![\p{L}])/iu;
	ipv4 = regexRule({
		id: "ipv4",
		kind: "ip_address",
		level: "strict",
		priority: 55,
		description: "IPv4 dotted quad (each octet 0–255), not loopback/netmask/documentation ranges, not after \"version\"",
		pattern: new RegExp(`(?<![\\w.-])${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)`, "g"),
		accept: (value, match, text) => !keptIpv4(value, text, match.index) && !(value.endsWith(".0") && /^\/\d/.test(text.slice(match.index + value.length, match.index + value.length + 2))) && !VERSION_CONTEXT.test(before(text, match.index, 24)) && !PRODUCT_OR_OID.test(before(text, match.index, 48)) && !CAMEL_VERSION.test(text.slice(Math.max(0, match.index - 24), match.index)) && (!phoneWordBefore(text, match.index) || /['"([]\s*$/.test(before(text, match.index, 3)) || /^\/(?:[12]?\d|3[0-2])(?!\d)/.test(text.slice(match.index + value.length, match.index + value.length + 4)) && !value.endsWith(".0"))
	});
	IPV6_CANDIDATE = new RegExp(`(?<![\\w:.])(?:[0-9A-Fa-f]{1,4}:{1,2}|::)(?:[0-9A-Fa-f]{1,4}:{1,2}){0,8}(?:${OCTET}(?:\\.${OCTET}){3}|[0-9A-Fa-f]{0,5})(?![\\w:]|\\.\\w)`, "g");
	ZONE = /^%(?:25)?[\w.-]{1,16}/;
	ipv6 = {
		id: "ipv6",
		kind: "ip_address",
		level: "strict",
		priority: 55,
		description: "IPv6, full or ::-compressed, IPv4-mapped/embedded (::ffff:1.2.3.4), with a zone id, in brackets with a :port, or with a :port after a full address; not ::1 or 2001:db8::/32",
		*find(text) {
			const re = new RegExp(IPV6_CANDIDATE.source, "g");
			let match;
			while ((match = re.exec(text)) !== null) {
				const value = match[0];
				if (validIpv6(value)) {
					const zone = ZONE.exec(text.slice(match.index + value.length, match.index + value.length + 20));
					yield {
						start: match.index,
						end: match.index + value.length + (zone ? zone[0].length : 0)
					};
				} else {
					const port = /^((?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}):\d{1,5}$/.exec(value);
					if (port && validIpv6(port[1])) yield {
						start: match.index,
						end: match.index + port[1].length
					};
				}
			}
		}
	};
	networkRules = [ipv4, ipv6];
}));
// src/core/redaction/rules/password-fields.ts
/** The statement before `at`: back to a line break or `;`, at most 200 characters. */
function statementBefore(text, at) {
	const head = text.slice(Math.max(0, at - 200), at);
	return head.slice(Math.max(head.lastIndexOf("\n"), head.lastIndexOf(";")) + 1);
}
function* fills(text) {
	for (const re of [new RegExp(FILL.source, FILL.flags), new RegExp(TARGET_VALUE.source, TARGET_VALUE.flags)]) {
		let match;
		while ((match = re.exec(text)) !== null) {
			const group = re.source === FILL.source ? 4 : 2;
			const [start, full] = match.indices[group];
			const end = typedText(text, start, full);
			const selector = re.source === FILL.source ? match[2] : void 0;
			if ((selector !== void 0 ? PASSWORD_NAME.test(selector) : PASSWORD_NAME.test(statementBefore(text, match.index))) && typedPassword(text.slice(start, end))) yield {
				start,
				end
			};
		}
	}
	const robot = new RegExp(ROBOT.source, ROBOT.flags);
	let match;
	while ((match = robot.exec(text)) !== null) {
		const [start, end] = match.indices[3];
		if ((match[1] === "Password" || PASSWORD_NAME.test(match[2])) && typedPassword(text.slice(start, end))) yield {
			start,
			end
		};
	}
}
function* nameValues(text, kind) {
	for (const source of [NAME_VALUE, PARAMETER_SHORTHAND]) {
		const re = new RegExp(source.source, source.flags);
		const valueGroup = source === NAME_VALUE ? 3 : 2;
		let match;
		while ((match = re.exec(text)) !== null) {
			const name = match[1];
			const [start, end] = match.indices[valueGroup];
			const value = text.slice(start, end);
			if (PASSWORD_NAME.test(name)) {
				if (kind === "password" && typedPassword(value)) yield {
					start,
					end
				};
				continue;
			}
			const context = keyContextOf(name);
			if (kind === "secret" && context.keyWord && !context.publicWord && looksMachineRandom(value, "keyed")) yield {
				start,
				end
			};
		}
	}
}
function* uciOptions(text) {
	const re = new RegExp(UCI.source, UCI.flags);
	let match;
	while ((match = re.exec(text)) !== null) {
		const [start, end] = match.indices[2];
		if (plausiblePassword(text.slice(start, end))) yield {
			start,
			end
		};
	}
}
var PASSWORD_NAME, NOT_TYPED, FILL, TARGET_VALUE, ROBOT, typedPassword, typedText, NAME_VALUE, PARAMETER_SHORTHAND, UCI, passwordFieldRules;
var init_password_fields = __esmMin((() => {
	init_key_context();
	init_secrets();
	init_token_randomness();
	PASSWORD_NAME = /PASS(?:WORD|WD|PHRASE|CODE)?(?![A-Z])|[Pp]ass(?:word|wd|phrase|code)?(?![a-z])|PWD|[Pp]wd|[Pp]asswort|[Kk]ennwort|[Cc]ontrase[ñn]a|[Ss]enha|[Mm]ot[ _-]?de[ _-]?passe|[Ww]achtwoord|[Hh]as[łl]o|[Hh]eslo|[Pp]arol[aeia]?(?![a-z])|[Ll][öo]senord|[Pp]assord|[Ss]alasana|[Jj]elsz[óo]|[ŞşSs]ifre|[Пп]ароль|密码|密碼|パスワード|비밀번호/;
	NOT_TYPED = /^(?:\{|\$\{|\{\{|%\()/;
	FILL = /(?<![\w$])(?:fill|type|sendKeys|send_keys|setValue|addValue|pressSequentially|fill_in|input_text|fillField|typeText|fillIn)[ \t]{0,2}\(?[ \t]{0,2}(?:(["'`])([^"'`\n]{1,120})\1[ \t]{0,2},[ \t]{0,4}(?:with:[ \t]{0,4})?)?(["'`])([^"'`\n]{1,128})\3/dg;
	TARGET_VALUE = /(?<![\w$])target[ \t]{0,2}:[ \t]{0,2}\{[ \t]{0,2}value[ \t]{0,2}:[ \t]{0,2}(["'`])([^"'`\n]{1,128})\1/dg;
	ROBOT = /(?<=^|\n)[ \t]{0,8}Input[ \t](Password|Text)(?:[ \t]{2,8}|\t)([^\s][^\t\n]{0,120}?)(?:[ \t]{2,8}|\t)([^\s][^\t\n]{0,127}?)[ \t]*(?=\r?\n|$)/dg;
	typedPassword = (value) => plausiblePassword(value) && !NOT_TYPED.test(value);
	typedText = (text, start, end) => {
		const brace = text.indexOf("{", start);
		return brace !== -1 && brace < end && brace > start ? brace : end;
	};
	NAME_VALUE = /(?<![\w$])["']?(?:key|name|Key|Name|ParameterKey|parameterKey|parameter_key|variable|field)["']?[ \t]{0,4}[:=][ \t]{0,4}["']([^"'\n]{1,80})["'][ \t]{0,4}[,;]?[ \t]{0,4}(?:\r?\n[ \t]{0,40}){0,2}["']?(?:value|Value|ParameterValue|parameterValue|parameter_value)["']?[ \t]{0,4}[:=][ \t]{0,4}(["'])([^"'\n]{1,128})\2/dg;
	PARAMETER_SHORTHAND = /(?<![\w$])ParameterKey=([^,\s"']{1,80}),ParameterValue=([^,\s"']{1,128})/dg;
	UCI = /(?<=^|\n)[ \t]{0,8}option[ \t]{1,4}(?:key|sae_password|wpa_passphrase|auth_secret|priv_key_pwd|password)[ \t]{1,4}(["']?)([^\s"']{1,128})\1[ \t]*(?=\r?\n|$)/dg;
	passwordFieldRules = [
		{
			id: "filled-password-field",
			kind: "password",
			level: "secrets",
			priority: 80,
			description: "Round 11: the value test automation types into a field its selector or label names a password (Selenium send_keys, Playwright fill/type, Cypress type, WebdriverIO setValue, Capybara fill_in, Testing Library target value, Robot Framework Input Password)",
			find: (text) => [...fills(text)]
		},
		{
			id: "name-value-password",
			kind: "password",
			level: "secrets",
			priority: 80,
			description: "Round 11: the value of a name/value pair whose name holds a password word (`{\"key\": \"password\", \"value\": …}`, `{\"name\": \"DB_PASSWORD\", \"value\": …}`, Helm set blocks, CloudFormation ParameterKey/ParameterValue)",
			find: (text) => [...nameValues(text, "password")]
		},
		{
			id: "name-value-secret",
			kind: "secret",
			level: "secrets",
			priority: 78,
			description: "Round 11: a machine-random value of a name/value pair whose name holds a key word (`{\"name\": \"STRIPE_TOKEN\", \"value\": …}`)",
			find: (text) => [...nameValues(text, "secret")]
		},
		{
			id: "uci-wifi-key",
			kind: "password",
			level: "secrets",
			priority: 80,
			description: "Round 11: OpenWrt UCI options holding a Wi-Fi key or password (`option key '…'`, `option sae_password '…'`)",
			find: (text) => [...uciOptions(text)]
		}
	];
}));
// src/core/redaction/rules/exec-arrays.ts
function* findIn(text, rules) {
	const re = new RegExp(ARRAY.source, ARRAY.flags);
	let match;
	while ((match = re.exec(text)) !== null) {
		const parts = [];
		let line = "";
		const element = new RegExp(ELEMENT.source, ELEMENT.flags);
		let e;
		while ((e = element.exec(match[0])) !== null) {
			if (line !== "") line += " ";
			parts.push({
				at: match.index + e.index + 1,
				from: line.length,
				length: e[0].length - 2
			});
			line += e[0].slice(1, -1);
		}
		if (parts.length < 2 || !/-/.test(line)) continue;
		for (const rule of rules) for (const span of rule.find(line)) {
			const part = parts.find((p) => span.start >= p.from && span.start < p.from + p.length);
			if (!part) continue;
			const end = Math.min(span.end, part.from + part.length);
			yield {
				start: part.at + span.start - part.from,
				end: part.at + end - part.from
			};
		}
	}
}
function execArrayRule(rules) {
	return {
		id: "exec-array-password",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: `Round 20: a password given to a command written as an array of strings (Docker exec form, Compose healthchecks, Kubernetes args): the strings joined into a command line and read by ${rules.map((r) => r.id).join(", ")}`,
		find: (text) => [...findIn(text, rules)].sort((a, b) => a.start - b.start)
	};
}
var STRING, ARRAY, ELEMENT;
var init_exec_arrays = __esmMin((() => {
	STRING = `"(?:[^"\\\\\\n]|\\\\.){0,256}"|'(?:[^'\\\\\\n]|\\\\.){0,256}'`;
	ARRAY = new RegExp(`\\[[ \\t\\r\\n]{0,8}(?:${STRING})(?:[ \\t]{0,4},[ \\t\\r\\n]{0,16}(?:${STRING})){1,63}[ \\t\\r\\n]{0,8},?[ \\t\\r\\n]{0,8}\\]`, "g");
	ELEMENT = new RegExp(STRING, "g");
}));
// src/core/redaction/rules/password-tools.ts
/** Cells of one line split at `delimiter`, CSV quotes honoured; each with its offsets (quotes and spaces trimmed). */
function cells(line, at, delimiter) {
	const out = [];
	let i = 0;
	if (delimiter === "|") {
		const trimmed = line.replace(/^[ \t]*\|/, "");
		i = line.length - trimmed.length;
		line = line.replace(/\|[ \t]*$/, "");
	}
	while (i <= line.length) {
		let start = i;
		let end;
		if (line[i] === "\"" && delimiter !== "|") {
			const close = line.indexOf("\"", i + 1);
			if (close === -1) return [];
			start = i + 1;
			end = close;
			i = close + 1;
			while (i < line.length && line[i] !== delimiter) i++;
		} else {
			const next = line.indexOf(delimiter, i);
			end = next === -1 ? line.length : next;
			i = end;
		}
		while (start < end && /[ \t]/.test(line[start])) start++;
		while (end > start && /[ \t]/.test(line[end - 1])) end--;
		out.push({
			start: at + start,
			end: at + end
		});
		i++;
	}
	return out;
}
function* findColumns(text) {
	const re = /pass|pwd|pw|psw|mdp|contrase|senha|clave|wachtw|l[öo]senord|adgangskode|salasana|has[łl]o|heslo|jelsz|parol|[şs]ifre|lozinka|geslo|пароль|лозинка|κωδικός|סיסמה|كلمة المرور|رمز عبور|パスワード|密码|密碼|비밀번호|รหัสผ่าน|mật khẩu|kata sandi|kennwort/giu;
	let match;
	while ((match = re.exec(text)) !== null) {
		const back = text.slice(Math.max(0, match.index - 401), match.index);
		const lineStart = match.index - back.length + back.lastIndexOf("\n") + 1;
		const ahead = text.indexOf("\n", match.index);
		const lineEnd = ahead === -1 ? text.length : ahead;
		re.lastIndex = lineEnd;
		if (lineStart === match.index - back.length && lineStart > 0 || lineEnd - lineStart > 400) continue;
		const header = text.slice(lineStart, lineEnd).replace(/\r$/, "");
		const delimiter = DELIMITERS.find((d) => header.includes(d));
		if (!delimiter) continue;
		const heads = cells(header, lineStart, delimiter);
		const names = heads.map((c) => text.slice(c.start, c.end).replace(/^["']|["']$/g, ""));
		if (names.length < 2 || !names.every((n) => n === "" || LABEL_CELL.test(n))) continue;
		const column = names.findIndex((n) => PASSWORD_CELL.test(n));
		if (column === -1 || names.filter((n) => n !== "").length < 2) continue;
		let at = lineEnd + 1;
		for (let row = 0; row < 500 && at < text.length; row++) {
			let end = text.indexOf("\n", at);
			if (end === -1) end = text.length;
			if (end - at > 2e3) break;
			const line = text.slice(at, end).replace(/\r$/, "");
			if (delimiter === "|" && /^[ \t]*\|?[ \t:|-]+$/.test(line) && line.includes("-")) {
				at = end + 1;
				continue;
			}
			const row_ = cells(line, at, delimiter);
			if (line.trim() === "" || Math.abs(row_.length - heads.length) > 1 || row_.length <= column) break;
			const cell = row_[column];
			const value = text.slice(cell.start, cell.end);
			if (plausiblePassword(value) && !/\s/.test(value) && value.length <= 128) yield cell;
			at = end + 1;
		}
		re.lastIndex = Math.max(re.lastIndex, at);
	}
}
function* findListItems(text) {
	const re = new RegExp(LIST_HEAD.source, "gi");
	let match;
	while ((match = re.exec(text)) !== null) {
		let at = match.index + match[0].length;
		for (let row = 0; row < 200 && at < text.length; row++) {
			let end = text.indexOf("\n", at);
			if (end === -1) end = text.length;
			if (end - at > 300) break;
			const item = /^([ \t]{0,24})-[ \t]{1,4}(["']?)([^\s"'#][^"'\n]{0,126}?)\2[ \t]*\r?$/.exec(text.slice(at, end));
			if (!item || item[1].length < match[1].length) break;
			const value = item[3];
			if (plausiblePassword(value) && !/\s/.test(value)) {
				const start = at + item[1].length + item[0].slice(item[1].length).indexOf(value);
				yield {
					start,
					end: start + value.length
				};
			}
			at = end + 1;
		}
		re.lastIndex = Math.max(re.lastIndex, at);
	}
}
var TOOL_FLAG, SECRETS_FILES, passwordToolRules, PASSWORD_CELL, LABEL_CELL, DELIMITERS, LIST_HEAD;
var init_password_tools = __esmMin((() => {
	init_regex_rule();
	init_secrets();
	TOOL_FLAG = "(?:ldap(?:search|modify|add|delete|modrdn|compare|whoami|passwd|exop|url)[^\\n|;&]{0,200}?(?<=[ \\t])-w|(?:zip|zipcloak|unzip|funzip|ipmitool|cqlsh|rdesktop|smbpasswd|vncviewer|mosquitto_(?:pub|sub|passwd)|pg_basebackup|sqsh|isql|tsql|bsqldb|nxc|crackmapexec|netexec|evil-winrm|hydra)\\b[^\\n|;&]{0,200}?(?<=[ \\t])(?:-P|-p|--password)|openssl[ \\t]{1,4}(?:enc|aes-\\d+-\\w+|des3|bf|rc4|chacha20)\\b[^\\n|;&]{0,200}?(?<=[ \\t])-k|schtasks\\b[^\\n|;&]{0,200}?(?<=[ \\t])\\/RP|ssh-keygen\\b[^\\n|;&]{0,200}?(?<=[ \\t])-[NP]|nmcli\\b[^\\n|;&]{0,200}?(?<=[ \\t])(?:(?:wifi-sec|802-11-wireless-security)\\.(?:psk|wep-key[0-3]|leap-password)|802-1x\\.(?:password|private-key-password|pin)|(?:gsm|cdma|pppoe)\\.password))[ \\t]{1,4}";
	SECRETS_FILES = [
		/(?<=^|\n)[ \t]{0,8}(?:\[[^\]\s]{1,253}\](?::\d{1,5})?|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}:\d{1,5})[ \t]{1,8}[^\s:]{1,128}:([^\s]{1,128})(?=[ \t]*(?:\r?\n|$))/dg,
		/(?<=^|\n)[ \t]{0,8}"?[^\s"#]{1,64}"?[ \t]{1,8}\*[ \t]{1,8}"?([^\s"]{1,128})"?(?=[ \t]{1,8}(?:\*|""|[\d.]{7,15}))/dg,
		/(?:(?<![\w-])cat[ \t]{1,4}[^\n]{0,100}?(?:auth|pass|cred|login|secret)[^\s/]{0,40}\.(?:txt|conf|cfg|creds)|auth[-_]user[-_]pass(?:[ \t]{1,4}\S{1,100})?|(?<=^|\n)[ \t]{0,8}(?:#|\/\/|;)?[ \t]{0,4}[^\s]{0,100}\/[^\s/]{0,40}(?:auth|pass|cred|login|secret)[^\s/]{0,40}\.(?:txt|conf|cfg|creds):)(?:[ \t]*\r?\n[ \t]*(?:#|\/\/|;)[^\n]{0,200})?[ \t]*\r?\n[ \t]*[^\s#;]{1,64}[ \t]*\r?\n[ \t]*([^\s]{4,128})(?=[ \t]*(?:\r?\n|$))/dg,
		/<(?:\w{0,40}(?:[Pp]assword|PASSWORD|[Pp]asswd|[Pp]assphrase)\w{0,40}|\w{1,40}[ \t\r\n][^<>]{0,200}?(?<=[ \t\r\n])(?:name|key|Name|Key)=["'][\w.-]{0,40}(?:[Pp]assword|PASSWORD|[Pp]asswd|[Pp]assphrase)["'])(?:[ \t\r\n][^<>]{0,200})?>[ \t\r\n]{0,200}<(?:Value|value|string)>([^<>\n]{1,256})<\//dg,
		/<key>[^<\n]{0,40}(?:[Pp]assword|PASSWORD|[Pp]asswd|[Pp]assphrase)[^<\n]{0,40}<\/key>[ \t\r\n]{0,200}<string>([^<>\n]{1,256})<\/string>/dg,
		/<(?:[Kk]eyMaterial|[Pp]reSharedKey|[Pp]sk|PSK|[Pp]assPhrase|[Pp]assphrase)>[ \t]{0,8}([^<>\s]{1,256})[ \t]{0,8}<\//dg
	].map((pattern, i) => regexRule({
		id: `secrets-file-${i}`,
		kind: "password",
		level: "secrets",
		description: "",
		pattern,
		group: 1,
		accept: plausiblePassword
	}));
	passwordToolRules = [
		regexRule({
			id: "tool-password-flag",
			kind: "password",
			level: "secrets",
			priority: 80,
			description: "The password option of tools whose flag is a letter of their own: `ldapsearch -w`, `zip -P`, `ipmitool -P`, `cqlsh -p`, `rdesktop -p`, `openssl enc -k`, `schtasks /RP`, glued `7z -pX` / `unrar -pX`, `xfreerdp /p:X`, `lftp -u user,X`, `wpa_passphrase SSID X`, (round 12) `networksetup -setairportnetwork dev SSID X`, (round 15) `nmcli … wifi-sec.psk X`, (round 19) `ssh-keygen -N X` / `-P X`, `netsh wlan … key=X`",
			pattern: new RegExp(`(?<![\\w-])(?:${TOOL_FLAG}|(?:7z|7za|7zr|7zz|rar|unrar)\\b[^\\n|;&]{0,200}?(?<=[ \\t])-p(?=[^\\s-])|(?:xfreerdp|wlfreerdp|sdl-freerdp)\\b[^\\n|;&]{0,200}?(?<=[ \\t])[/-]p:|lftp\\b(?:"[^"\\n]{0,160}"|'[^'\\n]{0,160}'|[^\\n|;&"']){0,200}?(?<=[ \\t])-u[ \\t]{1,4}["']?[^\\s,"']{1,64},|netsh[ \\t]{1,4}wlan\\b[^\\n|;&]{0,200}?(?<=[ \\t])key=|(?:wpa_passphrase|networksetup[ \\t]{1,4}-setairportnetwork[ \\t]{1,4}[^\\s]{1,32})[ \\t]{1,4}(?:"[^"\\n]{1,64}"|'[^'\\n]{1,64}'|[^\\s"']{1,64})[ \\t]{1,4})(["']?)([^\\s"']{1,128})\\1`, "dg"),
			group: 2,
			accept: (v) => plausiblePassword(v) && !/^-/.test(v)
		}),
		regexRule({
			id: "ipsec-secret",
			kind: "secret",
			level: "secrets",
			priority: 80,
			description: "strongSwan/Libreswan ipsec.secrets: the quoted secret after `PSK`, `XAUTH`, `EAP`, `NTLM` or `PIN` (`: PSK \"…\"`, `user : EAP \"…\"`)",
			pattern: /(?<=(?:^|\n)[^\n]{0,200}?:[ \t]{0,4})(?:PSK|XAUTH|EAP|NTLM|PIN)[ \t]{1,4}(["'])([^"'\n]{1,256})\1/dg,
			group: 2,
			accept: plausiblePassword
		}),
		regexRule({
			id: "wifi-qr-password",
			kind: "password",
			level: "secrets",
			priority: 80,
			description: "The `P:` field of a Wi-Fi QR code (`WIFI:T:WPA;S:name;P:…;;`, ZXing's format; `\\;` escapes kept inside)",
			pattern: /WIFI:[^\n]{0,120}?(?<=[:;])P:((?:\\[;,:\\"]|[^;\n\\]){1,128});/dg,
			group: 1,
			accept: plausiblePassword
		}),
		regexRule({
			id: "expect-send-password",
			kind: "password",
			level: "secrets",
			priority: 80,
			description: "An `expect` script answering a password or passphrase prompt: `expect \"Password:\"` then `send \"…\\r\"`",
			pattern: /expect[ \t]{1,4}(?:-[a-z]{1,3}[ \t]{1,4})?["'{][^\n]{0,40}?(?:assword|asswort|assphrase|PASSWORD|PIN)[^\n]{0,40}\r?\n[ \t]{0,12}send[ \t]{1,4}(?:--[ \t]{1,4})?["'{]((?:\\[^rn]|[^"'}\\\n]){1,128})(?:\\r|\\n)?["'}]/dg,
			group: 1,
			accept: plausiblePassword
		}),
		{
			id: "secrets-file-password",
			kind: "password",
			level: "secrets",
			priority: 80,
			description: "Round 10: secrets files of a fixed layout — Postfix `sasl_passwd` (`[relay]:587 user:pw`), PPP `chap-secrets`/`pap-secrets` (`\"user\" * \"pw\" *`), a two-line credentials file shown with `cat` or named by `auth-user-pass` (OpenVPN: the user, then the password), a password element holding `<Value>` (unattend.xml), a property list `<key>Password</key><string>…</string>`",
			*find(text) {
				yield* SECRETS_FILES.flatMap((layout) => [...layout.find(text)]).sort((a, b) => a.start - b.start);
			}
		},
		{
			id: "password-list-items",
			kind: "password",
			level: "secrets",
			priority: 76,
			description: "Round 10: every item of a YAML list under a key naming passwords (`hardcoded_passwords:` then `- \"…\"` lines); the assignment scanner reads only the first",
			find: (text) => [...findListItems(text)]
		},
		{
			id: "password-column",
			kind: "password",
			level: "secrets",
			priority: 76,
			description: "The cells of a table column headed by a password word (`password`, `login_password`, `Passwort`, `contraseña`, `пароль`…): CSV exports of password managers and browsers, Markdown, tab- and semicolon-separated tables",
			find: (text) => [...findColumns(text)]
		}
	];
	PASSWORD_CELL = /^(?:[\p{L}]+[ _.-])?(?:pass(?:word|wd|phrase|code)?|pwd|pw|psw|passwort|kennwort|mot de passe|mdp|contrase[ñn]a|contrasenya|senha|clave|wachtwoord|l[öo]senord|passord|adgangskode|salasana|has[łl]o|heslo|jelsz[óo]|parol[aăe]?|parool|[şs]ifre|lozinka|geslo|пароль|лозинка|κωδικός|סיסמה|كلمة المرور|رمز عبور|パスワード|密码|密碼|비밀번호|รหัสผ่าน|mật khẩu|kata sandi)$/iu;
	LABEL_CELL = /^[\p{L}][\p{L}\p{N} _./-]{0,40}$/u;
	DELIMITERS = [
		",",
		";",
		"	",
		"|"
	];
	LIST_HEAD = /(?<=^|\n)([ \t]{0,16})[\w.-]{0,40}(?:passw(?:or)?ds?|passwd|pwds?|passphrases?):[ \t]*\r?\n/gi;
}));
// src/core/redaction/rules/password-stdin.ts
function* find$8(text) {
	for (const [re, groups] of [
		[PIPED, [3, 4]],
		[FED, [
			1,
			2,
			3,
			6
		]],
		[SUBSTITUTED, [
			2,
			3,
			4
		]],
		[COMMANDED, [
			1,
			2,
			3,
			4
		]]
	]) for (const match of text.matchAll(re)) {
		const group = groups.find((g) => match[g] !== void 0);
		if (group === void 0) continue;
		const end = match.indices[group][1];
		let start = match.indices[group][0];
		if (/chpasswd/.test(match[0]) || /\|[ \t]{0,4}(?:sudo[ \t]+)?chpasswd/.test(text.slice(end, end + 40))) {
			const colon = text.slice(start, end).indexOf(":");
			if (colon <= 0) continue;
			start += colon + 1;
		}
		const value = text.slice(start, end);
		if (re === PIPED && group === 4 && !passwordTokenShape(value, "next")) continue;
		if (plausiblePassword(value) && !/^["'$`]|^\(|\$\(|^<</.test(value)) yield {
			start,
			end
		};
	}
}
var READER, PIPED, FED, SUBSTITUTED, COMMANDED, passwordStdinRules;
var init_password_stdin = __esmMin((() => {
	init_secrets();
	init_password_shape();
	READER = "(?:--password-stdin|--pass(?:word|wd|phrase)?(?:-on|-from)?-stdin|(?<=[ \\t])-S(?![\\w-])|--stdin|(?:docker|podman)[ \\t]+secret[ \\t]+create[ \\t][^\\n|]{0,80}[ \\t]-(?=[ \\t]|$)|(?:gh|wrangler|flyctl|fly)[ \\t]+secrets?[ \\t]+(?:set|put|import)|vncpasswd[ \\t]{1,4}-f|smbpasswd\\b[^\\n|]{0,80}?[ \\t]-[a-zA-Z]{0,3}s(?![\\w-])|htpasswd\\b[^\\n|]{0,80}?[ \\t]-[a-zA-Z]{0,3}i(?![\\w-])|(?<![\\w-])kinit\\b|(?<![\\w-])chpasswd\\b|--passphrase-fd[ \\t=]{1,4}0(?![\\w-])|-pass(?:in|out)?[ \\t]{1,4}stdin\\b|--key-file[ \\t=]{1,4}-(?![\\w-])|(?<![\\w-])vault[ \\t]+login\\b[^\\n|]{0,80}?[ \\t]-(?=[ \\t]|$)|(?<=[ \\t,=])pass(?:word|wd)_stdin(?![\\w-])|(?<![\\w-])--(?:set|new|change|reset|update)-?pass(?:word|wd|phrase)(?![\\w-])(?=[ \\t]*(?:$|\\r?\\n|[|;&<]|<<)))";
	PIPED = new RegExp(`(?<![\\w-])(?:echo|printf)[ \\t]{1,4}(?:-[neE][ \\t]{1,4})?(?:(["'])%s(?:\\\\n)?\\1[ \\t]{1,4})?(?:(["'])([^"'\\n]{1,128})\\2|([^\\s"'|;&<>()$\`\\\\]{1,128}))[ \\t]{0,4}\\|[ \\t]{0,4}(?=[^\\n|]{0,120}?${READER})`, "dg");
	FED = new RegExp(`${READER}[^\\n|;&<>]{0,120}?(?:<<<[ \\t]{0,4}(?:"([^"\\n]{1,128})"|'([^'\\n]{1,128})'|([^\\s"'|;&<>()]{1,128}))|<<-?[ \\t]{0,2}(["']?)([A-Za-z_]\\w{0,19})\\4[^\\n]{0,80}\\r?\\n[ \\t]{0,12}([^\\n]{1,128}?)[ \\t]*\\r?\\n[ \\t]{0,12}\\5(?![\\w]))`, "dg");
	SUBSTITUTED = /* @__PURE__ */ new RegExp("(?:(?<![\\w-])--?[\\w-]{0,30}(?:pass(?:word|wd|phrase)?|key|secret|credentials?)[\\w-]{0,12}-?file|(?<![\\w-])sshpass[ \\t]{1,4}-f|(?<=[ \\t])-pass(?:in|out)?[ \\t]{1,4}file:)(?:[ \\t]{1,4}|=|(?<=file:))<\\([ \\t]{0,4}(?:echo|printf)[ \\t]{1,4}(?:-[neE]{1,3}[ \\t]{1,4})?(?:([\"'])%s(?:\\\\n)?\\1[ \\t]{1,4})?(?:\"([^\"\\n]{1,128})\"|'([^'\\n]{1,128})'|([^\\s\"'|;&<>()]{1,128}))[ \\t]{0,4}\\)", "dg");
	COMMANDED = /* @__PURE__ */ new RegExp("(?<![\\w-])(?:PassCmd|passwordeval|[A-Z]{1,20}_PASS(?:WORD)?_?COMMAND|BORG_PASSCOMMAND|[\\w-]{0,20}pass(?:word)?[_-]?(?:command|cmd|eval))[ \\t]{0,4}[=:]?[ \\t]{0,4}(?:\"[ \\t]{0,4}(?:echo|printf)[ \\t]{1,4}(?:-[neE]{1,3}[ \\t]{1,4})?(?:'([^'\\n]{1,128})'|([^\\s\"'|;&<>()$`]{1,128}))[ \\t]{0,4}\"|'[ \\t]{0,4}(?:echo|printf)[ \\t]{1,4}(?:-[neE]{1,3}[ \\t]{1,4})?(?:\"([^\"\\n]{1,128})\"|([^\\s\"'|;&<>()$`]{1,128}))[ \\t]{0,4}')", "dg");
	passwordStdinRules = [{
		id: "stdin-password",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "Password or secret fed to a program that reads it from stdin (docker login --password-stdin, sudo -S, passwd --stdin, vncpasswd -f, smbpasswd -s, htpasswd -i, chpasswd, kinit, gpg --passphrase-fd 0, openssl -passin stdin, cryptsetup --key-file -, docker secret create NAME -, gh/wrangler/fly secret set): piped from echo/printf, by here-string (`<<< \"…\"`) or by a one-line here-document; (round 18) a password file made by process substitution (`--password-file=<(echo …)`, `--vault-password-file <(echo \"…\")`, `sshpass -f <(…)`, `-passin file:<(…)`), and a password command that echoes it (mbsync `PassCmd \"echo …\"`, msmtp `passwordeval`, `RESTIC_PASSWORD_COMMAND`, `BORG_PASSCOMMAND`)",
		find: (text) => [...find$8(text)].sort((a, b) => a.start - b.start)
	}];
}));
// src/core/redaction/rules/password-arguments.ts
function* qpdfPasswords(text) {
	const re = new RegExp(QPDF.source, QPDF.flags);
	let match;
	while ((match = re.exec(text)) !== null) for (const group of [1, 2]) {
		const [start, end] = match.indices[group];
		const quoted = /^["']/.test(match[group]);
		const value = quoted ? match[group].slice(1, -1) : match[group];
		if (plausiblePassword(value)) yield quoted ? {
			start: start + 1,
			end: end - 1
		} : {
			start,
			end
		};
	}
}
var BEFORE_SPACED, BEFORE_GLUED, QPDF_ARG, QPDF, PROMPT_ANSWER, MOUNT_USER, passwordArgumentRules;
var init_password_arguments = __esmMin((() => {
	init_regex_rule();
	init_secrets();
	init_token_randomness();
	init_password_shape();
	BEFORE_SPACED = [
		"poetry[ \\t]{1,4}config[ \\t]{1,4}(?:--?[\\w-]{1,20}[ \\t]{1,4}){0,3}http-basic\\.[^\\s]{1,100}[ \\t]{1,4}[\"']?[^\\s\"'-][^\\s\"']{0,99}[\"']?",
		"composer[ \\t]{1,4}config[ \\t]{1,4}(?:--?[\\w-]{1,20}[ \\t]{1,4}){0,3}http-basic\\.[^\\s]{1,100}[ \\t]{1,4}[\"']?[^\\s\"'-][^\\s\"']{0,99}[\"']?",
		"mc(?:li)?[ \\t]{1,4}(?:alias[ \\t]{1,4}set|config[ \\t]{1,4}host[ \\t]{1,4}add)[ \\t]{1,4}(?:--?[\\w-]{1,20}[ \\t]{1,4}){0,3}[^\\s-][^\\s]{0,63}[ \\t]{1,4}[a-z][a-z0-9+.-]{1,20}:\\/\\/[^\\s]{1,200}[ \\t]{1,4}[\"']?[^\\s\"'-][^\\s\"']{0,127}[\"']?",
		"mc(?:li)?[ \\t]{1,4}admin[ \\t]{1,4}user[ \\t]{1,4}add[ \\t]{1,4}[^\\s-][^\\s]{0,63}[ \\t]{1,4}[\"']?[^\\s\"'-][^\\s\"']{0,127}[\"']?",
		"rabbitmqctl[ \\t]{1,4}authenticate_user[ \\t]{1,4}[\"']?[^\\s\"'-][^\\s\"']{0,63}[\"']?",
		"(?:user|owner)_pw(?<=pdftk\\b[^\\n|;&]{0,300}[ \\t](?:user|owner)_pw)",
		"rclone[ \\t]{1,4}obscure",
		"(?:isql|iusql)(?:[ \\t]{1,4}-[A-Za-z0-9]{1,12}){0,4}[ \\t]{1,4}[^\\s\"'-][^\\s\"']{0,63}[ \\t]{1,4}[\"']?[^\\s\"'-][^\\s\"']{0,63}[\"']?",
		"smbclient(?:[ \\t]{1,4}-[A-Za-z]{1,12}(?:[ \\t]{1,4}[^\\s/-][^\\s]{0,63})?){0,3}[ \\t]{1,4}[\"']?(?:\\/\\/|\\\\\\\\)[^\\s\"']{1,200}[\"']?",
		"neo4j-admin(?:[ \\t]{1,4}dbms)?[ \\t]{1,4}set-initial-password",
		"grafana-cli\\b[^\\n|;&]{0,100}?(?<=[ \\t])admin[ \\t]{1,4}reset-admin-password",
		"redis-cli\\b[^\\n|;&]{0,200}?(?<=[ \\t])(?:CONFIG|config)[ \\t]{1,4}(?:SET|set)[ \\t]{1,4}(?:requirepass|masterauth)",
		"pihole[ \\t]{1,4}-a[ \\t]{1,4}-p",
		"(?<![/.])(?:smb|vnc|ht|yp|k|g|chg)?passwd\\b[^\\n|;&]{0,100}?[ \\t](?:->|=>|→|⇒)",
		"(?:pdbedit|htdigest)\\b[^\\n|;&]{0,100}?[ \\t](?:->|=>|→|⇒)"
	].join("|");
	BEFORE_GLUED = ["bundle[ \\t]{1,4}config[ \\t]{1,4}(?:set[ \\t]{1,4})?(?:--(?:global|local)[ \\t]{1,4})?[^\\s-][^\\s]{0,199}[ \\t]{1,4}[\"']?[^\\s:/\"'-][^\\s:/\"']{0,99}:(?!\\/)", "(?:npm|pnpm|yarn)[ \\t]{1,4}(?:config[ \\t]{1,4})?set[ \\t]{1,4}[\"']?\\/\\/[^\\s\"']{1,200}:_password[\"']?(?:[ \\t]{1,4}|=)"].join("|");
	QPDF_ARG = "(\"\"|''|\"[^\"\\n]{1,128}\"|'[^'\\n]{1,128}'|[^\\s\"'-][^\\s\"']{0,127})";
	QPDF = new RegExp(`(?<![\\w-])qpdf\\b[^\\n|;&]{0,200}?(?<=[ \\t])--encrypt[ \\t]{1,4}${QPDF_ARG}[ \\t]{1,4}${QPDF_ARG}(?=[ \\t]{1,4}(?:40|128|256)\\b)`, "dg");
	PROMPT_ANSWER = new RegExp(`(?<![\\w-])(?:runas|sudo|su|passwd|ssh|scp|sftp|ftp|mysql\\w{0,10}|psql|kinit|login|smbclient|gpg|keytool|unzip|7z|net[ \\t]{1,4}use|docker[ \\t]{1,4}login)\\b[^\\n]{0,200}?(?<=[\\s(,;])(?:typed|entered|typing|entering|put in|tippte|getippt|eingegeben|eingetippt|tapé|saisi|entré|escrib[íi]|tecle[ée]|introduje|digitei|wpisa[łl]e[mś]|wpisa[łl]am|ввёл|ввел|ввела)[ \\t]{1,3}["'\`„“«]?([^\\s"'\`“”»]{4,64}?)["'\`“”»]?[ \\t]{1,3}(?:[\\p{L}']{1,10}[ \\t]{1,3}){0,3}(?:\\p{L}{1,2}['’])?(?:prompt|password prompt|invite|Eingabeaufforderung|Passwortabfrage|Abfrage|solicitud|aviso|prompcie|monicie|запрос\\p{L}{0,2}|приглашени\\p{L}{0,2})`, "dgu");
	MOUNT_USER = /(?<![\w-])(?:curlftpfs|mount(?:\.[\w-]{1,20})?|sshfs|s3fs|httpdirfs|fuse)\b[^\n|;&]{0,200}?(?<=[\s,=])(?:proxy_)?user=["']?[^\s:,"']{1,64}:([^\s,"']{1,128})/dg;
	passwordArgumentRules = [
		regexRule({
			id: "mount-user-password",
			kind: "password",
			level: "secrets",
			priority: 80,
			description: "Round 21: the password of a mount option `user=NAME:PASSWORD` (curlftpfs `-o user=`/`proxy_user=`, fstab options)",
			pattern: MOUNT_USER,
			group: 1,
			accept: (value) => plausiblePassword(value)
		}),
		regexRule({
			id: "prompt-answer-password",
			kind: "password",
			level: "secrets",
			priority: 78,
			description: "Round 20: the answer typed at a command's password prompt, told in prose on the command's line (`runas … (then typed X at the prompt)`)",
			pattern: PROMPT_ANSWER,
			group: 1,
			accept: (value) => plausiblePassword(value) && passwordTokenShape(value, "next")
		}),
		{
			id: "qpdf-encrypt-passwords",
			kind: "password",
			level: "secrets",
			priority: 80,
			description: "Round 20: the user and owner passwords of `qpdf --encrypt USER-PW OWNER-PW 40|128|256`",
			find: (text) => [...qpdfPasswords(text)]
		},
		regexRule({
			id: "tool-password-argument",
			kind: "password",
			level: "secrets",
			priority: 80,
			description: "Round 18: a password given as a plain argument where the tool says which one it is — config commands storing a credential (`poetry`/`composer config http-basic.X USER PW`, `bundle config HOST USER:PW`, `npm config set //HOST/:_password PW`, `mc alias set ALIAS URL ACCESS SECRET`), subcommands that set one (`neo4j-admin set-initial-password`, `grafana-cli admin reset-admin-password`, `redis-cli CONFIG SET requirepass`, `pihole -a -p`), and a prompt answered after an arrow (`smbpasswd -a user -> PW`)",
			pattern: new RegExp(`(?<![\\w-])(?:(?:${BEFORE_SPACED})[ \\t]{1,8}|${BEFORE_GLUED})(["']?)([^\\s"']{1,128})\\1(?![^\\s"'])`, "dg"),
			group: 2,
			accept: (value) => plausiblePassword(value) && !/^[-/~<>|]|^\.{1,2}\//.test(value) && !(/^[a-z]{1,20}$/.test(value) && wordScore(value) >= 0)
		})
	];
}));
// src/core/redaction/rules/sql-passwords.ts
function* insertedPasswords(text) {
	for (const insert of text.matchAll(INSERT)) {
		const columns = insert[1].split(",").map((c) => c.trim().replace(/^["'`[]|["'`\]]$/g, ""));
		const at = columns.findIndex((c) => /^[\p{L}_][\p{L}\p{N}_]{0,63}$/u.test(c) && kindOfRawName(c) === "password");
		if (at === -1) continue;
		let from = insert.index + insert[0].length;
		for (let n = 0; n < 200; n++) {
			ROW.lastIndex = from;
			const row = ROW.exec(text);
			if (!row) break;
			const cellsAt = from + row[0].indexOf("(") + 1;
			const cells = [];
			CELL.lastIndex = 0;
			const body = row[1];
			let cell;
			while (cells.length < 40 && CELL.lastIndex < body.length && (cell = CELL.exec(body)) !== null) {
				const start = cellsAt + cell.index + cell[0].indexOf(cell[1]);
				cells.push({
					start,
					end: start + cell[1].length
				});
				if (cell[0].length === 0) break;
			}
			const target = cells.length === columns.length ? cells[at] : void 0;
			if (target && /^['"]/.test(text[target.start])) {
				const value = {
					start: target.start + 1,
					end: target.end - 1
				};
				if (plausiblePassword(text.slice(value.start, value.end))) yield value;
			}
			from = ROW.lastIndex;
		}
	}
}
var ORACLE_BARE, INSERT, ROW_CELL, ROW, CELL, sqlPasswordRules;
var init_sql_passwords = __esmMin((() => {
	init_regex_rule();
	init_secrets();
	init_assignments();
	ORACLE_BARE = /(?<![\w])(?:USER|user|ROLE|role|TO|to)[ \t]{1,4}["']?[\w$#@.%-]{1,64}["']?[ \t]{1,4}(?:IDENTIFIED|identified)[ \t]{1,4}(?:BY|by)[ \t]{1,4}([^\s'"`;,()]{1,128})(?=[ \t]*(?:;|\/|\r?\n|$|[ \t](?:DEFAULT|default|ACCOUNT|account|PASSWORD|password|QUOTA|quota|PROFILE|profile|TEMPORARY|temporary|USING|using|REPLACE|replace|CONTAINER|container)\b))/dg;
	INSERT = /(?<![\w])(?:INSERT|insert|REPLACE|replace)[ \t]{1,4}(?:(?:INTO|into)[ \t]{1,4})?[\w."`[\]]{1,128}[ \t]{0,4}\(([^()\n]{1,600})\)[ \t\r\n]{0,8}(?:VALUES|values)[ \t\r\n]{0,8}/dg;
	ROW_CELL = String.raw`[ \t]{0,8}(?:'(?:[^'\n\\]|\\.|''){0,256}'|"(?:[^"\n\\]|\\.){0,256}"|\w{1,40}\([^()\n]{0,120}\)|[^'"(),\s][^'"(),\n]{0,63})[ \t]{0,8}`;
	ROW = new RegExp(String.raw`\((${ROW_CELL}(?:,${ROW_CELL}){0,39})\)[ \t\r\n]{0,8},?[ \t\r\n]{0,8}`, "y");
	CELL = /[ \t]{0,8}('(?:[^'\n\\]|\\.|''){0,256}'|"(?:[^"\n\\]|\\.){0,256}"|\w{1,40}\([^()\n]{0,120}\)|[^'"(),\s][^'"(),\n]{0,63})[ \t]{0,8}(?:,|$)/gy;
	sqlPasswordRules = [regexRule({
		id: "sql-bare-password",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "Round 19: Oracle's unquoted password of `CREATE|ALTER USER name IDENTIFIED BY pw`, `CREATE ROLE … IDENTIFIED BY pw`, a database link's `CONNECT TO name IDENTIFIED BY pw`",
		pattern: ORACLE_BARE,
		group: 1,
		accept: (v) => plausiblePassword(v) && !/^(?:VALUES|values|EXTERNALLY|externally|GLOBALLY|globally)$/.test(v) && !/^[:&?@]/.test(v)
	}), {
		id: "sql-insert-password",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "Round 19: the value under a password column in `INSERT INTO table (…, password, …) VALUES (…)`, every row",
		find: (text) => [...insertedPasswords(text)]
	}];
}));
// src/core/redaction/rules/password-round22.ts
var switchOf, SPACED, GLUED, WINDOWS_TOOL, passwordRound22Rules;
var init_password_round22 = __esmMin((() => {
	init_regex_rule();
	init_secrets();
	switchOf = (tool, flag) => `${flag}(?<=(?<![\\w.-])${tool}(?:\\.exe)?\\b[^\\n|;&]{0,200}?[ \\t]${flag})`;
	SPACED = [
		switchOf("[Cc]ert[Uu]til", "[-/]p"),
		switchOf("pvk2pfx", "[-/]p[io]"),
		switchOf("signtool", "[-/]p"),
		switchOf("schtasks", "[-/][Pp]"),
		switchOf("(?:[Pp]s[Ee]xec(?:64)?|[Pp][Aa][Ee]xec)", "[-/]p"),
		switchOf("pk12util", "-[WK]")
	].join("|");
	GLUED = [
		switchOf("winrs", "[-/]p(?:assword)?:"),
		switchOf("wmic", "\\/password:"),
		`${switchOf("(?:rar|winrar|unrar)", "-hp")}(?=[^\\s-])`
	].join("|");
	WINDOWS_TOOL = new RegExp(`(?<=[ \\t])(?:(?:${SPACED})(?![\\w-])[ \\t]{1,4}|(?:${GLUED}))(["']?)([^\\s"']{1,128})\\1`, "dg");
	passwordRound22Rules = [regexRule({
		id: "windows-tool-password",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "Round 22: the password switch of Windows tools — `certutil -p X`, `pvk2pfx -pi/-po X`, `signtool /p X`, `schtasks /u U /p X`, `psexec -p X`, `winrs -p:X`, `wmic /password:X` — and of NSS `pk12util -W/-K X` and RAR `-hpX`",
		pattern: WINDOWS_TOOL,
		group: 2,
		accept: (value) => plausiblePassword(value) && !/^[-/*]/.test(value)
	})];
}));
// src/core/redaction/rules/password-forms.ts
/** Round 17: a directive's value holding `=` or `:` is a password when its two sides are no setting's name and value
*  (password-equals-value.ts: `D4nub3=304`, not `length=12` or `file:/etc/x`), or base64 padding ends it (`xj.59eVXhQw2XX==`). */
function directiveValueWithEquals(value) {
	if (/:/.test(value)) return false;
	const padded = /^([^=]{4,})={1,2}$/.exec(value);
	if (padded) return passwordShaped$1(padded[1]) || looksMachineRandom(padded[1], "keyed");
	return chosenEqualsValue(value);
}
var plausible, CODE_LIKE, unicodeClasses, passwordShaped$1, PASSWORD_WORDS, SEPARATOR, VERBS, passphraseShaped, NAME_LINE, VALUE_LINE, LOGIN_VERBS, LOGIN_VERB_USER, loginVerbPair, PAIR_LABELS_R15, BAND_SUFFIX, CLI_PASSWORD_OPTION, rule, formRules, COMMAND_LINE_RULES, passwordFormRules;
var init_password_forms = __esmMin((() => {
	init_checks();
	init_regex_rule();
	init_key_context();
	init_token_randomness();
	init_secrets();
	init_exec_arrays();
	init_password_shape();
	init_password_equals_value();
	init_password_tools();
	init_ui_strings();
	init_assignment_values();
	init_password_stdin();
	init_password_arguments();
	init_sql_passwords();
	init_password_context();
	init_token_shapes();
	init_password_round22();
	plausible = (value) => !/^[ \t]*(?:\.|\+|&)[ \t]*[$\w(]/.test(value) && plausiblePassword(value);
	CODE_LIKE = /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+(?:\(\))?;?$|[()[\]{}]|^\w+\.(?:length|value|trim|hash)\b|^[A-Z][a-z]+-[A-Z][A-Za-z]+$/;
	unicodeClasses = (value) => (/\p{Ll}/u.test(value) ? 1 : 0) + (/\p{Lu}/u.test(value) ? 1 : 0) + (/\p{N}/u.test(value) ? 1 : 0);
	passwordShaped$1 = (value) => plausible(value) && value.length >= 6 && unicodeClasses(value) >= 2 && /[\d\W_]/.test(value) && !CODE_LIKE.test(value) && !assignmentToken(value) && !inflectedAbbreviation(value);
	PASSWORD_WORDS = [
		"[Pp]ass(?:word|phrase|code)",
		"PASSWORD",
		"[Pp]asswort",
		"[Kk]ennwort",
		"mot de passe",
		"[Cc]ontrase(?:ñ|n)a",
		"[Cc]ontrasenya",
		"[Cc]lave",
		"[Ss]enha",
		"[Ww]achtwoord",
		"[Ll]ösenord",
		"[Pp]assord",
		"[Aa]dgangskode",
		"[Ss]alasana",
		"[Hh]as[łl]o",
		"[Hh]eslo",
		"[Jj]elsz[óo]",
		"[Pp]arol[aăe]",
		"[Pp]arool",
		"[Ss]alasõna",
		"[Pp]asswd",
		"[Pp]w",
		"PW",
		"[Şş]ifre",
		"[Ss]ifre",
		"[Пп]арол[ьаи]",
		"[Κκ]ωδικός(?: πρόσβασης)?",
		"[Kk]ata (?:sandi|laluan)",
		"[Mm]ật khẩu",
		"รหัสผ่าน",
		"كلمة (?:المرور|السر)",
		"ה?סיסמ[הא]",
		"पासवर्ड",
		"رمز عبور",
		"[Ll]ozinka",
		"[Gg]eslo",
		"[Ss]laptažodis",
		"[Ll]ykilorð",
		"[Pp]arole",
		"[Mm]dp",
		PASSWORD_WORDS_CASED
	].join("|");
	SEPARATOR = "[:：]|[—–-](?=[ \\t])|[.…·_-]{2,40}|[|│→⇒]|->";
	VERBS = "is|es|est|c'est|c’est|ist|lautet|è|é|er|är|on|jest|je|to|era|είναι|là|adalah|ialah|это|הוא|היא|هي|هو|است|hai|है|on|olur|este|yra|ir|er";
	passphraseShaped = (value) => plausible(value) && /^\p{L}{2,}(?:[-._]\p{L}{2,}){2,}\d{0,4}$/u.test(value) && !value.split(/[-._]/).some((part) => /^(?:pass\w*|secrets?|tokens?|keys?|env|config|settings|process|self|this)$/i.test(part));
	NAME_LINE = "(?<![\\w])(?:[Nn]ame|NAME|[Kk]ey|[Vv]ariable):[ \\t]{0,4}";
	VALUE_LINE = "[ \\t]*\\r?\\n[ \\t]{0,12}(?:[Vv]alue|VALUE):[ \\t]{0,4}([\"']?)";
	LOGIN_VERBS = "(?:[Ll]og(?:ged|ging)?[ -]?[Ii]n|[Ss]ign(?:ed|ing)?[ -]?[Ii]n)[ \\t]{1,3}(?:with|as|using|met|als)|(?:[Mm]elde?[ \\t]{1,3}(?:dich|sich|mich)|[Aa]nmelden|[Ee]inloggen|[Ll]ogge?[ \\t]{1,3}(?:dich|mich)(?:[ \\t]{1,3}ein)?)[ \\t]{1,3}(?:mit|als)|(?:[Cc]onnecte[sz]?-(?:toi|vous)|[Ss]e connecter|[Ii]dentifie[sz]?-(?:toi|vous))[ \\t]{1,3}(?:avec|en tant que)|(?:[Ee]ntra|[Aa]ccedi|[Ii]nici[ae] sesión|[Ee]ntre|[Ff]aça login|[Ll]ogue|[Ii]ngresa|[Ee]ntrar)[ \\t]{1,3}(?:con|com|como)|[Zz]aloguj[ \\t]{1,3}się[ \\t]{1,3}(?:jako|na)|(?:[Вв]ойди(?:те)?|[Зз]аходи(?:те)?)[ \\t]{1,3}(?:под|как|с)|[Gg]iriş[ \\t]{1,3}yap";
	LOGIN_VERB_USER = new RegExp(`^(?:${LOGIN_VERBS})[ \\t]{0,2}(?:[:=→—–]|->|=>)?[ \\t]{1,3}([^\\s,/]{1,64})`, "u");
	loginVerbPair = (value, match) => {
		const user = LOGIN_VERB_USER.exec(match[0])?.[1];
		return user === void 0 || /^[\p{Ll}\d]/u.test(user) && (passwordTokenShape(value, "after") || /[^\p{L}\p{N}._-]/u.test(value));
	};
	PAIR_LABELS_R15 = "[Ww]i-?[Ff]i|WIFI|WLAN|[Ww]lan|[Rr][ée]seau|[Rr]ede|[Zz]ugang|[Aa]cceso|[Aa]ccesso|[Aa]cesso|[Hh]esap|[Aa]kun|[Tt]ài khoản|[Úú]čet|アカウント|账号|帳號|帐号|계정|아이디";
	BAND_SUFFIX = /[-_ .]?(?:5G(?:Hz)?|2[.,]4G(?:Hz)?|6G(?:Hz)?|EXT|[Gg]uest)$|^[Gg]uest\b|^(?:802\.11\w{0,3}|WPA\d?(?:[-_ ]\w{1,12})?|WEP\d{0,3})$/;
	CLI_PASSWORD_OPTION = String.raw`(?<![\w-])(?:-{1,2}(?:storepass|keypass|srcstorepass|deststorepass|srckeypass|destkeypass|storepassword|keystorepassword|passphrase|passwd|pass|pwd|pw)(?![\w-])[ \t=]{1,4}|-pass(?:in|out)[ \t]{1,4}pass:|(?<!(?:mysql|mariadb)[\w-]{0,10}[ \t][^\n|;&]{0,120})-u[ \t]{1,4}[^\s-][^\s]{0,63}[ \t]{1,4}-p[ \t]{1,4}|(?<![\w.-])[A-Za-z][\w.-]{0,24}(?:[ \t]+registry)?[ \t]+login[ \t][^\n|;&]{0,120}?(?<=[ \t])-p[ \t]{1,4})`;
	rule = (id, description, pattern, accept = plausible, group = 1) => regexRule({
		id,
		kind: "password",
		level: "secrets",
		priority: 80,
		description,
		pattern,
		group,
		accept: (v, m) => accept(v, m)
	});
	formRules = [
		rule("cli-password-option", "Password given to a CLI option (keytool -storepass/-keypass, openssl -passin/-passout pass:, --passphrase, --pass, -u user -p pass, docker/podman/helm/oc login … -p pass; round 20: any tool's `login` subcommand, `vcd login HOST ORG USER -p pass`, `cf login -p pass`); round 15: not after mysql/mariadb, whose `-p` alone asks for the password and the word after it is the database (`mysql -u root -p shop`)", new RegExp(`${CLI_PASSWORD_OPTION}["']?([^\\s"'\`]{1,128})`, "dg")),
		rule("quoted-password-option", "Round 19: a quoted password or passphrase holding spaces given to a password option of a command line (the options of cli-password-option, cli-password-flag and tool-password-flag): `gpg --passphrase '…'`, `ssh-keygen -N \"…\"`, `zip -P \"…\"`, `sshpass -p '…'`", new RegExp(`(?:${CLI_PASSWORD_OPTION}|${CLI_PASSWORD_FLAG}|(?<![\\w-])${TOOL_FLAG})(["'])([^"'\\n]{3,256})\\1`, "dg"), (v) => /\S[ \t]+\S/.test(v) && plausible(v) && !passwordUiText(v), 2),
		rule("sql-password", "SQL PASSWORD 'x' (CREATE/ALTER ROLE, CREATE LOGIN … WITH PASSWORD = 'x') and IDENTIFIED BY 'x' (MySQL, MariaDB, Oracle); round 19: MySQL's `IDENTIFIED WITH plugin BY 'x'`", /(?<![\w])(?:[Pp][Aa][Ss][Ss][Ww][Oo][Rr][Dd][ \t]{1,4}(?:=[ \t]{0,4})?|(?:IDENTIFIED|identified)[ \t]{1,4}(?:(?:WITH|with)[ \t]{1,4}['"`]?\w{1,40}['"`]?[ \t]{1,4})?(?:BY|by)[ \t]{1,4}(?:(?:PASSWORD|password)[ \t]{1,4})?)(['"])([^'"\n]{1,128})\1/dg, plausible, 2),
		rule("config-directive-password", "A password given to a configuration directive without an operator: redis `requirepass X` / `masterauth X`, keepalived `auth_pass X`, msmtp/fetchmail `password X` on its own line, slapd/nslcd `rootpw X` / `bindpw X`, (round 18) isync/mbsync `Pass X`", /^[ \t]{0,12}(?:requirepass|masterauth|Pass|[A-Za-z_]{0,20}(?:_pass|_passwd|_password|passwd|password|passphrase)|[A-Za-z]{2,12}(?:pw|PW))[ \t]{1,8}("?)([^\s"=:][^\s"]{3,127})\1[ \t]*\r?$/dgm, (v) => plausible(v) && !/^[~./\\]/.test(v) && (/[=:]/.test(v) ? directiveValueWithEquals(v) : passwordShaped$1(v) || passphraseShaped(v) || v.length >= 10 && !/^\p{Ll}+[.,;:!?]?$/u.test(v)), 2),
		rule("net-use-password", "The password argument of Windows `net use [drive] \\\\host\\share password /user:name` or `… /user:name password`", /(?<![\w-])net[ \t]{1,4}use[ \t]{1,4}(?:[A-Za-z]:[ \t]{1,4})?\\\\[^\s]{1,200}[ \t]{1,4}(?:\/user:[^\s]{1,100}[ \t]{1,4})?(?!\/)([^\s*"]{1,128})/dg),
		rule("go-dsn-password", "Password in a Go MySQL DSN `user:password@tcp(host)/db` (go-sql-driver/mysql)", /(?<![\w.:/-])[\w.-]{1,64}:([^\s@/"']{1,128})@(?:tcp|unix|udp|tcp6)\(/dg),
		rule("html-password-input", "value of an `<input type=\"password\" … value=\"x\">` element", /<input\b[^<>]{0,200}?type=["']?password["']?[^<>]{0,200}?\bvalue=(["'])([^"'\n]{1,128})\1/dgi, plausible, 2),
		rule("credential-pair", "A password after a user name in a credential pair written out: \"login: admin / X\", \"user jdoe, pass X\", \"Benutzer: max / X\"; round 11: \"creds: admin / X\", \"Konto: max / X\", \"compte : jdupont / X\"; round 12: an arrow or dash after the label (\"creds → admin / X\")", new RegExp(`(?<![\\p{L}_-])(?:[Ll]ogin|LOGIN|[Ll]ogon|[Uu]ser(?:name)?|USER(?:NAME)?|[Cc]redentials?|[Cc]reds?|CREDS|[Aa]ccount|[Cc]uenta|[Cc]ompte|[Kk]onto|[Cc]onta|[Bb]enutzer(?:name)?|[Zz]ugangsdaten|[Aa]nmeldedaten|[Ii]dentifiants|[Cc]redenciai?les|[Cc]redenciais|[Ii]nloggegevens|[Dd]ane logowania|[Dd]ati di accesso|[Уу]чётные данные|[Уу]четные данные|[Uu]suario|[Uu]tilisateur|[Uu]tente|[Gg]ebruiker(?:snaam)?|[Uu]żytkownik|[Лл]огин|[Пп]ользователь|${PAIR_LABELS_R15}|${LOGIN_VERBS})[ \\t]{0,2}(?:[:=→—–]|->|=>)?[ \\t]{1,3}[^\\s,/]{1,64}[ \\t]{0,2}(?:\\/|,?[ \\t]{0,2}(?:[Pp]ass(?:word|wort)?|[Pp]w|[Pp]wd|[Pp]sw|[Mm]dp|[Ss]enha|[Cc]lave|[Cc]ontra|[Hh]asło|[Пп]ароль|[Şş]ifre|[Pp]arol[aei]?)[ \\t]{0,2}[:=]?)[ \\t]{1,3}([^\\s"'\`<>]{3,127}[^\\s"'\`<>.,;:)])`, "dgu"), (v, m) => (passwordShaped$1(v) || passphraseShaped(v)) && loginVerbPair(v, m) && !BAND_SUFFIX.test(v)),
		rule("redis-acl-password", "Redis ACL password `>secret` (ACL SETUSER, aclfile user lines)", /(?<![\w])(?:ACL[ \t]{1,4}SETUSER|^user)[ \t]{1,4}[^\s]{1,64}[ \t][^\n]{0,80}?(?<=[ \t])>([^\s]{1,128})/dgm),
		rule("positional-password-argument", "The password argument of well-known connect calls: DriverManager.getConnection(url, user, pw), new PDO(dsn, user, pw), mysqli_connect/new mysqli(host, user, pw), ftp_login(conn, user, pw), ldap_bind(conn, dn, pw); round 11: new Sequelize(db, user, pw), pymysql/MySQLdb/pymssql.connect(host, user, pw), ftplib.FTP(host, user, pw)", /(?<![\w.])(?:DriverManager\.getConnection|getConnection|PDO|mysqli_connect|mysqli|mysql_connect|mysql_pconnect|ftp_login|ldap_bind|imap_open|odbc_connect|Sequelize|pymysql\.connect|MySQLdb\.connect|pymssql\.connect|ftplib\.FTP(?:_TLS)?|FTP_TLS)[ \t]{0,2}\([^()\n]{0,200}?,[ \t]{0,4}(['"])[^'"\n]{1,64}\1[ \t]{0,4},[ \t]{0,4}(['"])([^'"\n]{1,128})\2[ \t]{0,4}[,)]/dg, plausible, 3),
		rule("powershell-securestring", "ConvertTo-SecureString \"x\" -AsPlainText, switches before or after the string", /(?<![\w-])ConvertTo-SecureString[ \t]{1,4}(?:-(?:String|AsPlainText|Force)[ \t]{1,4}){0,3}(["'])([^"'\n]{1,128})\1/dg, plausible, 2),
		rule("oracle-login", "Oracle tools user/password@db (sqlplus, sqlldr, exp/imp, expdp/impdp, rman target, dgmgrl, `userid=`) and JDBC thin/OCI URLs; round 21: SQLcl `sql` and SQL*Plus `conn`/`connect` with the `@` of a connect identifier, user names with dots and dashes", /(?:(?<![\w-])(?:(?:sqlplus|sqlldr|exp|imp|expdp|impdp|dgmgrl|rman[ \t]{1,4}target)[ \t]{1,4}|(?:userid|USERID)=[ \t]{0,4})(?:-[sSlL][ \t]{1,4}|-silent[ \t]{1,4})?|jdbc:oracle:(?:thin|oci8?):|(?<![\w-])(?:sql|sqlcl|conn|connect|CONN|CONNECT)[ \t]{1,4}(?:-[sSlL][ \t]{1,4})?(?=[A-Za-z_][\w$#.-]{0,29}\/[^\s@/"']{1,128}@))[A-Za-z_][\w$#.-]{0,29}\/([^\s@/"']{1,128})(?=@|\s|$)/dg),
		rule("env-list-password", "Name/value lists: Kubernetes/Compose `- name: DB_PASSWORD` then `value: …`; round 14: CloudFormation `- Name:`/`Value:`, `- key:` and Azure Pipelines `- variable:` items, a `#` inside the value (only ` #` opens a YAML comment)", new RegExp(`${NAME_LINE}["']?[\\w.-]{0,40}(?:PASSWORD|PASSWD|_PASS|PWD|[Pp]assword|[Pp]asswd|_pass|pwd)["']?${VALUE_LINE}([^\\s"'#][^\\s"']{0,255})\\1`, "dg"), plausible, 2),
		regexRule({
			id: "env-list-secret",
			kind: "secret",
			level: "secrets",
			priority: 75,
			description: "Name/value lists (Kubernetes/Compose, CloudFormation, `- key:`, `- variable:`): `- name: X_API_KEY` / `X_TOKEN` / `X_SECRET` then `value: …` (random-looking)",
			pattern: new RegExp(`${NAME_LINE}["']?[\\w.-]{0,40}(?:KEY|TOKEN|SECRET|AUTH|CREDENTIALS?|[Kk]ey|[Tt]oken|[Ss]ecret|auth)["']?${VALUE_LINE}([^\\s"'#][^\\s"']{7,511})\\1`, "dg"),
			group: 2,
			accept: (v) => plausible(v) && characterClasses(v) >= 2 && shannonEntropy(v) >= 3 && !/^[A-Za-z]+(?:[_-][A-Za-z]+)*$/.test(v)
		}),
		regexRule({
			id: "prose-secret",
			kind: "secret",
			level: "secrets",
			priority: 70,
			description: "A random-looking token after a key/token/secret word of any of several languages in prose, notes and tables (\"why is this key rejected? DKQcfG0f…\", \"ma clé d'API : …\", \"| API token | … |\", \"APIキーは…です\")",
			pattern: /* @__PURE__ */ new RegExp("(?:(?<![\\p{L}\\d_-])(?:[Kk]ey|KEY|[Tt]oken|TOKEN|[Ss]ecret|SECRET|[Cc]redentials?|[Cc]l[eé]|[Cc]lave|[Cc]have|[Cc]hiave|[Ss]chlüssel|[Ss]leutel|[Kk]lucz|[Kk]lju[čc]|[Kk]l[íi][čc]|[Kk]ľúč|[Кк]люч|[Тт]окен|[Jj]eton)\\p{L}{0,2}(?:[ \\t]{1,3}[\\p{L}'’-]{1,12}){0,3}?|密钥|秘钥|令牌|キー|トークン|키|토큰|시크릿)(?:[ \\t]{1,3}(?:is|was|ist|lautet|est|es|é|è|rejected|expired|revoked|invalid)(?=[ \\t]))?(?:[?:!.,]{0,2}[ \\t]{1,3}|[ \\t]{0,40}(?:[:：]|[.…·_-]{2,40}|[|│→⇒]|->)[ \\t]{0,40}|[ \\t]{0,2}(?:は|が|是|为|為|는|은)[ \\t]{0,2})[\"'`]?([A-Za-z0-9+/_=-]{16,200}(?![\\w+/=-])|(?=[A-Za-z0-9+/_=^!@#$%&*~.[\\]-]{0,199}[\\^!@#$%&*~[\\]])[A-Za-z0-9+/_=^!@#$%&*~.[\\]-]{15,199}[A-Za-z0-9+/_=^!@#$%&*~[\\]-](?![\\w+/=^!@#$%&*~[\\]-]))", "dgu"),
			group: 1,
			accept: (v, match) => plausible(v) && !publicKeyShaped(v) && (/^[A-Za-z0-9+/_=-]+$/.test(v) ? looksMachineRandom(v, "keyed") : v.replace(/[A-Za-z0-9]/g, "").length <= v.length / 3 && looksMachineRandom(v.replace(/[^A-Za-z0-9]/g, ""), "keyed")) && (!/^[0-9a-fA-F]+$/.test(v) || v.length >= 32) && !keyContextOf(match[0].slice(0, -v.length)).publicWord
		}),
		rule("prose-password", "A password-shaped word or passphrase after a password word of any of 40 languages: \"password X\", \"the password for the router is X\", \"Hasło do konta: X\", \"Пароль — X\", \"Enter password for bob: X\"", new RegExp(`(?<![\\p{L}_$@.-])(?:${PASSWORD_WORDS})\\p{L}{0,3}(?:(?:[ \\t]{1,3}[\\p{L}\\d'’._-]{1,20}){1,5}?[ \\t]{0,2}(?:${SEPARATOR}|(?<=[ \\t])(?:${VERBS})(?=[ \\t]))[ \\t]{1,40}(?:\\p{Ll}{2,12}[ \\t]{1,3})?|(?:[ \\t]{1,3}(?:del|de|do|da|du|des|di|della|van|von|na|za|dla|för|til|per|for|für|of|the|to|от|для|к|на|wifi|wi-fi|WiFi|Wi-Fi|WLAN|router|wlan)){0,3}[ \\t]{1,3}(?:(?:${VERBS}|:)[ \\t]{1,3}(?:\\p{Ll}{2,12}[ \\t]{1,3})?)?|[ \\t]{0,40}(?:${SEPARATOR})[ \\t]{0,40}|\\t[ \\t]{0,40}|[ \\t]{3,40})["'\`“«„]?([^\\s"'\`<>=:|,;][^\\s"'\`<>]{2,62}[^\\s"'\`<>.,;:)|»”“‘’」』›‹])`, "dgu"), (v) => (passwordShaped$1(v) || passphraseShaped(v) || passwordTokenShape(v, "next")) && !/^[A-Za-z][a-z]*(?:[-_:][A-Za-z][a-z]*)*=$/.test(v) && !/^!{1,2}[A-Za-z][A-Za-z_]{1,30}$/.test(v)),
		rule("prose-spaced-passphrase", "Round 19: a passphrase written with spaces — three to eight words, all lower case or all capitalised, and a number — after a password word of any of 40 languages and a colon, dash or \"is\" (\"master password: copper purple harbor 54\")", new RegExp(`(?<![\\p{L}_$@.])(?<![^\\p{L}]-|^-)(?:${PASSWORD_WORDS})\\p{L}{0,3}(?:[ \\t]{1,3}[\\p{L}'’-]{1,20}){0,4}?[ \\t]{0,2}(?:${SEPARATOR}|(?<=[ \\t])(?:${VERBS})(?=[ \\t]))[ \\t]{1,4}["'\`“«„]?((?:\\p{L}{3,16} ){3,8}\\d{1,4})(?=["'\`”»“]?[ \\t]*(?:[\\r\\n]|$|[.,;!?)]|[—–-]))`, "dgu"), (v) => spacedPassphrase(v) && !passwordUiText(v)),
		rule("credential-lines", "A password line right under a user line (`username: root` then `password: X`, `login admin` then `password X`): a credential pair, so a plain word there is the password", new RegExp(`(?<=^|\\n)[ \\t]{0,8}(?:[Uu]ser(?:name)?|USER(?:NAME)?|[Ll]ogin|LOGIN|[Bb]enutzer(?:name)?|[Uu]tilisateur|[Uu]suario|[Uu]tente|[Gg]ebruiker|[Uu]żytkownik|[Пп]ользователь|[Лл]огин|[Kk]ullanıcı(?: adı)?)[ \\t]{0,4}[:=：]?[ \\t]{0,4}[^\\s:=]{1,64}[ \\t]*\\r?\\n[ \\t]{0,8}(?:${PASSWORD_WORDS})[ \\t]{0,4}(?:[:=：][ \\t]{0,4}|[ \\t]{1,4})["'\`]?([^\\s"'\`]{3,128})(?=["'\`]?[ \\t]*(?:\\r?\\n|$))`, "dgu"), (v) => plausible(v) && !/^[$%{<]/.test(v) && !/[;,]$/.test(v) && !/^(?:null|none|nil|true|false|required|optional|hidden|string|number|boolean|str|int|bool|text|any)\??$/i.test(v)),
		rule("cjk-prose-password", "Japanese, Chinese and Korean \"the password is …\" (パスワードは…です, 密码是…, 비밀번호는 …); round 15: Thai, Lao, Khmer and Burmese (รหัสผ่านคือ …)", /(?:パスワード|暗証番号|密码|密碼|口令|비밀번호|암호|รหัสผ่าน|ລະຫັດຜ່ານ|ពាក្យសម្ងាត់|စကားဝှက်)[ \t]{0,2}(?:は|が|是|为|為|는|은|คือ|ແມ່ນ|គឺ|က|:|：)[ \t]{0,2}([^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]{4,64})/dgu),
		rule("protocol-login-password", "The password of a mail or file protocol login typed out: IMAP `a001 LOGIN user pw` (RFC 3501), POP3/FTP `PASS pw` on its own line (RFC 1939, RFC 959), optionally after `C:`; (round 12) an FTP client prompt's `user NAME pw`. A path or file name after `PASS` is a test runner's line (`PASS src/app.test.js`)", /(?<=^|\n)[ \t]{0,8}(?:[CS]:[ \t]{0,4})?(?:[A-Za-z]{0,4}\d{1,6}[ \t]{1,4}LOGIN[ \t]{1,4}"?[^\s"]{1,128}"?[ \t]{1,4}|PASS[ \t]{1,4}|(?:s?ftp|lftp[^>\n]{0,40})>[ \t]{0,4}(?:(?:user|USER)[ \t]{1,4}[^\s]{1,64}|pass|PASS)[ \t]{1,4})("?)([^\s"]{1,128})\1[ \t]*(?=\r?\n|$)/dg, (value) => plausible(value) && !/[/\\]|\.[a-z]{1,4}$/.test(value), 2),
		rule("redis-auth-password", "Round 11: the password of a Redis `AUTH [user] pw` typed at redis-cli or its prompt (`cache01:6379> AUTH pw`); SASL mechanism names (`AUTH PLAIN`) are no password", /(?<=^|\n)[ \t]{0,8}(?:[\w.-]{1,64}:\d{2,5}(?:\[\d{1,2}\])?>[ \t]{0,2}|redis-cli[^\n]{0,120}?[ \t])?AUTH[ \t]{1,4}(?:[^\s"']{1,64}[ \t]{1,4})?(["']?)([^\s"']{1,128})\1[ \t]*(?=\r?\n|$)/dg, (value) => plausible(value) && !/^(?:PLAIN|LOGIN|CRAM-MD5|DIGEST-MD5|XOAUTH2?|OAUTHBEARER|GSSAPI|EXTERNAL|NTLM|SCRAM-SHA-\d+)$/.test(value), 2),
		...passwordToolRules,
		...passwordStdinRules,
		...passwordArgumentRules,
		...sqlPasswordRules,
		...passwordRound22Rules
	];
	COMMAND_LINE_RULES = /* @__PURE__ */ new Set([
		"cli-password-option",
		"quoted-password-option",
		"tool-password-flag",
		"tool-password-argument",
		"cli-password-flag",
		"account-tool-password",
		"cli-user-password"
	]);
	passwordFormRules = [...formRules, execArrayRule([...formRules, ...secretRules].filter((r) => COMMAND_LINE_RULES.has(r.id)))];
}));
// src/core/redaction/rules/provider-keys-trufflehog.ts
var group, UUID, TRUFFLEHOG_PROVIDER_KEYS;
var init_provider_keys_trufflehog = __esmMin((() => {
	group = (c) => `${c}{8}-${c}{4}-${c}{4}-${c}{4}-${c}{12}`;
	UUID = group("[0-9a-fA-F]");
	TRUFFLEHOG_PROVIDER_KEYS = [
		{
			id: "apify-token",
			description: "Apify apify_api_…",
			body: "apify_api_[A-Za-z0-9-]{36}",
			mixed: true
		},
		{
			id: "artifactory-reference-token",
			description: "JFrog Artifactory reference token cmVmdGtu… (base64 of \"reftkn\")",
			body: "cmVmdGtu[A-Za-z0-9]{56}",
			fixed: /^cmVmdGtu/
		},
		{
			id: "bitbucket-datacenter-token",
			description: "Bitbucket Data Center HTTP access token BBDC-…",
			body: "BBDC-[A-Za-z0-9+/@_-]{40,50}",
			mixed: true
		},
		{
			id: "azure-apim-git-password",
			description: "Azure API Management Git password git&<12 digits>&…==",
			body: "git&\\d{12}&[A-Za-z0-9/+]{86}==",
			edge: "A-Za-z0-9_&-"
		},
		{
			id: "checkout-secret-key",
			description: "Checkout.com secret key sk_/sk_test_ + UUID",
			body: `sk_(?:test_|sbox_)?${UUID}`
		},
		{
			id: "close-api-key",
			description: "Close CRM api_ + 45",
			body: "api_[A-Za-z0-9.]{45}",
			mixed: true
		},
		{
			id: "convertapi-secret",
			description: "ConvertAPI secret_ + 16",
			body: "secret_[A-Za-z0-9]{16}",
			mixed: true
		},
		{
			id: "courier-key",
			description: "Courier pk_<env>_<28>",
			body: "pk_(?:prod|test|dev|[A-Za-z0-9]{1,12})_[A-Za-z0-9]{28}",
			mixed: true
		},
		{
			id: "dfuse-key",
			description: "dfuse web_ + 32",
			body: "web_[a-z0-9]{32}",
			mixed: true
		},
		{
			id: "ecostruxure-it-key",
			description: "EcoStruxure IT AK1…",
			body: "AK1[A-Za-z0-9/]{50,55}",
			mixed: true
		},
		{
			id: "endorlabs-key",
			description: "Endor Labs endr+…",
			body: "endr\\+[A-Za-z0-9-]{16}",
			mixed: true
		},
		{
			id: "finage-key",
			description: "Finage API_KEY + 32 capitals and digits",
			body: "API_KEY[A-Z0-9]{32}",
			mixed: true
		},
		{
			id: "fleetbase-key",
			description: "Fleetbase flb_live_…",
			body: "flb_(?:live|test)_[A-Za-z0-9]{20}",
			mixed: true
		},
		{
			id: "flexport-key",
			description: "Flexport shltm_…",
			body: "shltm_[A-Za-z0-9_-]{40}",
			mixed: true
		},
		{
			id: "flyio-macaroon",
			description: "Fly.io macaroon token FlyV1 fm<n>_…",
			body: "FlyV1 fm\\d{1,3}_[A-Za-z0-9+/=,_-]{100,1000}"
		},
		{
			id: "grafana-service-account-token",
			description: "Grafana service account token glsa_…",
			body: "glsa_[A-Za-z0-9_]{41}",
			mixed: true
		},
		{
			id: "iex-cloud-key",
			description: "IEX Cloud sk_ + 32",
			body: "sk_[a-z0-9]{32}",
			mixed: true
		},
		{
			id: "langfuse-key",
			description: "Langfuse pk-lf-/sk-lf- + UUID",
			body: `[ps]k-lf-${UUID}`
		},
		{
			id: "bannerbear-key",
			description: "Bannerbear bb_pr_/bb_ma_ + 30 hex",
			body: "bb_(?:pr|ma)_[a-f0-9]{30}",
			mixed: true
		},
		{
			id: "docker-org-token",
			description: "Docker Hub organisation access token dckr_oat_…",
			body: "dckr_oat_[A-Za-z0-9_-]{32}",
			mixed: true
		},
		{
			id: "figma-token",
			description: "Figma tokens figd_/figu_/figo_/figr_… and figp_…",
			body: "fig(?:[duorh]|u[rh]|o[rh])_[A-Za-z0-9_-]{40}|figp_[A-Za-z0-9_=-]{40,54}",
			mixed: true
		},
		{
			id: "lob-key",
			description: "Lob live_/test_ + 35 hex",
			body: "(?:live|test)_[a-f0-9]{35}",
			mixed: true
		},
		{
			id: "locationiq-token",
			description: "LocationIQ pk. + 32",
			body: "pk\\.[A-Za-z0-9-]{32}",
			mixed: true,
			edge: "A-Za-z0-9_.-"
		},
		{
			id: "klaviyo-key",
			description: "Klaviyo private key pk_ + 34 hex",
			body: "pk_(?:[A-Za-z0-9]{6}_)?[a-f0-9]{34}",
			mixed: true
		},
		{
			id: "checkio-key",
			description: "Chec (Commerce.js) pk_ + 45",
			body: "pk_[a-z0-9]{45}",
			mixed: true
		},
		{
			id: "nightfall-key",
			description: "Nightfall NF-…",
			body: "NF-[A-Za-z0-9]{32}",
			mixed: true
		},
		{
			id: "nvidia-api-key",
			description: "NVIDIA nvapi-…",
			body: "nvapi-[A-Za-z0-9_-]{64}",
			mixed: true
		},
		{
			id: "pagarme-key",
			description: "Pagar.me ak_live_/ak_test_…",
			body: "ak_(?:live|test)_[A-Za-z0-9]{30}",
			mixed: true
		},
		{
			id: "portainer-token",
			description: "Portainer access token ptr_…",
			body: "ptr_[A-Za-z0-9/_+=-]{20,60}",
			mixed: true
		},
		{
			id: "pubnub-key",
			description: "PubNub publish/subscribe keys pub-c-/sub-c- + UUID",
			body: `(?:pub|sub)-c-${group("[0-9a-z]")}`,
			mixed: true
		},
		{
			id: "ramp-key",
			description: "Ramp ramp_id_/ramp_sec_…",
			body: "ramp_(?:id_[A-Za-z0-9]{40}|sec_[A-Za-z0-9]{48})",
			mixed: true
		},
		{
			id: "robinhood-crypto-key",
			description: "Robinhood Crypto rh-api- + UUID",
			body: `rh-api-${UUID}`,
			mixed: true
		},
		{
			id: "rootly-key",
			description: "Rootly rootly_ + 64 hex",
			body: "rootly_[a-f0-9]{64}"
		},
		{
			id: "saladcloud-key",
			description: "SaladCloud salad_cloud_<id>_…",
			body: "salad_cloud_[A-Za-z0-9]{1,7}_[A-Za-z0-9]{7,235}",
			mixed: true
		},
		{
			id: "salesblink-key",
			description: "SalesBlink key- + 64",
			body: "key-[A-Za-z0-9]{64}",
			mixed: true
		},
		{
			id: "salesforce-consumer-key",
			description: "Salesforce connected-app consumer key 3MVG9… and refresh token 5AEP861…",
			body: "(?:3MVG9|5A[Ee][Pp]861)[A-Za-z0-9._+/=]{80,251}",
			edge: "A-Za-z0-9_.+/=-"
		},
		{
			id: "sendgrid-key-loose",
			description: "SendGrid SG.<22>.<43> with the lengths and dashes secretlint's rule does not take",
			body: "SG\\.[\\w-]{20,24}\\.[\\w-]{39,50}",
			mixed: true
		},
		{
			id: "smooch-key",
			description: "Smooch (Sunshine Conversations) act_ + 24",
			body: "act_[a-z0-9]{24}",
			mixed: true
		},
		{
			id: "square-access-token",
			description: "Square access token EAAA…",
			body: "EAAA[A-Za-z0-9_+=-]{60}",
			mixed: true
		},
		{
			id: "stripe-client-secret",
			description: "Stripe payment intent client secret pi_…_secret_…",
			body: "pi_[A-Za-z0-9]{24}_secret_[A-Za-z0-9]{25}"
		},
		{
			id: "telnyx-key",
			description: "Telnyx KEY + 55",
			body: "KEY[A-Za-z0-9_-]{55}",
			mixed: true
		},
		{
			id: "tickettailor-key",
			description: "Ticket Tailor sk_<4>_<6>_<32 hex>",
			body: "sk_\\d{4}_\\d{6}_[a-f0-9]{32}"
		},
		{
			id: "ubidots-token",
			description: "Ubidots BBFF-…",
			body: "BBFF-[A-Za-z0-9]{30}",
			mixed: true
		},
		{
			id: "voiceflow-key",
			description: "Voiceflow VF.[DM.|WS.]<24 hex>.<16>",
			body: "VF\\.(?:DM\\.|WS\\.)?[a-fA-F0-9]{24}\\.[A-Za-z0-9]{16}"
		},
		{
			id: "zoho-token",
			description: "Zoho OAuth tokens 1000.<32 hex>.<32 hex>",
			body: "1000\\.[a-f0-9]{32}\\.[a-f0-9]{32}",
			edge: "A-Za-z0-9_.-"
		},
		{
			id: "tableau-pat",
			description: "Tableau personal access token secret <22>==:<32>",
			body: "[A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32}",
			mixed: true,
			edge: "A-Za-z0-9_+/=:-"
		},
		{
			id: "asana-pat",
			description: "Asana personal access token 1/<id>:<32> and 2/<id>/<id>:<32>",
			body: "[12]/\\d{13,20}(?:/\\d{13,20})?:[A-Za-z0-9]{32}",
			mixed: true,
			edge: "A-Za-z0-9_/:-"
		},
		{
			id: "laravel-sanctum-token",
			description: "Laravel Sanctum personal access token <id>|<40> (Convier and other Laravel APIs)",
			body: "\\d{1,10}\\|[A-Za-z0-9]{40}",
			mixed: true,
			edge: "A-Za-z0-9_|-"
		},
		{
			id: "newrelic-other-key",
			description: "New Relic browser NRBR- keys and mobile app tokens …-NRMA",
			body: "NRBR-[a-f0-9]{19}|(?:AA[a-f0-9]{40}|eu01xx[a-f0-9]{36})-NRMA",
			mixed: true
		},
		{
			id: "zapier-webhook",
			description: "Zapier catch hook URL",
			body: "https://hooks\\.zapier\\.com/hooks/catch/[A-Za-z0-9/]{10,40}",
			edge: "A-Za-z0-9_/-"
		},
		{
			id: "tines-webhook",
			description: "Tines webhook URL",
			body: "https://[A-Za-z0-9-]+\\.tines\\.com/webhook/[a-z0-9]{32}/[a-z0-9]{32}"
		},
		{
			id: "teams-webhook",
			description: "Microsoft Teams incoming webhook URL",
			body: "https://[A-Za-z0-9-]+\\.webhook\\.office\\.com/webhookb2/[A-Za-z0-9-]{36}@[A-Za-z0-9-]{36}/IncomingWebhook/[A-Za-z0-9]{32}/[A-Za-z0-9-]{36}(?:/[A-Za-z0-9_-]{20,60})?"
		}
	];
}));
// src/core/redaction/rules/provider-keys-round17.ts
var ROUND17_PROVIDER_KEYS;
var init_provider_keys_round17 = __esmMin((() => {
	ROUND17_PROVIDER_KEYS = [
		{
			id: "trello-token",
			description: "Trello API token ATTA + 72 hex",
			body: "ATTA[A-Fa-f0-9]{72}",
			mixed: true
		},
		{
			id: "scrapfly-key",
			description: "Scrapfly scp-live-/scp-test- + 32",
			body: "scp-(?:live|test)-[a-z0-9]{32}",
			mixed: true
		},
		{
			id: "photoroom-key",
			description: "Photoroom sk_pr_<name>_ + 40 hex",
			body: "(?:sandbox_)?sk_pr_[A-Za-z0-9]{1,64}_[a-fA-F0-9]{40}",
			mixed: true,
			fixed: /^(?:sandbox_)?sk_pr_[A-Za-z0-9]{1,64}_/
		},
		{
			id: "onepassword-service-account-token",
			description: "1Password service account token ops_eyJ… (base64 or base64url)",
			body: "ops_eyJ[A-Za-z0-9+/_-]{168,8000}={0,3}",
			encoded: true
		},
		{
			id: "deno-deploy-token",
			description: "Deno Deploy ddp_/ddo_ + 36",
			body: "dd[po]_[A-Za-z0-9]{36}",
			mixed: true
		}
	];
}));
// src/core/redaction/rules/provider-keys-round20.ts
var ROUND20_PROVIDER_KEYS;
var init_provider_keys_round20 = __esmMin((() => {
	ROUND20_PROVIDER_KEYS = [
		{
			id: "gitlab-runner-registration-token",
			description: "GitLab runner registration token GR1348941 + 20",
			body: "GR1348941[A-Za-z0-9_-]{20}",
			fixed: /^GR1348941/
		},
		{
			id: "sendgrid-key-gitleaks",
			description: "SendGrid SG. + 66 of [A-Za-z0-9=_.-] (gitleaks), or two dotted parts of 16–50 with dashes",
			body: "SG\\.(?:[A-Za-z0-9=_.-]{66}|[A-Za-z0-9_-]{16,50}\\.[A-Za-z0-9_-]{16,50})",
			mixed: true,
			fixed: /^SG\./
		},
		{
			id: "sourcegraph-token-legacy",
			description: "Sourcegraph sgp_ + 40 hex (tokens without the instance id)",
			body: "sgp_[a-fA-F0-9]{40}"
		},
		{
			id: "authress-access-key",
			description: "Authress service client access key sc_/ext_/scauth_/authress_ <account>.<region>.acc_<id>.<secret>",
			body: "(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\\.[A-Za-z0-9]{4,6}\\.acc[_-][A-Za-z0-9-]{10,32}\\.[A-Za-z0-9+/_=-]{30,120}",
			edge: "A-Za-z0-9+/_=-",
			mixed: true
		},
		{
			id: "facebook-app-token",
			description: "Facebook app access token <15–16 digit app id>|<27–40>",
			body: "\\d{15,16}(?:\\||%7[Cc])[0-9A-Za-z_-]{27,40}",
			edge: "A-Za-z0-9_|-",
			mixed: true,
			fixed: /^\d{15,16}(?:\||%7[Cc])/
		}
	];
}));
// src/core/redaction/rules/provider-keys-round21.ts
var ROUND21_PROVIDER_KEYS;
var init_provider_keys_round21 = __esmMin((() => {
	ROUND21_PROVIDER_KEYS = [
		{
			id: "akamai-edgegrid-token",
			description: "Akamai EdgeGrid credential akab-<16>-<16>",
			body: "akab-[0-9a-z]{16}-[0-9a-z]{16}",
			mixed: true
		},
		{
			id: "azure-identifiable-key",
			description: "Azure identifiable key: 52 + JQQJ9[9DH] + 26 (+4)",
			body: "[0-9A-Za-z]{52}JQQJ9[9DH][0-9A-Za-z]{26}(?:[0-9A-Za-z=]{4})?",
			edge: "A-Za-z0-9_+/=-",
			fixed: /JQQJ9[9DH].*$/
		},
		{
			id: "atlassian-access-token",
			description: "Atlassian/Bitbucket access token ATCTT3xFfG… =<8 hex>",
			body: "ATCTT3xFfG[A-Za-z0-9_+/=-]{80,800}(?:=|%3[dD])[A-Fa-f0-9]{8}",
			edge: "A-Za-z0-9_+/=-",
			fixed: /^ATCTT3xFfG/
		},
		{
			id: "docker-swarm-token",
			description: "Docker Swarm join token SWMTKN-1-<50>-<25> and unlock key SWMKEY-1-<43>",
			body: "SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25}|SWMKEY-1-[0-9A-Za-z+/]{43}",
			fixed: /^SWM(?:TKN|KEY)-1-/
		},
		{
			id: "heroku-uuid-token",
			description: "Heroku HRKU- + UUID",
			body: "HRKU-[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}",
			fixed: /^HRKU-/
		},
		{
			id: "mailgun-hex-key",
			description: "Mailgun key <32 hex>-<8 hex>-<8 hex>",
			body: "[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}",
			edge: "A-Za-z0-9_-",
			mixed: true
		}
	];
}));
// src/core/redaction/rules/provider-keys-round22.ts
var ROUND22_PROVIDER_KEYS;
var init_provider_keys_round22 = __esmMin((() => {
	ROUND22_PROVIDER_KEYS = [
		{
			id: "riot-games-key",
			description: "Riot Games API key RGAPI-<36>",
			body: "RGAPI-[A-Za-z0-9_-]{36}",
			fixed: /^RGAPI-/
		},
		{
			id: "zhipu-api-key",
			description: "Zhipu (BigModel) API key <32 hex>.<16>",
			body: "[0-9a-fA-F]{32}\\.[A-Za-z0-9]{16}",
			edge: "A-Za-z0-9_.-",
			mixed: true
		},
		{
			id: "kubernetes-bootstrap-token",
			description: "Kubernetes bootstrap token <6>.<16> of [a-z0-9]",
			body: "(?<!\\.)(?=[a-z]{0,5}\\d)(?=\\d{0,5}[a-z])[a-z0-9]{6}\\.(?=[a-z]{0,15}\\d)(?=\\d{0,15}[a-z])[a-z0-9]{16}(?!\\.[A-Za-z0-9])",
			mixed: true
		},
		{
			id: "wakatime-key",
			description: "WakaTime API key waka_<uuid> or waka_<36+ of [a-z0-9]>",
			body: "waka_(?:[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}|[A-Za-z0-9]{36,64})",
			fixed: /^waka_/
		}
	];
}));
// src/core/redaction/rules/provider-keys.ts
/** A key body made of letters only is still random when no naming style explains it (`XWxNjdTAGdEMOu`, not `TestKey`). */
function randomBody(value) {
	if (characterClasses(value) < 2) return false;
	if (/\d/.test(value)) return true;
	const body = value.replace(/^[a-z]+[_-](?:[a-z]+[_-])?/, "");
	return !/^(?:[A-Z][a-z]{2,}|[a-z]{3,})(?:[A-Z][a-z]{2,})*$/.test(body);
}
var TOKEN_EDGE, PROVIDER_KEYS, KEYS, providerKeyRules;
var init_provider_keys = __esmMin((() => {
	init_checks();
	init_regex_rule();
	init_provider_keys_trufflehog();
	init_provider_keys_round17();
	init_provider_keys_round20();
	init_provider_keys_round21();
	init_provider_keys_round22();
	init_token_randomness();
	TOKEN_EDGE = "A-Za-z0-9_-";
	PROVIDER_KEYS = [
		{
			id: "openai-api-key",
			description: "OpenAI sk-…, sk-proj-…, sk-svcacct-…, sk-admin-…",
			body: "sk-(?!ant-)(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,300}",
			mixed: true
		},
		{
			id: "google-api-key",
			description: "Google API key AIza…",
			body: "AIza[0-9A-Za-z_-]{30,40}"
		},
		{
			id: "google-oauth-secret",
			description: "Google OAuth client secret GOCSPX-…",
			body: "GOCSPX-[A-Za-z0-9_-]{28}"
		},
		{
			id: "google-oauth-token",
			description: "Google OAuth access token ya29.…",
			body: "ya29\\.[0-9A-Za-z_-]{20,400}"
		},
		{
			id: "slack-token",
			description: "Slack xoxa-/xoxr-/xoxs-/xoxe- tokens (xoxb-/xoxp- are secretlint:slack)",
			body: "(?:xoxe\\.)?xox[aerse]-[0-9A-Za-z-]{10,250}"
		},
		{
			id: "discord-webhook",
			description: "Discord webhook URL",
			body: "https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d{17,20}/[A-Za-z0-9_-]{60,68}"
		},
		{
			id: "stripe-publishable-live-key",
			description: "Stripe pk_live_ (identifies the account)",
			body: "pk_live_[0-9A-Za-z]{16,250}"
		},
		{
			id: "stripe-webhook-secret",
			description: "Stripe whsec_…",
			body: "whsec_[A-Za-z0-9]{32,64}"
		},
		{
			id: "pypi-token",
			description: "PyPI upload token",
			body: "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}"
		},
		{
			id: "huggingface-token",
			description: "Hugging Face hf_…",
			body: "hf_[A-Za-z0-9]{30,40}",
			mixed: true
		},
		{
			id: "digitalocean-token",
			description: "DigitalOcean dop_v1_/doo_v1_/dor_v1_",
			body: "do[por]_v1_[a-f0-9]{64}"
		},
		{
			id: "xai-api-key",
			description: "xAI xai-…",
			body: "xai-[A-Za-z0-9]{70,90}"
		},
		{
			id: "perplexity-api-key",
			description: "Perplexity pplx-…",
			body: "pplx-[A-Za-z0-9]{40,56}"
		},
		{
			id: "replicate-token",
			description: "Replicate r8_…",
			body: "r8_[A-Za-z0-9]{32,40}"
		},
		{
			id: "notion-token",
			description: "Notion secret_…/ntn_…",
			body: "(?:secret|ntn)_[A-Za-z0-9]{43,46}",
			mixed: true
		},
		{
			id: "square-token",
			description: "Square sq0atp-/sq0csp- (round 15: sandbox sq0idb-/sq0csb- too; round 19: any sq0xxx- prefix)",
			body: "(?:sandbox-)?sq0[a-z]{3}-[0-9A-Za-z_-]{22,64}"
		},
		{
			id: "twilio-api-key",
			description: "Twilio API key SID SK + 32 hex",
			body: "SK[0-9a-f]{32}",
			edge: "A-Za-z0-9"
		},
		{
			id: "postman-api-key",
			description: "Postman PMAK-…",
			body: "PMAK-[A-Za-z0-9-]{59}",
			mixed: true
		},
		{
			id: "atlassian-api-token",
			description: "Atlassian ATATT3…",
			body: "ATATT3[A-Za-z0-9_=-]{100,300}"
		},
		{
			id: "telegram-bot-token",
			description: "Telegram bot token 123456789:AA…",
			body: "\\d{8,10}:AA[0-9A-Za-z_-]{33}",
			edge: "A-Za-z0-9_:-"
		},
		{
			id: "discord-bot-token",
			description: "Discord bot token: base64 user id . timestamp . HMAC",
			body: "[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40}",
			mixed: true
		},
		{
			id: "terraform-cloud-token",
			description: "HashiCorp Terraform Cloud/Enterprise token <id>.atlasv1.<secret>",
			body: "[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}"
		},
		{
			id: "airtable-pat",
			description: "Airtable personal access token pat<14>.<64 hex>",
			body: "pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}"
		},
		{
			id: "mailgun-api-key",
			description: "Mailgun key-… (32 hex)",
			body: "key-[a-f0-9]{32}"
		},
		{
			id: "mailchimp-api-key",
			description: "Mailchimp <32 hex>-us<dc>",
			body: "[a-f0-9]{32}-us\\d{1,2}"
		},
		{
			id: "sentry-token",
			description: "Sentry sntrys_/sntryu_ tokens",
			body: "(?:sntrys_eyJ[A-Za-z0-9_=-]{40,300}|sntryu_[a-f0-9]{64})"
		},
		{
			id: "doppler-token",
			description: "Doppler dp.pt./dp.st./dp.ct./dp.sa. tokens, service tokens with their config",
			body: "dp\\.(?:pt|st|ct|sa|scim|audit)\\.(?:[a-z0-9_-]{2,35}\\.)?[A-Za-z0-9]{40,44}"
		},
		{
			id: "pulumi-token",
			description: "Pulumi pul-… (40 hex)",
			body: "pul-[a-z0-9]{40}",
			mixed: true
		},
		{
			id: "flyio-token",
			description: "Fly.io fo1_…",
			body: "fo1_[A-Za-z0-9_-]{39,45}"
		},
		{
			id: "planetscale-token",
			description: "PlanetScale pscale_tkn_/pscale_pw_/pscale_oauth_",
			body: "pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64}",
			edge: "A-Za-z0-9_=-"
		},
		{
			id: "mapbox-secret-token",
			description: "Mapbox secret token sk.eyJ…",
			body: "sk\\.eyJ[A-Za-z0-9_-]{20,300}\\.[A-Za-z0-9_-]{20,30}"
		},
		{
			id: "dropbox-token",
			description: "Dropbox short-lived token sl.…",
			body: "sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,1400}",
			mixed: true
		},
		{
			id: "shippo-token",
			description: "Shippo shippo_live_/shippo_test_",
			body: "shippo_(?:live|test)_[a-f0-9]{40}"
		},
		{
			id: "brevo-key",
			description: "Brevo (Sendinblue) xkeysib-/xsmtpsib-",
			body: "x(?:keysib|smtpsib)-[A-Za-z0-9_-]{81}",
			mixed: true
		},
		{
			id: "heroku-token",
			description: "Heroku HRKU-…",
			body: "HRKU-[A-Za-z0-9_-]{58,64}"
		},
		{
			id: "dynatrace-token",
			description: "Dynatrace dt0c01.…",
			body: "dt0[a-z]\\d{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}"
		},
		{
			id: "adafruit-key",
			description: "Adafruit IO aio_…",
			body: "aio_[A-Za-z0-9]{28}",
			mixed: true
		},
		{
			id: "rubygems-key",
			description: "RubyGems rubygems_… (48 hex)",
			body: "rubygems_[a-f0-9]{48}"
		},
		{
			id: "sonarqube-token",
			description: "SonarQube squ_/sqp_/sqa_ (40 hex)",
			body: "sq[upa]_[a-f0-9]{40}"
		},
		{
			id: "jfrog-key",
			description: "JFrog API key AKCp…",
			body: "AKCp[A-Za-z0-9]{64,73}"
		},
		{
			id: "bitbucket-app-password",
			description: "Bitbucket app password ATBB…",
			body: "ATBB[A-Za-z0-9_=.-]{28,40}",
			mixed: true
		},
		{
			id: "buildkite-token",
			description: "Buildkite bkua_ (40 hex)",
			body: "bkua_[a-f0-9]{40}"
		},
		{
			id: "circleci-token",
			description: "CircleCI CCIPAT_/CCIPRJ_",
			body: "CCIP(?:AT|RJ)_[A-Za-z0-9]{20,24}_[a-fA-F0-9]{40}"
		},
		{
			id: "hubspot-token",
			description: "HubSpot private app token pat-na1-/pat-eu1-…",
			body: "pat-(?:na|eu|ap)\\d-[A-Za-z0-9]{8}-(?:[A-Za-z0-9]{4}-){3}[A-Za-z0-9]{12}",
			mixed: true
		},
		{
			id: "clickup-token",
			description: "ClickUp pk_<user id>_<32>",
			body: "pk_\\d{6,10}_[A-Z0-9]{32}"
		},
		{
			id: "netlify-token",
			description: "Netlify nfp_…",
			body: "nfp_[A-Za-z0-9]{36,40}",
			mixed: true
		},
		{
			id: "render-key",
			description: "Render rnd_…",
			body: "rnd_[A-Za-z0-9]{26,34}",
			mixed: true
		},
		{
			id: "neon-key",
			description: "Neon napi_…",
			body: "napi_[a-z0-9]{60,70}",
			mixed: true
		},
		{
			id: "resend-key",
			description: "Resend re_…_…",
			body: "re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}",
			mixed: true
		},
		{
			id: "pinecone-key",
			description: "Pinecone pcsk_…",
			body: "pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,70}"
		},
		{
			id: "tavily-key",
			description: "Tavily tvly-…",
			body: "tvly-(?:dev-|prod-)?[A-Za-z0-9]{30,34}",
			mixed: true
		},
		{
			id: "firecrawl-key",
			description: "Firecrawl fc-… (32 hex)",
			body: "fc-[a-f0-9]{32}"
		},
		{
			id: "e2b-key",
			description: "E2B e2b_… (40 hex)",
			body: "e2b_[a-f0-9]{40}"
		},
		{
			id: "fireworks-key",
			description: "Fireworks AI fw_…",
			body: "fw_[A-Za-z0-9]{20,28}",
			mixed: true
		},
		{
			id: "contentful-token",
			description: "Contentful CFPAT-…",
			body: "CFPAT-[A-Za-z0-9_-]{43}"
		},
		{
			id: "prefect-key",
			description: "Prefect pnu_…",
			body: "pnu_[A-Za-z0-9]{36}",
			mixed: true
		},
		{
			id: "readme-key",
			description: "ReadMe rdme_…",
			body: "rdme_[a-z0-9]{70}",
			mixed: true
		},
		{
			id: "typeform-token",
			description: "Typeform tfp_…",
			body: "tfp_[A-Za-z0-9_-]{40,64}",
			mixed: true
		},
		{
			id: "flutterwave-key",
			description: "Flutterwave FLWSECK-/FLWSECK_TEST-",
			body: "FLW(?:SECK|PUBK)(?:_TEST)?-[a-z0-9]{32}-X",
			mixed: true
		},
		{
			id: "easypost-key",
			description: "EasyPost EZAK/EZTK…",
			body: "EZ[AT]K[A-Za-z0-9]{54}"
		},
		{
			id: "duffel-token",
			description: "Duffel duffel_live_/duffel_test_",
			body: "duffel_(?:live|test)_[A-Za-z0-9_=-]{43}",
			edge: "A-Za-z0-9_=-"
		},
		{
			id: "frameio-token",
			description: "Frame.io fio-u-…",
			body: "fio-u-[A-Za-z0-9_=-]{64}"
		},
		{
			id: "alibaba-access-key-id",
			description: "Alibaba Cloud access key id LTAI…",
			body: "LTAI[A-Za-z0-9]{12,21}",
			mixed: true
		},
		{
			id: "razorpay-key",
			description: "Razorpay rzp_live_/rzp_test_",
			body: "rzp_(?:live|test)_[A-Za-z0-9]{14}",
			mixed: true
		},
		{
			id: "mercadopago-token",
			description: "Mercado Pago APP_USR-… access token",
			body: "APP_USR-\\d{16}-\\d{6}-[a-f0-9]{32}-\\d{6,10}"
		},
		{
			id: "posthog-personal-key",
			description: "PostHog personal API key phx_…",
			body: "phx_[A-Za-z0-9]{40,50}",
			mixed: true
		},
		{
			id: "langsmith-key",
			description: "LangSmith lsv2_pt_/lsv2_sk_",
			body: "lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}"
		},
		{
			id: "elevenlabs-key",
			description: "ElevenLabs sk_ + 48 hex",
			body: "sk_[a-f0-9]{48}"
		},
		{
			id: "paystack-key",
			description: "Paystack sk_live_/sk_test_ + 40 hex",
			body: "sk_[a-z]{1,8}_[A-Za-z0-9]{40}",
			mixed: true
		},
		{
			id: "azure-storage-connection-string",
			description: "Azure Storage connection string holding an AccountKey (account name and key are one credential)",
			body: "(?:(?<==)DefaultEndpointsProtocol=https?;|(?<![A-Za-z0-9_;=-])(?:DefaultEndpointsProtocol=https?;)?)AccountName=[A-Za-z0-9]{3,24};AccountKey=[A-Za-z0-9+/]{86}==(?:;EndpointSuffix=[A-Za-z0-9.]{1,64})?",
			edge: "A-Za-z0-9_;-"
		},
		{
			id: "azure-storage-key",
			description: "Azure storage AccountKey=…",
			body: "(?<=AccountKey=)[A-Za-z0-9+/]{86}=="
		},
		{
			id: "newrelic-key",
			description: "New Relic NRAK-/NRAA-/NRII-/NRIQ-/NRRA-/NRJS- keys and ingest license keys (…NRAL)",
			body: "(?:NR(?:AK|AA|II|IQ|RA|JS|SP)-[A-Za-z0-9_-]{19,48}|(?:eu01xx)?[a-fA-F0-9]{30,36}NRAL)",
			mixed: true
		},
		{
			id: "salesforce-access-token",
			description: "Salesforce access/session token 00D…!…",
			body: "00D[A-Za-z0-9]{12,15}![A-Za-z0-9_.]{80,120}",
			edge: "A-Za-z0-9_.!"
		},
		{
			id: "anthropic-key",
			description: "Anthropic keys secretlint does not know: sk-ant-admin01-, OAuth sk-ant-oat01-/sk-ant-ort01-, sk-ant-sid01- (its rule knows sk-ant-api03/04-)",
			body: "sk-ant-(?!api0)[a-z]{2,6}\\d{2}-[A-Za-z0-9_-]{80,200}"
		},
		{
			id: "django-insecure-key",
			description: "Django's generated SECRET_KEY django-insecure-… (startproject since Django 3.2)",
			body: "django-insecure-[a-z0-9!@#$%^&*(=+)_-]{20,80}",
			edge: "A-Za-z0-9!@#$%^&*(=+)_-"
		},
		{
			id: "azure-devops-pat",
			description: "Azure DevOps personal access token: 84 characters with AZDO at positions 76–79",
			body: "[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}"
		},
		{
			id: "azure-ad-client-secret",
			description: "Azure AD / Entra ID client secret xxx8Q~… (three characters, a digit, Q~, 31–34 more)",
			body: "[A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.-]{31,34}",
			edge: "A-Za-z0-9_~.-"
		},
		{
			id: "slack-app-token",
			description: "Slack app-level token xapp-1-…",
			body: "xapp-\\d-[A-Z0-9]{9,12}-\\d{10,14}-[a-f0-9]{64}"
		},
		{
			id: "sourcegraph-token",
			description: "Sourcegraph sgp_… access tokens and slk_… keys",
			body: "sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|slk_[a-f0-9]{64}"
		},
		{
			id: "nuget-api-key",
			description: "NuGet API key oy2… (46 lower-case letters and digits)",
			body: "oy2[a-z0-9]{43}",
			mixed: true
		},
		{
			id: "intra42-secret",
			description: "42 Intra client secret s-s4t2ud-/s-s4t2af-…",
			body: "s-s4t2(?:ud|af)-[a-f0-9]{64}"
		},
		{
			id: "supabase-key",
			description: "Supabase sbp_… access tokens and sb_secret_… keys",
			body: "sbp_[a-z0-9]{40}|sb_secret_[A-Za-z0-9_-]{31,40}",
			mixed: true
		},
		{
			id: "cerebras-key",
			description: "Cerebras csk-…",
			body: "csk-[a-z0-9]{48}",
			mixed: true
		},
		{
			id: "gitlab-other-token",
			description: "GitLab trigger, OAuth, SCIM, CI job, incoming mail, feed, agent, deploy and runner tokens",
			body: "gl(?:ptt|oas|soat|cbt|imt|ffct|agent|dt|rt|ft)-[A-Za-z0-9_-]{20,64}",
			mixed: true
		},
		{
			id: "plaid-access-token",
			description: "Plaid access-sandbox-/development-/production- tokens",
			body: "access-(?:sandbox|development|production)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"
		},
		{
			id: "defined-networking-key",
			description: "Defined Networking dnkey-…",
			body: "dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52}"
		},
		{
			id: "harness-token",
			description: "Harness personal and service account tokens pat./sat.…",
			body: "(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}"
		},
		{
			id: "openshift-token",
			description: "OpenShift user token sha256~…",
			body: "sha256~[A-Za-z0-9_-]{43}",
			mixed: true
		},
		{
			id: "teamwork-token",
			description: "Teamwork tkn.v1_…",
			body: "tkn\\.v1_[A-Za-z0-9+/]{40,120}={0,2}",
			mixed: true
		},
		{
			id: "launchdarkly-key",
			description: "LaunchDarkly api-/sdk-/mob- + UUID",
			body: "(?:api|sdk|mob)-[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}",
			mixed: true
		},
		{
			id: "onepassword-secret-key",
			description: "1Password account secret key A3-XXXXXX-…",
			body: "A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}",
			mixed: true
		},
		{
			id: "aws-other-key-id",
			description: "AWS key ids beside AKIA/ASIA (secretlint): A3T…, ABIA (STS bearer), ACCA (context credentials)",
			body: "(?:A3T[A-Z0-9]|ABIA|ACCA)[A-Z2-7]{16}",
			mixed: true
		},
		{
			id: "aws-bedrock-key",
			description: "Amazon Bedrock API keys ABSK… and short-lived bedrock-api-key-…",
			body: "ABSK[A-Za-z0-9+/]{109,269}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/%=_-]{20,2000}",
			fixed: /^bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t/
		},
		{
			id: "cloudflare-origin-ca-key",
			description: "Cloudflare Origin CA key v1.0-<24 hex>-<146 hex>",
			body: "v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}"
		},
		{
			id: "huggingface-org-token",
			description: "Hugging Face organisation token api_org_…",
			body: "api_org_[A-Za-z]{34}",
			mixed: true
		},
		{
			id: "octopus-deploy-key",
			description: "Octopus Deploy API-…",
			body: "API-[A-Z0-9]{26}",
			mixed: true
		},
		{
			id: "adobe-client-secret",
			description: "Adobe client secret p8e-…",
			body: "p8e-[A-Za-z0-9]{32}",
			mixed: true
		},
		{
			id: "maxmind-license-key",
			description: "MaxMind license key …_mmk",
			body: "[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk",
			mixed: true
		},
		{
			id: "settlemint-token",
			description: "SettleMint sm_pat_/sm_aat_/sm_sat_ tokens",
			body: "sm_(?:pat|aat|sat)_[A-Za-z0-9]{16}",
			mixed: true
		},
		{
			id: "age-secret-key",
			description: "age secret key AGE-SECRET-KEY-1…",
			body: "AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
			fixed: /^AGE-SECRET-KEY-1/
		},
		{
			id: "twitter-bearer-token",
			description: "X/Twitter app bearer token: 22 A then up to 100 characters",
			body: "A{22}[A-Za-z0-9%]{80,100}",
			fixed: /^A{22}/
		},
		{
			id: "dropbox-long-lived-token",
			description: "Dropbox long-lived token: 11 characters, ten A, 43 more",
			body: "[a-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}",
			fixed: /AAAAAAAAAA/
		},
		{
			id: "grafana-legacy-api-key",
			description: "Grafana legacy API key eyJrIjoi… (base64 of `{\"k\":\"…\",\"n\":\"…\",\"id\":…}`)",
			body: "eyJrIjoi[A-Za-z0-9]{70,400}={0,3}",
			encoded: true
		},
		{
			id: "spectral-token",
			description: "Spectral (Check Point) spu-/spk- tokens",
			body: "sp[uk]-[a-f0-9]{32}",
			mixed: true
		},
		{
			id: "gitlab-routable-token",
			description: "GitLab routable personal and runner tokens glpat-/glrt-t1_….01…",
			body: "(?:glpat-|glrt-t\\d_)[0-9A-Za-z_-]{27,300}\\.[0-9a-z]{2}\\.?[0-9a-z]{7}",
			mixed: true
		},
		{
			id: "besttime-key",
			description: "BestTime private key pri_ + 32 hex (pub_ is the public one)",
			body: "pri_[a-f0-9]{32}",
			mixed: true
		}
	];
	KEYS = [
		...PROVIDER_KEYS,
		...TRUFFLEHOG_PROVIDER_KEYS,
		...ROUND17_PROVIDER_KEYS,
		...ROUND20_PROVIDER_KEYS,
		...ROUND21_PROVIDER_KEYS,
		...ROUND22_PROVIDER_KEYS
	];
	providerKeyRules = KEYS.map(({ id, description, body, edge = TOKEN_EDGE, mixed, fixed, encoded }) => regexRule({
		id,
		kind: "api_key",
		level: "secrets",
		priority: 90,
		description,
		pattern: new RegExp(`(?<![${edge}])${body}(?![${edge}])`, "g"),
		accept: (value) => {
			const drawn = fixed ? value.replace(fixed, "") : value;
			return (id === "azure-devops-pat" ? looksMachineRandom(value.slice(0, 52), "keyed") : !looksLikePlaceholder(drawn)) && (!mixed || randomBody(value)) && (encoded || !countedBody(drawn));
		}
	}));
}));
// src/core/redaction/rules/token-urls.ts
/** The host of the URL that `before` ends inside names a key issuer (`api.openweathermap.org`, `…alchemy.com`). */
function providerHost(before) {
	const url = /([A-Za-z][A-Za-z0-9+.-]{1,20}):\/\/([^/\s?#]{1,200})[^\s]*$/.exec(before);
	if (!url) return false;
	return keyContextOf(url[2].replace(/^[^@]*@/, "").replace(/:\d+$/, "")).provider;
}
/** The last path segment of a URL run (`//eth-mainnet.g.alchemy.com/v2/<key>`) whose host names a key issuer and is
*  no page host, when it is random beyond hex (commit SHAs are hex). */
function* providerUrlKeys(run, at) {
	const host = /^\/\/([^/]{1,200})\//.exec(run);
	if (!host || PAGE_HOST.test(host[1]) || !keyContextOf(host[1].replace(/^[^@]*@/, "")).provider) return;
	const segment = run.slice(run.lastIndexOf("/") + 1);
	if (segment.length >= 16 && !/^[0-9a-fA-F-]+$/.test(segment) && !looksTypedIn(segment) && !looksLikePlaceholder(segment) && looksMachineRandom(segment, "keyed")) {
		yield {
			start: at + run.length - segment.length,
			end: at + run.length
		};
		return;
	}
	const first = CODE_HOST$1.test(host[1]) ? null : /^\/\/[^/]{1,200}\/([0-9a-fA-F]{32,128})(?=\/|$)/.exec(run);
	if (first && hexOrUuid(first[1])) {
		const start = at + first[0].length - first[1].length;
		yield {
			start,
			end: start + first[1].length
		};
	}
}
/** Round 9: `https://<key>@api.host/…`, `https://<key>:@host`, `https://<key>:x@host`: a machine-random user of a
*  URL's userinfo is a key (a password there is found by the connection-string rule). */
function userinfoKey(text, runStart, runEnd) {
	const next = text[runEnd];
	if (next !== "@" && next !== ":") return null;
	const tail = text.slice(runEnd, runEnd + 130);
	if (!/^(?:@|:[^\s/@]{0,100}@)[A-Za-z0-9.-]+\.[A-Za-z]{2,}/.test(tail)) return null;
	const user = text.slice(runStart + 2, runEnd);
	if (user.length < 16 || looksLikePlaceholder(user) || looksTypedIn(user) || !looksMachineRandom(user, "keyed")) return null;
	return {
		start: runStart + 2,
		end: runEnd
	};
}
/** Round 9: a key as the segment after an API version on an API host of any provider, named or not
*  (`https://mainnet.infura.io/v3/<key>`, `https://api.acme.dev/v2/<key>/forecast`): the host is an API's (`api.`,
*  `api-`, a chain or network name) or the path holds `/api/`, the segment follows `/v1/`…`/v9/` and is machine-random
*  (hex from 32 digits). Page and repository hosts are left out (document ids, commit SHAs). */
function* versionedApiKeys(run, at) {
	const host = /^\/\/([^/@]{1,200})\//.exec(run);
	if (!host || PAGE_HOST.test(host[1]) || CODE_HOST$1.test(host[1])) return;
	if (!(/^(?:api|rpc|mainnet|testnet|[a-z0-9-]*-(?:api|rpc|mainnet))[.-]/i.test(host[1]) || /\/api\//i.test(run))) return;
	const re = /\/v\d{1,2}\/([A-Za-z0-9_-]{16,128})(?=\/|$)|^\/\/[^/]{1,200}\/([A-Za-z0-9_-]{32,128})(?=\/|$)/g;
	let m;
	while ((m = re.exec(run)) !== null) {
		const segment = m[1] ?? m[2];
		if (m[2] !== void 0 && !/^(?:api|rpc)[.-]/i.test(host[1])) continue;
		if (/^[0-9a-fA-F-]+$/.test(segment) ? !hexOrUuid(segment) : !looksMachineRandom(segment, "keyed") || looksTypedIn(segment) || looksLikePlaceholder(segment)) continue;
		const start = at + m.index + m[0].length - segment.length;
		yield {
			start,
			end: start + segment.length
		};
	}
}
/** A query value given to a key-named parameter (`key`, `api_key`, `access_token`, `appid` of a provider's host). */
function queryKey(text, runStart, name, value) {
	if (value.length < 16 || looksLikePlaceholder(value) || looksTypedIn(value) || !looksMachineRandom(value, "keyed")) return false;
	if (KEY_PARAM.test(name)) return true;
	const named = keyContextOf(name);
	if (named.publicWord) return false;
	const head = text.slice(Math.max(0, runStart - 300), runStart);
	const before = head.slice(head.lastIndexOf("\n") + 1);
	return named.keyWord || providerHost(before) && /^client_?id$/i.test(name);
}
var CODE_HOST$1, PAGE_HOST, KEY_PARAM;
var init_token_urls = __esmMin((() => {
	init_checks();
	init_key_context();
	init_token_randomness();
	init_token_shapes();
	CODE_HOST$1 = /(?:^|\.)(?:github|gitlab|bitbucket|googleapis|gstatic|cloudfront|jsdelivr|unpkg|cdnjs|npmjs|docker)\./i;
	PAGE_HOST = /^(?:www|docs|drive|sheets|slides|forms|sites|support|developers?|console|portal|dashboard|app|mail|calendar|maps|photos|play|groups|colab|gist|raw|github|gitlab|web|help|learn|blog|status)\./i;
	KEY_PARAM = /^(?:app_?id|appid|app_?key|appkey|api|apikey|access|client|auth|code|sig|signature|k|subscription[-_]?key|license(?:_?key)?)$/i;
}));
// src/core/redaction/rules/random-tokens.ts
/** PEM blocks (certificates, public keys; private keys are their own rule), as ranges, found once per text. */
function pemBlocks(text) {
	const blocks = [];
	let at = text.indexOf("-----BEGIN ");
	while (at !== -1) {
		const end = text.indexOf("-----END ", at + 11);
		if (end === -1) {
			blocks.push({
				start: at,
				end: text.length
			});
			break;
		}
		blocks.push({
			start: at,
			end: end + 9
		});
		at = text.indexOf("-----BEGIN ", end + 9);
	}
	return blocks;
}
/** For starts asked in increasing order: does a PEM block of `text` cover it? The blocks are found at the first ask,
*  and each ask moves one cursor forward, so a text costs one pass however many tokens it holds. */
function pemCover(text) {
	let blocks = null;
	let at = 0;
	return (start) => {
		blocks ??= pemBlocks(text);
		while (at < blocks.length && blocks[at].end <= start) at++;
		return at < blocks.length && blocks[at].start <= start;
	};
}
function* find$7(text) {
	const inPem = pemCover(text);
	const re = new RegExp(RUN$1.source, "g");
	let match;
	while ((match = re.exec(text)) !== null) {
		let start = match.index;
		let end = start + match[0].length;
		if (end - start > MAX_RUN$1) continue;
		let cut = match[0].length - 1;
		while (cut > 0 && match[0][cut] === "=") cut--;
		const lastEquals = match[0].lastIndexOf("=", cut);
		if (lastEquals !== -1) start += lastEquals + 1;
		if (match[0].startsWith("//") && text[match.index - 1] === ":") {
			const user = userinfoKey(text, match.index, end);
			if (user) {
				yield user;
				continue;
			}
			yield* providerUrlKeys(match[0], match.index);
			yield* versionedApiKeys(match[0], match.index);
			if (!URL_SECRET_PATH.test(match[0])) continue;
		}
		const segment = URL_SECRET_PATH.exec(text.slice(start, end));
		if (segment) {
			start += segment.index + segment[0].length;
			const slash = text.indexOf("/", start);
			if (slash !== -1 && slash < end) end = slash;
		}
		while (end > start && /[.~_-]/.test(text[end - 1]) && !/=/.test(text[end - 1])) end--;
		while (start < end && /[./=~-]/.test(text[start])) start++;
		if (text[start] === "+" && (start === 0 || text[start - 1] === "\n") && /^\+[A-Za-z]/.test(text.slice(start, start + 2))) start++;
		const value = text.slice(start, end);
		if (value.length < 16) continue;
		const prev = text[match.index - 1] ?? "";
		if ((prev === "?" || prev === "&") && lastEquals > 0) {
			if (queryKey(text, match.index, match[0].slice(0, lastEquals), value)) yield {
				start,
				end
			};
			continue;
		}
		if (/[@\\#?&%]/.test(prev)) continue;
		const windowStart = Math.max(0, start - 100);
		const head = text.slice(windowStart, start);
		const before = head.slice(head.lastIndexOf("\n") + 1);
		const inUrl = /:\/\/\S*$/.test(before);
		if (DIGEST_BEFORE.test(before)) continue;
		if (inUrl && !URL_SECRET_SEGMENT.test(before)) {
			if (providerHost(before) && !PAGE_HOST.test(/:\/\/([^/\s]*)[^\s]*$/.exec(before)?.[1] ?? "") && !/^[0-9a-fA-F-]+$/.test(value) && looksMachineRandom(value, "keyed") && !looksTypedIn(value)) yield {
				start,
				end
			};
			continue;
		}
		if (value.startsWith("AAAA") || ID_PREFIX.test(value) || /^(?:sha\d{1,3}|md5)-/.test(value) || publicKeyShaped(value)) continue;
		if (/\}\.$/.test(before)) continue;
		if (looksLikePlaceholder(value) || looksTypedIn(value) || encodesPlainText(value)) continue;
		if (/^123e4567-e89b-12d3-a456-/i.test(value)) continue;
		const strong = keyLike(value, 20) || capsPrefixed(value) || selfNamed(value);
		const hexLike = !strong && hexOrUuid(value);
		const glued = hexLike ? null : gluedTail(value);
		if (!strong && !hexLike && !glued && !looksMachineRandom(value, "keyed")) continue;
		if (inPem(start)) continue;
		if (glued) {
			yield {
				start: start + glued,
				end
			};
			continue;
		}
		if ((BASIC_USER_BEFORE.test(before) && text[end] === ":" || API_LABEL.test(before)) && (strong || hexLike || looksMachineRandom(value, "keyed"))) {
			yield {
				start,
				end
			};
			continue;
		}
		const assigned = ASSIGNED.exec(before);
		const name = assigned ? assigned[1] ?? assigned[2] ?? "" : "";
		const bareName = name.replace(/[-.]+$/, "");
		if (assigned && (NOT_SECRET_NAME.test(bareName) || NOT_SECRET_CAMEL.test(bareName)) && !/access[_-]?key[_-]?id$|^app_?id$/i.test(name)) continue;
		const quoted = /["'`]$/.test(before) && text[end] === before[before.length - 1];
		const placed = assigned || quoted || inUrl || CLIENT_CALL.test(before) || LEAK_VERB.test(before);
		if (strong && (placed || inCallArguments(text, start) || namedAfter(text, end))) {
			yield {
				start,
				end
			};
			continue;
		}
		if (keyLike(value, 32) || capsPrefixed(value)) {
			yield {
				start,
				end
			};
			continue;
		}
		if (keyedAround(text, start, before) || commentNamesKey(text, end)) {
			yield {
				start,
				end
			};
			continue;
		}
		if (!hexLike) continue;
		const calledOrNamed = (CONSTRUCTOR_CALL.test(before) || API_NAME.test(before)) && value.length <= 40;
		if (CLIENT_CALL.test(before) || calledOrNamed || LEAK_ONLY.test(before)) yield {
			start,
			end
		};
		else if (inCallArguments(text, start) || namedAfter(text, end)) yield {
			start,
			end
		};
	}
}
var RUN$1, MAX_RUN$1, NOT_SECRET_NAME, NOT_SECRET_CAMEL, ID_PREFIX, DIGEST_BEFORE, LEAK_VERB, LEAK_ONLY, CLIENT_CALL, CONSTRUCTOR_CALL, API_NAME, CALL_ARGUMENT, inCallArguments, URL_SECRET_PATH, URL_SECRET_SEGMENT, NAMED_AFTER, namedAfter, BASIC_USER_BEFORE, API_LABEL, ASSIGNED, randomTokenRules;
var init_random_tokens = __esmMin((() => {
	init_checks();
	init_key_context();
	init_token_randomness();
	init_token_urls();
	init_token_shapes();
	RUN$1 = /[A-Za-z0-9+/_~.=-]{16,}/g;
	MAX_RUN$1 = 1024;
	NOT_SECRET_NAME = /(?:^|[_.-])(?:ids?|sids?|uuid|guid|hash(?:es)?|checksum|shasum|sha\d*|md5|digest|integrity|etag|fingerprint|thumbprint|commit|revision|rev|ref|sha|version|mappings?|sources?(?:content)?|names|src|srcset|href|url|uri|path|file(?:name)?|dir|image|img|icon|avatar|logo|font|d|points|class(?:name)?|style|title|label|slug|text|message|description|content|public_?key|pub_?key|cert(?:ificate)?|ca|nonce|request_?id|trace_?id|span_?id|correlation_?id|hash_?id|object_?id|build|tag|sku|isbn|locale|lang|color|colour|format|pattern|regex|selector|xpath|query|mime|type|secure)\d*$/i;
	NOT_SECRET_CAMEL = /(?:[a-z]Id|[a-z]ID|[a-z]Sid|[a-z]SID|Ids|Hash|Url|Uri|Path|Sha|Digest)\d*$/;
	ID_PREFIX = /^(?:pk_test|chatcmpl|cmpl|msg|msgbatch|toolu|srvtoolu|req|call|run|thread|asst|file|batch|step|resp|evt|cus|ch|pi|pm|py|sub|in|ii|il|prod|price|acct|txn|src|seti|si|po|tr|re|ba|card|cs_test|cs_live|ft|ftjob|org|proj|user|vs|modr|img|conv|chatcmpl-tool|fp|ses|sched|cm|mdl|ws|wf)[-_]/;
	DIGEST_BEFORE = /(?:sha\d{1,3}|md5|h\d)[-:]$|base64,$|nonce-$|integrity[=:"' ]{1,4}$/i;
	LEAK_VERB = /(?:committed|commited|pushed|leaked|exposed|pasted|posted|shared|published|uploaded|checked in|hard-?coded|hardcoded|rotated|revoked|regenerated|is my|are my|mein(?:en)? |ma clé|mi clave|my (?:\w+ ){0,2}(?:is|was)|using|use|set)(?:[ \t]+(?:it|this|that|the|a|an|my|our|in|to|into|as))?[ \t:]{1,3}["'`]?$/i;
	LEAK_ONLY = /(?:accidentally[ \t]+(?:committed|commited|pushed|shared|posted|published|uploaded|pasted)|leaked|exposed|pasted|posted|published|hard-?coded|hardcoded)(?:[ \t]+(?:it|this|that|the|a|an|my|our|in|to|into|as))?[ \t:]{1,3}["'`]?$/i;
	CLIENT_CALL = /(?:[A-Z][A-Za-z0-9]*(?:Client|Api|API|Sdk|SDK|Service|Auth|Connection|Session)|(?:create|init|make|new)_?[Cc]lient|new[ \t]+[A-Z][\w.]*)[ \t]*\([ \t]*["'`]$/;
	CONSTRUCTOR_CALL = /(?:^|[^\w.$])(?!(?:Test\w*|\w*(?:Id|ID|Uuid|UUID|Guid|GUID|Hash|Sha|SHA|Digest|Hex|Color|Colour|Address|Checksum|Commit|Version|Case)[ \t]*\())[A-Z][a-z][A-Za-z0-9]{1,40}[ \t]*\([ \t]*["'`]$/;
	API_NAME = /(?:^|[^A-Za-z])(?:[A-Za-z0-9]+[_.-])*(?:api|API)["'`]?[ \t]*(?:=|:=|:|=>)[ \t]*["'`]?$|[a-z0-9]Api["'`]?[ \t]*(?:=|:=|:|=>)[ \t]*["'`]?$/;
	CALL_ARGUMENT = /(?:[A-Z][A-Za-z0-9]*(?:Client|Api|API|Sdk|SDK|Service|Auth|Connection|Session|Credentials?)|OAuth\w{0,10}|[Aa]uth|[Cc]redentials?)[ \t]*\([ \t\r\n]*(?:(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'|[A-Za-z_$][\w$.]{0,60})[ \t]*,[ \t\r\n]*){1,6}["'`]$/;
	inCallArguments = (text, start) => CALL_ARGUMENT.test(text.slice(Math.max(0, start - 600), start));
	URL_SECRET_PATH = /\/(?:webhooks?|hooks?|tokens?|keys?|secrets?|auth|apikeys?|api[_-]keys?|access[_-]tokens?|signing[_-]keys?)\/(?:\d{1,20}\/)?(?=[A-Za-z0-9_-]{16})/i;
	URL_SECRET_SEGMENT = /\/(?:webhooks?|hooks?|tokens?|keys?|secrets?|auth|apikeys?|api[_-]keys?|access[_-]tokens?|signing[_-]keys?)\/(?:\d{1,20}\/)?$/i;
	NAMED_AFTER = /^["'`]?[ \t]{1,3}(?:is|was|are|=)[ \t]{1,3}(?:my|our|the|his|her|their|your)[ \t]{1,3}(?:[\w-]{1,20}[ \t]{1,3}){0,3}(?:keys?|tokens?|secrets?|passwords?|credentials?|pat)\b/i;
	namedAfter = (text, end) => NAMED_AFTER.test(text.slice(end, end + 90));
	BASIC_USER_BEFORE = /(?:^|[\s"'])(?:-u|--user|-U|--proxy-user)(?:[ \t]{1,3}|=)["']?$/;
	API_LABEL = /(?:^|[\s(|])API[ \t]{0,2}(?:[:=：]|-{1,2}|—|→)[ \t]{0,3}["'`]?$/;
	ASSIGNED = /(?:^|[\s{,;(])["'`]?([A-Za-z_$][\w$.-]{0,60})["'`]?\]?[ \t]*(?:=|:=|=>|:|->)[ \t]*["'`]?$|<([A-Za-z][\w:.-]{0,60})(?:[ \t][^<>]{0,120})?>[ \t]*$/;
	randomTokenRules = [{
		id: "random-token",
		kind: "secret",
		level: "secrets",
		priority: 45,
		description: "A key-shaped random token (upper, lower and digits mixed throughout) given to any name, passed to a client constructor, named in prose about leaking it, or 32+ characters anywhere; hex and UUIDs only as a client argument or after a leak verb; never digests, ids, URLs, PEM bodies or public keys",
		find: (text) => [...find$7(text)]
	}];
}));
// src/core/redaction/rules/secret-stores.ts
function valueAfterFlag(text, re, needs) {
	const found = [];
	const scan = new RegExp(re.source, re.flags);
	let match;
	while ((match = scan.exec(text)) !== null) {
		const rest = match[1];
		if (needs && !needs.test(rest)) continue;
		const flag = VALUE_FLAG.exec(rest);
		if (!flag) continue;
		const [from, to] = flag.indices[2];
		const offset = match.index + match[0].length - rest.length;
		if (plausiblePassword(rest.slice(from, to))) found.push({
			start: offset + from,
			end: offset + to
		});
	}
	return found;
}
function* pulumiSecrets(text) {
	const re = new RegExp(PULUMI.source, PULUMI.flags);
	let match;
	while ((match = re.exec(text)) !== null) {
		const [start, end] = match.indices[2] ?? match.indices[4];
		if (plausiblePassword(text.slice(start, end))) yield {
			start,
			end
		};
	}
}
function* rclonePairs(text, kind) {
	const re = new RegExp(RCLONE.source, RCLONE.flags);
	let match;
	while ((match = re.exec(text)) !== null) {
		const rest = match[1];
		const offset = match.index + match[0].length - rest.length;
		const pairs = new RegExp(RCLONE_PAIR.source, RCLONE_PAIR.flags);
		let pair;
		while ((pair = pairs.exec(rest)) !== null) {
			if (/^pass/.test(pair[1]) !== (kind === "password")) continue;
			const [from, to] = pair.indices[3];
			if (plausiblePassword(rest.slice(from, to))) yield {
				start: offset + from,
				end: offset + to
			};
		}
	}
}
var SSM, KEY_VAULT, VALUE_FLAG, PULUMI, RCLONE, RCLONE_PAIR, secretStoreRules;
var init_secret_stores = __esmMin((() => {
	init_secrets();
	SSM = /(?<![\w-])aws[ \t]{1,4}ssm[ \t]{1,4}put-parameter(?![\w-])([^\n]{0,400})/g;
	KEY_VAULT = /(?<![\w-])az[ \t]{1,4}keyvault[ \t]{1,4}secret[ \t]{1,4}set(?![\w-])([^\n]{0,400})/g;
	VALUE_FLAG = /(?<=[ \t])--value(?:[ \t]{1,4}|=)(["']?)([^\s"']{1,256})\1/d;
	PULUMI = /(?<![\w-])pulumi[ \t]{1,4}config[ \t]{1,4}set[ \t]{1,4}(?:--secret[ \t]{1,4}(?:--path[ \t]{1,4})?[^\s"'-][^\s]{0,100}[ \t]{1,4}(["']?)([^\s"']{1,256})\1|(?:--path[ \t]{1,4})?[^\s"'-][^\s]{0,100}[ \t]{1,4}(["']?)([^\s"']{1,256})\3[ \t]{1,4}--secret(?![\w-]))/dg;
	RCLONE = /(?<![\w-])rclone[ \t]{1,4}config[ \t]{1,4}(?:create|update)(?![\w-])([^\n]{0,600})/g;
	RCLONE_PAIR = /(?<=[ \t])(pass|password|password2|secret_access_key|client_secret|account_key|key|token|api_key|app_key|bearer_token|access_token|sas_url|session_token|auth_token)[ \t]{1,4}(["']?)([^\s"']{1,256})\2/dg;
	secretStoreRules = [{
		id: "secret-store-value",
		kind: "secret",
		level: "secrets",
		priority: 78,
		description: "Round 11: the value a command stores as a secret — `aws ssm put-parameter … --type SecureString --value X`, `az keyvault secret set … --value X`, `pulumi config set --secret NAME X`, rclone `config create|update` secret options",
		find: (text) => [
			...valueAfterFlag(text, SSM, /SecureString/),
			...valueAfterFlag(text, KEY_VAULT),
			...pulumiSecrets(text),
			...rclonePairs(text, "secret")
		]
	}, {
		id: "rclone-password",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "Round 11: rclone `config create|update` password options (`pass X`, `password X`)",
		find: (text) => [...rclonePairs(text, "password")]
	}];
}));
// src/core/redaction/rules/seed-wordlists.ts
/** The lists indexed by word, built on first use: ~10 ms of normalising and 20,000 map entries that the background
*  would otherwise pay at every service-worker start, whether or not anything is redacted while it lives. */
function seedIndex() {
	if (built) return built;
	const lists = RAW.map(([name, words]) => ({
		name,
		index: new Map(words.map((w, i) => [w.normalize("NFC"), i]))
	}));
	const mask = /* @__PURE__ */ new Map();
	lists.forEach((list, bit) => {
		for (const word of list.index.keys()) mask.set(word, (mask.get(word) ?? 0) | 1 << bit);
	});
	return built = {
		lists,
		mask
	};
}
var RAW, built;
var init_seed_wordlists = __esmMin((() => {
	RAW = [
		["english", wordlist$1],
		["spanish", wordlist$8],
		["french", wordlist$2],
		["italian", wordlist$3],
		["portuguese", wordlist$6],
		["czech", wordlist],
		["japanese", wordlist$4],
		["korean", wordlist$5],
		["chinese_simplified", wordlist$7],
		["chinese_traditional", wordlist$9]
	];
	built = null;
}));
// src/core/redaction/rules/seed-phrases.ts
function* unlisted(text) {
	for (const m of text.matchAll(UNLISTED_RUN)) {
		const start = m.index + m[0].indexOf(m[1]);
		const count = m[1].split(/[ \t\u3000]/).length;
		if (!LENGTHS.includes(count)) continue;
		const head = text.slice(Math.max(0, start - 200), start).split("\n");
		if (STRONG_SEED_CONTEXT.test(head.slice(-2).join("\n"))) yield {
			start,
			end: start + m[1].length
		};
	}
}
/** A word as a person writes a phrase (all lower case, capitalised at a sentence start, or all upper case) → the
*  word in NFC lower case and the lists holding it, or null. */
function listWord(raw) {
	const nfc = MARK.test(raw) ? raw.normalize("NFC") : raw;
	const lower = nfc.toLowerCase();
	const mask = seedIndex().mask.get(lower);
	if (!mask) return null;
	if (nfc === lower || nfc === nfc.toUpperCase() || nfc === nfc[0] + lower.slice(1)) return {
		word: lower,
		mask
	};
	return null;
}
function seedContext(text, start) {
	const lines = text.slice(Math.max(0, start - 200), start).split("\n");
	return SEED_CONTEXT.test(lines.slice(-3).join("\n"));
}
/** BIP-39's checksum: the words' 11-bit indices are the entropy followed by the first bits of its SHA-256 (one bit per
*  three words), the same test as `validateMnemonic`. */
function checksumHolds(words, index = seedIndex().lists[0].index) {
	const bits = words.length * 11;
	const checksumBits = bits / 33;
	const entropy = new Uint8Array((bits - checksumBits) / 8 | 0);
	let acc = 0;
	let held = 0;
	let at = 0;
	for (const w of words) {
		acc = acc << 11 | index.get(w.word);
		held += 11;
		while (held >= 8 && at < entropy.length) {
			held -= 8;
			entropy[at++] = acc >>> held & 255;
		}
		acc &= (1 << held) - 1;
	}
	return sha256(entropy)[0] >>> 8 - checksumBits === acc;
}
/** The checksum holds with the indices of one of the lists in `mask`. Lists that give the words the same indices
*  (most characters of the two Chinese lists) are checked once. */
function checksumInSome(window, mask) {
	let tried = null;
	const { lists } = seedIndex();
	for (let bit = 0; bit < lists.length; bit++) {
		if (!(mask & 1 << bit)) continue;
		const index = lists[bit].index;
		const indices = window.map((w) => index.get(w.word));
		if (tried && indices.every((n, k) => n === tried[k])) continue;
		tried = indices;
		if (checksumHolds(window, index)) return true;
	}
	return false;
}
/** The words are numbered 1, 2, 3… in their gaps (`1. abandon 2. ability`, `01) … 02) …`). */
function numbered(text, words) {
	let expected = 2;
	for (let i = 1; i < words.length; i++) {
		const n = /(\d{1,2})/.exec(text.slice(words[i - 1].end, words[i].start));
		if (!n || Number(n[1]) !== expected) return false;
		expected++;
	}
	return true;
}
/** The longest window of a BIP-39 length in a run of words of the lists in `mask` that is a phrase. */
function phraseIn(text, words, mask) {
	if (words.length < 12 || words.length > MAX_RUN) return null;
	const named = seedContext(text, words[0].start) || numbered(text, words);
	for (const length of LENGTHS) {
		const last = words.length - length;
		for (let i = Math.max(0, last - STRAY); i <= Math.min(STRAY, last); i++) {
			const window = words.slice(i, i + length);
			if (!named && new Set(window.map((w) => w.word)).size < length - 1) continue;
			if (checksumInSome(window, mask)) return {
				start: window[0].start,
				end: window[length - 1].end
			};
		}
	}
	if (named && LENGTHS.includes(words.length)) return {
		start: words[0].start,
		end: words[words.length - 1].end
	};
	return null;
}
function* find$6(text) {
	const re = /[\p{L}\p{M}]+/gu;
	let run = [];
	let runMask = 0;
	let tooLong = false;
	let lastEnd = -1;
	let match;
	const close = function* () {
		if (!tooLong) {
			const found = phraseIn(text, run, runMask);
			if (found) yield found;
		}
		run = [];
		tooLong = false;
	};
	while ((match = re.exec(text)) !== null) {
		const start = match.index;
		const end = start + match[0].length;
		const listed = listWord(match[0]);
		const joined = lastEnd >= 0 && (start - lastEnd === 1 ? SPACE.test(text[lastEnd]) : start - lastEnd <= 16 && GAP.test(text.slice(lastEnd, start)));
		if (!listed || !joined || !(runMask & listed.mask)) yield* close();
		lastEnd = listed ? end : -1;
		if (!listed || tooLong) continue;
		runMask = run.length ? runMask & listed.mask : listed.mask;
		run.push({
			start,
			end,
			word: listed.word
		});
		if (run.length > MAX_RUN) tooLong = true;
	}
	yield* close();
}
var LENGTHS, MAX_RUN, STRAY, GAP, SEED_CONTEXT, STRONG_SEED_CONTEXT, UNLISTED_RUN, MARK, SPACE, seedPhraseRules;
var init_seed_phrases = __esmMin((() => {
	init_seed_wordlists();
	LENGTHS = [
		24,
		21,
		18,
		15,
		12
	];
	MAX_RUN = 30;
	STRAY = 2;
	GAP = /^["'`]?[ \t\u3000]*[,、]?[ \t\u3000]*(?:\r?\n[ \t\u3000]*){0,2}(?:[-*•|][ \t]*|\(?\d{1,2}[.):]?[ \t]*|\d{1,2}[ \t]*[-–:][ \t]*)?["'`]?$/;
	SEED_CONTEXT = /seed|mnemoni|recovery|backup|phrase|wallet|metamask|ledger|trezor|bip-?39|semilla|frase|semente|graine|r[ée]cup[ée]ration|wiederherstell|wörter|woorden|herstel|ziarn|odzyskiw|recupero|\bseme\b|tohum|kurtarma|cümle|сид|мнемон|фраз|восстановл|відновл|助记词|助記詞|种子|種子|恢复|ニーモニック|シード|復元|시드|니모닉|복구|کلمات بازیابی|عبارة|بذرة|ביטוי|גיבוי|เมล็ด|กู้คืน|cụm từ|khôi phục|benih|pemulihan/i;
	STRONG_SEED_CONTEXT = /seed|mnemoni|recovery|r[ée]cup[ée]ra|wiederherstell|herstel|odzyskiw|recupero|tohum|kurtarma|сид|мнемон|восстановл|відновл|助记词|助記詞|种子|種子|恢复|ニーモニック|シード|復元|시드|니모닉|복구|بازیابی|بذرة|กู้คืน|khôi phục|pemulihan/i;
	UNLISTED_RUN = /(?<=^|[:=>"'`\n])[ \t]*((?:\p{Ll}[\p{Ll}\p{M}]{2,11}[ \t\u3000]){11,23}\p{Ll}[\p{Ll}\p{M}]{2,11})[ \t]*(?=["'`<\r\n]|$)/gu;
	MARK = /[\p{M}\u1100-\u11ff]/u;
	SPACE = /[ \t\n\u3000,"'`]/;
	seedPhraseRules = [{
		id: "seed-phrase",
		kind: "secret",
		level: "secrets",
		priority: 47,
		description: "Round 11: a wallet seed phrase — 12, 15, 18, 21 or 24 words of one BIP-39 list (@scure/bip39; English, and since round 12 the nine other official languages) in a row, checksum-valid, or called a seed/recovery phrase in some language, or numbered",
		find: (text) => [...find$6(text)]
	}, {
		id: "seed-phrase-unlisted",
		kind: "secret",
		level: "secrets",
		priority: 47,
		description: "Round 12: a seed phrase of a list the engine does not ship (wallets' Russian or Turkish lists): exactly 12, 15, 18, 21 or 24 lower-case words of 3–9 letters standing alone as a value, on the line of or the line after a word that names a seed/mnemonic/recovery phrase",
		find: (text) => [...unlisted(text)]
	}];
}));
// src/core/redaction/rules/labelled-values.ts
/** What a person chooses as a password and an identifier never looks like: both cases of letters mixed with digits or
*  a symbol (IBANs, tracking numbers, hashes, commits and build ids are in one case), or words joined with a number
*  (`aroha.kiboko.33`). Quoted strings, `a:b`, `x=y` and e-mail addresses are code or addresses; counting runs and
*  repeated groups are typed-in stand-ins. */
function chosenShape(value) {
	if (/^["'`]|[:=]|@[\p{L}\p{N}-]+\.\p{L}{2,}/u.test(value) || looksTypedIn(value)) return false;
	if (/^eyJ/.test(value)) return false;
	if (/^\p{L}\p{Ll}+(?:\p{Lu}\p{Ll}+){2,}\d*$/u.test(value)) return false;
	const mixedCase = /\p{Lu}/u.test(value) && /\p{Ll}/u.test(value) && /\p{Ll}\p{Lu}|\p{L}\d|\d\p{L}|[^\p{L}\p{N}._'’-]/u.test(value);
	const passphrase = /^\p{L}{2,}(?:[-._]\p{L}{2,})+[-._]?\d{1,4}$/u.test(value);
	if (!mixedCase && !passphrase) return false;
	return passwordTokenShape(value, "before") && passwordTokenShape(value, "after");
}
/** A label that makes the value something else: one word glued with a hyphen (`my-password`, a name), or a word that
*  calls it public (`hash`, `commit`, `fingerprint`: key-context.ts's list). */
function labelSaysOtherwise(label) {
	const words = label.toLowerCase().split(/[\s:：→—–>-]+/u).filter(Boolean);
	if (/^[^\s]+-[^\s]+[ \t]*$/u.test(label.trim()) && !/\s/.test(label.trim())) return true;
	return words.some((w) => PUBLIC_WORDS.has(w));
}
function* find$5(text) {
	for (const m of text.matchAll(LABELLED_LINE)) {
		if (labelSaysOtherwise(m[0].slice(0, m[0].indexOf(m[1])).replace(/[ \t:：→—–>-]+$/u, ""))) continue;
		if (m[1].endsWith(";")) continue;
		const lead = /^[„“«‚‘‹「『]*/u.exec(m[1])[0].length;
		const value = m[1].slice(lead).replace(/[.,。)]+$/, "").replace(/[“”»‘’›」』]+$/u, "");
		if (!chosenShape(value)) continue;
		const start = m.index + m[0].indexOf(m[1]) + lead;
		yield {
			start,
			end: start + value.length
		};
	}
}
var WORD$2, LABELLED_LINE, labelledValueRules;
var init_labelled_values = __esmMin((() => {
	init_checks();
	init_key_context();
	init_password_shape();
	WORD$2 = "[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]{0,30}";
	LABELLED_LINE = new RegExp(`(?<=^|\\n)(?:${WORD$2}[ \\t]{1,3}){0,5}${WORD$2}[ \\t]*(?:[:：→—–]|->|-)?[ \\t]{1,3}([^\\s]{6,64})(?:[ \\t]{1,3}${WORD$2}){0,3}[ \\t]*[.。]?[ \\t]*(?=\\r?\\n|$)`, "gu");
	labelledValueRules = [{
		id: "labelled-value-line",
		kind: "password",
		level: "secrets",
		priority: 74,
		description: "Round 12: a password-shaped value (strict shape: three classes, symbol and digits, machine-random or a passphrase; no word with a number) ending a line that a label of one to six words of any language introduces, with at most three words after it",
		find: (text) => [...find$5(text)]
	}];
}));
// src/core/redaction/rules/passphrase-lines.ts
function phraseOfWords(value) {
	const words = value.split(" ");
	if (words.filter((word) => [...word].length === 3).length > 1) return false;
	if (!words.every((word) => /^(?:\p{Ll}+|\p{Lu}\p{Ll}*|\p{Lu}+)$/u.test(word))) return false;
	return !passwordUiText(value) && !endsWithPasswordWord(value);
}
/** The lines before and after the one spanning `lineStart`..`end`, each when it is at most 200 characters long. */
function neighbours(text, lineStart, end) {
	const out = [];
	if (lineStart > 0) {
		const prevEnd = lineStart - 1;
		const prevStart = lineStartWithin(text, Math.max(0, prevEnd - MAX_NEIGHBOUR - 1), prevEnd);
		if (prevEnd - prevStart <= MAX_NEIGHBOUR) out.push(text.slice(prevStart, prevEnd));
	}
	if (text[end] === "\n" || text.startsWith("\r\n", end)) {
		const nextStart = text.indexOf("\n", end) + 1;
		const stop = lineEndWithin(text, nextStart, Math.min(text.length, nextStart + MAX_NEIGHBOUR + 1));
		if (stop - nextStart <= MAX_NEIGHBOUR) out.push(text.slice(nextStart, stop));
	}
	return out;
}
function* find$4(text) {
	if (!text.includes(":") && !text.includes("：")) return;
	for (const match of text.matchAll(LINE)) {
		const label = match[1];
		const value = match[2];
		if (!endsWithPasswordWord(label) || !phraseOfWords(value)) continue;
		const start = match.index + match[0].indexOf(value, match[0].indexOf(label) + label.length);
		const end = start + value.length;
		if (!neighbours(text, match.index, end).some((line) => FORM_LINE.test(line.replace(/\r$/, "")))) continue;
		yield {
			start,
			end
		};
	}
}
var LINE, MAX_NEIGHBOUR, FORM_LINE, passphraseLineRules;
var init_passphrase_lines = __esmMin((() => {
	init_address_lines();
	init_password_context();
	init_ui_strings();
	LINE = new RegExp(`(?<=^|\\n)[ \\t]{0,4}([\\p{L}][\\p{L}\\p{M}'’-]{0,30}(?:[ \\t][\\p{L}][\\p{L}\\p{M}'’-]{0,30}){0,3})[ \\t]{0,2}[:：][ \\t]{1,3}([\\p{L}\\p{M}]{3,14}(?: [\\p{L}\\p{M}]{3,14}){2,7})[ \\t]*(?=\\r?\\n|$)`, "gu");
	MAX_NEIGHBOUR = 200;
	FORM_LINE = /^[ \t]{0,4}[\p{L}][\p{L}\p{M}\p{N} .'’/()-]{0,40}[:：][ \t]*\S/u;
	passphraseLineRules = [{
		id: "passphrase-form-line",
		kind: "password",
		level: "secrets",
		priority: 74,
		description: "Round 14: a passphrase of three to eight spaced words of letters (no word under three letters, one of three at most) after a label ending in a password word and a colon, on a line of a key/value form (a `Label: value` line beside it)",
		find: (text) => [...find$4(text)]
	}];
}));
// src/core/redaction/rules/secretlint.ts
function kindOf(id) {
	if (id === "privatekey") return "private_key";
	if (id === "basicauth" || id === "database-connection-string") return "password";
	return "api_key";
}
function contextFor() {
	return {
		sharedOptions: {},
		createTranslator: () => (_messageId, data = {}) => ({
			message: _messageId,
			data
		}),
		report: (d) => sink.push({
			range: d.range,
			data: d.message?.data ?? {}
		}),
		ignore: () => void 0
	};
}
/** Where the secret really is: the reported range if it holds the named value, else that value near the range. */
function locate(text, report) {
	const [start, end] = report.range;
	const values = Object.values(report.data).filter((v) => typeof v === "string" && v.length >= 8);
	const slice = text.slice(start, end);
	for (const value of values) {
		if (slice.includes(value)) return {
			start: start + slice.indexOf(value),
			end: start + slice.indexOf(value) + value.length
		};
		const near = text.indexOf(value, Math.max(0, start - 256));
		if (near !== -1 && near <= end + 256) return {
			start: Math.min(start, near),
			end: Math.max(end, near + value.length)
		};
	}
	return {
		start,
		end
	};
}
/**
* A connection string is reported whole; redact only its password (the user name, host and database stay,
* as with the `connection-string-password` rule). Without a recognisable password the whole string goes.
*/
function narrowConnectionString(text, range) {
	const value = text.slice(range.start, range.end);
	const userinfo = /^[A-Za-z][\w+.-]*:\/\/[^:/@\s]*:([^@\s]+)@/.exec(value);
	if (userinfo) {
		const at = range.start + userinfo[0].length - 1 - userinfo[1].length;
		return {
			start: at,
			end: at + userinfo[1].length
		};
	}
	const param = /(?:password|pwd)=([^;&\s]+)/i.exec(value);
	if (param) {
		const at = range.start + param.index + param[0].length - param[1].length;
		return {
			start: at,
			end: at + param[1].length
		};
	}
	return range;
}
function* findWith(id, handler, text) {
	sink = [];
	handler.file?.({
		content: text,
		filePath: "/chat.txt",
		ext: ".txt",
		contentType: "text"
	});
	const reports = sink;
	sink = [];
	for (const report of reports) {
		let range = locate(text, report);
		if (id === "database-connection-string") range = narrowConnectionString(text, range);
		if (range.end <= range.start || looksLikePlaceholder(text.slice(range.start, range.end))) continue;
		if (id === "aws" && /^[A-Z0-9]{20}$/.test(text.slice(range.start, range.end)) && countedBody(text.slice(range.start + 4, range.end))) continue;
		yield range;
	}
}
var OPTIONS, SKIPPED, shortId, sink, compiled, secretlintRules;
var init_secretlint = __esmMin((() => {
	init_checks();
	init_token_randomness();
	OPTIONS = { aws: { enableIDScanRule: true } };
	SKIPPED = /* @__PURE__ */ new Set(["filter-comments"]);
	shortId = (id) => id.replace("@secretlint/secretlint-rule-", "");
	sink = [];
	compiled = rules.map((creator) => ({
		id: shortId(creator.meta.id),
		creator
	})).filter(({ id }) => !SKIPPED.has(id)).map(({ id, creator }) => ({
		id,
		handler: creator.create(contextFor(), OPTIONS[id] ?? {})
	}));
	compiled.map(({ id }) => id);
	secretlintRules = compiled.map(({ id, handler }) => ({
		id: `secretlint:${id}`,
		kind: kindOf(id),
		level: "secrets",
		priority: id === "privatekey" ? 94 : 88,
		description: `secretlint recommended preset: ${id}`,
		find: (text) => [...findWith(id, handler, text)]
	}));
}));
// src/core/redaction/rules/symbol-secrets.ts
/** Letters, digits and two or more symbols, drawn rather than written: entropy near a random draw's, few word pieces. */
function symbolRandom(value) {
	if (value.length < 16 || value.length > 128 || /^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return false;
	const symbols = value.match(STRONG_SYMBOL)?.length ?? 0;
	const letters = value.match(/[A-Za-z]/g)?.length ?? 0;
	const digits = value.match(/\d/g)?.length ?? 0;
	if (symbols < 2 || letters < 8 || digits < 2 || letters + digits + symbols + (value.match(/[-_.]/g)?.length ?? 0) !== value.length) return false;
	if (symbols > value.length * .35 || /:\/\/|\.\.|&&|\|\||==|=>|\$\(|\$\{/.test(value)) return false;
	if (/[\])}]\.|\(\)|\[\]|\{\}|=[[{(]|\w\[\w{1,12}\]/.test(value)) return false;
	if (looksLikePlaceholder(value)) return false;
	if (shannonEntropy(value) < Math.min(4.2, Math.log2(value.length) * .92)) return false;
	let wordy = 0;
	for (const piece of value.split(/[^A-Za-z]+/)) if (piece.length >= 4 && wordScore(piece.toLowerCase()) >= 0) wordy += piece.length;
	return wordy <= letters * .3;
}
function* find$3(text) {
	const re = new RegExp(TOKEN$1.source, "g");
	let match;
	while ((match = re.exec(text)) !== null) {
		let start = match.index;
		let raw = match[0];
		const named = /^[A-Za-z_][\w.-]{0,60}(?:=|:=?)(?=.)/.exec(raw);
		if (named) {
			start += named[0].length;
			raw = raw.slice(named[0].length);
		}
		const value = raw.replace(/[.,;:]+$/, "");
		if (!symbolRandom(value)) continue;
		const lineStart = Math.max(0, match.index - 100);
		const head = text.slice(lineStart, start);
		const before = head.slice(head.lastIndexOf("\n") + 1);
		const context = keyContextOf(named ? named[0] : "");
		if (context.keyWord && !context.publicWord || keyedAround(text, start, before)) yield {
			start,
			end: start + value.length
		};
	}
}
var TOKEN$1, STRONG_SYMBOL, symbolSecretRules;
var init_symbol_secrets = __esmMin((() => {
	init_checks();
	init_key_context();
	init_token_randomness();
	TOKEN$1 = /(?<![^\s"'`])[^\s"'`<>[\]{}\\][^\s"'`<>\\]{15,159}(?![^\s"'`<>\\])/g;
	STRONG_SYMBOL = /[!#$%&*^@()+=~?|[\]{}]/g;
	symbolSecretRules = [{
		id: "symbol-secret",
		kind: "secret",
		level: "secrets",
		priority: 46,
		description: "Round 10: a generated secret holding punctuation (letters, digits and two or more symbols, high entropy, no word pieces: Django secret keys, generator output) next to a key or secret word of ~40 languages or given to a secret-named key",
		find: (text) => [...find$3(text)]
	}];
}));
// src/core/redaction/rules/address-typed-lines.ts
/**
* Whether the value holds a street type word with a name word on one side of it (the name may be the street's number
* after a house number: `358 41st street`), or a lower-case name with its type glued on (`grolmanstrasse`).
*/
function hasTypedStreet(value) {
	const words = value.split(/[\s,]+/).filter((w) => w !== "");
	return words.some((w, i) => {
		const bare = w.replace(/\.$/, "");
		if (isFused(bare) && /^\p{Nd}/u.test(words[i + 1] ?? "")) return true;
		if (!(TYPE_WORDS.has(bare.toLowerCase()) && (/^\p{Ll}/u.test(bare) || bare.length > 2)) && !(ONE_LETTER_TYPES.has(bare) && /^\p{L}{3}/u.test(words[i + 1] ?? ""))) return false;
		const name = (v) => v !== void 0 && /^\p{L}{3}/u.test(v) && !TYPE_WORDS.has(v.toLowerCase());
		const numbered = NUMBER_NAME.test(words[i - 1] ?? "") && /^\p{Nd}/u.test(words[i - 2] ?? "");
		return name(words[i - 1]) || name(words[i + 1]) || numbered;
	});
}
/** The value without a country name closing it (`… red lion pa usa`, `… minsk belarus`): no part of the span. */
function withoutCountry(value) {
	const names = countryNames();
	const words = [...value.matchAll(/[^\s,]+/g)];
	for (let n = Math.min(3, words.length - 2); n >= 1; n--) {
		const first = words[words.length - n];
		const name = normaliseName(value.slice(first.index));
		if ((names.countryNames.has(name) || COUNTRY_ABBREVIATIONS.has(name)) && /[\s,]$/.test(value.slice(0, first.index))) return value.slice(0, first.index).replace(/[\s,]+$/, "");
	}
	return value;
}
/**
* Round 20: a whole typed value of a street with its number and a town, closed by a country's name (`woronicza 17,
* warszawa, polska`, `17 rue de la paix, paris, france`): with no type word the country is what says it is an
* address, and it is left out of the span. The value without the country, or null.
*/
function countryClosedStreet(value) {
	const street = withoutCountry(value);
	if (street === value || !/^[ \t]*,/.test(value.slice(street.length))) return null;
	return STREET_AND_TOWN.test(street) ? street : null;
}
/**
* Where a house number opens a typed street inside a line of prose: the number, then within four words a type word (a
* numbered street's own number may stand before it: `455 43rd st`), no other number between; -1 for none.
*/
function streetFrom(value) {
	for (const m of value.matchAll(/(?<=\s)\p{Nd}[\p{Nd}-]*\p{L}{0,2}(?=\s)/gu)) {
		const raw = value.slice(m.index).split(/\s+/, 6);
		const head = raw.map((w) => w.replace(/,$/, ""));
		const typeAt = head.findIndex((w, i) => i > 0 && i <= 4 && (isType(w) || isFused(w)));
		const between = (w, i) => w.endsWith(",") || i > 0 && (/\p{Nd}/u.test(w) && !NUMBER_NAME.test(w) || PARTICLES.has(w));
		if (typeAt < 1 || raw.slice(0, typeAt).some(between)) continue;
		if (hasTypedStreet(head.slice(0, typeAt + 2).join(" "))) return m.index;
	}
	return -1;
}
/**
* Whether the value opens with its street: its house number, a type word before a name (`av paulista 1578`), or the
* street's name before its number — a name glued to its type (`grolmanstrasse 51`) or up to three name words and a
* type word of four letters or more other than English's (`rigaer strasse 11`, `nørre allé 7`: an English type after
* the name ends phrases, and the short abbreviations are words of prose, `my address is 12 …`).
*/
function opensWithStreet(words) {
	const first = (words[0] ?? "").replace(/\.$/, "");
	if (/^\p{Nd}/u.test(first)) return true;
	if ((isType(first) || ONE_LETTER_TYPES.has(first)) && /^\p{L}/u.test(words[1] ?? "")) return true;
	if (isFused(first) && /^\p{Nd}/u.test(words[1] ?? "")) return true;
	for (let i = 1; i <= 3 && i + 1 < words.length; i++) {
		if (!/^\p{L}/u.test(words[i - 1])) return false;
		const word = words[i].replace(/\.$/, "").toLowerCase();
		if (word.length >= 4 && isType(word) && !ENGLISH_STREET_TYPES.includes(word) && /^\p{Nd}/u.test(words[i + 1])) return true;
	}
	return false;
}
/** The value as a person would write it: each word's first letter in capitals, a closing region code (`bc`, `ma`) too. */
function titleCased(value) {
	const last = [...value.matchAll(WORD$1)].pop();
	return value.replace(/[\p{L}\p{M}\p{Nd}]+/gu, (token, at) => {
		if (/\p{Nd}/u.test(token) && /\p{L}/u.test(token) && token.length <= 4) return token.toUpperCase();
		const up = token.charAt(0).toUpperCase() + token.slice(1);
		if (at === last?.index && /^\p{Ll}{2}$/u.test(token) && /\p{L}{3}[ \t,]+$/u.test(value.slice(0, at))) return token.toUpperCase();
		return up.length === token.length ? up : token;
	});
}
function typedStreetLineRule(rules) {
	return {
		id: "typed-street-line",
		kind: "postal_address",
		level: "strict",
		priority: 40,
		description: "Round 16: a street line typed in lower case with its type word (`12 main st, boston ma`, `3 av camille guerin, 44000 Nantes`, `14 rue pelisson villeurbanne`) as a whole JSON string, quoted cell, element text, line or labelled value, read by the other address rules from a capitalised copy",
		*find(text) {
			const readers = capitalReaders(rules());
			const re = new RegExp(VALUE.source, VALUE.flags);
			let match;
			while ((match = re.exec(text)) !== null) {
				let value = match[1].replace(/[\s,.]+$/, "");
				let start = match.index + match[0].indexOf(match[1]);
				if (!/\p{Nd}/u.test(value) || !/(?:^|\s)\p{Ll}{2}/u.test(value)) continue;
				if (!hasTypedStreet(value)) {
					const street = countryClosedStreet(value);
					if (street) yield {
						start,
						end: start + street.length
					};
					continue;
				}
				value = withoutCountry(value);
				let opensStreet = opensWithStreet(value.split(/[\s,]+/)) && value.split(/\s+/).length <= 8;
				if (!opensWithStreet(value.split(/[\s,]+/))) {
					const from = streetFrom(value);
					if (from === -1) continue;
					const lastDigit = value.search(/\p{Nd}(?!.*\p{Nd})/su);
					const comma = value.indexOf(",", lastDigit);
					start += from;
					value = value.slice(from, comma === -1 ? value.length : comma);
					opensStreet = false;
				}
				const copy = titleCased(value);
				const numbers = value.match(/\p{Nd}+/gu)?.length ?? 0;
				let best = null;
				for (const rule of readers) {
					if (best && best.end - best.start >= copy.length) break;
					for (const range of rule.find(copy)) {
						const span = copy.slice(range.start, range.end);
						if (!(opensStreet && range.start === 0 && range.end >= value.length - 1 && span.split(/\s+/).length >= 3) && (range.start !== 0 || numbers < 2 || (span.match(/\p{Nd}+/gu)?.length ?? 0) < 2)) continue;
						if (!best || range.end - range.start > best.end - best.start) best = range;
					}
				}
				if (best) yield {
					start: start + best.start,
					end: start + best.end
				};
			}
		}
	};
}
var TYPE_WORDS, NOT_GLUED, FUSED, PARTICLES, NUMBER_NAME, ONE_LETTER_TYPES, READS_CAPITALS, capitalReaders, VALUE, WORD$1, isType, isFused, COUNTRY_ABBREVIATIONS, STREET_AND_TOWN;
var init_address_typed_lines = __esmMin((() => {
	init_address_country_names();
	init_address_street_types_data();
	init_address_words();
	TYPE_WORDS = /* @__PURE__ */ new Set([...STREET_TYPE_WORDS, ...SHORT_STREET_TYPE_ABBREVIATIONS.filter((w) => w.length >= 2)]);
	NOT_GLUED = /* @__PURE__ */ new Set([
		"ring",
		"park",
		"wall",
		"burg",
		"anger",
		"berg",
		"markt",
		"kamp",
		"tori",
		"torv",
		"rinne",
		"backen",
		"bach",
		"hof",
		"tor"
	]);
	FUSED = new RegExp(`^\\p{L}{3,}(?:${FUSED_STREET_ENDINGS.filter((e) => !ENGLISH_STREET_TYPES.includes(e) && !NOT_GLUED.has(e) && (e.length >= 4 || [
		"vej",
		"weg",
		"tie"
	].includes(e))).join("|")})$`, "u");
	PARTICLES = new Set(NAME_PARTICLES.split("|"));
	NUMBER_NAME = /^\p{Nd}+(?:st|nd|rd|th|e|er|ème|a|o|º|ª)?$/u;
	ONE_LETTER_TYPES = /* @__PURE__ */ new Set(["r"]);
	READS_CAPITALS = [
		"us-street-address",
		"address-line",
		"street-line",
		"address-postcode-block",
		"introduced-address",
		"address-block"
	];
	capitalReaders = (rules) => READS_CAPITALS.flatMap((id) => rules.filter((rule) => rule.id === id));
	VALUE = /(?:(?<=["“>])|(?<=[\p{L}\p{M}][:：][ \t]{1,3})|^[ \t]*)([\p{Ll}\p{Nd}][\p{Ll}\p{Lu}\p{M}\p{Nd} \t,.#/'’°º-]{4,119}?)(?=[ \t]*(?:["”<]|[ \t][—–-][ \t]|\(|[.!?]?[ \t]*$))/gmu;
	WORD$1 = /[\p{L}\p{M}]+\.?/gu;
	isType = (word) => TYPE_WORDS.has(word.replace(/\.$/, "").toLowerCase());
	isFused = (word) => /^\p{Ll}/u.test(word) && FUSED.test(word);
	COUNTRY_ABBREVIATIONS = /* @__PURE__ */ new Set([
		"usa",
		"uk",
		"uae",
		"rsa",
		"prc",
		"rok",
		"brd"
	]);
	STREET_AND_TOWN = /^(?:\p{L}[\p{L}\p{M}'’.-]*(?: \p{L}[\p{L}\p{M}'’.-]*){0,2} \p{Nd}{1,4}\p{L}?(?:\/\p{Nd}{1,4})?|\p{Nd}{1,4}\p{L}? \p{L}[\p{L}\p{M}'’.-]*(?: \p{L}[\p{L}\p{M}'’.-]*){0,2}), ?\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*){0,2}$/u;
}));
// src/core/redaction/rules/address-town-first.ts
var ENGLISH_ONLY, TYPES, HU_GLUED, HU_EXTRA, CE_LETTER, TOWN_WORD, TOWN, POSTCODE, STREET_WORD, HOUSE, HU_UNIT, LINE_BREAK, townFirstPattern, townFirstAddress;
var init_address_town_first = __esmMin((() => {
	init_address_street_types_data();
	init_address_frames();
	init_regex_rule();
	ENGLISH_ONLY = new Set(ENGLISH_ONLY_STREET_TYPE_WORDS);
	TYPES = /* @__PURE__ */ new Set([...STREET_TYPE_WORDS.filter((w) => !ENGLISH_ONLY.has(w)), ...SHORT_STREET_TYPE_ABBREVIATIONS.filter((w) => /[^a-z]/.test(w))]);
	HU_GLUED = /\p{L}{3}(?:út|utca|útja|tér|körút|sétány|rakpart|dűlő|lejtő|lépcső)$/u;
	HU_EXTRA = /* @__PURE__ */ new Set([
		"lakótelep",
		"ltp.",
		"ltp"
	]);
	CE_LETTER = /[áäčďéěíĺľňóôőöŕřšťúůűüýžąćęłńśźż]/iu;
	TOWN_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’-]{1,24}";
	TOWN = `${TOWN_WORD}(?:(?: (?:nad|pod|na|pri|při|u|am|an der|ob der))? ${TOWN_WORD}){0,2}(?: (?:[1-9]\\d?|[IVXL]{1,5}\\.))?`;
	POSTCODE = "\\d{4}|\\d{3} \\d{2}";
	STREET_WORD = "[\\p{L}\\p{M}][\\p{L}\\p{M}.'’-]{0,29}";
	HOUSE = "\\d{1,4}[a-zA-Z]?(?:/\\d{1,4}[a-zA-Z]?)?\\.?";
	HU_UNIT = "(?:[IVX]{1,4}\\.|\\d{1,2}\\.)? ?(?:em|emelet|fszt|földszint|ajtó|lph|lépcsőház)\\.?(?: ?\\d{1,3}\\.?)?";
	LINE_BREAK = "[ \\t]*\\r?\\n[ \\t]*";
	townFirstPattern = regexRule({
		id: "town-first-address",
		kind: "postal_address",
		level: "strict",
		priority: 41,
		description: "Round 18: town first, then the street and house number (Hungary, and Czech, Slovak and Polish writers): `1075 Budapest kazinczy utca, 14`, `Praha, V Šáreckém údolí 53/27`, `Szendehely\\nIrsa határút 432\\n4781`; the street named by a non-English type word or a Hungarian glued type, or numbered `53/27` beside a letter of those alphabets",
		pattern: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’-])(?:(${POSTCODE}) )?(${TOWN})(, |${LINE_BREAK}| )((?:${STREET_WORD} ){0,3}${STREET_WORD})(,? )(${HOUSE})((?:,? ${HU_UNIT}){0,3})(?:(?:, |${LINE_BREAK})(${POSTCODE})(?![\\p{N}]))?(?![\\p{L}\\p{N}/-])`, "gu"),
		accept: (value, match) => {
			const [, before, , sep, street, , house, , after] = match;
			if (sep === " " && before === void 0) return false;
			if (/^(?:19|20)\d\d$/.test(before ?? "") || /^(?:19|20)\d\d$/.test(after ?? "")) return false;
			const words = street.split(" ");
			const typed = words.some((w) => TYPES.has(w.toLowerCase()) || HU_EXTRA.has(w.toLowerCase()) || HU_GLUED.test(w));
			const numbered = house.includes("/") && CE_LETTER.test(value);
			if (!typed && !numbered) return false;
			return words.filter((w) => /^\p{Ll}{2}/u.test(w) && !TYPES.has(w.toLowerCase()) && !HU_EXTRA.has(w) && !HU_GLUED.test(w)).length <= 1 || words.every((w) => /^\p{Ll}/u.test(w));
		}
	});
	townFirstAddress = {
		...townFirstPattern,
		*find(text) {
			for (const range of townFirstPattern.find(text)) {
				const label = /^(\p{L}+) (?=\p{Lu})/u.exec(text.slice(range.start, range.end));
				yield label && isAddressField(label[1]) ? {
					start: range.start + label[0].length,
					end: range.end
				} : range;
			}
		}
	};
}));
// src/core/redaction/rules/address-latin-layouts.ts
var latinLayoutRules;
var init_address_latin_layouts = __esmMin((() => {
	init_address();
	init_address_latam();
	init_address_typed_lines();
	init_address_town_first();
	latinLayoutRules = [
		landmarkAddress,
		crossStreetAddress,
		typedStreetLineRule(() => addressRules),
		townFirstAddress
	];
}));
// src/core/redaction/rules/xml-named-values.ts
function* namedValues(text, wanted) {
	const layouts = [
		[
			VALUE_FIRST,
			3,
			2
		],
		[
			NAME_THEN_VALUE,
			2,
			3
		],
		[
			NAMED_ELEMENT,
			2,
			3
		],
		[
			ELEMENT_WITH_GT,
			1,
			2
		]
	];
	for (const [pattern, nameGroup, valueGroup] of layouts) {
		const re = new RegExp(pattern.source, pattern.flags);
		let match;
		while ((match = re.exec(text)) !== null) {
			if (kindOfRawName(match[nameGroup].trim()) !== wanted) continue;
			const [start, end] = match.indices[valueGroup];
			const value = text.slice(start, end);
			const trimmed = value.trim();
			if (!acceptable(wanted, trimmed, true, "")) continue;
			const lead = value.indexOf(trimmed);
			yield {
				start: start + lead,
				end: start + lead + trimmed.length
			};
		}
	}
}
var NAME_ATTR, VALUE_FIRST, NAME_THEN_VALUE, NAMED_ELEMENT, ELEMENT_WITH_GT, xmlNamedValueRules;
var init_xml_named_values = __esmMin((() => {
	init_assignment_values();
	init_assignments();
	NAME_ATTR = String.raw`(?:name|Name|key|Key|id|property|param)`;
	VALUE_FIRST = new RegExp(String.raw`<[\w:.-]{1,40}[ \t][^<>]{0,200}?\b(?:value|Value)[ \t]{0,2}=[ \t]{0,2}(["'])([^"'\n]{1,128})\1[^<>]{0,200}?\b${NAME_ATTR}[ \t]{0,2}=[ \t]{0,2}["']([^"'\n<>]{1,80})["']`, "dg");
	NAME_THEN_VALUE = /<(name|key)>[ \t]{0,8}([^<\n]{1,120}?)[ \t]{0,8}<\/\1>\s{0,80}<(?:value|string|data)>([^<\n]{1,200})<\/(?:value|string|data)>/dg;
	NAMED_ELEMENT = new RegExp(String.raw`<[ \t]?([\w:.-]{1,40})[ \t][^<>]{0,200}?\b${NAME_ATTR}[ \t]{0,2}=[ \t]{0,2}["']([^"'\n<>]{1,80})["'][^<>]{0,120}>([^<\n]{1,200}?)<\/[ \t]?\1[ \t]?>`, "dg");
	ELEMENT_WITH_GT = /<([\w:.-]{1,60})>([^<\n]{0,100}>[^<\n]{0,100})<\/\1>/dg;
	xmlNamedValueRules = [{
		id: "xml-named-password",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "Round 16: an XML value a password name points to from elsewhere — `value=` before `name=`/`key=`, `<name>…</name><value>…</value>` (Hadoop), `<key>…</key><string>…</string>` (property lists), an element named by a `name` attribute",
		find: (text) => [...namedValues(text, "password")]
	}, {
		id: "xml-named-secret",
		kind: "secret",
		level: "secrets",
		priority: 78,
		description: "Round 16: the same XML layouts with a key or secret name, when the value is random (`fs.s3a.secret.key`, `<key>APIToken</key>`)",
		find: (text) => [...namedValues(text, "secret")]
	}];
}));
// src/core/redaction/rules/bracketed-values.ts
/** Brackets that close in the order they opened (code's brackets always do). */
function balanced(value) {
	const stack = [];
	for (const ch of value) if (OPEN.includes(ch)) stack.push(CLOSE[OPEN.indexOf(ch)]);
	else if (CLOSE.includes(ch) && stack.pop() !== ch) return false;
	return stack.length === 0;
}
/** Code and templates after a name: calls and indexes on a name of letters, blocks and lists, wrapped words. */
function codeShaped(value) {
	if (/[,;:=]|&&|\|\||=>/.test(value)) return true;
	if (/^[\w$.]+[([].*[)\]]$/.test(value)) return true;
	if (/\(\)|\)\{|\}\{|[)\]}]{2}\p{L}{3}|\.[A-Za-z_$][\w$]*\(|^[([{]?[a-z_$][\w$]*[A-Z][\w$]*[([]/u.test(value)) return true;
	if (!balanced(value) && balanced(value.replace(/^[([{]+|[)\]}]+$/g, ""))) return true;
	if (!balanced(value) && /\)[\]}]|\][)}]|\}[)\]]|\([[{]|\[[({]|\{[([]/.test(value)) return true;
	if (/^[a-z_$][A-Za-z_$.]*[([]|^[A-Za-z_$]+\.[A-Za-z_$.]*[([]/.test(value)) return true;
	if (/[([{][,;]?$/.test(value)) return true;
	if (/^[$%#@&*!]|^\{\{[^{}]*\}\}$|^\{[\w.:\s-]*\}$/.test(value)) return true;
	const inner = /^[([{](.*)[)\]}][,;]?$/.exec(value)?.[1];
	if (inner !== void 0 && (inner.length < 6 || /^[\p{L}_\s-]+$|^[\d.,\s-]+$/u.test(inner))) return true;
	return /^[\w.-]+\([^()]*\)[;,.]?$|^[\w.$-]+\[[^[\]]*\][;,.]?$/.test(value) && balanced(value) && !/\d/.test(value.split(/[([]/)[0]);
}
/** Letters and digits, and cases or a symbol besides the brackets: a chosen or generated value. */
function valueShaped(value) {
	const rest = value.replace(/[()[\]{}]/g, "");
	if (!/\p{L}/u.test(rest) || !/\d/.test(rest)) return !balanced(value) && /\p{L}/u.test(rest) && rest.length >= 8 && /[^\p{L}\p{N}]/u.test(rest);
	return /\p{Lu}/u.test(rest) && /\p{Ll}/u.test(rest) || /[^\p{L}\p{N}]/u.test(rest) || !balanced(value);
}
function* find$2(text, wanted) {
	const re = new RegExp(BARE.source, BARE.flags);
	let match;
	while ((match = re.exec(text)) !== null) {
		const [start, rawEnd] = match.indices[3];
		re.lastIndex = start;
		const value = text.slice(start, rawEnd).replace(/[,;]$/, "");
		if (!/[()[\]{}]/.test(value)) continue;
		const name = match[2] ?? match[1];
		if (kindOfRawName(name) !== wanted) continue;
		if (wanted === "secret" && !SECRET_NAME.test(name)) continue;
		if (codeShaped(value) || looksLikePlaceholder(value) || !valueShaped(value)) continue;
		if (!acceptable(wanted, value, true, "")) continue;
		yield {
			start,
			end: start + value.length
		};
	}
}
var BARE, SECRET_NAME, OPEN, CLOSE, bracketedValueRules;
var init_bracketed_values = __esmMin((() => {
	init_checks();
	init_assignment_values();
	init_assignments();
	BARE = /(?<![\p{L}\p{N}_.$-])([\p{L}\p{N}_.$-]{2,60})(?:\[["']([\p{L}\p{N}_.-]{2,60})["']\])?[ \t]{0,4}(?::=|=|:)[ \t]{0,4}(?![ \t"'`])([^\s"'`<]{6,65})(?=[\s"'`]|$)/dgu;
	SECRET_NAME = /secret|api_?key|apikey|access_?key|private_?key|token|credential|geheim|secreto|segreto|секрет|ключ_?api|jeton|токен/i;
	OPEN = "([{";
	CLOSE = ")]}";
	bracketedValueRules = [{
		id: "bracketed-password",
		kind: "password",
		level: "secrets",
		priority: 79,
		description: "Round 16: a bare password holding brackets after its name (`db_password=[Kx9!mQ2#]`, `PASSWORD=Rk4(mZ8)q`), when it is shaped as no code or template is",
		find: (text) => [...find$2(text, "password")]
	}, {
		id: "bracketed-secret",
		kind: "secret",
		level: "secrets",
		priority: 77,
		description: "Round 16: a bare key or secret holding brackets after its name (`apikey: h}o)p${e]…`), when it is random and shaped as no code is",
		find: (text) => [...find$2(text, "secret")]
	}];
}));
// src/core/redaction/rules/password-copies.ts
function* copies(text) {
	const values = /* @__PURE__ */ new Set();
	for (const pattern of REVEALED) {
		const re = new RegExp(pattern.source, pattern.flags);
		let match;
		while ((match = re.exec(text)) !== null && values.size < MAX_VALUES) {
			const value = match[1];
			if (/[%$]/.test(value[0]) || !/\d|[^\w]/.test(value) || !acceptable("password", value, true, "")) continue;
			values.add(value);
		}
	}
	for (const value of values) for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length)) {
		if (/[\p{L}\p{N}_]/u.test(text[at - 1] ?? "") || /[\p{L}\p{N}_]/u.test(text[at + value.length] ?? "")) continue;
		yield {
			start: at,
			end: at + value.length
		};
	}
}
var REVEALED, MAX_VALUES, passwordCopyRules;
var init_password_copies = __esmMin((() => {
	init_assignment_values();
	REVEALED = [/\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:@/]{1,64}:([^\s@/]{6,64})@/gi, /(?:^|[;"'\s])(?:password|pwd)[ \t]{0,2}=[ \t]{0,2}([^;"'\s()[\]{}#$%][^;"'\s()[\]{}#]{5,63});/gi];
	MAX_VALUES = 32;
	passwordCopyRules = [{
		id: "password-copy",
		kind: "password",
		level: "secrets",
		priority: 76,
		description: "Round 16: every other place in the text where a password a connection string revealed (`scheme://user:pw@`, `Password=pw;`) appears again",
		find: (text) => [...copies(text)]
	}];
}));
// src/core/redaction/rules/credential-files.ts
var chosen, DEVICE_USER, POOLER_LIST, SHOWN, TWO_LINE_FILES, REALM_LINE, RESOURCE_USER_LINE, twoLineValue, credentialFileRules;
var init_credential_files = __esmMin((() => {
	init_regex_rule();
	init_secrets();
	init_password_shape();
	chosen = (value) => plausiblePassword(value) && (passwordTokenShape(value, "next") || passphraseToken(value) || /[\p{L}]/u.test(value) && /\d/.test(value) && /[^\p{L}\p{N}]/u.test(value) && value.length >= 6);
	DEVICE_USER = /* @__PURE__ */ new RegExp("(?<=^|\\n)[ \\t]{0,12}(?:user[ \\t]{1,4}[^\\s]{1,64}[ \\t]{1,4}insecure-password|username[ \\t]{1,4}[^\\s]{1,64}(?:[ \\t]{1,4}(?!(?:password|secret)[ \\t])[^\\s]{1,40}){0,8}?[ \\t]{1,4}(?:password|secret)(?:[ \\t]{1,4}[07](?=[ \\t]))?|enable[ \\t]{1,4}(?:password|secret)(?:[ \\t]{1,4}level[ \\t]{1,4}\\d{1,2})?(?:[ \\t]{1,4}[07](?=[ \\t]))?|set[ \\t]{1,4}system[ \\t]{1,4}login[ \\t]{1,4}user[ \\t]{1,4}[^\\s]{1,64}[ \\t]{1,4}authentication[ \\t]{1,4}plaintext-password|set[ \\t]{1,4}system[ \\t]{1,4}(?:root-authentication|login[ \\t]{1,4}user[ \\t]{1,4}[^\\s]{1,64}[ \\t]{1,4}authentication)[ \\t]{1,4}plain-text-password-value|set[ \\t]{1,4}(?:password|passwd|psksecret))[ \\t]{1,4}([\"']?)([^\\s\"']{1,128})\\1(?=[ \\t]|\\r?\\n|$)", "dg");
	POOLER_LIST = /(?<=^|\n)[ \t]{0,8}(?:"[\w.@+-]{1,64}"[ \t]{1,8}"([^"\s]{1,128})"(?:[ \t]{1,8}"[^"\n]{0,128}"){0,2}|[\w.@+-]{1,64}:TEXT([^\s]{1,128}))[ \t]*(?=\r?\n|$)/dg;
	SHOWN = "[ \\t]{0,8}(?:#|;|\\/\\/|>)?[ \\t]{0,4}";
	TWO_LINE_FILES = [
		new RegExp(`(?<![\\w-])auth-user-pass(?:[ \\t]{1,4}[^\\s]{1,100})?[ \\t]*\\r?\\n(?:${SHOWN}[^\\s:]{1,100}:[ \\t]*\\r?\\n)?${SHOWN}[^\\s#;]{1,64}[ \\t]*\\r?\\n${SHOWN}([^\\s]{4,128})(?=[ \\t]*(?:\\r?\\n|$))`, "dg"),
		/<auth-user-pass>[ \t]*\r?\n[ \t]{0,8}[^\s<]{1,64}[ \t]*\r?\n[ \t]{0,8}([^\s<]{1,128})[ \t]*\r?\n[ \t]{0,8}<\/auth-user-pass>/dg,
		/(?<![\w-])(?:printf|echo[ \t]{1,4}-e)[ \t]{1,4}(["'])[^\s"'\\]{1,64}\\n([^\s"'\\]{1,128})(?:\\n)?\1[ \t]{0,4}(?:>|\|[ \t]{0,4}(?:sudo[ \t]{1,4})?tee)/dg
	];
	REALM_LINE = /(?<=^|\n)[ \t]{0,8}[\w.@-]{1,64}[ \t]{0,4}[:=][ \t]{0,4}([^\s,:=]{1,128}),[ \t]{0,4}[\w:-]{1,40}(?:[ \t]{0,4},[ \t]{0,4}[\w:-]{1,40}){0,8}[ \t]*(?=\r?\n|$)/dg;
	RESOURCE_USER_LINE = /(?<=^|\n)[ \t]{0,8}(?:[a-z][a-z0-9+.-]{1,10}:\/\/[^\s"]{1,200}|\/[\w.~-][^\s"]{0,199})[ \t]{1,8}"?[\w.@\\-]{1,64}"?[ \t]{1,8}(["']?)([^\s"']{1,128})\1[ \t]*(?=\r?\n|$)/dg;
	twoLineValue = (value) => plausiblePassword(value) && !/^[a-z]+(?:-[a-z]+)*$/.test(value) && !/^[<{]/.test(value);
	credentialFileRules = [
		{
			id: "user-list-line-password",
			kind: "password",
			level: "secrets",
			priority: 80,
			description: "Round 21: the password of a user list line: Jetty/ActiveMQ `realm.properties` and Karaf `users.properties` (`NAME: PASSWORD, ROLE`; `OBF:`/`MD5:`/`CRYPT:` stay), davfs2 `secrets` (`URL-or-mount-point USER PASSWORD`)",
			*find(text) {
				const found = [];
				for (const m of text.matchAll(REALM_LINE)) {
					const at = m.indices[1];
					if (chosen(m[1])) found.push({
						start: at[0],
						end: at[1]
					});
				}
				for (const m of text.matchAll(RESOURCE_USER_LINE)) {
					const at = m.indices[2];
					if (chosen(m[2]) && !/:\/\/|^[#/]/.test(m[2])) found.push({
						start: at[0],
						end: at[1]
					});
				}
				yield* found.sort((a, b) => a.start - b.start);
			}
		},
		regexRule({
			id: "device-user-password",
			kind: "password",
			level: "secrets",
			priority: 80,
			description: "Round 17: a password on a user line of a device or proxy config: HAProxy `user NAME insecure-password X`, Cisco `username NAME [privilege N] password|secret [0|7] X`, `enable secret X`, VyOS `… authentication plaintext-password X`, Junos `plain-text-password-value X`, FortiOS `set passwd X`",
			pattern: DEVICE_USER,
			group: 2,
			accept: (v) => v !== "ENC" && !/^\$\d\$/.test(v) && chosen(v)
		}),
		{
			id: "pooler-userlist-password",
			kind: "password",
			level: "secrets",
			priority: 80,
			description: "Round 17: the password of a connection pooler's user list: PgBouncer `\"user\" \"password\"` lines (userlist.txt), Pgpool-II `user:TEXTpassword`; `md5…` and `SCRAM-SHA-256$…` hashes stay",
			*find(text) {
				for (const m of text.matchAll(POOLER_LIST)) {
					const at = m.indices?.[1] ?? m.indices?.[2];
					if (!at) continue;
					const value = text.slice(at[0], at[1]);
					if (/^md5[0-9a-f]{32}$|^SCRAM-SHA-256\$/.test(value) || !chosen(value)) continue;
					yield {
						start: at[0],
						end: at[1]
					};
				}
			}
		},
		{
			id: "two-line-credentials-file",
			kind: "password",
			level: "secrets",
			priority: 80,
			description: "Round 17: the password line of a two-line credentials file: OpenVPN `auth-user-pass FILE` with the file shown after it (in comments, under its name), the inline `<auth-user-pass>` block, `printf 'user\\npw' > file`",
			*find(text) {
				const found = [];
				for (const pattern of TWO_LINE_FILES) for (const m of text.matchAll(pattern)) {
					const at = m.indices[m.length - 1];
					const value = text.slice(at[0], at[1]);
					if (twoLineValue(value)) found.push({
						start: at[0],
						end: at[1]
					});
				}
				yield* found.sort((a, b) => a.start - b.start);
			}
		}
	];
}));
// src/core/redaction/rules/hex-key-prose.ts
function hexKey(value) {
	const digits = value.replace(/-/g, "");
	if (digits.length < 14 || digits.length > 64) return false;
	if (!/\d/.test(digits) || !/[a-f]/i.test(digits)) return false;
	return !countedBody(digits);
}
function* find$1(text) {
	for (const m of text.matchAll(USE_FOR)) {
		const [start, end] = m.indices[1];
		const value = text.slice(start, end);
		const after = m[2];
		const around = text.slice(Math.max(0, start - 60), start) + " " + after;
		if (value.replace(/-/g, "").length === 40 || !hexKey(value) || NOT_A_KEY.test(around)) continue;
		const context = keyContextOf(after);
		if (!(context.provider || context.keyWord || /\bAPI\b/.test(after))) continue;
		yield {
			start,
			end
		};
	}
	for (const m of text.matchAll(LABELLED)) {
		const [start, end] = m.indices[1];
		const value = text.slice(start, end);
		const label = text.slice(Math.max(0, m.index - 30), start);
		if (!hexKey(value) || NOT_A_KEY.test(label) || !/-/.test(value) && value.length < 20) continue;
		yield {
			start,
			end
		};
	}
}
var HEX, USE_FOR, LABELLED, NOT_A_KEY, hexKeyProseRules;
var init_hex_key_prose = __esmMin((() => {
	init_key_context();
	init_token_randomness();
	HEX = "([0-9a-f]{4,64}(?:-[0-9a-f]{2,64}){0,5}|[0-9A-F]{4,64}(?:-[0-9A-F]{2,64}){0,5})";
	USE_FOR = new RegExp(`(?<![\\p{L}\\d_-])(?:[Uu]se|[Tt]ry|[Nn]utze|[Nn]imm|[Vv]erwende|[Uu]tilise[sz]?|[Pp]rends|[Uu]sa|[Uu]sar|[Gg]ebruik|[Uu]żyj|[Ии]спользуй(?:те)?)[ \\t]{1,3}["'\`]?${HEX}["'\`]?[ \\t]{1,3}(?:for|für|pour|para|per|voor|dla|для)[ \\t]{1,3}([^\\n]{1,40})`, "dgu");
	LABELLED = new RegExp(`(?<![\\p{L}\\d_])(?:[Zz]ugang|[Aa]cceso|[Aa]cc[èe]s|[Aa]ccesso|[Aa]cesso|[Tt]oegang|[Dd]ost[ęe]p|[Дд]оступ|[Aa]ccess|[Kk]ey|[Tt]oken|[Ss]chlüssel|[Cc]l[ée]|[Cc]lave|[Cc]have|[Cc]hiave|[Kk]lucz|[Кк]люч|[Тт]окен|[Ss]leutel|[Nn]yckel)\\p{L}{0,3}(?:[ \\t]{1,3}[\\p{L}'’-]{1,15}){0,4}?[ \\t]{0,2}[:：][ \\t]{1,3}["'\`]?${HEX}(?![\\w-])`, "dgu");
	NOT_A_KEY = /\b(?:commits?|sha\d{0,3}|hash(?:es)?|checksums?|digests?|fingerprints?|ids?|uuids?|guids?|builds?|revisions?|revs?|tags?|branch|gpg|pgp|ssh|color|colour|hex)\b/i;
	hexKeyProseRules = [{
		id: "hex-key-prose",
		kind: "api_key",
		level: "secrets",
		priority: 72,
		description: "Round 17: a hex key of 14–64 digits in prose: \"use <hex> for <service>\" in several languages (a provider, key word or API after the preposition), or after an access/key/token label and a colon in dash-separated groups (`Stadia Maps-Zugang für das Staging: 36615562e4a405460-f0dd-…`); commits, hashes, ids and fingerprints stay",
		*find(text) {
			yield* [...find$1(text)].sort((a, b) => a.start - b.start);
		}
	}];
}));
// src/core/redaction/rules/address-cyrillic-runs.ts
var UP, LO, WORD, REGION, PLACE$1, COUNTRY, cyrillicRunAddress;
var init_address_cyrillic_runs = __esmMin((() => {
	init_regex_rule();
	UP = "[А-ЯЁЇІЄҐЎЈЂЋЉЊЏҚҒҮҰӨҺ]";
	LO = "[а-яёїієґўјђћљњџқғүұөһә]";
	WORD = `${UP}${LO}{1,24}(?:-${UP}?${LO}{1,20})?`;
	REGION = "(?:область|обл\\.|край|район|р-н|округ|автономный округ|республика|облыс|облысы|вилояти|аймаг)";
	PLACE$1 = `(?:${WORD}|${REGION})`;
	COUNTRY = /(?:Российская Федерация|Россия|РФ|Україна|Украина|Беларусь|Республика Беларусь|Казахстан|Республика Казахстан|Кыргызстан|Кыргызская Республика|Узбекистан|Таджикистан|Тоҷикистон|Монголия|Монгол Улс|България|Србија|Црна Гора|Северна Македонија|Македонија|Босна и Херцеговина|Молдова|Армения|Азербайджан|Грузия|Абхазия|Приднестровье)$/u;
	cyrillicRunAddress = regexRule({
		id: "address-cyrillic-run",
		kind: "postal_address",
		level: "strict",
		priority: 41,
		description: "Round 16: a Cyrillic address in the international order without commas or street type: name and house number, then town, region and country words, then the postcode (after a country name, or six digits)",
		pattern: new RegExp(`(?<![\\p{L}\\p{N}])(${WORD}(?: ${WORD}){0,2}) \\d{1,4}(?:${LO}|/\\d{1,4})?((?:,? ${PLACE$1}){2,6}),? (\\d{4,6})(?![\\p{N}])`, "gu"),
		accept: (_value, match) => {
			const places = (match[2] ?? "").replace(/,/g, "").trim();
			if (/^(?:19|20)\d\d$/.test(match[3])) return false;
			return COUNTRY.test(places) || match[3].length === 6 && new RegExp(`(?:^| )${REGION}(?: |$)`, "u").test(places);
		}
	});
}));
// src/core/redaction/rules/address-romanised-words.ts
var ROMANISED_PART_WORDS, HYPHENATED_PART_WORDS, NUMBERED_ONLY_WORDS;
var init_address_romanised_words = __esmMin((() => {
	ROMANISED_PART_WORDS = {
		house: [
			"dom",
			"d.",
			"kv.",
			"kvartira",
			"korpus",
			"korp.",
			"stroenie",
			"str.",
			"budynok",
			"bud.",
			"uy",
			"xonadon",
			"pater",
			"üy",
			"bayr",
			"toot",
			"shenq",
			"sh.",
			"bnakaran",
			"bn.",
			"bina",
			"korpusi",
			"ev.",
			"pelak",
			"plak",
			"vahed",
			"manzil",
			"bayt",
			"imarat",
			"shaqqa",
			"dira",
			"makaan",
			"h.no.",
			"h. no.",
			"h no",
			"house no.",
			"flat no.",
			"plot no.",
			"door no.",
			"d.no.",
			"d. no.",
			"khasra no.",
			"makan no.",
			"ghar no.",
			"ban lek thi",
			"lek thi",
			"ban lek",
			"phteah lek",
			"building",
			"bldg.",
			"bldg",
			"villa",
			"house",
			"flat",
			"plot",
			"unit"
		],
		street: [
			"ulitsa",
			"ul.",
			"prospekt",
			"pr-t",
			"prosp.",
			"pereulok",
			"per.",
			"shosse",
			"bulvar",
			"naberezhnaya",
			"nab.",
			"proezd",
			"vulytsia",
			"vul.",
			"ko‘chasi",
			"ko'chasi",
			"ko`chasi",
			"kochasi",
			"ko‘cha",
			"ko'cha",
			"shoh ko‘chasi",
			"koshesi",
			"koshasy",
			"dangyly",
			"dañğyly",
			"kuchasi",
			"kuchai",
			"kuchaga",
			"köchösü",
			"gudamj",
			"örgön chölöö",
			"poghots",
			"poghota",
			"p.",
			"nrbants",
			"kucha",
			"k.",
			"gamziri",
			"gamz.",
			"shesakhvevi",
			"chikhi",
			"küçəsi",
			"küç.",
			"prospekti",
			"pr.",
			"khiaban",
			"khiyaban",
			"khiaban-e",
			"kucheh",
			"kuche",
			"bolvar",
			"meydan",
			"jadeh",
			"shari",
			"shari'",
			"sharia",
			"sharia'",
			"shareh",
			"shara",
			"tariq",
			"zuqaq",
			"rehov",
			"rechov",
			"reh'",
			"sderot",
			"derech",
			"derekh",
			"simtat",
			"kikar",
			"marg",
			"gali",
			"sadak",
			"chowk",
			"salai",
			"veedhi",
			"rasta",
			"thanon",
			"thnon",
			"soi",
			"trok",
			"phlauv",
			"vithi",
			"lam",
			"dajie",
			"hutong",
			"dori",
			"dōri",
			"chome",
			"chōme",
			"street",
			"road",
			"way"
		],
		area: [
			"tumani",
			"tuman",
			"tumanı",
			"shahar",
			"shahri",
			"sh.",
			"viloyati",
			"viloyat",
			"mahallasi",
			"mahalla",
			"massivi",
			"mavze",
			"g.",
			"gorod",
			"pos.",
			"selo",
			"rayon",
			"r-n",
			"raion",
			"oblast",
			"obl.",
			"oblasti",
			"mikrorayon",
			"mkr.",
			"audany",
			"audani",
			"oblysy",
			"aimag",
			"düüreg",
			"duureg",
			"khoroo",
			"raioni",
			"mikroraioni",
			"marz",
			"thaghamas",
			"rayonu",
			"qəsəbəsi",
			"mantaqe",
			"nahiyeh",
			"shahrak",
			"mahalleh",
			"hay",
			"hayy",
			"mintaqa",
			"muhafazat",
			"shchunat",
			"shkhunat",
			"nagar",
			"colony",
			"mohalla",
			"tehsil",
			"taluk",
			"taluka",
			"zila",
			"jila",
			"thana",
			"upazila",
			"ward no.",
			"vihar",
			"puram",
			"pettai",
			"khet",
			"khwaeng",
			"amphoe",
			"amphur",
			"tambon",
			"changwat",
			"moo",
			"mu",
			"muang",
			"meuang",
			"khan",
			"sangkat",
			"khum",
			"phum",
			"qu",
			"xian",
			"zhen",
			"zone",
			"block",
			"blk",
			"sector",
			"district"
		],
		postcode: [
			"pin",
			"pin code",
			"pincode",
			"pin:",
			"indeks",
			"pochtovyy indeks",
			"mikud",
			"kod posti",
			"code posti",
			"rakam bareedi",
			"zip"
		]
	};
	HYPHENATED_PART_WORDS = [
		"ro",
		"gil",
		"daero",
		"gu",
		"dong",
		"si",
		"eup",
		"myeon",
		"ri",
		"ku",
		"shi",
		"cho",
		"machi",
		"uy",
		"chome"
	];
	NUMBERED_ONLY_WORDS = /* @__PURE__ */ new Set([
		"building",
		"bldg.",
		"bldg",
		"villa",
		"house",
		"flat",
		"plot",
		"unit",
		"street",
		"road",
		"way",
		"zone",
		"block",
		"blk",
		"sector",
		"district"
	]);
}));
// src/core/redaction/rules/address-romanised-parts.ts
function readPart(value) {
	if (value === "" || value.length > 60 || HARD.test(value)) return null;
	const classes = /* @__PURE__ */ new Set();
	let numbered = false;
	for (const m of allMatches(value, PART_WORD)) {
		const word = (m[1] ?? m[2]).toLowerCase();
		const cls = m[1] !== void 0 ? CLASS_OF.get(word) : HYPHENATED.get(word);
		if (cls === void 0) continue;
		if (m[1] !== void 0 && NUMBERED_ONLY_WORDS.has(word) && !/^\p{L}+\.? \d{1,5}[A-Za-z]?$/u.test(value)) continue;
		if (m[1] !== void 0 && word.replace(/\W/g, "").length <= 3 && !/\./.test(word) && !/\d/.test(value) && !/^\p{Lu}/u.test(m[0])) continue;
		classes.add(cls);
		if (cls !== "postcode" && /\d/.test(value)) numbered = true;
	}
	if (classes.size > 0) return {
		kind: "named",
		classes,
		numbered
	};
	if (DASHED_PIN.test(value) && !YEAR.test(value)) return {
		kind: "pin",
		classes: /* @__PURE__ */ new Set(["postcode"]),
		numbered: false
	};
	if (NUMBER_ALONE.test(value)) return {
		kind: "number",
		classes,
		numbered: true
	};
	if (TOWN_POSTCODE.test(value) && !YEAR.test(value)) return {
		kind: "postcode",
		classes: /* @__PURE__ */ new Set(["postcode"]),
		numbered: false
	};
	if (PLACE.test(value) && value.split(" ").length <= 3) return {
		kind: "place",
		classes,
		numbered: false
	};
	return null;
}
function accepted(parts) {
	const classes = /* @__PURE__ */ new Set();
	let numbered = false;
	parts.forEach((p, i) => {
		if (p.read.kind !== "postcode" || i === parts.length - 1) for (const c of p.read.classes) classes.add(c);
		if (p.read.numbered && p.read.kind === "named") numbered = true;
		const beside = [parts[i - 1], parts[i + 1]].some((q) => q?.read.classes.has("street") || q?.read.classes.has("house"));
		if (p.read.kind === "number" && beside) numbered = true;
	});
	const named = parts.filter((p) => p.read.kind === "named").length;
	if (classes.size >= 2 && named >= 1 && (numbered || named >= 3 && classes.has("street"))) return true;
	return parts[parts.length - 1]?.read.kind === "pin" && parts.length >= 3;
}
/**
* The part's text without the spaces and full stops around it. A part at a run's edge is cut at a label or quote,
* and loses the words of the sentence around the address (`Deliver to Building 2115`, `Manama please`): lower-case
* words that are no part word, unless the part holds nothing else (`uppuguda`).
*/
function trimPart(line, start, end, edge) {
	let s = start;
	let e = end;
	if (edge === "left") {
		for (let i = e - 1; i >= s; i--) if (HARD.test(line[i])) {
			s = i + 1;
			break;
		}
	} else if (edge === "right") {
		for (let i = s; i < e; i++) if (HARD.test(line[i])) {
			e = i;
			break;
		}
	}
	const tokens = allMatches(line.slice(s, e), TOKEN);
	if (edge === "left" && tokens.length > 1) {
		let first = tokens.length;
		while (first > 0 && PART_TOKEN(tokens[first - 1][0])) first--;
		if (first === tokens.length) return null;
		s += tokens[first].index;
	} else if (edge === "right" && tokens.length > 1) {
		let last = 0;
		while (last < tokens.length && PART_TOKEN(tokens[last][0])) last++;
		if (last === 0) return null;
		e = s + tokens[last - 1].index + tokens[last - 1][0].length;
	}
	while (s < e && /\s/.test(line[s])) s++;
	while (e > s && /[\s,]/.test(line[e - 1])) e--;
	if (e > s && line[e - 1] === "." && !/(?:^|[\s-])\p{L}{1,4}\.$/u.test(line.slice(s, e))) e--;
	const read = readPart(line.slice(s, e));
	return read === null ? null : {
		start: s,
		end: e,
		read
	};
}
/** Town names at a run's ends: at most two; the rest of a list of places is no address. */
function trimPlaces(parts) {
	let first = 0;
	while (first < parts.length && parts[first].read.kind === "place") first++;
	let last = parts.length;
	while (last > first && parts[last - 1].read.kind === "place") last--;
	if (first === parts.length) return parts.length >= 3 ? parts : [];
	return parts.slice(Math.max(0, first - 2), Math.min(parts.length, last + 2));
}
function* runsOfLine(line, offset) {
	const bounds = [];
	let from = 0;
	for (let i = 0; i <= line.length; i++) if (i === line.length || line[i] === "," || line[i] === "،") {
		bounds.push([from, i]);
		from = i + 1;
	}
	let i = 0;
	while (i < bounds.length) {
		const run = [];
		let j = i;
		for (; j < bounds.length; j++) {
			const part = trimPart(line, bounds[j][0], bounds[j][1], run.length === 0 ? "left" : null);
			if (part === null) {
				const tail = run.length > 0 ? trimPart(line, bounds[j][0], bounds[j][1], "right") : null;
				if (tail !== null) run.push(tail);
				break;
			}
			run.push(part);
		}
		const lastBounds = bounds[Math.min(j, bounds.length - 1)];
		if (run.length > 1 && j === bounds.length) {
			const cut = trimPart(line, lastBounds[0], lastBounds[1], "right");
			if (cut === null) run.pop();
			else run[run.length - 1] = cut;
		}
		const parts = trimPlaces(run);
		if (parts.length >= 2 && accepted(parts)) yield {
			start: offset + parts[0].start,
			end: offset + parts[parts.length - 1].end
		};
		i = Math.max(j, i + 1);
	}
}
function* findRomanisedParts(text) {
	let offset = 0;
	for (const line of text.split("\n")) {
		if (ANY_WORD.test(line) || /[-–]\s?\d{4,6}\b/.test(line)) yield* runsOfLine(line, offset);
		offset += line.length + 1;
	}
}
var escape, CLASS_OF, HYPHENATED, byLength, LETTER, PART_WORD, ANY_WORD, DASHED_PIN, YEAR, NUMBER_ALONE, TOWN_POSTCODE, PLACE, HARD, TOKEN, PART_TOKEN, romanisedPartsAddressRule;
var init_address_romanised_parts = __esmMin((() => {
	init_address_romanised_words();
	init_regex_scan();
	escape = (w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
	CLASS_OF = /* @__PURE__ */ new Map();
	for (const [cls, words] of Object.entries(ROMANISED_PART_WORDS)) for (const w of words) if (!CLASS_OF.has(w)) CLASS_OF.set(w, cls);
	HYPHENATED = new Map(HYPHENATED_PART_WORDS.map((w) => [w, [
		"ro",
		"gil",
		"daero"
	].includes(w) ? "street" : w === "uy" || w === "chome" ? "house" : "area"]));
	byLength = (words) => words.sort((a, b) => b.length - a.length).map(escape).join("|");
	LETTER = "[\\p{L}\\p{M}'‘’`]";
	PART_WORD = new RegExp(`(?<!${LETTER})(${byLength([...CLASS_OF.keys()])})(?!${LETTER})|(?<=[\\p{L}\\p{N}]-)(${byLength([...HYPHENATED.keys()])})(?!${LETTER})`, "giu");
	ANY_WORD = new RegExp(PART_WORD.source, "iu");
	DASHED_PIN = /^[\p{L}][\p{L}\p{M} .'’-]{1,30}?\s?[-–]\s?(?:[1-9]\d{5}|\d{4,5})$/u;
	YEAR = /(?:^|\D)(?:19|20)\d\d$/;
	NUMBER_ALONE = /^\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?)*$/;
	TOWN_POSTCODE = /^\d{6}$|^(?:[\p{L}\p{M}'’.-]+ ){1,3}\d{4,7}$|^\d{4,7}(?: [\p{L}\p{M}'’.-]+){1,3}$/u;
	PLACE = /^(?:[\p{L}\p{M}'‘’.-]{2,24}(?: |$)){1,3}$/u;
	HARD = /[":“”|()[\]{}<>=@*_$%€£+~^\\;]/;
	TOKEN = /\S+/g;
	PART_TOKEN = (token) => /^[\p{Lu}\p{N}–-]/u.test(token) || ANY_WORD.test(token);
	romanisedPartsAddressRule = {
		id: "romanised-parts-address",
		kind: "postal_address",
		level: "strict",
		priority: 42,
		description: "Round 16: the romanised address of a country of another script written as named parts (Uzbek tumani/ko‘chasi/uy, Russian ul./d./kv., Korean -gu/-ro, Hebrew sderot/rehov, Gulf Building/Street/Zone numbers, Indian H.No./nagar and Town - PIN): two kinds of part, one numbered, in a run of comma-separated parts",
		find: findRomanisedParts
	};
}));
// src/core/redaction/rules/address-script-layouts.ts
var scriptLayoutRules;
var init_address_script_layouts = __esmMin((() => {
	init_address_cyrillic_runs();
	init_address_romanised_parts();
	scriptLayoutRules = [romanisedPartsAddressRule, cyrillicRunAddress];
}));
// src/core/redaction/rules/key-constructors.ts
var CALLEE, keyConstructorRules;
var init_key_constructors = __esmMin((() => {
	init_regex_rule();
	init_assignment_values();
	init_token_randomness();
	init_secrets();
	CALLEE = [
		"(?:[A-Z][A-Za-z0-9]{0,30})?(?:Key|Hmac|HMAC|Mac|Secret)(?:::<[^<>()\\n]{1,60}>)?(?:::|\\.)(?:new(?:_from_slice|_varkey)?|from_slice|from_bytes|from|of|create)",
		"hmac\\.(?:new|digest|HMAC)",
		"HMAC",
		"createHmac",
		"SecretKeySpec",
		"jwt\\.(?:encode|sign)",
		"jws\\.sign"
	].join("|");
	keyConstructorRules = [regexRule({
		id: "key-constructor-literal",
		kind: "secret",
		level: "secrets",
		priority: 70,
		description: "Round 20: a machine-random literal (a byte string too) given to a call that builds a MAC or signing key: `hmac::Key::new(alg, b\"…\")`, `Hmac::<Sha256>::new_from_slice(b\"…\")`, `hmac.new(b\"…\", …)`, `createHmac('sha256', '…')`, `new SecretKeySpec(\"…\".getBytes(), …)`, `jwt.encode(payload, \"…\")`",
		pattern: new RegExp(`(?<![\\w$])(?:${CALLEE})[ \\t]{0,4}\\((?:[ \\t]{0,4}(?:["'][\\w.:-]{1,40}["']|[\\w.:]{1,60})[ \\t]{0,4},)?[ \\t]{0,4}(?:b|br|rb|&b|B)?(["'])([^"'\\\\\\n]{12,512})\\1`, "dg"),
		group: 2,
		accept: (value) => plausiblePassword(value) && (strongToken(value) || looksMachineRandom(value, "keyed"))
	})];
}));
// src/core/redaction/rules/base64-text-secrets.ts
/** The run decoded, when it is text of lines: printable characters, tabs and line breaks only, a line break or `=`
*  or `:` among them (a config file, a manifest, an env file), no binary. */
function decodedText(run) {
	if (run.length % 4 === 1) return null;
	let bytes;
	try {
		bytes = atob(run);
	} catch {
		return null;
	}
	let text;
	try {
		text = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0)));
	} catch {
		return null;
	}
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 32 && code !== 9 && code !== 10 && code !== 13 || code === 127) return null;
	}
	return /[\n:=]/.test(text) && /[A-Za-z_]{3,}/.test(text) ? text : null;
}
function* find(text) {
	const re = new RegExp(RUN.source, RUN.flags);
	let match;
	while ((match = re.exec(text)) !== null) {
		if (/;base64,$|base64[ \t]*[:,][ \t]*$/i.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
		const inner = decodedText(match[0]);
		if (inner === null) continue;
		if (INNER_RULES.some((rule) => !(rule.find(inner)[Symbol.iterator]().next().done ?? true))) yield {
			start: match.index,
			end: match.index + match[0].length
		};
	}
}
var RUN, INNER_RULES, base64TextSecretRules;
var init_base64_text_secrets = __esmMin((() => {
	init_assignments();
	init_provider_keys();
	RUN = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/]{40,16384}={0,2}(?![A-Za-z0-9+/=_-])/g;
	INNER_RULES = [...assignmentRules, ...providerKeyRules];
	base64TextSecretRules = [{
		id: "base64-text-secret",
		kind: "secret",
		level: "secrets",
		priority: 70,
		description: "Round 20: a base64 run (40 characters to 16 KB) that decodes to text holding a secret the assignment scanner or a provider shape finds inside (a Kubernetes Secret manifest or an env file encoded whole); the whole run is redacted",
		find: (text) => [...find(text)]
	}];
}));
// src/core/redaction/rules/address-access-codes.ts
function* cut(text, spans) {
	for (const span of spans) {
		const inside = text.slice(span.start, span.end);
		const word = DOOR_CODE_WORD.exec(inside);
		if (!word || word.index === 0) {
			yield span;
			continue;
		}
		const end = span.start + inside.slice(0, word.index).replace(/[\s,;:–—-]+$/u, "").length;
		if (end > span.start) yield {
			start: span.start,
			end
		};
	}
}
/** The rule with its spans ended before an entry-code note. */
function withoutAccessCodes(rule) {
	if (rule.kind !== "postal_address") return rule;
	return {
		...rule,
		find: (text) => cut(text, rule.find(text))
	};
}
var init_address_access_codes = __esmMin((() => {
	init_password_context();
}));
// src/core/redaction/rules/shape-tokens.ts
/** Look-alikes of a chosen password that hold letters, digits and symbols. */
function lookAlike(value) {
	if (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\u3000-\u303f\uff00-\uffef]/u.test(value)) return true;
	if (/^[a-z][a-z0-9+.-]{1,15}:[^/]|^\d{1,3}(?:\.\d{1,3}){3}/i.test(value)) return true;
	if (/:\/\/|^www\.|\\|^[~.]?\/|\/.*\/|^@[\w-]+\/|^[\w.-]+@[\w-]+\.[\w.-]+$|^[\w.-]+@[\^~]?v?\d/.test(value)) return true;
	if (/^[\w.-]+\/[\w.@-]+$|^[a-z]+\/[a-z0-9.+-]+$/.test(value)) return true;
	if (/^[v^~<>=]*\d+(?:[._-]\d+)+(?:[-+][\w.-]+)*$/i.test(value) || /^\d{4}[–—-]\p{L}+$/u.test(value)) return true;
	if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.test(value)) return true;
	if (/^\d{1,2}:\d{2}(?::\d{2})?(?:[ap]m)?$|^\d{1,2}(?:[ap]m|h\d{2})$/i.test(value)) return true;
	if (/^[-+±~≈]?[$€£¥₹]?\d[\d.,'  ]*(?:[%‰°]|\p{L}{1,5}(?:\/\p{L}{1,5})?|\p{Sc})?$/u.test(value)) return true;
	if (/^\d+(?:[.,]\d+)?[x×*]\d+(?:[.,]\d+)?(?:@\d+\w*)?$/i.test(value)) return true;
	if (/^(?:0x)?[0-9a-f]{7,}$|^(?:0x)?[0-9A-F]{7,}$|^[0-9a-fA-F]{16,}$|0x[0-9a-f]{2}/i.test(value)) return true;
	if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return true;
	if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$|^(?:rgba?|hsla?|var|calc|url)\(/i.test(value)) return true;
	if (/^(?:-{1,2}|[$%@#!&*^~+=]|\/)[\p{L}\p{N}_]|^=\?/u.test(value)) return true;
	if (/^[\p{L}\p{N}._-]+@\p{L}[\p{L}\p{N}]*[-.][\p{L}\p{N}.-]+$/u.test(value)) return true;
	if (/\*\.|\.\*|\*\*|\/\*/.test(value)) return true;
	if (/[(){}[\]<>;]|=>|->|::|&&|\|\||[=!<>]=|\+\+|--|\+=|-=|\$\{|%[0-9A-F]{2}|\\[nrtux]|\?\.|\.#|\.\./.test(value)) return true;
	if (/[\u2190-\u21ff\u2500-\u25ff\ufffd\u200b-\u200f\u2060]/u.test(value)) return true;
	if (/[^\p{ASCII}\p{L}\p{N}]{3}|['"`][^\p{L}\p{N}\s]/u.test(value)) return true;
	if (/^[\w$]+(?:\.[\w$]+)+$/.test(value) || /\$$|\$\d{1,2}$|[a-z]\$[a-z]|\.\$|^[\w$]+\?$/.test(value)) return true;
	if (/[\p{L}\p{N}]=[\p{L}\p{N}]/u.test(value)) return true;
	if (/[\p{L}\p{N}]:[\p{L}\p{N}]|,\S|["'`][,;)]|[,;(]["'`]|[\p{L}\p{N}]['’]s(?:$|-)/u.test(value)) return true;
	if (/\p{Lu}{2,}#\d|#\d+(?:\.\d+)+|\p{L}#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/u.test(value)) return true;
	if (/@+[\w-]+\.[a-z]{2,}/i.test(value) || /\$[a-z][a-zA-Z]{5,}/.test(value)) return true;
	if (/^[\w.-]+=[^=&]*&[\w.-]+=/.test(value) || /[&?][A-Za-z_][\w.-]{0,40}=/.test(value) || /\p{L}\p{N}*,\p{L}/u.test(value)) return true;
	if (/^(?:UTC|GMT)[+-]\d/.test(value) || /^[A-Z0-9]+(?:_[A-Z0-9]+){2,}$/.test(value)) return true;
	return false;
}
/** Letters split where identifiers split them (non-letters, camel humps); the share of letters in word-like pieces
*  (three letters or more that the ~70-language bigram model reads as a word, or an acronym of 2-5 capitals). */
function wordyShare(value) {
	const pieces = value.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2").replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1 $2").split(/[^\p{L}]+/u).filter((p) => p !== "");
	let letters = 0;
	let wordy = 0;
	for (const piece of pieces) {
		letters += piece.length;
		if (/^\p{Lu}{2,5}$/u.test(piece)) wordy += piece.length;
		else if (piece.length >= 3 && (!/^[a-z]+$/i.test(piece) || wordScore(piece.toLowerCase()) >= 0)) wordy += piece.length;
	}
	return letters === 0 ? 1 : wordy / letters;
}
/** Base64 of plain text shorter than `encodesPlainText` reads, padding dropped (`SGVsbG8gV29ybGQ`: "Hello World"). */
function shortBase64Text(value) {
	if (!/^[A-Za-z0-9+/]{12,23}={0,2}$/.test(value)) return false;
	const decoded = base64Decoded(value);
	return decoded !== null && /^[\x20-\x7e]+$/.test(decoded) && /[A-Za-z]{3,}[ ,.]/.test(decoded);
}
function leetWord(value) {
	if (!/\p{Ll}[013457@$]\p{Ll}/u.test(value) || /\p{Ll}\p{Lu}|\p{N}\p{Lu}/u.test(value)) return false;
	const read = value.replace(/[013457@$]/g, (c) => LEET[c]).toLowerCase();
	return /^[a-z]{6,}\d{0,4}[!?#*.]?$/.test(read) && wordScore(read.replace(/[^a-z]/g, "")) >= 0;
}
/** Round 21: six or eight digits that read as a date (DDMMYY, DDMMYYYY, YYYYMMDD, MMDDYY). */
function dateDigits(digits) {
	const two = (at) => Number(digits.slice(at, at + 2));
	const dayMonth = (d, m) => d >= 1 && d <= 31 && m >= 1 && m <= 12;
	if (digits.length === 6) return dayMonth(two(0), two(2)) || dayMonth(two(2), two(0));
	if (digits.length !== 8) return false;
	const year = (y) => y >= 1900 && y <= 2099;
	return dayMonth(two(0), two(2)) && year(Number(digits.slice(4))) || year(Number(digits.slice(0, 4))) && dayMonth(two(6), two(4));
}
/** Round 21: two families of chosen passwords the class test below cannot see, as people and generators make them:
*  initials, one symbol and a date (`WB!151184`, `SR*210690`, `DJ_200486`: a birthday behind a monogram), and a
*  generator's letters whose case changes five times or more in no word (`HCyiypoYecyPiu`, `jGRs!SvnfDsAUr`,
*  `FlUgeGeHeImEn09`; identifiers change case at their humps, but their pieces read as words). */
function chosenFamily(value) {
	const monogram = /^(?:\p{Lu}{1,3}|\p{Lu}\p{Ll})[!*_$%&@+?~^](\d{6}|\d{8})$/u.exec(value);
	if (monogram) return dateDigits(monogram[1]);
	const letters = value.replace(/[^A-Za-z]/g, "");
	if (letters.length < 10 || value.length - letters.length > 3 || /(.)\1\1/.test(value) || !/^[A-Za-z]/.test(value) || ID_PREFIX.test(value)) return false;
	if (/[-._'’\s]/.test(value) || value.length >= 24 && /^[A-Za-z0-9+/]+={0,2}$/.test(value) || encodesPlainText(value) || shortBase64Text(value)) return false;
	const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(value) ? base64Decoded(value) : null;
	if (decoded !== null && /^[\x20-\x7e]+$/.test(decoded)) return false;
	if ((letters.match(/(?=[a-z][A-Z]|[A-Z][a-z])/g) ?? []).length < 5) return false;
	const pieces = letters.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Z])([A-Z][a-z])/g, "$1 $2").split(" ");
	const short = pieces.filter((piece) => piece.length <= 2).length;
	const long = pieces.filter((piece) => piece.length >= 4);
	if (long.some((piece) => wordScore(piece.toLowerCase()) >= .3)) return false;
	return short >= 3 && short * 2 >= pieces.length || long.length >= 2 && long.every((piece) => wordScore(piece.toLowerCase()) < -.2);
}
/** Is a token, with nothing around it, a chosen password? */
function passwordShaped(token) {
	const value = token.replace(/[\u2010-\u2015\u2212]/g, "-");
	if (value.length < 8 || value.length > 64) return false;
	if (chosenFamily(value)) return !lookAlike(value) && !/\s/.test(value) && !looksLikePlaceholder(value);
	if (/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(value.replace(/[^\p{L}\p{N}]/gu, ""))) return false;
	if (!/\p{N}/u.test(value) || !/\p{L}/u.test(value) || !(/[^\p{L}\p{N}._-]/u.test(value) || /\p{Lu}/u.test(value) && /\p{Ll}/u.test(value))) return false;
	if (/\s/.test(value) || lookAlike(value)) return false;
	const letters = (value.match(/\p{L}/gu) ?? []).length;
	const digits = (value.match(/\p{N}/gu) ?? []).length;
	const strong = (value.match(/[^\p{L}\p{N}._-]/gu) ?? []).length;
	const upper = /\p{Lu}/u.test(value);
	const lower = /\p{Ll}/u.test(value);
	if (letters < 2 || !passwordTokenShape(value, "before")) return false;
	if (/^[A-Za-z0-9+/_-]{24,}={0,2}$/.test(value) || encodesPlainText(value) || shortBase64Text(value)) return false;
	if (value.includes("/") && wordyShare(value) >= .5) return false;
	if (digits >= letters * 2 && !/\p{L}{3}/u.test(value)) return false;
	const sep = /[-~|.]/.exec(value)?.[0];
	const groups = sep ? value.split(sep) : [];
	const oneFormat = new Set(groups.slice(1).map((g) => g.length)).size === 1 || new Set(groups.map(shapeOf)).size === 1;
	if (groups.length >= 3 && oneFormat && groups[1].length >= 3) return false;
	if (/^[.\w+/-]+={1,2}$/.test(value)) return false;
	if (/^[^!"#$%&'()*,/:;<=>?@[\\\]^`{|}~]+$/.test(value) && value.includes("+") && wordyShare(value) >= .5) return false;
	if (strong > 0 && digits > 0) return !/^(?:\p{Lu}{2,}\d+|\p{L}+\d{1,2})[!?]+$/u.test(value);
	if (!(upper && lower && digits > 0) || strong > 0) return false;
	if (leetWord(value)) return true;
	if (/[._-]/.test(value) && /^[\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+)+$/u.test(value) && value.split(/[._-]/).every((p) => /^\p{L}+\d*$|^\d+$/u.test(p))) return false;
	return wordyShare(value) < .5 && (value.match(/\p{L}\p{N}|\p{N}\p{L}/gu) ?? []).length >= 2;
}
/** Is a run, with nothing around it, a key drawn by a machine? `hex` runs count only outside digest context. */
function keyShaped(value, around, after) {
	if (value.length < 24 || value.length > 1024) return false;
	if (looksLikePlaceholder(value) || looksTypedIn(value) || publicKeyShaped(value) || value.startsWith("AAAA")) return false;
	if (ID_PREFIX.test(value) || ibanValid(value) || /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(value) || /^(?:sha\d{1,3}|md5)-/i.test(value)) return false;
	if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return false;
	if (/^[0-7][0-9A-HJKMNP-TV-Z]{25}$/i.test(value)) return false;
	if (/pin-sha\d+|fingerprint|public[ _-]?key|pubkey/i.test(around)) return false;
	if (/[A-Z]{2,}_[A-Z]{2,}/.test(value) || /\.[a-z]{1,5}$/.test(value)) return false;
	const r = measureRandomness(value);
	if (/^[A-Za-z_$][\w$]*(?:[./][A-Za-z_$][\w$]*)+$/.test(value) && r.wordy > .2) return false;
	if (r.alphabet === "hex" || r.alphabet === "base32" || r.alphabet === "base36") {
		if (value.length < 32 || DIGEST_CONTEXT.test(around) || CHECKSUM_LINE.test(after)) return false;
		return /\d/.test(value) && /[a-zA-Z]/.test(value) && looksMachineRandom(value, "keyed");
	}
	if (encodesPlainText(value)) return false;
	return looksMachineRandom(value, "placed");
}
/** Round 21: a key written as a provider's prefix and parts joined by `-` or `_` (`akab-<16>-<16>`, `SWMTKN-1-<50>-<25>`,
*  `b_<44>`): the separators make the whole run read as base64 of words, so the parts are judged joined, in their own
*  alphabet, without the prefix (one to twelve letters, maybe a version digit). Never a UUID or a name's words. */
function segmentedKeyShaped(value, around, after) {
	if (!/[-_]/.test(value) || /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(value)) return false;
	if (ID_PREFIX.test(value) || /^(?:sha\d{1,3}|md5)[-_]/i.test(value)) return false;
	const body = value.replace(/^(?:[A-Za-z]{1,12}[-_](?:\d[-_])?){1,2}/, "");
	const parts = body.split(/[-_]/);
	if (body === value || parts.some((part) => part.length < 4)) return false;
	return keyShaped(parts.join(""), around, after);
}
function* findPasswords(text) {
	const chunk = /\S{8,}/g;
	const inPem = pemCover(text);
	let m;
	while ((m = chunk.exec(text)) !== null) {
		if (m[0].length > 200) continue;
		let start = m.index;
		let value = m[0];
		const opening = LEAD.exec(value)?.[0].length ?? 0;
		const named = NAMED.exec(value.slice(opening));
		if (named) named[0] = value.slice(0, opening) + named[0];
		if (named && named[0].length < value.length) {
			start += named[0].length;
			value = value.slice(named[0].length);
		}
		const lead = LEAD.exec(value)?.[0].length ?? 0;
		const trail = value.slice(lead).replace(TRAIL, "");
		if (trail.length < 8 || trail.length > 64) continue;
		if (!passwordShaped(trail)) continue;
		start += lead;
		if (inPem(start)) continue;
		yield {
			start,
			end: start + trail.length
		};
	}
}
function* findKeys(text) {
	const run = /[A-Za-z0-9+/_=-]{24,}/g;
	const inPem = pemCover(text);
	let m;
	while ((m = run.exec(text)) !== null) {
		let start = m.index;
		let end = start + m[0].length;
		if (m[0].length > 1024) continue;
		const eq = m[0].replace(/=+$/, "").lastIndexOf("=");
		if (eq !== -1) start += eq + 1;
		while (start < end && /[/_=+-]/.test(text[start])) start++;
		while (end > start && /[/_+-]/.test(text[end - 1])) end--;
		if (end - start < 24) continue;
		const prev = text[m.index - 1] ?? "";
		if (/[@\\#?&%.:]/.test(prev) || /[.@]\w/.test(text.slice(end, end + 2))) continue;
		if (start > 120 && !/\s/.test(text.slice(start - 120, start))) continue;
		if (text.length - end > 120 && !/\s/.test(text.slice(end, end + 120))) continue;
		const wide = text.slice(Math.max(0, start - 400), start);
		const before = wide.slice(Math.max(wide.lastIndexOf("\n") + 1, wide.length - 160));
		if (/:\/\/\S*$|base64,$|(?:sha\d{1,3}|md5)[-:]$|integrity[=:"' ]{1,4}$/i.test(before)) continue;
		const next = text.slice(end, end + 100);
		const after = next.slice(0, next.indexOf("\n") === -1 ? next.length : next.indexOf("\n"));
		const name = /([A-Za-z_$][\w$.-]{0,60})["'`]?\]?[ \t]*(?:=|:=|=>|:)[ \t]*["'`]?$/.exec(before)?.[1];
		if (name && (NOT_SECRET_NAME.test(name) || NOT_SECRET_CAMEL.test(name))) continue;
		const run = text.slice(start, end);
		if (!keyShaped(run, `${wide}\u0000${after}`, after) && !segmentedKeyShaped(run, `${wide}\u0000${after}`, after)) continue;
		if (inPem(start)) continue;
		yield {
			start,
			end
		};
	}
}
var LEAD, TRAIL, NAMED, shapeOf, LEET, DIGEST_CONTEXT, CHECKSUM_LINE, shapeTokenRules;
var init_shape_tokens = __esmMin((() => {
	init_checks();
	init_password_shape();
	init_random_tokens();
	init_token_randomness();
	init_token_shapes();
	LEAD = /^["'`‘’“”«»„‚([{<*_|,;:]+/u;
	TRAIL = /["'`‘’“”«»„‚)\]}>*_|,;:.،؛。、]+$/u;
	NAMED = /^-{0,2}[\p{L}_][\p{L}\p{N}_.-]{0,60}(?::=|[=:])["'`]?/u;
	shapeOf = (group) => group.replace(/\p{L}+/gu, "A").replace(/\p{N}+/gu, "9");
	LEET = {
		"0": "o",
		"1": "i",
		"3": "e",
		"4": "a",
		"5": "s",
		"7": "t",
		"@": "a",
		$: "s"
	};
	DIGEST_CONTEXT = /commit|sha\d{0,3}|md5|hash|checksum|digest|integrity|etag|fingerprint|uuid|guid|(?:\b|_)(?:ids?|reference|revision|rev|parent|tree|blob|object|merge|cherry-pick|git|index|build|ref|pin)\b|[0-9a-f]{7,}\.\.[0-9a-f]{7,}|encrypted|cipher|提交|校验和|哈希|散列|コミット|ハッシュ|チェックサム|커밋|해시|체크섬|коммит|хе?ш|контрольн|prüfsumme|somme de contrôle|suma de (?:comprobación|verificación)|soma de verificação|sommatoria|controlesom|suma kontrolna|sağlama toplamı/i;
	CHECKSUM_LINE = /^ {1,2}\*?[\w./+-]+\.\w{1,8}\b/;
	shapeTokenRules = [{
		id: "password-shaped-token",
		kind: "password",
		level: "strict",
		priority: 30,
		description: "Strict only: a delimited token of 8-64 characters mixing letters, digits and symbols (or upper, lower and digits in a non-word shape) as chosen passwords do, in any language and context; never words, paths, URLs, e-mail addresses, versions, dates, numbers with units, hex hashes, UUIDs, identifiers, colours, flags or code",
		find: (text) => [...findPasswords(text)]
	}, {
		id: "key-shaped-token",
		kind: "api_key",
		level: "strict",
		priority: 32,
		description: "Strict only: a run of 24+ base64/base62 characters (32+ hex or base36) the randomness model reads as machine-drawn, anywhere (round 21: or a prefix and parts joined by `-`/`_`, the parts judged joined); never a digest where digests stand (commits, lockfile integrity, checksums), UUIDs, public keys, base64 of plain text, PEM bodies or URL parts",
		find: (text) => [...findKeys(text)]
	}];
}));
// src/core/redaction/rules/webhook-urls.ts
/** A piece of the URL after the hook word that is drawn, not typed: a UUID, random hex, or a machine-random token. */
function drawn(piece) {
	if (looksLikePlaceholder(piece) || looksTypedIn(piece)) return false;
	return hexOrUuid(piece) || looksMachineRandom(piece, "keyed");
}
/** Where the URL ends: trailing sentence punctuation and an unmatched closing bracket are the text's, not the URL's. */
function trimmed(url) {
	let end = url.length;
	for (;;) {
		const ch = url[end - 1];
		if (/[.,;:!?*]/.test(ch)) end--;
		else if (ch === ")" && (url.slice(0, end).match(/\(/g)?.length ?? 0) < (url.slice(0, end).match(/\)/g)?.length ?? 0)) end--;
		else if (ch === "]" && !url.slice(0, end).includes("[")) end--;
		else break;
	}
	return url.slice(0, end);
}
function* webhookUrls(text) {
	if (!/hook/i.test(text)) return;
	yield* scanning(URL_RUN, function* (re) {
		let m;
		while ((m = re.exec(text)) !== null) {
			const url = trimmed(m[0]);
			const host = /^https?:\/\/([^/:]+)/i.exec(url)[1];
			if (CODE_HOST.test(host)) continue;
			const path = url.slice(url.indexOf("/", url.indexOf("//") + 2));
			const segments = path.split(/[/?#&]/);
			const word = segments.findIndex((s) => HOOK_SEGMENT.test(s));
			if (word === -1 && !HOOK_HOST.test(host)) continue;
			if (!((word === -1 ? path : segments.slice(word + 1).join("/")).match(PIECE) ?? []).some((p) => drawn(p.replace(/^[_-]+|[_-]+$/g, "")))) continue;
			yield {
				start: m.index,
				end: m.index + url.length
			};
		}
	});
}
var URL_RUN, HOOK_SEGMENT, HOOK_HOST, CODE_HOST, PIECE, webhookUrlRules;
var init_webhook_urls = __esmMin((() => {
	init_checks();
	init_regex_scan();
	init_token_randomness();
	init_token_shapes();
	URL_RUN = /(?<![A-Za-z0-9+.-])https?:\/\/[A-Za-z0-9.-]{1,253}(?::\d{2,5})?\/[^\s"'<>`\\|^{}]{1,800}/g;
	HOOK_SEGMENT = /^(?:web)?hooks?(?:b2)?$|^incomingwebhooks?$/i;
	HOOK_HOST = /^hooks?\./i;
	CODE_HOST = /(?:^|\.)(?:github|gitlab|bitbucket)\.(?:com|org|io)$/i;
	PIECE = /[A-Za-z0-9_-]{16,200}/g;
	webhookUrlRules = [{
		id: "webhook-url",
		kind: "api_key",
		level: "secrets",
		priority: 90,
		description: "Incoming webhook URL: a hook path word or hooks host, then a drawn token (the whole URL is the credential)",
		find: (text) => [...webhookUrls(text)]
	}];
}));
// src/core/redaction/rules/key-directives.ts
/** A typed value a name vouches for: letters with digits (or many capitals), no placeholder, no counting. */
function typedKey(value) {
	if (!/[A-Za-z]/.test(value) || !/\d/.test(value)) return false;
	if (/^(?:\$|%|\{\{|<)|^(?:true|false|null|none|yes|no)$/i.test(value) || /^v?\d+(?:\.\d+)+/.test(value)) return false;
	if (/[/\\]/.test(value) || /^[.~]/.test(value) || /\.(?:[a-z]{2,5})$/.test(value)) return false;
	return !looksLikePlaceholder(value) && !looksTypedIn(value);
}
var DIRECTIVE, keyDirectiveRules;
var init_key_directives = __esmMin((() => {
	init_checks();
	init_key_context();
	init_regex_rule();
	DIRECTIVE = new RegExp(String.raw`(?<=^[ \t]{0,40})(?:(?:ENV|setenv|SetEnv|setx|set(?:[ \t]+-[gxUu]{1,3})?)[ \t]+)?\$?` + String.raw`([A-Za-z][A-Za-z0-9]{0,40}(?:[._-][A-Za-z0-9]{1,40}){1,6}|[a-z]{1,40}(?:[A-Z][a-z0-9]{1,40}){1,6})` + String.raw`[ \t]{1,20}(["']?)([^\s"'\x60;=:#]{8,200})\2;?[ \t]*(?:#[^\n]{0,300})?$`, "gmd");
	keyDirectiveRules = [regexRule({
		id: "key-directive",
		kind: "secret",
		level: "secrets",
		priority: 80,
		description: "A typed key given to a key-named identifier by whitespace (`travis_token <value>`, `ENV API_TOKEN <value>`)",
		pattern: DIRECTIVE,
		group: 3,
		accept: (value, match) => {
			if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(match[1])) return false;
			const name = keyContextOf(match[1]);
			return name.keyWord && !name.publicWord && typedKey(value);
		}
	}), regexRule({
		id: "kubernetes-token-id",
		kind: "api_key",
		level: "secrets",
		priority: 80,
		description: "Kubernetes bootstrap token id over its token secret (`token-id: <6>` / `token-secret: <16>`)",
		pattern: /(?<![\w-])token[-_]?id["']?[ \t]*:[ \t]*["']?([a-z0-9]{6})["']?[ \t]*,?[ \t]*\r?\n[ \t]{0,40}["']?token[-_]?secret["']?[ \t]*:[ \t]*["']?[a-z0-9]{16}(?![A-Za-z0-9])/dgi,
		group: 1
	})];
}));
// src/core/redaction/rules/encrypted-values.ts
var encryptedValueRules;
var init_encrypted_values = __esmMin((() => {
	init_regex_rule();
	encryptedValueRules = [regexRule({
		id: "ansible-vault-block",
		kind: "secret",
		level: "secrets",
		priority: 85,
		description: "Ansible Vault block: $ANSIBLE_VAULT;1.x;AES256 header, then lines of hex (a password-derived key: crackable offline)",
		pattern: /\$ANSIBLE_VAULT;1\.[0-9];AES256(?:;[A-Za-z0-9_-]{1,64})?(?:[ \t]*\r?\n[ \t]{0,40}[0-9a-f]{20,80}){1,400}/g
	})];
}));
// src/core/redaction/rules/index.ts
var rules_exports = /* @__PURE__ */ __exportAll({
	REDACTION_RULES: () => REDACTION_RULES,
	REDACTION_RULES_VERSION: () => 24,
	describeRedaction: () => describeRedaction,
	levelIncludes: () => levelIncludes,
	rulesFor: () => rulesFor
});
function rulesFor(level, disabledRules = []) {
	const disabled = new Set(disabledRules);
	return REDACTION_RULES.filter((rule) => levelIncludes(level, rule.level) && !disabled.has(rule.id));
}
/** What an export manifest records: the rules version and the ids that ran at this level. */
function describeRedaction(level, disabledRules = []) {
	return {
		rulesVersion: 24,
		level,
		rules: rulesFor(level, disabledRules).map((rule) => rule.id)
	};
}
var REDACTION_RULES, duplicate;
var init_rules = __esmMin((() => {
	init_types();
	init_address();
	init_assignments();
	init_contact();
	init_credential_calls();
	init_financial();
	init_network();
	init_password_context();
	init_password_fields();
	init_password_forms();
	init_provider_keys();
	init_random_tokens();
	init_secrets();
	init_secret_stores();
	init_seed_phrases();
	init_labelled_values();
	init_passphrase_lines();
	init_secretlint();
	init_symbol_secrets();
	init_address_latin_layouts();
	init_xml_named_values();
	init_bracketed_values();
	init_password_copies();
	init_credential_files();
	init_hex_key_prose();
	init_address_script_layouts();
	init_key_constructors();
	init_base64_text_secrets();
	init_address_access_codes();
	init_shape_tokens();
	init_webhook_urls();
	init_key_directives();
	init_encrypted_values();
	init_version();
	REDACTION_RULES = [
		...providerKeyRules,
		...secretRules,
		...secretlintRules,
		...assignmentRules,
		...passwordFormRules,
		...passwordContextRules,
		...passwordFieldRules,
		...credentialCallRules,
		...randomTokenRules,
		...symbolSecretRules,
		...seedPhraseRules,
		...labelledValueRules,
		...passphraseLineRules,
		...xmlNamedValueRules,
		...bracketedValueRules,
		...passwordCopyRules,
		...credentialFileRules,
		...hexKeyProseRules,
		...secretStoreRules,
		...keyConstructorRules,
		...base64TextSecretRules,
		...shapeTokenRules,
		...webhookUrlRules,
		...keyDirectiveRules,
		...encryptedValueRules,
		...contactRules,
		...financialRules,
		...networkRules,
		...addressRules,
		...latinLayoutRules,
		...scriptLayoutRules
	].map(withoutAccessCodes);
	duplicate = REDACTION_RULES.find((rule, i) => REDACTION_RULES.findIndex((r) => r.id === rule.id) !== i);
	if (duplicate) throw new Error(`duplicate redaction rule id ${duplicate.id}`);
}));
// src/core/export/redaction-record.ts
init_version();
init_types();
/** The ids of the rules a level runs, from the generated list; null when that list is not of the current rules. */
function listedRuleIds(level, disabledRules = []) {
	const disabled = new Set(disabledRules);
	return RULE_IDS.flatMap(([id, ruleLevel]) => levelIncludes(level, ruleLevel) && !disabled.has(id) ? [id] : []);
}
async function redactionRecord(r) {
	const by = r.chosenBy ? { chosenBy: r.chosenBy } : {};
	if (r.level === "off") return {
		rulesVersion: String(24),
		level: "off",
		rules: [],
		...by
	};
	const level = r.level;
	const rules = listedRuleIds(level, r.disabledRules) ?? (await Promise.resolve().then(() => (init_rules(), rules_exports))).describeRedaction(level, r.disabledRules ?? []).rules;
	return {
		rulesVersion: String(24),
		level,
		rules,
		...by
	};
}
// src/core/export/conversations.ts
function assembleConversation(events) {
	const first = events[0];
	if (!first) return null;
	const messages = /* @__PURE__ */ new Map();
	const models = /* @__PURE__ */ new Set();
	let firstTs = first.ts;
	let lastTs = first.ts;
	for (const e of events) {
		if (e.ts < firstTs) firstTs = e.ts;
		if (e.ts > lastTs) lastTs = e.ts;
		if (e.kind === "prompt" || e.kind === "response") {
			if (messages.has(e.messageId)) continue;
			const m = {
				messageId: e.messageId,
				role: e.kind === "prompt" ? "user" : "assistant",
				parentId: e.parentId ?? null,
				text: e.text,
				createdAt: e.createdAt ?? e.ts,
				origin: e.origin,
				signals: []
			};
			if (e.kind === "response") {
				if (e.model) {
					m.model = e.model;
					models.add(e.model);
				}
				if (e.variantIndex) m.variantIndex = e.variantIndex;
			}
			messages.set(e.messageId, m);
		}
	}
	for (const e of events) for (const ref of messagesReferencedBy(e)) messages.get(ref)?.signals.push(e.id);
	const title = [...messages.values()].find((m) => m.role === "user")?.text.replace(/\s+/g, " ").trim().slice(0, 80) ?? "";
	return {
		key: `${first.site}:${first.conversationId}`,
		site: first.site,
		conversationId: first.conversationId,
		title,
		firstTs,
		lastTs,
		models: [...models],
		messages: [...messages.values()]
	};
}
var init_conversations = __esmMin((() => {
	init_events();
}));
// src/core/redaction/tokens.ts
/** Values that differ only in formatting are one identity: `+44 20 7946 0958` and `+442079460958`. */
function identityKey(kind, value) {
	switch (kind) {
		case "email": return value.toLowerCase();
		case "phone":
		case "payment_card": return value.replace(/\D/g, "");
		case "iban": return value.replace(/\s/g, "").toUpperCase();
		case "ip_address": return value.toLowerCase();
		default: return value;
	}
}
function createSpanRedactor() {
	const tokens = /* @__PURE__ */ new Map();
	const counters = /* @__PURE__ */ new Map();
	function tokenFor(kind, value) {
		const key = `${kind}\u0000${identityKey(kind, value)}`;
		let token = tokens.get(key);
		if (!token) {
			const n = (counters.get(kind) ?? 0) + 1;
			counters.set(kind, n);
			token = `<${KIND_LABEL[kind]}_${n}>`;
			tokens.set(key, token);
		}
		return token;
	}
	return { redactSpans(text, spans) {
		const ordered = [...spans].sort((a, b) => a.start - b.start);
		const parts = [];
		const out = [];
		let cursor = 0;
		let length = 0;
		for (const span of ordered) {
			if (span.start < cursor || span.end > text.length) continue;
			const kept = text.slice(cursor, span.start);
			const replacement = tokenFor(span.kind, text.slice(span.start, span.end));
			parts.push(kept, replacement);
			length += kept.length;
			out.push({
				start: span.start,
				end: span.end,
				kind: span.kind,
				rule: span.rule,
				replacement,
				outputStart: length,
				outputEnd: length + replacement.length
			});
			length += replacement.length;
			cursor = span.end;
		}
		parts.push(text.slice(cursor));
		return {
			text: parts.join(""),
			spans: out
		};
	} };
}
var init_tokens = __esmMin((() => {
	init_types();
}));
// src/core/review/event-text-fields.ts
function extraTexts(e) {
	const out = [];
	const add = (field, text) => void (text ? out.push({
		field,
		text
	}) : void 0);
	if (e.kind === "prompt") e.attachments?.forEach((a, i) => (add(`attachments.${i}.name`, a.name), add(`attachments.${i}.text`, a.text)));
	else if (e.kind === "response") {
		add("reasoning", e.reasoning);
		e.artifacts?.forEach((a, i) => (add(`artifacts.${i}.title`, a.title), add(`artifacts.${i}.text`, a.text)));
	}
	return out;
}
/** The event with each extra text field passed through `replace` (other fields untouched). */
function withExtraTexts(e, replace) {
	/** `{ [key]: replaced }` when the field holds text, `{}` otherwise (an absent optional field stays absent). */
	const opt = (key, field, text) => text ? { [key]: replace(field, text) } : {};
	if (e.kind === "prompt" && e.attachments) {
		const attachments = e.attachments.map((a, i) => ({
			...a,
			...opt("name", `attachments.${i}.name`, a.name),
			...opt("text", `attachments.${i}.text`, a.text)
		}));
		return {
			...e,
			attachments
		};
	}
	if (e.kind === "response" && (e.reasoning || e.artifacts)) {
		const artifacts = e.artifacts?.map((a, i) => ({
			...a,
			...opt("title", `artifacts.${i}.title`, a.title),
			...opt("text", `artifacts.${i}.text`, a.text)
		}));
		return {
			...e,
			...opt("reasoning", "reasoning", e.reasoning),
			...artifacts ? { artifacts } : {}
		};
	}
	return e;
}
var init_event_text_fields = __esmMin((() => {}));
// src/core/review/decisions.ts
/** Spans of every (non-overlapping, longest first) occurrence of the values in `text`. */
function userSpans$1(text, redactions) {
	const spans = [];
	const taken = (s, e) => spans.some((x) => s < x.end && e > x.start);
	for (const r of [...redactions].sort((a, b) => b.value.length - a.value.length)) {
		if (!r.value) continue;
		for (let at = text.indexOf(r.value); at !== -1; at = text.indexOf(r.value, at + r.value.length)) if (!taken(at, at + r.value.length)) spans.push({
			start: at,
			end: at + r.value.length,
			kind: r.kind,
			rule: "user"
		});
	}
	return spans.sort((a, b) => a.start - b.start);
}
/**
* A text function for one conversation: same value, same token (`<SECRET_1>`) in every field. Pass the export's
* own per-conversation redactor so user tokens and automatic tokens are numbered from one table and never clash.
*/
function conversationRedactor(redactions, redactor = createSpanRedactor()) {
	if (!redactions?.length) return (text) => text;
	return (text) => {
		const spans = userSpans$1(text, redactions);
		return spans.length ? redactor.redactSpans(text, spans).text : text;
	};
}
/** Every captured text field of an event passed through `redact`; ids, offsets and kinds untouched. */
function redactEvent(e, redact) {
	return withExtraTexts(redactMainTexts(e, redact), (_field, text) => redact(text));
}
function redactMainTexts(e, redact) {
	switch (e.kind) {
		case "prompt": return {
			...e,
			text: redact(e.text)
		};
		case "response": return {
			...e,
			text: redact(e.text),
			codeBlocks: e.codeBlocks.map((b) => ({
				...b,
				code: redact(b.code)
			}))
		};
		case "stop": return {
			...e,
			partialText: redact(e.partialText)
		};
		case "edit_prompt": return {
			...e,
			oldText: redact(e.oldText),
			newText: redact(e.newText),
			diff: e.diff.map((d) => ({
				...d,
				text: redact(d.text)
			}))
		};
		case "copy": return {
			...e,
			text: redact(e.text)
		};
		case "paste": return {
			...e,
			text: redact(e.text),
			matches: e.matches.map((m) => ({
				...m,
				diff: m.diff.map((d) => ({
					...d,
					text: redact(d.text)
				}))
			}))
		};
		case "feedback": return e.comment === void 0 ? e : {
			...e,
			comment: redact(e.comment)
		};
		default: return e;
	}
}
/** Answers (message ids) the user excluded, and the events that would carry their text into an export. */
function excludedInConversation(events, d) {
	const messageIds = /* @__PURE__ */ new Set();
	for (const e of events) if (e.kind === "response" && d.excludedAnswers.has(e.id)) messageIds.add(e.messageId);
	const eventIds = /* @__PURE__ */ new Set();
	if (messageIds.size === 0) return {
		messageIds,
		eventIds
	};
	for (const e of events) {
		const about = e.kind === "response" || e.kind === "copy" || e.kind === "feedback" || e.kind === "stop" ? e.messageId : void 0;
		if (about !== void 0 && messageIds.has(about)) eventIds.add(e.id);
	}
	return {
		messageIds,
		eventIds
	};
}
/** The label a sample builder should use: the user's when there is one (confidence 1), else the machine's. */
function effectiveLabel(l) {
	return l.userLabel ? {
		label: l.userLabel,
		confidence: 1,
		source: "user"
	} : {
		label: l.label,
		confidence: l.confidence,
		source: "machine"
	};
}
var init_decisions = __esmMin((() => {
	init_tokens();
	init_event_text_fields();
}));
// src/core/redaction/escaped-quotes.ts
function decodeOne(reference) {
	const name = reference.slice(1, -1).toLowerCase();
	const named = CHAR[name];
	if (named !== void 0) return named;
	const code = name.startsWith("#x") ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
	return String.fromCharCode(code);
}
/** The text with its quote (and `&`, `<`, `>`) references decoded, or null when it holds no escaped quote. */
function decodeEscapedQuotes(text) {
	if (!QUOTES.test(text)) return null;
	let out = "";
	const offsets = [];
	let last = 0;
	for (const m of text.matchAll(REFERENCE)) {
		for (let i = last; i < m.index; i++) offsets.push(i);
		out += text.slice(last, m.index) + decodeOne(m[0]);
		offsets.push(m.index);
		last = m.index + m[0].length;
	}
	for (let i = last; i < text.length; i++) offsets.push(i);
	out += text.slice(last);
	offsets.push(text.length);
	return {
		text: out,
		offsets
	};
}
var REFERENCE, QUOTES, CHAR;
var init_escaped_quotes = __esmMin((() => {
	REFERENCE = /&(?:quot|apos|amp|lt|gt|#3[49]|#x2[27]|#0*3[49]|#x0*2[27]);/gi;
	QUOTES = /&(?:quot|apos|#3[49]|#x2[27]);/i;
	CHAR = {
		quot: "\"",
		apos: "'",
		amp: "&",
		lt: "<",
		gt: ">"
	};
}));
// src/core/redaction/terminal-escapes.ts
/** `text` with every terminal escape replaced by spaces of the same length (same offsets), or `text` itself. */
function maskTerminalEscapes(text) {
	if (!MAYBE.test(text)) return text;
	return text.replace(ESCAPES, (escape) => " ".repeat(escape.length));
}
var ESCAPES, MAYBE;
var init_terminal_escapes = __esmMin((() => {
	ESCAPES = /\x1b\[[0-?]{0,40}[ -/]{0,4}[@-~]|\x1b\][^\x07\x1b\n]{0,512}(?:\x07|\x1b\\)|(?:\\x1[bB]|\\033|\\e|\\u001[bB]|\^\[)\[[0-9;]{0,40}m/g;
	MAYBE = /\x1b|\\x1[bB]\[|\\033\[|\\e\[|\\u001[bB]\[|\^\[\[/;
}));
// src/core/redaction/detect.ts
function better(a, b) {
	if (a.priority !== b.priority) return a.priority > b.priority;
	return a.end - a.start > b.end - b.start;
}
/** Among overlapping spans of personal data: the higher priority rule, then the longer span; same kinds merge. */
function resolvePersonal(candidates) {
	candidates.sort((a, b) => a.start - b.start || b.priority - a.priority || b.end - a.end);
	const chosen = [];
	for (const candidate of candidates) {
		const last = chosen[chosen.length - 1];
		if (!last || candidate.start >= last.end) chosen.push({ ...candidate });
		else if (candidate.kind === last.kind) last.end = Math.max(last.end, candidate.end);
		else if (last.kind === "postal_address" && candidate.kind === "phone" && candidate.end <= last.end) continue;
		else if (candidate.kind === "postal_address" && last.kind === "phone" && candidate.end >= last.end) chosen[chosen.length - 1] = { ...candidate };
		else if (better(candidate, last)) chosen[chosen.length - 1] = { ...candidate };
	}
	return chosen;
}
/**
* Overlaps never leak a secret: spans are grouped into clusters of transitively overlapping spans, and a cluster
* holding any secret becomes one span over the whole cluster (the union), labelled by its highest-priority secret
* rule. So an IP inside a SAS token, a phone-shaped run inside a key, or a key found both whole and in part never
* leave a piece of the secret in the output. Clusters of personal data only are resolved by priority.
*/
function resolveOverlaps(candidates) {
	candidates.sort((a, b) => a.start - b.start || b.end - a.end);
	const out = [];
	let cluster = [];
	let clusterEnd = -1;
	const flush = () => {
		if (cluster.length === 0) return;
		const secrets = cluster.filter((c) => SECRET_KINDS.has(c.kind));
		if (secrets.length === 0) out.push(...resolvePersonal(cluster));
		else {
			const lead = secrets.reduce((a, b) => better(b, a) ? b : a);
			out.push({
				...lead,
				start: cluster[0].start,
				end: clusterEnd
			});
		}
		cluster = [];
	};
	for (const candidate of candidates) {
		if (candidate.start >= clusterEnd) {
			flush();
			clusterEnd = candidate.end;
		} else clusterEnd = Math.max(clusterEnd, candidate.end);
		cluster.push(candidate);
	}
	flush();
	return out.map(({ start, end, kind, rule }) => ({
		start,
		end,
		kind,
		rule
	}));
}
/** Spans to redact, sorted and non-overlapping, with offsets into `text`. Default level: standard. */
function detect(text, options = {}) {
	const candidates = [];
	const read = maskTerminalEscapes(text);
	const decoded = decodeEscapedQuotes(read);
	const offsets = decoded?.offsets;
	for (const rule of rulesFor(options.level ?? "standard", options.disabledRules)) for (const { start, end } of rule.find(decoded?.text ?? read)) {
		const [from, to] = offsets ? [offsets[start], offsets[end]] : [start, end];
		candidates.push({
			start: from,
			end: to,
			kind: rule.kind,
			rule: rule.id,
			priority: rule.priority
		});
	}
	return resolveOverlaps(candidates);
}
/**
* Applies review decisions: drops detected spans the user undid (matched by exact range) and adds the user's own
* spans, which win over any detected span they overlap.
*/
function applyOverrides(spans, overrides = {}) {
	const dropped = new Set((overrides.drop ?? []).map((r) => `${r.start}:${r.end}`));
	const added = (overrides.add ?? []).filter((r) => r.end > r.start).map(({ start, end, kind }) => ({
		start,
		end,
		kind,
		rule: "user"
	}));
	const merged = [...spans.filter((s) => !dropped.has(`${s.start}:${s.end}`) && !added.some((a) => a.start < s.end && s.start < a.end)), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
	const result = [];
	for (const span of merged) {
		const last = result[result.length - 1];
		if (last && span.start < last.end) {
			last.end = Math.max(last.end, span.end);
			continue;
		}
		result.push({ ...span });
	}
	return result;
}
var SECRET_KINDS;
var init_detect = __esmMin((() => {
	init_rules();
	init_escaped_quotes();
	init_terminal_escapes();
	SECRET_KINDS = /* @__PURE__ */ new Set([
		"api_key",
		"private_key",
		"jwt",
		"password",
		"secret"
	]);
}));
// src/core/redaction/redactor.ts
var init_redactor = __esmMin((() => {
	init_detect();
}));
// src/core/redaction/index.ts
var init_redaction = __esmMin((() => {
	init_detect();
	init_redactor();
	init_tokens();
	init_rules();
	init_checks();
	init_types();
}));
// src/core/redaction/export.ts
function userSpans(text, add) {
	const spans = [];
	for (const { value, kind } of [...add ?? []].sort((a, b) => b.value.length - a.value.length)) {
		if (!value) continue;
		for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length)) {
			const end = at + value.length;
			if (!spans.some((s) => at < s.end && end > s.start)) spans.push({
				start: at,
				end,
				kind,
				rule: "user"
			});
		}
	}
	return spans;
}
/**
* An event with every captured text field passed through `visit` (the text to write back), fields named as in
* `ReviewSpan`: the one traversal that both detects spans beforehand and redacts for the export, so their field
* names always agree.
*/
function mapEventTexts(e, visit) {
	const r = (text, field = "text") => text ? visit(text, field) : text;
	const diff = (ops, prefix) => ops.map((op, i) => ({
		...op,
		text: r(op.text, `${prefix}diff.${i}.text`)
	}));
	switch (e.kind) {
		case "prompt": return {
			...e,
			text: r(e.text)
		};
		case "response": return {
			...e,
			text: r(e.text),
			codeBlocks: e.codeBlocks.map((b, i) => ({
				...b,
				code: r(b.code, `codeBlocks.${i}.code`)
			}))
		};
		case "stop": return {
			...e,
			partialText: r(e.partialText, "partialText")
		};
		case "edit_prompt": return {
			...e,
			oldText: r(e.oldText, "oldText"),
			newText: r(e.newText, "newText"),
			diff: diff(e.diff, "")
		};
		case "copy": return {
			...e,
			text: r(e.text)
		};
		case "paste": return {
			...e,
			text: r(e.text),
			matches: e.matches.map((m, i) => ({
				...m,
				diff: diff(m.diff, `matches.${i}.`)
			}))
		};
		case "feedback": return e.comment === void 0 ? e : {
			...e,
			comment: r(e.comment, "comment")
		};
		default: return e;
	}
}
/** Copies moved to where their (redacted) text sits in their (redacted) message. */
function reanchorCopies(events) {
	const messageText = /* @__PURE__ */ new Map();
	for (const e of events) if (e.kind === "prompt" || e.kind === "response") messageText.set(e.messageId, e.text);
	return events.map((e) => {
		if (e.kind !== "copy") return e;
		const text = messageText.get(e.messageId);
		if (text === void 0) return e;
		const near = text.indexOf(e.text, Math.max(0, Math.min(e.start, text.length) - 64));
		const at = near !== -1 ? near : text.indexOf(e.text);
		return at === -1 ? e : {
			...e,
			start: at,
			end: at + e.text.length
		};
	});
}
/**
* Every captured text field of every event redacted with one conversation-wide redactor, from the spans `spans`
* gives for each text plus the user's decisions; ids and kinds untouched, copies re-anchored.
*/
function redactEventTexts(events, options, sink) {
	const redactor = createSpanRedactor();
	const keep = new Set(options.keep ?? []);
	const seen = /* @__PURE__ */ new Map();
	const redacted = events.map((e) => mapEventTexts(e, (text, field) => {
		const detected = applyOverrides(options.spans(e.id, field, text), { add: userSpans(text, options.add) });
		if (!detected.length) return text;
		const spans = keep.size ? detected.filter((s) => s.rule === "user" || !keep.has(text.slice(s.start, s.end))) : detected;
		const out = redactor.redactSpans(text, spans);
		sink?.(e.id, field, text, out.spans);
		for (const s of out.spans) {
			const values = seen.get(s.kind) ?? /* @__PURE__ */ new Set();
			values.add(s.replacement);
			seen.set(s.kind, values);
		}
		return out.text;
	}));
	const counts = {};
	for (const [kind, values] of seen) counts[kind] = values.size;
	return {
		events: reanchorCopies(redacted),
		counts
	};
}
var init_export = __esmMin((() => {
	init_detect();
	init_rules();
	init_tokens();
}));
// src/core/review/export-redaction.ts
/** The events with each extra text field as a stand-in prompt right after its event (id `<event id>\0<field>`). */
function expand(events) {
	const out = [];
	for (const e of events) {
		out.push(e);
		for (const x of extraTexts(e)) {
			const id = `${e.id}${SEP$1}${x.field}`;
			const { v, site, conversationId, ts, origin } = e;
			out.push({
				v,
				id,
				kind: "prompt",
				site,
				conversationId,
				ts,
				origin,
				messageId: id,
				text: x.text
			});
		}
	}
	return out;
}
function owner(id) {
	const at = id.indexOf(SEP$1);
	return at === -1 ? null : {
		eventId: id.slice(0, at),
		field: id.slice(at + 1)
	};
}
/** `expand` undone: each stand-in's (redacted) text back in its event's field. */
function collapse(events) {
	const texts = /* @__PURE__ */ new Map();
	for (const e of events) {
		const o = owner(e.id);
		if (o && e.kind === "prompt") texts.set(o.eventId, (texts.get(o.eventId) ?? /* @__PURE__ */ new Map()).set(o.field, e.text));
	}
	return events.filter((e) => !owner(e.id)).map((e) => {
		const own = texts.get(e.id);
		return own ? withExtraTexts(e, (field, text) => own.get(field) ?? text) : e;
	});
}
var SEP$1;
var init_export_redaction = __esmMin((() => {
	init_export();
	init_event_text_fields();
	SEP$1 = "\0";
}));
// src/core/export/conversation-redaction.ts
function detectingSource(level, disabledRules) {
	const options = {
		level,
		...disabledRules?.length ? { disabledRules } : {}
	};
	return (_eventId, _field, text) => detect(text, options);
}
/**
* The spans to replace in one conversation: the kept ones where they were detected at this level under these rules
* (and no rule is switched off), else detection now.
*/
function conversationSpans(kept, level, disabledRules) {
	if (!(kept && !disabledRules?.length && kept.version === storedSpansVersion(level))) return { spans: detectingSource(level, disabledRules) };
	return {
		spans: storedSource(kept.spans),
		none: kept.spans.length === 0
	};
}
function storedSource(entries) {
	const byText = new Map(entries.map(([eventId, field, spans]) => [`${eventId}${SEP}${field}`, spans]));
	return (eventId, field) => byText.get(`${eventId}${SEP}${field}`) ?? NONE;
}
/** One conversation's events as the redacted export writes them, every captured text field included. */
function redactConversation(events, options) {
	if (options.none && !options.add?.length) return {
		events: reanchorCopies(events),
		counts: {}
	};
	const { none: _none, ...spanOptions } = options;
	const redacted = redactEventTexts(expand(events), spanOptions);
	return {
		events: collapse(redacted.events),
		counts: redacted.counts
	};
}
var SEP, NONE;
var init_conversation_redaction = __esmMin((() => {
	init_redaction();
	init_export();
	init_export_redaction();
	init_spans_version();
	SEP = "";
	NONE = [];
}));
// src/core/export/conversation-as-exported.ts
function conversationAsExported(raw, conv, { options, rules, rulesVersion, decisions, review }) {
	let events = raw;
	const userValues = decisions?.redactions.get(conv.key) ?? [];
	review.userRedactions += userValues.length;
	const redactWith = options.redaction;
	/** Whether the events now differ from the ones the source's kept labels were computed from. */
	let rewritten = userValues.length > 0;
	if (redactWith && redactWith.level !== "off") {
		const keep = decisions?.kept?.get(conv.key) ?? [];
		review.keptValues += keep.length;
		const spans = conversationSpans(conv.redactionSpans, redactWith.level, redactWith.disabledRules);
		const redacted = redactConversation(events, {
			...spans,
			add: userValues,
			keep
		});
		events = redacted.events;
		rewritten ||= Object.keys(redacted.counts).length > 0 || !sameCopyOffsets(raw, events);
	} else if (userValues.length) {
		const redact = conversationRedactor(userValues);
		events = events.map((e) => redactEvent(e, redact));
	}
	const keptLabels = rulesVersion === "echo-rules/2.2.0" && !rewritten && conv.labels ? conv.labels : null;
	let labelled = keptLabels ? [...keptLabels] : labelEvents(events, rules);
	if (rulesVersion !== "echo-rules/2.2.0") labelled = labelled.map((l) => ({
		...l,
		rulesVersion
	}));
	let excludedMessageIds = /* @__PURE__ */ new Set();
	if (decisions) {
		const excluded = excludedInConversation(events, decisions);
		excludedMessageIds = excluded.messageIds;
		review.excludedAnswers += excluded.messageIds.size;
		events = events.filter((e) => !excluded.eventIds.has(e.id)).map((e) => {
			if (e.kind !== "paste" || !excluded.messageIds.size) return e;
			return {
				...e,
				matches: e.matches.filter((m) => !excluded.messageIds.has(m.messageId))
			};
		});
		labelled = labelled.filter((l) => !excluded.messageIds.has(l.messageId)).map((l) => {
			const userLabel = decisions.labelOverrides.get(l.eventId);
			if (userLabel) review.userLabels++;
			return userLabel ? {
				...l,
				userLabel
			} : l;
		});
	}
	const effective = labelled.map((l) => ({
		...l,
		...effectiveLabel(l)
	}));
	return {
		events,
		labelled,
		effective,
		excludedMessageIds
	};
}
/**
* Redaction that replaced nothing leaves every text as it was, but re-anchors copies in their message (the offsets
* paste provenance reads): the events are the same only if no copy moved.
*/
function sameCopyOffsets(raw, redacted) {
	if (raw.length !== redacted.length) return false;
	return raw.every((e, i) => {
		const r = redacted[i];
		return e.kind !== "copy" || r.kind === "copy" && r.start === e.start && r.end === e.end;
	});
}
var init_conversation_as_exported = __esmMin((() => {
	init_labeller();
	init_decisions();
	init_conversation_redaction();
}));
// src/core/export/sample-lines.ts
/** An SFT turn: role, content, then the training flags where the turn has them. */
function sftMessage(q, m) {
	const weight = m.weight === void 0 ? "" : `,"weight":${m.weight}`;
	const train = m.train === void 0 ? "" : `,"train":${m.train}`;
	return `{"role":${ROLE[m.role]},"content":${q.of(m.content)}${weight}${train}}`;
}
function sftLine(q, sample) {
	return `{"id":${JSON.stringify(sample.id)},"messages":[${sample.messages.map((m) => sftMessage(q, m)).join(",")}]${q.meta(sample.meta)}}`;
}
function ktoLine(q, sample) {
	return `{"id":${JSON.stringify(sample.id)},"prompt":[${chatMessages(q, sample.prompt)}],"completion":[${chatMessages(q, sample.completion)}],"label":${sample.label}${q.meta(sample.meta)}}`;
}
/** `{"role":..,"content":..}` for each message, comma-joined. */
function chatMessages(q, messages) {
	return messages.map((m) => `{"role":${ROLE[m.role]},"content":${q.of(m.content)}}`).join(",");
}
function shareGptTurns(q, messages) {
	return messages.map((m) => `{"from":${SHAREGPT_FROM[m.role]},"value":${q.of(m.content)}}`).join(",");
}
function openAiChat(q, sample) {
	const last = lastOf(sample);
	return `{"messages":[${sample.messages.map((m, i) => {
		const weight = m.role === "assistant" ? `,"weight":${i === last ? 1 : 0}` : "";
		return `{"role":${ROLE[m.role]},"content":${q.of(m.content)}${weight}}`;
	}).join(",")}]}`;
}
function shareGpt(q, sample) {
	const last = lastOf(sample);
	return `{"conversations":[${sample.messages.map((m, i) => {
		const train = m.role === "assistant" ? i === last ? ",\"train\":true,\"weight\":1" : ",\"train\":false,\"weight\":0" : "";
		return `{"from":${SHAREGPT_FROM[m.role]},"value":${q.of(m.content)}${train}}`;
	}).join(",")}]}`;
}
function promptCompletion(q, sample) {
	const last = sample.messages[lastOf(sample)];
	return `{"id":${JSON.stringify(sample.id.replace(/^sft:/, "sftpc:"))},"prompt":[${chatMessages(q, sample.messages.slice(0, -1))}],"completion":[{"role":"assistant","content":${q.of(last.content)}}]${q.meta(sample.meta)}}`;
}
function openAiPreference(q, sample) {
	return `{"input":{"messages":[${chatMessages(q, sample.prompt)}]},"preferred_output":[${chatMessages(q, sample.chosen)}],"non_preferred_output":[${chatMessages(q, sample.rejected)}]}`;
}
function llamaFactoryPreference(q, sample) {
	return `{"conversations":[${shareGptTurns(q, sample.prompt)}],"chosen":{"from":"gpt","value":${q.of(sample.chosen[0].content)}},"rejected":{"from":"gpt","value":${q.of(sample.rejected[0].content)}}}`;
}
function llamaFactoryKto(q, sample) {
	return `{"conversations":[${[shareGptTurns(q, sample.prompt), `{"from":"gpt","value":${q.of(sample.completion[0].content)}}`].filter(Boolean).join(",")}],"kto_tag":${sample.label}}`;
}
var Quoted, SHAREGPT_FROM, ROLE, lastOf, SampleLines;
var init_sample_lines = __esmMin((() => {
	Quoted = class {
		#cache = /* @__PURE__ */ new Map();
		#metas = /* @__PURE__ */ new Map();
		of(text) {
			let q = this.#cache.get(text);
			if (q === void 0) {
				q = JSON.stringify(text);
				this.#cache.set(text, q);
			}
			return q;
		}
		/** `,"meta":{...}` as the key ends a sample's JSON, or nothing when the sample has none. */
		meta(meta) {
			if (meta === void 0) return "";
			let m = this.#metas.get(meta);
			if (m === void 0) {
				m = `,"meta":${JSON.stringify(meta)}`;
				this.#metas.set(meta, m);
			}
			return m;
		}
	};
	SHAREGPT_FROM = {
		system: "\"system\"",
		user: "\"human\"",
		assistant: "\"gpt\""
	};
	ROLE = {
		system: "\"system\"",
		user: "\"user\"",
		assistant: "\"assistant\""
	};
	lastOf = (sample) => sample.messages.length - 1;
	SampleLines = class {
		sets;
		#q = new Quoted();
		constructor(sets) {
			this.sets = sets;
		}
		/** [file, the lines' text, number of lines] for each file the format writes; a file without lines is left out. */
		of(format) {
			const { sft, preference, kto } = this.sets;
			const q = this.#q;
			const lines = (file, records, line) => {
				let text = "";
				for (const r of records) text += line(r) + "\n";
				return [
					file,
					text,
					records.length
				];
			};
			const plain = (r) => JSON.stringify(r);
			return (() => {
				switch (format) {
					case "sft": return [lines("sft.jsonl", sft, (s) => sftLine(q, s))];
					case "sft-prompt-completion": return [lines("sft-prompt-completion.jsonl", sft, (s) => promptCompletion(q, s))];
					case "preference": return [lines("preference.jsonl", preference, plain)];
					case "kto": return [lines("kto.jsonl", kto, (s) => ktoLine(q, s))];
					case "openai-chat": return [lines("openai-chat.jsonl", sft, (s) => openAiChat(q, s))];
					case "sharegpt": return [lines("sharegpt.jsonl", sft, (s) => shareGpt(q, s))];
					case "openai-preference": return [lines("openai-preference.jsonl", preference, (s) => openAiPreference(q, s))];
					case "llamafactory": return [lines("llamafactory-preference.jsonl", preference, (s) => llamaFactoryPreference(q, s)), lines("llamafactory-kto.jsonl", kto, (s) => llamaFactoryKto(q, s))];
					case "completions": return [];
				}
			})().filter(([, , n]) => n > 0);
		}
	};
}));
// src/core/export/activity-span.ts
/** A conversation's activity span: its earliest and latest event times (what the date range filter reads). */
function activitySpan(events) {
	let firstTs = events[0].ts;
	let lastTs = firstTs;
	for (const e of events) {
		if (e.ts < firstTs) firstTs = e.ts;
		if (e.ts > lastTs) lastTs = e.ts;
	}
	return {
		firstTs,
		lastTs
	};
}
var init_activity_span = __esmMin((() => {}));
// src/core/export/conversation-lines.ts
var conversation_lines_exports = /* @__PURE__ */ __exportAll({
	activitySpan: () => activitySpan,
	conversationLines: () => conversationLines
});
function conversationLines(raw, conv, ctx) {
	const { options, formats } = ctx;
	const { events, labelled, effective, excludedMessageIds } = conversationAsExported(raw, conv, ctx);
	const counts = {
		prompts: 0,
		answers: 0,
		signals: 0,
		events: 0,
		labels: 0
	};
	const files = [];
	const add = (file, text, lines) => lines > 0 && files.push([
		file,
		text,
		lines
	]);
	let eventLines = "";
	for (const e of events) {
		eventLines += JSON.stringify(e) + "\n";
		counts.events++;
		if (e.kind === "prompt") counts.prompts++;
		else if (e.kind === "response") counts.answers++;
		else if (isSignal(e.kind)) counts.signals++;
	}
	add("events.jsonl", eventLines, counts.events);
	const record = assembleConversation(events);
	if (record) add("conversations.jsonl", JSON.stringify(record) + "\n", 1);
	const answers = /* @__PURE__ */ new Map();
	for (const e of events) if (e.kind === "response") answers.set(`${e.site}:${e.conversationId}\u0000${e.messageId}`, e);
	const inWindow = (l) => {
		const answer = answers.get(`${l.conversationKey}\u0000${l.messageId}`);
		return answer !== void 0 && inRange(answer.ts, options);
	};
	const labels = effective.filter(inWindow);
	const wanted = options.labels ? new Set(options.labels) : null;
	const tally = [];
	let labelLines = "";
	for (const [i, label] of labelled.filter(inWindow).entries()) {
		const answer = answers.get(`${label.conversationKey}\u0000${label.messageId}`);
		const eff = labels[i];
		tally.push([
			answer.model,
			answer.ts,
			eff.label
		]);
		if (wanted && !wanted.has(eff.label)) continue;
		if (options.minConfidence !== void 0 && eff.confidence < options.minConfidence) continue;
		const out = {
			...label,
			site: answer.site,
			...answer.model ? { model: answer.model } : {},
			answeredAt: answer.ts
		};
		labelLines += JSON.stringify(out) + "\n";
		counts.labels++;
	}
	add("labels.jsonl", labelLines, counts.labels);
	if (formats.length) {
		const samples = buildSourceSamples(events, labels.map(({ source: _source, userLabel: _user, ...l }) => l), {
			...options.minConfidence !== void 0 ? { minConfidence: options.minConfidence } : {},
			...options.labels ? { labels: options.labels } : {}
		});
		const usesExcluded = (sample) => excludedMessageIds.size > 0 && [...excludedMessageIds].some((id) => JSON.stringify(sample).includes(JSON.stringify(id)));
		const lines = new SampleLines({
			sft: samples.sft.filter((s) => !usesExcluded(s)),
			preference: samples.preference.filter((s) => !usesExcluded(s)),
			kto: samples.kto.filter((s) => !usesExcluded(s))
		});
		for (const f of formats) for (const [file, text, n] of lines.of(f)) add(file, text, n);
	}
	return {
		files,
		counts,
		tally,
		events
	};
}
var init_conversation_lines = __esmMin((() => {
	init_events();
	init_samples();
	init_conversations();
	init_conversation_as_exported();
	init_options();
	init_sample_lines();
	init_activity_span();
}));
// src/core/export/training-bundle.ts
init_events();
init_labeller();
init_options();
init_redaction_policy();
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
				const { conversationLines } = await (computing ??= Promise.resolve().then(() => (init_conversation_lines(), conversation_lines_exports)));
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
init_events();
init_schema();
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
init_labeller();
init_options();
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
init_schema();
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
export { UsageError, main, run };
