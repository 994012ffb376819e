import type { ReactNode } from 'react';
import { dashboardStateSchema } from '../../../../../shared/api/implementation.ts';
import type { DashboardState, StateCounts } from '../api.ts';
import { stateKey, useImplementationT } from '../messages.ts';

/** The states always shown as columns; the others only when some row has one. */
const ALWAYS: readonly DashboardState[] = ['overdue', 'due', 'done'];

/**
 * Counts by state as a compact table, one row per party or OPD. Each state's column carries its
 * word and colour; a phone shows each row as a small block of "state: count" lines instead of
 * scrolling sideways.
 */
export function CountsTable({
  caption,
  nameHeader,
  rows,
}: {
  caption: string;
  nameHeader: string;
  rows: readonly { key: string; name: ReactNode; counts: StateCounts }[];
}) {
  const t = useImplementationT();
  const states = dashboardStateSchema.options.filter(
    (s) => ALWAYS.includes(s) || rows.some((r) => r.counts[s] > 0),
  );
  return (
    <table className="counts-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{nameHeader}</th>
          {states.map((s) => (
            <th key={s} scope="col" className={`state-col state-${s}`}>
              <span className="occ-dot" aria-hidden="true" />
              {t(stateKey(s))}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.name}</th>
            {states.map((s) => (
              <td
                key={s}
                data-label={t(stateKey(s))}
                className={`state-col state-${s}${row.counts[s] > 0 ? ' has-count' : ''}`}
              >
                <span className="occ-dot" aria-hidden="true" />
                <span className="count">{row.counts[s]}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
