import { bytesText, countText } from '../amounts.ts';
import type { ResourceLimits } from '../config.ts';
import { AppError } from './appError.ts';

/** 400 `export.unsupported_kind`: only an MoU or a PKS prints as an agreement. */
export const unsupportedExportKind = () =>
  new AppError(
    'export.unsupported_kind',
    400,
    'Hanya Nota Kesepakatan dan PKS yang dapat diekspor ke Word di sini.',
    'Only an MoU or a PKS can be exported to Word here.',
  );

/** 422 `export.too_large`, naming the limits in force. */
export function exportTooLarge(limits: Pick<ResourceLimits, 'exportPasal' | 'exportParagraphs'>): AppError {
  const [pasalId, pasalEn] = countText(limits.exportPasal);
  const [parId, parEn] = countText(limits.exportParagraphs);
  return new AppError(
    'export.too_large',
    422,
    `Dokumen terlalu besar untuk diekspor ke Word: paling banyak ${pasalId} Pasal dan ${parId} paragraf. Hubungi pengelola server.`,
    `The document is too large to export to Word: ${pasalEn} Pasal and ${parEn} paragraphs at most. Contact the server's administrator.`,
  );
}

/** 400 `export.unknown_original`: `?original=` names no party of the document. */
export const unknownOriginal = (count: number) =>
  new AppError(
    'export.unknown_original',
    400,
    `Asli yang diminta tidak ada: pilih pihak 1 sampai ${count}.`,
    `No such original: choose party 1 to ${count}.`,
    'original',
  );

/** Errors of the party logos printed in the agreement's heading. */
export const logoErrors = {
  unsupported: () =>
    new AppError(
      'logo.unsupported',
      415,
      'Logo harus berupa gambar PNG atau JPEG.',
      'The logo must be a PNG or JPEG image.',
    ),
  dimensions: (
    limits: Pick<ResourceLimits, 'logoMinSide' | 'logoMaxSide'>,
    width: number,
    height: number,
  ) => {
    const [min, max] = [countText(limits.logoMinSide), countText(limits.logoMaxSide)];
    return new AppError(
      'logo.dimensions',
      422,
      `Ukuran logo harus ${min[0]} sampai ${max[0]} piksel per sisi; gambar ini ${width} × ${height} piksel.`,
      `A logo must measure ${min[1]} to ${max[1]} pixels a side; this image is ${width} × ${height} pixels.`,
    );
  },
  unreadable: () =>
    new AppError(
      'logo.unreadable',
      422,
      'Gambar logo rusak atau tidak lengkap. Simpan ulang gambarnya sebagai PNG atau JPEG lalu unggah kembali.',
      'The logo image is damaged or incomplete. Save the image again as PNG or JPEG and upload it again.',
    ),
  /** The upload is over `logoBytes`. */
  tooLarge: (maxBytes: number) => {
    const [id, en] = bytesText(maxBytes);
    return new AppError('logo.too_large', 413, `Logo melebihi ${id}.`, `The logo is larger than ${en}.`);
  },
  /** The upload has no `file` part. */
  noFile: () =>
    new AppError(
      'logo.no_file',
      400,
      'Unggah gambar logo pada isian "file" (multipart/form-data).',
      'Upload the logo image in the "file" field (multipart/form-data).',
    ),
} as const;
