import type { DocumentStatus } from '../../shared/api/cooperations.ts';
import { shortLabel } from '../../shared/signedParts.ts';
import { AppError, DetailedAppError } from './appError.ts';
import { forbidden } from './auth.ts';
import { validation } from './resources.ts';

const STATUS_WORDS: Record<DocumentStatus, [string, string]> = {
  draft: ['masih draf', 'still a draft'],
  final: ['sudah final (terkunci)', 'final (locked)'],
  signed: ['sudah ditandatangani', 'signed'],
};

/** 409 `document.not_draft`: approvals and finalising happen on drafts only. */
export const documentNotDraft = (status: DocumentStatus) =>
  new AppError(
    'document.not_draft',
    409,
    `Dokumen ${STATUS_WORDS[status][0]}; hanya draf yang dapat diubah, disetujui, atau difinalkan.`,
    `The document is ${STATUS_WORDS[status][1]}; only a draft can be changed, approved or finalised.`,
  );

/** 409 `document.not_final`: reopening and signing start from a final document. */
export const documentNotFinal = (status: DocumentStatus) =>
  new AppError(
    'document.not_final',
    409,
    `Dokumen ${STATUS_WORDS[status][0]}; tindakan ini hanya untuk dokumen final.`,
    `The document is ${STATUS_WORDS[status][1]}; this is only possible for a final document.`,
  );

/** 409 `approval.stale_hash`: the text the caller read ("Pasal 3", "Penutup") is not the text now. */
export const staleHash = (name: string, nameEn: string) =>
  new AppError(
    'approval.stale_hash',
    409,
    `Teks ${name} telah berubah sejak Anda membacanya. Muat ulang dan periksa kembali sebelum menyetujui.`,
    `The text of ${nameEn} changed since you read it. Reload and review it before approving.`,
  );

/** 404 `approval.not_found`: the caller's party has no approval on the clause to withdraw. */
export const approvalNotFound = () =>
  new AppError(
    'approval.not_found',
    404,
    'Pihak Anda belum menyetujui bagian ini.',
    'Your party has not approved this item.',
  );

/** 403 `approval.forbidden`: only editors, owners and signatories approve for their party. */
export const mayNotApprove = () =>
  forbidden(
    'approval.forbidden',
    'Hanya editor, pemilik, atau penanda tangan yang dapat menyetujui Pasal untuk pihaknya.',
    'Only editors, owners or signatories can approve a clause for their party.',
  );

/** A Pasal or part that blocks finalising, as listed in the error's details. */
export interface NotAgreedItem {
  id: string;
  state: string;
  /** Pasal number (a Pasal only). */
  number?: number;
  heading?: string;
  /** Part name (a part only). */
  label?: { id: string; en: string };
}

const names = (items: NotAgreedItem[], lang: 'id' | 'en') =>
  items.map((i) => (i.label ? shortLabel(i.label)[lang] : `Pasal ${i.number}`)).join(', ');

/**
 * 409 `document.not_agreed`, naming the Pasal (`details.clauses`) and the parts outside the
 * Pasal (`details.parts`) not yet agreed by every party at their text now.
 */
export const documentNotAgreed = (clauses: NotAgreedItem[], parts: NotAgreedItem[]) =>
  new DetailedAppError(
    'document.not_agreed',
    409,
    `Belum dapat difinalkan: ${names([...clauses, ...parts], 'id')} belum disepakati semua pihak.`,
    `Cannot finalise yet: ${names([...clauses, ...parts], 'en')} not agreed by every party.`,
    { clauses, parts },
  );

/** 409 `document.incomplete`: required sections of the checklist are missing (`details.items`). */
export const documentIncomplete = (items: { key: string; label: { id: string; en: string } }[]) =>
  new DetailedAppError(
    'document.incomplete',
    409,
    `Belum dapat difinalkan: bagian wajib belum lengkap: ${items.map((i) => i.label.id).join(', ')}.`,
    `Cannot finalise yet: required sections are missing: ${items.map((i) => i.label.en).join(', ')}.`,
    { items },
  );

/** 409 `document.broken_references`: a cross-reference points at a clause or ayat that is gone. */
export const brokenReferencesError = (references: { clauseId: string; ayat: string | null }[]) =>
  new DetailedAppError(
    'document.broken_references',
    409,
    `Belum dapat difinalkan: ${references.length} rujukan pasal mengarah ke Pasal atau ayat yang sudah dihapus.`,
    `Cannot finalise yet: ${references.length} cross-reference(s) point at a deleted clause or ayat.`,
    { references },
  );

/** 409 `document.duplicate_ids`: a Pasal, BAB or ayat appears twice (copies of one not yet merged). */
export const duplicateIdsError = (ids: string[]) =>
  new DetailedAppError(
    'document.duplicate_ids',
    409,
    'Belum dapat difinalkan: ada Pasal, BAB atau ayat yang muncul dua kali (misalnya dipindahkan dua orang sekaligus). Hapus salinannya lalu setujui kembali.',
    'Cannot finalise yet: a Pasal, BAB or ayat appears twice (for instance moved by two people at once). Delete the copy and approve again.',
    { ids },
  );

/** 400 `validation.invalid` on `date` of signing. */
export const invalidSigningDate = (message: string, messageEn: string) =>
  validation('date', message, messageEn);

/**
 * 409 `document.signing_mismatch`: the date or place of signing is not the one the final text
 * prints and every party approved (`details`: the approved date and place).
 */
export const signingMismatch = (approved: { date: string; place: string }) =>
  new DetailedAppError(
    'document.signing_mismatch',
    409,
    `Tanggal dan tempat penandatanganan harus yang disetujui semua pihak dan tercetak dalam naskah final: ${approved.date} di ${approved.place}. Untuk mengubahnya, buka kembali dokumen, ubah data cetak, lalu setujui dan finalkan lagi.`,
    `The date and place of signing must be those every party approved and the final text prints: ${approved.date} at ${approved.place}. To change them, reopen the document, change the printed details, then approve and finalise it again.`,
    approved,
  );
