import type { DueRule } from '../../shared/obligations/due.ts';

/**
 * How the parties settled each obligation Sepakat read from the demo's signed PKS when they
 * confirmed it, by its place in the text: the OPD and liaison who carry it out, what counts as
 * evidence, and the time people set where the text sets none. A place the template no longer
 * has is skipped; an obligation the text newly proposes stays proposed, for people to decide.
 */
export interface ObligationPlan {
  path: string;
  /** The short name of the city's unit (OPD) that carries it out. */
  unit?: string;
  /** The liaison's name in the register. */
  liaison?: string;
  evidence: string;
  /** The time people set when confirming; absent keeps what the text says. */
  due?: DueRule;
}

export const OBLIGATION_PLANS: ObligationPlan[] = [
  {
    path: 'Pasal 4 ayat (2) huruf a',
    liaison: 'Asisten Pemeriksaan Laporan',
    evidence: 'Surat penerusan laporan dengan nomor registrasi laporan',
  },
  {
    path: 'Pasal 4 ayat (2) huruf b',
    liaison: 'Asisten Pemeriksaan Laporan',
    evidence: 'Undangan, daftar hadir dan bahan asistensi atau sosialisasi',
    due: { kind: 'recurring', everyMonths: 6 },
  },
  {
    path: 'Pasal 4 ayat (2) huruf c',
    evidence: 'Pernyataan tidak ada identitas pelapor yang diteruskan tanpa persetujuannya',
  },
  {
    path: 'Pasal 4 ayat (2) huruf d',
    evidence: 'Laporan hasil penilaian kepatuhan standar pelayanan publik',
    due: { kind: 'recurring', everyMonths: 12 },
  },
  {
    path: 'Pasal 4 ayat (4) huruf a',
    evidence: 'Keputusan Wali Kota tentang penunjukan pejabat penghubung',
    due: { kind: 'after_event', amount: 1, unit: 'month', event: 'penandatanganan', fromSigning: true },
  },
  {
    // Each OPD answers the reports forwarded to it: the forwarded reports track them one by one.
    path: 'Pasal 4 ayat (4) huruf b',
    evidence: 'Surat tanggapan OPD atas laporan yang diteruskan, dengan tanggal diterimanya',
  },
  {
    path: 'Pasal 4 ayat (4) huruf c',
    unit: 'RSUD H. Abdul Manap',
    liaison: 'Kepala Bagian Umum RSUD',
    evidence: 'Laporan tindakan korektif dengan foto atau dokumen perbaikan',
    due: { kind: 'recurring', everyMonths: 3 },
  },
  {
    path: 'Pasal 4 ayat (4) huruf d',
    unit: 'DPMPTSP',
    liaison: 'Kepala Bidang Pelayanan Perizinan',
    evidence: 'Data perizinan yang diminta, dengan surat pengantar',
  },
  {
    path: 'Pasal 4 ayat (4) huruf e',
    unit: 'Dinsos',
    liaison: 'Sekretaris Dinas Sosial',
    evidence: 'Keputusan Kepala Dinas tentang standar pelayanan dan foto publikasinya',
    due: { kind: 'after_event', amount: 3, unit: 'month', event: 'penandatanganan', fromSigning: true },
  },
  {
    path: 'Pasal 5 ayat (4)',
    evidence: 'Surat pemberitahuan perubahan pejabat penghubung',
  },
  {
    path: 'Pasal 7 ayat (1)',
    evidence: 'Laporan perkembangan tindak lanjut laporan masyarakat per semester',
  },
  {
    path: 'Pasal 7 ayat (2)',
    evidence: 'Laporan monitoring dan evaluasi yang disetujui PARA PIHAK',
  },
];
