import type { TimeZone } from '../../../shared/api/meetings.ts';
import { TIME_ZONE_IANA } from '../../../shared/timeZones.ts';
import { type CalendarDate, dayName, parseIsoDate, shortDate } from '../../../shared/words.ts';

/**
 * The words the minutes say about themselves as a record: the place-and-date line above the
 * signatures and the note a reopening leaves. Pure, so they are tested apart from the database.
 */

/**
 * The city of a seat as written before the date of a letter: "Kota Jambi, Provinsi Jambi" →
 * "Jambi", "Kabupaten Kubu Raya" → "Kubu Raya"; '' when there is no seat.
 */
export function cityOfSeat(seat: string): string {
  const first = seat.split(/[,\n]/)[0]?.trim() ?? '';
  return first.replace(/^(kota|kabupaten|kab\.)\s+/i, '').trim();
}

/** "Jambi, 10 Maret 2020"; dots where the city is not known, for the minute-taker to write. */
export function placeAndDate(city: string, isoDate: string): string {
  const d = parseIsoDate(isoDate);
  return `${city || '....................'}, ${d ? shortDate(d) : isoDate}`;
}

/** The calendar date and "HH.MM" of an instant in an Indonesian time zone. */
export function localTime(at: number, zone: TimeZone): { date: CalendarDate; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: TIME_ZONE_IANA[zone],
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  );
  return {
    date: { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) },
    time: `${parts.hour}.${parts.minute}`,
  };
}

/**
 * "Notula ini diubah setelah rapat dibuka kembali pada Rabu, 11 Maret 2020 pukul 10.15 WIB oleh
 * Kepala Perwakilan, dengan alasan: …": printed in every record closed after the reopening.
 */
export function reopeningSentence(r: { at: number; name: string; reason: string }, zone: TimeZone): string {
  const { date, time } = localTime(r.at, zone);
  const reason = r.reason.trim().replace(/[.\s]+$/, '');
  return (
    `Notula ini diubah setelah rapat dibuka kembali pada ${dayName(date)}, ${shortDate(date)} ` +
    `pukul ${time} ${zone} oleh ${r.name}, dengan alasan: ${reason}.`
  );
}
