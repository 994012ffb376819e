import { type Messages, useT } from '../../i18n/index.ts';

/** The words of the monitoring and evaluation reports of an agreement. `{name}` marks a parameter. */
const id = {
  heading: 'Laporan monitoring dan evaluasi',
  none: 'Belum ada laporan monitoring dan evaluasi untuk dokumen ini.',
  create: 'Susun laporan monev',
  dialogTitle: 'Susun laporan monitoring dan evaluasi',
  intro:
    'Sepakat menyusun draf laporan dari data pelaksanaan periode ini: kewajiban dan keadaannya, bukti, penghubung, dan tanggapan laporan masyarakat. Draf lalu disunting bersama dan disetujui kedua pihak.',
  period: 'Periode',
  lastYear: '12 bulan terakhir ({from} – {to})',
  quarter: 'Triwulan {roman} {year} ({from} – {to})',
  custom: 'Tanggal lain',
  from: 'Dari tanggal',
  to: 'Sampai tanggal',
  submit: 'Susun',
  cancel: 'Batal',
  created: 'Draf laporan monev disusun.',
  range: '{from} – {to}',
  download: 'Unduh .docx',
  open: 'Buka',
  'status.draft': 'Draf',
  'status.final': 'Disetujui kedua pihak',
  'status.signed': 'Ditandatangani',
};

const en: typeof id = {
  heading: 'Monitoring and evaluation reports',
  none: 'No monitoring and evaluation report for this document yet.',
  create: 'Draft M&E report',
  dialogTitle: 'Draft a monitoring and evaluation report',
  intro:
    "Sepakat drafts the report from this period's implementation data: obligations and their state, evidence, liaisons and responses to public reports. The draft is then edited together and approved by both parties.",
  period: 'Period',
  lastYear: 'Last 12 months ({from} – {to})',
  quarter: 'Quarter {roman} {year} ({from} – {to})',
  custom: 'Other dates',
  from: 'From',
  to: 'To',
  submit: 'Draft',
  cancel: 'Cancel',
  created: 'M&E report drafted.',
  range: '{from} – {to}',
  download: 'Download .docx',
  open: 'Open',
  'status.draft': 'Draft',
  'status.final': 'Approved by both parties',
  'status.signed': 'Signed',
};

export type EvaluationMessageKey = keyof typeof id;
export const evaluationMessages: Messages<EvaluationMessageKey> = { id, en };

/** The translate function over the evaluation reports' words. */
export const useEvaluationT = () => useT(evaluationMessages);
