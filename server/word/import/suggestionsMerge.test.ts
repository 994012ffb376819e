import { describe, expect, it } from 'vitest';
import type { ReplyParagraph } from '../../../shared/api/suggestionImport.ts';
import { clauseNodes, type PMJSON, textOf } from '../../../shared/clauses.ts';
import { agreementSchema } from '../../../shared/schema/index.ts';
import { acceptAll, rejectAll } from '../../../shared/suggestions/index.ts';
import { resourceLimits } from '../../config.ts';
import { buildAgreementDocx } from '../export/agreement.ts';
import { sampleBody, sampleInput } from '../export/fixtures.ts';
import { mergeReply } from './suggestionsMerge.ts';
import { readReply, replyParagraphs } from './suggestionsReply.ts';

const W = (body: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`;
const rev = (tag: string, inner: string) =>
  `<w:${tag} w:id="1" w:author="Budi &amp; Ani" w:date="2026-12-01T10:00:00Z">${inner}</w:${tag}>`;

describe('replyParagraphs', () => {
  it('reads each paragraph before and after its revisions, with authors, references and unsupported revisions', () => {
    const xml = W(
      `<w:p><w:r><w:t xml:space="preserve">sebagai </w:t></w:r>${rev('del', '<w:r><w:delText>pedoman</w:delText></w:r>')}${rev('ins', '<w:r><w:t>acuan</w:t></w:r>')}<w:r><w:t xml:space="preserve"> &lt;x&gt;</w:t></w:r></w:p>` +
        `<w:p><w:r><w:t xml:space="preserve">lihat Pasal </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF _RefP_a \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
        `<w:p><w:pPr><w:rPr>${rev('ins', '')}</w:rPr></w:pPr><w:r><w:rPr><w:b/><w:rPrChange w:author="Ani"><w:rPr/></w:rPrChange></w:rPr><w:t>tebal</w:t></w:r></w:p>` +
        `<w:p>${rev('moveFrom', '<w:r><w:t>pindah</w:t></w:r>')}</w:p>` +
        `<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr><w:pPrChange w:author="Ani"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>turun</w:t></w:r></w:p>` +
        `<w:p><w:pPr><w:jc w:val="center"/><w:pPrChange w:author="Ani"><w:pPr/></w:pPrChange></w:pPr><w:r><w:t>tengah</w:t></w:r></w:p>` +
        `<w:tbl><w:tr><w:trPr>${rev('ins', '')}</w:trPr><w:tc><w:p><w:r><w:t>sel</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
    );
    const [first, ref, mark, move, level, centred, cell] = replyParagraphs(xml, 10_000);
    expect(first).toMatchObject({ base: 'sebagai pedoman <x>', theirs: 'sebagai acuan <x>' });
    expect(first?.revisions).toEqual([
      { kind: 'del', author: 'Budi & Ani', date: '2026-12-01T10:00:00Z', text: 'pedoman' },
      { kind: 'ins', author: 'Budi & Ani', date: '2026-12-01T10:00:00Z', text: 'acuan' },
    ]);
    expect(ref?.theirs).toBe('lihat Pasal \uE000');
    expect(mark).toMatchObject({ markInserted: true, theirs: 'tebal' });
    expect(mark?.unsupported.map((u) => u.kind)).toEqual(['formatting']);
    expect(move).toMatchObject({ base: 'pindah', theirs: '' });
    expect(move?.unsupported.map((u) => u.kind)).toEqual(['move']);
    expect(level?.unsupported).toEqual([{ kind: 'numbering', author: 'Ani', date: '' }]);
    expect(centred?.unsupported.map((u) => u.kind)).toEqual(['paragraphFormat']);
    expect(cell).toMatchObject({ inTable: true, theirs: 'sel' });
    expect(cell?.unsupported.map((u) => u.kind)).toEqual(['table']);
  });

  it('stops at the text budget', () => {
    expect(() => replyParagraphs(W('<w:p><w:r><w:t>abcdef</w:t></w:r></w:p>'), 3)).toThrow(
      expect.objectContaining({ id: 'import.too_much_text' }),
    );
  });
});

/** The sample exported by Sepakat and read back: what the other party opens in Word. */
async function exported(): Promise<{ body: PMJSON; paragraphs: ReplyParagraph[] }> {
  const body = sampleBody();
  const file = Buffer.from(await buildAgreementDocx(sampleInput({ body })));
  return { body, paragraphs: await readReply(file, resourceLimits()) };
}

/** The other party's edit of the paragraph reading `before`, tracked (their revisions) or not. */
function edit(paragraphs: ReplyParagraph[], before: string, after: string, tracked: boolean) {
  const p = paragraphs.find((x) => x.theirs === before);
  if (!p) throw new Error(`no paragraph ${before}`);
  p.theirs = after;
  if (tracked) p.revisions.push({ kind: 'ins', author: 'Budi Santoso', date: '', text: after });
  else p.base = after;
}

const AYAT_1 = 'Maksud Nota Kesepakatan ini adalah sebagai pedoman bagi PARA PIHAK.';
let ids = 0;
const stamp = () => ({ id: `s${++ids}`, party: 'p2', user: 'u2', ts: '2026-12-05T06:00:00.000Z' });

describe('mergeReply', () => {
  it('writes a tracked replacement and an untracked deletion as suggestions in the right Pasal', async () => {
    const { body, paragraphs } = await exported();
    edit(paragraphs, AYAT_1, 'Maksud Nota Kesepakatan ini adalah sebagai acuan bagi PARA PIHAK.', true);
    edit(paragraphs, 'Ruang lingkup Nota Kesepakatan ini meliputi:', 'Ruang lingkup ini meliputi:', false);
    const result = mergeReply(body, body, paragraphs, stamp);
    expect(result.conflicts).toEqual([]);
    expect(result.unsupported).toEqual([]);
    expect(result.applied.map((a) => [a.pasal, a.tracked, a.wordAuthors])).toEqual([
      [1, true, ['Budi Santoso']],
      [2, false, []],
    ]);
    const live = { ...body, content: body.content?.map((n) => result.clauses.get(String(n.attrs?.id)) ?? n) };
    agreementSchema().nodeFromJSON(live).check();
    const pasal1 = clauseNodes(live).get('pasal1')!;
    expect(textOf(acceptAll(pasal1))).toContain('sebagai acuan bagi');
    expect(textOf(acceptAll(clauseNodes(live).get('pasal2')!))).toContain('Ruang lingkup ini meliputi:');
    // Rejecting every suggestion gives the base back: nothing was written but suggestions.
    expect(rejectAll(live)).toEqual(rejectAll(body));
    expect(JSON.stringify(rejectAll(live))).toBe(JSON.stringify(body));
  });

  it('reports a paragraph the live document changed too as a conflict and leaves it alone', async () => {
    const { body, paragraphs } = await exported();
    edit(paragraphs, AYAT_1, 'Maksud ini adalah pedoman.', true);
    const live = structuredClone(body);
    const para = JSON.stringify(live).replace(
      AYAT_1,
      'Maksud Nota Kesepakatan ini adalah pedoman kerja PARA PIHAK.',
    );
    const result = mergeReply(body, JSON.parse(para), paragraphs, stamp);
    expect(result.applied).toEqual([]);
    expect(result.clauses.size).toBe(0);
    expect(result.conflicts).toEqual([
      {
        pasal: 1,
        clauseId: 'pasal1',
        base: AYAT_1,
        theirs: 'Maksud ini adalah pedoman.',
        ours: 'Maksud Nota Kesepakatan ini adalah pedoman kerja PARA PIHAK.',
      },
    ]);
  });

  it('lists a move, a paragraph split and an added paragraph as unsupported, merging none', async () => {
    const { body, paragraphs } = await exported();
    const p = paragraphs.find((x) => x.theirs === AYAT_1)!;
    p.unsupported.push({ kind: 'move', author: 'Budi Santoso', date: '' });
    p.theirs = 'dipindah';
    const split = paragraphs.find((x) => x.theirs === 'Ruang lingkup Nota Kesepakatan ini meliputi:')!;
    Object.assign(split, { markInserted: true, theirs: 'Ruang lingkup' });
    const at = paragraphs.indexOf(split);
    paragraphs.splice(at + 1, 0, { ...split, base: '', theirs: 'Paragraf baru.', markInserted: false });
    const result = mergeReply(body, body, paragraphs, stamp);
    expect(result.applied).toEqual([]);
    expect(result.unsupported.map((u) => [u.pasal, u.kind])).toEqual([
      [1, 'move'],
      [2, 'paragraphMark'],
      [2, 'paragraphAdded'],
    ]);
  });
});
