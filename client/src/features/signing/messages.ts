import { type Messages, useT } from '../../i18n/index.ts';

/** Words of the printed originals (export menu) and of the party settings. */
const id = {
  'export.menu': 'Unduh Word',
  'export.copy': 'Salinan kerja',
  'export.tracked': 'Dengan usulan (lacak perubahan)',
  'export.accepted': 'Usulan diterima semua',
  'export.rejected': 'Usulan ditolak semua',
  'export.clean': 'salinan bersih, tanpa tanda perubahan',
  'export.original': 'Asli untuk {label}',
  'export.originalHint': 'meterai di bawah tanda tangan {others}',
  'export.note':
    'Cetak satu asli untuk setiap pihak: meterai ditempel di bawah tanda tangan pihak yang menyerahkan asli itu.',
  'settings.title': 'Pengaturan kerja sama',
  'settings.hint':
    'Dokumen baru memakai sebutan ini; tanda tangan dan paraf mengikuti sebutan dalam naskah masing-masing dokumen. Urutan kolom berlaku untuk semua ekspor Word.',
  'settings.wording': 'Sebutan pihak pertama',
  'settings.wording.pertama': 'PIHAK PERTAMA',
  'settings.wording.kesatu': 'PIHAK KESATU',
  'settings.order': 'Kolom tanda tangan',
  'settings.order.firstLeft': '{first} di kiri, {second} di kanan',
  'settings.order.firstRight': '{second} di kiri, {first} di kanan',
  'settings.saved': 'Pengaturan para pihak disimpan.',
  'settings.readOnly': 'Hanya pemilik kerja sama yang dapat mengubah pengaturan ini.',
};

const en: typeof id = {
  'export.menu': 'Download Word',
  'export.copy': 'Working copy',
  'export.tracked': 'With suggestions (tracked changes)',
  'export.accepted': 'All accepted',
  'export.rejected': 'All rejected',
  'export.clean': 'clean copy, no change marks',
  'export.original': 'Original for {label}',
  'export.originalHint': 'duty stamp under the signature of {others}',
  'export.note':
    'Print one original for each party: the duty stamp goes under the signature of the party who hands that original over.',
  'settings.title': 'Cooperation settings',
  'settings.hint':
    'New documents use this name; signatures and initials follow the name each document’s text uses. The column order applies to every Word export.',
  'settings.wording': 'Name of the first party',
  'settings.wording.pertama': 'PIHAK PERTAMA',
  'settings.wording.kesatu': 'PIHAK KESATU',
  'settings.order': 'Signature columns',
  'settings.order.firstLeft': '{first} on the left, {second} on the right',
  'settings.order.firstRight': '{second} on the left, {first} on the right',
  'settings.saved': 'Party settings saved.',
  'settings.readOnly': 'Only the owner of the cooperation can change these settings.',
};

const messages: Messages<keyof typeof id> = { id, en };

/** The translate function of the signing words. */
export const useSigningT = () => useT(messages);
