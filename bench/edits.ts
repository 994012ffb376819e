import * as Y from 'yjs';
import { YDOC } from '../shared/protocol.ts';
import { NODE } from '../shared/schema/names.ts';

/**
 * Seeded edits in the document's real schema, generated before a run so that every server
 * receives the same bytes at the same moments and the load generator only has to send them.
 * Each simulated editor holds its own copy of the initial state and applies only its own
 * edits: its updates reference only the initial items and its own, so they are valid
 * wherever the initial state is.
 */

/** One keystroke (or structural change) of an editor, as the update a real client would send. */
export interface Edit {
  /** Milliseconds to wait after the previous edit. */
  gap: number;
  update: Uint8Array;
  /** Clock of the first struct this edit created (the latency key with the client id); -1 for a deletion. */
  clock: number;
}

/** Everything one simulated editor will send. */
export interface EditorScript {
  clientID: number;
  edits: Edit[];
}

export interface GenerateOptions {
  seed: number;
  /** Editors to generate. */
  editors: number;
  /** Edits per editor. */
  edits: number;
  /** Mean milliseconds between keystrokes (200 = 5 characters a second). */
  meanGapMs?: number;
  /** Share of keystrokes that delete the previous character instead (W3's log). */
  deleteRatio?: number;
  /** Words typed bold, one in this many. */
  boldEvery?: number;
  /** Paragraph splits, one in this many words. */
  splitEvery?: number;
  /** Editors who may only suggest: every edit is a suggestion in their name (see {@link SuggestAs}). */
  suggest?: SuggestAs;
}

/**
 * Edits as a suggest-only editor's client sends them: what it types on in one place is one
 * insertion suggestion (one stamp, as the editor's suggestion engine keeps it), a new paragraph
 * is a proposed split and the typing after it a new insertion. Stamps carry the author of editor
 * number `i` and the time each is due to be typed, counted from `since` (ms): the server takes a
 * new stamp only within minutes of its clock.
 */
export interface SuggestAs {
  author: (editor: number) => { party: string; user: string };
  since: number;
}

/** mulberry32: a small seeded generator, good enough for workloads. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'para pihak sepakat untuk melaksanakan kerja sama dalam rangka peningkatan kualitas pelayanan publik sesuai ketentuan peraturan perundang undangan yang berlaku dengan itikad baik'.split(
    ' ',
  );

interface Spot {
  element: Y.XmlElement;
  text: Y.XmlText;
}

/** Every paragraph of the body that holds text, in document order. */
function paragraphs(fragment: Y.XmlFragment): Spot[] {
  const out: Spot[] = [];
  const walk = (node: Y.XmlElement | Y.XmlFragment) => {
    for (const child of node.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      const first = child.firstChild;
      if (child.nodeName === NODE.paragraph && first instanceof Y.XmlText && first.length > 0) {
        out.push({ element: child, text: first });
      }
      walk(child);
    }
  };
  walk(fragment);
  return out;
}

/**
 * Generates the scripts of `editors` editors typing into the document whose state is
 * `initial`. Editors type in different paragraphs, so several of them can be generated on one
 * copy of the document (switching its client id): an update then references only the initial
 * items and its own editor's, never another editor's. Editors that must share a paragraph
 * (more editors than paragraphs) are generated on another copy.
 */
export function generateEditors(initial: Uint8Array, opts: GenerateOptions): EditorScript[] {
  const random = rng(opts.seed * 7919 + 1);
  const taken = new Set(Y.decodeStateVector(Y.encodeStateVectorFromUpdate(initial)).keys());
  const ids: number[] = [];
  for (let i = 0; i < opts.editors; i++) {
    let clientID = Math.floor(random() * 0x7fffffff) + 1;
    while (taken.has(clientID)) clientID = (clientID + 1) & 0x7fffffff;
    taken.add(clientID);
    ids.push(clientID);
  }
  const scripts: EditorScript[] = [];
  let doc: Y.Doc | null = null;
  let spots: Spot[] = [];
  let order: number[] = [];
  for (let i = 0; i < opts.editors; i++) {
    if (!doc || order.length === 0) {
      doc?.destroy();
      doc = new Y.Doc();
      Y.applyUpdate(doc, initial);
      spots = paragraphs(doc.getXmlFragment(YDOC.body));
      if (spots.length === 0) throw new Error('the initial document has no paragraph to type into');
      order = spots.map((_, k) => k).sort(() => random() - 0.5);
    }
    // order was refilled above when empty, and ids holds one id per editor.
    const spot = spots[order.pop()!]!;
    const clientID = ids[i]!;
    const author = opts.suggest?.author(i);
    scripts.push({ clientID, edits: generateEditor(doc, spot, clientID, random, opts, author) });
  }
  doc?.destroy();
  return scripts;
}

function generateEditor(
  doc: Y.Doc,
  start: Spot,
  clientID: number,
  random: () => number,
  opts: GenerateOptions,
  author?: { party: string; user: string },
): Edit[] {
  const { edits: count, meanGapMs = 200, deleteRatio = 0, boldEvery = 15, splitEvery = 40 } = opts;
  if (author && deleteRatio > 0) throw new Error('suggested edits type only: no deletions');
  doc.clientID = clientID;
  let { element, text } = start;
  let pos = Math.floor(random() * (text.length + 1));
  let last: Uint8Array | null = null;
  const capture = (u: Uint8Array) => {
    last = u;
  };
  doc.on('update', capture);
  const out: Edit[] = [];
  const push = (gap: number, change: () => void) => {
    const before = Y.getState(doc.store, clientID);
    last = null;
    doc.transact(change);
    if (!last) return;
    const after = Y.getState(doc.store, clientID);
    out.push({ gap, update: last, clock: after > before ? before : -1 });
  };
  let due = opts.suggest?.since ?? 0;
  const gap = () => {
    const ms = Math.round(meanGapMs * (0.4 + 1.2 * random()));
    due += ms;
    return ms;
  };
  let stamps = 0;
  const stamp = () => ({
    id: `b${clientID.toString(36)}n${stamps++}`,
    party: author!.party,
    user: author!.user,
    ts: new Date(due).toISOString(),
  });

  let word = '';
  let bold = false;
  let insertion: ReturnType<typeof stamp> | null = null;
  while (out.length < count) {
    if (word.length === 0) {
      if (random() * splitEvery < 1) {
        // A paragraph split: a new paragraph after the current one, typing goes on there.
        const parent = element.parent as Y.XmlElement;
        const index = parent.toArray().indexOf(element);
        const next = new Y.XmlElement(NODE.paragraph);
        const nextText = new Y.XmlText();
        next.insert(0, [nextText]);
        const wait = gap();
        // A suggester's Enter at the paragraph's end proposes a split (rejecting it joins them back).
        if (author) next.setAttribute('suggestion', { ...stamp(), kind: 'split' } as unknown as string);
        push(wait, () => parent.insert(index + 1, [next]));
        insertion = null;
        element = next;
        text = nextText;
        pos = 0;
        continue;
      }
      word = `${WORDS[Math.floor(random() * WORDS.length)]} `;
      bold = random() * boldEvery < 1;
    }
    if (pos > 0 && random() < deleteRatio) {
      push(gap(), () => text.delete(pos - 1, 1));
      pos -= 1;
      continue;
    }
    const ch = word[0]!; // a word was picked above when none was left
    word = word.slice(1);
    const wait = gap();
    if (author) insertion ??= stamp();
    const marks = {
      ...(bold && ch !== ' ' ? { bold: {} } : {}),
      ...(insertion ? { insertion } : {}),
    };
    push(wait, () => text.insert(pos, ch, marks));
    pos += 1;
  }
  doc.off('update', capture);
  return out;
}

/** The presence a Tiptap client announces while typing: name, colour and a caret after the last edit. */
export function presenceJSON(clientID: number, name: string, cursorClock: number): string {
  const at = `{"type":null,"tname":null,"item":{"client":${clientID},"clock":${cursorClock}},"assoc":0}`;
  return `{"user":{"name":"${name}","color":"#1a73e8"},"cursor":{"anchor":${at},"head":${at}}}`;
}
