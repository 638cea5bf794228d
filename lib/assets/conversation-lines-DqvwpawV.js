// Generated from src/cli/ by `npm run build:cli` (vite.config.ts, mode cli): do not edit. Committed so that
// echo-dataset runs from a plain `npm ci --omit=dev` install; src/cli/bundle-committed.test.ts fails when stale.
import { c as isSignal, i as buildSourceSamples, l as messagesReferencedBy, n as labelEvents, o as KIND_LABEL, r as inRange, t as storedSpansVersion } from "../echo-dataset.mjs";
import { t as rulesFor } from "./rules-CZF9F-MT.js";
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
// src/core/redaction/detect.ts
function better(a, b) {
	if (a.priority !== b.priority) return a.priority > b.priority;
	return a.end - a.start > b.end - b.start;
}
var SECRET_KINDS = /* @__PURE__ */ new Set([
	"api_key",
	"private_key",
	"jwt",
	"password",
	"secret"
]);
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
	for (const rule of rulesFor(options.level ?? "standard", options.disabledRules)) for (const { start, end } of rule.find(text)) candidates.push({
		start,
		end,
		kind: rule.kind,
		rule: rule.id,
		priority: rule.priority
	});
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
// src/core/review/export-redaction.ts
/** Never in a real event id (ids match /^[\w.:@\-/+=]+$/). */
var SEP$1 = "\0";
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
var SEP = "";
var NONE = [];
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
// src/core/export/sample-lines.ts
/** JSON strings of texts, each text quoted once however many lines carry it; and of metas, each serialised once. */
var Quoted = class {
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
var SHAREGPT_FROM = {
	system: "\"system\"",
	user: "\"human\"",
	assistant: "\"gpt\""
};
var ROLE = {
	system: "\"system\"",
	user: "\"user\"",
	assistant: "\"assistant\""
};
/** `{"role":..,"content":..}` for each message, comma-joined. */
function chatMessages(q, messages) {
	return messages.map((m) => `{"role":${ROLE[m.role]},"content":${q.of(m.content)}}`).join(",");
}
function shareGptTurns(q, messages) {
	return messages.map((m) => `{"from":${SHAREGPT_FROM[m.role]},"value":${q.of(m.content)}}`).join(",");
}
var lastOf = (sample) => sample.messages.length - 1;
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
/** Every file a format writes for one conversation's samples, with its lines (newline-terminated, joined). */
var SampleLines = class {
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
// src/core/export/conversation-lines.ts
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
export { activitySpan, conversationLines };
