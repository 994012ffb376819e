import type { LiaisonRowError } from '../../../shared/api/liaisons.ts';
import { parseIsoDate } from '../../../shared/words.ts';
import type { Liaison } from '../../db/repos/liaisons.ts';

/** One liaison read from a pasted row; `row` is its line number in the pasted text. */
export type ParsedLiaison = { row: number } & Pick<
  Liaison,
  'partyId' | 'unit' | 'name' | 'position' | 'phone' | 'email' | 'since'
>;

type Column = 'no' | 'party' | 'unit' | 'name' | 'position' | 'phone' | 'email' | 'since';

/** Header words people use in their spreadsheets, by column (compared lower-case, letters only). */
const HEADERS: Record<Column, string[]> = {
  no: ['no', 'nomor', 'nomor urut'],
  party: ['pihak', 'party'],
  unit: [
    'unit',
    'opd',
    'unit kerja',
    'satuan kerja',
    'perangkat daerah',
    'instansi',
    'dinas',
    'unit opd',
    'organisasi',
  ],
  name: ['nama', 'name', 'nama penghubung', 'nama pic', 'pic', 'penghubung'],
  position: ['jabatan', 'position', 'posisi'],
  phone: [
    'telepon',
    'telp',
    'no telp',
    'no telepon',
    'nomor telepon',
    'hp',
    'no hp',
    'nomor hp',
    'phone',
    'telepon hp',
    'wa',
    'whatsapp',
    'kontak',
  ],
  email: ['email', 'e mail', 'surel', 'alamat surel', 'alamat email'],
  since: ['sejak', 'mulai', 'since', 'tanggal', 'mulai tanggal', 'tmt'],
};

/** Without a header row the columns are read in this order. */
const DEFAULT_ORDER: Column[] = ['unit', 'name', 'position', 'phone', 'email', 'since'];

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function columnOf<C extends string>(headers: Record<C, string[]>, cell: string): C | null {
  const n = norm(cell);
  for (const [col, words] of Object.entries(headers) as [C, string[]][]) {
    if (words.includes(n)) return col;
  }
  return null;
}

/** A row of a pasted table: its line number in the pasted text, its cells and their columns. */
export interface PastedRow<C extends string> {
  row: number;
  cells: string[];
  columns: (C | null)[];
}

/**
 * Reads the rows of a table pasted from a spreadsheet against the header words of its columns
 * (`headers`, compared lower-case, letters only): a first line naming two columns or more is
 * its header; without one the columns are `order`, and a leading running number ("1", "2.") in
 * a row of more than `numbered` cells is the spreadsheet's "No." column, dropped.
 */
export function readPastedTable<C extends string>(
  text: string,
  headers: Record<C, string[]>,
  order: C[],
  numbered: number,
): PastedRow<C>[] {
  const lines = text
    .split(/\r?\n/)
    .map((line, i) => ({ line, row: i + 1 }))
    .filter((l) => l.line.trim() !== '');
  const [firstLine] = lines;
  if (!firstLine) return [];
  const delimiter = delimiterOf(lines.map((l) => l.line));
  const first = splitCells(firstLine.line, delimiter).map((cell) => columnOf(headers, cell));
  const header = first.filter(Boolean).length >= 2 ? first : null;
  return (header ? lines.slice(1) : lines).map(({ line, row }) => {
    const cells = splitCells(line, delimiter);
    const dropNumber = !header && /^\d+\.?$/.test(cells[0] ?? '') && cells.length > numbered;
    return { row, cells: dropNumber ? cells.slice(1) : cells, columns: header ?? order };
  });
}

/**
 * Splits one line into cells. Spreadsheets copy as tab-separated text; CSV files use commas
 * or semicolons and may quote cells ("Dinas Kesehatan, Kota Jambi").
 */
export function splitCells(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** The delimiter of pasted lines: a tab if any line has one (a spreadsheet), else `;` or `,`. */
function delimiterOf(lines: string[]): string {
  if (lines.some((l) => l.includes('\t'))) return '\t';
  return lines[0]?.includes(';') ? ';' : ',';
}

/** `YYYY-MM-DD`, `DD-MM-YYYY` or `DD/MM/YYYY` → `YYYY-MM-DD`; null when not a real date. */
export function normaliseDate(text: string): string | null {
  const t = text.trim();
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : t;
  return parseIsoDate(iso) ? iso : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9+()\-./ a-zA-Z]*$/;

export interface PartyRef {
  id: string;
  ordinal: number;
  name: string;
  shortName: string;
}

/** A party named in a cell: its short name, full name, ordinal, or "PIHAK KEDUA". */
function partyNamed(parties: PartyRef[], text: string): PartyRef | undefined {
  const n = norm(text);
  const ordinalWords = ['pertama', 'kedua', 'ketiga', 'keempat', 'kelima'];
  return parties.find(
    (p) =>
      norm(p.shortName) === n ||
      norm(p.name) === n ||
      n === String(p.ordinal) ||
      n === `pihak ${ordinalWords[p.ordinal - 1]}`,
  );
}

/**
 * Reads liaisons pasted from a spreadsheet: one per line, with or without a header row
 * (recognised by its words: Pihak, Unit/OPD, Nama, Jabatan, Telepon, Surel, Sejak). Rows that
 * cannot be read are reported with their line number and the reason; the others are kept.
 */
export function parseLiaisonTable(
  text: string,
  o: { parties: PartyRef[]; defaultPartyId?: string },
): { rows: ParsedLiaison[]; errors: LiaisonRowError[] } {
  const rows: ParsedLiaison[] = [];
  const errors: LiaisonRowError[] = [];

  for (const { row, cells, columns } of readPastedTable(text, HEADERS, DEFAULT_ORDER, 2)) {
    const get = (col: Column) => (cells[columns.indexOf(col)] ?? '').trim();
    const fail = (id: string, field: string, message: string, messageEn: string) =>
      errors.push({ row, id, field, message, messageEn });

    const partyText = columns.includes('party') ? get('party') : '';
    const party = partyText ? partyNamed(o.parties, partyText) : undefined;
    const partyId = party?.id ?? (partyText ? undefined : o.defaultPartyId);
    const name = get('name');
    const phone = get('phone');
    const email = get('email');
    const sinceText = get('since');
    const since = sinceText ? normaliseDate(sinceText) : null;
    if (!partyId) {
      fail(
        'liaison.row_party',
        'partyId',
        partyText
          ? `Baris ${row}: pihak "${partyText}" tidak dikenal.`
          : `Baris ${row}: pihak belum ditentukan.`,
        partyText ? `Row ${row}: unknown party "${partyText}".` : `Row ${row}: no party given.`,
      );
    } else if (!name) {
      fail(
        'liaison.row_name',
        'name',
        `Baris ${row}: nama penghubung kosong.`,
        `Row ${row}: the name is empty.`,
      );
    } else if (email && !EMAIL.test(email)) {
      fail(
        'liaison.row_email',
        'email',
        `Baris ${row}: alamat surel "${email}" tidak valid.`,
        `Row ${row}: "${email}" is not an e-mail address.`,
      );
    } else if (phone && !PHONE.test(phone)) {
      fail(
        'liaison.row_phone',
        'phone',
        `Baris ${row}: nomor telepon "${phone}" tidak valid.`,
        `Row ${row}: "${phone}" is not a phone number.`,
      );
    } else if (sinceText && !since) {
      fail(
        'liaison.row_since',
        'since',
        `Baris ${row}: tanggal "${sinceText}" tidak valid.`,
        `Row ${row}: "${sinceText}" is not a date.`,
      );
    } else {
      rows.push({ row, partyId, unit: get('unit'), name, position: get('position'), phone, email, since });
    }
  }
  return { rows, errors };
}
