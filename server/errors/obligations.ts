import { badRequest, conflict } from './appError.ts';

// Errors of an agreement's tracked obligations.

/** 409 `obligation.not_final`: obligations are read from a text that no longer changes. */
export const obligationsNotFinal = () =>
  conflict(
    'obligation.not_final',
    'Kewajiban diusulkan dari dokumen yang sudah final atau ditandatangani. Finalkan dokumen ini terlebih dahulu.',
    'Obligations are proposed from a final or signed document. Finalise this document first.',
  );

/** 400 `obligation.unknown_clause`: the Pasal (or its ayat) is not in this document's text. */
export const obligationUnknownClause = () =>
  badRequest(
    'obligation.unknown_clause',
    'Pasal atau ayat itu tidak ada dalam dokumen ini.',
    'That Pasal or ayat is not in this document.',
  );

/** 400 `obligation.unknown_party`: the party is not one of the cooperation's, or fits not the scope. */
export const obligationUnknownParty = () =>
  badRequest(
    'obligation.unknown_party',
    'Pihak itu bukan pihak kerja sama ini. Pilih satu pihak, atau para pihak tanpa pihak tertentu.',
    'That party is not one of this cooperation. Choose one party, or all parties without naming one.',
  );

/** 400 `obligation.unknown_unit`: the unit (OPD) is not one of the obliged party's in this cooperation. */
export const obligationUnknownUnit = () =>
  badRequest(
    'obligation.unknown_unit',
    'Unit kerja (OPD) itu bukan milik pihak yang berkewajiban dalam kerja sama ini.',
    'That unit (OPD) does not belong to the obliged party in this cooperation.',
  );

/** 400 `obligation.unknown_liaison`: the liaison is not of the obliged party (and its unit) here. */
export const obligationUnknownLiaison = () =>
  badRequest(
    'obligation.unknown_liaison',
    'Penghubung itu bukan penghubung pihak atau unit kerja yang berkewajiban dalam kerja sama ini.',
    'That liaison is not a liaison of the obliged party or unit in this cooperation.',
  );

/** 409 `obligation.not_removable`: only an obligation added by hand and not yet confirmed is removed. */
export const obligationNotRemovable = () =>
  conflict(
    'obligation.not_removable',
    'Hanya kewajiban yang ditambahkan manual dan belum dikonfirmasi yang dapat dihapus. Kewajiban lain dapat diabaikan.',
    'Only an obligation added by hand and not yet confirmed can be removed. Others can be dismissed.',
  );
