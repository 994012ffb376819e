import { type Messages, useT } from '../../i18n/index.ts';

type Key =
  | 'title'
  | 'hint'
  | 'file'
  | 'kind'
  | 'kindAuto'
  | 'submit'
  | 'busy'
  | 'noFile'
  | 'previewTitle'
  | 'fileName'
  | 'detectedTitle'
  | 'subject'
  | 'datePlace'
  | 'none'
  | 'parties'
  | 'draftParty'
  | 'signatory'
  | 'number'
  | 'isParty'
  | 'choose'
  | 'noParty'
  | 'matchedByName'
  | 'needAnswer'
  | 'suggested'
  | 'orderDiffers'
  | 'relabel'
  | 'clauses'
  | 'clauseLine'
  | 'counts'
  | 'annexes'
  | 'annexInClosing'
  | 'references'
  | 'notPlaced'
  | 'skipped'
  | 'dropped'
  | 'unplaced'
  | 'warnings'
  | 'create'
  | 'creating'
  | 'cancel'
  | 'answerParties'
  | 'duplicateParty'
  | 'summary'
  | 'summaryRead'
  | 'summaryPartiesKnown'
  | 'summaryPartiesAsk'
  | 'summaryNotes';

const messages: Messages<Key> = {
  id: {
    title: 'Impor dari Word',
    hint: 'Draf .docx yang sudah ada. Sepakat membacanya dulu dan menunjukkan apa yang dikenali sebelum dokumen dibuat.',
    file: 'Berkas .docx',
    kind: 'Jenis',
    kindAuto: 'Kenali otomatis',
    submit: 'Baca draf',
    busy: 'Membaca…',
    noFile: 'Pilih berkas .docx terlebih dahulu.',
    previewTitle: 'Pratinjau impor',
    fileName: 'Berkas',
    detectedTitle: 'Judul',
    subject: 'Tentang',
    datePlace: 'Tanggal dan tempat',
    none: '—',
    parties: 'Para pihak',
    draftParty: 'Dalam draf',
    signatory: 'Penanda tangan',
    number: 'Nomor',
    isParty: 'Pihak kerja sama',
    choose: 'Pilih pihak…',
    noParty: 'Bukan pihak kerja sama ini',
    matchedByName: 'cocok menurut nama',
    needAnswer: 'Nama pihak ini tidak cocok dengan satu pihak kerja sama pun: pilih sendiri.',
    suggested: 'usulan',
    orderDiffers: 'Urutan atau sebutan pihak dalam draf berbeda dengan kerja sama ini (di sini {labels}).',
    relabel: 'Ubah sebutan pihak dalam teks mengikuti kerja sama ini',
    clauses: 'Pasal',
    clauseLine: 'Pasal {number} {heading}',
    counts: '{clauses} Pasal, {ayat} ayat, {letters} huruf, {chapters} BAB',
    annexes: 'Lampiran',
    annexInClosing: 'disimpan di akhir penutup',
    references: '{count} rujukan dijadikan tautan',
    notPlaced: 'Tidak dimasukkan ke badan dokumen',
    skipped: 'Judul dan tanda tangan (dicetak Sepakat dari data dokumen)',
    dropped: 'Kepala/kaki halaman dan komentar (tidak diimpor)',
    unplaced: 'Paragraf di luar Pasal (disimpan apa adanya)',
    warnings: 'Catatan',
    create: 'Buat dokumen',
    creating: 'Membuat…',
    cancel: 'Batal',
    answerParties: 'Pilih pihak kerja sama untuk setiap pihak draf.',
    duplicateParty: 'Satu pihak kerja sama dipilih dua kali.',
    summary: 'Ringkasan impor',
    summaryRead: 'Terbaca {clauses} Pasal, {ayat} ayat, {annexes} lampiran.',
    summaryPartiesKnown: 'Semua {count} pihak dikenali dari namanya.',
    summaryPartiesAsk: '{count} pihak draf perlu Anda pilih di bagian Para pihak.',
    summaryNotes: '{count} catatan impor ada di bagian bawah.',
  },
  en: {
    title: 'Import from Word',
    hint: 'An existing .docx draft. Sepakat reads it first and shows what it recognised before the document is created.',
    file: '.docx file',
    kind: 'Kind',
    kindAuto: 'Detect',
    submit: 'Read draft',
    busy: 'Reading…',
    noFile: 'Choose a .docx file first.',
    previewTitle: 'Import preview',
    fileName: 'File',
    detectedTitle: 'Title',
    subject: 'Subject',
    datePlace: 'Date and place',
    none: '—',
    parties: 'Parties',
    draftParty: 'In the draft',
    signatory: 'Signatory',
    number: 'Number',
    isParty: 'Cooperation party',
    choose: 'Choose a party…',
    noParty: 'Not a party of this cooperation',
    matchedByName: 'matched by name',
    needAnswer: "This party's name matches none of the cooperation's parties: choose it yourself.",
    suggested: 'suggested',
    orderDiffers: "The draft's party order or wording differs from this cooperation's (here {labels}).",
    relabel: "Rewrite the party labels in the text to this cooperation's",
    clauses: 'Articles',
    clauseLine: 'Pasal {number} {heading}',
    counts: '{clauses} articles, {ayat} paragraphs, {letters} lettered items, {chapters} chapters',
    annexes: 'Annexes',
    annexInClosing: 'kept at the end of the closing',
    references: '{count} references linked',
    notPlaced: 'Not put in the body',
    skipped: 'Title and signatures (Sepakat prints them from the document data)',
    dropped: 'Page headers, footers and comments (not imported)',
    unplaced: 'Paragraphs outside any article (kept as they are)',
    warnings: 'Notes',
    create: 'Create document',
    creating: 'Creating…',
    cancel: 'Cancel',
    answerParties: 'Choose the cooperation party for each party of the draft.',
    duplicateParty: 'One cooperation party was chosen twice.',
    summary: 'Import summary',
    summaryRead: 'Read {clauses} Pasal, {ayat} ayat, {annexes} annexes.',
    summaryPartiesKnown: 'All {count} parties recognised by name.',
    summaryPartiesAsk: '{count} draft parties need your choice under Parties.',
    summaryNotes: '{count} import notes are at the bottom.',
  },
};

export const useImportT = () => useT(messages);
