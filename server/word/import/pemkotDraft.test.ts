import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../shared/clauses.ts';
import { agreementSchema } from '../../../shared/schema/index.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { OMBUDSMAN, PEMKOT, pemkotDraft } from '../../../tests/fixtures/docx/pemkotDraft.ts';
import { buildAgreementDocx } from '../export/agreement.ts';
import { sampleInput } from '../export/fixtures.ts';
import { importAgreementDocx } from './agreement.ts';

/** A city's PKS draft as it comes: logo, PIHAK KESATU, Word numbering, signature table, LAMPIRAN. */
describe('importing a Pemkot draft', async () => {
  const { body, report } = await importAgreementDocx(await pemkotDraft());
  const json = JSON.stringify(body);

  it('recognises the title block under the logo: a PKS, its title not copied into the body', () => {
    expect(() => agreementSchema().nodeFromJSON(body).check()).not.toThrow();
    expect(report.detected).toMatchObject({
      kind: 'pks',
      title: 'PERJANJIAN KERJA SAMA',
      subject: 'PENINGKATAN KEPATUHAN STANDAR PELAYANAN PUBLIK',
      numbers: [PEMKOT.number, OMBUDSMAN.number],
      wording: 'kesatu',
      date: '2024-05-15',
      place: 'Semarang',
    });
    const preamble = JSON.stringify(body.content?.[0]);
    expect(preamble).not.toContain('PERJANJIAN KERJA SAMA');
    expect(preamble).not.toContain('TENTANG');
    expect(json).not.toContain('NOMOR :');
    expect(report.warningIds).toContain('import.images_skipped');
    expect(body.content?.[0]?.type).toBe(NODE.preamble);
  });

  it('reads automatic numbering set on the paragraphs and through the paragraph style', () => {
    expect(outlineOf(body).clauses.map((c) => [c.number, c.heading, c.ayat.length])).toEqual([
      [1, 'RUANG LINGKUP', 2],
      [2, 'PELAKSANAAN', 3],
    ]);
    expect(json).not.toMatch(/"text":"\(\d\)/);
  });

  it('links "ayat (1)" in its own Pasal and "Pasal 1 ayat (2)"', () => {
    expect(report.linked).toEqual([
      { text: 'ayat (1)', inPasal: 2 },
      { text: 'Pasal 1 ayat (2)', inPasal: 2 },
    ]);
  });

  it("takes each party from the komparisi and the signature table, under the draft's own labels", () => {
    expect(report.draftParties).toEqual([
      {
        ordinal: 1,
        label: 'PIHAK KESATU',
        institution: PEMKOT.name,
        number: PEMKOT.number,
        signatory: { name: PEMKOT.signatory, position: PEMKOT.position },
      },
      {
        ordinal: 2,
        label: 'PIHAK KEDUA',
        institution: OMBUDSMAN.name,
        number: OMBUDSMAN.number,
        signatory: { name: OMBUDSMAN.signatory, position: OMBUDSMAN.position, nip: OMBUDSMAN.nip },
      },
    ]);
    // The signature table is recognised and left out; Sepakat prints it from the metadata.
    expect(json).not.toContain('NIP.');
    expect(json).not.toContain('Meterai');
  });

  it('makes the LAMPIRAN an annex of its own after the closing; lists the page header', () => {
    expect(report.annexes).toEqual([
      {
        title:
          'LAMPIRAN — PERJANJIAN KERJA SAMA ANTARA PEMERINTAH KOTA SEMARANG DAN OMBUDSMAN RI — RENCANA KERJA',
        blocks: 4,
        placed: 'annex',
      },
    ]);
    // After the closing, as an annex of its own; the closing keeps only its formula.
    expect(body.content?.map((n) => n.type)).toEqual([
      NODE.preamble,
      NODE.clause,
      NODE.clause,
      NODE.closing,
      NODE.annex,
    ]);
    const closing = body.content?.find((n) => n.type === NODE.closing);
    expect(closing?.content).toHaveLength(1);
    expect(JSON.stringify(closing)).toContain('Demikian Perjanjian Kerja Sama ini');
    expect(JSON.stringify(body.content?.[4])).toContain('RENCANA KERJA');
    expect(report.warningIds).not.toContain('import.annex_kept');
    expect(report.dropped).toEqual([{ where: 'header', text: 'Draf Bagian Hukum Setda Kota Semarang' }]);
    expect(report.unplaced).toEqual([]);
  });
});

describe('exporting an imported Pemkot draft', () => {
  it('prints its own LAMPIRAN after the signatures, on a page of its own, and no generated one beside it', async () => {
    const { body } = await importAgreementDocx(await pemkotDraft());
    const input = sampleInput({ kind: 'pks', body });
    const xml = await (await JSZip.loadAsync(await buildAgreementDocx(input)))
      .file('word/document.xml')
      ?.async('string');
    const text = xml ?? '';
    const closing = text.indexOf('Demikian Perjanjian Kerja Sama ini');
    const signatory = text.indexOf(input.meta['signatoryName.p2']!.toUpperCase());
    const annex = text.indexOf('RENCANA KERJA');
    expect(closing).toBeGreaterThan(0);
    expect(signatory).toBeGreaterThan(closing);
    expect(annex).toBeGreaterThan(signatory);
    // A section ends between the signatures and the annex: the annex starts a page.
    expect(text.slice(signatory, annex)).toContain('<w:sectPr');
    expect(text.match(/RENCANA KERJA/g)).toHaveLength(1);
  });
});
