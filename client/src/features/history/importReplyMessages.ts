import type { AppliedKind, UnsupportedKind } from '../../../../shared/api/suggestionImport.ts';
import { type Messages, useT } from '../../i18n/index.ts';

/** The words of "Impor tanggapan Word" (Riwayat tab) and of its report. */
const id = {
  heading: 'Impor tanggapan Word',
  intro:
    'Unggah berkas .docx yang disunting pihak lain di Word. Perubahannya menjadi usulan atas nama pihak Anda; bentrokan dan perubahan yang tidak didukung dicantumkan, tidak digabung.',
  file: 'Berkas Word (.docx)',
  round: 'Menjawab putaran atau versi',
  submit: 'Impor sebagai usulan',
  busy: 'Mengimpor…',
  noVersions: 'Simpan versi atau kirim putaran dulu: tanggapan dibandingkan dengan versi yang dijawabnya.',
  summary: '{applied} paragraf menjadi usulan · {conflicts} bentrokan · {unsupported} tidak didukung',
  applied: 'Menjadi usulan',
  conflicts: 'Bentrokan (tidak digabung)',
  unsupportedHeading: 'Tidak didukung (tidak digabung)',
  pasal: 'Pasal {number}',
  outside: 'Di luar Pasal',
  untracked: 'sebagian diubah tanpa lacak perubahan',
  byWord: 'di Word oleh {authors}',
  base: 'Versi yang dijawab',
  theirs: 'Berkas Word',
  ours: 'Sekarang',
  removed: '(dihapus)',
  'applied.text': 'Kata diubah',
  'applied.format': 'Format huruf diubah',
  'applied.split': 'Paragraf dipecah',
  'applied.join': 'Paragraf digabung',
  'applied.insert': 'Paragraf, ayat, huruf atau Pasal ditambahkan',
  'applied.delete': 'Paragraf, ayat, huruf atau Pasal dihapus',
  'kind.move': 'Teks dipindahkan',
  'kind.numbering': 'Penomoran diubah',
  'kind.paragraphFormat': 'Format paragraf diubah',
  'kind.formatting': 'Format huruf diubah',
  'kind.table': 'Struktur tabel diubah',
  'kind.paragraphMark': 'Paragraf dipecah atau digabung',
  'kind.paragraphAdded': 'Paragraf ditambahkan',
  'kind.paragraphRemoved': 'Paragraf dihapus',
  'kind.pasalAdded': 'Pasal ditambahkan',
  'kind.pasalRemoved': 'Pasal dihapus',
  'kind.reference': 'Rujukan atau catatan kaki diubah',
  'kind.pendingSuggestions': 'Paragraf berisi usulan yang belum diputuskan',
  'kind.outsidePasal': 'Perubahan di luar Pasal',
} satisfies Record<string, string> &
  Record<`kind.${UnsupportedKind}`, string> &
  Record<`applied.${AppliedKind}`, string>;
export type ImportReplyMessageKey = keyof typeof id;

const en: Record<ImportReplyMessageKey, string> = {
  heading: 'Import a Word reply',
  intro:
    'Upload the .docx the other party edited in Word. Its changes become suggestions in your party’s name; conflicts and unsupported changes are listed, not merged.',
  file: 'Word file (.docx)',
  round: 'Answers the round or version',
  submit: 'Import as suggestions',
  busy: 'Importing…',
  noVersions: 'Save a version or send a round first: a reply is compared with the version it answers.',
  summary: '{applied} paragraphs became suggestions · {conflicts} conflicts · {unsupported} unsupported',
  applied: 'Became suggestions',
  conflicts: 'Conflicts (not merged)',
  unsupportedHeading: 'Unsupported (not merged)',
  pasal: 'Pasal {number}',
  outside: 'Outside the Pasal',
  untracked: 'partly changed with tracking off',
  byWord: 'in Word by {authors}',
  base: 'Version answered',
  theirs: 'Word file',
  ours: 'Now',
  removed: '(removed)',
  'applied.text': 'Words changed',
  'applied.format': 'Character format changed',
  'applied.split': 'Paragraph split',
  'applied.join': 'Paragraphs joined',
  'applied.insert': 'Paragraph, ayat, letter or Pasal added',
  'applied.delete': 'Paragraph, ayat, letter or Pasal removed',
  'kind.move': 'Text moved',
  'kind.numbering': 'Numbering changed',
  'kind.paragraphFormat': 'Paragraph format changed',
  'kind.formatting': 'Character format changed',
  'kind.table': 'Table structure changed',
  'kind.paragraphMark': 'Paragraph split or joined',
  'kind.paragraphAdded': 'Paragraph added',
  'kind.paragraphRemoved': 'Paragraph removed',
  'kind.pasalAdded': 'Pasal added',
  'kind.pasalRemoved': 'Pasal removed',
  'kind.reference': 'Cross-reference or footnote changed',
  'kind.pendingSuggestions': 'Paragraph holds suggestions not decided yet',
  'kind.outsidePasal': 'Change outside the Pasal',
};

const messages: Messages<ImportReplyMessageKey> = { id, en };

/** The Word reply import's translate function. */
export const useImportReplyT = () => useT(messages);
