import type { PartyWording } from '../../../shared/words.ts';
import { partyLabel } from '../../../shared/words.ts';
import type { FrontMatter } from './frontMatter.ts';
import { type DraftSignatory, type KomparisiEntry, labelOrdinal, type SignatureColumn } from './parties.ts';

/**
 * The parties of a draft, each under the draft's own ordinal, gathered from the komparisi,
 * the title block and the signature table, and then matched to the cooperation's parties by
 * name. A draft party is never given a cooperation party for standing in the same place: a
 * Pemkot draft names the Pemkot first as PIHAK KESATU where the cooperation may have it second.
 */

/** A party as the draft describes it. */
export interface DraftParty {
  /** The draft's ordinal (1 for PIHAK PERTAMA or KESATU). */
  ordinal: number;
  /** The label as the draft writes it ("PIHAK KESATU"), when it writes one. */
  label?: string;
  /** The institution's name as the draft writes it. */
  institution?: string;
  /** Its number from the title block ("NOMOR : …"), when one is filled in. */
  number?: string;
  signatory: DraftSignatory;
}

/** A blank left in the title block ("NOMOR : ......") is no number. */
const isBlank = (s: string) => !s.replace(/[.…_\s-]/g, '');
const nameKey = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');

/** Joins what the komparisi, title block and signature table say about each party. */
export function draftParties(
  front: Pick<FrontMatter, 'parties' | 'numbers'>,
  komparisi: KomparisiEntry[],
  signatures: SignatureColumn[],
): DraftParty[] {
  const byOrdinal = new Map<number, DraftParty>();
  const slot = (ordinal: number) => {
    let party = byOrdinal.get(ordinal);
    if (!party) {
      party = { ordinal, signatory: {} };
      byOrdinal.set(ordinal, party);
    }
    return party;
  };
  for (const k of komparisi) {
    const party = slot(k.ordinal);
    party.label ??= k.label;
    party.institution ??= k.institution;
    party.signatory.name ??= k.name;
    party.signatory.position ??= k.position;
  }
  for (const column of signatures) {
    // A column without a label belongs to the party whose komparisi names the same person.
    const ordinal =
      column.ordinal ??
      [...byOrdinal.values()].find(
        (p) => p.signatory.name && nameKey(p.signatory.name) === nameKey(column.name),
      )?.ordinal;
    if (ordinal === undefined) continue;
    const party = slot(ordinal);
    party.label ??= column.label;
    party.institution ??= column.institution;
    party.signatory.name ??= column.name;
    party.signatory.position ??= column.position;
    party.signatory.nip ??= column.nip;
  }
  // The title block lists the parties and their numbers in the draft's own order.
  front.parties.forEach((name, i) => {
    if (!byOrdinal.size || byOrdinal.has(i + 1)) slot(i + 1).institution ??= name;
  });
  front.numbers.forEach((number, i) => {
    const party = byOrdinal.get(i + 1);
    if (party && !isBlank(number)) party.number = number.trim();
  });
  return [...byOrdinal.values()].sort((a, b) => a.ordinal - b.ordinal);
}

/** A cooperation party as matching needs it. */
export interface CooperationParty {
  id: string;
  ordinal: number;
  name: string;
  shortName: string;
}

/** How a draft party was placed: by its name, not at all, or claimed by two draft parties. */
export type PartyMatchKind = 'name' | 'none' | 'conflict';

export interface PartyMatch {
  ordinal: number;
  partyId: string | null;
  match: PartyMatchKind;
  /** The only cooperation party left over, offered (not taken) when the draft's name matched none. */
  suggestedPartyId: string | null;
}

/** Words every public body's name shares; they tell no party from another. */
const GENERIC = new Set(
  'pemerintah pemkot pemkab pemprov kota kabupaten provinsi republik indonesia ri perwakilan dan di the of negara daerah kantor dinas badan kepala wali walikota bupati gubernur ketua sekretariat'.split(
    ' ',
  ),
);
const tokens = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
const words = (s: string) => tokens(s).filter((w) => !GENERIC.has(w));
/** A shared generic word ("kota", "kabupaten") counts a tenth of a distinctive one: it still tells Kota from Kabupaten. */
const weight = (w: string) => (GENERIC.has(w) ? 0.1 : 1);

/** How well a draft's text names a party: the weighted share of the party's words it contains. */
export function nameScore(text: string, party: Pick<CooperationParty, 'name' | 'shortName'>): number {
  const have = new Set(tokens(text));
  const own = [...new Set(tokens(party.name))];
  const short = words(party.shortName);
  if (short.length && short.every((w) => have.has(w)) && short.some((w) => !own.includes(w))) return 1;
  if (!own.some((w) => !GENERIC.has(w))) return 0;
  const total = own.reduce((n, w) => n + weight(w), 0);
  return own.filter((w) => have.has(w)).reduce((n, w) => n + weight(w), 0) / total;
}

const MATCHES = 0.5;

/** Matches each draft party to a cooperation party by name; conflicts and misses are left to the user. */
export function matchParties(draft: DraftParty[], parties: CooperationParty[]): PartyMatch[] {
  const best = draft.map((d) => {
    const text = [d.institution, d.signatory.position].filter(Boolean).join(' ');
    const scored = parties
      .map((p) => ({ id: p.id, score: text ? nameScore(text, p) : 0 }))
      .sort((a, b) => b.score - a.score);
    const [first, second] = scored;
    const clear = first && first.score >= MATCHES && (!second || second.score < first.score);
    return clear ? first.id : null;
  });
  const claims = new Map<string, number>();
  for (const id of best) if (id) claims.set(id, (claims.get(id) ?? 0) + 1);
  const matches: PartyMatch[] = draft.map((d, i) => {
    const id = best[i];
    if (id && claims.get(id) === 1)
      return { ordinal: d.ordinal, partyId: id, match: 'name', suggestedPartyId: id };
    return { ordinal: d.ordinal, partyId: null, match: id ? 'conflict' : 'none', suggestedPartyId: null };
  });
  const free = parties.filter((p) => !matches.some((m) => m.partyId === p.id));
  const open = matches.filter((m) => !m.partyId);
  if (open.length === 1 && free.length === 1) open[0]!.suggestedPartyId = free[0]!.id;
  return matches;
}

/**
 * Rewrites the draft's party labels in a text to the cooperation's: with the Pemkot as the
 * draft's PIHAK KESATU and the cooperation's party 2, "PIHAK KESATU" becomes "PIHAK KEDUA"
 * (and the other way round, in one pass). Capitals stay capitals.
 */
export function relabel(text: string, ordinals: Map<number, number>, wording: PartyWording): string {
  return text.replace(/\bPIHAK\s+(PERTAMA|KE[A-Z]+(?:\s+BELAS)?)\b/gi, (whole, word: string) => {
    const from = labelOrdinal(word);
    const to = from === undefined ? undefined : ordinals.get(from);
    if (to === undefined) return whole;
    const label = partyLabel(to, wording);
    return whole === whole.toUpperCase()
      ? label
      : label.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  });
}
