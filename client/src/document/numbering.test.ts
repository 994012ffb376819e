import { Fragment, Slice } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import type { PMJSON } from '../../../shared/clauses.ts';
import { agreementSchema } from '../../../shared/schema/extensions.ts';
import { ayat, chapter, clause, doc, p } from './fixtures.ts';
import { type ClauseRefSpec, computeNumbering } from './numbering.ts';

/** Attributes the numbering decorations put on nodes, in document order. */
function labels(node: ReturnType<typeof doc>) {
  const { decorations } = computeNumbering(node);
  return decorations
    .find()
    .sort((x, y) => x.from - y.from || y.to - x.to)
    .map((d) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs)
    .map((a) => a['data-pasal'] ?? a['data-bab'] ?? a['data-label'] ?? a.class ?? '')
    .filter(Boolean);
}

/** Every decoration as its range and what it shows, in document order. */
function drawn(set: DecorationSet): string[] {
  return set
    .find()
    .map((d) => {
      const attrs = (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
      return `${d.from}-${d.to} ${JSON.stringify(attrs)} ${JSON.stringify(d.spec)}`;
    })
    .sort();
}

describe('computeNumbering', () => {
  it('decorates again only what a transaction wrote, and draws what a full reading draws', () => {
    const ref = { type: 'clauseRef', attrs: { clauseId: 'b', ayat: 'b2' } };
    const start = doc(
      chapter('c1', 'UMUM'),
      clause('a', 'SATU', ayat(['a1', 'satu'], ['a2', 'dua']), { type: 'paragraph', content: [ref] }),
      clause('b', 'DUA', ayat(['b1', 'satu'], ['b2', 'dua'])),
      clause('c', 'TIGA', p('isi')),
    );
    let state = EditorState.create({ doc: start, schema: agreementSchema() });
    let numbering = computeNumbering(state.doc);
    const step = (make: (s: EditorState) => EditorState['tr']) => {
      const tr = make(state);
      state = state.apply(tr);
      numbering = computeNumbering(state.doc, numbering, tr);
      expect(drawn(numbering.decorations)).toEqual(drawn(computeNumbering(state.doc).decorations));
    };
    // Typing in Pasal 1's ayat, before everything else.
    step((s) => s.tr.insertText('xyz', 12));
    // Pasal 2 replaced whole, as a change from Yjs replaces the nodes it built again.
    step((s) => {
      const index = 2;
      let from = 0;
      for (let i = 0; i < index; i++) from += s.doc.child(i).nodeSize;
      const old = s.doc.child(index);
      const json = old.toJSON();
      json.content[1].content[0].content[0].content[0].text = 'satu lagi';
      const node = agreementSchema().nodeFromJSON(json);
      return s.tr.replace(from, from + old.nodeSize, new Slice(Fragment.from(node), 0, 0));
    });
    // A new ayat in Pasal 2: the outline changes, and the reference in Pasal 1 with it.
    step((s) => {
      let at = -1;
      s.doc.descendants((n, pos) => {
        if (n.attrs.id === 'b1') at = pos;
        return at < 0;
      });
      const item = agreementSchema().nodeFromJSON({
        type: 'ayatItem',
        attrs: { id: 'b0' },
        content: [p('nol')],
      });
      return s.tr.insert(at, item);
    });
    expect(drawn(numbering.decorations).some((d) => d.includes('"Pasal 2 ayat (3)"'))).toBe(true);
  });

  it('keeps the same outline object while typing leaves the outline as it was', () => {
    const first = computeNumbering(doc(clause('a', 'SATU', p('isi')), clause('b', 'DUA', p('isi'))));
    const typed = computeNumbering(
      doc(clause('a', 'SATU', p('isi yang diketik')), clause('b', 'DUA', p('isi'))),
      first,
    );
    expect(typed.outline).toBe(first.outline);
    const renamed = computeNumbering(
      doc(clause('a', 'SATU BARU', p('isi')), clause('b', 'DUA', p('isi'))),
      first,
    );
    expect(renamed.outline).not.toBe(first.outline);
    expect(renamed.outline.clauses[0]!.heading).toBe('SATU BARU');
  });

  it('numbers Pasal, BAB and ayat from position, ayat continuing across lists of one clause', () => {
    const node = doc(
      chapter('c1', 'UMUM'),
      clause('a', 'SATU', ayat(['x1', 'satu'], ['x2', 'dua'])),
      clause('b', 'DUA', ayat(['y1', 'satu']), p('sela'), ayat(['y2', 'dua'])),
    );
    expect(labels(node)).toEqual(['BAB I', 'Pasal 1', '(1)', '(2)', 'Pasal 2', '(1)', '(2)']);
  });

  it('flags a cross-reference whose clause is gone', () => {
    const node = doc(
      clause('a', 'SATU', {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'lihat ' },
          { type: 'clauseRef', attrs: { clauseId: 'hilang', ayat: null } },
        ],
      }),
    );
    expect(labels(node)).toContain('clause-ref-broken');
  });
});

describe('cross-reference text', () => {
  const ref = (clauseId: string, ayatId: string | null): PMJSON => ({
    type: 'clauseRef',
    attrs: { clauseId, ayat: ayatId },
  });
  const para = (...content: PMJSON[]): PMJSON => ({ type: 'paragraph', content });
  /** The text each reference's node view is given, in document order. */
  const refTexts = (node: ReturnType<typeof doc>) =>
    computeNumbering(node)
      .decorations.find()
      .filter((d) => 'refText' in d.spec)
      .sort((x, y) => x.from - y.from)
      .map((d) => (d.spec as ClauseRefSpec).refText);

  it('names only the ayat inside its own Pasal, Pasal and ayat elsewhere, and follows an inserted ayat', () => {
    const jangka = (...extra: [string, string][]) =>
      clause('jangka', 'JANGKA WAKTU', {
        type: 'ayatList',
        content: [
          ...[...extra, ['j1', 'Berlaku 5 (lima) tahun.']].map(([id, text]) => ({
            type: 'ayatItem',
            attrs: { id },
            content: [p(text)],
          })),
          {
            type: 'ayatItem',
            attrs: { id: 'j2' },
            content: [para({ type: 'text', text: 'sebagaimana dimaksud pada ' }, ref('jangka', 'j1'))],
          },
        ],
      });
    const akhir = clause('akhir', 'PENGAKHIRAN', para({ type: 'text', text: 'lihat ' }, ref('jangka', 'j1')));
    const self = clause('diri', 'DIRI', para({ type: 'text', text: 'lihat ' }, ref('diri', null)));
    expect(refTexts(doc(jangka(), akhir, self))).toEqual(['ayat (1)', 'Pasal 1 ayat (1)', 'Pasal ini']);
    expect(refTexts(doc(jangka(['j0', 'Sisipan.']), akhir))).toEqual(['ayat (2)', 'Pasal 1 ayat (2)']);
  });
});
