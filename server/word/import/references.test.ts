import { describe, expect, it } from 'vitest';
import { outlineOf, type PMJSON } from '../../../shared/clauses.ts';
import { referenceText } from '../../../shared/references.ts';
import { linkReferences } from './references.ts';

const p = (text: string): PMJSON => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const clause = (id: string, ...ayat: string[]): PMJSON => ({
  type: 'clause',
  attrs: { id },
  content: [
    { type: 'clauseHeading', content: [{ type: 'text', text: id.toUpperCase() }] },
    {
      type: 'ayatList',
      content: ayat.map((t, i) => ({ type: 'ayatItem', attrs: { id: `${id}-${i + 1}` }, content: [p(t)] })),
    },
  ],
});

/** Each linked reference as its target ids and the text it prints where it stands. */
function linked(doc: PMJSON) {
  const { doc: out, linked: count } = linkReferences(doc, outlineOf(doc));
  const outline = outlineOf(out);
  const refs: string[] = [];
  for (const c of out.content ?? []) {
    const walk = (n: PMJSON) => {
      if (n.type === 'clauseRef') {
        const { clauseId, ayat } = n.attrs as { clauseId: string; ayat: string | null };
        refs.push(`${clauseId}/${ayat}: ${referenceText(outline, clauseId, ayat, String(c.attrs?.id))}`);
      }
      n.content?.forEach(walk);
    };
    walk(c);
  }
  return { refs, count, out };
}

describe('linkReferences', () => {
  it('links "ayat (n)" within its Pasal and "Pasal N ayat (n)" across Pasal', () => {
    const doc: PMJSON = {
      type: 'doc',
      content: [
        clause('satu', 'Data disediakan.', 'Data sebagaimana dimaksud pada ayat (1) diserahkan.'),
        clause('dua', 'Kegiatan sebagaimana dimaksud dalam Pasal 1 ayat (2) dan Pasal 1 dilaksanakan.'),
      ],
    };
    const { refs, count } = linked(doc);
    expect(refs).toEqual(['satu/satu-1: ayat (1)', 'satu/satu-2: Pasal 1 ayat (2)', 'satu/null: Pasal 1']);
    expect(count).toBe(3);
  });

  it('leaves laws, missing targets and the preamble as text', () => {
    const doc: PMJSON = {
      type: 'doc',
      content: [
        { type: 'preamble', content: [p('Pasal 1 ayat (1) Undang-Undang Nomor 23 Tahun 2014')] },
        clause(
          'satu',
          'Sesuai Pasal 363 ayat (1) Undang-Undang Nomor 23 Tahun 2014 dan ayat (2) Peraturan Pemerintah Nomor 28 Tahun 2018.',
          'Sebagaimana dimaksud pada ayat (5) dan Pasal 9.',
        ),
      ],
    };
    const { refs, out } = linked(doc);
    expect(refs).toEqual([]);
    expect(JSON.stringify(out)).toContain('Pasal 363 ayat (1) Undang-Undang');
  });
});
