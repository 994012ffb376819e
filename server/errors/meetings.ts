import { AppError, conflict } from './appError.ts';
import { forbidden } from './auth.ts';
import { notFound, validation } from './resources.ts';

// Errors of meetings, discussion points, follow-ups and liaisons.

export const meetingNotFound = () => notFound('meeting');
export const pointNotFound = () => notFound('point');
export const actionNotFound = () => notFound('action', 'Tindak lanjut', 'Follow-up');
export const liaisonNotFound = () => notFound('liaison', 'Penghubung', 'Liaison');

export const meetingClosed = () =>
  conflict(
    'meeting.closed',
    'Rapat sudah ditutup; notulanya tidak dapat diubah lagi.',
    'The meeting is closed; its record can no longer be changed.',
  );

export const meetingNotPlanned = () =>
  conflict(
    'meeting.not_planned',
    'Hanya rapat yang direncanakan yang dapat dibuka.',
    'Only a planned meeting can be opened.',
  );

export const meetingNotOpen = () =>
  conflict(
    'meeting.not_open',
    'Rapat belum dibuka; buka rapat terlebih dahulu sebelum menutupnya.',
    'The meeting is not open; open it before closing it.',
  );

export const meetingNotClosed = () =>
  conflict(
    'meeting.not_closed',
    'Hanya rapat yang sudah ditutup yang dapat dibuka kembali.',
    'Only a closed meeting can be reopened.',
  );

/**
 * 409 `meeting.record_locked`: a decision, an outcome or a follow-up recorded in a closed
 * meeting is part of its minutes, changed only after the meeting is reopened.
 */
export const recordLocked = (title: string) =>
  conflict(
    'meeting.record_locked',
    `Keputusan ini tercatat dalam notula "${title}", yang sudah ditutup. Buka kembali rapat tersebut (dengan alasan) untuk mengubahnya.`,
    `This decision is recorded in the minutes of "${title}", which is closed. Reopen that meeting (giving a reason) to change it.`,
  );

export const timeOrder = () =>
  validation('timeTo', 'Jam selesai harus setelah jam mulai.', 'The end time must be after the start time.');

export const unknownClause = (clauseId: string) =>
  new AppError(
    'point.unknown_clause',
    400,
    `Pasal "${clauseId}" tidak ada dalam dokumen ini (mungkin sudah dihapus).`,
    `Clause "${clauseId}" is not in this document (it may have been deleted).`,
    'clauseId',
  );

/** A referenced record that is not part of this cooperation: 400 naming the field. */
export const notInCooperation = (field: string, what: string, whatEn: string) =>
  validation(
    field,
    `Isian "${field}" bukan ${what} dalam kerja sama ini.`,
    `Field "${field}" is not ${whatEn} of this cooperation.`,
  );

export const required = (field: string) =>
  validation(field, `Isian "${field}" wajib diisi.`, `Field "${field}" is required.`);

/** 403 `point.raised_by_forbidden`: only the minute-taker of an open meeting raises points for others. */
export const mayNotRaiseFor = () =>
  forbidden(
    'point.raised_by_forbidden',
    'Poin pembahasan disampaikan atas nama Anda sendiri. Hanya notulis rapat yang sedang berlangsung yang mencatat poin atas nama orang lain.',
    'Discussion points are raised in your own name. Only the minute-taker of a meeting in progress records points on behalf of others.',
  );

/** 403 `point.decide_forbidden`. */
export const mayNotDecidePoint = () =>
  forbidden(
    'point.decide_forbidden',
    'Hanya penyunting atau pemilik yang dapat memutuskan poin pembahasan.',
    'Only editors and owners can decide discussion points.',
  );
