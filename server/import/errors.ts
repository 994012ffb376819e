import { AppError } from '../errors.ts';

/** Largest .docx accepted for import: 10 MiB. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * Errors of the Word import, each with a stable id. A rejected file creates nothing, so the
 * messages tell the user what to do with the file instead.
 */
export const importErrors = {
  notDocx: () =>
    new AppError(
      'import.not_docx',
      415,
      'Berkas ini bukan dokumen Word (.docx). Simpan dokumen sebagai .docx lalu unggah kembali.',
      'This file is not a Word document (.docx). Save the document as .docx and upload it again.',
    ),
  legacyDoc: () =>
    new AppError(
      'import.legacy_doc',
      415,
      'Berkas ini dokumen Word lama (.doc). Buka di Word atau LibreOffice, simpan sebagai .docx, lalu unggah kembali.',
      'This is an old Word document (.doc). Open it in Word or LibreOffice, save it as .docx and upload it again.',
    ),
  corrupt: () =>
    new AppError(
      'import.corrupt',
      422,
      'Berkas .docx rusak dan tidak dapat dibaca.',
      'The .docx file is damaged and cannot be read.',
    ),
  encrypted: () =>
    new AppError(
      'import.encrypted',
      422,
      'Dokumen dilindungi kata sandi. Hapus kata sandinya di Word lalu unggah kembali.',
      'The document is password-protected. Remove the password in Word and upload it again.',
    ),
  tooLarge: () =>
    new AppError(
      'import.too_large',
      413,
      'Berkas terlalu besar: paling besar 10 MiB.',
      'The file is too large: 10 MiB at most.',
    ),
  empty: () =>
    new AppError('import.empty', 422, 'Dokumen tidak berisi teks.', 'The document contains no text.'),
} as const;
