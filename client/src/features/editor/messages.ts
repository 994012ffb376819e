import { type Messages, useT } from '../../i18n/index.ts';

/**
 * The editor screen's words about the live session: changes the server refused, the document
 * turning read-only, the connection badge's states beyond those of the app dictionary.
 */
const id = {
  'refused.locked': 'Dokumen ini sudah final; perubahan Anda yang belum tersimpan tidak diterima.',
  'refused.read-only':
    'Anda kini hanya dapat membaca dokumen ini; perubahan Anda yang belum tersimpan tidak diterima.',
  'refused.invalid':
    'Server menolak perubahan Anda karena membuat susunan dokumen tidak sah; dokumen dimuat ulang dari server.',
  'refused.duplicate-id':
    'Server menolak perubahan Anda karena memberi sebuah Pasal, BAB, atau ayat tanda pengenal yang sudah dipakai; dokumen dimuat ulang dari server.',
  'refused.too-large':
    'Perubahan Anda membuat dokumen lebih besar daripada yang dapat disimpan server; perubahan itu tidak diterima.',
  'refused.quota':
    'Dokumen ini sudah menerima terlalu banyak perubahan untuk sementara; perubahan Anda tidak diterima. Coba lagi nanti.',
  'refused.missing-dependencies':
    'Perubahan Anda bergantung pada perubahan yang tidak dimiliki server; dokumen dimuat ulang dari server.',
  'refused.suggestion':
    'Server menolak perubahan Anda: Anda hanya dapat mengusulkan perubahan, dan usulan tidak boleh mengubah teks yang sudah disepakati, usulan orang lain, atau nama pengusulnya; dokumen dimuat ulang dari server.',
  'refused.other': 'Server menolak perubahan Anda ({reason}); dokumen dimuat ulang dari server.',
  'refused.again':
    'Server terus menolak perubahan dari perangkat ini. Muat ulang halaman, atau hubungi pengelola bila terus terjadi.',
  'refused.comparing': 'Membandingkan salinan di perangkat ini dengan dokumen di server…',
  'refused.listIntro':
    'Teks berikut ada di perangkat ini tetapi tidak diterima server dan telah dihapus dari perangkat. Salin bila masih Anda perlukan:',
  'refused.nothingLost': 'Dokumen kini sama dengan yang tersimpan di server.',
  'refused.dismiss': 'Tutup',
  'drawer.left': 'Kerangka',
  'drawer.right': 'Panel',
  'drawer.bar': 'Kolom layar',
  'komparisi.hint': 'Penanda tangan diambil dari tab Info; ubah di sana.',
  'opening.hint': 'Tanggal dan tempat penandatanganan diambil dari tab Info; ubah di sana.',
  'slowDown.wait':
    'Terlalu banyak perubahan Anda ditolak server akhir-akhir ini. Menyambung lagi dalam {seconds} detik.',
  'part.clause': 'Pasal {number}',
  'part.chapter': 'BAB {roman}',
  'part.preamble': 'Pembukaan',
  'part.closing': 'Penutup',
  'part.outside': 'Teks di luar Pasal',
  'part.meta': 'Info: {field}',
  copy: 'Salin',
  copyAll: 'Salin semua',
  copied: 'Disalin',
  copyFailed: 'Tidak dapat menyalin; pilih teksnya lalu tekan Ctrl+C.',
  'conn.readOnly': 'Hanya baca',
  'conn.locked': 'Terkunci',
  'conn.lockedTitle': 'Dokumen sudah final atau ditandatangani; tidak ada perubahan yang diterima.',
  'conn.readOnlyTitle': 'Tersambung, tetapi peran Anda hanya boleh membaca dokumen ini.',
  'conn.resetting': 'Memuat ulang dari server…',
  'conn.waiting': 'Ditahan sebentar',
  'status.final': 'Dokumen ini baru saja difinalkan; kini hanya dapat dibaca.',
  'status.signed': 'Dokumen ini baru saja ditandai sudah ditandatangani; kini hanya dapat dibaca.',
  'status.draft': 'Dokumen ini dibuka kembali untuk diubah.',
};

const en: Record<keyof typeof id, string> = {
  'refused.locked': 'This document is final; your unsaved changes were not accepted.',
  'refused.read-only': 'You can now only read this document; your unsaved changes were not accepted.',
  'refused.invalid':
    "The server refused your change because it would leave the document's structure invalid; the document was reloaded from the server.",
  'refused.duplicate-id':
    'The server refused your change because it gave a Pasal, BAB or ayat the id of another one; the document was reloaded from the server.',
  'refused.too-large':
    'Your change would make the document larger than the server keeps; it was not accepted.',
  'refused.quota':
    'This document has received too many changes for the time being; your changes were not accepted. Try again later.',
  'refused.missing-dependencies':
    'Your change builds on changes the server does not have; the document was reloaded from the server.',
  'refused.suggestion':
    "The server refused your change: you may only suggest changes, and a suggestion may not change the agreed text, another person's suggestion or who made it; the document was reloaded from the server.",
  'refused.other': 'The server refused your change ({reason}); the document was reloaded from the server.',
  'refused.again':
    'The server keeps refusing changes from this device. Reload the page, or contact the administrator if it goes on.',
  'refused.comparing': "Comparing this device's copy with the document on the server…",
  'refused.listIntro':
    'This text was on this device but the server did not accept it, and it has been removed from the device. Copy it if you still need it:',
  'refused.nothingLost': 'The document now matches what the server keeps.',
  'refused.dismiss': 'Close',
  'drawer.left': 'Outline',
  'drawer.right': 'Panel',
  'drawer.bar': 'Screen columns',
  'komparisi.hint': 'The signatory comes from the Info tab; change it there.',
  'opening.hint': 'The signing date and place come from the Info tab; change them there.',
  'slowDown.wait': 'The server refused too many of your changes lately. Reconnecting in {seconds} seconds.',
  'part.clause': 'Pasal {number}',
  'part.chapter': 'BAB {roman}',
  'part.preamble': 'Opening',
  'part.closing': 'Closing',
  'part.outside': 'Text outside any Pasal',
  'part.meta': 'Info: {field}',
  copy: 'Copy',
  copyAll: 'Copy all',
  copied: 'Copied',
  copyFailed: 'Could not copy; select the text and press Ctrl+C.',
  'conn.readOnly': 'Read only',
  'conn.locked': 'Locked',
  'conn.lockedTitle': 'The document is final or signed; no change is accepted.',
  'conn.readOnlyTitle': 'Connected, but your role may only read this document.',
  'conn.resetting': 'Reloading from the server…',
  'conn.waiting': 'On hold',
  'status.final': 'This document has just been finalised; it can now only be read.',
  'status.signed': 'This document has just been marked as signed; it can now only be read.',
  'status.draft': 'This document was reopened for changes.',
};

/** Keys of the editor screen's own messages. */
export type EditorMessageKey = keyof typeof id;

/** Both dictionaries (for the test that checks they say the same things). */
export const editorMessages: Messages<EditorMessageKey> = { id, en };

/** The editor screen's own words in the interface language. */
export const useEditorT = () => useT(editorMessages);
