import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { instantiateTemplate } from '../../../templates/index.ts';
import { missing } from '../../../tests/support/tools.ts';
import { renderedPages } from '../pdfText.ts';
import { buildAgreementDocx } from './agreement.ts';
import { scopeActivities, sizeToFit } from './annexTables.ts';
import { readDocx, tables, textIn } from './docxXml.ts';
import { PARTIES, sampleInput } from './fixtures.ts';
import type { AgreementExportInput, ExportLiaison } from './types.ts';

const LIAISONS: ExportLiaison[] = [
  {
    partyId: 'p2',
    unit: 'Bagian Organisasi Sekretariat Daerah',
    name: 'Budi Santoso',
    position: 'Kepala Bagian Organisasi',
    phone: '022-4234567',
    email: 'bagian.organisasi.sekretariat.daerah@bandung.go.id',
  },
  {
    partyId: 'p1',
    unit: 'Keasistenan Pencegahan',
    name: 'Rina Kartika',
    position: 'Asisten Ombudsman',
    phone: '0812-3456-7890',
    email: 'rina.kartika@ombudsman.go.id',
  },
];

/** A PKS made from the template, with both numbers and the date filled in. */
function pksInput(over: Partial<AgreementExportInput> = {}): AgreementExportInput {
  const { body, meta } = instantiateTemplate('pks', {
    parties: PARTIES,
    subject: 'Percepatan Penyelesaian Laporan Masyarakat',
    date: '2026-03-10',
    place: 'Bandung',
  });
  meta['number.p1'] = '001/ORI-JBR/III/2026';
  meta['number.p2'] = '180/123-Huk/2026';
  return sampleInput({ kind: 'pks', body, meta, liaisons: LIAISONS, ...over });
}

describe('annexes', () => {
  it('gives the PKS the work-plan annex its Pasal on implementation cites, and the liaisons', async () => {
    const { sections } = await readDocx(await buildAgreementDocx(pksInput()));
    expect(sections).toHaveLength(3);
    const [, plan, liaisons] = sections;
    expect(textIn(plan!.body)).toContain('LAMPIRAN I');
    expect(textIn(plan!.body)).toContain('RENCANA KERJA');
    expect(textIn(liaisons!.body)).toContain('LAMPIRAN II');
    expect(textIn(liaisons!.body)).toContain('DAFTAR PENGHUBUNG');
    for (const s of [plan, liaisons]) expect(s!.properties).toContain('<w:type w:val="nextPage"/>');
  });

  it('heads each annex with the agreement, the parties in full, both numbers and the date', async () => {
    const { sections } = await readDocx(await buildAgreementDocx(pksInput()));
    const header = tables(sections[1]!.body)[0]![0]![1];
    expect(header).toContain(
      'PERJANJIAN KERJA SAMA ANTARA OMBUDSMAN REPUBLIK INDONESIA PERWAKILAN PROVINSI JAWA BARAT DAN PEMERINTAH KOTA BANDUNG',
    );
    expect(header).toContain('NOMOR: 001/ORI-JBR/III/2026');
    expect(header).toContain('NOMOR: 180/123-Huk/2026');
    expect(header).toContain('TANGGAL: 10 Maret 2026');
    expect(header).toContain('TENTANG: PERCEPATAN PENYELESAIAN LAPORAN MASYARAKAT');
  });

  it('lists the scope of the agreement as the work plan activities, the rest for the parties to fill', async () => {
    const input = pksInput();
    const activities = scopeActivities(input.body);
    expect(activities[0]).toMatch(/^Koordinasi penyelesaian laporan masyarakat/);
    expect(activities.at(-1)).toBe('Pertukaran data dan informasi');
    const { sections } = await readDocx(await buildAgreementDocx(input));
    const plan = tables(sections[1]!.body).find((t) => t[0]![1] === 'Kegiatan') ?? [];
    expect(plan[0]).toEqual([
      'No.',
      'Kegiatan',
      'Penanggung Jawab (PIC/OPD)',
      'Jadwal',
      'Indikator Keberhasilan',
    ]);
    expect(plan.slice(1).map((r) => r[1])).toEqual(activities);
    expect(plan[1]!.slice(2)).toEqual(['', '', '']);
  });

  it('lists liaisons in party order with the full party name, and the signatures without meterai', async () => {
    const { sections } = await readDocx(await buildAgreementDocx(pksInput({ options: { original: 2 } })));
    const body = sections[2]!.body;
    const list = tables(body).find((t) => t[0]![0] === 'No.') ?? [];
    expect(list[1]![1]).toBe(
      'Ombudsman Republik Indonesia Perwakilan Provinsi Jawa BaratKeasistenan Pencegahan',
    );
    expect(list[2]![2]).toBe('Budi SantosoKepala Bagian Organisasi');
    expect(list[2]![3]).toBe('022-4234567bagian.organisasi.sekretariat.daerah@bandung.go.id');
    const signatures = tables(body).at(-1) ?? [];
    expect(signatures[0]![0]).toMatch(/^PIHAK PERTAMA,/);
    expect(textIn(body)).not.toContain('Meterai');
  });

  it('gives an MoU without annex mentions no annex, and a blank liaison table when the text cites one', async () => {
    expect((await readDocx(await buildAgreementDocx(sampleInput()))).sections).toHaveLength(1);
    const { sections } = await readDocx(await buildAgreementDocx(pksInput({ liaisons: [] })));
    const list = tables(sections[2]!.body).find((t) => t[0]![0] === 'No.') ?? [];
    expect(list.slice(1).map((r) => r[1])).toEqual(PARTIES.map((p) => p.name));
  });

  it('sets a long e-mail address small enough for its column', () => {
    expect(sizeToFit('r@x.id', 3600)).toBe(18);
    expect(sizeToFit('bagian.organisasi.sekretariat.daerah@bandung.go.id', 3600)).toBeLessThan(18);
  });
});

describe.skipIf(missing('soffice', 'pdftotext'))('annex rendered by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sepakat-annex-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints every e-mail address whole on one line, and the work plan page after the signatures', async () => {
    const pages = renderedPages(await buildAgreementDocx(pksInput()), dir, 'pks');
    const lines = pages.join('\n').split('\n');
    for (const l of LIAISONS) expect(lines.some((line) => line.includes(l.email))).toBe(true);
    const plan = pages.findIndex((p) => p.includes('RENCANA KERJA') && p.includes('LAMPIRAN I'));
    const signed = pages.findIndex((p) => p.includes('Demikian Perjanjian Kerja Sama'));
    expect(signed).toBeGreaterThan(0);
    expect(pages[signed]).toContain('PIHAK KEDUA,');
    expect(plan).toBe(signed + 1);
  }, 90_000);
});
