import { Link } from 'react-router-dom';
import type { VariantRow } from '../../../../../shared/api/variants.ts';
import { useDateTime } from '../../../i18n/format.ts';
import type { Party } from '../../cooperations/api.ts';
import { PartyChip } from '../../cooperations/components/PartyChip.tsx';
import { documentPath } from '../../cooperations/paths.ts';
import { BOARD_COLUMNS, type BoardColumn, type BoardSort, nextSort, unitLabel } from '../board.ts';
import { useVariantsT, type VariantMessageKey } from '../messages.ts';

/** The heading of each column. */
export const columnKey: Record<BoardColumn, VariantMessageKey> = {
  unit: 'col.unit',
  state: 'col.state',
  approvals: 'col.approvals',
  pending: 'col.pending',
  overrides: 'col.overrides',
  liaisons: 'col.liaisons',
  updated: 'col.updated',
};

const STATE_BADGE: Record<VariantRow['state'], string> = {
  draft: '',
  agreed: 'status-final',
  final: 'status-final',
  signed: 'status-signed',
};

/**
 * The variants as a table whose headers sort (aria-sort says how); on a phone each row is a
 * card, every cell under its column's name.
 */
export function BoardTable({
  rows,
  parties,
  cooperationId,
  sort,
  onSort,
}: {
  rows: VariantRow[];
  parties: Party[];
  cooperationId: string;
  sort: BoardSort;
  onSort: (sort: BoardSort) => void;
}) {
  const t = useVariantsT();
  const when = useDateTime();
  const label = (c: BoardColumn) => t(columnKey[c]);
  return (
    <table className="table board-table" data-testid="variant-board">
      <thead>
        <tr>
          {BOARD_COLUMNS.map((c) => (
            <th
              key={c}
              scope="col"
              aria-sort={sort.column === c ? (sort.descending ? 'descending' : 'ascending') : undefined}
            >
              <button
                type="button"
                onClick={() => onSort(nextSort(sort, c))}
                title={t('board.sortBy', { column: label(c) })}
              >
                {label(c)}
                <span aria-hidden="true">{sort.column === c ? (sort.descending ? '↓' : '↑') : ''}</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.documentId} data-variant={row.documentId}>
            <td data-label={label('unit')}>
              <Link className="doc-link" to={documentPath(cooperationId, row.documentId)}>
                <strong>{unitLabel(row)}</strong>
              </Link>
              {row.unit && row.unit.name !== unitLabel(row) && <div className="small">{row.unit.name}</div>}
              {row.unit?.headName && <div className="muted small">{row.unit.headName}</div>}
            </td>
            <td data-label={label('state')}>
              <span className={`badge ${STATE_BADGE[row.state]}`}>{t(`state.${row.state}`)}</span>
              <div className="muted small">{t('board.agreed', { agreed: row.agreed, total: row.total })}</div>
            </td>
            <td data-label={label('approvals')}>
              <div className="board-approvals">
                {parties.map((p) => {
                  const a = row.approvals.find((x) => x.partyId === p.id);
                  return a ? (
                    <span key={p.id}>
                      <PartyChip party={p} compact /> {a.approved}/{a.total}
                    </span>
                  ) : null;
                })}
              </div>
            </td>
            <td data-label={label('pending')} data-testid="board-pending">
              {row.pendingMasterChanges}
              {row.flagged > 0 && (
                <div>
                  <span className="badge board-flagged">{t('pending.flagged', { count: row.flagged })}</span>
                </div>
              )}
            </td>
            <td data-label={label('overrides')} data-testid="board-overrides">
              {row.overrides}
            </td>
            <td data-label={label('liaisons')}>
              {row.liaisons.length ? (
                row.liaisons.join(', ')
              ) : (
                <span className="badge board-missing">{t('liaisons.missing')}</span>
              )}
            </td>
            <td data-label={label('updated')} className="small">
              {when(row.updatedAt)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
