import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { agreementSchema } from '../../../shared/schema/index.ts';
import { buildAgreementDocx } from './agreement.ts';
import { paragraphs, readDocx, textIn } from './docxXml.ts';
import { sampleBody, sampleInput } from './fixtures.ts';
import { ANISA_AUTHOR, AUTHORS, BUDI_AUTHOR, suggestedBody } from './suggestionFixtures.ts';
import type { AgreementExportInput } from './types.ts';

/** The export of the draft with suggestions, parsed back: the body and the settings. */
async function exportOf(over: Partial<AgreementExportInput> = {}) {
  const file = await buildAgreementDocx(
    sampleInput({ body: suggestedBody(), suggestionAuthors: AUTHORS, ...over }),
  );
  const settings = (await (await JSZip.loadAsync(file)).file('word/settings.xml')?.async('string')) ?? '';
  return { document: (await readDocx(file)).document, settings };
}

/** Every revision element's kind, id, author and date, in order. */
const revisions = (xml: string) =>
  [...xml.matchAll(/<w:(ins|del|rPrChange) w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)"/g)].map((m) => ({
    kind: m[1],
    id: Number(m[2]),
    author: m[3],
    date: m[4],
  }));

/** The text of the w:ins (or w:del, with its w:delText) elements holding `text`, and their authors. */
function changes(xml: string, kind: 'ins' | 'del') {
  return [
    ...xml.matchAll(new RegExp(`<w:${kind} [^>]*w:author="([^"]+)"[^>]*>([\\s\\S]*?)</w:${kind}>`, 'g')),
  ].map((m) => ({
    author: m[1],
    text: [...(m[2] ?? '').matchAll(/<w:(?:t|delText)(?:\s[^>]*)?>([^<]*)</g)].map((t) => t[1]).join(''),
  }));
}

describe('the export of a draft with pending suggestions', () => {
  it('starts from a draft the schema accepts', () => {
    expect(() => agreementSchema().nodeFromJSON(suggestedBody()).check()).not.toThrow();
  });

  it('prints insertions and deletions as w:ins and w:del by "Name (Party)", dated by their stamp', async () => {
    const { document } = await exportOf();
    const ins = changes(document, 'ins');
    const del = changes(document, 'del');
    expect(ins).toContainEqual({ author: ANISA_AUTHOR, text: 'acuan' });
    expect(del).toContainEqual({ author: ANISA_AUTHOR, text: 'pedoman' });
    expect(ins).toContainEqual({ author: ANISA_AUTHOR, text: ' kegiatan berikut' });
    expect(document).toMatch(
      /<w:del w:id="\d+" w:author="Anisa Rahma \(Ombudsman Jabar\)" w:date="2026-12-05T06:00:00Z"><w:r><w:delText xml:space="preserve">pedoman<\/w:delText>/,
    );
    // Budi's deletion of Anisa's insertion is a w:del inside her w:ins: gone either way.
    expect(document).toMatch(
      /<w:ins [^>]*w:author="Anisa Rahma \(Ombudsman Jabar\)"[^>]*><w:del [^>]*w:author="Budi Santoso \(Pemkot Bandung\)" w:date="2026-12-05T07:30:15Z"><w:r><w:delText xml:space="preserve">bersama <\/w:delText>/,
    );
    const dates = new Set(revisions(document).map((r) => `${r.author} ${r.date}`));
    expect(dates).toEqual(
      new Set([`${ANISA_AUTHOR} 2026-12-05T06:00:00Z`, `${BUDI_AUTHOR} 2026-12-05T07:30:15Z`]),
    );
  });

  it('inserts or deletes every run and paragraph mark of a whole block', async () => {
    const ps = paragraphs((await exportOf()).document);
    const at = (text: string) => ps.find((x) => textIn(x.xml.replace(/w:delText/g, 'w:t')).includes(text));
    const added = ['Pasal 2', 'Koordinasi', 'PARA PIHAK mengadakan rapat', 'PARA PIHAK melaporkan'];
    for (const text of added) {
      const p = at(text);
      expect(p?.xml, text).toMatch(/<w:pPr>.*<w:rPr><w:ins [^>]*w:author="[^"]+\(/);
      expect(p?.xml.replace(/<w:ins\b[\s\S]*?<\/w:ins>/g, ''), text).not.toMatch(/<w:t\b/);
    }
    for (const text of ['Pertukaran Data', 'PARA PIHAK saling bertukar']) {
      const p = at(text);
      expect(p?.xml, text).toMatch(/<w:rPr><w:del [^>]*w:author="Budi Santoso \(Pemkot Bandung\)"/);
      expect(p?.xml, text).not.toMatch(/<w:t\b/);
    }
  });

  it('tracks a split and a join on the paragraph mark of the block before', async () => {
    const ps = paragraphs((await exportOf()).document);
    const mark = (text: string) =>
      /<w:pPr>.*?<w:rPr><w:(ins|del) [^>]*w:author="([^"]+)"/.exec(
        ps.find((x) => x.text.startsWith(text))?.xml ?? '',
      );
    expect(mark('Tujuan Nota Kesepakatan')?.slice(1)).toEqual(['ins', BUDI_AUTHOR]);
    expect(mark('dan mencegah maladministrasi')).toBeNull();
    expect(mark('Laporan disusun bersama')?.slice(1)).toEqual(['del', ANISA_AUTHOR]);
    expect(mark(' oleh PARA PIHAK')).toBeNull();
  });

  it('prints a format change as w:rPrChange holding the formatting before', async () => {
    const { document } = await exportOf();
    const run = /<w:r><w:rPr>((?:(?!<\/w:r>).)*)<\/w:rPr><w:t xml:space="preserve">penghubung<\/w:t><\/w:r>/g;
    const changed = [...document.matchAll(run)].map((m) => m[1]).find((rPr) => rPr?.includes('rPrChange'));
    expect(changed).toMatch(/^<w:b\/><w:bCs\/><w:rPrChange [^>]*w:author="Budi Santoso \(Pemkot Bandung\)"/);
    expect(changed).toMatch(/<w:rPrChange [^>]*><w:rPr>(?:(?!<\/w:rPr>).)*<w:i\/>/);
    expect(changed).not.toMatch(/<w:rPrChange [^>]*><w:rPr><w:b\/>/);
  });

  it('numbers every Pasal as accepted, and a Pasal proposed for deletion as it was', async () => {
    const ps = paragraphs((await exportOf()).document).map((x) => textIn(x.xml.replace(/w:delText/g, 'w:t')));
    const pasal = ps.filter((t) => /^Pasal \d+$/.test(t));
    // Maksud 1, Koordinasi (proposed) 2, Ruang Lingkup 3, Pertukaran Data (proposed for deletion) 3 as before, Pelaksanaan 4.
    expect(pasal).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3', 'Pasal 3', 'Pasal 4']);
    expect(ps).toContain(
      'Pelaksanaan kegiatan sebagaimana dimaksud dalam Pasal 3 dilaksanakan oleh penghubung.',
    );
  });

  it('gives every revision of the file its own id, and opens with Track Changes on', async () => {
    const { document, settings } = await exportOf();
    const ids = revisions(document).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(15);
    expect(new Set(ids).size).toBe(ids.length);
    expect(settings).toMatch(/<w:trackRevisions\/>/);
  });

  it('prints the clean copies with every suggestion accepted or rejected, and no tracked change', async () => {
    const accepted = await exportOf({ suggestions: 'accepted' });
    const rejected = await exportOf({ suggestions: 'rejected' });
    for (const { document, settings } of [accepted, rejected]) {
      expect(document).not.toMatch(/<w:(ins|del|rPrChange)\b/);
      expect(settings).not.toMatch(/trackRevisions/);
    }
    const text = (xml: string) => paragraphs(xml).map((x) => x.text);
    expect(text(accepted.document)).toEqual(
      expect.arrayContaining([
        'Maksud Nota Kesepakatan ini adalah sebagai acuan bagi PARA PIHAK.',
        'Kegiatan dilaksanakan oleh penghubung.',
        'Laporan disusun bersama oleh PARA PIHAK setiap semester.',
        'Koordinasi',
      ]),
    );
    expect(text(accepted.document)).not.toContain('Pertukaran Data');
    expect(text(rejected.document)).toEqual(
      expect.arrayContaining([
        'Maksud Nota Kesepakatan ini adalah sebagai pedoman bagi PARA PIHAK.',
        'Tujuan Nota Kesepakatan ini adalah meningkatkan kualitas pelayanan publik dan mencegah maladministrasi.',
        'Kegiatan dilaksanakan oleh penghubung.',
        'Pertukaran Data',
      ]),
    );
    expect(text(rejected.document)).not.toContain('Koordinasi');
  });

  it('leaves a draft without suggestions as it was: no tracked change, Track Changes off', async () => {
    const { document, settings } = await exportOf({ body: sampleBody() });
    expect(document).not.toMatch(/<w:(ins|del|rPrChange)\b/);
    expect(settings).not.toMatch(/trackRevisions/);
  });
});
