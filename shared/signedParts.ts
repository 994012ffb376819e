import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { PrintedLiaison } from './api/liaisons.ts';
import type { Bilingual } from './checklist.ts';
import { canonicalClause, type PMJSON } from './clauses.ts';
import { type DocumentMeta, META, partyMetaKey } from './meta.ts';
import { NODE } from './schema/names.ts';

/**
 * The parts of the signed text outside the Pasal, each approved by every party like a Pasal
 * is: what the .docx export prints from the body outside any clause, from the `meta` map and
 * from the party and liaison records. A part's hash is taken of exactly what the export
 * prints from its source, so any change that alters the paper makes earlier approvals stale.
 * Pure: the server (API, approve, finalise, export) and the browser (panels) compute the same.
 */

/** Part ids: never a clause id, since clause ids never hold a colon. */
export const PART = {
  /** Preamble nodes: opening formula, komparisi, recitals. */
  opening: 'part:opening',
  /** The order of Pasal, BAB and everything else at the top level, BAB headings, loose text. */
  arrangement: 'part:arrangement',
  /** Closing nodes (originals, meterai, equal legal force). */
  closing: 'part:closing',
  /** Printed meta fields: title, subject, date and place, each party's number and signatory. */
  meta: 'part:meta',
  /** The parties as printed: order (PIHAK PERTAMA …), names, short names, logos. */
  parties: 'part:parties',
  /** The annex of liaisons that a PKS prints. */
  annex: 'part:annex',
  /** A monitoring and evaluation report as a whole: its text and printed details. */
  report: 'part:report',
} as const;
export type PartId = (typeof PART)[keyof typeof PART];
export const PART_IDS: readonly PartId[] = Object.values(PART);

/** True for the id of a part (as opposed to a clause id). */
export const isPartId = (id: string): id is PartId => (PART_IDS as readonly string[]).includes(id);

export const PART_LABELS: Record<PartId, Bilingual> = {
  [PART.opening]: {
    id: 'Pembukaan (kalimat pembuka, komparisi, pertimbangan)',
    en: 'Opening (opening formula, komparisi, recitals)',
  },
  [PART.arrangement]: {
    id: 'Susunan dan teks di luar Pasal (urutan Pasal, judul BAB)',
    en: 'Arrangement and text outside the Pasal (order of Pasal, BAB headings)',
  },
  [PART.closing]: { id: 'Penutup', en: 'Closing' },
  [PART.meta]: {
    id: 'Data cetak (judul, perihal, nomor, tanggal dan tempat, penanda tangan)',
    en: 'Printed details (title, subject, numbers, date and place, signatories)',
  },
  [PART.parties]: {
    id: 'Identitas para pihak (nama, singkatan, logo)',
    en: "The parties' identity (names, short names, logos)",
  },
  [PART.annex]: { id: 'Lampiran daftar penghubung', en: 'Annex: list of liaisons' },
  [PART.report]: {
    id: 'Seluruh laporan (teks dan data cetak)',
    en: 'The whole report (text and printed details)',
  },
};

/**
 * A monitoring and evaluation report is approved whole, as one part: its body (discussion
 * anchors aside) and its meta, which prints title, subject, numbers and signatories.
 */
export function reportPart(body: PMJSON, meta: DocumentMeta): SignedPart {
  const printedMeta = Object.fromEntries(
    Object.entries(meta).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return part(PART.report, { body: canonicalClause(body), meta: printedMeta });
}

/** A part's name without what it holds: "Penutup", "Data cetak". */
export const shortLabel = (label: Bilingual): Bilingual => ({
  id: beforeBracket(label.id),
  en: beforeBracket(label.en),
});

const beforeBracket = (label: string): string => {
  const at = label.indexOf(' (');
  return at < 0 ? label : label.slice(0, at);
};

/**
 * Who signs for a party when its records name them instead of the Info fields: the head of a
 * variant's unit (OPD), under the surat kuasa `kuasaRef`.
 */
export interface PrintedSignatory {
  name: string;
  position: string;
  nip: string;
  kuasaRef: string;
}

/** A party as the export prints it; `logo` is the SHA-256 hex of the logo's bytes, null when none. */
export interface PrintedParty {
  id: string;
  ordinal: number;
  name: string;
  shortName: string;
  logo: string | null;
  /** A signatory read from the records (a variant's OPD head); absent, the Info fields sign. */
  signatory?: PrintedSignatory;
}

/** One row of the liaisons annex, as the export receives it (a pick of the liaison record). */
export type { PrintedLiaison };

export interface SignedPartsInput {
  kind: 'mou' | 'pks';
  body: PMJSON;
  meta: DocumentMeta;
  parties: readonly PrintedParty[];
  /** The liaisons of the cooperation; printed (and so a part) for a PKS only. */
  liaisons?: readonly PrintedLiaison[];
}

/** One part: its id, what people call it, and the hash of what is printed from it. */
export interface SignedPart {
  id: PartId;
  label: Bilingual;
  hash: string;
}

const hashOf = (value: unknown) => bytesToHex(sha256(utf8ToBytes(JSON.stringify(value))));
const part = (id: PartId, printed: unknown): SignedPart => ({
  id,
  label: PART_LABELS[id],
  hash: hashOf(printed),
});
const byOrdinal = <T extends { ordinal: number }>(parties: readonly T[]) =>
  [...parties].sort((a, b) => a.ordinal - b.ordinal);

/**
 * The parts read from the body: the preamble and closing nodes as they read (canonical, so
 * discussion anchors never make them stale), and the arrangement: every top-level node in
 * order, a Pasal by its id only (its text is its own approval), preamble and closing as
 * markers, anything else (BAB headings, loose paragraphs) in full. Moving a Pasal renumbers it
 * and every reference to it, so the arrangement changes.
 */
export function bodyParts(body: PMJSON): SignedPart[] {
  const top = body.content ?? [];
  const ofType = (type: string) => top.filter((n) => n.type === type).map(canonicalClause);
  const arrangement = top.map((node) => {
    if (node.type === NODE.clause) return { clause: String(node.attrs?.id ?? '') };
    if (node.type === NODE.preamble || node.type === NODE.closing) return { [node.type]: true };
    return canonicalClause(node);
  });
  return [
    part(PART.opening, ofType(NODE.preamble)),
    part(PART.arrangement, arrangement),
    part(PART.closing, ofType(NODE.closing)),
  ];
}

/**
 * A meta value as printed: trimmed (the export trims every field it prints); anything but a
 * string is left out, as the server's reading of the meta map leaves it out.
 */
const field = (meta: DocumentMeta, key: string) => {
  const value: unknown = meta[key];
  return typeof value === 'string' ? value.trim() : '';
};

/**
 * The printed meta fields: the kind (the heading), title (the file's title), subject (title
 * block), date and place (the opening formula), and for each party of the cooperation, in
 * order, its number (title block) and its signatory's name, position and NIP (signature
 * block). Fields the export does not print (number of originals, term) are left out: they are
 * in the text itself.
 */
export function metaPart(
  kind: SignedPartsInput['kind'],
  meta: DocumentMeta,
  parties: readonly Pick<PrintedParty, 'id' | 'ordinal'>[],
): SignedPart {
  return part(PART.meta, {
    kind,
    title: field(meta, META.title),
    subject: field(meta, META.subject),
    date: field(meta, META.date),
    place: field(meta, META.place),
    parties: byOrdinal(parties).map(({ id }) => ({
      id,
      number: field(meta, partyMetaKey.number(id)),
      signatoryName: field(meta, partyMetaKey.signatoryName(id)),
      signatoryPosition: field(meta, partyMetaKey.signatoryPosition(id)),
      signatoryNip: field(meta, partyMetaKey.signatoryNip(id)),
    })),
  });
}

/** The parties as printed: PIHAK PERTAMA first, names, short names, logos, a signatory from the records. */
export function partiesPart(parties: readonly PrintedParty[]): SignedPart {
  return part(
    PART.parties,
    byOrdinal(parties).map(({ id, ordinal, name, shortName, logo, signatory }) => ({
      id,
      ordinal,
      name,
      shortName,
      logo,
      // Built field by field: the hash must not depend on the key order a reader gave it.
      ...(signatory
        ? {
            signatory: {
              name: signatory.name,
              position: signatory.position,
              nip: signatory.nip,
              kuasaRef: signatory.kuasaRef,
            },
          }
        : {}),
    })),
  );
}

/**
 * The liaisons annex of a PKS, in the export's order (by party, then as listed), each row
 * with the party name printed beside it. An empty list is a part too: removing every liaison
 * removes the annex from the paper.
 */
export function annexPart(parties: readonly PrintedParty[], liaisons: readonly PrintedLiaison[]): SignedPart {
  const order = new Map(byOrdinal(parties).map((p, i) => [p.id, i]));
  const names = new Map(parties.map((p) => [p.id, p.shortName || p.name]));
  const rows = [...liaisons]
    .sort((a, b) => (order.get(a.partyId) ?? 99) - (order.get(b.partyId) ?? 99))
    .map((l) => [names.get(l.partyId) ?? '', l.unit, l.name, l.position, l.phone, l.email]);
  return part(PART.annex, rows);
}

/**
 * The parts read from the meta map and the records, in the order of the paper: the printed
 * details, the parties and (a PKS) the annex. Apart from {@link bodyParts} so that a reader
 * holding the body's parts already (the progress of a list) hashes only these again.
 */
export function recordParts(input: Omit<SignedPartsInput, 'body'>): SignedPart[] {
  const parts = [metaPart(input.kind, input.meta, input.parties), partiesPart(input.parties)];
  if (input.kind === 'pks') parts.push(annexPart(input.parties, input.liaisons ?? []));
  return parts;
}

/** Every part of a document outside its Pasal, in the order of the paper. */
export function signedParts(input: SignedPartsInput): SignedPart[] {
  return [...bodyParts(input.body), ...recordParts(input)];
}

/**
 * Pasal and parts in the order of the paper: the opening, the Pasal, then the arrangement,
 * closing, printed details, parties and annex. The order the fingerprint is taken in.
 */
export function inPaperOrder<C extends { id: string }, P extends { id: string }>(
  clauses: readonly C[],
  parts: readonly P[],
): (C | P)[] {
  const opening = parts.filter((p) => p.id === PART.opening);
  return [...opening, ...clauses, ...parts.filter((p) => p.id !== PART.opening)];
}

/** A fingerprint of what was approved: the full SHA-256 hex and a short form for paper. */
export interface Fingerprint {
  full: string;
  /** The first 64 bits in groups of four: `A1B2-C3D4-E5F6-0718`. */
  short: string;
}

/**
 * The fingerprint of an ordered list of approved items (Pasal by clause id and parts by part
 * id, each with the hash approved): the same list always gives the same fingerprint, any
 * other text or order another one.
 */
export function approvalFingerprint(items: readonly { id: string; hash: string }[]): Fingerprint {
  const full = bytesToHex(sha256(utf8ToBytes(items.map((i) => `${i.id} ${i.hash}`).join('\n'))));
  const short = full.slice(0, 16).toUpperCase().match(/.{4}/g)!.join('-');
  return { full, short };
}
