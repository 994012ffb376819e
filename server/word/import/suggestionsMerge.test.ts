import { describe, expect, it } from 'vitest';
import type { ReplyParagraph } from '../../../shared/api/suggestionImport.ts';
import { clauseNodes, outlineOf, type PMJSON, textOf } from '../../../shared/clauses.ts';
import { agreementSchema } from '../../../shared/schema/index.ts';
import { acceptAll, listSuggestions, rejectAll } from '../../../shared/suggestions/index.ts';
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
    expect(mark).toMatchObject({ markInserted: true, markAuthor: 'Budi & Ani', theirs: 'tebal' });
    expect(mark?.unsupported).toEqual([]);
    expect(mark?.formats).toEqual([{ from: 0, to: 5, marks: ['bold'], changedBy: 'Ani' }]);
    expect(first?.formats).toEqual([{ from: 0, to: 17, marks: [], changedBy: null }]);
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
  // As the live document reads it: every attribute with its default.
  const body = agreementSchema().nodeFromJSON(sampleBody()).toJSON() as PMJSON;
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
const author = { party: 'p2', user: 'u2' };
const TS = '2026-12-05T06:00:00.000Z';

describe('mergeReply', () => {
  it('writes a tracked replacement and an untracked deletion as suggestions in the right Pasal', async () => {
    const { body, paragraphs } = await exported();
    edit(paragraphs, AYAT_1, 'Maksud Nota Kesepakatan ini adalah sebagai acuan bagi PARA PIHAK.', true);
    edit(paragraphs, 'Ruang lingkup Nota Kesepakatan ini meliputi:', 'Ruang lingkup ini meliputi:', false);
    const result = mergeReply(body, body, paragraphs, author, TS);
    expect(result.conflicts).toEqual([]);
    expect(result.unsupported).toEqual([]);
    expect(result.applied.map((a) => [a.kind, a.pasal, a.tracked, a.wordAuthors])).toEqual([
      ['text', 1, true, ['Budi Santoso']],
      ['text', 2, false, []],
    ]);
    const live = result.body!;
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
    const result = mergeReply(body, JSON.parse(para), paragraphs, author, TS);
    expect(result.applied).toEqual([]);
    expect(result.body).toBeNull();
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

  it('lists a move as unsupported and leaves its paragraph as it was', async () => {
    const { body, paragraphs } = await exported();
    const p = paragraphs.find((x) => x.theirs === AYAT_1)!;
    p.unsupported.push({ kind: 'move', author: 'Budi Santoso', date: '' });
    p.theirs = 'dipindah';
    const result = mergeReply(body, body, paragraphs, author, TS);
    expect(result.applied).toEqual([]);
    expect(result.body).toBeNull();
    expect(result.unsupported.map((u) => [u.pasal, u.kind, u.author])).toEqual([[1, 'move', 'Budi Santoso']]);
  });

  it('reads which paragraphs Word numbers as ayat, letters and bullets from the numbering part', async () => {
    const { paragraphs } = await exported();
    const listOf = (text: string) => paragraphs.find((x) => x.theirs === text)?.list;
    expect(listOf(AYAT_1)).toBe('ayat');
    expect(listOf('mencegah maladministrasi.')).toBe('letter');
    expect(listOf('koordinasi')).toBe('bullet');
    expect(listOf('Ruang lingkup Nota Kesepakatan ini meliputi:')).toBeUndefined();
  });

  it('lists a join it cannot write, with why in both languages, and writes nothing of it', async () => {
    const { body, paragraphs } = await exported();
    // Untracked: letter b runs on into the first bullet under it, which has a sibling.
    const at = paragraphs.findIndex((x) => x.theirs === 'penyelesaian laporan;');
    paragraphs.splice(at, 2, {
      ...paragraphs[at]!,
      base: 'penyelesaian laporan;koordinasi',
      theirs: 'penyelesaian laporan;koordinasi',
    });
    const result = mergeReply(body, body, paragraphs, author, TS);
    expect(result.body).toBeNull();
    expect(result.unsupported.map((u) => [u.pasal, u.kind, u.text])).toEqual([
      [2, 'paragraphMark', 'penyelesaian laporan;koordinasi'],
    ]);
    const [item] = result.unsupported;
    expect(item!.message).toMatch(/digabung/);
    expect(item!.messageEn).toMatch(/joined/);
  });

  it('reads an unchanged file as no change: the formatting the export prints is the body’s', async () => {
    const { body, paragraphs } = await exported();
    const result = mergeReply(body, body, paragraphs, author, TS);
    expect([result.applied, result.conflicts, result.unsupported, result.body]).toEqual([[], [], [], null]);
  });

  it('makes a split, a join, a new letter, a removed letter and a format change the editor’s block and format suggestions', async () => {
    const { body, paragraphs } = await exported();
    const at = (text: string) => paragraphs.findIndex((x) => x.theirs === text);
    const para = (base: string, theirs: string, over: Partial<ReplyParagraph> = {}): ReplyParagraph => ({
      base,
      theirs,
      markInserted: false,
      markDeleted: false,
      markAuthor: '',
      inTable: false,
      revisions: base === theirs ? [] : [{ kind: 'ins', author: 'Budi Santoso', date: '', text: theirs }],
      formats: [{ from: 0, to: theirs.length, marks: [], changedBy: null }],
      unsupported: [],
      ...over,
    });
    // Split (tracked): "Ruang lingkup ¶ Nota Kesepakatan ini meliputi:".
    const scope = at('Ruang lingkup Nota Kesepakatan ini meliputi:');
    paragraphs.splice(
      scope,
      1,
      para('Ruang lingkup ', 'Ruang lingkup ', { markInserted: true, markAuthor: 'Budi Santoso' }),
      para('Nota Kesepakatan ini meliputi:', 'Nota Kesepakatan ini meliputi:'),
    );
    // Join (untracked): ayat 1 runs on into ayat 2.
    const first = at(AYAT_1);
    paragraphs.splice(
      first,
      2,
      para(`${AYAT_1} Tujuan Nota Kesepakatan ini adalah:`, `${AYAT_1} Tujuan Nota Kesepakatan ini adalah:`),
    );
    // A letter removed (tracked, with its mark) and one added after the last.
    const second = at('mempercepat penyelesaian laporan masyarakat; dan');
    paragraphs[second] = para('mempercepat penyelesaian laporan masyarakat; dan', '', { markDeleted: true });
    const last = at('mencegah maladministrasi.');
    paragraphs[last]!.markInserted = true;
    paragraphs.splice(last + 1, 0, para('', 'menjaga kerahasiaan data.'));
    // "dilaksanakan" made bold (tracked).
    const formatted = paragraphs.find((x) => x.theirs.includes('dilaksanakan oleh'))!;
    const from = formatted.theirs.indexOf('dilaksanakan');
    formatted.formats = [
      { from: 0, to: from, marks: [], changedBy: null },
      { from, to: from + 'dilaksanakan'.length, marks: ['bold'], changedBy: 'Budi Santoso' },
      ...formatted.formats
        .filter((f) => f.from >= from + 'dilaksanakan'.length || f.to > from + 12)
        .map((f) => ({ ...f, from: Math.max(f.from, from + 12) })),
    ];
    const result = mergeReply(body, body, paragraphs, author, TS);
    expect(result.conflicts).toEqual([]);
    expect(result.unsupported).toEqual([]);
    expect(result.applied.map((a) => [a.pasal, a.kind])).toEqual([
      [1, 'join'],
      [1, 'text'],
      [1, 'delete'],
      [1, 'insert'],
      [2, 'split'],
      [3, 'format'],
    ]);
    const live = result.body!;
    agreementSchema().nodeFromJSON(live).check();
    expect(JSON.stringify(rejectAll(live))).toBe(JSON.stringify(body));
    const pasal1 = acceptAll(clauseNodes(live).get('pasal1')!);
    expect(textOf(pasal1)).toContain(`${AYAT_1} Tujuan Nota Kesepakatan ini adalah:`);
    expect(textOf(pasal1)).not.toContain('mempercepat');
    expect(textOf(pasal1)).toContain('menjaga kerahasiaan data.');
    const made = listSuggestions(live);
    expect(made.map((s) => [s.party, s.user, s.ts])).toEqual(made.map(() => ['p2', 'u2', TS]));
    expect(made.flatMap((s) => s.blocks.map((b) => [b.kind, b.type]))).toEqual([
      ['join', 'ayatItem'],
      ['delete', 'letterItem'],
      ['insert', 'letterItem'],
      ['split', 'paragraph'],
    ]);
    expect(made.filter((s) => s.formats > 0)).toHaveLength(1);
  });

  it('proposes a Pasal added in the file whole, and one missing from it for deletion', async () => {
    const { body, paragraphs } = await exported();
    const line = (text: string): ReplyParagraph => ({
      ...paragraphs[0]!,
      base: '',
      theirs: text,
      revisions: [{ kind: 'ins', author: 'Budi Santoso', date: '', text }],
      formats: [{ from: 0, to: text.length, marks: [], changedBy: null }],
      unsupported: [],
    });
    const closing = paragraphs.findIndex((p) => p.theirs.startsWith('Demikian'));
    paragraphs.splice(
      closing,
      0,
      line('Pasal 4'),
      line('Kerahasiaan'),
      line('PARA PIHAK menjaga kerahasiaan data.'),
    );
    // Pasal 2 left out of the file (deleted with tracking off: no trace of it).
    const second = paragraphs.findIndex((p) => p.theirs === 'Pasal 2');
    const third = paragraphs.findIndex((p) => p.theirs === 'BAB II');
    paragraphs.splice(second, third - second);
    const result = mergeReply(body, body, paragraphs, author, TS);
    expect(result.conflicts).toEqual([]);
    expect(result.unsupported).toEqual([]);
    expect(result.applied.map((a) => [a.pasal, a.kind, a.tracked])).toEqual([
      [2, 'delete', false],
      [4, 'insert', true],
    ]);
    const live = result.body!;
    agreementSchema().nodeFromJSON(live).check();
    expect(JSON.stringify(rejectAll(live))).toBe(JSON.stringify(body));
    const after = acceptAll(live);
    expect(outlineOf(after).clauses.map((c) => c.heading)).toEqual([
      'Maksud dan Tujuan',
      'Pelaksanaan',
      'Kerahasiaan',
    ]);
    expect(listSuggestions(live).flatMap((s) => s.blocks.map((b) => [b.kind, b.type, s.party]))).toEqual([
      ['delete', 'clause', 'p2'],
      ['insert', 'clause', 'p2'],
    ]);
  });
});
