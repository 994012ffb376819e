import type { VariantState } from '../../../../shared/api/variants.ts';
import { BOARD_COLUMNS, type BoardColumn, type BoardFilter, type BoardSort } from './board.ts';

const STATES: readonly string[] = ['draft', 'agreed', 'final', 'signed'];

/**
 * The board's filter and sort from its address (`?status=final&tertunda=1&tanpa-penghubung=1&q=rsud&urut=-pending`),
 * so a board narrowed for the Sekda can be shared as a link and opens the same.
 */
export function readBoardQuery(params: URLSearchParams): { filter: BoardFilter; sort: BoardSort } {
  const state = params.get('status') ?? '';
  const order = params.get('urut') ?? '';
  const column = order.replace(/^-/, '');
  return {
    filter: {
      state: STATES.includes(state) ? (state as VariantState) : 'all',
      pendingOnly: params.get('tertunda') === '1',
      missingLiaisons: params.get('tanpa-penghubung') === '1',
      text: params.get('q') ?? '',
    },
    sort: {
      column: (BOARD_COLUMNS as readonly string[]).includes(column) ? (column as BoardColumn) : 'unit',
      descending: order.startsWith('-'),
    },
  };
}

/** The address parameters of a filter and sort; defaults are left out. */
export function boardQuery(filter: BoardFilter, sort: BoardSort): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.state !== 'all') params.set('status', filter.state);
  if (filter.pendingOnly) params.set('tertunda', '1');
  if (filter.missingLiaisons) params.set('tanpa-penghubung', '1');
  if (filter.text) params.set('q', filter.text);
  if (sort.column !== 'unit' || sort.descending)
    params.set('urut', `${sort.descending ? '-' : ''}${sort.column}`);
  return params;
}
