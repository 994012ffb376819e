import { type Messages, useT } from '../../i18n/index.ts';

/**
 * The words of reports on an obligation: the list, the report form and the other party's
 * answers. Bahasa Indonesia and English; `{name}` marks a parameter.
 */
const id = {
  'list.title': 'Laporan pelaksanaan',
  'list.empty': 'Belum ada laporan pelaksanaan.',
  'list.loadFailed': 'Laporan tidak dapat dimuat.',
  'state.title': 'Keadaan',
  'state.whole': 'Kewajiban ini',
  'state.due': 'Jatuh tempo {date}',
  'status.in_progress': 'Sedang berjalan',
  'status.done': 'Selesai',
  'status.blocked': 'Terkendala',
  'report.by': '{name}, {when}',
  'report.for': 'Untuk jatuh tempo {date}',
  'report.files': 'Bukti',
  'report.file': '{name} ({size})',
  'comment.comment': 'Tanggapan',
  'comment.request': 'Permintaan kelengkapan',
  'comment.by': '{kind} dari {name}, {when}',
  'form.title': 'Laporkan pelaksanaan',
  'form.text': 'Uraian pelaksanaan',
  'form.textHint': 'Apa yang sudah dilakukan, kapan, dan oleh siapa.',
  'form.status': 'Status',
  'form.occurrence': 'Jatuh tempo yang dilaporkan',
  'form.noOccurrence': 'Tanpa tanggal tertentu',
  'form.files': 'Berkas bukti (opsional)',
  'form.filesHint':
    'PDF, PNG, JPEG atau Word (.docx), paling banyak {n} berkas, masing-masing paling besar {size}.',
  'form.fileType': '{name}: jenis berkas tidak diterima.',
  'form.fileSize': '{name}: lebih besar dari {size}.',
  'form.tooMany': 'Paling banyak {n} berkas.',
  'form.remove': 'Hapus {name} dari laporan',
  'form.submit': 'Kirim laporan',
  'form.sent': 'Laporan terkirim.',
  'answer.label': 'Tanggapan untuk laporan ini',
  'answer.comment': 'Kirim tanggapan',
  'answer.request': 'Minta kelengkapan',
  'answer.sent': 'Tanggapan terkirim.',
  'answer.requested': 'Permintaan kelengkapan terkirim.',
};

const en: Record<keyof typeof id, string> = {
  'list.title': 'Progress reports',
  'list.empty': 'No progress reports yet.',
  'list.loadFailed': 'The reports could not be loaded.',
  'state.title': 'State',
  'state.whole': 'This obligation',
  'state.due': 'Due {date}',
  'status.in_progress': 'In progress',
  'status.done': 'Done',
  'status.blocked': 'Blocked',
  'report.by': '{name}, {when}',
  'report.for': 'For the due date {date}',
  'report.files': 'Evidence',
  'report.file': '{name} ({size})',
  'comment.comment': 'Comment',
  'comment.request': 'Request for more',
  'comment.by': '{kind} from {name}, {when}',
  'form.title': 'Report progress',
  'form.text': 'What was done',
  'form.textHint': 'What has been done, when, and by whom.',
  'form.status': 'Status',
  'form.occurrence': 'Due date reported on',
  'form.noOccurrence': 'No particular date',
  'form.files': 'Evidence files (optional)',
  'form.filesHint': 'PDF, PNG, JPEG or Word (.docx), at most {n} files of {size} each.',
  'form.fileType': '{name}: this kind of file is not accepted.',
  'form.fileSize': '{name}: larger than {size}.',
  'form.tooMany': 'At most {n} files.',
  'form.remove': 'Remove {name} from the report',
  'form.submit': 'Send report',
  'form.sent': 'Report sent.',
  'answer.label': 'Answer to this report',
  'answer.comment': 'Send comment',
  'answer.request': 'Ask for more',
  'answer.sent': 'Comment sent.',
  'answer.requested': 'Request for more sent.',
};

export type ReportMessageKey = keyof typeof id;
export const reportMessages: Messages<ReportMessageKey> = { id, en };

/** The translate function over the reports' words. */
export const useReportT = () => useT(reportMessages);
