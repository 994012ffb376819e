import { type Messages, useT } from '../../i18n/index.ts';

/**
 * The words of suggestion mode: the toolbar's mode switch, the review panel (Usulan), the
 * hover card on a suggestion in the text, the confirmation of a decision on several suggestions
 * and of a stale suggestion.
 */
const id = {
  'mode.suggesting': 'Menyarankan',
  'mode.editing': 'Menyunting',
  'mode.toSuggest': 'Beralih ke mode menyarankan: ketikan Anda menjadi usulan',
  'mode.toEdit': 'Beralih ke mode menyunting: ketikan Anda langsung mengubah teks',
  'mode.locked': 'Anda hanya dapat mengubah teks dengan usulan',
  'mode.label': 'Mode',
  blocked: '{what}: tidak tersedia dalam mode menyarankan (tidak dapat diusulkan dengan aman)',
  'panel.title': 'Usulan',
  'panel.empty': 'Belum ada usulan. Di mode menyarankan, ketikan menjadi usulan bagi pihak lain.',
  'panel.count': '{n} usulan menunggu keputusan',
  'panel.outside': 'Di luar Pasal',
  'panel.all': 'Semua usulan',
  'panel.party': 'Usulan {party}',
  'panel.clause': 'Usulan di {clause}',
  'card.inserted': 'Tambah',
  'card.deleted': 'Hapus',
  'card.formats': 'Ubah format ({n} bagian)',
  'card.points': 'Poin pembahasan',
  'card.show': 'Tampilkan di teks',
  'card.raisePoint': 'Ajukan poin',
  'card.raisePoint.label': 'Ajukan poin tentang usulan: {text}',
  'block.insert': '{type} baru',
  'block.delete': 'Hapus {type}',
  'block.split': '¶ Pisahkan paragraf',
  'block.join': '¶ Gabungkan dengan paragraf sebelumnya',
  'type.paragraph': 'paragraf',
  'type.clause': 'Pasal',
  'type.chapter': 'BAB',
  'type.ayatItem': 'ayat',
  'type.letterItem': 'huruf',
  accept: 'Terima',
  reject: 'Tolak',
  withdraw: 'Tarik',
  acceptAll: 'Terima semua',
  rejectAll: 'Tolak semua',
  'acceptThis.label': 'Terima usulan {who}: {text}',
  'rejectThis.label': 'Tolak usulan {who}: {text}',
  'withdrawThis.label': 'Tarik usulan Anda: {text}',
  'stale.title': 'Pasal ini telah berubah',
  'stale.intro':
    'Sejak usulan dibuat, orang lain telah mengubah Pasalnya. Bila Anda melanjutkan, teks berikut akan dihapus dari dokumen:',
  'stale.nothing': 'Tidak ada teks yang terhapus.',
  'stale.confirm': 'Ya, lanjutkan',
  'bulk.title.accept': 'Terima usulan?',
  'bulk.title.reject': 'Tolak usulan?',
  'bulk.intro.accept':
    '{what} ({n}) akan diterima: perubahan yang diusulkan berlaku pada teks dokumen bagi semua pihak.',
  'bulk.intro.reject':
    '{what} ({n}) akan ditolak: perubahan yang diusulkan dibatalkan dan teks tetap seperti semula.',
  'bulk.record': 'Keputusan ini dicatat di Riwayat atas nama Anda.',
  'bulk.confirm.accept': 'Ya, terima {n} usulan',
  'bulk.confirm.reject': 'Ya, tolak {n} usulan',
  'who.unknown': 'Anggota tidak dikenal',
  'who.by': '{name} ({party}), {at}',
  decided: '{n} usulan diputuskan.',
};

const en: Record<keyof typeof id, string> = {
  'mode.suggesting': 'Suggesting',
  'mode.editing': 'Editing',
  'mode.toSuggest': 'Switch to suggesting: what you type becomes a suggestion',
  'mode.toEdit': 'Switch to editing: what you type changes the text directly',
  'mode.locked': 'You can change the text only by suggestions',
  'mode.label': 'Mode',
  blocked: '{what}: not available while suggesting (it cannot be suggested safely)',
  'panel.title': 'Suggestions',
  'panel.empty':
    'No suggestions yet. In suggesting mode, what you type becomes a suggestion for the other party.',
  'panel.count': '{n} suggestion(s) awaiting a decision',
  'panel.outside': 'Outside the Pasal',
  'panel.all': 'All suggestions',
  'panel.party': "{party}'s suggestions",
  'panel.clause': 'Suggestions in {clause}',
  'card.inserted': 'Insert',
  'card.deleted': 'Delete',
  'card.formats': 'Change formatting ({n} part(s))',
  'card.points': 'Discussion points',
  'card.show': 'Show in the text',
  'card.raisePoint': 'Raise a point',
  'card.raisePoint.label': 'Raise a point about the suggestion: {text}',
  'block.insert': 'New {type}',
  'block.delete': 'Delete {type}',
  'block.split': '¶ Split the paragraph',
  'block.join': '¶ Join with the paragraph before',
  'type.paragraph': 'paragraph',
  'type.clause': 'Pasal',
  'type.chapter': 'BAB',
  'type.ayatItem': 'ayat',
  'type.letterItem': 'letter',
  accept: 'Accept',
  reject: 'Reject',
  withdraw: 'Withdraw',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  'acceptThis.label': "Accept {who}'s suggestion: {text}",
  'rejectThis.label': "Reject {who}'s suggestion: {text}",
  'withdrawThis.label': 'Withdraw your suggestion: {text}',
  'stale.title': 'This Pasal has changed',
  'stale.intro':
    'Someone else changed the Pasal since the suggestion was made. If you go on, this text will be removed from the document:',
  'stale.nothing': 'No text is removed.',
  'stale.confirm': 'Yes, go on',
  'bulk.title.accept': 'Accept suggestions?',
  'bulk.title.reject': 'Reject suggestions?',
  'bulk.intro.accept':
    '{what} ({n}) will be accepted: the proposed changes apply to the document’s text for every party.',
  'bulk.intro.reject':
    '{what} ({n}) will be rejected: the proposed changes are dropped and the text stays as it was.',
  'bulk.record': 'This decision is recorded in the history in your name.',
  'bulk.confirm.accept': 'Yes, accept {n}',
  'bulk.confirm.reject': 'Yes, reject {n}',
  'who.unknown': 'Unknown member',
  'who.by': '{name} ({party}), {at}',
  decided: '{n} suggestion(s) decided.',
};

/** The keys of the suggestion feature's messages. */
export type SuggestionMessageKey = keyof typeof id;

const messages: Messages<SuggestionMessageKey> = { id, en };

/** The translate function of suggestion mode and its review panel in the interface language. */
export const useSuggestionsT = () => useT(messages);
