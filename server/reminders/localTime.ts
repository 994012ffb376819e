import type { TimeZone } from '../../shared/api/meetings.ts';

/** Hours ahead of UTC: Indonesia's zones keep no daylight saving time, so an offset is the whole rule. */
const OFFSET_HOURS: Record<TimeZone, number> = { WIB: 7, WITA: 8, WIT: 9 };

/** The instant (ms, UTC) of a local clock time `HH:MM` on a local day (YYYY-MM-DD) in a zone. */
export function localInstant(date: string, clock: string, zone: TimeZone): number {
  return Date.parse(`${date}T${clock}:00Z`) - OFFSET_HOURS[zone] * 3_600_000;
}
