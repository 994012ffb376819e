import type { ReminderSettings } from './settings.ts';

/** What time the worker thinks it is (ms since the epoch). */
export type Clock = () => number;

/**
 * The real clock, or for tests a clock that starts at `clockStart` when the worker starts and
 * then runs in real time (so backoff waits still pass as they would).
 */
export function reminderClock(settings: ReminderSettings): Clock {
  if (settings.clockStart === null) return Date.now;
  const shift = settings.clockStart - Date.now();
  return () => Date.now() + shift;
}
