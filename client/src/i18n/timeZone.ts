import { create } from 'zustand';
import type { TimeZone } from '../../../shared/api/meetings.ts';

/**
 * The time zone the screen shows times in: the zone of the cooperation being looked at (its
 * `settings.timeZone`), set whenever a cooperation is loaded, so every time on its pages reads
 * the same as its meetings ("14.05 WITA") whatever zone the browser is in.
 */
export const useTimeZone = create<{ zone: TimeZone }>(() => ({ zone: 'WIB' }));

/** Shows times in `zone` from now on (called when a cooperation is loaded or its zone changes). */
export function showTimesIn(zone: TimeZone): void {
  if (useTimeZone.getState().zone !== zone) useTimeZone.setState({ zone });
}
