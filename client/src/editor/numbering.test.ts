import { describe, expect, it } from 'vitest';
import { ayat, chapter, clause, doc, p } from './fixtures.ts';
import { computeNumbering } from './numbering.ts';

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
