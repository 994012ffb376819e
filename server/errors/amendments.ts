import { conflict } from './appError.ts';

// Errors of starting an addendum or a renewal of an agreement.

/** 409 `amendment.not_signed`: only a final or signed MoU or PKS is amended or renewed. */
export const amendmentNotSigned = () =>
  conflict(
    'amendment.not_signed',
    'Adendum atau perpanjangan hanya dapat disusun untuk Nota Kesepakatan atau PKS yang sudah final atau ditandatangani. Dokumen ini masih draf: ubah drafnya secara langsung.',
    'An addendum or a renewal can only be started for a final or signed MoU or PKS. This document is still a draft: change the draft itself.',
  );
