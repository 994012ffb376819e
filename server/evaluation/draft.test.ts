import { describe, expect, it } from 'vitest';
import { outlineOf, type PMJSON, textOf } from '../../shared/clauses.ts';
import { agreementSchema } from '../../shared/schema/extensions.ts';
import { NODE } from '../../shared/schema/names.ts';
import { draftEvaluation, type EvaluationSource, obligationRows } from './draft.ts';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T03:00:00Z`);

/** A PKS signed 23 June 2025, evaluated over its first year, as of 1 July 2026. */
function source(over: Partial<EvaluationSource> = {}): EvaluationSource {
  return {
    agreement: {
      kind: 'pks',
      title: 'Perjanjian Kerja Sama',
      subject: 'Percepatan Penyelesaian Laporan Masyarakat',
      numbers: ['B/045/KS.01/VI/2025', '180/22/HK/2025'],
      signedOn: '2025-06-23',
    },
    parties: [
      {
        id: 'p2',
        ordinal: 2,
        name: 'Pemerintah Kota Jambi',
        shortName: 'Pemkot',
        signatory: { name: 'Dr. H. Maulana', position: 'Wali Kota Jambi', nip: '' },
      },
      {
        id: 'p1',
        ordinal: 1,
        name: 'Ombudsman Republik Indonesia Perwakilan Provinsi Jambi',
        shortName: 'ORI Jambi',
        signatory: { name: 'Saiful Roswandi', position: 'Kepala Perwakilan', nip: '' },
      },
    ],
    wording: 'pertama',
    period: { from: '2025-07-01', to: '2026-06-30' },
    today: '2026-07-01',
    obligations: [
      {
        id: 'o-report',
        clausePath: 'Pasal 7 ayat (1)',
        partyLabel: 'PIHAK KEDUA',
        unitName: null,
        text: 'menyampaikan laporan pelaksanaan setiap 6 (enam) bulan',
        due: { kind: 'recurring', everyMonths: 6 },
      },
      {
        id: 'o-pic',
        clausePath: 'Pasal 4 ayat (4) huruf a',
        partyLabel: 'PIHAK KEDUA',
        unitName: 'Dinas Kependudukan dan Pencatatan Sipil',
        text: 'menunjuk penghubung',
        due: { kind: 'date', date: '2025-08-31' },
      },
      {
        id: 'o-later',
        clausePath: 'Pasal 9',
        partyLabel: 'PARA PIHAK',
        unitName: null,
        text: 'mengevaluasi',
        due: { kind: 'date', date: '2027-01-31' },
      },
    ],
    reports: [
      {
        obligationId: 'o-report',
        occurrence: '2025-12-23',
        status: 'done',
        createdAt: at('2025-12-20'),
        reportedOn: '2025-12-20',
        files: ['laporan-semester-1.pdf'],
        requests: [],
      },
      {
        obligationId: 'o-pic',
        occurrence: '2025-08-31',
        status: 'done',
        createdAt: at('2025-08-30'),
        reportedOn: '2025-08-30',
        files: ['sk-penghubung.pdf'],
        requests: [at('2025-08-30') + DAY],
      },
    ],
    liaisons: [
      {
        partyName: 'Pemerintah Kota Jambi',
        unit: 'Dinas Kependudukan dan Pencatatan Sipil',
        name: 'Rina Marlina',
        position: 'Sekretaris Dinas',
        phone: '0812-7000-1234',
        email: '',
      },
    ],
    publicReports: [
      {
        unitId: 'u1',
        forwardedOn: '2026-03-02',
        dueOn: '2026-03-16',
        respondedOn: '2026-03-10',
        deadlineDays: 10,
      },
      {
        unitId: 'u1',
        forwardedOn: '2026-04-01',
        dueOn: '2026-04-15',
        respondedOn: '2026-04-28',
        deadlineDays: 10,
      },
    ],
    unitNames: { u1: 'Dinas Kependudukan dan Pencatatan Sipil' },
    ...over,
  };
}

let counter = 0;
const ids = () => `c${++counter}`;
const chapterTitles = (body: PMJSON) =>
  (body.content ?? []).filter((n) => n.type === NODE.chapter).map((n) => textOf(n));

describe('obligationRows', () => {
  it('lists each due date in the period with its state, and counts obligations due outside it', () => {
    const { rows, outside } = obligationRows(source());
    expect(rows.map((r) => [r.obligation.id, r.dueDate, r.state])).toEqual([
      ['o-report', '2025-12-23', 'done'],
      ['o-report', '2026-06-23', 'overdue'],
      ['o-pic', '2025-08-31', 'needs_more'],
    ]);
    expect(outside).toBe(1);
  });
});

describe('draftEvaluation', () => {
  it('drafts the report in the schema: the agreement, obligations, evidence, liaisons, response times, open sections', () => {
    const { body, meta } = draftEvaluation(source(), ids);
    // The schema takes it as it is: the editor opens it without repairs.
    expect(() => agreementSchema().nodeFromJSON(body).check()).not.toThrow();
    expect(chapterTitles(body)).toEqual([
      'Pendahuluan',
      'Pelaksanaan Kewajiban',
      'Bukti Pelaksanaan',
      'Penghubung',
      'Tindak Lanjut Laporan Masyarakat',
      'Permasalahan',
      'Rekomendasi',
    ]);
    expect(outlineOf(body).chapters.map((c) => c.roman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    const all = textOf(body);
    expect(all).toContain(
      'Perjanjian Kerja Sama tentang Percepatan Penyelesaian Laporan Masyarakat antara Ombudsman Republik Indonesia Perwakilan Provinsi Jambi dan Pemerintah Kota Jambi, Nomor B/045/KS.01/VI/2025 dan Nomor 180/22/HK/2025, yang ditandatangani pada tanggal 23 Juni 2025, untuk periode 1 Juli 2025 sampai dengan 30 Juni 2026',
    );
    expect(all).toContain('terlaksana 1, perlu dilengkapi 1, terlambat 1');
    expect(all).toContain('Sebanyak 1 kewajiban lain');
    expect(all).toContain('laporan-semester-1.pdf');
    expect(all).toContain('20 Desember 2025');
    expect(all).toContain('Rina Marlina, Sekretaris Dinas');
    // One answered in time (6 working days), one late.
    expect(all).toContain(
      'Laporan masyarakat yang diteruskan kepada Dinas Kependudukan dan Pencatatan Sipil: 1 dijawab terlambat.',
    );
    expect(all).toContain(
      'Kewajiban Pasal 7 ayat (1) (PIHAK KEDUA) yang jatuh tempo 23 Juni 2026 belum dilaporkan terlaksana.',
    );
    expect(all).toContain('PIHAK KEDUA menyelesaikan kewajiban Pasal 7 ayat (1)');
    expect(meta).toMatchObject({
      title: 'Laporan Monitoring dan Evaluasi',
      subject:
        'Pelaksanaan Perjanjian Kerja Sama tentang Percepatan Penyelesaian Laporan Masyarakat Periode 1 Juli 2025 sampai dengan 30 Juni 2026',
      'signatoryName.p1': 'Saiful Roswandi',
      'signatoryPosition.p2': 'Wali Kota Jambi',
    });
    // Permasalahan and Rekomendasi end with an empty paragraph for the parties to write in.
    const top = body.content ?? [];
    const rekomendasi = top.findIndex((n) => n.type === NODE.chapter && textOf(n) === 'Rekomendasi');
    expect(top[rekomendasi + 2]).toEqual({ type: NODE.paragraph });
    expect(top.at(-1)?.type).toBe(NODE.closing);
  });

  it('says so when nothing was tracked, and leaves the public reports out when none was forwarded', () => {
    const { body } = draftEvaluation(
      source({
        obligations: [],
        reports: [],
        liaisons: [],
        publicReports: [],
        agreement: { ...source().agreement, signedOn: null, numbers: [] },
      }),
      ids,
    );
    expect(() => agreementSchema().nodeFromJSON(body).check()).not.toThrow();
    expect(chapterTitles(body)).toEqual([
      'Pendahuluan',
      'Pelaksanaan Kewajiban',
      'Bukti Pelaksanaan',
      'Penghubung',
      'Permasalahan',
      'Rekomendasi',
    ]);
    const all = textOf(body);
    expect(all).toContain('Tidak ada kewajiban yang dipantau jatuh tempo dalam periode ini.');
    expect(all).toContain('Belum ada penghubung yang ditunjuk.');
    expect(all).not.toContain('Nomor');
    expect(all).not.toContain('ditandatangani');
  });
});
