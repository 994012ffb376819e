import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarFile, type TimedEntry } from './ics.ts';

const meeting = (over: Partial<TimedEntry> = {}): TimedEntry => ({
  kind: 'timed',
  uid: 'meeting-m1@sepakat',
  date: '2026-03-29',
  timeFrom: '02:30',
  timeTo: '04:00',
  zone: 'WIB',
  summary: 'Rapat Pembahasan',
  description: 'Agenda',
  location: 'Ruang Rapat',
  updatedAt: 0,
  ...over,
});

/** The first event's start and end as UTC instants, read back by ical.js. */
function instants(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
  return [event.startDate.toJSDate().toISOString(), event.endDate.toJSDate().toISOString()];
}

const serverZone = process.env.TZ;
afterEach(() => {
  if (serverZone === undefined) delete process.env.TZ;
  else process.env.TZ = serverZone;
});

describe('calendarFile', () => {
  it('writes a meeting at its local time in its zone whatever zone the server runs in', () => {
    for (const tz of ['UTC', 'America/New_York', 'Asia/Jayapura']) {
      process.env.TZ = tz;
      const text = calendarFile(
        [meeting({ date: '2026-12-10', timeFrom: '09:00', timeTo: '11:30', zone: 'WIT' })],
        'x',
      );
      expect(text, tz).toContain('DTSTART;TZID=Asia/Jayapura:20261210T090000');
      expect(instants(text), tz).toEqual(['2026-12-10T00:00:00.000Z', '2026-12-10T02:30:00.000Z']);
    }
  });

  it('falls back to UTC instants where the server’s own zone skips the local time', () => {
    // 02:30 on 29 March 2026 does not exist in Berlin (clocks jump from 02:00 to 03:00).
    process.env.TZ = 'Europe/Berlin';
    const text = calendarFile([meeting()], 'x');
    expect(text).toContain('DTSTART:20260328T193000Z');
    expect(text).not.toContain('TZID=');
    expect(instants(text)).toEqual(['2026-03-28T19:30:00.000Z', '2026-03-28T21:00:00.000Z']);
  });

  it('writes a due date as an all-day DATE event ending the next day, in any server zone', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    const text = calendarFile(
      [
        {
          kind: 'allDay',
          uid: 'a@sepakat',
          date: '2026-12-31',
          summary: 'Tenggat',
          description: '',
          updatedAt: 0,
        },
      ],
      'x',
    );
    expect(text).toContain('DTSTART;VALUE=DATE:20261231');
    expect(text).toContain('DTEND;VALUE=DATE:20270101');
  });
});
