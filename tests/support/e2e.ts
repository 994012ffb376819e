import { afterAll, beforeAll } from 'vitest';
import { type BrowserUser, openBrowser } from './browser.ts';
import { type StartOptions, startServer, type TestServer } from './server.ts';

/** A real server and the browsers opened on it, for the tests of one `describe` block. */
export interface E2eSession {
  /** The server (started before the block's own `beforeAll` hooks run). */
  readonly server: TestServer;
  /**
   * A new browser profile, signed in as `who` (a demo username, or a session cookie from
   * `server.login`), or at the login screen without it. Closed after the block's tests.
   */
  browser(who?: string | { cookie: string }): Promise<BrowserUser>;
}

/**
 * Starts a server before the tests of the enclosing `describe` block and, after them, closes
 * every browser opened through the session, then the server. Call it at the top of the block,
 * before the block's own hooks: vitest runs `beforeAll` hooks in order and `afterAll` hooks
 * in reverse, so the block's set-up finds the server running and its tear-down runs first.
 */
export function e2eSession(options?: StartOptions): E2eSession {
  let server: TestServer | undefined;
  const browsers: BrowserUser[] = [];
  beforeAll(async () => {
    server = await startServer(options);
  });
  afterAll(async () => {
    for (const user of browsers.splice(0).reverse()) await user.close();
    await server?.dispose();
  });
  const session: E2eSession = {
    get server() {
      if (!server)
        throw new Error('e2eSession: the server is not started yet (use it inside hooks and tests)');
      return server;
    },
    async browser(who) {
      const { url } = session.server;
      const cookie =
        who === undefined
          ? undefined
          : typeof who === 'string'
            ? await session.server.login(who)
            : who.cookie;
      const user = await openBrowser({ baseUrl: url, cookie });
      browsers.push(user);
      return user;
    },
  };
  return session;
}
