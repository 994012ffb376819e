import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format.ts';
import { showTimesIn } from './timeZone.ts';

describe('formatDateTime', () => {
  const at = '2025-05-03T07:20:00.000Z';

  it('shows a time in the zone asked for, named by it, whatever zone the machine is in', () => {
    expect(formatDateTime(at, 'id', 'WIB')).toMatch(/^3 Mei 2025,? 14[.:]20 WIB$/);
    expect(formatDateTime(at, 'id', 'WITA')).toMatch(/^3 Mei 2025,? 15[.:]20 WITA$/);
    expect(formatDateTime(at, 'en', 'WIT')).toMatch(/^3 May 2025,? 16:20 WIT$/);
  });

  it('crosses midnight with the zone', () => {
    expect(formatDateTime('2025-05-03T16:30:00.000Z', 'id', 'WIB')).toMatch(/^3 Mei 2025,? 23[.:]30 WIB$/);
    expect(formatDateTime('2025-05-03T16:30:00.000Z', 'id', 'WIT')).toMatch(/^4 Mei 2025,? 01[.:]30 WIT$/);
  });

  it("uses the current cooperation's zone when none is given", () => {
    showTimesIn('WITA');
    expect(formatDateTime(at, 'id')).toMatch(/15[.:]20 WITA$/);
    showTimesIn('WIB');
    expect(formatDateTime(at, 'id')).toMatch(/14[.:]20 WIB$/);
  });

  it('gives back what is not a time', () => {
    expect(formatDateTime('kemarin', 'id', 'WIB')).toBe('kemarin');
  });
});
