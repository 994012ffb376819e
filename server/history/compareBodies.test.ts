import { describe, expect, it } from 'vitest';
import type { PMJSON } from '../../shared/clauses.ts';
import { compareBodies } from './compareBodies.ts';
import { agreementBody, ayat, clause, ref } from './fixtures.ts';
import { clauseText, wordOps } from './text.ts';

const doc = (...content: PMJSON[]): PMJSON => ({ type: 'doc', content });
const withClauses = (body: PMJSON, f: (clauses: PMJSON[]) => PMJSON[]): PMJSON => {
  const clauses = (body.content ?? []).filter((n) => n.type === 'clause');
  return doc(...f(clauses));
};

describe('compareBodies', () => {
  it('finds an added, a removed, a moved and an edited clause, and who was renumbered', () => {
    const before = withClauses(agreementBody(6), (c) => c);
    const after = withClauses(agreementBody(6), ([c1, c2, , , c5, c6]) => {
      const edited = clause('c4', 'Ketentuan 4', ayat('c4', 'Teks yang diubah dengan kata baru.', 'Tetap.'));
      const added = clause('cBaru', 'Pasal Baru', 'Isi tambahan.');
      // c3 removed, c6 moved to the front, c4 edited, cBaru added after c5.
      return [c6!, c1!, c2!, edited, c5!, added];
    });
    const { clauses, counts } = compareBodies(before, after);
    const by = new Map(clauses.map((c) => [c.clauseId, c]));
    expect(by.get('cBaru')).toMatchObject({ status: 'added', from: null, to: { number: 6 } });
    expect(by.get('c3')).toMatchObject({ status: 'removed', to: null, from: { number: 3 } });
    expect(by.get('c6')).toMatchObject({ status: 'unchanged', moved: true, renumbered: true });
    expect(by.get('c4')).toMatchObject({ status: 'changed', moved: false });
    const ops = by.get('c4')!.ops;
    expect(
      ops
        .filter((o) => o.op === 'insert')
        .map((o) => o.text)
        .join(''),
    ).toContain('diubah');
    expect(
      ops
        .filter((o) => o.op === 'delete')
        .map((o) => o.text)
        .join(''),
    ).toContain('itikad');
    expect(
      ops
        .filter((o) => o.op === 'equal')
        .map((o) => o.text)
        .join(''),
    ).toContain('Ketentuan 4');
    expect(by.get('c1')).toMatchObject({ status: 'unchanged', moved: false, renumbered: true, ops: [] });
    expect(counts).toEqual({ added: 1, removed: 1, changed: 1, moved: 1, renumbered: 3, unchanged: 4 });
    // Removed clauses keep their place: after the clause they followed.
    expect(clauses.map((c) => c.clauseId)).toEqual(['c6', 'c1', 'c2', 'c3', 'c4', 'c5', 'cBaru']);
  });
});

describe('clauseText', () => {
  it('writes the heading, ayat markers and references with the numbering given', () => {
    const body = doc(
      clause('a', 'Maksud', ayat('a', 'Satu.', 'Dua.')),
      clause('b', 'Rujukan', {
        type: 'paragraph',
        content: [{ type: 'text', text: 'Lihat ' }, ref('a', 'aa2')],
      }),
    );
    const [, b] = body.content!;
    const outline = {
      clauses: [
        {
          id: 'a',
          number: 1,
          heading: 'Maksud',
          chapterId: null,
          ayat: [
            { id: 'aa1', number: 1 },
            { id: 'aa2', number: 2 },
          ],
          index: 0,
        },
      ],
      chapters: [],
    };
    expect(clauseText(body.content![0]!)).toBe('Maksud\n(1) Satu.\n(2) Dua.');
    expect(clauseText(b!, outline)).toBe('Rujukan\nLihat Pasal 1 ayat (2)');
  });

  it('diffs words', () => {
    expect(wordOps('PARA PIHAK sepakat', 'PARA PIHAK tidak sepakat')).toEqual([
      { op: 'equal', text: 'PARA PIHAK ' },
      { op: 'insert', text: 'tidak ' },
      { op: 'equal', text: 'sepakat' },
    ]);
  });
});
