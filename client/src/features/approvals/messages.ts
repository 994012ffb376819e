import { useCallback } from 'react';
import { type Language, useLanguage } from '../../i18n/index.ts';

/**
 * The approval panel's words. Kept beside the feature (not in the app dictionary) so the
 * feature can be added without editing the shared `i18n/id.ts` and `i18n/en.ts`; the same
 * rule holds: every message in Bahasa Indonesia and English, `{name}` marks a parameter.
 */
const id = {
  heading: 'Persetujuan',
  intro:
    'Setiap pihak menyetujui seluruh naskah yang dicetak: setiap Pasal dan bagian di luar Pasal, apa adanya. Perubahan membuat persetujuan lama tidak berlaku.',
  progress: '{agreed} dari {total} Pasal disepakati semua pihak',
  partsProgress: '{agreed} dari {total} bagian di luar Pasal disepakati semua pihak',
  partsHeading: 'Bagian di luar Pasal',
  partsIntro:
    'Juga tercetak dan ditandatangani: pembukaan, susunan, penutup, data cetak, identitas para pihak (dan lampiran).',
  fingerprint: 'Sidik persetujuan',
  version: 'Versi {version}',
  fingerprintHint: 'Sama dengan yang tercetak di kaki setiap halaman naskah final.',
  noClause: 'Letakkan kursor di sebuah Pasal untuk melihat dan memberi persetujuan.',
  clauseTitle: 'Pasal {number}',
  'state.approved': 'Disetujui',
  'state.stale': 'Berubah sejak disetujui',
  'state.none': 'Belum disetujui',
  approvedBy: 'oleh {name}, {at}',
  approve: 'Setujui untuk {party}',
  reapprove: 'Setujui teks baru untuk {party}',
  outlineApprove: 'Setujui Pasal {number} untuk {party}',
  outlineReapprove: 'Setujui Pasal {number} untuk {party} (teks baru)',
  shortcutNoClause: 'Letakkan kursor di sebuah Pasal untuk menyetujuinya.',
  shortcutAlready: 'Pasal {number} sudah disetujui {party}.',
  shortcutApproved: 'Pasal {number} disetujui untuk {party}.',
  shortcutAllAgreed: 'Semua Pasal sudah disepakati semua pihak.',
  shortcutNothingLeft: 'Semua sudah disetujui {party}.',
  withdraw: 'Tarik persetujuan',
  approveAll: 'Setujui semua yang belum disetujui ({count})',
  approveAllTitle: 'Setujui semua untuk {party}',
  approveAllIntro: '{party} menyetujui {count} bagian berikut, apa adanya:',
  approveAllChanged: 'Berubah sejak disetujui {party}; teks barunya yang disetujui.',
  approveAllConfirm: 'Setujui {count} bagian',
  approveAllDone: '{count} bagian disetujui untuk {party}.',
  gateClauses: '{agreed} dari {total} Pasal disepakati',
  gateParts: '{agreed} dari {total} bagian di luar Pasal disepakati',
  gateSigning: 'Tempat dan tanggal belum diisi',
  gateMissing: '{item} belum ada',
  gateItem: '{item}',
  gateDuplicates: 'Ada Pasal, BAB atau ayat yang muncul dua kali',
  gateBroken: '{count} rujukan pasal mengarah ke Pasal atau ayat yang sudah dihapus',
  finalizeWho: 'Dokumen difinalkan oleh editor atau pemilik.',
  cannotApprove: 'Hanya editor, pemilik, atau penanda tangan yang dapat memberi persetujuan.',
  lifecycle: 'Status dokumen',
  'status.draft': 'Draf',
  'status.final': 'Final (terkunci)',
  'status.signed': 'Ditandatangani',
  finalize: 'Finalkan dokumen',
  finalizeConfirm:
    'Dokumen akan dikunci: tidak ada yang dapat mengubah teks sampai pemilik membukanya kembali. Semua Pasal dan bagian di luar Pasal harus sudah disepakati semua pihak. Lanjutkan?',
  finalized: 'Dokumen difinalkan dan dikunci.',
  reopen: 'Buka kembali',
  reopenReason: 'Alasan membuka kembali',
  reopenHint: 'Alasan dicatat bersama nama Anda dan waktunya.',
  reopened: 'Dokumen dibuka kembali sebagai draf.',
  sign: 'Tandai sudah ditandatangani',
  signDate: 'Tanggal penandatanganan',
  signPlace: 'Tempat penandatanganan',
  signIntro: 'Naskah final mencetak tanggal dan tempat penandatanganan yang disetujui semua pihak:',
  signHint:
    'Penandatanganan tidak mengubah naskah. Jika ditandatangani pada tanggal atau di tempat lain, buka kembali dokumen, ubah data cetak, lalu setujui dan finalkan lagi.',
  signed: 'Dokumen ditandai sudah ditandatangani.',
  confirm: 'Ya, lanjutkan',
  cancel: 'Batal',
  history: 'Catatan status',
  'event.finalize': 'Difinalkan oleh {name}, {at}',
  'event.reopen': 'Dibuka kembali oleh {name}, {at}: {reason}',
  'event.sign': 'Ditandatangani di {place} pada {date} (dicatat oleh {name})',
};

type ApprovalMessageKey = keyof typeof id;

const en: Record<ApprovalMessageKey, string> = {
  heading: 'Approval',
  intro:
    'Each party approves the whole printed text: every Pasal and every part outside the Pasal, exactly as it reads. A change makes earlier approvals lapse.',
  progress: '{agreed} of {total} Pasal agreed by every party',
  partsProgress: '{agreed} of {total} parts outside the Pasal agreed by every party',
  partsHeading: 'Parts outside the Pasal',
  partsIntro:
    'Also printed and signed: the opening, the arrangement, the closing, the printed details, the parties (and the annex).',
  fingerprint: 'Approval fingerprint',
  version: 'Version {version}',
  fingerprintHint: 'The same as printed at the foot of every page of the final text.',
  noClause: 'Put the cursor in a Pasal to see and give approvals.',
  clauseTitle: 'Pasal {number}',
  'state.approved': 'Approved',
  'state.stale': 'Changed since approval',
  'state.none': 'Not approved yet',
  approvedBy: 'by {name}, {at}',
  approve: 'Approve for {party}',
  reapprove: 'Approve the new text for {party}',
  outlineApprove: 'Approve Pasal {number} for {party}',
  outlineReapprove: 'Approve Pasal {number} for {party} (new text)',
  shortcutNoClause: 'Put the cursor in a Pasal to approve it.',
  shortcutAlready: 'Pasal {number} is already approved by {party}.',
  shortcutApproved: 'Pasal {number} approved for {party}.',
  shortcutAllAgreed: 'Every Pasal is agreed by every party.',
  shortcutNothingLeft: '{party} has approved everything.',
  withdraw: 'Withdraw approval',
  approveAll: 'Approve all not yet approved ({count})',
  approveAllTitle: 'Approve all for {party}',
  approveAllIntro: '{party} approves the following {count} items, exactly as they read:',
  approveAllChanged: 'Changed since {party} approved it; the new text is approved.',
  approveAllConfirm: 'Approve {count} items',
  approveAllDone: '{count} items approved for {party}.',
  gateClauses: '{agreed} of {total} Pasal agreed',
  gateParts: '{agreed} of {total} parts outside the Pasal agreed',
  gateSigning: 'Place and date not filled in yet',
  gateMissing: '{item} is missing',
  gateItem: '{item}',
  gateDuplicates: 'A Pasal, BAB or ayat appears twice',
  gateBroken: '{count} cross-reference(s) point at a deleted Pasal or ayat',
  finalizeWho: 'An editor or the owner finalises the document.',
  cannotApprove: 'Only editors, owners or signatories can approve.',
  lifecycle: 'Document status',
  'status.draft': 'Draft',
  'status.final': 'Final (locked)',
  'status.signed': 'Signed',
  finalize: 'Finalise document',
  finalizeConfirm:
    'The document will be locked: nobody can change the text until the owner reopens it. Every Pasal and every part outside the Pasal must be agreed by every party. Continue?',
  finalized: 'The document is final and locked.',
  reopen: 'Reopen',
  reopenReason: 'Reason for reopening',
  reopenHint: 'The reason is recorded with your name and the time.',
  reopened: 'The document is a draft again.',
  sign: 'Mark as signed',
  signDate: 'Date of signing',
  signPlace: 'Place of signing',
  signIntro: 'The final text prints the date and place of signing that every party approved:',
  signHint:
    'Signing changes nothing in the text. If it is signed on another day or at another place, reopen the document, change the printed details, then approve and finalise it again.',
  signed: 'The document is marked as signed.',
  confirm: 'Yes, continue',
  cancel: 'Cancel',
  history: 'Status record',
  'event.finalize': 'Finalised by {name}, {at}',
  'event.reopen': 'Reopened by {name}, {at}: {reason}',
  'event.sign': 'Signed at {place} on {date} (recorded by {name})',
};

const dictionaries: Record<Language, Record<ApprovalMessageKey, string>> = { id, en };

/** The translate function of the approval panel in the current interface language. */
export function useApprovalsT(): (
  key: ApprovalMessageKey,
  params?: Record<string, string | number>,
) => string {
  const language = useLanguage((s) => s.language);
  return useCallback(
    (key, params) =>
      dictionaries[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        params && name in params ? String(params[name]) : whole,
      ),
    [language],
  );
}
