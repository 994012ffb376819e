import { afterAll, beforeAll } from 'vitest';
import { type StartOptions, startServer, type TestServer } from './server.ts';

/** A real server for the tests of one file or `describe` block, and what its set-up built. */
export interface ServerSession<T> {
  /** The server (started before the block's own `beforeAll` hooks run). */
  readonly server: TestServer;
  /** What `setUp` returned (users, a cooperation…). */
  readonly world: T;
}

/**
 * Starts a server before the tests of the enclosing file or `describe` block, runs `setUp` on
 * it (for example `buildMeetingWorld`) and disposes of the server after them. Call it before
 * the block's own hooks: vitest runs `beforeAll` hooks in order and `afterAll` in reverse.
 */
export function withServer<T = undefined>(
  setUp?: (server: TestServer) => Promise<T>,
  options?: StartOptions,
): ServerSession<T> {
  let server: TestServer | undefined;
  let world: { value: T } | undefined;
  beforeAll(async () => {
    server = await startServer(options);
    world = { value: (await setUp?.(server)) as T };
  });
  afterAll(async () => {
    await server?.dispose();
  });
  return {
    get server() {
      if (!server)
        throw new Error('withServer: the server is not started yet (use it inside hooks and tests)');
      return server;
    },
    get world() {
      if (!world) throw new Error('withServer: the set-up has not run yet (use it inside hooks and tests)');
      return world.value;
    },
  };
}
