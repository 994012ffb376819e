import type { PartyWording } from '../../../shared/words.ts';
import { ordinalWord } from '../../../shared/words.ts';

/**
 * What a draft says about its parties, read from the komparisi ("SITI AMINAH, Wali Kota
 * Semarang, dalam hal ini bertindak untuk dan atas nama Pemerintah Kota Semarang, …
 * selanjutnya disebut PIHAK KESATU") and from the signature table. Each party is known by the
 * draft's own label ("PIHAK KESATU" is the draft's party 1); which of the cooperation's parties
 * it is, is decided by name elsewhere (`matchParties`), never by its place in the draft.
 */

/** A signatory as the draft gives it; any field may be missing. */
export interface DraftSignatory {
  name?: string;
  position?: string;
  nip?: string;
}

/** One komparisi entry: the person, the office and the institution behind a party label. */
export interface KomparisiEntry extends DraftSignatory {
  /** The draft's ordinal: 1 for PIHAK PERTAMA or PIHAK KESATU. */
  ordinal: number;
  label: string;
  institution?: string;
}

/** One column of a signature table. */
export interface SignatureColumn extends DraftSignatory {
  /** The draft's ordinal when the column names its party label. */
  ordinal?: number;
  label?: string;
  /** "Untuk dan atas nama …" when the column says it. */
  institution?: string;
}

const ORDINALS = new Map<string, number>();
for (let n = 1; n <= 20; n += 1) {
  ORDINALS.set(ordinalWord(n, 'pertama'), n);
  ORDINALS.set(ordinalWord(n, 'kesatu'), n);
}

/** "PIHAK KESATU", "Pihak Kedua", "PIHAK KEDUA BELAS". */
export const PARTY_LABEL = /\bPIHAK\s+(PERTAMA|KE[A-Z]+(?:\s+BELAS)?)\b/gi;

/** The ordinal a label's word names: "kesatu" → 1, "kedua" → 2; undefined for anything else. */
export function labelOrdinal(word: string): number | undefined {
  return ORDINALS.get(word.toLowerCase().replace(/\s+/g, ' '));
}

/** "kesatu" when the draft says PIHAK KESATU anywhere, "pertama" when it says PIHAK PERTAMA, else undefined. */
export function wordingOf(text: string): PartyWording | undefined {
  if (/\bPIHAK\s+KESATU\b/i.test(text)) return 'kesatu';
  if (/\bPIHAK\s+PERTAMA\b/i.test(text)) return 'pertama';
  return undefined;
}

const DISEBUT =
  /selanjutnya\s+(?:dalam\s+\S+\s+ini\s+)?disebut\s+(?:sebagai\s+)?["“]?PIHAK\s+(PERTAMA|KE[A-Z]+(?:\s+BELAS)?)\b/i;
const ATAS_NAMA =
  /(?:untuk\s+dan\s+atas\s+nama|atas\s+nama|mewakili)\s+(.+?)(?=,|;|\s+yang\s+berkedudukan|\s+berkedudukan|\s+selanjutnya|$)/i;
const LIST_MARKER = /^\s*(?:\(?\d+[.)]|\(?[a-z][.)]|[IVX]+\.)\s+/i;
/** A degree after a name: "S.Sos.", "M.Si.", "S.H.", "Ph.D.", "MBA". */
const DEGREE = /^(?:[A-Za-z]{1,5}\.\s?)+[A-Za-z]{0,5}\.?$|^MBA$|^MM$/;
/** Where the office ends and the rest of the komparisi begins. */
const AFTER_POSITION = /^(?:dalam\s+hal\s+ini|bertindak|selaku|yang\s|berkedudukan|berdasarkan|sesuai)/i;

/** The name (with its degrees) and the position at the start of a komparisi sentence. */
function nameAndPosition(sentence: string): DraftSignatory {
  const segments = sentence.split(',').map((s) => s.trim());
  let at = 1;
  while (at < segments.length && DEGREE.test(segments[at]!)) at += 1;
  const name = segments.slice(0, at).join(', ').trim();
  const position: string[] = [];
  for (; at < segments.length; at += 1) {
    const segment = segments[at]!;
    if (AFTER_POSITION.test(segment) || DISEBUT.test(segment)) break;
    position.push(segment);
  }
  return { name: name || undefined, position: position.join(', ').trim() || undefined };
}

/**
 * Reads a komparisi line, or returns null when the line names no party ("selanjutnya disebut
 * PIHAK …" is what makes it one).
 */
export function readKomparisi(text: string): KomparisiEntry | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  const disebut = DISEBUT.exec(flat);
  if (!disebut) return null;
  const word = disebut[1]!;
  const ordinal = labelOrdinal(word);
  if (!ordinal) return null;
  const sentence = flat.replace(LIST_MARKER, '').replace(/^nama\s*:\s*/i, '');
  const { name, position } = nameAndPosition(sentence.slice(0, sentence.search(DISEBUT)));
  const institution = ATAS_NAMA.exec(sentence)?.[1]?.trim();
  return {
    ordinal,
    label: `PIHAK ${word.toUpperCase().replace(/\s+/g, ' ')}`,
    ...(name ? { name } : {}),
    ...(position ? { position } : {}),
    ...(institution ? { institution } : {}),
  };
}

/** Offices that sign agreements between public bodies, for telling a signature table from any other. */
const OFFICE =
  /\b(wali\s*kota|walikota|bupati|gubernur|kepala|ketua|direktur|sekretaris|menteri|camat|rektor|plt\.?|pj\.?|penjabat)\b/i;
const NIP = /^NIP\.?\s*:?\s*(.*)$/i;
/** Lines of a signature column that are neither party, office, name nor NIP. */
const NOISE =
  /^(?:meterai\b.*|materai\b.*|rp\.?\s?\d.*|ttd\.?|cap\b.*|\(?tanda\s+tangan.*|paraf\b.*|ttd\s+dan\s+cap.*)$/i;
const UNTUK = /^untuk\s+dan\s+atas\s+nama\s*:?\s*(.*)$/i;

const clean = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/[,;:]\s*$/, '')
    .trim();

/** One signature column's lines read as party label, office, name and NIP. */
export function readSignatureColumn(lines: string[]): SignatureColumn {
  const texts = lines.map(clean).filter((t) => t && !NOISE.test(t));
  const column: SignatureColumn = {};
  const rest: string[] = [];
  for (const text of texts) {
    const label = /^PIHAK\s+(PERTAMA|KE[A-Z]+(?:\s+BELAS)?)$/i.exec(text);
    const nip = NIP.exec(text);
    const untuk = UNTUK.exec(text);
    if (label && column.ordinal === undefined) {
      column.ordinal = labelOrdinal(label[1]!);
      column.label = `PIHAK ${label[1]!.toUpperCase()}`;
    } else if (nip) column.nip = nip[1]!.trim() || undefined;
    else if (untuk) {
      if (untuk[1]) column.institution = clean(untuk[1]);
    } else rest.push(text);
  }
  // The name is the last line (the one above the NIP); the office lines are above it.
  const name = rest.pop();
  if (name) column.name = name;
  if (rest.length) column.position = rest.join(' ');
  if (column.nip === undefined) delete column.nip;
  return column;
}

/**
 * A table's rows (each a list of cells, each a list of lines) read as a signature table, or
 * null when it is not one: two or more columns with text, short, and in at least two of
 * them a party label, a NIP or an office ("Wali Kota …", "Kepala …") — whatever the wording.
 */
export function readSignatureTable(rows: string[][][]): SignatureColumn[] | null {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const columns: string[][] = Array.from({ length: width }, (_, j) => rows.flatMap((r) => r[j] ?? []));
  const filled = columns.filter((c) => c.some((t) => t.trim()));
  if (filled.length < 2) return null;
  if (filled.flat().join(' ').length > 1200) return null;
  const signing = filled.filter((c) =>
    c.some((t) => /^PIHAK\s+\S+/i.test(t.trim()) || NIP.test(t.trim()) || OFFICE.test(t)),
  );
  if (signing.length < 2) return null;
  return filled.map(readSignatureColumn);
}
