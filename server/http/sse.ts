import type { ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';
import type {
  CooperationEvent,
  StreamControl,
  StreamEndReason,
  StreamEventType,
} from '../../shared/api/events.ts';

/** Options of an {@link EventHub}; every field has a sensible default. */
export interface EventHubOptions {
  /** A comment line is sent this often so proxies and browsers keep the stream open (20 s). */
  heartbeatMs?: number;
  /** Events kept per cooperation to replay to a client that reconnects with Last-Event-ID. */
  replay?: number;
  /** A client that lets this many bytes pile up unread is disconnected (it reconnects and replays). */
  maxBufferedBytes?: number;
}

export type { StreamEndReason };

/** One open stream: whom it serves and how to ask whether they may still listen. */
export interface Subscription {
  userId: string;
  /**
   * Null while the listener may go on, else why not. Asked before each event and by
   * {@link EventHub.sweep}: a session that ended or a member removed stops hearing.
   */
  check(): StreamEndReason | null;
}

interface Subscriber extends Subscription {
  /** The cooperation (or, on a person's own stream, the user) whose events it hears. */
  cooperationId: string;
  res: ServerResponse;
}

interface Logged {
  seq: number;
  frame: string;
}

/** The stream's retry hint and the event a client gets when it missed more than the replay holds. */
const RETRY_MS = 3000;
export const RESET_EVENT = 'stream.reset' satisfies StreamEventType;
/**
 * The last event of a stream the server ends because its listener may no longer listen
 * (`reason`: signed-out, not-member). The client's reconnection then gets 401 or 404.
 */
export const ENDED_EVENT = 'stream.ended' satisfies StreamEventType;

/**
 * The in-process event bus behind `GET /api/cooperations/:id/events`: `publish` fans an event
 * out as Server-Sent Events to every open stream of that cooperation. Event ids are
 * `<boot>.<seq>`: a client reconnecting with `Last-Event-ID` gets what it missed from a short
 * replay log, or a `stream.reset` event (reload your lists) when the server restarted or the
 * log no longer reaches back far enough. One process only; several servers would fan out
 * through Redis pub/sub behind this same interface. The same hub serves a person's own events
 * (`E`: `UserEvent`, keyed by the user's id instead of a cooperation's).
 */
export class EventHub<E extends { type: string } = CooperationEvent> {
  private readonly boot = Date.now().toString(36);
  private seq = 0;
  private readonly subscribers = new Set<Subscriber>();
  /** Per cooperation: its latest events, and the seq of the last event dropped from them. */
  private readonly logs = new Map<string, { events: Logged[]; dropped: number }>();
  private heartbeat: NodeJS.Timeout | null = null;
  private readonly heartbeatMs: number;
  private readonly replay: number;
  private readonly maxBufferedBytes: number;

  constructor(options: EventHubOptions = {}) {
    this.heartbeatMs = options.heartbeatMs ?? 20_000;
    this.replay = options.replay ?? 200;
    this.maxBufferedBytes = options.maxBufferedBytes ?? 1024 * 1024;
  }

  /** Number of open streams (for health and tests). */
  get size(): number {
    return this.subscribers.size;
  }

  publish(cooperationId: string, event: E): void {
    const seq = ++this.seq;
    const frame = `id: ${this.boot}.${seq}\n${frameOf(event)}`;
    let log = this.logs.get(cooperationId);
    if (!log) {
      log = { events: [], dropped: 0 };
      this.logs.set(cooperationId, log);
    }
    log.events.push({ seq, frame });
    if (log.events.length > this.replay) {
      const gone = log.events.splice(0, log.events.length - this.replay);
      log.dropped = gone.at(-1)?.seq ?? log.dropped;
    }
    for (const sub of this.subscribers) {
      if (sub.cooperationId === cooperationId) this.send(sub, frame);
    }
  }

  /**
   * Starts an event stream on `res` (headers must already be written). Replays what a
   * reconnecting client missed after `lastEventId`. Returns the function that ends it.
   */
  subscribe(
    cooperationId: string,
    res: ServerResponse,
    subscription: Subscription,
    lastEventId?: string,
  ): () => void {
    const sub: Subscriber = { ...subscription, cooperationId, res };
    this.subscribers.add(sub);
    res.write(`retry: ${RETRY_MS}\n: ${this.boot}\n\n`);
    if (lastEventId) this.replayTo(sub, lastEventId);
    this.startHeartbeat();
    const end = () => this.drop(sub);
    res.once('close', end);
    return end;
  }

  /**
   * Asks every open stream whether its listener may still listen, and ends those that may not
   * with a {@link ENDED_EVENT}. Run on logout and password change, and periodically for
   * what another process changed (`server/http/accessSweep.ts`). Returns how many ended.
   */
  sweep(): number {
    let ended = 0;
    for (const sub of [...this.subscribers]) {
      if (sub.res.writableEnded || sub.res.destroyed) this.drop(sub);
      else if (!this.stillAllowed(sub)) ended++;
    }
    return ended;
  }

  /** Ends every stream (server shutdown): clients reconnect to the next process. */
  close(): void {
    for (const sub of [...this.subscribers]) {
      this.drop(sub);
      sub.res.end();
    }
  }

  private replayTo(sub: Subscriber, lastEventId: string): void {
    const [boot, seqText] = lastEventId.split('.');
    const since = Number(seqText);
    const log = this.logs.get(sub.cooperationId) ?? { events: [], dropped: 0 };
    // The log is complete after `since` unless events after it were already dropped from it.
    if (boot !== this.boot || !Number.isInteger(since) || since < log.dropped) {
      this.send(sub, frameOf({ type: RESET_EVENT }));
      return;
    }
    for (const e of log.events) if (e.seq > since) this.send(sub, e.frame);
  }

  private send(sub: Subscriber, frame: string): void {
    if (sub.res.writableEnded || sub.res.destroyed) {
      this.drop(sub);
      return;
    }
    if (!this.stillAllowed(sub)) return;
    sub.res.write(frame);
    if (sub.res.writableLength > this.maxBufferedBytes) {
      this.drop(sub);
      sub.res.destroy();
    }
  }

  /** False (and the stream ended, its last event saying why) when the listener may no longer listen. */
  private stillAllowed(sub: Subscriber): boolean {
    const reason = sub.check();
    if (!reason) return true;
    this.drop(sub);
    sub.res.end(frameOf({ type: ENDED_EVENT, reason }));
    return false;
  }

  private drop(sub: Subscriber): void {
    this.subscribers.delete(sub);
    if (this.subscribers.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  private startHeartbeat(): void {
    if (this.heartbeat) return;
    this.heartbeat = setInterval(() => {
      for (const sub of [...this.subscribers]) {
        if (sub.res.writableEnded || sub.res.destroyed) this.drop(sub);
        else sub.res.write(': ping\n\n');
      }
    }, this.heartbeatMs);
    this.heartbeat.unref();
  }
}

/** The `data:` lines of one event as the stream sends it, stamped with when it was sent. */
const frameOf = (event: { type: string } | StreamControl): string =>
  `data: ${JSON.stringify({ ...event, at: new Date().toISOString() })}\n\n`;

/**
 * Takes the response over from Fastify and starts an event stream on it: the security headers
 * earlier hooks set on the reply (hijacking skips sending them) and the stream's own.
 */
export function openStream(reply: FastifyReply): ServerResponse {
  reply.hijack();
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined) reply.raw.setHeader(name, value as string | number | string[]);
  }
  reply.raw.writeHead(200, SSE_HEADERS);
  reply.raw.flushHeaders();
  return reply.raw;
}

/** Response headers of an event stream (merged with the security headers already set). */
export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  connection: 'keep-alive',
  // nginx and similar proxies would otherwise buffer the stream.
  'x-accel-buffering': 'no',
} as const;
