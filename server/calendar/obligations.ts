import type { DashboardState } from '../../shared/api/implementation.ts';
import { addCalendarDays } from '../../shared/calendar/workingDays.ts';
import { obligationPath } from '../../shared/pages.ts';
import type { DB } from '../db/connection.ts';
import type { Cooperation } from '../db/repos/cooperations.ts';
import { cooperationDay, type Tracked, trackCooperation } from '../implementation/track.ts';
import type { AllDayEntry } from './ics.ts';

/** How far back and ahead a feed lists obligations' due dates: what is late, and the coming year. */
const DAYS_BACK = 90;
const DAYS_AHEAD = 400;

/** The words of a due date's state in a calendar event (calendars show no app, so the feed says it). */
const STATE_WORDS: Record<DashboardState, string> = {
  overdue: 'terlambat',
  needs_more: 'perlu dilengkapi',
  blocked: 'terkendala',
  due: 'jatuh tempo',
  in_progress: 'sedang berjalan',
  upcoming: 'akan datang',
  on_event: 'bergantung peristiwa',
  done: 'selesai',
};

/** One due date of a confirmed obligation as an all-day event on that day; its page in the description. */
export function obligationEntry(
  { obligation, item }: Tracked & { item: { date: string } },
  cooperation: Cooperation,
  origin: string,
): AllDayEntry {
  const page = `${origin}${obligationPath(cooperation.id, obligation.id)}`;
  const firstLine = obligation.text.split('\n')[0]?.slice(0, 120) ?? '';
  return {
    kind: 'allDay',
    uid: `obligation-${obligation.id}-${item.date}@sepakat`,
    date: item.date,
    summary: `Tenggat kewajiban: ${firstLine}`,
    description: [
      obligation.text,
      '',
      `Kerja sama: ${cooperation.title}`,
      `${item.documentTitle}, ${item.clausePath}`,
      `Pihak: ${item.partyLabel || 'PARA PIHAK'}${item.liaisonName ? `; penghubung: ${item.liaisonName}` : ''}`,
      ...(obligation.evidence ? [`Bukti: ${obligation.evidence}`] : []),
      `Status: ${STATE_WORDS[item.state]}`,
      `Buka di Sepakat: ${page}`,
    ].join('\n'),
    updatedAt: obligation.updatedAt,
  };
}

/**
 * The dated occurrences of a cooperation's confirmed obligations from 90 days back to about a
 * year ahead, as counted on the cooperation's today (`now`), done ones included with their state.
 */
export function obligationEntries(
  db: DB,
  cooperation: Cooperation,
  origin: string,
  now: number,
): AllDayEntry[] {
  const { today } = cooperationDay(cooperation, now);
  const window = { from: addCalendarDays(today, -DAYS_BACK), to: addCalendarDays(today, DAYS_AHEAD) };
  return trackCooperation(db, cooperation.id, window, today)
    .tracked.filter((t): t is Tracked & { item: { date: string } } => t.item.date !== null)
    .map((t) => obligationEntry(t, cooperation, origin));
}
