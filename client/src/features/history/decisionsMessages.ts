import { type Messages, useT } from '../../i18n/index.ts';

/** The words of the suggestion decisions in the Riwayat tab. */
const id = {
  heading: 'Keputusan usulan',
  none: 'Belum ada usulan yang diterima, ditolak atau ditarik.',
  'decision.accept': 'Diterima',
  'decision.reject': 'Ditolak',
  'decision.withdraw': 'Ditarik',
  clause: 'Pasal {number}',
  removedClause: 'Pasal yang sudah dihapus',
  outside: 'Di luar Pasal',
  inserted: 'Tambah',
  deleted: 'Hapus',
  proposedBy: 'diusulkan oleh {name}',
  stale: 'diputuskan setelah Pasalnya berubah',
  unknown: 'Anggota yang sudah keluar',
};
type DecisionsMessageKey = keyof typeof id;

const en: Record<DecisionsMessageKey, string> = {
  heading: 'Suggestion decisions',
  none: 'No suggestion has been accepted, rejected or withdrawn yet.',
  'decision.accept': 'Accepted',
  'decision.reject': 'Rejected',
  'decision.withdraw': 'Withdrawn',
  clause: 'Pasal {number}',
  removedClause: 'A Pasal since removed',
  outside: 'Outside the Pasal',
  inserted: 'Insert',
  deleted: 'Delete',
  proposedBy: 'proposed by {name}',
  stale: 'decided after its Pasal changed',
  unknown: 'A former member',
};

const messages: Messages<DecisionsMessageKey> = { id, en };

/** The suggestion decisions' translate function. */
export const useDecisionsT = () => useT(messages);
