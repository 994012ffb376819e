import { conflict } from './appError.ts';

// Errors of the monitoring and evaluation reports of an agreement.

/** 409 `evaluation.not_agreement`: only an MoU or a PKS is evaluated, not minutes or a report. */
export const evaluationNotAgreement = () =>
  conflict(
    'evaluation.not_agreement',
    'Laporan monitoring dan evaluasi disusun untuk Nota Kesepakatan atau PKS.',
    'A monitoring and evaluation report is drafted for an MoU or a PKS.',
  );

/** 409 `evaluation.not_final`: an agreement is evaluated once its text no longer changes. */
export const evaluationNotFinal = () =>
  conflict(
    'evaluation.not_final',
    'Laporan monitoring dan evaluasi disusun untuk dokumen yang sudah final atau ditandatangani.',
    'A monitoring and evaluation report is drafted for a final or signed document.',
  );

/** 409 `evaluation.not_evaluation`: the document is not a monitoring and evaluation report. */
export const notAnEvaluation = () =>
  conflict(
    'evaluation.not_evaluation',
    'Dokumen ini bukan laporan monitoring dan evaluasi.',
    'This document is not a monitoring and evaluation report.',
  );
