import type { AppContext } from '../context.ts';
import { countExpiredSessions, readAccessEpoch } from '../db/repos/sessions.ts';
import { EventHub } from './sse.ts';

/**
 * Checks every open collaboration socket and event stream again against the sessions and
 * memberships in the database: a socket whose session ended is closed with 4401, a removed
 * member's with 4403, a member downgraded becomes read-only; such a stream gets `stream.ended`
 * and closes. Called at once after a logout or a password change in this process.
 */
export async function recheckOpenAccess(
  ctx: Pick<AppContext, 'collab' | 'events' | 'userEvents'>,
): Promise<void> {
  if (ctx.events instanceof EventHub) ctx.events.sweep();
  if (ctx.userEvents instanceof EventHub) ctx.userEvents.sweep();
  await ctx.collab.refreshAllAccess();
}

/** The periodic check started by {@link startAccessSweep}. */
export interface AccessSweep {
  /** Stops the timer (before the collaboration server shuts down). */
  stop(): void;
}

/** How often the sweep looks for sessions that merely expired (they move no epoch). */
const EXPIRY_CHECK_MS = 60_000;

/**
 * Every `intervalMs`, reads the access epoch (one row, moved by triggers whenever a session
 * ends or a membership changes, also in another process such as `npm run user -- passwd`) and,
 * when it moved, runs {@link recheckOpenAccess}: so such changes reach open sockets and streams
 * within that time, while a tick with nothing to do costs one query (a whole check of 300
 * sockets and 300 streams takes ~25 ms of CPU). Every `expiryCheckMs` it also counts the
 * expired sessions, and checks when that count rose. One run at a time; the timer does not
 * keep the process alive; a run slower than a tenth of the interval is logged.
 */
export function startAccessSweep(
  ctx: Pick<AppContext, 'collab' | 'events' | 'userEvents' | 'log' | 'db'>,
  intervalMs: number,
  expiryCheckMs = EXPIRY_CHECK_MS,
): AccessSweep {
  let running = false;
  let seenEpoch = readAccessEpoch(ctx.db);
  let seenExpired = countExpiredSessions(ctx.db);
  let lastExpiryCheck = performance.now();
  /** True when the epoch moved, or (looked at every `expiryCheckMs`) more sessions expired. */
  const changed = (started: number): boolean => {
    const epoch = readAccessEpoch(ctx.db);
    let moved = epoch !== seenEpoch;
    seenEpoch = epoch;
    if (started - lastExpiryCheck >= expiryCheckMs) {
      lastExpiryCheck = started;
      const expired = countExpiredSessions(ctx.db);
      // Fewer expired than before means some were deleted, which moved the epoch already.
      moved ||= expired > seenExpired;
      seenExpired = expired;
    }
    return moved;
  };
  const tick = async () => {
    const started = performance.now();
    if (!changed(started)) return;
    await recheckOpenAccess(ctx);
    const ms = performance.now() - started;
    if (ms > intervalMs / 10) ctx.log.warn({ ms: Math.round(ms) }, 'access check was slow');
  };
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    tick()
      .catch((err) => ctx.log.error({ err }, 'access check failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
