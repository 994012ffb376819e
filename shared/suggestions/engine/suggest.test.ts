import { deleteSelection, joinBackward, joinForward, splitBlock, toggleMark } from '@tiptap/pm/commands';
import { Fragment, Slice } from '@tiptap/pm/model';
import { splitListItem } from '@tiptap/pm/schema-list';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { beforeEach, describe, expect, it } from 'vitest';
import { agreementSchema } from '../../schema/index.ts';
import { listSuggestions } from '../list.ts';
import {
  A,
  at,
  ayat,
  B,
  bare,
  body,
  clause,
  dispatched,
  doc,
  p,
  refused,
  resetIds,
  select,
  stateOf,
  suggest,
  t,
} from './fixtures.ts';
import { suggestTransaction, withoutInheritedSuggestions } from './index.ts';

type Command = (s: EditorState, d: (tr: Transaction) => void) => boolean;
const type =
  (text: string): Command =>
  (s, d) =>
    dispatched(d, s.tr.insertText(text));
const backspace: Command = (s, d) =>
  deleteSelection(s, d) ||
  joinBackward(s, d) ||
  dispatched(d, s.tr.delete(s.selection.from - 1, s.selection.from));
const del: Command = (s, d) =>
  deleteSelection(s, d) ||
  joinForward(s, d) ||
  dispatched(d, s.tr.delete(s.selection.from, s.selection.from + 1));
const stamp = (id: string, who = A) => ({ id, ...who, ts: '2026-12-05T06:00:00.000Z' });
const ins = (id: string, who = A) => ({ type: 'insertion', attrs: stamp(id, who) });
const dl = (id: string, who = A) => ({ type: 'deletion', attrs: stamp(id, who) });
const sentence = () => stateOf(doc(clause('c1', 'Ruang Lingkup', p(t('Para Pihak sepakat.')))));

beforeEach(resetIds);

describe('suggestTransaction: text', () => {
  it('marks typed text as the author’s insertion and extends it as they type on', () => {
    let s = sentence();
    s = select(s, at(s.doc, ' sepakat'));
    s = suggest(s, A, type(' '));
    s = suggest(s, A, type('Kedua'));
    expect(body(s)).toEqual([p(t('Para Pihak'), t(' Kedua', ins('s1')), t(' sepakat.'))]);
  });

  it('strikes deleted text instead of removing it; Backspace strikes on to the left', () => {
    let s = sentence();
    s = select(s, at(s.doc, ' sepakat'));
    s = suggest(s, A, backspace);
    s = suggest(s, A, backspace);
    expect(body(s)).toEqual([p(t('Para Pih'), t('ak', dl('s1')), t(' sepakat.'))]);
    expect(s.selection.head).toBe(at(s.doc, 'ak'));
  });

  it('Delete strikes on to the right', () => {
    let s = sentence();
    s = select(s, at(s.doc, 'Pihak'));
    s = suggest(s, A, del);
    s = suggest(s, A, del);
    expect(body(s)).toEqual([p(t('Para '), t('Pi', dl('s1')), t('hak sepakat.'))]);
  });

  it('replaces a selection with a deletion and an insertion under one id', () => {
    let s = sentence();
    s = select(s, at(s.doc, 'Pihak'), at(s.doc, 'Pihak', true));
    s = suggest(s, A, type('PIHAK'));
    expect(body(s)).toEqual([p(t('Para '), t('Pihak', dl('s1')), t('PIHAK', ins('s1')), t(' sepakat.'))]);
    expect(listSuggestions(s.doc.toJSON())).toMatchObject([
      { id: 's1', inserted: 'PIHAK', deleted: 'Pihak' },
    ]);
  });

  it('removes the author’s own pending insertion for real, and strikes another author’s', () => {
    let s = sentence();
    s = select(s, at(s.doc, ' sepakat'));
    s = suggest(s, A, type(' Kedua'));
    s = select(s, at(s.doc, 'Kedua', true));
    s = suggest(s, A, backspace);
    expect(body(s)).toEqual([p(t('Para Pihak'), t(' Kedu', ins('s1')), t(' sepakat.'))]);
    s = select(s, at(s.doc, 'Kedu'), at(s.doc, 'Kedu', true));
    s = suggest(s, B, backspace);
    expect(body(s)).toEqual([
      p(t('Para Pihak'), t(' ', ins('s1')), t('Kedu', ins('s1'), dl('s3', B)), t(' sepakat.')),
    ]);
  });

  it('never lets typed text carry another author’s suggestion, and B’s typing gets its own id', () => {
    let s = sentence();
    s = select(s, at(s.doc, ' sepakat'));
    s = suggest(s, A, type('X'));
    s = suggest(s, B, type('Y'));
    expect(body(s)).toEqual([p(t('Para Pihak'), t('X', ins('s1')), t('Y', ins('s2', B)), t(' sepakat.'))]);
    // Stored marks copied from A's text are dropped too.
    const mark = agreementSchema().marks.insertion!.create(stamp('s1'));
    s = s.apply(s.tr.setStoredMarks([mark]));
    s = suggest(s, B, type('Z'));
    expect(body(s)[0]?.content?.[2]).toEqual(t('YZ', ins('s2', B)));
  });
});

describe('suggestTransaction: headings and paste', () => {
  it('a Pasal heading and a BAB title change by suggestion like any text', () => {
    let s = stateOf(
      doc(
        { type: 'chapter', attrs: { id: 'b1' }, content: [t('KETENTUAN UMUM')] },
        clause('c1', 'Ruang Lingkup', p(t('isi'))),
      ),
    );
    s = select(s, at(s.doc, 'Lingkup'), at(s.doc, 'Lingkup', true));
    s = suggest(s, B, type('Kerja Sama'));
    expect(s.doc.child(1).child(0).toJSON().content).toEqual([
      t('Ruang '),
      t('Lingkup', dl('s1', B)),
      t('Kerja Sama', ins('s1', B)),
    ]);
    s = select(s, at(s.doc, 'UMUM', true));
    s = suggest(s, A, type(' DAN DEFINISI'));
    expect(s.doc.child(0).toJSON().content).toEqual([t('KETENTUAN UMUM'), t(' DAN DEFINISI', ins('s2'))]);
  });

  it('pasted paragraphs are inserted text with a split where each new paragraph starts', () => {
    let s = sentence();
    s = select(s, at(s.doc, ' sepakat'));
    const schema = agreementSchema();
    const pasted = new Slice(
      Fragment.from([schema.nodeFromJSON(p(t(' Pertama'))), schema.nodeFromJSON(p(t('Kedua')))]),
      1,
      1,
    );
    s = suggest(s, A, (st, d) => dispatched(d, st.tr.replaceSelection(pasted)));
    expect(body(s)).toEqual([
      p(t('Para Pihak'), t(' Pertama', ins('s1'))),
      {
        type: 'paragraph',
        attrs: { suggestion: { kind: 'split', ...stamp('s1') } },
        content: [t('Kedua', ins('s1')), t(' sepakat.')],
      },
    ]);
  });
});

describe('suggestTransaction: blocks', () => {
  it('Enter proposes a split: the new block carries `split`', () => {
    let s = sentence();
    s = select(s, at(s.doc, ' sepakat'));
    s = suggest(s, A, splitBlock);
    expect(body(s)).toEqual([
      p(t('Para Pihak')),
      {
        type: 'paragraph',
        attrs: { suggestion: { kind: 'split', ...stamp('s1') } },
        content: [t(' sepakat.')],
      },
    ]);
  });

  it('Enter over a selection strikes it and splits after it (two steps in one transaction)', () => {
    let s = sentence();
    s = select(s, at(s.doc, 'Pihak'), at(s.doc, 'Pihak', true));
    s = suggest(s, B, splitBlock);
    expect(body(s)).toEqual([
      p(t('Para '), t('Pihak', dl('s1', B))),
      {
        type: 'paragraph',
        attrs: { suggestion: { kind: 'split', ...stamp('s2', B) } },
        content: [t(' sepakat.')],
      },
    ]);
    expect(s.selection.head).toBe(at(s.doc, ' sepakat'));
  });

  it('Backspace at the start of one’s own split takes it back; at another block’s start it proposes a join', () => {
    let s = sentence();
    s = select(s, at(s.doc, ' sepakat'));
    s = suggest(s, A, splitBlock);
    s = suggest(s, A, backspace);
    expect(body(s)).toEqual([p(t('Para Pihak sepakat.'))]);
    resetIds();
    let two = stateOf(doc(clause('c1', 'X', p(t('satu')), p(t('dua')))));
    two = select(two, at(two.doc, 'dua'));
    two = suggest(two, A, backspace);
    expect(body(two)).toEqual([
      p(t('satu')),
      { type: 'paragraph', attrs: { suggestion: { kind: 'join', ...stamp('s1') } }, content: [t('dua')] },
    ]);
    expect(two.selection.head).toBe(at(two.doc, 'satu', true));
  });

  it('Delete at a block’s end proposes joining the next one', () => {
    let s = stateOf(doc(clause('c1', 'X', p(t('satu')), p(t('dua')))));
    s = select(s, at(s.doc, 'satu', true));
    s = suggest(s, B, del);
    expect(body(s)[1]).toMatchObject({ attrs: { suggestion: { kind: 'join', party: 'pB' } } });
  });

  it('a deletion across paragraphs strikes the text and joins the blocks it crosses', () => {
    let s = stateOf(doc(clause('c1', 'X', p(t('satu')), p(t('dua')), p(t('tiga')))));
    s = select(s, at(s.doc, 'tu'), at(s.doc, 'ti'));
    s = suggest(s, A, type('Q'));
    expect(body(s).map((b) => (b.attrs?.suggestion as { kind?: string } | undefined)?.kind ?? null)).toEqual([
      null,
      'delete',
      'join',
    ]);
  });

  it('splits an ayat in two with `split` on the new ayat', () => {
    let s = stateOf(doc(clause('c1', 'X', ayat('satu dua'))));
    s = select(s, at(s.doc, ' dua'));
    s = suggest(s, A, splitListItem(agreementSchema().nodes.ayatItem!));
    const items = body(s)[0]?.content ?? [];
    expect(items).toHaveLength(2);
    expect(items[1]?.attrs?.suggestion).toMatchObject({ kind: 'split' });
    s = suggest(s, A, backspace, false);
    expect(body(s)).toEqual([
      { type: 'ayatList', content: [{ type: 'ayatItem', attrs: { id: 'a0' }, content: [p(t('satu dua'))] }] },
    ]);
  });

  it('a new Pasal is proposed whole; deleting a whole ayat proposes its deletion', () => {
    let s = stateOf(doc(clause('c1', 'X', ayat('satu', 'dua'))));
    const pasal = agreementSchema().nodeFromJSON(clause('c2', 'Baru', p()));
    s = suggest(s, A, (st, d) => dispatched(d, st.tr.insert(st.doc.content.size, pasal)));
    expect(s.doc.lastChild?.attrs.suggestion).toMatchObject({ kind: 'insert', party: 'pA' });
    // Typing in one's own proposed Pasal is plain text inside it.
    s = select(s, s.doc.content.size - 2);
    s = suggest(s, A, type('isi'));
    expect(bare(s.doc.lastChild!.lastChild!.toJSON())).toEqual(p(t('isi')));
    const list = s.doc.firstChild!.child(1);
    const second = 1 + s.doc.firstChild!.child(0).nodeSize + 1 + list.child(0).nodeSize;
    s = suggest(s, B, (st, d) => dispatched(d, st.tr.delete(second, second + list.child(1).nodeSize)));
    expect(s.doc.firstChild!.child(1).child(1).attrs.suggestion).toMatchObject({
      kind: 'delete',
      party: 'pB',
    });
    // Its author deletes their own proposed Pasal for real.
    const last = s.doc.content.size - s.doc.lastChild!.nodeSize;
    s = suggest(s, A, (st, d) => dispatched(d, st.tr.delete(last, st.doc.content.size)));
    expect(s.doc.childCount).toBe(1);
  });
});

describe('suggestTransaction: what has no suggestion form', () => {
  it('proposes deleting a whole Pasal, and refuses joining a Pasal onto the one before', () => {
    let s = stateOf(doc(clause('c1', 'Satu', p(t('isi satu'))), clause('c2', 'Dua', p(t('isi dua')))));
    const second = s.doc.child(0).nodeSize;
    s = suggest(s, B, (st, d) => dispatched(d, st.tr.delete(second, st.doc.content.size)));
    expect(s.doc.child(1).attrs.suggestion).toMatchObject({ kind: 'delete', party: 'pB' });
    expect(refused(select(s, at(s.doc, 'Dua')), A, backspace)).toBe(true);
  });
});

describe('suggestTransaction: formatting', () => {
  it('bold proposes a format change remembering what the text had; toggling back withdraws it', () => {
    let s = sentence();
    const bold = toggleMark(agreementSchema().marks.bold!);
    s = select(s, at(s.doc, 'Pihak'), at(s.doc, 'Pihak', true));
    s = suggest(s, A, bold);
    expect(body(s)).toEqual([
      p(
        t('Para '),
        t('Pihak', { type: 'bold' }, { type: 'formatChange', attrs: { ...stamp('s1'), before: '' } }),
        t(' sepakat.'),
      ),
    ]);
    s = suggest(s, A, bold);
    expect(body(s)).toEqual([p(t('Para Pihak sepakat.'))]);
  });

  it('refuses to overwrite another author’s format change', () => {
    let s = sentence();
    const bold = toggleMark(agreementSchema().marks.bold!);
    s = select(s, at(s.doc, 'Pihak'), at(s.doc, 'Pihak', true));
    s = suggest(s, A, bold);
    expect(refused(s, B, toggleMark(agreementSchema().marks.italic!))).toBe(true);
  });
});

describe('withoutInheritedSuggestions', () => {
  it('keeps direct text free of suggestion marks it was copied with', () => {
    const s = sentence();
    const mark = agreementSchema().marks.insertion!.create(stamp('s9', B));
    const tr = s.tr.insert(at(s.doc, ' sepakat'), agreementSchema().text('X', [mark]));
    const next = s.apply(withoutInheritedSuggestions(tr));
    expect(body(next)).toEqual([p(t('Para PihakX sepakat.'))]);
  });
});

describe('suggestTransaction: one suggestion, one stamp', () => {
  it('keeps the first keystroke’s time as the author types on, so the suggestion stays one run', () => {
    let s = sentence();
    s = select(s, at(s.doc, ' sepakat'));
    let keystrokes = 0;
    let ids = 0;
    // A second later each keystroke.
    const later = {
      now: () => new Date(Date.parse('2026-12-05T06:00:00.000Z') + 1000 * ++keystrokes),
      newId: () => `k${++ids}`,
    };
    for (const ch of ' Kedua') {
      let made: Transaction | null = null;
      type(ch)(s, (tr) => {
        made = tr;
      });
      const out = suggestTransaction(s, made as unknown as Transaction, A, later);
      if (!out) throw new Error('refused');
      s = s.apply(out);
    }
    expect(body(s)).toEqual([
      p(
        t('Para Pihak'),
        t(' Kedua', { type: 'insertion', attrs: { id: 'k1', ...A, ts: '2026-12-05T06:00:01.000Z' } }),
        t(' sepakat.'),
      ),
    ]);
  });
});
