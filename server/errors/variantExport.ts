import { AppError } from './appError.ts';

const NOTHING: Record<'draft' | 'final', [string, string]> = {
  draft: [
    'PKS induk ini belum memiliki PKS untuk OPD mana pun.',
    'This master PKS has no PKS for any OPD yet.',
  ],
  final: [
    'Belum ada PKS OPD yang final atau ditandatangani; unduh sebagai draf, atau finalkan dahulu.',
    'No OPD’s PKS is final or signed yet; download them as drafts, or finalise them first.',
  ],
};

/**
 * 409 `variant_export.none`: nothing to put in the batch export: the master has no variant yet,
 * or (`final`) none of its variants is final or signed.
 */
export const noVariantsToExport = (mode: 'draft' | 'final') =>
  new AppError('variant_export.none', 409, ...NOTHING[mode]);
