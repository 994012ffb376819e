import { type FeatureMessages, useFeatureT } from '../../i18n/featureMessages.ts';

type Key = 'title' | 'hint' | 'file' | 'kind' | 'kindAuto' | 'submit' | 'busy' | 'report' | 'open' | 'noFile';

const messages: FeatureMessages<Key> = {
  id: {
    title: 'Impor dari Word',
    hint: 'Draf .docx yang sudah ada: judul "Pasal N" menjadi Pasal, "(1)" menjadi ayat, "a." menjadi huruf. Tidak ada teks yang dibuang.',
    file: 'Berkas .docx',
    kind: 'Jenis',
    kindAuto: 'Kenali otomatis',
    submit: 'Impor',
    busy: 'Mengimpor…',
    report:
      'Dikenali: {clauses} Pasal, {ayat} ayat, {letters} huruf, {chapters} BAB; {unmapped} paragraf lain disimpan apa adanya.',
    open: 'Buka dokumen hasil impor',
    noFile: 'Pilih berkas .docx terlebih dahulu.',
  },
  en: {
    title: 'Import from Word',
    hint: 'An existing .docx draft: "Pasal N" headings become articles, "(1)" paragraphs, "a." lettered items. No text is dropped.',
    file: '.docx file',
    kind: 'Kind',
    kindAuto: 'Detect',
    submit: 'Import',
    busy: 'Importing…',
    report:
      'Recognised: {clauses} articles, {ayat} paragraphs, {letters} lettered items, {chapters} chapters; {unmapped} other paragraphs kept as they are.',
    open: 'Open the imported document',
    noFile: 'Choose a .docx file first.',
  },
};

export const useImportT = () => useFeatureT(messages);
