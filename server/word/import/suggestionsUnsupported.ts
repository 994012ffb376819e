import type { ImportUnsupported, UnsupportedKind } from '../../../shared/api/suggestionImport.ts';

/**
 * The words of each change a Word reply's import cannot take: why, and what to do instead, in
 * Bahasa Indonesia and English. The report carries them beside the kind (its stable id), so
 * nothing the file changed is left out without a reason a reader can act on.
 */
const WORDS: Record<UnsupportedKind, [string, string]> = {
  move: [
    'Teks dipindahkan di Word; pemindahan tidak dapat menjadi usulan. Usulkan penghapusan dan penambahannya di Sepakat.',
    'Text was moved in Word; a move cannot be a suggestion. Propose its deletion and insertion in Sepakat.',
  ],
  numbering: [
    'Penomoran daftar diubah di Word; penomoran dihitung Sepakat sendiri, jadi perubahan ini tidak digabung.',
    'A list’s numbering was changed in Word; Sepakat numbers lists itself, so the change is not merged.',
  ],
  paragraphFormat: [
    'Format paragraf (indentasi, perataan, gaya) diubah di Word; format paragraf tidak dapat menjadi usulan.',
    'A paragraph’s format (indent, alignment, style) was changed in Word; paragraph format cannot be suggested.',
  ],
  formatting: [
    'Format huruf selain tebal, miring dan garis bawah diubah; hanya ketiganya yang dapat menjadi usulan.',
    'Character formatting other than bold, italic and underline was changed; only those three can be suggested.',
  ],
  table: [
    'Struktur tabel (baris, sel, properti) diubah di Word; struktur tabel tidak dapat menjadi usulan.',
    'A table’s structure (rows, cells, properties) was changed in Word; table structure cannot be suggested.',
  ],
  paragraphMark: [
    'Paragraf dipecah atau digabung di tempat yang tidak dapat diusulkan (judul Pasal, atau di dalam rujukan); teks paragraf dibiarkan seperti semula.',
    'A paragraph was split or joined where that cannot be suggested (a Pasal heading, or inside a reference); its text is left as it was.',
  ],
  paragraphAdded: [
    'Paragraf ditambahkan di tempat yang tidak dapat diusulkan; tambahkan teks ini di Sepakat bila masih diperlukan.',
    'A paragraph was added where it cannot be suggested; add this text in Sepakat if it is still wanted.',
  ],
  paragraphRemoved: [
    'Paragraf dihapus di tempat yang tidak dapat diusulkan (judul Pasal); paragraf dibiarkan.',
    'A paragraph was removed where that cannot be suggested (a Pasal heading); it is left in place.',
  ],
  pasalAdded: [
    'Pasal baru tidak dapat diusulkan (kosong, atau tidak ada Pasal sebelumnya di dokumen); tambahkan di Sepakat bila masih diperlukan.',
    'A new Pasal cannot be suggested (it is empty, or no Pasal precedes it in the document); add it in Sepakat if it is still wanted.',
  ],
  pasalRemoved: [
    'Baris "Pasal N" dihapus tetapi teksnya tidak, dan teks itu tidak dapat dipindahkan ke Pasal sebelumnya dengan aman; Pasal dibiarkan.',
    'A "Pasal N" line was deleted but not its text, and that text cannot safely move under the Pasal before it; the Pasal is left as it was.',
  ],
  reference: [
    'Rujukan silang atau catatan kaki diketik atau dihapus; ubah rujukan dan catatan kaki di Sepakat.',
    'A cross-reference or footnote was typed or removed; change references and footnotes in Sepakat.',
  ],
  pendingSuggestions: [
    'Paragraf ini masih memuat usulan yang belum diputuskan dalam versi yang dijawab; putuskan usulan itu di Sepakat lebih dulu.',
    'The paragraph still holds suggestions undecided in the version answered; decide those in Sepakat first.',
  ],
  outsidePasal: [
    'Perubahan di luar Pasal (pembukaan, penutup, tanda tangan) tidak diimpor; ubah bagian itu di Sepakat.',
    'Changes outside the Pasal (opening, closing, signatures) are not imported; change those parts in Sepakat.',
  ],
};

/** A report entry for a change of `kind` that was not merged, with its words in both languages. */
export function unsupportedItem(
  kind: UnsupportedKind,
  pasal: number | null,
  text: string,
  author: string,
): ImportUnsupported {
  const [message, messageEn] = WORDS[kind];
  return { pasal, kind, text, author, message, messageEn };
}
