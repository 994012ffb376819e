import type { TestClient } from '../../server/collab/testing.ts';
import type { CooperationDTO } from '../../shared/api/cooperations.ts';
import { clientsPerTest } from './clients.ts';
import { demoCooperation } from './factories.ts';
import type { StartOptions, TestServer } from './server.ts';
import { withServer } from './withServer.ts';

/** A real server with its demo cooperation, and the session cookies of some demo users. */
export interface DemoSession<U extends string = string> {
  readonly server: TestServer;
  readonly coop: CooperationDTO;
  /** Session cookie by demo username; `login` again after a restart refreshes them. */
  readonly cookies: Readonly<Record<U, string>>;
  login(): Promise<void>;
  /** A stock y-websocket client signed in as a demo user, synced; destroyed after the test. */
  open(documentId: string, username: U): Promise<TestClient>;
}

/**
 * For the tests of one file or `describe` block: {@link withServer}, signing the given demo
 * users in and reading the demo cooperation (as the first of them).
 * Clients opened with `open` are destroyed after each test.
 */
export function demoSession<const U extends string>(
  usernames: readonly [U, ...U[]],
  options?: StartOptions,
): DemoSession<U> {
  const cookies = {} as Record<U, string>;
  const openAs = clientsPerTest(() => session.server);
  const login = async (server: TestServer) => {
    for (const name of usernames) cookies[name] = await server.login(name);
  };
  const started = withServer(async (server) => {
    await login(server);
    return demoCooperation(server, cookies[usernames[0]]);
  }, options);
  const session: DemoSession<U> = {
    get server() {
      return started.server;
    },
    get coop() {
      return started.world;
    },
    cookies,
    login: () => login(session.server),
    open: (documentId, username) => openAs(documentId, cookies[username]),
  };
  return session;
}
