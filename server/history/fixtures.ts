import type { PMJSON } from '../../shared/clauses.ts';

/**
 * Fixture builders for history tests and the bench: an agreement body that reads like one,
 * with as many Pasal as asked (ids `c1`…`cN`, ayat ids `c1a1`…), grouped in BAB every ten.
 */

const text = (s: string): PMJSON => ({ type: 'text', text: s });
export const p = (s: string): PMJSON => ({ type: 'paragraph', content: [text(s)] });

/** A clause with a heading and blocks (strings become paragraphs). */
export function clause(id: string, heading: string, ...blocks: (PMJSON | string)[]): PMJSON {
  return {
    type: 'clause',
    attrs: { id },
    content: [
      { type: 'clauseHeading', content: [text(heading)] },
      ...blocks.map((b) => (typeof b === 'string' ? p(b) : b)),
    ],
  };
}

/** An ayat list with ids `${prefix}a1`, `${prefix}a2`, … */
export function ayat(prefix: string, ...items: string[]): PMJSON {
  return {
    type: 'ayatList',
    content: items.map((s, i) => ({
      type: 'ayatItem',
      attrs: { id: `${prefix}a${i + 1}` },
      content: [p(s)],
    })),
  };
}

/** A reference to a clause (and ayat). */
export const ref = (clauseId: string, ayatId: string | null = null): PMJSON => ({
  type: 'clauseRef',
  attrs: { clauseId, ayat: ayatId },
});

/** An MoU-like body with `n` Pasal, each with two ayat, a BAB every ten Pasal, preamble and closing. */
export function agreementBody(n = 100): PMJSON {
  const content: PMJSON[] = [
    { type: 'preamble', content: [p('Pada hari ini, kami yang bertanda tangan di bawah ini:')] },
  ];
  for (let i = 1; i <= n; i++) {
    if (i % 10 === 1)
      content.push({ type: 'chapter', attrs: { id: `b${i}` }, content: [text(`Bagian ${i}`)] });
    content.push(
      clause(
        `c${i}`,
        `Ketentuan ${i}`,
        ayat(
          `c${i}`,
          `PARA PIHAK sepakat melaksanakan ketentuan nomor ${i} dengan itikad baik dan saling menghormati.`,
          `Pelaksanaan ketentuan ini dikoordinasikan oleh penghubung masing-masing pihak paling lambat 14 (empat belas) hari.`,
        ),
      ),
    );
  }
  content.push({
    type: 'closing',
    content: [p('Demikian Nota Kesepakatan ini dibuat dalam rangkap 2 (dua) asli.')],
  });
  return { type: 'doc', content };
}
