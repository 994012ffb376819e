import type { UnitResponseTimesDTO } from '../api.ts';
import { useImplementationT } from '../messages.ts';

/**
 * How fast each OPD answers the reports from the public forwarded to it, against the working
 * days the agreement commits to: a median above the commitment is said in words too.
 */
export function ResponseTimesTable({ rows }: { rows: readonly UnitResponseTimesDTO[] }) {
  const t = useImplementationT();
  const days = (n: number | null) => (n === null ? t('times.none') : t('times.days', { n }));
  const columns = [
    ['times.forwarded', (r: UnitResponseTimesDTO) => r.forwarded],
    ['times.inTime', (r: UnitResponseTimesDTO) => r.answeredInTime],
    ['times.late', (r: UnitResponseTimesDTO) => r.late],
    ['times.waiting', (r: UnitResponseTimesDTO) => r.waiting],
    ['times.overdue', (r: UnitResponseTimesDTO) => r.overdue],
  ] as const;
  return (
    <table className="counts-table response-times">
      <caption>{t('times.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('summary.unit')}</th>
          {columns.map(([key]) => (
            <th key={key} scope="col">
              {t(key)}
            </th>
          ))}
          <th scope="col">{t('times.median')}</th>
          <th scope="col">{t('times.commitment')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const slower =
            r.medianWorkingDays !== null &&
            r.commitmentDays !== null &&
            r.medianWorkingDays > r.commitmentDays;
          return (
            <tr key={r.unitId ?? 'none'}>
              <th scope="row">{r.unitName || t('summary.noUnit')}</th>
              {columns.map(([key, value]) => (
                <td
                  key={key}
                  data-label={t(key)}
                  className={
                    key === 'times.overdue' && r.overdue > 0 ? 'state-col state-overdue has-count' : undefined
                  }
                >
                  {value(r)}
                </td>
              ))}
              <td
                data-label={t('times.median')}
                className={slower ? 'state-col state-overdue has-count' : undefined}
              >
                {days(r.medianWorkingDays)}
                {slower && <span className="small"> ({t('times.slower')})</span>}
              </td>
              <td data-label={t('times.commitment')}>{days(r.commitmentDays)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
