// Fixture backend for gemini.google.com (docs/sites/gemini.md): the BardFrontendService endpoints the real page
// calls, with their framing. Replies stream from `StreamGenerate` (read by the page with an XMLHttpRequest):
// `)]}'`, then `<length>\n<JSON>` chunks, each `[["wrb.fr",null,"<inner JSON as a string>"]]` carrying the whole
// text so far (inner[1] = [c_id, r_id], inner[4][0] = [rc_id, [markdown]]), then a `di`/`af.httprm` trailer; the
// response ending is the reply's end. `batchexecute?rpcids=hNvQHb` loads a conversation, `NkpXw` stops a reply.
// Positional arrays as on the wire; where the position of a field is not documented (the Redo marker, the turn
// layout of hNvQHb), the choice is this fixture's and marked so.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cannedAnswer } from '../canned';
import type { SiteBackend } from '../types';

export interface GeminiCandidate {
  /** `rc_<hex>`: one draft of a response. */
  id: string;
  text: string;
}

export interface GeminiTurn {
  /** `r_<hex>`: the response (shared by all its drafts). */
  id: string;
  prompt: string;
  candidates: GeminiCandidate[];
  /** The draft shown. */
  chosen: string;
  time: [number, number];
}

export interface GeminiConversation {
  /** `c_<hex>`; the page URL shows the hex part. */
  id: string;
  title: string;
  turns: GeminiTurn[];
  /** Turns replaced by an edited prompt. */
  replaced: GeminiTurn[];
}

export interface GeminiOptions {
  chunkDelayMs?: number;
  /** Characters added per chunk (each chunk repeats the whole text so far). */
  chunkSize?: number;
}

export interface SeedTurn {
  prompt: string;
  /** Every draft, oldest first; the last is shown. */
  answers: string[];
}

export type GeminiBackend = SiteBackend & {
  /** By hex id (as in the page URL). */
  conversations: Map<string, GeminiConversation>;
  seed: (turns: SeedTurn[]) => string;
};

const hex = () => randomBytes(8).toString('hex');
const now = (): [number, number] => {
  const ms = Date.now();
  return [Math.floor(ms / 1000), (ms % 1000) * 1e6];
};

/** `<length>\n<json>\n` frames after the anti-XSSI prefix, as batchexecute and StreamGenerate send them. */
function frame(payload: unknown): string {
  const json = JSON.stringify(payload);
  return `${json.length}\n${json}\n`;
}

export function geminiBackend(options: GeminiOptions = {}): GeminiBackend {
  const conversations = new Map<string, GeminiConversation>();
  const chunkDelayMs = options.chunkDelayMs ?? 30;
  const chunkSize = options.chunkSize ?? 24;

  function conversationOf(cid: string | undefined | null): GeminiConversation | undefined {
    return cid ? conversations.get(cid.replace(/^c_/, '')) : undefined;
  }

  function newConversation(): GeminiConversation {
    const conv: GeminiConversation = { id: `c_${hex()}`, title: '', turns: [], replaced: [] };
    conversations.set(conv.id.slice(2), conv);
    return conv;
  }

  function replyInner(conv: GeminiConversation, turn: GeminiTurn, candidate: GeminiCandidate, text: string): unknown[] {
    return [null, [conv.id, turn.id], null, null, [[candidate.id, [text], null, null, null, null, null, null, [1], 'en', null, null, [null, null, null, null, null, null, [0], []]]]];
  }

  async function streamGenerate(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    const form = new URLSearchParams(body);
    const outer = JSON.parse(form.get('f.req') ?? '[null,"[]"]') as [null, string];
    const inner = JSON.parse(outer[1]) as [[string, ...unknown[]], unknown, [string?, string?, string?]?, [string]?];
    const prompt = inner[0][0];
    const [cid, rid] = inner[2] ?? [];
    // Fixture choice (unverified position): inner[3] = [r_id] asks for another draft of that response (Redo).
    const redoOf = inner[3]?.[0];
    let conv = conversationOf(cid);
    if (!conv) conv = newConversation();
    let turn: GeminiTurn;
    if (redoOf && conv.turns.some((t) => t.id === redoOf)) {
      turn = conv.turns.find((t) => t.id === redoOf)!;
    } else {
      // A new prompt continues after the context response; anything after it was edited away.
      const at = rid ? conv.turns.findIndex((t) => t.id === rid) + 1 : 0;
      conv.replaced.push(...conv.turns.splice(at));
      turn = { id: `r_${hex()}`, prompt, candidates: [], chosen: '', time: now() };
      conv.turns.push(turn);
      if (!conv.title) conv.title = prompt.slice(0, 40);
    }
    const candidate: GeminiCandidate = { id: `rc_${hex()}`, text: '' };
    turn.candidates.push(candidate);
    turn.chosen = candidate.id;
    const full = cannedAnswer(turn.prompt, turn.candidates.length);

    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache, no-store, max-age=0, must-revalidate', 'x-content-type-options': 'nosniff' });
    res.write(")]}'\n\n");
    let aborted = false;
    req.on('close', () => (aborted = true));
    for (let i = chunkSize; !aborted; i += chunkSize) {
      await new Promise((r) => setTimeout(r, chunkDelayMs));
      candidate.text = full.slice(0, i);
      res.write(frame([['wrb.fr', null, JSON.stringify(replyInner(conv, turn, candidate, candidate.text))]]));
      if (i >= full.length) break;
    }
    if (aborted) return;
    res.write(frame([['di', 412], ['af.httprm', 411, '-4815162342', 23]]));
    res.end();
  }

  /**
   * hNvQHb turn layout (fixture choice, positional like the wire):
   * [[c,r],[c,r,rc],[[prompt],1,null,0],[[[rc,[text]],...],chosen],[s,ns]].
   */
  function loadConversation(conv: GeminiConversation): unknown[] {
    return [
      conv.turns.map((t) => [
        [conv.id, t.id],
        [conv.id, t.id, t.chosen],
        [[t.prompt], 1, null, 0],
        [t.candidates.map((c) => [c.id, [c.text]]), t.chosen],
        t.time,
      ]),
      null,
      null,
      [],
    ];
  }

  return {
    conversations,
    seed(turns) {
      const conv = newConversation();
      for (const t of turns) {
        const turn: GeminiTurn = { id: `r_${hex()}`, prompt: t.prompt, candidates: t.answers.map((text) => ({ id: `rc_${hex()}`, text })), chosen: '', time: now() };
        turn.chosen = turn.candidates[turn.candidates.length - 1]!.id;
        conv.turns.push(turn);
      }
      conv.title = turns[0]?.prompt.slice(0, 40) ?? 'Seeded';
      return conv.id.slice(2);
    },
    async handle(req, res, url, body) {
      if (req.method !== 'POST') return false;
      if (url.pathname === '/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate') {
        await streamGenerate(req, res, body);
        return true;
      }
      if (url.pathname === '/_/BardChatUi/data/batchexecute') {
        const rpc = url.searchParams.get('rpcids');
        const calls = JSON.parse(new URLSearchParams(body).get('f.req') ?? '[[]]') as [[string, string, null, string][]];
        const args = JSON.parse(calls[0]?.[0]?.[1] ?? '[]') as unknown[];
        let result: unknown = [];
        if (rpc === 'hNvQHb') {
          const conv = conversationOf(args[0] as string);
          result = conv ? loadConversation(conv) : null;
        }
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(")]}'\n\n" + frame([['wrb.fr', rpc, result === null ? null : JSON.stringify(result), null, null, null, 'generic']]) + frame([['di', 88], ['af.httprm', 87, '-2718281828', 5]]));
        return true;
      }
      return false;
    },
  };
}
