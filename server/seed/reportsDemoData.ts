/** An evidence file of a demo report: a one-page PDF (title and lines) or a photo-like PNG. */
export type EvidencePlan =
  | { name: string; pdf: { title: string; lines: string[] } }
  | { name: string; png: { rgb: [number, number, number] } };

/** An answer of the other party to a report, `after` working days after it. */
export interface AnswerPlan {
  by: string;
  kind: 'comment' | 'request';
  text: string;
  after: number;
}

/**
 * A report on an obligation (by its place in the text): which of its due dates it answers (the
 * n-th, 1 for a one-off date; none for an obligation without one) and when it was made, in
 * working days from that date (negative: before it), or from the signing when it has none.
 */
export interface ReportPlan {
  path: string;
  occurrence: number | null;
  at: number;
  by: string;
  status: 'in_progress' | 'done' | 'blocked';
  text: string;
  files?: EvidencePlan[];
  answers?: AnswerPlan[];
}

const BLUE: [number, number, number] = [52, 110, 180];
const GREEN: [number, number, number] = [60, 140, 90];

/**
 * The year's reports. Every due date up to today is answered except the city's second
 * semester report (Pasal 7 ayat (1)): the demo's one overdue item. The RSUD's second quarter
 * draws a request for more, which its next report answers with a photo.
 */
export const REPORT_PLANS: ReportPlan[] = [
  {
    path: 'Pasal 4 ayat (4) huruf a',
    occurrence: 1,
    at: -6,
    by: 'pemkot',
    status: 'done',
    text: 'Keputusan Wali Kota tentang Pejabat Penghubung telah ditetapkan: satu penghubung untuk setiap OPD pelaksana.',
    files: [
      {
        name: 'Keputusan Wali Kota - Pejabat Penghubung.pdf',
        pdf: {
          title: 'KEPUTUSAN WALI KOTA JAMBI',
          lines: [
            'tentang Penunjukan Pejabat Penghubung Kerja Sama dengan Ombudsman RI Perwakilan Jambi',
            'KESATU: menunjuk pejabat penghubung pada Disdukcapil, DPMPTSP, RSUD H. Abdul Manap dan Dinas Sosial.',
            'KEDUA: pejabat penghubung meneruskan dan memantau tindak lanjut laporan masyarakat.',
          ],
        },
      },
    ],
    answers: [
      { by: 'asisten', kind: 'comment', text: 'Diterima. Daftar penghubung sudah kami perbarui.', after: 1 },
    ],
  },
  {
    path: 'Pasal 4 ayat (2) huruf b',
    occurrence: 1,
    at: -5,
    by: 'asisten',
    status: 'done',
    text: 'Sosialisasi standar pelayanan dan pengelolaan pengaduan bagi empat OPD pelaksana, 38 peserta.',
    files: [
      {
        name: 'Daftar hadir sosialisasi.pdf',
        pdf: {
          title: 'DAFTAR HADIR SOSIALISASI STANDAR PELAYANAN',
          lines: [
            'Tempat: Aula Bagian Organisasi Setda Kota Jambi',
            'Peserta: Disdukcapil 11, DPMPTSP 9, RSUD H. Abdul Manap 10, Dinas Sosial 8 orang',
            'Materi: standar pelayanan, pengelolaan pengaduan, tindak lanjut laporan masyarakat',
          ],
        },
      },
      { name: 'Foto kegiatan sosialisasi.png', png: { rgb: BLUE } },
    ],
    answers: [
      {
        by: 'pemkot',
        kind: 'comment',
        text: 'Terima kasih; materi sudah kami teruskan ke seluruh OPD.',
        after: 2,
      },
    ],
  },
  {
    path: 'Pasal 4 ayat (2) huruf b',
    occurrence: 2,
    at: -3,
    by: 'asisten',
    status: 'done',
    text: 'Asistensi penyusunan maklumat pelayanan di RSUD H. Abdul Manap dan Dinas Sosial.',
    files: [
      {
        name: 'Notulen asistensi.pdf',
        pdf: {
          title: 'NOTULEN ASISTENSI MAKLUMAT PELAYANAN',
          lines: [
            'RSUD H. Abdul Manap dan Dinas Sosial Kota Jambi',
            'Hasil: draf maklumat pelayanan disepakati.',
          ],
        },
      },
    ],
  },
  {
    path: 'Pasal 4 ayat (4) huruf e',
    occurrence: 1,
    at: -8,
    by: 'dinsos',
    status: 'done',
    text: 'Standar pelayanan Dinas Sosial ditetapkan dan dipublikasikan di ruang pelayanan dan laman dinas.',
    files: [
      {
        name: 'Keputusan Kepala Dinas - Standar Pelayanan.pdf',
        pdf: {
          title: 'KEPUTUSAN KEPALA DINAS SOSIAL KOTA JAMBI',
          lines: ['tentang Standar Pelayanan pada Dinas Sosial Kota Jambi', 'Lampiran: 6 jenis pelayanan.'],
        },
      },
      { name: 'Foto papan standar pelayanan.png', png: { rgb: GREEN } },
    ],
  },
  ...[1, 2, 3, 4].map(
    (n): ReportPlan => ({
      path: 'Pasal 4 ayat (4) huruf c',
      occurrence: n,
      at: n === 4 ? 2 : -2,
      by: 'rsud',
      status: 'done',
      text: [
        'Alur pengaduan di IGD diperbaiki: petugas pengaduan hadir setiap hari kerja.',
        'Papan alur pengaduan pasien dipasang di lobi dan ruang rawat jalan.',
        'Waktu tunggu pendaftaran rawat jalan diumumkan setiap hari.',
        'Kanal pengaduan WhatsApp RSUD dijawab paling lama satu hari kerja.',
      ][n - 1]!,
      files:
        n === 1
          ? [
              {
                name: 'Laporan tindakan korektif triwulan I.pdf',
                pdf: {
                  title: 'LAPORAN TINDAKAN KOREKTIF RSUD H. ABDUL MANAP',
                  lines: ['Triwulan I', 'Perbaikan alur pengaduan di Instalasi Gawat Darurat.'],
                },
              },
            ]
          : [],
      answers:
        n === 2
          ? [
              {
                by: 'asisten',
                kind: 'request',
                text: 'Mohon lampirkan foto papan alur pengaduan yang sudah dipasang.',
                after: 2,
              },
            ]
          : [],
    }),
  ),
  {
    path: 'Pasal 4 ayat (4) huruf c',
    occurrence: 2,
    at: 6,
    by: 'rsud',
    status: 'done',
    text: 'Foto papan alur pengaduan di lobi, sebagaimana diminta.',
    files: [{ name: 'Foto papan alur pengaduan.png', png: { rgb: BLUE } }],
    answers: [{ by: 'asisten', kind: 'comment', text: 'Sudah sesuai, terima kasih.', after: 1 }],
  },
  {
    path: 'Pasal 7 ayat (1)',
    occurrence: 1,
    at: -2,
    by: 'pemkot',
    status: 'done',
    text: 'Laporan semester I: 9 laporan masyarakat diteruskan, 7 ditanggapi dalam 10 hari kerja, 2 terlambat.',
    files: [
      {
        name: 'Laporan perkembangan semester I.pdf',
        pdf: {
          title: 'LAPORAN PERKEMBANGAN PELAKSANAAN PERJANJIAN KERJA SAMA',
          lines: [
            'Semester I',
            'Laporan masyarakat diteruskan: 9; ditanggapi tepat waktu: 7; terlambat: 2.',
            'Rencana kerja: sosialisasi standar pelayanan, perbaikan alur pengaduan RSUD.',
          ],
        },
      },
    ],
    answers: [
      {
        by: 'ombudsman',
        kind: 'comment',
        text: 'Diterima. Dua tanggapan yang terlambat agar dibahas dalam monitoring dan evaluasi.',
        after: 3,
      },
    ],
  },
  {
    path: 'Pasal 4 ayat (2) huruf d',
    occurrence: 1,
    at: -7,
    by: 'asisten',
    status: 'done',
    text: 'Hasil penilaian kepatuhan standar pelayanan publik empat OPD disampaikan dengan saran perbaikan.',
    files: [
      {
        name: 'Hasil penilaian kepatuhan.pdf',
        pdf: {
          title: 'HASIL PENILAIAN KEPATUHAN STANDAR PELAYANAN PUBLIK',
          lines: [
            'Disdukcapil: zona hijau; DPMPTSP: zona hijau',
            'RSUD H. Abdul Manap: zona kuning; Dinas Sosial: zona kuning',
            'Saran: maklumat pelayanan dan sarana pengaduan di setiap unit layanan.',
          ],
        },
      },
    ],
    answers: [
      { by: 'organisasi', kind: 'comment', text: 'Saran perbaikan masuk rencana aksi tahun ini.', after: 2 },
    ],
  },
  {
    path: 'Pasal 7 ayat (2)',
    occurrence: 1,
    at: 3,
    by: 'ombudsman',
    status: 'done',
    text: 'Rapat monitoring dan evaluasi tahun pertama dilaksanakan bersama Bagian Kerja Sama dan empat OPD; laporan M&E disusun.',
  },
  {
    path: 'Pasal 4 ayat (2) huruf a',
    occurrence: null,
    at: 120,
    by: 'asisten',
    status: 'in_progress',
    text: 'Laporan masyarakat tentang pelayanan OPD diteruskan melalui penghubung masing-masing (lihat Laporan Masyarakat).',
  },
  {
    path: 'Pasal 4 ayat (2) huruf c',
    occurrence: null,
    at: 120,
    by: 'asisten',
    status: 'in_progress',
    text: 'Setiap penerusan hanya memuat nomor registrasi; tidak ada identitas pelapor yang diteruskan.',
  },
  {
    path: 'Pasal 4 ayat (4) huruf b',
    occurrence: null,
    at: 125,
    by: 'pemkot',
    status: 'in_progress',
    text: 'OPD menanggapi laporan yang diteruskan; rekap waktu tanggapan per OPD ada pada Laporan Masyarakat.',
  },
  {
    path: 'Pasal 4 ayat (4) huruf d',
    occurrence: null,
    at: 70,
    by: 'dpmptsp',
    status: 'done',
    text: 'Data perizinan berusaha triwulan yang diminta disampaikan.',
    files: [
      {
        name: 'Data perizinan.pdf',
        pdf: {
          title: 'REKAPITULASI PERIZINAN BERUSAHA',
          lines: ['DPMPTSP Kota Jambi', 'Izin terbit: 412; dalam proses: 37; ditolak: 12.'],
        },
      },
    ],
  },
  {
    path: 'Pasal 5 ayat (4)',
    occurrence: null,
    at: 160,
    by: 'pemkot',
    status: 'done',
    text: 'Penghubung DPMPTSP berganti; pemberitahuan tertulis disampaikan kepada Ombudsman dalam 3 hari kerja.',
  },
];
