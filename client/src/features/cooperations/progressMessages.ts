import { type Messages, useT } from '../../i18n/index.ts';

type Key = 'pasal' | 'parts' | 'full' | 'fullPasal';

/** The words of a document's progress in the lists (Beranda, Dokumen tab). */
const messages: Messages<Key> = {
  id: {
    pasal: '{agreed}/{total} Pasal',
    parts: '{agreed}/{total} bagian',
    full: '{agreed} dari {total} Pasal dan {partsAgreed} dari {partsTotal} bagian di luar Pasal disepakati semua pihak',
    fullPasal: '{agreed} dari {total} Pasal disepakati semua pihak',
  },
  en: {
    pasal: '{agreed}/{total} articles',
    parts: '{agreed}/{total} parts',
    full: '{agreed} of {total} articles and {partsAgreed} of {partsTotal} parts outside the articles agreed by every party',
    fullPasal: '{agreed} of {total} articles agreed by every party',
  },
};

/** The translate function of the progress words in the interface language. */
export const useProgressT = () => useT(messages);
