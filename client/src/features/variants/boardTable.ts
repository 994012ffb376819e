import type { VariantRow } from '../../../../shared/api/variants.ts';
import type { Translate } from '../../i18n/index.ts';
import type { VariantMessageKey } from './messages.ts';

/** A party as the table names it: a column of approvals each. */
export interface TableParty {
  id: string;
  shortName: string;
}

/** A cell of the exported table: text, or a count that a spreadsheet can sum. */
export type Cell = string | number;

/** The board as a table for the Sekda's report: a header row and one row per variant. */
export interface BoardTable {
  header: string[];
  rows: Cell[][];
  /** Widths of the columns in characters, for the spreadsheet. */
  widths: number[];
}

/**
 * The rows of the board as the .csv and the .xlsx print them, in the order shown: the unit and
 * its head, the state, each party's approvals, pending master changes and those to review, the
 * clauses changed here, the liaisons and the last activity (as `when` writes a time).
 */
export function boardTable(
  rows: readonly VariantRow[],
  parties: readonly TableParty[],
  t: Translate<VariantMessageKey>,
  when: (iso: string) => string,
): BoardTable {
  const header = [
    'No',
    t('col.unit'),
    t('sheet.head'),
    t('sheet.title'),
    t('col.state'),
    t('sheet.agreed'),
    ...parties.map((p) => `${t('col.approvals')} ${p.shortName}`),
    t('col.pending'),
    t('sheet.flagged'),
    t('col.overrides'),
    t('col.liaisons'),
    t('col.updated'),
  ];
  const body = rows.map((row, i): Cell[] => [
    i + 1,
    row.unit?.name ?? '',
    row.unit?.headName ?? '',
    row.title,
    t(`state.${row.state}`),
    `${row.agreed}/${row.total}`,
    ...parties.map((p) => {
      const a = row.approvals.find((x) => x.partyId === p.id);
      return a ? `${a.approved}/${a.total}` : '';
    }),
    row.pendingMasterChanges,
    row.flagged,
    row.overrides,
    row.liaisons.length ? row.liaisons.join('; ') : t('liaisons.missing'),
    when(row.updatedAt),
  ]);
  const widths = header.map((h, c) =>
    Math.min(60, Math.max(h.length, ...body.map((r) => String(r[c] ?? '').length)) + 2),
  );
  return { header, rows: body, widths };
}

/**
 * A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or return
 * first) gets a leading apostrophe: a unit named "=HYPERLINK(…)" stays text in Excel.
 */
const inert = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** One field of RFC 4180: quoted when it holds a comma, a quote or a line break. */
const field = (cell: Cell) => {
  const text = typeof cell === 'number' ? String(cell) : inert(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The table as CSV (RFC 4180, CRLF), preceded by a byte-order mark so Excel reads the names in
 * UTF-8.
 */
export function toCsv(table: BoardTable): string {
  const lines = [table.header, ...table.rows].map((r) => r.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
