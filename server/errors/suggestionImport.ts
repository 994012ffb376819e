import { AppError } from './appError.ts';

/** Errors of the import of a Word reply as suggestions, each with a stable id. */
export const suggestionImportErrors = {
  /** The multipart upload names no `baseVersionId`. */
  noBaseVersion: () =>
    new AppError(
      'suggestion_import.no_base_version',
      400,
      'Pilih putaran atau versi yang dijawab berkas ini (isian "baseVersionId").',
      'Choose the round or version this file answers (field "baseVersionId").',
      'baseVersionId',
    ),
  /** Not one "Pasal N" line in the file: it is not a copy of this agreement. */
  noPasal: () =>
    new AppError(
      'suggestion_import.no_pasal',
      422,
      'Berkas ini tidak memuat satu pun "Pasal": unggah salinan Word dari dokumen ini yang disunting pihak lain.',
      'This file holds no "Pasal": upload the Word copy of this document that the other party edited.',
    ),
} as const;
