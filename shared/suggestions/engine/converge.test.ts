import { splitBlock, toggleMark } from '@tiptap/pm/commands';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PMJSON } from '../../clauses.ts';
import { agreementSchema } from '../../schema/index.ts';
import { acceptAll, decideSuggestions, normalised, rejectAll } from '../decide.ts';
import { listSuggestions } from '../list.ts';
import { A, at, B, clause, dispatched, doc, p, random, t } from './fixtures.ts';
import { type SuggestionAuthor, suggestTransaction } from './index.ts';

const C: SuggestionAuthor = { party: 'pA', user: 'uC' };
const FIELD = 'body';

/**
 * One person's editor without a DOM: a ProseMirror state bound to a Y.Doc the way y-tiptap's
 * binding does it (read the fragment, write each change back with `updateYFragment`), every
 * change passing through the suggestion engine first.
 */
class Peer {
  readonly ydoc = new Y.Doc();
  /** Every Yjs update this peer made, in order, for delivering to the others. */
  readonly sent: Uint8Array[] = [];
  state!: EditorState;

  constructor(
    readonly author: SuggestionAuthor,
    start: Uint8Array,
  ) {
    Y.applyUpdate(this.ydoc, start, 'remote');
    this.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') this.sent.push(update);
    });
    this.read();
  }

  read(): void {
    const node = yXmlFragmentToProseMirrorRootNode(this.ydoc.getXmlFragment(FIELD), agreementSchema());
    this.state = EditorState.create({ schema: agreementSchema(), doc: node });
  }

  /** Suggests `command` with the selection `[from, to]` of text found by `locate`. */
  suggest(
    range: (d: EditorState['doc']) => [number, number],
    command: (s: EditorState, d: (tr: Transaction) => void) => boolean,
  ): void {
    const [from, to] = range(this.state.doc);
    const state = this.state.apply(
      this.state.tr.setSelection(TextSelection.create(this.state.doc, from, to)),
    );
    let made: Transaction | null = null;
    expect(
      command(state, (tr) => {
        made = tr;
      }),
    ).toBe(true);
    const out = suggestTransaction(state, made as unknown as Transaction, this.author);
    expect(out).not.toBeNull();
    this.state = state.apply(out as Transaction);
    updateYFragment(this.ydoc, this.ydoc.getXmlFragment(FIELD), this.state.doc, {
      mapping: new Map(),
      isOMark: new Map(),
    });
  }

  json(): PMJSON {
    return normalised(
      yXmlFragmentToProseMirrorRootNode(
        this.ydoc.getXmlFragment(FIELD),
        agreementSchema(),
      ).toJSON() as PMJSON,
    );
  }
}

function peersOn(body: PMJSON, ...authors: SuggestionAuthor[]): Peer[] {
  const origin = new Y.Doc();
  updateYFragment(origin, origin.getXmlFragment(FIELD), agreementSchema().nodeFromJSON(body), {
    mapping: new Map(),
    isOMark: new Map(),
  });
  const start = Y.encodeStateAsUpdate(origin);
  return authors.map((a) => new Peer(a, start));
}

/**
 * Delivers every update each peer ever made to every other, in an order drawn from `seed`
 * (Yjs ignores what a peer already has and holds back what arrives before what it needs); then
 * all re-read their documents.
 */
function deliver(peers: Peer[], seed: number): void {
  const next = random(seed);
  for (const to of peers) {
    const mail = peers.filter((from) => from !== to).flatMap((from) => from.sent);
    for (let i = mail.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [mail[i], mail[j]] = [mail[j] as Uint8Array, mail[i] as Uint8Array];
    }
    for (const update of mail) Y.applyUpdate(to.ydoc, update, 'remote');
  }
  for (const peer of peers) peer.read();
}

/** All peers hold the same document, and deciding all of it gives the same text everywhere. */
function expectConverged(peers: Peer[]): PMJSON {
  const [first, ...rest] = peers.map((peer) => peer.json());
  for (const other of rest) expect(other).toEqual(first);
  const json = first as PMJSON;
  agreementSchema().nodeFromJSON(json).check();
  for (const peer of peers) {
    expect(acceptAll(peer.json())).toEqual(acceptAll(json));
    expect(rejectAll(peer.json())).toEqual(rejectAll(json));
  }
  return json;
}

/** The texts `who` proposes to insert, one per suggestion, in document order. */
const insertedBy = (json: PMJSON, who: SuggestionAuthor) =>
  listSuggestions(json)
    .filter((s) => s.user === who.user && s.inserted)
    .map((s) => s.inserted);

const textOf = (node: PMJSON): string =>
  node.type === 'text'
    ? (node.text ?? '')
    : (node.content ?? []).map(textOf).join(node.content?.some((c) => c.content) ? '|' : '');
const word =
  (text: string) =>
  (d: EditorState['doc']): [number, number] => [at(d, text), at(d, text, true)];
const caret =
  (text: string, after = false) =>
  (d: EditorState['doc']): [number, number] => [at(d, text, after), at(d, text, after)];
const type = (text: string) => (s: EditorState, d: (tr: Transaction) => void) =>
  dispatched(d, s.tr.insertText(text));
const strike = (s: EditorState, d: (tr: Transaction) => void) => dispatched(d, s.tr.deleteSelection());
const ORIGINAL = doc(
  clause('c1', 'Ruang Lingkup', p(t('Para Pihak sepakat bekerja sama di bidang pengawasan.'))),
);
const SEEDS = [1, 2, 3, 4, 5, 6];

describe('suggestions converge between peers', () => {
  it.each(SEEDS)('two parties suggesting in one sentence at once (order %i)', (seed) => {
    const [a, b] = peersOn(ORIGINAL, A, B) as [Peer, Peer];
    a.suggest(caret('Pihak', true), type(' Kedua'));
    a.suggest(word('bekerja sama'), type('berkolaborasi'));
    b.suggest(word('sepakat'), type('setuju'));
    b.suggest(word('pengawasan'), strike);
    b.suggest(caret('di bidang'), type('terutama '));
    deliver([a, b], seed);
    const json = expectConverged([a, b]);
    expect(textOf(rejectAll(json))).toBe(textOf(normalised(ORIGINAL)));
    // Each party's words are there to accept. (Which of them B's deletion of "sepakat" also
    // covers, when A typed at its very edge, depends on the order of the two Yjs clients.)
    expect(insertedBy(json, A)).toEqual([' Kedua', 'berkolaborasi']);
    expect(insertedBy(json, B)).toEqual(['setuju', 'terutama ']);
    const accepted = textOf(acceptAll(json));
    for (const w of ['setuju', 'berkolaborasi', 'terutama di bidang .']) expect(accepted).toContain(w);
    for (const w of ['sepakat', 'bekerja sama', 'pengawasan']) expect(accepted).not.toContain(w);
    expect(
      listSuggestions(json)
        .map((s) => s.party)
        .sort(),
    ).toEqual(['pA', 'pA', 'pB', 'pB', 'pB']);
  });

  it.each(SEEDS)('nested suggestions across three authors (order %i)', (seed) => {
    const [a, b, c] = peersOn(ORIGINAL, A, B, C) as [Peer, Peer, Peer];
    a.suggest(caret('Pihak', true), type(' yang menandatangani'));
    deliver([a, b, c], seed);
    // B strikes part of A's insertion while A types on and C splits the sentence and bolds a word.
    b.suggest(word('yang '), strike);
    a.suggest(caret('menandatangani', true), type(' ini'));
    c.suggest(caret(' bekerja'), splitBlock);
    c.suggest(word('pengawasan'), toggleMark(agreementSchema().marks.bold!));
    deliver([a, b, c], seed + 100);
    const json = expectConverged([a, b, c]);
    expect(textOf(rejectAll(json))).toBe(textOf(normalised(ORIGINAL)));
    expect(textOf(acceptAll(json))).toBe(
      'Ruang Lingkup|Para Pihak menandatangani ini sepakat| bekerja sama di bidang pengawasan.',
    );
    const struck = listSuggestions(json).find((s) => s.party === 'pB');
    expect(struck).toMatchObject({ deleted: 'yang ', inserted: '' });
    // Rejecting B's deletion alone keeps A's insertion whole.
    const withoutB = decideSuggestions(json, 'reject', (s) => s.user === B.user);
    expect(textOf(acceptAll(withoutB))).toContain('Para Pihak yang menandatangani ini sepakat');
  });

  it.each(SEEDS)('suggestions made offline merge later (order %i)', (seed) => {
    const [a, b, c] = peersOn(ORIGINAL, A, B, C) as [Peer, Peer, Peer];
    // C is offline: it suggests several things while A and B go on together.
    c.suggest(word('Para '), strike);
    c.suggest(caret('sepakat', true), type(' untuk'));
    c.suggest(caret(' di bidang'), splitBlock);
    a.suggest(word('bekerja'), type('berkerja'));
    deliver([a, b], seed);
    b.suggest(caret('pengawasan', true), type(' dan pencegahan'));
    deliver([a, b], seed + 1);
    expect(a.json()).toEqual(b.json());
    // C comes back.
    deliver([a, b, c], seed + 2);
    const json = expectConverged([a, b, c]);
    expect(textOf(rejectAll(json))).toBe(textOf(normalised(ORIGINAL)));
    // Every suggestion made offline arrives whole. (Text B typed into the part C's Enter moved to
    // a new paragraph stays in the first one: Yjs moves the split-off text as new text.)
    expect(insertedBy(json, C)).toEqual([' untuk']);
    expect(insertedBy(json, B)).toEqual([' dan pencegahan']);
    expect(insertedBy(json, A)).toEqual(['berkerja']);
    const accepted = acceptAll(json);
    expect(textOf(accepted)).not.toContain('Para');
    expect(accepted.content?.[0]?.content).toHaveLength(3);
  });
});
