import { conflict } from './appError.ts';
import { validation } from './resources.ts';

// Errors of a master PKS and its variants.

/** 409 `variant.not_master`: variants are made of, and compared with, a master PKS only. */
export const notMaster = () =>
  conflict(
    'variant.not_master',
    'Dokumen ini bukan PKS induk; jadikan PKS induk terlebih dahulu.',
    'This document is not a master PKS; make it a master first.',
  );

/** 409 `variant.not_variant`: overrides belong to a variant of a master PKS. */
export const notVariant = () =>
  conflict(
    'variant.not_variant',
    'Dokumen ini bukan PKS turunan dari PKS induk.',
    'This document is not a variant of a master PKS.',
  );

/** 409 `variant.cannot_be_master`: only a PKS that is not itself a variant can be a master. */
export const cannotBeMaster = () =>
  conflict(
    'variant.cannot_be_master',
    'Hanya PKS yang bukan turunan yang dapat dijadikan PKS induk.',
    'Only a PKS that is not a variant can be made a master.',
  );

/** 409 `variant.exists`: a master has one variant per unit. */
export const variantExists = (unitName: string) =>
  conflict(
    'variant.exists',
    `PKS untuk ${unitName} sudah dibuat dari PKS induk ini.`,
    `A PKS for ${unitName} has already been made from this master.`,
  );

/** 400 naming `unitIds`: a unit chosen is not one of this cooperation's. */
export const unitNotInCooperation = () =>
  validation(
    'unitIds',
    'Unit kerja yang dipilih bukan unit dalam kerja sama ini.',
    'A unit chosen is not a unit of this cooperation.',
  );

/** 409 `variant.not_overridden`: the clause neither differs from the master nor is flagged. */
export const notOverridden = () =>
  conflict(
    'variant.not_overridden',
    'Pasal ini tidak berbeda dari PKS induk dan tidak ditandai.',
    'This clause does not differ from the master and is not flagged.',
  );

/** 409 `variant.not_flagged`: only a flagged master change can be kept over. */
export const notFlagged = () =>
  conflict(
    'variant.not_flagged',
    'Tidak ada perubahan PKS induk yang ditandai pada Pasal ini.',
    'No change of the master is flagged on this clause.',
  );
