import type { MinutesDTO } from '../../../shared/api/meetings.ts';
import { outlineOf } from '../../../shared/clauses.ts';
import { buildParties, signingMeta } from '../../../templates/fixtures.ts';
import { instantiateTemplate } from '../../../templates/index.ts';
import { buildMinutesDocx } from '../minutes/docx.ts';
import { buildRedlineDocx, type RedlineView } from '../redline/docx.ts';
import { mergeForRedline } from '../redline/merge.ts';
import { buildAgreementDocx } from './agreement.ts';
import { pngOf, pngRows } from './imageFixtures.ts';
import type { AgreementExportInput, ExportParty } from './types.ts';

/**
 * The Word files Sepakat writes, built from inputs like a real cooperation's, for the layout
 * tests: the MoU and PKS templates filled in for signing with both parties' logos, a closed
 * meeting's minutes, and a redline of the MoU. Not used by the server.
 */

/** Pixel sizes of the two sample logos: one upright, one wide, so both fitting rules are exercised. */
export const SAMPLE_LOGOS = [
  { width: 300, height: 400 },
  { width: 500, height: 300 },
] as const;

/** An opaque dark-grey PNG: its drawn box on a rendered page is exactly the non-white pixels. */
function solidLogo(width: number, height: number): Buffer {
  const raw = pngRows(width, height, 0x40);
  // Opaque: every fourth byte of a pixel is alpha.
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw[y * (1 + width * 4) + 1 + x * 4 + 3] = 0xff;
  }
  return pngOf(width, height, raw);
}

function sampleParties(): ExportParty[] {
  return buildParties(SAMPLE_LOGOS.length).map((p, i) => ({
    ...p,
    logo: solidLogo(SAMPLE_LOGOS[i]!.width, SAMPLE_LOGOS[i]!.height),
    logoMime: 'image/png',
  }));
}

/** An MoU or PKS from its template, with the signing place, date and signatories filled in. */
export function templateInput(kind: 'mou' | 'pks'): AgreementExportInput {
  const parties = sampleParties();
  const made = instantiateTemplate(kind, {
    parties,
    place: 'Jambi',
    date: '2025-06-23',
    ...(kind === 'pks'
      ? {
          mou: {
            title: 'Nota Kesepakatan',
            numbers: ['001/ORI-JMB/I/2025', '180/01/HK/2025'],
            date: '2025-01-15',
          },
        }
      : {}),
  });
  return {
    kind,
    status: 'draft',
    body: made.body,
    meta: signingMeta(made.meta, parties),
    parties,
    options: { exportedAt: new Date('2025-06-20T08:00:00Z') },
  };
}

/** The redline of the MoU against an older text: one Pasal's heading changed. */
export function redlineSample(): { input: AgreementExportInput; view: RedlineView } {
  const input = templateInput('mou');
  const newer = input.body;
  const older = structuredClone(newer);
  const heading = older.content?.find((n) => n.type === 'clause')?.content?.[0]?.content?.[0];
  if (heading?.text) heading.text = `${heading.text} Lama`;
  const authorOf = () => ({ author: 'Anisa (Ombudsman RI Perwakilan Jambi)', date: '2025-06-01T03:00:00Z' });
  return {
    input: { ...input, body: mergeForRedline(older, newer, authorOf) },
    view: { after: outlineOf(newer), before: outlineOf(older), label: 'Perbandingan versi 1 dengan versi 2' },
  };
}

/** The kinds of Word file Sepakat writes. */
export const WORD_KINDS = ['mou', 'pks', 'minutes', 'redline'] as const;
export type WordKind = (typeof WORD_KINDS)[number];

/** Who the sample files are exported by, and when. */
export const SAMPLE_AUTHOR = { exportedBy: 'Rina Marlina', exportedAt: new Date('2025-06-20T08:00:00Z') };

/** One sample file of each kind, as its builder writes it, with the title its core properties should carry. */
export async function sampleFiles(): Promise<Record<WordKind, { file: Buffer | Uint8Array; title: string }>> {
  const agreement = (kind: 'mou' | 'pks') => {
    const input = templateInput(kind);
    return buildAgreementDocx({ ...input, options: { ...input.options, ...SAMPLE_AUTHOR } });
  };
  const redline = redlineSample();
  const minutes = minutesSample();
  const [mou, pks, notula, compared] = await Promise.all([
    agreement('mou'),
    agreement('pks'),
    buildMinutesDocx({ ...minutes, record: null, state: 'open' }, SAMPLE_AUTHOR),
    buildRedlineDocx(
      { ...redline.input, options: { ...redline.input.options, ...SAMPLE_AUTHOR } },
      redline.view,
    ),
  ]);
  const title = (kind: 'mou' | 'pks') => templateInput(kind).meta.title ?? '';
  return {
    mou: { file: mou, title: title('mou') },
    pks: { file: pks, title: title('pks') },
    minutes: { file: notula, title: `Notula ${minutes.title}, ${minutes.dayDate}` },
    redline: { file: compared, title: title('mou') },
  };
}

/** The minutes of a closed meeting with three agenda items, a dozen attendees and follow-ups. */
export function minutesSample(): MinutesDTO {
  const institutions = ['Ombudsman RI Perwakilan Jambi', 'Bagian Hukum Setda Kota Jambi', 'Dinas Kominfo'];
  return {
    meetingId: 'layout-sample',
    state: 'closed',
    title: 'Rapat Pembahasan Rancangan Nota Kesepakatan',
    kindLabel: 'Rapat Pembahasan',
    dayDate: 'Senin, 16 Juni 2025',
    time: '09.00–11.30 WIB',
    place: 'Ruang Rapat Wali Kota Jambi',
    onlineLink: '',
    agenda: ['Ruang lingkup', 'Jangka waktu', 'Penghubung'],
    chair: {
      name: 'Asisten Pemerintahan',
      position: 'Asisten Pemerintahan Setda Kota Jambi',
      nip: '19700101 199001 1 001',
    },
    minuteTaker: { name: 'Rina Marlina', position: 'Analis Kerja Sama', nip: '19880505 201001 2 003' },
    attendees: Array.from({ length: 12 }, (_, i) => ({
      name: `Peserta Rapat ${i + 1}`,
      position: i % 2 ? 'Kepala Subbagian' : 'Analis Hukum',
      institution: institutions[i % institutions.length]!,
      present: i !== 7,
    })),
    absentParties: [],
    opening: 'Rapat dibuka pukul 09.00 WIB oleh Asisten Pemerintahan, yang menyampaikan maksud rapat.',
    discussion: ['Ruang lingkup', 'Jangka waktu', 'Penghubung'].map((agendaItem, i) => ({
      agendaItem,
      points: [0, 1].map((j) => ({
        id: `p${i}${j}`,
        text: `Usulan perubahan rumusan ${agendaItem.toLowerCase()} agar selaras dengan peraturan daerah yang berlaku dan praktik penanganan laporan masyarakat.`,
        raisedBy: j
          ? 'Kepala Bagian Hukum (Pemkot Jambi)'
          : 'Kepala Perwakilan (Ombudsman RI Perwakilan Jambi)',
        clause: `Nota Kesepakatan, Pasal ${i + 2} — ${agendaItem.toUpperCase()}`,
        quote: '',
        replies: [{ by: 'Asisten Pemerintahan (Pemkot Jambi)', text: 'Dapat diterima dengan penyesuaian.' }],
        stateLabel: 'Disepakati',
        decision: `Rumusan ${agendaItem.toLowerCase()} disesuaikan.`,
      })),
    })),
    decisions: [
      {
        text: 'Ruang lingkup memuat pencegahan maladministrasi.',
        clause: 'Nota Kesepakatan, Pasal 2',
        stateLabel: 'Disepakati',
      },
      { text: 'Jangka waktu 5 (lima) tahun.', clause: 'Nota Kesepakatan, Pasal 3', stateLabel: 'Disepakati' },
    ],
    openItems: [{ text: 'Format laporan berkala', clause: null }],
    actions: [
      {
        text: 'Menghimpun daftar penghubung OPD',
        personInCharge: 'Kabag Kerja Sama',
        dueDate: '30 Juni 2025',
        stateLabel: 'Terbuka',
      },
      {
        text: 'Menyusun rancangan akhir',
        personInCharge: 'Kabag Hukum',
        dueDate: '7 Juli 2025',
        stateLabel: 'Terbuka',
      },
    ],
    nextMeeting: 'Rapat Finalisasi, Senin, 7 Juli 2025.',
    closing: 'Rapat ditutup pukul 11.30 WIB.',
    placeDate: 'Jambi, 16 Juni 2025',
    reopenings: [],
    parties: buildParties(2).map((p) => ({
      id: p.id,
      name: p.name,
      shortName: p.shortName,
      seat: p.seat ?? '',
    })),
    cooperationTitle: 'Kerja Sama Pengawasan Pelayanan Publik di Kota Jambi',
    record: { version: 1, closedAt: '2025-06-16T04:30:00.000Z', closedBy: 'Asisten Pemerintahan' },
  };
}
