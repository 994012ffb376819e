import type { Config } from '../config.ts';

/** Lower-cased `scheme://host[:port]` of an Origin value, or null when it is not one (`null`, garbage). */
function normalise(origin: string): string | null {
  try {
    const u = new URL(origin);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.origin.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Whether a browser `Origin` may change state here: the server's own origin (the request's
 * Host under http or https, and localhost/127.0.0.1 on the configured port) or one listed in
 * SEPAKAT_ORIGINS. A missing Origin is allowed (non-browser clients: curl, the CLI, tests);
 * browsers always send one on cross-site POST and WebSocket requests.
 */
export function isOriginAllowed(
  config: Config,
  origin: string | undefined,
  host: string | undefined,
): boolean {
  if (origin === undefined) return true;
  const o = normalise(origin);
  if (!o) return false;
  const own = new Set<string>([`http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`]);
  if (host) {
    own.add(`http://${host}`.toLowerCase());
    own.add(`https://${host}`.toLowerCase());
  }
  for (const extra of config.origins) {
    const n = normalise(extra);
    if (n) own.add(n);
  }
  return own.has(o);
}

/** Methods that change state and therefore need an allowed Origin. */
export const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
