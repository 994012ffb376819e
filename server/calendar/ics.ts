import ical, { ICalCalendarMethod } from 'ical-generator';
import type { TimeZone } from '../../shared/api/meetings.ts';
import { TIME_ZONE_IANA } from '../../shared/timeZones.ts';

/** A meeting or anything else with a start and an end on one local day in an Indonesian zone. */
export interface TimedEntry {
  kind: 'timed';
  /** Stable across exports: a calendar updates the event it already holds instead of adding one. */
  uid: string;
  date: string;
  timeFrom: string;
  timeTo: string;
  zone: TimeZone;
  summary: string;
  description: string;
  location: string;
  url?: string;
  updatedAt: number;
}

/** A due date: an all-day event on that day (no time: deadlines are days, not instants). */
export interface AllDayEntry {
  kind: 'allDay';
  uid: string;
  date: string;
  summary: string;
  description: string;
  updatedAt: number;
}

/** One event of a calendar file. */
export type CalendarEntry = TimedEntry | AllDayEntry;

/** The offsets of Indonesia's zones: none keeps daylight saving time, so one STANDARD block is the whole rule. */
const OFFSETS: Record<string, { offset: string; name: TimeZone }> = {
  'Asia/Jakarta': { offset: '+0700', name: 'WIB' },
  'Asia/Makassar': { offset: '+0800', name: 'WITA' },
  'Asia/Jayapura': { offset: '+0900', name: 'WIT' },
};

/** The VTIMEZONE Outlook needs beside a TZID (Google reads the IANA name alone). */
function vtimezone(tzid: string): string | null {
  const zone = OFFSETS[tzid];
  if (!zone) return null;
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    `X-LIC-LOCATION:${tzid}`,
    'BEGIN:STANDARD',
    `TZOFFSETFROM:${zone.offset}`,
    `TZOFFSETTO:${zone.offset}`,
    `TZNAME:${zone.name}`,
    'DTSTART:19700101T000000',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}

/**
 * A Date whose local clock reads `date time`. ical-generator writes a TZID'd time from the
 * Date's local fields (the server's own zone); null when that zone skips the time (a daylight
 * saving gap), where the caller writes the instant in UTC instead.
 */
function wallClock(date: string, time: string): Date | null {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const at = new Date(y, mo - 1, d, h, mi);
  return at.getDate() === d && at.getHours() === h && at.getMinutes() === mi ? at : null;
}

/** The UTC instant of a local `HH:MM` on a day in an Indonesian zone. */
function instant(date: string, time: string, zone: TimeZone): Date {
  const hours = Number(OFFSETS[TIME_ZONE_IANA[zone]]?.offset.slice(1, 3) ?? 7);
  return new Date(Date.parse(`${date}T${time}:00Z`) - hours * 3_600_000);
}

const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);

/**
 * An iCalendar file (RFC 5545) of `entries`: VERSION 2.0, a PRODID, METHOD PUBLISH for
 * subscriptions, times with the TZID of their zone and its VTIMEZONE, all-day due dates as
 * DATE values, folded and escaped by ical-generator. A feed gives `refreshSeconds`.
 */
export function calendarFile(
  entries: CalendarEntry[],
  name: string,
  options: { refreshSeconds?: number; now?: Date } = {},
): string {
  const now = options.now ?? new Date();
  const cal = ical({
    name,
    prodId: { company: 'Sepakat', product: 'Sepakat', language: 'ID' },
    method: ICalCalendarMethod.PUBLISH,
    // A subscription's refresh hint (REFRESH-INTERVAL, X-PUBLISHED-TTL); Outlook otherwise waits days.
    ttl: options.refreshSeconds ?? null,
  });
  // An empty name keeps the calendar without a zone of its own (so DTSTAMP stays in UTC) while
  // each event's zone still gets its VTIMEZONE.
  cal.timezone({ name: '', generator: vtimezone });
  for (const e of entries) {
    const common = {
      id: e.uid,
      stamp: now,
      lastModified: new Date(e.updatedAt),
      summary: e.summary,
      description: e.description,
    };
    if (e.kind === 'allDay') {
      // With no zone, ical-generator writes a DATE from the Date's UTC fields.
      cal.createEvent({
        ...common,
        allDay: true,
        start: new Date(`${e.date}T00:00:00Z`),
        end: dayAfter(e.date),
      });
      continue;
    }
    const tzid = TIME_ZONE_IANA[e.zone];
    const start = wallClock(e.date, e.timeFrom);
    const end = wallClock(e.date, e.timeTo);
    const zoned = start && end;
    cal.createEvent({
      ...common,
      start: zoned ? start : instant(e.date, e.timeFrom, e.zone),
      end: zoned ? end : instant(e.date, e.timeTo, e.zone),
      timezone: zoned ? tzid : null,
      location: e.location || null,
      url: e.url || null,
    });
  }
  return cal.toString();
}
