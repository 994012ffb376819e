import { afterAll, beforeAll } from 'vitest';
import type { TestClient } from '../../server/collab/testing.ts';
import type { CooperationDTO } from '../../shared/api/cooperations.ts';
import { clientsPerTest } from './clients.ts';
import { demoCooperation } from './factories.ts';
import { type StartOptions, startServer, type TestServer } from './server.ts';

/** A real server with its demo cooperation, and the session cookies of some demo users. */
export interface DemoSession {
  readonly server: TestServer;
  readonly coop: CooperationDTO;
  /** Session cookie by demo username; `login` again after a restart refreshes them. */
  readonly cookies: Record<string, string>;
  login(): Promise<void>;
  /** A stock y-websocket client signed in as a demo user, synced; destroyed after the test. */
  open(documentId: string, username: string): Promise<TestClient>;
}

/**
 * For the tests of one file or `describe` block: starts a server before them, signs the
 * given demo users in and reads the demo cooperation; disposes of the server after them.
 * Clients opened with `open` are destroyed after each test.
 */
export function demoSession(usernames: string[], options?: StartOptions): DemoSession {
  let server: TestServer | undefined;
  let coop: CooperationDTO | undefined;
  const cookies: Record<string, string> = {};
  const openAs = clientsPerTest(() => session.server);
  const session: DemoSession = {
    get server() {
      if (!server)
        throw new Error('demoSession: the server is not started yet (use it inside hooks and tests)');
      return server;
    },
    get coop() {
      if (!coop) throw new Error('demoSession: the cooperation is not read yet');
      return coop;
    },
    cookies,
    async login() {
      for (const name of usernames) cookies[name] = await session.server.login(name);
    },
    open: (documentId, username) => openAs(documentId, cookies[username]),
  };
  beforeAll(async () => {
    server = await startServer(options);
    await session.login();
    coop = await demoCooperation(server, cookies[usernames[0]]);
  });
  afterAll(async () => {
    await server?.dispose();
  });
  return session;
}
