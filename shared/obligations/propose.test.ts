import { describe, expect, it } from 'vitest';
import { instantiateTemplate } from '../../templates/index.ts';
import { clauseFromLibrary } from '../../templates/library.ts';
import type { PMJSON } from '../clauses.ts';
import { agreementSchema } from '../schema/index.ts';
import { agreement, pasal, STANDARD_KOMPARISI } from './fixtures.ts';
import { type ObligationProposal, proposeObligations } from './propose.ts';

/** The proposals as rows easy to read in a failure: path, party, cue, due, text. */
function rows(doc: PMJSON) {
  agreementSchema().nodeFromJSON(doc).check();
  return proposeObligations(doc).map((p) => [p.path, p.party.label, p.cue, p.due, p.text]);
}

const PARTIES = [
  {
    id: 'p1',
    ordinal: 1,
    name: 'Ombudsman Republik Indonesia Perwakilan Provinsi Jambi',
    shortName: 'Ombudsman',
  },
  { id: 'p2', ordinal: 2, name: 'Pemerintah Kota Jambi', shortName: 'Pemkot Jambi' },
];
const afterEvent = (amount: number, unit: string, event: string) => ({
  kind: 'after_event',
  amount,
  unit,
  event,
  fromSigning: event.endsWith('ditandatangani'),
});
const every = (everyMonths: number) => ({ kind: 'recurring', everyMonths });
const PERUBAHAN_PENGHUBUNG = afterEvent(7, 'working_day', 'terjadinya perubahan');

describe('proposeObligations on the templates', () => {
  it('finds in the MoU the work plan, the change of liaison and the yearly evaluation, nothing else', () => {
    const { body } = instantiateTemplate('mou', { parties: PARTIES });
    expect(rows(body)).toEqual([
      [
        'Pasal 3 ayat (3)',
        'PARA PIHAK',
        'paling lambat',
        afterEvent(3, 'month', 'Nota Kesepakatan ini ditandatangani'),
        'PARA PIHAK menyusun rencana kerja sebagai pedoman pelaksanaan Nota Kesepakatan ini paling lambat 3 (tiga) bulan sejak Nota Kesepakatan ini ditandatangani.',
      ],
      [
        'Pasal 4 ayat (3)',
        'PIHAK yang mengalami perubahan',
        'paling lambat',
        PERUBAHAN_PENGHUBUNG,
        'Dalam hal terjadi perubahan pejabat penghubung atau alamat sebagaimana dimaksud pada ayat (1) dan ayat (2), PIHAK yang mengalami perubahan memberitahukan secara tertulis kepada PIHAK lainnya paling lambat 7 (tujuh) hari kerja sejak terjadinya perubahan.',
      ],
      [
        'Pasal 6 ayat (1)',
        'PARA PIHAK',
        'paling sedikit',
        every(12),
        'PARA PIHAK melakukan monitoring dan evaluasi atas pelaksanaan Nota Kesepakatan ini secara berkala paling sedikit 1 (satu) kali dalam 1 (satu) tahun.',
      ],
    ]);
    const [plan, liaison] = proposeObligations(body);
    expect(plan?.party).toEqual({ scope: 'all', label: 'PARA PIHAK' });
    expect(liaison?.party.scope).toBe('each');
  });

  it('finds in the PKS each party lettered obligations, the change of liaison, the reports and the evaluation', () => {
    const { body } = instantiateTemplate('pks', { parties: PARTIES });
    const first = (text: string) => ['PIHAK PERTAMA', 'berkewajiban', null, text];
    const second = (text: string, due: unknown = null) => ['PIHAK KEDUA', 'berkewajiban', due, text];
    expect(rows(body)).toEqual([
      [
        'Pasal 4 ayat (2) huruf a',
        ...first(
          'menyampaikan laporan masyarakat yang berkaitan dengan pelayanan PIHAK KEDUA melalui penghubung',
        ),
      ],
      [
        'Pasal 4 ayat (2) huruf b',
        ...first('memberikan asistensi, sosialisasi, dan peningkatan kapasitas kepada aparatur PIHAK KEDUA'),
      ],
      [
        'Pasal 4 ayat (2) huruf c',
        ...first(
          'menjaga kerahasiaan identitas pelapor sesuai dengan ketentuan peraturan perundang-undangan',
        ),
      ],
      [
        'Pasal 4 ayat (2) huruf d',
        ...first('menyampaikan hasil penilaian kepatuhan dan saran perbaikan kepada PIHAK KEDUA'),
      ],
      [
        'Pasal 4 ayat (4) huruf a',
        ...second('menunjuk pejabat penghubung sebagaimana dimaksud dalam Pasal 5'),
      ],
      [
        'Pasal 4 ayat (4) huruf b',
        ...second(
          'menanggapi permintaan klarifikasi PIHAK PERTAMA paling lambat 14 (empat belas) hari sejak permintaan diterima',
          afterEvent(14, 'day', 'permintaan diterima'),
        ),
      ],
      [
        'Pasal 4 ayat (4) huruf c',
        ...second('melaksanakan tindakan korektif dan menyampaikan hasilnya kepada PIHAK PERTAMA'),
      ],
      [
        'Pasal 4 ayat (4) huruf d',
        ...second('menyediakan data dan informasi yang diperlukan oleh PIHAK PERTAMA'),
      ],
      [
        'Pasal 4 ayat (4) huruf e',
        ...second(
          'menyusun, menetapkan, dan memublikasikan standar pelayanan sesuai dengan ketentuan peraturan perundang-undangan',
        ),
      ],
      [
        'Pasal 5 ayat (4)',
        'PIHAK yang mengalami perubahan',
        'paling lambat',
        PERUBAHAN_PENGHUBUNG,
        'Dalam hal terjadi perubahan pejabat penghubung atau alamat, PIHAK yang mengalami perubahan memberitahukan secara tertulis kepada PIHAK lainnya paling lambat 7 (tujuh) hari kerja sejak terjadinya perubahan.',
      ],
      [
        'Pasal 7 ayat (1)',
        'PIHAK KEDUA',
        'setiap',
        every(6),
        'PIHAK KEDUA menyampaikan laporan perkembangan tindak lanjut laporan masyarakat dan pelaksanaan rencana kerja kepada PIHAK PERTAMA setiap 6 (enam) bulan.',
      ],
      [
        'Pasal 7 ayat (2)',
        'PARA PIHAK',
        'paling sedikit',
        every(12),
        'PARA PIHAK melakukan monitoring dan evaluasi atas pelaksanaan Perjanjian Kerja Sama ini paling sedikit 1 (satu) kali dalam 1 (satu) tahun.',
      ],
    ]);
  });

  it('links each proposal to its Pasal and ayat by id, under a key unique in the document', () => {
    const { body } = instantiateTemplate('pks', { parties: PARTIES });
    const proposals = proposeObligations(body);
    const pasal4 = body.content?.filter((n) => n.type === 'clause')[3];
    const ayat4 = pasal4?.content?.[1]?.content?.[3];
    const huruf = proposals.find((p) => p.path === 'Pasal 4 ayat (4) huruf b')!;
    expect(huruf.clauseId).toBe(pasal4?.attrs?.id);
    expect(huruf.ayatId).toBe(ayat4?.attrs?.id);
    expect(huruf.party).toEqual({ scope: 'party', label: 'PIHAK KEDUA', ordinal: 2 });
    expect(new Set(proposals.map((p) => p.key)).size).toBe(proposals.length);
    // The same text proposes the same keys: proposing again adds nothing new.
    expect(proposeObligations(body).map((p) => p.key)).toEqual(proposals.map((p) => p.key));
  });

  it('reads "PIHAK KESATU" in a cooperation that counts its parties so', () => {
    const { body } = instantiateTemplate('pks', { parties: PARTIES, wording: 'kesatu' });
    const firsts = proposeObligations(body).filter((p) => p.path.startsWith('Pasal 4 ayat (2)'));
    expect(firsts.map((p) => p.party)).toEqual(
      Array(4).fill({ scope: 'party', label: 'PIHAK KESATU', ordinal: 1 }),
    );
  });

  it('proposes from the clause library only the duties it states', () => {
    const fromLibrary = (key: string) =>
      proposeObligations({ type: 'doc', content: [clauseFromLibrary(key)!] });
    expect(fromLibrary('kerahasiaan').map((p) => [p.path, p.party.label, p.cue])).toEqual([
      ['Pasal 1 ayat (1)', 'PARA PIHAK', 'wajib'],
    ]);
    expect(fromLibrary('pelaporan').map((p) => [p.path, p.due])).toEqual([['Pasal 1 ayat (1)', every(6)]]);
    for (const key of [
      'penghubung',
      'pelaksanaan',
      'pertukaran-data',
      'pembiayaan',
      'jangka-waktu',
      'sanksi',
    ])
      expect(fromLibrary(key)).toEqual([]);
  });
});

describe('proposeObligations on the clause examples', () => {
  const doc = agreement(STANDARD_KOMPARISI, [
    pasal('hak', 'HAK DAN KEWAJIBAN', [
      {
        lead: 'PIHAK PERTAMA berhak:',
        items: ['memperoleh data yang diperlukan; dan', 'meminta klarifikasi kepada PIHAK KEDUA.'],
      },
      {
        lead: 'PIHAK PERTAMA berkewajiban:',
        items: [
          'meneruskan laporan masyarakat kepada penghubung PIHAK KEDUA; dan',
          'menyampaikan hasil pemantauan paling lambat tanggal 31 Desember 2026.',
        ],
      },
      {
        lead: 'Kewajiban PIHAK KEDUA meliputi:',
        items: [
          'menanggapi laporan yang diteruskan paling lambat 14 (empat belas) hari kerja sejak laporan diterima;',
          'dapat meminta pendampingan PIHAK PERTAMA; dan',
          'menunjuk penghubung pada setiap perangkat daerah.',
        ],
      },
      'PIHAK KEDUA bertanggung jawab atas kebenaran data yang disampaikan kepada PIHAK PERTAMA.',
      'PIHAK KEDUA tidak berkewajiban menanggung biaya kegiatan PIHAK PERTAMA.',
      'PIHAK PERTAMA berhak dan berkewajiban menjaga kerahasiaan identitas pelapor.',
      'PIHAK PERTAMA dalam hal apa pun tidak wajib mengganti biaya perjalanan PIHAK KEDUA.',
      'PARA PIHAK dapat bersama-sama bertanggung jawab atas kegiatan yang disepakati.',
      'PIHAK KEDUA wajib hadir dalam rapat koordinasi dan berhak menyampaikan usulan.',
      'PIHAK KEDUA diberi waktu paling lambat 14 (empat belas) hari kerja sejak teguran diterima untuk memperbaiki layanan.',
    ]),
    pasal('penghubung', 'PENGHUBUNG', [
      'Untuk kelancaran pelaksanaan Perjanjian ini, masing-masing PIHAK wajib menunjuk penghubung paling lambat 14 (empat belas) hari kerja sejak Perjanjian ini ditandatangani.',
      'Penghubung adalah pejabat yang ditunjuk oleh masing-masing PIHAK untuk mengoordinasikan tindak lanjut laporan masyarakat.',
      'Perubahan penghubung diberitahukan kepada PIHAK lainnya paling lambat 7 (tujuh) hari kerja sejak terjadinya perubahan.',
    ]),
    pasal('monev', 'MONITORING DAN EVALUASI', [
      'PARA PIHAK melakukan evaluasi bersama paling sedikit 1 (satu) kali dalam setahun.',
      'PIHAK KEDUA melaporkan capaian penyelesaian laporan masyarakat setiap triwulan. Laporan tersebut ditembuskan kepada Inspektorat.',
      'Evaluasi sebagaimana dimaksud pada ayat (1) dilaksanakan setiap tahun.',
      'Dalam hal hasil evaluasi menunjukkan kinerja di bawah target, PIHAK KEDUA wajib menyusun rencana perbaikan.',
      'Dalam hal terdapat laporan masyarakat yang mendesak, PIHAK KEDUA wajib memberikan tanggapan paling lambat 3 (tiga) hari kerja sejak laporan diteruskan.',
      'PIHAK KEDUA adalah penyelenggara pelayanan publik yang wajib mematuhi standar pelayanan.',
    ]),
    pasal('tim', 'TIM PELAKSANA', 'PARA PIHAK dapat membentuk tim pelaksana setiap tahun.'),
    pasal(
      'rencana',
      'RENCANA KERJA',
      'Rencana kerja disusun PARA PIHAK paling lambat 1 (satu) bulan sejak Perjanjian ini ditandatangani.',
    ),
    pasal('istilah', 'KETENTUAN UMUM', [
      'Hari kerja adalah hari Senin sampai dengan hari Jumat, kecuali hari libur nasional dan cuti bersama.',
      'PIHAK KEDUA wajib memenuhi standar pelayanan sebagaimana dimaksud dalam peraturan perundang-undangan.',
    ]),
    pasal('jangka', 'JANGKA WAKTU', [
      'Perjanjian ini berlaku untuk jangka waktu 5 (lima) tahun sejak ditandatangani dan dapat diperpanjang.',
      'PIHAK yang hendak memperpanjang Perjanjian ini wajib memberitahukan secara tertulis paling lambat 6 (enam) bulan sebelum jangka waktu berakhir.',
    ]),
    pasal('sengketa', 'PENYELESAIAN PERSELISIHAN', [
      'PARA PIHAK wajib menyelesaikan perselisihan secara musyawarah paling lambat 30 (tiga puluh) hari sejak perselisihan timbul.',
    ]),
    pasal('sanksi', 'SANKSI', [
      'PIHAK yang dikenai teguran tertulis wajib menindaklanjutinya paling lambat 30 (tiga puluh) hari sejak teguran diterima.',
    ]),
    pasal('kahar', 'KEADAAN KAHAR', [
      'PIHAK yang mengalami keadaan kahar wajib memberitahukan PIHAK lainnya paling lambat 7 (tujuh) hari kerja sejak keadaan kahar terjadi.',
    ]),
  ]);

  it("proposes exactly the obligations and leaves rights, negations, definitions, conditions, passives and the agreement's life alone", () => {
    expect(rows(doc)).toEqual([
      [
        'Pasal 1 ayat (2) huruf a',
        'PIHAK PERTAMA',
        'berkewajiban',
        null,
        'meneruskan laporan masyarakat kepada penghubung PIHAK KEDUA',
      ],
      [
        'Pasal 1 ayat (2) huruf b',
        'PIHAK PERTAMA',
        'berkewajiban',
        { kind: 'date', date: '2026-12-31' },
        'menyampaikan hasil pemantauan paling lambat tanggal 31 Desember 2026',
      ],
      [
        'Pasal 1 ayat (3) huruf a',
        'PIHAK KEDUA',
        'kewajiban',
        afterEvent(14, 'working_day', 'laporan diterima'),
        'menanggapi laporan yang diteruskan paling lambat 14 (empat belas) hari kerja sejak laporan diterima',
      ],
      [
        'Pasal 1 ayat (3) huruf c',
        'PIHAK KEDUA',
        'kewajiban',
        null,
        'menunjuk penghubung pada setiap perangkat daerah',
      ],
      [
        'Pasal 1 ayat (4)',
        'PIHAK KEDUA',
        'bertanggung jawab',
        null,
        'PIHAK KEDUA bertanggung jawab atas kebenaran data yang disampaikan kepada PIHAK PERTAMA.',
      ],
      [
        'Pasal 2 ayat (1)',
        'masing-masing PIHAK',
        'wajib',
        afterEvent(14, 'working_day', 'Perjanjian ini ditandatangani'),
        'Untuk kelancaran pelaksanaan Perjanjian ini, masing-masing PIHAK wajib menunjuk penghubung paling lambat 14 (empat belas) hari kerja sejak Perjanjian ini ditandatangani.',
      ],
      [
        'Pasal 3 ayat (1)',
        'PARA PIHAK',
        'paling sedikit',
        every(12),
        'PARA PIHAK melakukan evaluasi bersama paling sedikit 1 (satu) kali dalam setahun.',
      ],
      [
        'Pasal 3 ayat (2)',
        'PIHAK KEDUA',
        'setiap',
        every(3),
        'PIHAK KEDUA melaporkan capaian penyelesaian laporan masyarakat setiap triwulan.',
      ],
      [
        'Pasal 3 ayat (5)',
        'PIHAK KEDUA',
        'wajib',
        afterEvent(3, 'working_day', 'laporan diteruskan'),
        'Dalam hal terdapat laporan masyarakat yang mendesak, PIHAK KEDUA wajib memberikan tanggapan paling lambat 3 (tiga) hari kerja sejak laporan diteruskan.',
      ],
    ]);
  });

  it("never reads the preamble's recitals nor the closing formula", () => {
    const onlyPreamble = agreement(STANDARD_KOMPARISI, []);
    expect(STANDARD_KOMPARISI.at(-1)).toContain('berkewajiban');
    expect(proposeObligations(onlyPreamble)).toEqual([]);
  });

  it('reads the names the komparisi gives the parties', () => {
    const named = agreement(
      [
        '1. Rina Marlina, Kepala Perwakilan, dalam hal ini bertindak untuk dan atas nama Ombudsman Republik Indonesia Perwakilan Provinsi Jambi, selanjutnya disebut "OMBUDSMAN".',
        '2. Ahmad Fauzi, Wali Kota, dalam hal ini bertindak untuk dan atas nama Pemerintah Kota Jambi, selanjutnya disebut "PEMKOT".',
        'OMBUDSMAN dan PEMKOT secara bersama-sama disebut PARA PELAKSANA.',
      ],
      [
        pasal('tugas', 'PELAKSANAAN', [
          'PEMKOT wajib menunjuk penghubung pada setiap perangkat daerah paling lambat 7 (tujuh) hari kerja sejak Perjanjian ini ditandatangani.',
          'OMBUDSMAN berhak meminta keterangan kepada PEMKOT.',
          'PARA PELAKSANA menyusun laporan bersama setiap 6 (enam) bulan.',
        ]),
      ],
    );
    const proposals: ObligationProposal[] = proposeObligations(named);
    expect(proposals.map((p) => [p.path, p.party, p.due])).toEqual([
      [
        'Pasal 1 ayat (1)',
        { scope: 'party', label: 'PEMKOT', ordinal: 2 },
        afterEvent(7, 'working_day', 'Perjanjian ini ditandatangani'),
      ],
      ['Pasal 1 ayat (3)', { scope: 'all', label: 'PARA PELAKSANA' }, every(6)],
    ]);
  });
});
