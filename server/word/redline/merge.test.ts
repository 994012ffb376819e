import { describe, expect, it } from 'vitest';
import { outlineOf, type PMJSON, textOf } from '../../../shared/clauses.ts';
import { ayat, clause } from '../../history/fixtures.ts';
import { buildAgreementDocx } from '../export/agreement.ts';
import { OLD_COPY } from '../export/bookmarks.ts';
import { paragraphs, readDocx, textIn } from '../export/docxXml.ts';
import { sampleInput } from '../export/fixtures.ts';
import { buildRedlineDocx } from './docx.ts';
import { mergeForRedline } from './merge.ts';
import { revisionOf } from './revisionMark.ts';

const doc = (...content: PMJSON[]): PMJSON => ({ type: 'doc', content });
const authors: Record<string, string> = {
  c1: 'Anisa (ORI)',
  c2: 'Budi (Pemkot)',
  c3: 'Budi (Pemkot)',
  c4: 'Anisa (ORI)',
};
const authorOf = (id: string | null) => ({
  author: (id && authors[id]) || 'Sepakat',
  date: '2024-05-02T03:04:05.000Z',
});

/** Text of the nodes carrying a revision of `kind`, in order. */
function revised(node: PMJSON, kind: 'ins' | 'del'): string {
  if (node.type === 'text') return revisionOf(node)?.kind === kind ? (node.text ?? '') : '';
  return (node.content ?? []).map((n) => revised(n, kind)).join('');
}

const before = doc(
  clause('c1', 'Maksud', ayat('c1', 'PARA PIHAK sepakat bekerja sama.', 'Ayat yang akan dihapus.')),
  clause('c2', 'Ruang Lingkup', 'Ruang lingkup meliputi pengawasan.'),
  clause('c3', 'Dihapus', 'Pasal ini dihapus seluruhnya.'),
);
const after = doc(
  clause('c1', 'Maksud', ayat('c1', 'PARA PIHAK sepakat untuk bekerja sama.')),
  clause('c2', 'Ruang Lingkup', 'Ruang lingkup meliputi pengawasan.'),
  clause('c4', 'Baru', 'Pasal tambahan.'),
);

describe('mergeForRedline: moves and references', () => {
  const ref = (clauseId: string): PMJSON => ({ type: 'clauseRef', attrs: { clauseId, ayat: null } });
  const citing = (...targets: string[]) =>
    clause('c9', 'Rujukan', {
      type: 'paragraph',
      content: targets.flatMap((t) => [{ type: 'text', text: 'lihat ' }, ref(t)]),
    });
  const older = doc(
    clause('c1', 'Satu', 'A.'),
    clause('c2', 'Dua', 'B.'),
    clause('c3', 'Tiga', 'C.'),
    citing('c2', 'c3', 'c1'),
  );
  const newer = doc(clause('c2', 'Dua', 'B.'), clause('c1', 'Satu', 'A.'), citing('c2', 'c3', 'c1'));
  const merged = mergeForRedline(older, newer, authorOf);
  const refs = (node: PMJSON): PMJSON[] =>
    node.type === 'clauseRef' ? [node] : (node.content ?? []).flatMap(refs);

  it('marks the struck-through copy of a moved Pasal as the old copy', () => {
    const old = merged.content!.filter((n) => n.attrs?.[OLD_COPY]);
    expect(old).toHaveLength(1);
    expect(revisionOf(old[0]!)?.kind).toBe('del');
    // Its other copy is inserted where the Pasal now stands, and is no old copy.
    const copies = merged.content!.filter((n) => n.attrs?.id === old[0]!.attrs?.id);
    expect(copies.map((n) => revisionOf(n)?.kind).sort()).toEqual(['del', 'ins']);
  });

  it('gives a reference whose target moved or went one copy per text, and keeps the others', () => {
    const cited = refs(merged).map((r) => [r.attrs?.clauseId, revisionOf(r)?.kind ?? null]);
    const moved = String(merged.content!.find((n) => n.attrs?.[OLD_COPY])?.attrs?.id);
    const still = moved === 'c1' ? 'c2' : 'c1';
    expect(cited).toContainEqual([still, null]);
    // The removed c3 and the moved Pasal: the older reference struck through, the newer inserted.
    for (const id of ['c3', moved]) {
      expect(cited).toContainEqual([id, 'del']);
      expect(cited).toContainEqual([id, 'ins']);
    }
    expect(cited).toHaveLength(5);
  });
});

describe('mergeForRedline', () => {
  const merged = mergeForRedline(before, after, authorOf);
  const [c1, c2, c3, c4] = merged.content!;

  it('keeps both texts: the new one with insertions, the old words marked deleted', () => {
    expect(merged.content!.map((n) => n.attrs?.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(revised(c1!, 'ins')).toBe('untuk ');
    expect(revised(c1!, 'del')).toBe('Ayat yang akan dihapus.');
    expect(revised(c2!, 'ins') + revised(c2!, 'del')).toBe('');
    expect(revisionOf(c3!)).toMatchObject({ kind: 'del', author: 'Budi (Pemkot)' });
    expect(revised(c3!, 'del')).toBe('DihapusPasal ini dihapus seluruhnya.');
    expect(revisionOf(c4!)).toMatchObject({ kind: 'ins', author: 'Anisa (ORI)' });
    // The whole deleted ayat carries a paragraph-mark deletion too.
    const deletedAyat = c1!.content![1]!.content![1];
    expect(revisionOf(deletedAyat!.content![0]!)).toMatchObject({ kind: 'del' });
  });

  it('reads as the old text when every insertion is rejected, and as the new one when accepted', () => {
    const strip = (node: PMJSON, drop: 'ins' | 'del'): PMJSON | null => {
      if (revisionOf(node)?.kind === drop) return null;
      return { ...node, content: node.content?.map((n) => strip(n, drop)).filter((n): n is PMJSON => !!n) };
    };
    const plain = (n: PMJSON | null) => textOf(n ?? { type: 'doc' });
    expect(plain(strip(merged, 'ins'))).toBe(textOf(before));
    expect(plain(strip(merged, 'del'))).toBe(textOf(after));
  });

  it('becomes a .docx whose w:ins and w:del carry the authors, with the removed clause under its old number', async () => {
    const view = { after: outlineOf(after), before: outlineOf(before), label: 'Perbandingan' };
    const file = await buildRedlineDocx(sampleInput({ body: merged }), view);
    const { document } = await readDocx(file);
    const ins = [...document.matchAll(/<w:ins\b[^>]*w:author="([^"]+)"/g)].map((m) => m[1]);
    const del = [...document.matchAll(/<w:del\b[^>]*w:author="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ins)).toEqual(new Set(['Anisa (ORI)']));
    expect(new Set(del)).toEqual(new Set(['Anisa (ORI)', 'Budi (Pemkot)']));
    expect(document).toContain('<w:delText');
    // The removed c3 keeps its old number, struck through; the added c4 is the new Pasal 3:
    // "Pasal " and the number as a sequence field, with its result.
    const numbered = (kind: 'del' | 'ins', author: string, text: 'delText' | 't') =>
      new RegExp(
        `<w:${kind}\\b[^>]*w:author="${author}"[^>]*>(?:(?!</w:${kind}>).)*<w:${kind === 'del' ? 'delInstrText' : 'instrText'}[^>]*> SEQ Pasal[^<]*</w:[a-zA-Z]+>(?:(?!</w:${kind}>).)*<w:${text}[^>]*>3</w:${text}>`,
        's',
      );
    expect(document).toMatch(numbered('del', 'Budi \\(Pemkot\\)', 'delText'));
    expect(document).toMatch(numbered('ins', 'Anisa \\(ORI\\)', 't'));
    expect(textIn(document)).toContain('untuk');
    // Ids of tracked changes are unique in the file.
    const ids = [...document.matchAll(/<w:(?:ins|del)\b[^>]*w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives the new text on Word's Accept All and the old text on Reject All", async () => {
    const view = { after: outlineOf(after), before: outlineOf(before), label: 'Perbandingan' };
    const exportedAt = new Date('2024-05-02T00:00:00Z');
    const redline = (
      await readDocx(await buildRedlineDocx(sampleInput({ body: merged, options: { exportedAt } }), view))
    ).document;
    const plain = async (body: PMJSON) =>
      (await readDocx(await buildAgreementDocx(sampleInput({ body, options: { exportedAt } })))).document;
    // Deleted text counts as text until a review removes it.
    const texts = (xml: string) =>
      paragraphs(xml.replace(/<w:delText\b/g, '<w:t').replace(/<\/w:delText>/g, '</w:t>'))
        .map((p) => p.text)
        .filter((t) => t.trim());
    expect(texts(redline)).not.toEqual(texts(await plain(after)));
    expect(texts(redline)).not.toEqual(texts(await plain(before)));
    expect(texts(review(redline, 'accept'))).toEqual(texts(await plain(after)));
    expect(texts(review(redline, 'reject'))).toEqual(texts(await plain(before)));
  });
});

/**
 * What Word's Accept All / Reject All does to the body XML: the kept revisions' wrappers go,
 * the dropped ones go with their content, and a paragraph whose mark was dropped merges
 * into the next (here: it disappears, since all of its text went with it).
 */
function review(xml: string, action: 'accept' | 'reject'): string {
  const [drop, keep] = action === 'accept' ? ['del', 'ins'] : ['ins', 'del'];
  let out = xml.replace(new RegExp(`<w:${drop}\\b[^>]*[^/]>[\\s\\S]*?</w:${drop}>`, 'g'), '');
  out = out.replace(new RegExp(`</?w:${keep}\\b[^>]*[^/]>|</w:${keep}>`, 'g'), '');
  out = out.replace(/<w:delText\b/g, '<w:t').replace(/<\/w:delText>/g, '</w:t>');
  return out.replace(/<w:p\b(?:[^>]*[^/])?>[\s\S]*?<\/w:p>/g, (p) =>
    new RegExp(`<w:pPr>[\\s\\S]*<w:${drop}\\b[^>]*/>[\\s\\S]*</w:pPr>`).test(p) && !textIn(p).trim() ? '' : p,
  );
}
