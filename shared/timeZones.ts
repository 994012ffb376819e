import { type TimeZone, timeZoneSchema } from './api/meetings.ts';

/** The IANA zone of each Indonesian time zone name. */
export const TIME_ZONE_IANA: Record<TimeZone, string> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

/** The zone a cooperation's times are shown in (`settings.timeZone`); WIB when unset or unreadable. */
export function cooperationTimeZone(settings: Record<string, unknown> | null | undefined): TimeZone {
  const parsed = timeZoneSchema.safeParse(settings?.timeZone);
  return parsed.success ? parsed.data : 'WIB';
}
