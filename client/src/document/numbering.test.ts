import { describe, expect, it } from 'vitest';
import type { PMJSON } from '../../../shared/clauses.ts';
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

describe('computeNumbering', () => {
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
