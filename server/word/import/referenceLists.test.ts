import { describe, expect, it } from 'vitest';
import { outlineOf, type PMJSON } from '../../../shared/clauses.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { linkReferences } from './references.ts';

const text = (t: string): PMJSON => ({ type: NODE.text, text: t });
const p = (t: string): PMJSON => ({ type: NODE.paragraph, content: [text(t)] });
/** A Pasal with two ayat, the second holding `second` (or "dua"). */
const pasal = (id: string, second = 'dua'): PMJSON => ({
  type: NODE.clause,
  attrs: { id },
  content: [
    { type: NODE.clauseHeading, content: [text(id.toUpperCase())] },
    {
      type: NODE.ayatList,
      content: [p('satu'), p(second)].map((para, i) => ({
        type: NODE.ayatItem,
        attrs: { id: `${id}-${i + 1}` },
        content: [para],
      })),
    },
  ],
});

/** The second ayat of Pasal `index` after linking, its references as "→ clause/ayat". */
function linked(second: string, count = 6): string {
  const body: PMJSON = {
    type: NODE.doc,
    content: Array.from({ length: count }, (_, i) => pasal(`p${i + 1}`, i === 1 ? second : 'dua')),
  };
  const { doc } = linkReferences(body, outlineOf(body));
  const para = doc.content![1]!.content![1]!.content![1]!.content![0];
  return (para!.content ?? [])
    .map((n) => (n.type === NODE.clauseRef ? `→${n.attrs?.clauseId}/${n.attrs?.ayat ?? '-'}` : n.text))
    .join('');
}

describe('linkReferences: lists of references', () => {
  it('links a bare ayat listed after a numbered one to that Pasal, not to the Pasal it stands in', () => {
    expect(linked('sesuai Pasal 1 ayat (1) dan ayat (2); hal sebagaimana dimaksud pada ayat (1)')).toBe(
      'sesuai →p1/p1-1 dan →p1/p1-2; hal sebagaimana dimaksud pada →p2/p2-1',
    );
  });

  it('leaves every reference of a list that cites a law as text', () => {
    expect(linked('sesuai Pasal 5 dan Pasal 6 Undang-Undang Nomor 25 Tahun 2009 dan Pasal 3')).toBe(
      'sesuai Pasal 5 dan Pasal 6 Undang-Undang Nomor 25 Tahun 2009 dan →p3/-',
    );
  });
});
