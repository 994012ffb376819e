import { type Messages, useT } from '../../i18n/index.ts';

/**
 * The words of who may only suggest: the suggester role's one-line explanation in the role
 * pickers, and the per-party switch of the cooperation's settings.
 */
const id = {
  'role.suggesterHint':
    'Pengusul mengubah teks hanya lewat usulan, yang diterima atau ditolak oleh editor pihak lain.',
  'limit.title': 'Pihak yang hanya dapat mengusulkan',
  'limit.switch': 'Hanya dapat mengusulkan',
  'limit.switchOf': '{party}: hanya dapat mengusulkan',
  'limit.hint':
    'Semua anggota pihak yang dibatasi, apa pun perannya, mengubah teks hanya lewat usulan. "Kirim ke pihak lain" dapat mengaturnya juga.',
  'limit.readOnly': 'Hanya pemilik kerja sama yang dapat mengubah pembatasan ini.',
  'limit.on': '{party} kini hanya dapat mengusulkan.',
  'limit.off': '{party} kini dapat mengubah teks langsung.',
};

const en: Record<keyof typeof id, string> = {
  'role.suggesterHint':
    'A suggester changes the text only by suggestions, which editors of another party accept or reject.',
  'limit.title': 'Parties that may only suggest',
  'limit.switch': 'May only suggest',
  'limit.switchOf': '{party}: may only suggest',
  'limit.hint':
    'Every member of a limited party, whatever their role, changes the text only by suggestions. "Send to the other party" can set this too.',
  'limit.readOnly': 'Only an owner of the cooperation can change this limit.',
  'limit.on': '{party} may now only suggest.',
  'limit.off': '{party} may now change the text directly.',
};

/** A key of the suggest-only words. */
export type SuggestOnlyMessageKey = keyof typeof id;

const messages: Messages<SuggestOnlyMessageKey> = { id, en };

/** The suggest-only words in the interface language. */
export const useSuggestOnlyT = () => useT(messages);
