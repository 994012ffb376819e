import { bytesText, countText } from '../amounts.ts';
import { AppError } from './appError.ts';

/**
 * Errors of the Word import, each with a stable id. A rejected file creates nothing, so the
 * messages tell the user what to do with the file instead. The limits are those of
 * `ResourceLimits` (server/config.ts); a refusal names the limit in force.
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
  /** The file itself is over `importBytes`. */
  tooLarge: (maxBytes: number) => {
    const [id, en] = bytesText(maxBytes);
    return new AppError(
      'import.too_large',
      413,
      `Berkas terlalu besar: paling besar ${id}.`,
      `The file is too large: ${en} at most.`,
    );
  },
  /** Its XML inflates past `importUnzippedBytes` (a zip bomb, or a draft far longer than an agreement). */
  unzippedTooLarge: (maxBytes: number) => {
    const [id, en] = bytesText(maxBytes);
    return new AppError(
      'import.unzipped_too_large',
      413,
      `Isi dokumen Word melebihi ${id} setelah dibuka. Bagi dokumen menjadi beberapa bagian lalu impor masing-masing.`,
      `The Word document's content exceeds ${en} once unpacked. Split the document and import each part.`,
    );
  },
  /** The zip lists more parts than a Word document has. */
  tooManyParts: () =>
    new AppError(
      'import.too_many_parts',
      422,
      'Berkas .docx berisi terlalu banyak bagian untuk sebuah dokumen Word.',
      'The .docx file holds too many parts for a Word document.',
    ),
  tooManyParagraphs: (max: number) => {
    const [id, en] = countText(max);
    return new AppError(
      'import.too_many_paragraphs',
      413,
      `Dokumen terlalu panjang: paling banyak ${id} paragraf. Bagi dokumen menjadi beberapa bagian lalu impor masing-masing.`,
      `The document is too long: ${en} paragraphs at most. Split the document and import each part.`,
    );
  },
  tooManyPasal: (max: number, found: number) => {
    const [id, en] = countText(max);
    const [foundId, foundEn] = countText(found);
    return new AppError(
      'import.too_many_pasal',
      413,
      `Dokumen berisi ${foundId} Pasal; paling banyak ${id} Pasal dapat diimpor.`,
      `The document has ${foundEn} Pasal; at most ${en} Pasal can be imported.`,
    );
  },
  tooMuchText: (max: number) => {
    const [id, en] = countText(max);
    return new AppError(
      'import.too_much_text',
      413,
      `Dokumen terlalu panjang: paling banyak ${id} karakter teks.`,
      `The document is too long: ${en} characters of text at most.`,
    );
  },
  empty: () =>
    new AppError('import.empty', 422, 'Dokumen tidak berisi teks.', 'The document contains no text.'),
  /** The upload has no `file` part. */
  noFile: () =>
    new AppError(
      'import.no_file',
      400,
      'Unggah berkas .docx pada isian "file" (multipart/form-data).',
      'Upload the .docx file in the "file" field (multipart/form-data).',
    ),
} as const;
