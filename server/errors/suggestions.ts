import { AppError, DetailedAppError } from './appError.ts';
import { forbidden } from './auth.ts';

/** 404 `suggestion.not_found`: no pending suggestion has that id (already decided, or never made). */
export const suggestionNotFound = (ids: string[]) =>
  new DetailedAppError(
    'suggestion.not_found',
    404,
    'Usulan tidak ditemukan: mungkin sudah diputuskan.',
    'Suggestion not found: it may have been decided already.',
    { ids },
  );

/**
 * 403 `suggestion.forbidden`: accepting and rejecting is for an editor or owner of another
 * party than the suggestion's; its author may only withdraw it.
 */
export const mayNotDecideSuggestion = () =>
  forbidden(
    'suggestion.forbidden',
    'Usulan hanya dapat diterima atau ditolak oleh editor atau pemilik dari pihak lain; pengusul hanya dapat menariknya.',
    'A suggestion can be accepted or rejected only by an editor or owner of another party; its author may only withdraw it.',
  );

/** A suggestion whose Pasal someone else changed after it was made, and the text deciding it removes. */
export interface StaleSuggestion {
  id: string;
  clauseId: string | null;
  /** Exactly the text the decision takes out of the document. */
  removes: string;
}

/**
 * 409 `suggestion.stale`: the Pasal of a suggestion changed (by someone else) after it was
 * made; `details.suggestions` lists what the decision would remove. Sent again with
 * `confirm: true`, the decision is made.
 */
export const suggestionStale = (suggestions: StaleSuggestion[]) => {
  const removed = suggestions
    .map((s) => s.removes)
    .filter(Boolean)
    .map((t) => `“${t}”`)
    .join(', ');
  return new DetailedAppError(
    'suggestion.stale',
    409,
    `Pasal usulan ini telah diubah sejak usulan dibuat. ${removed ? `Yang akan dihapus: ${removed}. ` : ''}Konfirmasi untuk melanjutkan.`,
    `The Pasal changed since the suggestion was made. ${removed ? `This will be removed: ${removed}. ` : ''}Confirm to go on.`,
    { suggestions },
  );
};

/** 409 `approval.pending_suggestions`: a Pasal is approved only once its suggestions are decided. */
export const pendingSuggestions = (name: string, count: number) =>
  new AppError(
    'approval.pending_suggestions',
    409,
    `${name} masih memuat ${count} usulan yang belum diterima atau ditolak; putuskan dahulu sebelum menyetujui.`,
    `${name} still has ${count} suggestion(s) not yet accepted or rejected; decide them before approving.`,
  );
