import { type Messages, useT } from '../../i18n/index.ts';

/** The words of a party's units (OPD): the OPD tab, its forms and its answers. */
const id = {
  intro:
    'Organisasi perangkat daerah (OPD) tiap pihak: kepala dan kuasanya menandatangani PKS masing-masing OPD.',
  empty: 'Belum ada OPD untuk pihak ini.',
  add: 'Tambah OPD',
  paste: 'Tempel tabel',
  adopt: 'Ambil dari daftar penghubung',
  adopted: '{count} OPD dibuat, {linked} penghubung ditautkan.',
  pasteHint:
    'Salin dari lembar kerja: satu OPD per baris, dengan atau tanpa baris judul (Nama OPD, Singkatan, Nama Kepala, Jabatan, NIP, Surat Kuasa, Alamat).',
  pasteLabel: 'Tabel OPD',
  import: 'Impor',
  imported: '{count} OPD ditambahkan.',
  rowErrors: 'Baris berikut tidak diimpor:',
  name: 'Nama OPD',
  shortName: 'Singkatan',
  headName: 'Nama kepala (dengan gelar)',
  headPosition: 'Jabatan kepala',
  headNip: 'NIP kepala',
  headNipHint: '18 angka; spasi boleh.',
  kuasaRef: 'Surat kuasa (nomor dan tanggal)',
  address: 'Alamat',
  head: 'Kepala',
  kuasa: 'Kuasa',
  members: 'Anggota',
  liaisons: '{count} penghubung',
  noMembers: 'Belum ada anggota.',
  addMember: 'Tambah anggota ke {unit}',
  chooseMember: 'Pilih anggota…',
  removeMember: 'Keluarkan {name} dari {unit}',
  memberPlaced: '{name} kini anggota {unit}.',
  memberRemoved: '{name} tidak lagi anggota {unit}.',
  save: 'Simpan',
  saved: 'OPD disimpan.',
  cancel: 'Batal',
  edit: 'Ubah',
  editOf: 'Ubah {unit}',
  remove: 'Hapus',
  removeOf: 'Hapus {unit}',
  removeConfirm:
    'Hapus {unit}? Anggota dan penghubungnya tetap ada, tanpa OPD; varian PKS-nya tidak lagi terhubung.',
  removed: 'OPD dihapus.',
  readOnly: 'Hanya pemilik dan penyunting pihak ini yang dapat mengubah daftar OPD-nya.',
};

const en: Record<keyof typeof id, string> = {
  intro: "Each party's units (OPD): their heads, under a power of attorney, sign each unit's PKS.",
  empty: 'No units for this party yet.',
  add: 'Add unit',
  paste: 'Paste a table',
  adopt: 'Take from the liaisons register',
  adopted: '{count} units made, {linked} liaisons linked.',
  pasteHint:
    'Copy from a spreadsheet: one unit per row, with or without a header row (Unit name, Short name, Head, Position, NIP, Power of attorney, Address).',
  pasteLabel: 'Table of units',
  import: 'Import',
  imported: '{count} units added.',
  rowErrors: 'These rows were not imported:',
  name: 'Unit name',
  shortName: 'Short name',
  headName: "Head's name (with degrees)",
  headPosition: "Head's position",
  headNip: "Head's NIP",
  headNipHint: '18 digits; spaces allowed.',
  kuasaRef: 'Power of attorney (number and date)',
  address: 'Address',
  head: 'Head',
  kuasa: 'Power of attorney',
  members: 'Members',
  liaisons: '{count} liaisons',
  noMembers: 'No members yet.',
  addMember: 'Add a member to {unit}',
  chooseMember: 'Choose a member…',
  removeMember: 'Remove {name} from {unit}',
  memberPlaced: '{name} is now a member of {unit}.',
  memberRemoved: '{name} is no longer a member of {unit}.',
  save: 'Save',
  saved: 'Unit saved.',
  cancel: 'Cancel',
  edit: 'Edit',
  editOf: 'Edit {unit}',
  remove: 'Delete',
  removeOf: 'Delete {unit}',
  removeConfirm:
    'Delete {unit}? Its members and liaisons stay, in no unit; its PKS variants are no longer linked to it.',
  removed: 'Unit deleted.',
  readOnly: "Only this party's owners and editors can change its list of units.",
};

/** A key of the units' words. */
export type UnitsMessageKey = keyof typeof id;

const messages: Messages<UnitsMessageKey> = { id, en };

/** The units' words in the interface language. */
export const useUnitsT = () => useT(messages);
