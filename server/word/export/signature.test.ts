import { describe, expect, it } from 'vitest';
import { buildAgreementDocx } from './agreement.ts';
import { paragraphs, readDocx, tables, textIn } from './docxXml.ts';
import { PARTIES, sampleInput } from './fixtures.ts';
import type { AgreementExportInput } from './types.ts';

const exportOf = async (over: Partial<AgreementExportInput> = {}) =>
  readDocx(await buildAgreementDocx(sampleInput(over)));
/** The signature block: the last table of the body. */
const signatures = (body: string) => tables(body).at(-1) ?? [];
const withOptions = (options: AgreementExportInput['options'], over: Partial<AgreementExportInput> = {}) =>
  exportOf({ ...over, options });

describe('signature block', () => {
  it('follows the last Pasal in the same section, the closing formula kept with it', async () => {
    const { sections, document } = await exportOf();
    expect(sections).toHaveLength(1);
    expect(document).not.toContain('<w:type w:val="nextPage"/>');
    const ps = paragraphs(sections[0]!.body);
    const closing = ps.findIndex((x) => x.text.startsWith('Demikian Nota Kesepakatan ini dibuat'));
    const lastPasal = ps.findIndex((x) => x.text.startsWith('Ketentuan sebagaimana dimaksud'));
    expect(closing).toBeGreaterThan(lastPasal);
    // Everything from the closing formula to the signatory's name keeps with the next paragraph.
    const name = ps.findIndex((x) => x.text === 'DADAN S. SUHARMAWIJAYA');
    for (const x of ps.slice(closing, name)) expect(x.xml).toContain('<w:keepNext/>');
    expect(ps[name]!.xml).toContain('<w:keepNext/>'); // its NIP line follows
    // Rows never split across pages.
    const block = sections[0]!.body.slice(sections[0]!.body.lastIndexOf('<w:tbl>'));
    expect(block.match(/<w:tr\b/g)?.length).toBe(block.match(/<w:cantSplit\/>/g)?.length);
  });

  it('puts the meterai under PIHAK KEDUA on the original PIHAK PERTAMA keeps, and the reverse', async () => {
    const forFirst = signatures((await withOptions({ original: 1 })).sections[0]!.body);
    expect(forFirst[1]).toEqual(['', 'Meterai Rp10.000']);
    const byDefault = signatures((await exportOf()).sections[0]!.body);
    expect(byDefault[1]).toEqual(['', 'Meterai Rp10.000']);
    const forSecond = signatures((await withOptions({ original: 2 })).sections[0]!.body);
    expect(forSecond[1]).toEqual(['Meterai Rp10.000', '']);
  });

  it('leaves only the space on a final copy: no box, no text', async () => {
    const { sections } = await exportOf({ status: 'final', options: { original: 2 } });
    const body = sections[0]!.body;
    const block = body.slice(body.lastIndexOf('<w:tbl>'));
    expect(textIn(block)).not.toMatch(/meterai/i);
    expect(block).not.toMatch(/<w:(top|left|bottom|right) w:val="single"/);
    // The space itself is there: the signing row is 3.5 cm high.
    expect(block).toContain('<w:trHeight w:val="1984" w:hRule="atLeast"/>');
  });

  it('prints no NIP line for a Wali Kota, the NIP of a civil servant, and names with their degrees', async () => {
    const meta = {
      ...sampleInput().meta,
      'signatoryName.p1': 'Dr. Abdul Rokhim, S.Sos., M.Si.',
      'signatoryNip.p1': '19700101 199001 1 001',
      'signatoryName.p2': 'H. Eri Cahyadi, S.T., M.T.',
      'signatoryPosition.p2': 'Wali Kota Bandung',
      'signatoryNip.p2': '19770527 200501 1 004',
    };
    for (const status of ['draft', 'final'] as const) {
      const rows = signatures((await exportOf({ meta, status })).sections[0]!.body);
      expect(rows[2]).toEqual([
        'Dr. ABDUL ROKHIM, S.Sos., M.Si.NIP. 19700101 199001 1 001',
        'H. ERI CAHYADI, S.T., M.T.',
      ]);
    }
  });

  it("signs for a party from its records when they name a signatory: a variant's OPD head under the surat kuasa", async () => {
    const meta = {
      ...sampleInput().meta,
      'signatoryName.p2': 'Nama Di Info',
      'signatoryPosition.p2': 'Wali Kota',
    };
    const parties = PARTIES.map((p) =>
      p.id === 'p2'
        ? {
            ...p,
            name: 'Dinas Sosial Kota Bandung',
            signatory: {
              name: 'Dra. Hj. Nurhayati, M.M.',
              position: 'Kepala Dinas Sosial Kota Bandung',
              nip: '197009081995032002',
              kuasaRef: 'Surat Kuasa Wali Kota Bandung Nomor 180/104/HK/2025',
            },
          }
        : p,
    );
    const rows = signatures((await exportOf({ meta, parties, status: 'final' })).sections[0]!.body);
    expect(rows[0]![1]).toBe(
      'PIHAK KEDUA,KEPALA DINAS SOSIAL KOTA BANDUNG,berdasarkan Surat Kuasa Wali Kota Bandung Nomor 180/104/HK/2025',
    );
    expect(rows[2]![1]).toBe('Dra. Hj. NURHAYATI, M.M.NIP. 197009081995032002');
    // PIHAK PERTAMA still signs from the Info fields, with no kuasa line.
    expect(rows[0]![0]).not.toContain('berdasarkan');
  });

  it('writes PIHAK KESATU in the signatures and the paraf boxes, and puts PIHAK PERTAMA on the right when asked', async () => {
    const { sections } = await withOptions({ partyWording: 'kesatu', firstSignsLeft: false });
    const rows = signatures(sections[0]!.body);
    expect(rows[0]![0]).toMatch(/^PIHAK KEDUA,/);
    expect(rows[0]![1]).toMatch(/^PIHAK KESATU,/);
    expect(rows[2]![1]).toMatch(/^DADAN S\. SUHARMAWIJAYA/);
    // The meterai stays under the party who hands the original over, wherever it stands.
    expect(rows[1]).toEqual(['Meterai Rp10.000', '']);
    expect(tables(sections[0]!.footer)[0]![0]).toEqual(['Paraf PIHAK KESATU', 'Paraf PIHAK KEDUA']);
    // The body keeps the words the parties wrote; what the export itself prints follows the setting.
    const block = sections[0]!.body.slice(sections[0]!.body.lastIndexOf('<w:tbl>'));
    expect(textIn(block)).not.toContain('PIHAK PERTAMA');
  });

  it('mirrors each pair of three parties, the third alone in its row', async () => {
    const parties = [...PARTIES, { id: 'p3', ordinal: 3, name: 'Dinas Kominfo', shortName: 'Kominfo' }];
    const rows = signatures((await withOptions({ firstSignsLeft: false }, { parties })).sections[0]!.body);
    expect(rows[0]![0]).toMatch(/^PIHAK KEDUA,/);
    expect(rows[4]![1]).toMatch(/^PIHAK KETIGA,/);
    // The original PIHAK PERTAMA keeps: PIHAK KEDUA and PIHAK KETIGA hand it over.
    expect(rows[1]).toEqual(['Meterai Rp10.000', '']);
    expect(rows[5]).toEqual(['', 'Meterai Rp10.000']);
  });
});
