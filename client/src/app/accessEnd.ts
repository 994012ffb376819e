/**
 * Why the server ended this tab's access without the person asking here: `signed-out` (the
 * session ended: signed out in another tab, the password changed on another device or with
 * the CLI, expired) or `not-member` (removed from the cooperation that is open).
 */
export type AccessEnd = 'signed-out' | 'not-member';

let handler: ((end: AccessEnd) => void) | null = null;

/** Set once, by the session store, which decides what the tab does about it. */
export function setAccessEndHandler(next: (end: AccessEnd) => void): void {
  handler = next;
}

/**
 * Reported by whatever hears it first: any API answer 401, an editor socket closed with 4401
 * or (after it was open) 4403, an event stream's last `stream.ended`. Several reports of one
 * ending are expected; the handler acts on the first.
 */
export function accessEnded(end: AccessEnd): void {
  handler?.(end);
}
