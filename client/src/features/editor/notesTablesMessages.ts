import { type Messages, textIn, useLanguage, useT } from '../../i18n/index.ts';

/** The editor's words for footnotes (catatan kaki) and tables (tabel). */
const id = {
  'footnote.insert': 'Catatan kaki',
  'footnote.insertLabel': 'Sisipkan catatan kaki',
  'footnote.newTitle': 'Catatan kaki baru',
  'footnote.editTitle': 'Catatan kaki {n}',
  'footnote.text': 'Teks catatan kaki',
  'footnote.hint': 'Dicetak di kaki halaman dokumen Word, bernomor menurut urutannya.',
  'footnote.save': 'Simpan',
  'footnote.remove': 'Hapus catatan kaki',
  'footnote.listTitle': 'Catatan kaki',
  'footnote.mark': 'Catatan kaki {n}',
  'table.insert': 'Tabel',
  'table.insertLabel': 'Sisipkan tabel (3 kolom, 2 baris)',
  'table.addRow': 'Tambah baris di bawah',
  'table.addColumn': 'Tambah kolom di kanan',
  'table.deleteRow': 'Hapus baris',
  'table.deleteColumn': 'Hapus kolom',
  'table.delete': 'Hapus tabel',
  'table.tools': 'Tabel',
  'table.addRowShort': '+ baris',
  'table.addColumnShort': '+ kolom',
  'table.deleteRowShort': '− baris',
  'table.deleteColumnShort': '− kolom',
  'table.deleteShort': '✕ tabel',
};

const en: Record<keyof typeof id, string> = {
  'footnote.insert': 'Footnote',
  'footnote.insertLabel': 'Insert a footnote',
  'footnote.newTitle': 'New footnote',
  'footnote.editTitle': 'Footnote {n}',
  'footnote.text': 'Footnote text',
  'footnote.hint': "Printed at the foot of the Word document's page, numbered in order.",
  'footnote.save': 'Save',
  'footnote.remove': 'Remove footnote',
  'footnote.listTitle': 'Footnotes',
  'footnote.mark': 'Footnote {n}',
  'table.insert': 'Table',
  'table.insertLabel': 'Insert a table (3 columns, 2 rows)',
  'table.addRow': 'Add a row below',
  'table.addColumn': 'Add a column to the right',
  'table.deleteRow': 'Delete row',
  'table.deleteColumn': 'Delete column',
  'table.delete': 'Delete table',
  'table.tools': 'Table',
  'table.addRowShort': '+ row',
  'table.addColumnShort': '+ column',
  'table.deleteRowShort': '− row',
  'table.deleteColumnShort': '− column',
  'table.deleteShort': '✕ table',
};

export const notesTablesMessages: Messages<keyof typeof id> = { id, en };

/** Translate function of the footnote and table words. */
export const useNotesTablesT = () => useT(notesTablesMessages);

/** "Catatan kaki 3" in the interface language, outside React (the footnote marks' labels). */
export const footnoteMark = (n: number) =>
  textIn(notesTablesMessages, useLanguage.getState().language, 'footnote.mark', { n });
