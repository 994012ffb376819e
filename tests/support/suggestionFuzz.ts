import * as Y from 'yjs';
import { docToJSON } from '../../server/collab/convert.ts';
import { prng, sleep, type TestClient, waitFor } from '../../server/collab/testing.ts';
import type { CooperationDTO, MemberDTO } from '../../shared/api/cooperations.ts';
import type { PMJSON } from '../../shared/clauses.ts';
import { CloseCode, YDOC } from '../../shared/protocol.ts';
import { listSuggestions, rejectAll } from '../../shared/suggestions/index.ts';
import { openClient } from './clients.ts';
import { addMember, buildCooperation, buildDocument, buildUser } from './factories.ts';
import type { TestServer } from './server.ts';

/**
 * A seeded run of suggesters, an editor, a forger and a decider against a real server, each on
 * stock y-websocket clients writing Yjs as the editor would (suggestion marks are Yjs formats).
 * What it proves at the end: every peer holds the server's document; the text as accepted
 * changed only by the editor's direct typing and by accepted insertions; nothing the forger
 * sent is in it.
 */

/** Who takes part: their session cookie, user id and party id. */
export interface FuzzMember {
  cookie: string;
  userId: string;
  partyId: string;
}

export interface FuzzWorld {
  server: TestServer;
  cooperationId: string;
  documentId: string;
  /** Two members limited to suggestions (party 2). */
  suggesters: [FuzzMember, FuzzMember];
  /** An editor of party 1: types directly and decides party 2's suggestions. */
  editor: FuzzMember;
  /** A third suggest-only member who sends what must be refused. */
  forger: FuzzMember;
}

export interface FuzzOptions {
  seed: number;
  steps: number;
  /** Forged attempts in the run (each is a refusal; five a minute turn the forger away). */
  forgeries?: number;
  log?: (line: string) => void;
}

export interface FuzzReport {
  steps: number;
  suggestions: number;
  accepted: number;
  rejected: number;
  /** Deletions accepted (the initial text then lost those characters). */
  deletionsAccepted: number;
  /** Honest writes the server refused (races with a decision); each such client rejoined. */
  honestRefusals: number;
  forgeriesRefused: number;
  /** The final text, every suggestion decided. */
  finalText: string;
  /** The initial text. */
  initialText: string;
  /** Characters the editor typed directly. */
  typedByEditor: number;
}

/** Each writer's own alphabet, so the final text tells who wrote what. */
export const ALPHABET = { suggester0: 'ж', suggester1: 'ф', editor: 'ю', forger: 'Ω' } as const;

/** The texts inside the Pasal of a document, in order. */
export function textsOf(doc: Y.Doc): Y.XmlText[] {
  const out: Y.XmlText[] = [];
  const walk = (el: Y.XmlElement | Y.XmlFragment, inClause: boolean) => {
    for (const child of el.toArray()) {
      if (child instanceof Y.XmlText) {
        if (inClause) out.push(child);
      } else if (child instanceof Y.XmlElement) {
        walk(child, inClause || child.nodeName === 'clause');
      }
    }
  };
  walk(doc.getXmlFragment(YDOC.body), false);
  return out;
}

/** The plain text of a body (every text node, joined with newlines between blocks). */
export function plainText(node: PMJSON): string {
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(plainText).join(node.content?.some((c) => c.content) ? '\n' : '');
}

interface Segment {
  start: number;
  length: number;
  /** Its characters (an inline node counts as one, shown as U+FFFC). */
  chars: string;
  attributes: Record<string, { user?: string; id?: string } | undefined>;
}

function segments(text: Y.XmlText): Segment[] {
  let at = 0;
  const out: Segment[] = [];
  for (const op of text.toDelta() as { insert: unknown; attributes?: Segment['attributes'] }[]) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    const chars = typeof op.insert === 'string' ? op.insert : '\ufffc';
    out.push({ start: at, length, chars, attributes: op.attributes ?? {} });
    at += length;
  }
  return out;
}

/**
 * An owner's own cooperation and MoU: the owner (party 1) is the editor and decider; two
 * suggesters and the forger are suggest-only members of party 2.
 */
export async function buildFuzzWorld(server: TestServer): Promise<FuzzWorld> {
  const owner = await buildUser(server);
  const coop: CooperationDTO = await buildCooperation(server, owner.cookie);
  const member = async (): Promise<FuzzMember> => {
    const user = await buildUser(server);
    const m: MemberDTO = await addMember(server, owner.cookie, coop, user.cookie, 'suggester', 2);
    return { cookie: user.cookie, userId: m.userId, partyId: m.partyId };
  };
  const party1 = coop.parties.find((p) => p.ordinal === 1)?.id ?? '';
  const document = await buildDocument(server, owner.cookie, coop.id);
  return {
    server,
    cooperationId: coop.id,
    documentId: document.id,
    suggesters: [await member(), await member()],
    forger: await member(),
    editor: { cookie: owner.cookie, userId: owner.user.id, partyId: party1 },
  };
}

/** Runs `options.steps` random steps on a fresh document of `world`'s cooperation and decides what is left. */
export async function runSuggestionFuzz(world: FuzzWorld, options: FuzzOptions): Promise<FuzzReport> {
  const random = prng(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const log = options.log ?? (() => undefined);
  const { server, documentId } = world;
  const open = (m: FuzzMember) => openClient(server, documentId, m.cookie);
  const clients: TestClient[] = [];
  const track = async (m: FuzzMember) => {
    const c = await open(m);
    clients.push(c);
    return c;
  };
  const report: FuzzReport = {
    steps: options.steps,
    suggestions: 0,
    accepted: 0,
    rejected: 0,
    deletionsAccepted: 0,
    honestRefusals: 0,
    forgeriesRefused: 0,
    finalText: '',
    initialText: '',
    typedByEditor: 0,
  };
  let n = 0;
  const stamp = (m: FuzzMember) => ({
    id: `fz${options.seed.toString(36)}x${++n}`,
    party: m.partyId,
    user: m.userId,
    ts: new Date().toISOString(),
  });

  const observer = await track(world.editor);
  report.initialText = plainText(rejectAll(docToJSON(observer.doc).body));
  const writers = [await track(world.suggesters[0]), await track(world.suggesters[1])];
  let editor = await track(world.editor);

  /** A writer the server closed (a race with a decision) rejoins, as the editor's reset does. */
  const alive = async (i: 0 | 1): Promise<TestClient> => {
    const c = writers[i] as TestClient;
    if (c.closes.length === 0) return c;
    report.honestRefusals++;
    log(`suggester ${i} refused (${c.reasons.join(', ')}): rejoins`);
    c.destroy();
    writers[i] = await track(world.suggesters[i]);
    return writers[i] as TestClient;
  };

  const suggestInsert = (c: TestClient, m: FuzzMember, letter: string) => {
    const text = pick(textsOf(c.doc));
    if (!text) return;
    const at = Math.floor(random() * (text.length + 1));
    text.insert(at, letter.repeat(1 + Math.floor(random() * 3)), { insertion: stamp(m) });
    report.suggestions++;
  };
  const suggestDeletion = (c: TestClient, m: FuzzMember) => {
    const text = pick(textsOf(c.doc));
    if (!text) return;
    // Over text no deletion covers yet (another author's deletion is theirs to keep).
    const free = segments(text).filter((s) => !s.attributes.deletion && s.length > 0);
    const s = free.length ? pick(free) : null;
    if (!s) return;
    const offset = Math.floor(random() * s.length);
    const wanted = Math.min(1 + Math.floor(random() * 4), s.length - offset);
    // Never over what the editor typed: accepting a deletion may then remove nothing of it.
    const length = s.chars.slice(offset, offset + wanted).split(ALPHABET.editor)[0]?.length ?? 0;
    if (length === 0) return;
    const from = s.start + offset;
    const own = s.attributes.insertion?.user === m.userId;
    // Inside one's own pending insertion, deleting is withdrawing those characters.
    if (own) text.delete(from, length);
    else {
      text.format(from, length, { deletion: stamp(m) });
      report.suggestions++;
    }
  };

  for (let step = 0; step < options.steps; step++) {
    const roll = random();
    if (roll < 0.5) {
      const i = (random() < 0.5 ? 0 : 1) as 0 | 1;
      const c = await alive(i);
      const m = world.suggesters[i];
      if (random() < 0.6) suggestInsert(c, m, i === 0 ? ALPHABET.suggester0 : ALPHABET.suggester1);
      else suggestDeletion(c, m);
    } else if (roll < 0.75) {
      if (editor.closes.length > 0) throw new Error(`the editor was refused: ${editor.reasons.join(', ')}`);
      const text = pick(textsOf(editor.doc));
      if (text) {
        // Direct typing carries no suggestion: Yjs clears the marks around it for this text.
        text.insert(Math.floor(random() * (text.length + 1)), ALPHABET.editor, {});
        report.typedByEditor++;
      }
    } else if (roll < 0.9) {
      await sleep(30);
      const pending = listSuggestions(docToJSON(observer.doc).body);
      if (pending.length > 0) {
        const chosen = pending.filter(() => random() < 0.5);
        const deletes = (x: (typeof pending)[number]) => x.deleted !== '';
        // Insertions chosen are accepted, deletions chosen accepted or rejected at random.
        const accepted = chosen.filter((x) => !deletes(x) || random() < 0.5);
        const rejected = chosen.filter((x) => !accepted.includes(x));
        report.deletionsAccepted += accepted.filter(deletes).length;
        for (const [decision, list] of [
          ['accept', accepted],
          ['reject', rejected],
        ] as const) {
          if (list.length === 0) continue;
          const res = await server.api(`/api/documents/${documentId}/suggestions/decisions`, {
            cookie: world.editor.cookie,
            body: { decision, ids: list.map((s) => s.id), confirm: true },
          });
          if (res.status !== 200)
            throw new Error(`deciding failed: ${res.status} ${JSON.stringify(res.body)}`);
          const decided = (res.body as { decided: string[] }).decided.length;
          if (decision === 'accept') report.accepted += decided;
          else report.rejected += decided;
        }
      }
    } else if ((options.forgeries ?? 0) > report.forgeriesRefused) {
      await forge(world, pick, random, report, log);
    }
    await sleep(Math.floor(random() * 15));
  }

  // Everyone settles, then every suggestion left is decided: insertions accepted, deletions rejected.
  await sleep(300);
  for (let i = 0 as 0 | 1; i <= 1; i = (i + 1) as 0 | 1) await alive(i);
  if (editor.closes.length > 0) editor = await track(world.editor);
  await settle(clients, observer);
  const left = listSuggestions(docToJSON(observer.doc).body);
  const byDecision = {
    accept: left.filter((s) => s.deleted === '').map((s) => s.id),
    reject: left.filter((s) => s.deleted !== '').map((s) => s.id),
  };
  for (const decision of ['accept', 'reject'] as const) {
    const ids = byDecision[decision];
    if (ids.length === 0) continue;
    const res = await server.api(`/api/documents/${documentId}/suggestions/decisions`, {
      cookie: world.editor.cookie,
      body: { decision, ids, confirm: true },
    });
    if (res.status !== 200)
      throw new Error(`deciding the rest failed: ${res.status} ${JSON.stringify(res.body)}`);
    const decided = (res.body as { decided: string[] }).decided.length;
    if (decision === 'accept') report.accepted += decided;
    else report.rejected += decided;
  }
  await settle(clients, observer);
  const fresh = await open(world.editor);
  try {
    await settle([...clients, fresh], fresh);
    report.finalText = plainText(docToJSON(fresh.doc).body);
  } finally {
    fresh.destroy();
    for (const c of clients) c.destroy();
  }
  return report;
}

/** Waits until every open client holds the same document as `reference`. */
async function settle(clients: TestClient[], reference: TestClient): Promise<void> {
  const live = () => clients.filter((c) => c.closes.length === 0);
  const same = () => {
    const want = JSON.stringify(docToJSON(reference.doc).body);
    return live().every((c) => JSON.stringify(docToJSON(c.doc).body) === want);
  };
  await waitFor(same, 'every peer holding the same document', 15000);
}

/** One forged write from a fresh connection of the forger; it must be refused. */
async function forge(
  world: FuzzWorld,
  pick: <T>(items: readonly T[]) => T,
  random: () => number,
  report: FuzzReport,
  log: (line: string) => void,
): Promise<void> {
  const { forger, suggesters } = world;
  const c = await openClient(world.server, world.documentId, forger.cookie);
  try {
    const text = pick(textsOf(c.doc));
    if (!text) return;
    const at = Math.floor(random() * (text.length + 1));
    const letters = ALPHABET.forger.repeat(2);
    const now = Date.now();
    const stampFor = (user: string, party: string, ts = now) => ({
      id: `forged${now.toString(36)}`,
      party,
      user,
      ts: new Date(ts).toISOString(),
    });
    const kind = pick(['direct', 'someone else', 'old time', 'real deletion'] as const);
    if (kind === 'direct') text.insert(at, letters, {});
    else if (kind === 'someone else')
      text.insert(at, letters, { insertion: stampFor(suggesters[0].userId, suggesters[0].partyId) });
    else if (kind === 'old time')
      text.insert(at, letters, { insertion: stampFor(forger.userId, forger.partyId, now - 3_600_000) });
    else {
      const plain = segments(text).filter((s) => Object.keys(s.attributes).length === 0 && s.length > 0);
      const s = plain.length ? pick(plain) : null;
      if (!s) return;
      text.delete(s.start, 1);
    }
    await waitFor(() => c.closes.length > 0, `the refusal of a forged write (${kind})`);
    if (c.closes[0] !== CloseCode.refused)
      throw new Error(`forged write (${kind}) closed with ${c.closes[0]}`);
    report.forgeriesRefused++;
    log(`forged write (${kind}) refused: ${c.reasons[0]}`);
  } finally {
    c.destroy();
  }
}
