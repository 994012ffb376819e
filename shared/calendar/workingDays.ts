import type { TimeZone } from '../api/meetings.ts';
import { TIME_ZONE_IANA } from '../timeZones.ts';
import data from './holidays-id.json' with { type: 'json' };

/**
 * Working days of Indonesian government offices: Monday to Friday, except the national public
 * holidays (hari libur nasional) and collective leave days (cuti bersama) of the joint decree of
 * each year, kept as data in `holidays-id.json` (its header says where each year comes from and
 * how to update it). Deadlines such as "paling lambat 14 (empat belas) hari kerja sejak …" count
 * these days. The holidays are national, so a time zone matters only for which calendar day an
 * instant falls on: 23:30 WIB on a Friday is already Saturday in WIT.
 */

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

/** An instant (read in the given zone) or a calendar date. */
export type DateInput = Date | IsoDate;

/** Indonesia's three zones, by their names or as IANA zones. */
export type CalendarZone = TimeZone | 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';

/** One non-working day of the calendar. */
export interface Holiday {
  date: IsoDate;
  kind: 'libur_nasional' | 'cuti_bersama';
  name: string;
  /** A forecast made before the year's decree: the real date may differ. */
  estimated?: boolean;
}

/** A year of the calendar and where it comes from. */
export interface CalendarYear {
  year: number;
  status: 'official' | 'estimated';
  source: string;
  days: Holiday[];
}

const YEARS: CalendarYear[] = Object.entries(data.years).map(([year, y]) => ({
  year: Number(year),
  status: y.status as CalendarYear['status'],
  source: y.source,
  days: y.days as Holiday[],
}));

const BY_DATE = new Map<IsoDate, Holiday[]>();
for (const y of YEARS) for (const d of y.days) BY_DATE.set(d.date, [...(BY_DATE.get(d.date) ?? []), d]);

/** The years the calendar holds, with their source and days. */
export function calendarYears(): readonly CalendarYear[] {
  return YEARS;
}

/** True when the calendar holds the year of `date`; outside it only weekends are days off. */
export function coversDate(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  return YEARS.some((y) => y.year === year);
}

/** The holidays and cuti bersama on a calendar date (two when both fall on it), none on a working day. */
export function holidaysOn(date: IsoDate): readonly Holiday[] {
  return BY_DATE.get(date) ?? [];
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function ianaOf(zone: CalendarZone): string {
  return zone in TIME_ZONE_IANA ? TIME_ZONE_IANA[zone as TimeZone] : zone;
}

/** The calendar date of `input` in `zone` (a date string is checked and returned as it is). */
export function localDate(input: DateInput, zone: CalendarZone = 'WIB'): IsoDate {
  if (typeof input === 'string') {
    const m = ISO.exec(input);
    const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (!day || day.toISOString().slice(0, 10) !== input)
      throw new RangeError(`Not a calendar date: ${input}`);
    return input;
  }
  if (Number.isNaN(input.getTime())) throw new RangeError('Not a valid instant');
  const iana = ianaOf(zone);
  let format = formatters.get(iana);
  if (!format) {
    // en-CA writes YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: iana,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(iana, format);
  }
  return format.format(input);
}

/** The calendar date `days` after (or before, when negative) `date`. */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${localDate(date)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** True on a Monday to Friday that is neither a national holiday nor cuti bersama. */
export function isWorkingDay(date: DateInput, zone: CalendarZone = 'WIB'): boolean {
  const day = localDate(date, zone);
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !BY_DATE.has(day);
}

/**
 * The date `n` working days after `date` (before it when `n` is negative), the day itself not
 * counted: "paling lambat 14 hari kerja sejak" a Monday is the 14th working day after it. `n = 0`
 * gives the date itself.
 */
export function addWorkingDays(date: DateInput, n: number, zone: CalendarZone = 'WIB'): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of working days: ${n}`);
  let day = localDate(date, zone);
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    day = addCalendarDays(day, step);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/**
 * The working days after `a` up to and including `b` (negative when `b` comes first), so that
 * `workingDaysBetween(a, addWorkingDays(a, n)) === n`: how many working days a response took.
 */
export function workingDaysBetween(a: DateInput, b: DateInput, zone: CalendarZone = 'WIB'): number {
  const from = localDate(a, zone);
  const to = localDate(b, zone);
  if (to < from) return -workingDaysBetween(to, from);
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}
