import { conflict } from './appError.ts';

// Errors of an agreement's tracked obligations.

/** 409 `obligation.not_final`: obligations are read from a text that no longer changes. */
export const obligationsNotFinal = () =>
  conflict(
    'obligation.not_final',
    'Kewajiban diusulkan dari dokumen yang sudah final atau ditandatangani. Finalkan dokumen ini terlebih dahulu.',
    'Obligations are proposed from a final or signed document. Finalise this document first.',
  );
