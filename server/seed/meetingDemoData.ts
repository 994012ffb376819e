import type { ActionState } from '../../shared/api/actions.ts';
import type { AttendeeInput, CreateMeetingBody } from '../../shared/api/meetings.ts';
import type { PointState } from '../../shared/api/points.ts';

/**
 * What was said at the demo's founding meeting. People carry role titles, never personal
 * names; phone numbers are fictitious (0741-555xxx) and e-mail domains are `.example`.
 */

const SETDA = 'Sekretariat Daerah Kota Jambi';

export const PLANNED_MEETING = {
  kind: 'tindak_lanjut',
  title: 'Rapat Tindak Lanjut Finalisasi Naskah Kerja Sama',
  date: '2020-03-31',
  timeFrom: '09:00',
  timeTo: '11:30',
  place: 'Ruang Rapat Asisten Pemerintahan Setda Kota Jambi',
  agenda: [
    { title: 'Penyampaian daftar penghubung (PIC) setiap OPD' },
    { title: 'Hasil rapat internal Pemerintah Kota Jambi' },
    { title: 'Finalisasi naskah Nota Kesepakatan dan Perjanjian Kerja Sama' },
    { title: 'Persiapan penandatanganan' },
  ],
  chair: {
    name: 'Asisten Pemerintahan dan Kesejahteraan Rakyat',
    position: `Asisten Pemerintahan dan Kesejahteraan Rakyat ${SETDA}`,
  },
  minuteTaker: { name: 'Analis Kerja Sama', position: `Bagian Kerja Sama ${SETDA}` },
  guests: (pemkot: string): AttendeeInput[] => [
    {
      name: 'Asisten Pemerintahan dan Kesejahteraan Rakyat',
      position: 'Asisten Pemerintahan dan Kesra',
      partyId: pemkot,
      unit: SETDA,
    },
    { name: 'Inspektur Kota Jambi', position: 'Inspektur', partyId: pemkot, unit: 'Inspektorat Kota Jambi' },
  ],
} satisfies Partial<CreateMeetingBody> & Record<string, unknown>;

interface DemoPoint {
  document: 'mou' | 'pks';
  clause?: RegExp;
  /** Index into the agenda. */
  agenda: number;
  /**
   * The member who raised it, in their own name: only a minute-taker who is a member records
   * points for others, and this meeting's minute-taker is a guest.
   */
  recordedBy: string;
  text: string;
  replies?: { by: string; text: string }[];
  state: PointState;
  decision: string;
}

export const FOUNDING_MEETING = {
  head: {
    kind: 'pembahasan',
    title: 'Rapat Pembahasan Nota Kesepakatan dan Perjanjian Kerja Sama',
    date: '2020-03-10',
    timeFrom: '09:00',
    timeTo: '12:00',
    timeZone: 'WIB',
    place: 'Ruang Rapat Bagian Organisasi Setda Kota Jambi',
    chair: PLANNED_MEETING.chair,
    minuteTaker: PLANNED_MEETING.minuteTaker,
    opening:
      'Rapat dibuka pukul 09.00 WIB oleh Asisten Pemerintahan dan Kesejahteraan Rakyat Setda Kota Jambi, yang ' +
      'menyampaikan bahwa Pemerintah Kota Jambi menyambut baik rencana kerja sama dengan Ombudsman RI Perwakilan ' +
      'Provinsi Jambi. Kepala Perwakilan Ombudsman RI Provinsi Jambi kemudian menyampaikan maksud kerja sama serta ' +
      'pokok-pokok Nota Kesepakatan dan Perjanjian Kerja Sama yang akan disusun bersama.',
    agenda: [
      { title: 'Penyampaian maksud dan tujuan kerja sama' },
      { title: 'Pembahasan pokok-pokok Nota Kesepakatan' },
      { title: 'Pembahasan pokok-pokok Perjanjian Kerja Sama' },
      { title: 'Tindak lanjut dan rencana rapat berikutnya' },
    ],
  } satisfies Partial<CreateMeetingBody>,

  nextMeetingNote: 'Undangan disampaikan oleh Bagian Kerja Sama Setda Kota Jambi.',

  attendees: (ombudsman: string, pemkot: string, userId: (username: string) => string): AttendeeInput[] => [
    { userId: userId('ombudsman') },
    { userId: userId('asisten') },
    {
      name: 'Asisten Pencegahan Maladministrasi',
      position: 'Asisten Ombudsman RI',
      partyId: ombudsman,
      unit: 'Keasistenan Pencegahan',
    },
    {
      name: 'Asisten Pemerintahan dan Kesejahteraan Rakyat',
      position: 'Asisten Pemerintahan dan Kesra',
      partyId: pemkot,
      unit: SETDA,
    },
    { name: 'Inspektur Kota Jambi', position: 'Inspektur', partyId: pemkot, unit: 'Inspektorat Kota Jambi' },
    { userId: userId('organisasi') },
    { userId: userId('pemkot') },
    {
      name: 'Kepala Subbagian Kelembagaan',
      position: 'Kepala Subbagian',
      partyId: pemkot,
      unit: 'Bagian Organisasi Setda',
    },
    {
      name: 'Analis Kerja Sama',
      position: 'Staf (notulis)',
      partyId: pemkot,
      unit: 'Bagian Kerja Sama Setda',
    },
    {
      name: 'Kepala Bagian Hukum',
      position: 'Kepala Bagian',
      partyId: pemkot,
      unit: 'Bagian Hukum Setda',
      present: false,
    },
  ],

  points: [
    {
      document: 'mou',
      clause: /MAKSUD DAN TUJUAN/,
      agenda: 0,
      recordedBy: 'ombudsman',
      text:
        'Kerja sama ditujukan untuk meningkatkan kualitas pelayanan publik di lingkungan Pemerintah Kota Jambi, ' +
        'bukan sekadar seremoni penandatanganan: pelaksanaannya harus dipantau dan dievaluasi bersama.',
      state: 'agreed',
      decision:
        'Maksud dan tujuan Nota Kesepakatan memuat peningkatan kualitas pelayanan publik dan pencegahan ' +
        'maladministrasi, dengan pemantauan dan evaluasi bersama.',
    },
    {
      document: 'mou',
      clause: /RUANG LINGKUP/,
      agenda: 1,
      recordedBy: 'asisten',
      text:
        'Ruang lingkup perlu memuat percepatan penyelesaian laporan masyarakat yang menyangkut pelayanan ' +
        'Pemerintah Kota Jambi.',
      replies: [
        {
          by: 'organisasi',
          text: 'Pemerintah Kota Jambi setuju; Inspektorat diminta ikut mengawal tindak lanjut setiap laporan.',
        },
      ],
      state: 'agreed',
      decision:
        'Ruang lingkup memuat peningkatan kualitas pelayanan publik, percepatan penyelesaian laporan masyarakat ' +
        'terkait Pemerintah Kota Jambi, serta pertukaran data dan informasi.',
    },
    {
      document: 'mou',
      clause: /PEMBIAYAAN/,
      agenda: 1,
      recordedBy: 'pemkot',
      text: 'Pembiayaan kegiatan dibebankan pada anggaran masing-masing pihak sesuai peraturan perundang-undangan.',
      state: 'agreed',
      decision: 'Pembiayaan dibebankan pada anggaran masing-masing pihak.',
    },
    {
      document: 'pks',
      clause: /PENGHUBUNG/,
      agenda: 2,
      recordedBy: 'ombudsman',
      text:
        'Setiap OPD menunjuk satu penghubung (PIC), sehingga penyampaian satu laporan masyarakat cukup dengan ' +
        'satu panggilan telepon.',
      replies: [
        {
          by: 'pemkot',
          text: 'Bagian Kerja Sama akan menghimpun nama dan nomor penghubung dari setiap OPD.',
        },
      ],
      state: 'agreed',
      decision: 'Setiap OPD menunjuk penghubung; daftar penghubung menjadi lampiran Perjanjian Kerja Sama.',
    },
    {
      document: 'pks',
      clause: /HAK DAN KEWAJIBAN/,
      agenda: 2,
      recordedBy: 'asisten',
      text:
        'OPD menanggapi permintaan klarifikasi Ombudsman paling lama 14 (empat belas) hari kerja sejak ' +
        'permintaan diterima.',
      replies: [
        { by: 'organisasi', text: 'Jangka waktu tersebut perlu dibicarakan dahulu dengan OPD pelayanan.' },
      ],
      state: 'deferred',
      decision: 'Dibahas dalam rapat internal Pemerintah Kota Jambi bersama OPD terkait.',
    },
    {
      document: 'mou',
      agenda: 3,
      recordedBy: 'organisasi',
      text:
        'Naskah akhir Nota Kesepakatan dan Perjanjian Kerja Sama difinalisasi dalam rapat tindak lanjut ' +
        'sebelum penandatanganan.',
      state: 'agreed',
      decision:
        'Pemerintah Kota Jambi mengundang Ombudsman RI Perwakilan Provinsi Jambi dalam rapat tindak lanjut.',
    },
  ] satisfies DemoPoint[],

  actions: [
    {
      text: 'Menghimpun dan menyampaikan daftar penghubung (PIC) setiap OPD di lingkungan Pemerintah Kota Jambi',
      pic: 'pemkot',
      dueDate: '2020-03-24',
      state: 'done' as ActionState,
      point: 3,
    },
    {
      text: 'Menyelenggarakan rapat internal Pemerintah Kota Jambi bersama OPD terkait tentang jangka waktu tanggapan',
      pic: 'organisasi',
      dueDate: '2020-03-20',
      state: 'in_progress' as ActionState,
      point: 4,
    },
    {
      text: 'Mengundang Ombudsman RI Perwakilan Provinsi Jambi dalam rapat tindak lanjut untuk finalisasi naskah',
      pic: 'pemkot',
      dueDate: '2020-03-27',
      state: 'open' as ActionState,
      point: 5,
    },
  ],

  pointBetweenMeetings: {
    recordedBy: 'asisten',
    clause: /JANGKA WAKTU/,
    text: 'Jangka waktu Perjanjian Kerja Sama diusulkan 5 (lima) tahun, sama dengan Nota Kesepakatan.',
  },
};

/** Liaisons named by the OPDs after the meeting (role titles, fictitious numbers). */
export const LIAISONS = [
  {
    party: 1,
    unit: 'Keasistenan Pemeriksaan Laporan',
    name: 'Asisten Pemeriksaan Laporan',
    position: 'Asisten Ombudsman RI',
    phone: '0741-555100',
    email: 'pemeriksaan@ombudsman-jambi.example',
  },
  {
    party: 2,
    unit: 'Dinas Kependudukan dan Pencatatan Sipil',
    name: 'Sekretaris Disdukcapil',
    position: 'Sekretaris Dinas',
    phone: '0741-555101',
    email: 'disdukcapil@jambikota.example',
    since: '2020-03-24',
  },
  {
    party: 2,
    unit: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    name: 'Kepala Bidang Pelayanan Perizinan',
    position: 'Kepala Bidang',
    phone: '0741-555102',
    email: 'dpmptsp@jambikota.example',
    since: '2020-03-24',
  },
  {
    party: 2,
    unit: 'Dinas Kesehatan',
    name: 'Sekretaris Dinas Kesehatan',
    position: 'Sekretaris Dinas',
    phone: '0741-555103',
    email: 'dinkes@jambikota.example',
    since: '2020-03-24',
  },
  {
    party: 2,
    unit: 'Dinas Pendidikan',
    name: 'Sekretaris Dinas Pendidikan',
    position: 'Sekretaris Dinas',
    phone: '0741-555104',
    email: 'disdik@jambikota.example',
    since: '2020-03-24',
  },
  {
    party: 2,
    unit: 'Inspektorat Kota Jambi',
    name: 'Inspektur Pembantu Wilayah I',
    position: 'Inspektur Pembantu',
    phone: '0741-555105',
    email: 'inspektorat@jambikota.example',
    since: '2020-03-24',
  },
];
