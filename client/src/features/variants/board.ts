import type { VariantRow, VariantState } from '../../../../shared/api/variants.ts';

/** The columns of the board, each sortable. */
export const BOARD_COLUMNS = [
  'unit',
  'state',
  'approvals',
  'pending',
  'overrides',
  'liaisons',
  'updated',
] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];

/** What the board is narrowed to: a state, pending master changes, missing liaisons, a text. */
export interface BoardFilter {
  state: VariantState | 'all';
  pendingOnly: boolean;
  missingLiaisons: boolean;
  text: string;
}

export interface BoardSort {
  column: BoardColumn;
  descending: boolean;
}

export const NO_FILTER: BoardFilter = { state: 'all', pendingOnly: false, missingLiaisons: false, text: '' };

/** The order of the states as a variant moves through them. */
const STATE_ORDER: Record<VariantState, number> = { draft: 0, agreed: 1, final: 2, signed: 3 };

/** A unit's name as the board names it: the short name where it has one, else the name. */
export const unitLabel = (row: VariantRow): string => row.unit?.shortName || row.unit?.name || row.title;

/** Lower case without accents, for a search that finds "Kependudukan" by "kependudukan". */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every word of `text` is found in the row's unit, head, title or liaisons. */
function matchesText(row: VariantRow, text: string): boolean {
  const words = folded(text).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = folded(
    [
      row.unit?.name,
      row.unit?.shortName,
      row.unit?.headName,
      row.unit?.headPosition,
      row.title,
      ...row.liaisons,
    ]
      .filter(Boolean)
      .join(' '),
  );
  return words.every((w) => haystack.includes(w));
}

/** Whether a row passes the filter. */
export function matchesFilter(row: VariantRow, filter: BoardFilter): boolean {
  if (filter.state !== 'all' && row.state !== filter.state) return false;
  if (filter.pendingOnly && row.pendingMasterChanges === 0) return false;
  if (filter.missingLiaisons && row.liaisons.length > 0) return false;
  return matchesText(row, filter.text);
}

/** Share of the Pasal and parts a row's parties approved, for sorting by approvals. */
const approvedShare = (row: VariantRow) => {
  const total = row.approvals.reduce((n, a) => n + a.total, 0);
  return total ? row.approvals.reduce((n, a) => n + a.approved, 0) / total : 0;
};

const compareText = (a: string, b: string) =>
  a.localeCompare(b, 'id', { sensitivity: 'base', numeric: true });

/** How two rows compare on a column (ascending). */
function compareOn(column: BoardColumn, a: VariantRow, b: VariantRow): number {
  switch (column) {
    case 'unit':
      return compareText(unitLabel(a), unitLabel(b));
    case 'state':
      return (
        STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.agreed / (a.total || 1) - b.agreed / (b.total || 1)
      );
    case 'approvals':
      return approvedShare(a) - approvedShare(b);
    case 'pending':
      return a.pendingMasterChanges - b.pendingMasterChanges || a.flagged - b.flagged;
    case 'overrides':
      return a.overrides - b.overrides;
    case 'liaisons':
      return a.liaisons.length - b.liaisons.length;
    case 'updated':
      return a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0;
  }
}

/**
 * The rows the board shows: those passing `filter`, ordered by `sort` (ties by unit name, so
 * the order never depends on the server's).
 */
export function boardRows(rows: readonly VariantRow[], filter: BoardFilter, sort: BoardSort): VariantRow[] {
  const sign = sort.descending ? -1 : 1;
  return rows
    .filter((r) => matchesFilter(r, filter))
    .sort((a, b) => sign * compareOn(sort.column, a, b) || compareText(unitLabel(a), unitLabel(b)));
}

/** The sort after a click on `column`'s header: the same column turns around, another starts ascending. */
export const nextSort = (sort: BoardSort, column: BoardColumn): BoardSort =>
  sort.column === column ? { column, descending: !sort.descending } : { column, descending: false };
