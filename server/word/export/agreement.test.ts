import { describe, expect, it } from 'vitest';
import { agreementSchema } from '../../../shared/schema/index.ts';
import { buildAgreementDocx, documentHash } from './agreement.ts';
import { paragraphs, readDocx, tables, textIn } from './docxXml.ts';
import { anchored, ayat, bold, clause, doc, PARTIES, p, sampleBody, sampleInput } from './fixtures.ts';

/** A 1×1 transparent PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const exportOf = async (over = {}) => readDocx(await buildAgreementDocx(sampleInput(over)));
const texts = (xml: string) => paragraphs(xml).map((p) => p.text);

describe('buildAgreementDocx', () => {
  it('uses a body the shared schema accepts (the fixture is valid)', () => {
    expect(() => agreementSchema().nodeFromJSON(sampleBody()).check()).not.toThrow();
  });

  it('writes the title block with one NOMOR line per party', async () => {
    const { sections } = await exportOf();
    const lines = texts(sections[0]!.body);
    const start = lines.indexOf('NOTA KESEPAKATAN');
    expect(lines.slice(start, start + 9)).toEqual([
      'NOTA KESEPAKATAN',
      'ANTARA',
      'OMBUDSMAN REPUBLIK INDONESIA PERWAKILAN PROVINSI JAWA BARAT',
      'DAN',
      'PEMERINTAH KOTA BANDUNG',
      'TENTANG',
      'PENGAWASAN PENYELENGGARAAN PELAYANAN PUBLIK',
      'NOMOR : 001/ORI-JBR/III/2020',
      'NOMOR : ....................................',
    ]);
    const pks = await exportOf({ kind: 'pks' });
    expect(texts(pks.sections[0]!.body)).toContain('PERJANJIAN KERJA SAMA');
  });

  it('writes the opening date in words with the numeric date in brackets', async () => {
    const { document } = await exportOf();
    expect(textIn(document)).toContain(
      'Pada hari ini Selasa, tanggal sepuluh, bulan Maret, tahun dua ribu dua puluh (10-03-2020), bertempat di Bandung,',
    );
  });

  it('centres "Pasal N" in bold with its heading below, and "BAB I" with its title', async () => {
    const ps = paragraphs((await exportOf()).document);
    const at = ps.findIndex((x) => x.text === 'Pasal 1');
    expect(ps[at]).toMatchObject({ align: 'center', bold: true });
    expect(ps[at + 1]).toMatchObject({ text: 'Maksud dan Tujuan', align: 'center', bold: true });
    expect(ps[at + 1]!.xml).toContain('<w:caps/>');
    const bab = ps.findIndex((x) => x.text === 'BAB I');
    expect(ps[bab + 1]).toMatchObject({ text: 'Ketentuan Umum', align: 'center' });
    expect(ps.map((x) => x.text)).toEqual(expect.arrayContaining(['Pasal 2', 'Pasal 3', 'BAB II']));
  });

  it('numbers ayat with Word numbering "(%1)", one list instance per Pasal so each restarts', async () => {
    const { document, numbering } = await exportOf();
    const ps = paragraphs(document);
    const numOf = (start: string) => ps.find((x) => x.text.startsWith(start))?.numId;
    const pasal1 = numOf('Maksud Nota Kesepakatan');
    expect(numOf('Tujuan Nota Kesepakatan')).toBe(pasal1);
    const pasal3 = numOf('Pelaksanaan kegiatan');
    expect(pasal1).toBeTruthy();
    expect(pasal3).toBeTruthy();
    expect(pasal3).not.toBe(pasal1);
    // Each concrete list restarts at 1 and points at the "(%1)" definition.
    for (const id of [pasal1, pasal3]) {
      const num = new RegExp(`<w:num w:numId="${id}">([\\s\\S]*?)</w:num>`).exec(numbering)?.[1] ?? '';
      expect(num).toContain('<w:startOverride w:val="1"/>');
      const abstractId = /<w:abstractNumId w:val="(\d+)"/.exec(num)?.[1];
      const abstract = new RegExp(
        `<w:abstractNum [^>]*w:abstractNumId="${abstractId}"[\\s\\S]*?</w:abstractNum>`,
      ).exec(numbering)?.[0];
      expect(abstract).toContain('<w:lvlText w:val="(%1)"/>');
    }
    // The hanging indent: number at the margin, text 1.25 cm in.
    expect(ps.find((x) => x.text.startsWith('Maksud Nota'))?.xml).toMatch(
      /<w:ind w:left="709" w:hanging="709"\/>/,
    );
  });

  it('nests letter lists inside ayat, each list restarting at "a."', async () => {
    const { document, numbering } = await exportOf();
    const ps = paragraphs(document);
    const inAyat = ps.find((x) => x.text === 'meningkatkan kualitas pelayanan publik;');
    const inClause = ps.find((x) => x.text === 'pencegahan maladministrasi;');
    expect(inAyat?.numId).toBeTruthy();
    expect(inClause?.numId).toBeTruthy();
    expect(inAyat?.numId).not.toBe(inClause?.numId);
    // Inside an ayat the letters hang under the ayat text (709) plus their own column (454).
    expect(inAyat?.xml).toMatch(/<w:ind w:left="1163" w:hanging="454"\/>/);
    expect(inClause?.xml).toMatch(/<w:ind w:left="454" w:hanging="454"\/>/);
    expect(numbering).toContain('<w:numFmt w:val="lowerLetter"/>');
    expect(numbering).toContain('<w:lvlText w:val="%1."/>');
    const ayatIds = new Set(ps.filter((x) => x.numId).map((x) => x.numId));
    // 2 ayat lists + 3 letter lists (komparisi, Pasal 1 ayat 2, Pasal 2) + 1 bullet list.
    expect(ayatIds.size).toBe(6);
  });

  it('writes cross-references with their current numbers and keeps marks', async () => {
    const { document } = await exportOf();
    const ps = paragraphs(document);
    expect(ps.map((x) => x.text)).toContain(
      'Pelaksanaan kegiatan sebagaimana dimaksud dalam Pasal 2 dilaksanakan oleh penghubung.',
    );
    const ref = ps.find((x) => x.text.startsWith('Ketentuan sebagaimana'));
    expect(ref?.text).toContain('dimaksud dalam Pasal 1 ayat (2) berlaku sejak');
    expect(ref?.xml).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">sejak/);
    expect(document).toMatch(/<w:i\/>(?:<w:iCs\/>)?<\/w:rPr><w:t xml:space="preserve">penghubung/);
  });

  it('prints text under discussion anchors without any trace of the anchor', async () => {
    const body = doc(clause({ id: 'x' }, 'Satu', ayat(p('awal ', anchored('dibahas', 'pt1'), ' akhir'))));
    const { document } = await readDocx(await buildAgreementDocx(sampleInput({ body })));
    expect(textIn(document)).toContain('awal dibahas akhir');
    expect(document).not.toContain('pt1');
  });

  it('lays out three or more parties in rows of two', async () => {
    const parties = [
      ...PARTIES,
      { id: 'p3', ordinal: 3, name: 'Dinas Komunikasi dan Informatika', shortName: 'Diskominfo' },
    ];
    const { sections } = await exportOf({ parties });
    const lines = texts(sections[0]!.body);
    expect(lines.slice(lines.indexOf('ANTARA'), lines.indexOf('TENTANG'))).toEqual([
      'ANTARA',
      'OMBUDSMAN REPUBLIK INDONESIA PERWAKILAN PROVINSI JAWA BARAT',
      'PEMERINTAH KOTA BANDUNG',
      'DAN',
      'DINAS KOMUNIKASI DAN INFORMATIKA',
    ]);
    expect(lines.filter((l) => l.startsWith('NOMOR :'))).toHaveLength(3);
    const rows = tables(sections[0]!.body).at(-1) ?? [];
    expect(rows.map((r) => r.length)).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(rows[4]![0]).toMatch(/^PIHAK KETIGA,/);
    expect(tables(sections[0]!.footer)[0]![0]).toEqual([
      'Paraf PIHAK PERTAMA',
      'Paraf PIHAK KEDUA',
      'Paraf PIHAK KETIGA',
    ]);
  });

  it('puts paraf boxes and "Halaman X dari Y" in every footer, the annex starting a new page', async () => {
    const liaisons = [
      {
        partyId: 'p2',
        unit: 'Bagian Organisasi',
        name: 'Rina',
        position: 'Kabag',
        phone: '0812',
        email: 'r@x.id',
      },
    ];
    const { sections } = await exportOf({ liaisons });
    expect(sections).toHaveLength(2);
    const paraf = sections.map((s) => tables(s.footer)[0]?.[0] ?? null);
    expect(paraf).toEqual([
      ['Paraf PIHAK PERTAMA', 'Paraf PIHAK KEDUA'],
      ['Paraf PIHAK PERTAMA', 'Paraf PIHAK KEDUA'],
    ]);
    for (const s of sections) {
      expect(s.footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(s.footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
      expect(textIn(s.footer)).toContain('Halaman');
      expect(textIn(s.footer)).toContain('dari');
    }
    expect(sections[1]!.properties).toContain('<w:type w:val="nextPage"/>');
    expect(texts(sections[1]!.body)).toEqual(expect.arrayContaining(['LAMPIRAN', 'DAFTAR PENGHUBUNG']));
  });

  it('marks a draft "DRAF" on every page, with a watermark, and no version stamp', async () => {
    const { sections } = await exportOf({ options: { exportedAt: new Date(2020, 2, 9) } });
    for (const s of sections) {
      expect(textIn(s.header)).toBe('DRAF — 9 Maret 2020');
      expect(s.header).toMatch(/<v:textpath [^>]*string="DRAF"/);
      expect(textIn(s.footer)).not.toContain('Versi');
    }
  });

  it('stamps a final document with its version and short hash instead', async () => {
    const hash = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
    const { sections } = await exportOf({ status: 'final', version: 3, hash });
    for (const s of sections) {
      expect(textIn(s.header)).not.toContain('DRAF');
      expect(s.header).not.toContain('textpath');
      expect(textIn(s.footer)).toContain('Versi 3 · #a1b2c3d4');
    }
    const body = sampleBody();
    const computed = await exportOf({ status: 'signed', body });
    // Without a known version the footer carries the hash alone.
    expect(textIn(computed.sections[0]!.footer)).toMatch(
      new RegExp(`dari #${documentHash(body).slice(0, 8)}$`),
    );
  });

  it('prints the approval fingerprint and version on every page of a final document, never on a draft', async () => {
    const over = { version: 42, hash: 'a1b2c3d4e5f6', fingerprint: 'A1B2-C3D4-E5F6-0718' };
    const liaisons = [{ partyId: 'p2', unit: '', name: 'Rina', position: 'Kabag', phone: '', email: '' }];
    const final = await exportOf({ ...over, status: 'final', liaisons });
    expect(final.sections.length).toBeGreaterThan(1);
    for (const s of final.sections) {
      expect(textIn(s.footer)).toContain('Versi 42 · Sidik persetujuan A1B2-C3D4-E5F6-0718');
      expect(textIn(s.footer)).not.toContain('#a1b2');
    }
    const draft = await exportOf(over);
    for (const s of draft.sections) expect(textIn(s.footer)).not.toContain('A1B2');
  });

  it('leaves out an empty NIP on a final copy but keeps dots on a draft', async () => {
    const final = await exportOf({ status: 'final' });
    expect(textIn(final.sections[0]!.body)).not.toContain('NIP.');
    const draft = await exportOf();
    expect(textIn(draft.sections[0]!.body)).toContain('NIP. ...');
  });

  it('sets F4 or A4 paper, the margins, the font and 1.5 spacing', async () => {
    const f4 = await exportOf();
    expect(f4.sections[0]!.properties).toContain('<w:pgSz w:w="12189" w:h="18709" w:orient="portrait"/>');
    expect(f4.sections[0]!.properties).toMatch(
      /<w:pgMar w:top="1134" w:right="1134" w:bottom="1417" w:left="1701"/,
    );
    expect(f4.styles).toContain('w:ascii="Bookman Old Style"');
    expect(f4.styles).toMatch(/<w:sz w:val="24"\/>/);
    expect(f4.styles).toMatch(/<w:spacing [^>]*w:line="360"/);
    const a4 = await exportOf({ options: { paper: 'a4', font: 'arial', margins: { left: 2.5 } } });
    expect(a4.sections[0]!.properties).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(a4.sections[0]!.properties).toMatch(/w:left="1417"/);
    expect(a4.styles).toContain('w:ascii="Arial"');
  });

  it('prints party logos when given', async () => {
    const parties = PARTIES.map((p) => ({ ...p, logo: PNG, logoMime: 'image/png' }));
    const { files, sections } = await exportOf({ parties });
    // The same picture is stored once and drawn twice.
    expect(files.filter((f) => f.startsWith('word/media/'))).toHaveLength(1);
    expect(sections[0]!.body.match(/<w:drawing>/g)).toHaveLength(2);
    expect(sections[0]!.body.indexOf('<w:drawing>')).toBeLessThan(
      sections[0]!.body.indexOf('NOTA KESEPAKATAN'),
    );
    // Each on a line of its own height (LibreOffice cut a logo to one line of text without the
    // rule), numbered within the file, so the same input always gives the same file.
    const logoLines = sections[0]!.body.match(/<w:p>(?:(?!<\/w:p>).)*<w:drawing>/g) ?? [];
    expect(logoLines).toHaveLength(2);
    for (const line of logoLines) expect(line).toContain('w:lineRule="auto"');
    expect([...sections[0]!.body.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2']);
    expect((await exportOf({ parties })).document).toBe((await exportOf({ parties })).document);
  });

  it('hangs paragraphs that start with a typed marker like list items', async () => {
    const body = doc(
      p('1. ', bold('DADAN'), ', Kepala Perwakilan'),
      p('(2) ayat diketik'),
      p('Biasa 1. saja'),
    );
    const ps = paragraphs((await readDocx(await buildAgreementDocx(sampleInput({ body })))).document);
    const first = ps.find((x) => x.text.startsWith('1.'));
    expect(first?.text).toBe('1.\tDADAN, Kepala Perwakilan');
    expect(first?.xml).toMatch(/<w:ind w:left="454" w:hanging="454"\/>/);
    expect(ps.find((x) => x.text.startsWith('(2)'))?.xml).toMatch(/<w:ind w:left="709" w:hanging="709"\/>/);
    expect(ps.find((x) => x.text.startsWith('Biasa'))?.xml).not.toContain('w:hanging');
  });

  it('writes a document without closing, chapters or ayat', async () => {
    const body = doc(p('Hanya satu paragraf.'));
    const { sections } = await readDocx(await buildAgreementDocx(sampleInput({ body })));
    expect(texts(sections[0]!.body)).toContain('Hanya satu paragraf.');
    expect(tables(sections[0]!.body)).toHaveLength(1);
  });
});
