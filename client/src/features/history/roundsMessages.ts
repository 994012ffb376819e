import { type Messages, useT } from '../../i18n/index.ts';

/** The words of the negotiation rounds (Riwayat tab) and of the notice a round brings. */
const id = {
  heading: 'Putaran negosiasi',
  intro: 'Kirim teks beserta usulannya ke pihak lain; setiap putaran tersimpan sebagai versi.',
  send: 'Kirim ke pihak lain',
  sendHint:
    'Teks dan usulan saat ini disimpan sebagai putaran berikutnya, dan anggota pihak lain diberi tahu di aplikasi.',
  nameLabel: 'Nama putaran',
  limitLabel: 'Batasi pihak lain hanya pada usulan',
  limitHint: 'Anggota pihak lain hanya dapat menulis usulan, tidak mengubah teks secara langsung.',
  confirm: 'Kirim putaran',
  cancel: 'Batal',
  sent: 'Putaran {number} dikirim ke pihak lain.',
  none: 'Belum ada putaran yang dikirim.',
  round: 'Putaran {number}',
  sentBy: 'dikirim oleh {party}',
  counts: '{proposed} usulan · {accepted} diterima · {rejected} ditolak · {pending} menunggu',
  withdrawn: '{withdrawn} ditarik',
  fromText: 'Diterima atau ditolak dibaca dari teks, sebab sebagian diputuskan dengan menulis langsung.',
  limited: 'Pihak lain dibatasi pada usulan',
  view: 'Lihat',
  compareWithPrevious: 'Bandingkan dengan putaran {number}',
  compareWithNow: 'Bandingkan dengan sekarang',
  redline: 'Word (perubahan terlacak)',
  notice: '{party} mengirim Putaran {number}',
  noticeLimited: 'Pihak Anda kini hanya dapat mengusulkan perubahan.',
  noticeView: 'Lihat putaran',
  noticeClose: 'Tutup',
  noticeReview: 'Tinjau usulan',
  outside: 'Di luar Pasal',
  blocks: '{n} blok',
  formats: 'ubah format ({n})',
  'outcome.accepted': 'Diterima',
  'outcome.rejected': 'Ditolak',
  'outcome.withdrawn': 'Ditarik',
  'outcome.pending': 'Menunggu',
};
export type RoundsMessageKey = keyof typeof id;

const en: Record<RoundsMessageKey, string> = {
  heading: 'Negotiation rounds',
  intro: 'Send the text with its suggestions to the other party; each round is kept as a version.',
  send: 'Send to the other party',
  sendHint:
    'The text and its suggestions as they are now are saved as the next round, and the other party’s members are notified in the app.',
  nameLabel: 'Round name',
  limitLabel: 'Limit the other party to suggestions',
  limitHint: 'Members of the other party can only write suggestions, not change the text directly.',
  confirm: 'Send round',
  cancel: 'Cancel',
  sent: 'Round {number} sent to the other party.',
  none: 'No round has been sent yet.',
  round: 'Round {number}',
  sentBy: 'sent by {party}',
  counts: '{proposed} proposed · {accepted} accepted · {rejected} rejected · {pending} pending',
  withdrawn: '{withdrawn} withdrawn',
  fromText: 'Accepted or rejected is read from the text, as some were decided by writing directly.',
  limited: 'Other party limited to suggestions',
  view: 'View',
  compareWithPrevious: 'Compare with round {number}',
  compareWithNow: 'Compare with now',
  redline: 'Word (tracked changes)',
  notice: '{party} sent round {number}',
  noticeLimited: 'Your party can now only suggest changes.',
  noticeView: 'View round',
  noticeClose: 'Close',
  noticeReview: 'Review suggestions',
  outside: 'Outside the Pasal',
  blocks: '{n} block(s)',
  formats: 'formatting ({n})',
  'outcome.accepted': 'Accepted',
  'outcome.rejected': 'Rejected',
  'outcome.withdrawn': 'Withdrawn',
  'outcome.pending': 'Pending',
};

const messages: Messages<RoundsMessageKey> = { id, en };

/** The rounds' translate function. */
export const useRoundsT = () => useT(messages);
