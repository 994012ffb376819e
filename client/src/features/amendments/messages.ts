import { type Messages, useT } from '../../i18n/index.ts';

/**
 * The words of addenda and renewals: the links between an agreement and them, and the buttons
 * that start one. Bahasa Indonesia and English; `{name}` marks a parameter.
 */
const id = {
  'link.amends.addendum': 'Mengubah:',
  'link.amends.renewal': 'Memperpanjang:',
  'link.amendedBy.addendum': 'Diubah dengan:',
  'link.amendedBy.renewal': 'Diperpanjang dengan:',
  'link.numbers': 'Nomor {numbers}',
  'section.title': 'Adendum dan perpanjangan',
  'start.addendum': 'Susun adendum',
  'start.renewal': 'Susun perpanjangan',
  'confirm.addendum.title': 'Susun adendum?',
  'confirm.addendum.body':
    'Sepakat membuat draf baru "Adendum atas {title}" dalam kerja sama ini: pembukaan dan para pihak, pertimbangan yang merujuk nomor dan tanggal perjanjian ini, Pasal PERUBAHAN ("Ketentuan Pasal … diubah sehingga berbunyi sebagai berikut:") untuk diisi bersama, Pasal bahwa ketentuan lain tetap berlaku, dan penutup. Perjanjian ini tidak berubah; keduanya saling tertaut.',
  'confirm.renewal.title': 'Susun perpanjangan?',
  'confirm.renewal.body':
    'Sepakat membuat draf baru "Perpanjangan {title}" dalam kerja sama ini: salinan naskah yang ditandatangani, dengan pertimbangan yang merujuk nomor dan tanggal perjanjian ini. Nomor, tanggal, dan tempat penandatanganan dikosongkan; jangka waktu tetap untuk disepakati ulang. Perjanjian ini tidak berubah; keduanya saling tertaut.',
  'confirm.go': 'Buat draf',
};

const en: typeof id = {
  'link.amends.addendum': 'Amends:',
  'link.amends.renewal': 'Renews:',
  'link.amendedBy.addendum': 'Amended by:',
  'link.amendedBy.renewal': 'Renewed by:',
  'link.numbers': 'Number {numbers}',
  'section.title': 'Addenda and renewals',
  'start.addendum': 'Draft an addendum',
  'start.renewal': 'Draft a renewal',
  'confirm.addendum.title': 'Draft an addendum?',
  'confirm.addendum.body':
    'Sepakat makes a new draft "Adendum atas {title}" in this cooperation: the opening and the parties, recitals citing this agreement\'s number and date, an article PERUBAHAN ("Ketentuan Pasal … diubah sehingga berbunyi sebagai berikut:") to fill in together, an article keeping the other provisions in force, and the closing. This agreement does not change; the two are linked.',
  'confirm.renewal.title': 'Draft a renewal?',
  'confirm.renewal.body':
    'Sepakat makes a new draft "Perpanjangan {title}" in this cooperation: a copy of the signed text, with a recital citing this agreement\'s number and date. The numbers, date and place of signing are left blank; the term stays, to be agreed again. This agreement does not change; the two are linked.',
  'confirm.go': 'Create the draft',
};

export type AmendmentMessageKey = keyof typeof id;
export const amendmentMessages: Messages<AmendmentMessageKey> = { id, en };

/** The translate function over the words of addenda and renewals. */
export const useAmendmentT = () => useT(amendmentMessages);
