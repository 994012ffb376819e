import { afterEach } from 'vitest';
import { connectClient, cookieWebSocket, type TestClient } from '../../server/collab/testing.ts';
import type { TestServer } from './server.ts';

/**
 * A stock WebsocketProvider on the test server carrying `cookie` (null: none) and, when given,
 * `origin`, as a browser tab would connect; not waited for (it may be refused).
 */
export function connectTo(
  server: TestServer,
  documentId: string,
  cookie: string | null,
  origin?: string,
): TestClient {
  return connectClient(`${server.wsUrl}/collab`, documentId, '', {
    WebSocketPolyfill: cookieWebSocket(cookie, origin),
  });
}

/** A stock WebsocketProvider on the test server with a session cookie, synced. */
export async function openClient(
  server: TestServer,
  documentId: string,
  cookie: string,
): Promise<TestClient> {
  const client = connectTo(server, documentId, cookie);
  await client.synced();
  return client;
}

/**
 * For a test file: opens stock y-websocket clients by session cookie (`open(documentId,
 * cookie)`, synced; on another server than the file's with `open(documentId, cookie, other)`)
 * and destroys every one after each test.
 */
export function clientsPerTest(server: () => TestServer) {
  const clients: TestClient[] = [];
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });
  return async (documentId: string, cookie: string, on: TestServer = server()) => {
    const client = await openClient(on, documentId, cookie);
    clients.push(client);
    return client;
  };
}

/**
 * For a test file: `connect` opens stock y-websocket clients as {@link connectTo} does (not
 * waited for, so that a test can see a refusal or take one offline); every one is destroyed
 * after each test, or earlier with `destroyAll` (before killing the server, say). `all` lists
 * the clients connected and not yet destroyed.
 */
export function connectionsPerTest(server: () => TestServer) {
  const clients: TestClient[] = [];
  const destroyAll = () => {
    for (const c of clients.splice(0)) c.destroy();
  };
  afterEach(destroyAll);
  return {
    connect(documentId: string, cookie: string | null, origin?: string, on: TestServer = server()) {
      const client = connectTo(on, documentId, cookie, origin);
      clients.push(client);
      return client;
    },
    destroyAll,
    all: clients as readonly TestClient[],
  };
}
