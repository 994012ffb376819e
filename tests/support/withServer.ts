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
 * `options` may be a function, for options that exist only once earlier hooks ran (a folder);
 * `timeout` is for a set-up that takes longer than the project's hook timeout.
 */
export function withServer<T = undefined>(
  setUp?: (server: TestServer) => Promise<T>,
  options?: StartOptions | (() => StartOptions),
  timeout?: number,
): ServerSession<T> {
  let server: TestServer | undefined;
  let world: { value: T } | undefined;
  beforeAll(async () => {
    server = await startServer(typeof options === 'function' ? options() : options);
    world = { value: (await setUp?.(server)) as T };
  }, timeout);
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

/**
 * For servers a test starts itself (a second configuration, a restored backup): `start` them
 * inside the test; every one still running is disposed after the tests of the enclosing file
 * or `describe` block, whether the test passed or not.
 */
export function serversPerFile() {
  const started: TestServer[] = [];
  afterAll(async () => {
    await Promise.all(started.splice(0).map((s) => s.dispose()));
  });
  return {
    /** Starts a server, as {@link startServer} does, that is disposed after the block. */
    async start(options?: StartOptions): Promise<TestServer> {
      const server = await startServer(options);
      started.push(server);
      return server;
    },
  };
}
