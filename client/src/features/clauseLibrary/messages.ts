import { type Messages, useT } from '../../i18n/index.ts';

const id = {
  title: 'Pustaka pasal',
  search: 'Cari pasal baku',
  searchHint: 'Ketik kata kunci (mis. kahar, sengketa, biaya). ↑ ↓ memilih, Enter menyisipkan.',
  results: 'Pasal baku',
  empty: 'Tidak ada pasal baku yang cocok. Coba kata lain.',
  loading: 'Mencari…',
  section: 'Untuk bagian: {section}',
  clearSection: 'Tampilkan semua',
  previewId: 'Bahasa Indonesia',
  previewEn: 'English',
  noEnglish: 'Belum ada terjemahan bahasa Inggris untuk pasal ini.',
  insert: 'Sisipkan',
  inserting: 'Menyisipkan…',
  inserted: '“{title}” disisipkan sebagai Pasal {number}.',
  where: 'Disisipkan setelah Pasal yang memuat kursor.',
  failed: 'Pasal tidak dapat disisipkan.',
};

const en: Record<keyof typeof id, string> = {
  title: 'Clause library',
  search: 'Search standard clauses',
  searchHint: 'Type a keyword (e.g. force majeure, dispute, costs). ↑ ↓ to choose, Enter to insert.',
  results: 'Standard clauses',
  empty: 'No standard clause matches. Try another word.',
  loading: 'Searching…',
  section: 'For the section: {section}',
  clearSection: 'Show all',
  previewId: 'Bahasa Indonesia',
  previewEn: 'English',
  noEnglish: 'No English text for this clause yet.',
  insert: 'Insert',
  inserting: 'Inserting…',
  inserted: '“{title}” inserted as Pasal {number}.',
  where: 'Inserted after the Pasal holding the cursor.',
  failed: 'The clause could not be inserted.',
};

/** The clause library picker's words in the interface language. */
const messages: Messages<keyof typeof id> = { id, en };

export const useClauseLibraryT = () => useT(messages);
