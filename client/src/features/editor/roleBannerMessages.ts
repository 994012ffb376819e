import { type Messages, useT } from '../../i18n/index.ts';

/**
 * The words of the banner above a document the reader cannot type into (who they are here,
 * what they can do, why a final or signed document is locked, and whom to ask for more), or
 * whose changes become suggestions.
 */
const id = {
  'who.owner': 'Anda pemilik',
  'who.editor': 'Anda editor',
  'who.commenter': 'Anda pemberi komentar',
  'who.suggester': 'Anda pengusul',
  'who.viewer': 'Anda pembaca',
  'who.signatory': '{who} dan penanda tangan',
  'can.read': 'membaca',
  'can.raisePoints': 'menambah poin pembahasan',
  'can.approve': 'menyetujui teks untuk pihak Anda',
  'can.sign': 'menandatanganinya',
  'can.reopen': 'membukanya kembali untuk diubah',
  draft: '{who}: dapat {abilities}, tetapi tidak dapat mengubah teks.',
  'suggests.role':
    '{who}: setiap perubahan Anda pada teks menjadi usulan, yang diterima atau ditolak oleh pihak lain.',
  'suggests.party':
    '{who}, dan pihak Anda saat ini hanya dapat mengusulkan: setiap perubahan Anda pada teks menjadi usulan, yang diterima atau ditolak oleh pihak lain.',
  'suggests.approve': 'Anda tetap dapat menyetujui teks untuk pihak Anda.',
  locked: '{who}: dapat {abilities}.',
  final:
    'Dokumen ini sudah final: semua pihak telah menyetujui seluruh teksnya, jadi teks ini terkunci bagi siapa pun.',
  signed: 'Dokumen ini sudah ditandatangani, jadi teksnya terkunci bagi siapa pun.',
  askEdit: 'Untuk mengubah teks, minta peran Editor kepada {owners} (pemilik).',
  askReopen: 'Bila teksnya perlu diubah lagi, hubungi {owners} (pemilik).',
  badge: 'Komentar',
  badgeTitle: 'Tersambung; peran Anda tidak mengubah teks, tetapi dapat menambah poin atau menyetujui.',
};

const en: Record<keyof typeof id, string> = {
  'who.owner': 'You are an owner',
  'who.editor': 'You are an editor',
  'who.commenter': 'You are a commenter',
  'who.suggester': 'You are a suggester',
  'who.viewer': 'You are a viewer',
  'who.signatory': '{who} and a signatory',
  'can.read': 'read',
  'can.raisePoints': 'raise discussion points',
  'can.approve': 'approve the text for your party',
  'can.sign': 'sign it',
  'can.reopen': 'reopen it for changes',
  draft: '{who}: you can {abilities}, but not change the text.',
  'suggests.role':
    '{who}: every change you make to the text becomes a suggestion, which the other party accepts or rejects.',
  'suggests.party':
    '{who}, and your party may only suggest for now: every change you make to the text becomes a suggestion, which the other party accepts or rejects.',
  'suggests.approve': 'You can still approve the text for your party.',
  locked: '{who}: you can {abilities}.',
  final: 'This document is final: every party approved all of its text, so it is locked for everyone.',
  signed: 'This document is signed, so its text is locked for everyone.',
  askEdit: 'To change the text, ask {owners} (owner) for the Editor role.',
  askReopen: 'If the text must change again, contact {owners} (owner).',
  badge: 'Comment',
  badgeTitle: 'Connected; your role does not change the text, but may raise points or approve.',
};

/** A key of the role banner's words. */
export type RoleBannerMessageKey = keyof typeof id;

const messages: Messages<RoleBannerMessageKey> = { id, en };

/** The role banner's words in the interface language. */
export const useRoleBannerT = () => useT(messages);
