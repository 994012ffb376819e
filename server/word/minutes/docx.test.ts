import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import type { MinutesDTO } from '../../../shared/api/meetings.ts';
import { missing } from '../../../tests/support/tools.ts';
import { truePng } from '../export/imageFixtures.ts';
import { renderedPages } from '../pdfText.ts';
import { buildMinutesDocx } from './docx.ts';
import { letterheadFor } from './letterhead.ts';

/** Minutes as the builder receives them, written like a real meeting's. */
function sampleMinutes(overrides: Partial<MinutesDTO> = {}): MinutesDTO {
  const point = (text: string, clause: string | null, stateLabel = 'Disepakati') => ({
    id: text.slice(0, 8),
    text,
    raisedBy: 'Kepala Perwakilan (Ombudsman RI Perwakilan Jambi)',
    clause,
    quote: '',
    replies: [{ by: 'Kabag Organisasi (Pemkot Jambi)', text: 'Setuju.' }],
    stateLabel,
    decision: `Keputusan tentang ${text.toLowerCase()}`,
  });
  return {
    meetingId: 'm1',
    state: 'closed',
    title: 'Rapat Pembahasan Nota Kesepakatan',
    kindLabel: 'Rapat Pembahasan',
    dayDate: 'Selasa, 10 Maret 2020',
    time: '09.00–12.00 WIB',
    place: 'Ruang Rapat Bagian Organisasi Setda Kota Jambi',
    onlineLink: '',
    agenda: ['Pembahasan Nota Kesepakatan', 'Tindak lanjut'],
    chair: {
      name: 'Asisten Pemerintahan',
      position: 'Asisten Pemerintahan Setda Kota Jambi',
      nip: '19700101 199001 1 001',
    },
    minuteTaker: { name: 'Analis Kerja Sama', position: 'Bagian Kerja Sama Setda', nip: '' },
    attendees: [
      {
        name: 'Kepala Perwakilan',
        position: 'Kepala Perwakilan',
        institution: 'Ombudsman RI Perwakilan Jambi',
        present: true,
      },
      {
        name: 'Kepala Bagian Hukum',
        position: 'Kepala Bagian',
        institution: 'Bagian Hukum Setda',
        present: false,
      },
    ],
    absentParties: [],
    opening: 'Rapat dibuka pukul 09.00 WIB oleh Asisten Pemerintahan.',
    discussion: [
      {
        agendaItem: 'Pembahasan Nota Kesepakatan',
        points: [point('Ruang lingkup pelayanan publik', 'Nota Kesepakatan, Pasal 2 — RUANG LINGKUP')],
      },
      { agendaItem: 'Tindak lanjut', points: [] },
    ],
    decisions: [
      {
        text: 'Ruang lingkup memuat pelayanan publik.',
        clause: 'Nota Kesepakatan, Pasal 2 — RUANG LINGKUP',
        stateLabel: 'Disepakati',
      },
    ],
    openItems: [{ text: 'Jangka waktu tanggapan', clause: null }],
    actions: [
      {
        text: 'Menghimpun daftar penghubung OPD',
        personInCharge: 'Kabag Kerja Sama, Pemkot Jambi',
        dueDate: '24 Maret 2020',
        stateLabel: 'Selesai',
      },
    ],
    nextMeeting: 'Rapat Tindak Lanjut, Selasa, 31 Maret 2020.',
    closing: 'Rapat ditutup pukul 12.00 WIB.',
    placeDate: 'Jambi, 10 Maret 2020',
    reopenings: [],
    parties: [
      {
        id: 'pa',
        name: 'Ombudsman Republik Indonesia',
        shortName: 'ORI',
        seat: 'Kota Jambi, Provinsi Jambi',
      },
      { id: 'pb', name: 'Pemerintah Kota Jambi', shortName: 'Pemkot Jambi', seat: 'Kota Jambi' },
    ],
    cooperationTitle: 'Kerja Sama Pelayanan Publik',
    record: { version: 1, closedAt: '2020-03-10T05:00:00.000Z', closedBy: 'Kepala Perwakilan' },
    ...overrides,
  };
}

async function documentXml(minutes: MinutesDTO): Promise<{ xml: string; zip: JSZip }> {
  const zip = await JSZip.loadAsync(await buildMinutesDocx(minutes));
  return { xml: await zip.file('word/document.xml')!.async('string'), zip };
}

/** The visible text of WordprocessingML: the runs' text joined. */
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('buildMinutesDocx', () => {
  it('writes head, attendance, discussion with clauses, decisions, follow-ups, next meeting and signatures', async () => {
    const { xml } = await documentXml(sampleMinutes());
    const text = textOf(xml);
    for (const expected of [
      'NOTULA RAPAT',
      'RAPAT PEMBAHASAN NOTA KESEPAKATAN',
      'Selasa, 10 Maret 2020',
      '09.00–12.00 WIB',
      'Ruang Rapat Bagian Organisasi Setda Kota Jambi',
      '1. Pembahasan Nota Kesepakatan',
      'PESERTA RAPAT',
      'Tidak hadir',
      'JALANNYA PEMBAHASAN',
      'Nota Kesepakatan, Pasal 2 — RUANG LINGKUP',
      'Tanggapan Kabag Organisasi (Pemkot Jambi): ',
      'Tidak ada poin pembahasan yang dicatat.',
      'KEPUTUSAN DAN KESIMPULAN',
      '[Disepakati]',
      'Jangka waktu tanggapan',
      'TINDAK LANJUT',
      'Menghimpun daftar penghubung OPD',
      '24 Maret 2020',
      'RAPAT BERIKUTNYA',
      'Rapat ditutup pukul 12.00 WIB.',
      'Pimpinan Rapat,',
      'Notulis,',
      'NIP. 19700101 199001 1 001',
    ]) {
      expect(text).toContain(expected);
    }
    // The minute-taker has no NIP yet: a line of dots to fill in by hand.
    expect(text).toMatch(/NIP\. \.{10,}/);
  });

  it('marks the minutes of a meeting not closed yet as a draft on every page', async () => {
    const open = await documentXml(sampleMinutes({ state: 'open' }));
    const header = Object.keys(open.zip.files).find((f) => /word\/header\d*\.xml/.test(f))!;
    expect(await open.zip.file(header)!.async('string')).toContain('DRAF NOTULA');
    const closed = await documentXml(sampleMinutes());
    const headers = Object.keys(closed.zip.files).filter((f) => /word\/header\d*\.xml/.test(f));
    for (const h of headers) expect(await closed.zip.file(h)!.async('string')).not.toContain('DRAF');
  });

  it('says so when nothing was decided or followed up, and prints dots for an unknown chair', async () => {
    const text = textOf(
      (
        await documentXml(
          sampleMinutes({ decisions: [], openItems: [], actions: [], chair: null, agenda: [] }),
        )
      ).xml,
    );
    expect(text).toContain('Belum ada keputusan dalam rapat ini.');
    expect(text).toContain('Tidak ada tindak lanjut yang dicatat.');
    expect(text).toContain('Acara:—');
    expect(text).toMatch(/Pimpinan Rapat,.*\.{20,}/);
  });

  it('says the attendance is not recorded yet instead of printing an empty table', async () => {
    const empty = await documentXml(sampleMinutes({ attendees: [], absentParties: [] }));
    expect(textOf(empty.xml)).toMatch(/PESERTA RAPAT.*Peserta rapat belum dicatat\..*PEMBUKAAN/);
    expect(empty.xml).not.toContain('Kehadiran');
    const filled = await documentXml(sampleMinutes());
    expect(filled.xml).toContain('Kehadiran');
    expect(textOf(filled.xml)).not.toContain('belum dicatat');
  });
});

describe('the minutes as a record', () => {
  it('give the same bytes for the same record, built at different times', async () => {
    const first = await buildMinutesDocx(sampleMinutes());
    // Over 2 s apart: a zip entry's time has a resolution of 2 s.
    await new Promise((r) => setTimeout(r, 2100));
    const second = await buildMinutesDocx(sampleMinutes());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const zip = await JSZip.loadAsync(first);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('2020-03-10T05:00:00Z');
    expect(core).toContain('<cp:lastModifiedBy>Kepala Perwakilan</cp:lastModifiedBy>');
  });

  it('print each reopening before the closing', async () => {
    const note =
      'Notula ini diubah setelah rapat dibuka kembali pada Rabu, 11 Maret 2020 pukul 10.15 WIB oleh X, dengan alasan: salah ketik.';
    const text = textOf((await documentXml(sampleMinutes({ reopenings: [note] }))).xml);
    expect(text).toContain(`PERUBAHAN NOTULA${note}`);
    expect(text.indexOf(note)).toBeLessThan(text.indexOf('PENUTUP'));
    expect(textOf((await documentXml(sampleMinutes())).xml)).not.toContain('PERUBAHAN NOTULA');
  });

  it('print a letterhead with its logos on request', async () => {
    const m = sampleMinutes();
    const logos = [
      { partyId: 'pa', logo: truePng(120, 120), mime: 'image/png' },
      { partyId: 'pb', logo: truePng(100, 140), mime: 'image/png' },
    ];
    const kop = letterheadFor('pb', m, logos)!;
    expect(kop).toEqual({
      logos: [expect.objectContaining({ name: 'Pemerintah Kota Jambi' })],
      names: ['PEMERINTAH KOTA JAMBI'],
      lines: ['Kota Jambi'],
    });
    expect(letterheadFor('none', m, logos)).toBeNull();
    expect(letterheadFor('nobody', m, logos)).toBeUndefined();
    expect(letterheadFor('cooperation', m, logos)?.logos).toHaveLength(2);
    const zip = await JSZip.loadAsync(await buildMinutesDocx(m, {}, { letterhead: kop }));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(textOf(xml).startsWith('PEMERINTAH KOTA JAMBIKota JambiNOTULA RAPAT')).toBe(true);
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(1);
  });
});

/** Renders through LibreOffice (when installed) and reads the PDF back as text. */
describe.skipIf(missing('soffice', 'pdftotext'))('minutes rendered by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sepakat-minutes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives pages with numbers and keeps each signature with its name', async () => {
    const many = Array.from({ length: 14 }, (_, i) => ({
      name: `Peserta ${i + 1}`,
      position: 'Staf',
      institution: 'Pemkot Jambi',
      present: true,
    }));
    const pages = renderedPages(
      await buildMinutesDocx(sampleMinutes({ attendees: many })),
      dir,
      'notula',
    ).filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toContain('NOTULA RAPAT');
    expect(pages[0]).toContain(`Halaman 1 dari ${pages.length}`);
    const signing = pages.find((p) => p.includes('Pimpinan Rapat,'))!;
    expect(signing).toContain('Asisten Pemerintahan');
    expect(signing).toContain('NIP. 19700101 199001 1 001');
  }, 120_000);
});
