import { type Messages, useT } from '../../i18n/index.ts';

const id = {
  heading: 'Kelengkapan',
  toggle: 'Tampilkan atau sembunyikan pemeriksaan kelengkapan',
  allRequired: 'Semua bagian wajib sudah ada',
  missingRequired: '{count} bagian wajib belum ada',
  missingRequiredOne: '1 bagian wajib belum ada',
  'status.present': 'Ada',
  'status.missing': 'Wajib, belum ada',
  'status.recommended': 'Disarankan, belum ada',
  'status.annex': 'Boleh dalam lampiran',
  'status.flag': 'Perlu dicek',
  'status.flagFound': 'Disebut dalam naskah, perlu dicek',
  warnings: 'Peringatan',
  present: '{count} bagian sudah ada',
  presentOne: '1 bagian sudah ada',
  'action.clause': 'Ke Pasal {number}',
  'action.info': 'Isi di tab Info',
  'action.preamble': 'Ke pembukaan',
  'action.closing': 'Ke penutup',
  'action.library': 'Tambah dari pustaka pasal',
  notChecked: 'Pemeriksaan kelengkapan hanya untuk MoU dan PKS.',
  live: 'Diperiksa ulang setiap kali naskah berubah.',
};

const en: Record<keyof typeof id, string> = {
  heading: 'Completeness',
  toggle: 'Show or hide the completeness check',
  allRequired: 'Every required section is present',
  missingRequired: '{count} required sections missing',
  missingRequiredOne: '1 required section missing',
  'status.present': 'Present',
  'status.missing': 'Required, missing',
  'status.recommended': 'Recommended, missing',
  'status.annex': 'May be in an annex',
  'status.flag': 'To be checked',
  'status.flagFound': 'Mentioned in the text, to be checked',
  warnings: 'Warnings',
  present: '{count} sections present',
  presentOne: '1 section present',
  'action.clause': 'Go to Pasal {number}',
  'action.info': 'Fill in on the Info tab',
  'action.preamble': 'Go to the opening',
  'action.closing': 'Go to the closing',
  'action.library': 'Add from the clause library',
  notChecked: 'The completeness check applies to MoU and PKS only.',
  live: 'Checked again whenever the text changes.',
};

/** The completeness check's words in the interface language. */
const messages: Messages<keyof typeof id> = { id, en };

export const useCompletenessT = () => useT(messages);
export type CompletenessMessageKey = keyof typeof id;
