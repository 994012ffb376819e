import { bytesText, countText } from '../amounts.ts';
import { AppError, badRequest, conflict } from './appError.ts';
import { forbidden } from './auth.ts';

/**
 * Errors of reports on obligations and their evidence. A report with any refused file is stored
 * not at all, so each refusal names the file and says what to send instead.
 */
export const reportErrors = {
  /** 413: one file is over `evidenceBytes`. */
  fileTooLarge: (name: string, maxBytes: number) => {
    const [id, en] = bytesText(maxBytes);
    return new AppError(
      'report.file_too_large',
      413,
      `Berkas "${name}" terlalu besar: paling besar ${id} per berkas. Laporan belum disimpan.`,
      `The file "${name}" is too large: ${en} per file at most. The report was not saved.`,
    );
  },
  /** 413: more files than `evidenceFiles`. */
  tooManyFiles: (max: number) => {
    const [id, en] = countText(max);
    return new AppError(
      'report.too_many_files',
      413,
      `Satu laporan memuat paling banyak ${id} berkas. Laporan belum disimpan.`,
      `A report carries at most ${en} files. The report was not saved.`,
    );
  },
  /** 413: the body says it is larger than the most files a report may carry, all at their largest. */
  tooLarge: (maxBytes: number, maxFiles: number) => {
    const [id, en] = bytesText(maxBytes);
    const [n, nEn] = countText(maxFiles);
    return new AppError(
      'report.too_large',
      413,
      `Laporan terlalu besar: paling banyak ${n} berkas, masing-masing paling besar ${id}. Laporan belum disimpan.`,
      `The report is too large: at most ${nEn} files of ${en} each. The report was not saved.`,
    );
  },
  /** 415: the bytes are not a PDF, PNG, JPEG or Word (.docx) file, whatever the name says. */
  unsupportedFile: (name: string) =>
    new AppError(
      'report.unsupported_file',
      415,
      `Berkas "${name}" bukan PDF, gambar PNG/JPEG, atau dokumen Word (.docx). Laporan belum disimpan.`,
      `The file "${name}" is not a PDF, a PNG/JPEG image or a Word document (.docx). The report was not saved.`,
    ),
  /** 400: the multipart body's fields are not a report (text, status, occurrence). */
  invalid: (field: string) =>
    new AppError(
      'report.invalid',
      400,
      `Isian laporan tidak valid: ${field}. Isi uraian dan pilih status.`,
      `The report's fields are not valid: ${field}. Fill in the text and choose a status.`,
      field,
    ),
};

/** 409 `report.not_confirmed`: only a confirmed obligation is carried out, and reported on. */
export const reportNotConfirmed = () =>
  conflict(
    'report.not_confirmed',
    'Laporan hanya untuk kewajiban yang sudah dikonfirmasi.',
    'Reports are made on confirmed obligations only.',
  );

/** 400 `report.unknown_occurrence`: the due date is not one the obligation falls due on. */
export const reportUnknownOccurrence = () =>
  badRequest(
    'report.unknown_occurrence',
    'Tanggal jatuh tempo itu bukan jadwal kewajiban ini.',
    'That due date is not one of this obligation.',
  );

/** 403 `report.not_responsible`: reports come from the party (or unit) that carries the obligation out. */
export const mayNotReport = () =>
  forbidden(
    'report.not_responsible',
    'Laporan dibuat oleh pihak (atau OPD) yang melaksanakan kewajiban ini, dengan peran paling rendah pemberi komentar.',
    'Reports are made by the party (or unit) that carries this obligation out, with at least the commenter role.',
  );

/** 403 `report.own_party`: the other party answers a report, not the reporting party itself. */
export const mayNotReview = () =>
  forbidden(
    'report.own_party',
    'Tanggapan dan permintaan kelengkapan diberikan oleh pihak lain, bukan pihak yang melapor.',
    'Comments and requests for more come from another party, not from the party that reported.',
  );
