import { AlignmentType, type Paragraph, type Table } from 'docx';
import { type PMJSON, textOf } from '../../../shared/clauses.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { grid, line } from './tables.ts';
import { byOrdinal } from './titleBlock.ts';
import type { AgreementExportInput } from './types.ts';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/** Annex tables are set in 9 pt (half-points). */
const SIZE = 18;
const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 };
const cell = (text: string, o: { bold?: boolean; align?: Align; size?: number } = {}): Paragraph[] => [
  line(text, { size: o.size ?? SIZE, bold: o.bold, align: o.align ?? AlignmentType.LEFT }),
];
const heading = (title: string) => cell(title, { bold: true, align: AlignmentType.CENTER });

function table(
  textWidth: number,
  columns: [string, number][],
  rows: Paragraph[][][],
  rowHeight?: number,
): Table {
  return grid({
    widths: columns.map(([, share]) => Math.floor(textWidth * share)),
    borders: true,
    headerRow: true,
    cell: { margins: cellMargins },
    rowHeights: [undefined, ...rows.map(() => rowHeight)],
    rows: [columns.map(([title]) => heading(title)), ...rows],
  });
}

/** Work plan rows are at least 1.5 cm high: the parties write the schedule and PIC in by hand. */
const WRITING_ROW = 850;

/** Blank rows the parties fill by hand when the document gives no activities. */
const BLANK_ROWS = 3;

const WORK_PLAN: [string, number][] = [
  ['No.', 0.06],
  ['Kegiatan', 0.36],
  ['Penanggung Jawab (PIC/OPD)', 0.22],
  ['Jadwal', 0.14],
  ['Indikator Keberhasilan', 0.22],
];

/**
 * The activities a work plan starts from: the items of the "Ruang Lingkup" Pasal, which the
 * parties agreed as the scope of the cooperation ("koordinasi penyelesaian laporan …;"),
 * without the list's joining words.
 */
export function scopeActivities(body: PMJSON): string[] {
  const clause = (body.content ?? [])
    .flatMap((n) => (n.type === NODE.chapter ? (n.content ?? []) : [n]))
    .find((n) => n.type === NODE.clause && n.content?.[0] && /ruang\s+lingkup/i.test(textOf(n.content[0])));
  if (!clause) return [];
  const items: string[] = [];
  const walk = (n: PMJSON) => {
    if (n.type === NODE.letterItem) items.push(textOf(n));
    else for (const c of n.content ?? []) walk(c);
  };
  walk(clause);
  return items
    .map((t) =>
      t
        .trim()
        .replace(/[;,.]?\s*(dan\/atau|dan|atau)?\s*$/i, '')
        .replace(/[;,.]$/, ''),
    )
    .filter(Boolean)
    .map((t) => t.charAt(0).toUpperCase() + t.slice(1));
}

/**
 * "RENCANA KERJA": activities, the person or OPD in charge, schedule and indicator of success,
 * as the Pasal on implementation describes it. Activities come from the scope of the
 * agreement; the other columns are left for the parties to fill, with blank rows when the
 * document names no activities.
 */
export function workPlanTable(input: AgreementExportInput, textWidth: number): Table {
  const activities = scopeActivities(input.body);
  const rows = (activities.length ? activities : Array.from({ length: BLANK_ROWS }, () => '')).map((a, i) => [
    cell(`${i + 1}.`, { align: AlignmentType.CENTER }),
    cell(a),
    cell(''),
    cell(''),
    cell(''),
  ]);
  return table(textWidth, WORK_PLAN, rows, WRITING_ROW);
}

/** The contact column's share: wide enough for an address of about 50 characters in 7 pt on one line. */
const CONTACT_SHARE = 0.48;
const LIAISONS: [string, number][] = [
  ['No.', 0.05],
  ['Pihak / Unit Kerja', 0.22],
  ['Nama dan Jabatan', 0.25],
  ['Telepon dan Surel', CONTACT_SHARE],
];

/** An average character is taken as 0.6 em wide (Bookman Old Style runs wide). */
const CHAR_EM = 0.6;
/** Never smaller than 7 pt. */
const MIN_SIZE = 14;

/**
 * The size (half-points) at which `text` fits on one line of a column `width` twips wide: an
 * e-mail address has no space to break at, and Word and LibreOffice would otherwise cut it
 * mid-word at the cell edge.
 */
export function sizeToFit(text: string, width: number, size = SIZE): number {
  const usable = width - cellMargins.left - cellMargins.right;
  // A character at s half-points is s / 2 pt = s * 10 twips high, CHAR_EM of that wide.
  const fits = Math.floor(usable / (Math.max(text.length, 1) * CHAR_EM * 10));
  return Math.max(MIN_SIZE, Math.min(size, fits));
}

/**
 * "DAFTAR PENGHUBUNG": the liaison of each party or OPD (name, position, unit, telephone,
 * e-mail), rows in party order; blank rows for each party when none is registered yet.
 */
export function liaisonTable(input: AgreementExportInput, textWidth: number): Table {
  const order = new Map(byOrdinal(input.parties).map((p, i) => [p.id, i]));
  const names = new Map(input.parties.map((p) => [p.id, p.name]));
  const liaisons = [...(input.liaisons ?? [])].sort(
    (a, b) => (order.get(a.partyId) ?? 99) - (order.get(b.partyId) ?? 99),
  );
  const contactWidth = Math.floor(textWidth * CONTACT_SHARE);
  const rows = liaisons.length
    ? liaisons.map((l, i) => [
        cell(`${i + 1}.`, { align: AlignmentType.CENTER }),
        [...cell(names.get(l.partyId) ?? ''), ...(l.unit ? cell(l.unit) : [])],
        [...cell(l.name, { bold: true }), ...cell(l.position)],
        [...cell(l.phone), ...(l.email ? cell(l.email, { size: sizeToFit(l.email, contactWidth) }) : [])],
      ])
    : byOrdinal(input.parties).map((p, i) => [
        cell(`${i + 1}.`, { align: AlignmentType.CENTER }),
        cell(p.name),
        cell(''),
        cell(''),
      ]);
  return table(textWidth, LIAISONS, rows);
}
