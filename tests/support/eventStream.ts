import { afterEach, expect } from 'vitest';
import type { TestServer, UntypedBody } from './server.ts';

/** One event read from a stream: its id line and its parsed data, whose fields are read loosely. */
export interface StreamEvent {
  id?: string;
  data: { type: string; [key: string]: UntypedBody };
}

/**
 * A cooperation's event stream (or, with `path`, another stream such as `/api/me/events`)
 * opened as a browser's EventSource would, read with fetch and a reader: `next(type)` waits for
 * the next event of that type (or fails after `ms`).
 */
export async function openEventStream(
  baseUrl: string,
  cooperationId: string,
  cookie: string,
  opts: { lastEventId?: string; path?: string } = {},
) {
  const ac = new AbortController();
  const headers: Record<string, string> = { cookie, accept: 'text/event-stream' };
  if (opts.lastEventId) headers['last-event-id'] = opts.lastEventId;
  const res = await fetch(`${baseUrl}${opts.path ?? `/api/cooperations/${cooperationId}/events`}`, {
    headers,
    signal: ac.signal,
  });
  const received: StreamEvent[] = [];
  let buffer = '';
  let ended = false;
  const waiters = new Set<() => void>();
  const pump = (async () => {
    if (!res.body || !res.headers.get('content-type')?.startsWith('text/event-stream')) return;
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let cut = buffer.indexOf('\n\n');
        while (cut >= 0) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (data) received.push({ id: /^id: (.*)$/m.exec(frame)?.[1], data: JSON.parse(data) });
          cut = buffer.indexOf('\n\n');
        }
        for (const w of waiters) w();
      }
    } catch {
      // aborted
    } finally {
      ended = true;
      for (const w of waiters) w();
    }
  })();
  let seen = 0;
  return {
    res,
    received,
    get ended() {
      return ended;
    },
    /** The next not yet consumed event of `type`. */
    async next(type: string, ms = 5000): Promise<StreamEvent> {
      const deadline = Date.now() + ms;
      for (;;) {
        const i = received.findIndex((e, k) => k >= seen && e.data.type === type);
        if (i >= 0) {
          seen = i + 1;
          return received[i]!;
        }
        if (ended || Date.now() > deadline) {
          throw new Error(`no ${type} event; got ${received.map((e) => e.data.type).join(', ') || 'none'}`);
        }
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            resolve();
          };
          waiters.add(wake);
          setTimeout(wake, 100);
        });
      }
    },
    /** Resolves when the server ends the stream. */
    async untilEnded(ms = 5000) {
      const deadline = Date.now() + ms;
      while (!ended && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return ended;
    },
    async close() {
      ac.abort();
      await pump;
    },
  };
}

/** An open event stream, as `openEventStream` returns it. */
export type EventStream = Awaited<ReturnType<typeof openEventStream>>;

/**
 * For a test file: opens cooperations' event streams by session cookie (`open(cooperationId,
 * cookie)`, answered 200; on another server than the file's with `open(cooperationId, cookie,
 * other)`) and closes every one after each test.
 */
export function streamsPerTest(server: () => TestServer) {
  const streams: EventStream[] = [];
  afterEach(async () => {
    await Promise.all(streams.splice(0).map((s) => s.close()));
  });
  return async (cooperationId: string, cookie: string, on: TestServer = server()) => {
    const stream = await openEventStream(on.url, cooperationId, cookie);
    expect(stream.res.status).toBe(200);
    streams.push(stream);
    return stream;
  };
}
