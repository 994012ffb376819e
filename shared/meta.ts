/**
 * Keys of the Y.Map "meta" of a document: fields co-edited live in the metadata form.
 * Keys are flat (one per party for numbers and signatories) so that two people editing
 * different fields at once never overwrite each other. Values are strings.
 */
export const META = {
  title: 'title',
  subject: 'subject',
  place: 'place',
  /** Date of signing, ISO `YYYY-MM-DD`. */
  date: 'date',
  /** Number of originals ("rangkap 2 (dua) asli"), as a decimal string. */
  originals: 'originals',
  /** Term of the agreement in years, as a decimal string (completeness check). */
  termYears: 'termYears',
} as const;

/** Per-party meta keys: `number.<partyId>` etc. */
export const partyMetaKey = {
  number: (partyId: string) => `number.${partyId}`,
  signatoryName: (partyId: string) => `signatoryName.${partyId}`,
  signatoryPosition: (partyId: string) => `signatoryPosition.${partyId}`,
  signatoryNip: (partyId: string) => `signatoryNip.${partyId}`,
} as const;

/** Document metadata as a plain object (what `Y.Map.toJSON()` gives). */
export type DocumentMeta = Record<string, string>;

/** The colour of each party by its ordinal (1 = PIHAK PERTAMA); never the only signal. */
export const PARTY_COLORS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490'] as const;
export const partyColor = (ordinal: number) => PARTY_COLORS[(ordinal - 1) % PARTY_COLORS.length];
