import { addCalendarDays, type IsoDate } from '../../../../shared/calendar/workingDays.ts';
import { addMonths } from '../../../../shared/obligations/dueDate.ts';

/** A period a report covers, both days included. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** A period the dialog offers: the last 12 months, or a quarter (triwulan) of a year. */
export type PeriodChoice = { kind: 'year' } | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 };

/** The twelve months up to and including today: the default, as the agreement asks an evaluation a year. */
export function lastTwelveMonths(today: IsoDate): Period {
  return { from: addCalendarDays(addMonths(today, -12), 1), to: today };
}

/** The days of quarter `quarter` of `year`. */
export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): Period {
  const first = `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
  return { from: first, to: addCalendarDays(addMonths(first, 3), -1) };
}

/** The last four quarters begun by today, the latest first. */
export function recentQuarters(today: IsoDate): { year: number; quarter: 1 | 2 | 3 | 4 }[] {
  const year = Number(today.slice(0, 4));
  const out: { year: number; quarter: 1 | 2 | 3 | 4 }[] = [];
  for (const y of [year, year - 1])
    for (const q of [4, 3, 2, 1] as const)
      if (quarterPeriod(y, q).from <= today) out.push({ year: y, quarter: q });
  return out.slice(0, 4);
}

export function periodOf(choice: PeriodChoice, today: IsoDate): Period {
  return choice.kind === 'year' ? lastTwelveMonths(today) : quarterPeriod(choice.year, choice.quarter);
}
