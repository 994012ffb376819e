import type { FastifyBaseLogger } from 'fastify';
import type { CooperationEvent } from '../shared/api/events.ts';
import type { UserEvent } from '../shared/api/notifications.ts';
import type { CollabServer } from './collab/index.ts';
import type { UpdateStore } from './collab/store.ts';
import type { Config } from './config.ts';
import type { DB } from './db/connection.ts';
import type { WordThread } from './word/thread/thread.ts';

/**
 * Fans a cooperation's changes out to its open screens as Server-Sent Events. It accepts only
 * the events of `shared/api/events.ts`, so an unknown type or a wrong payload does not compile.
 * Commands publish; without a bus (seeding, unit tests) nothing listens.
 */
export interface EventBus {
  publish(cooperationId: string, event: CooperationEvent): void;
}

/** Tells one person's open pages what concerns them alone (`GET /api/me/events`), by user id. */
export interface UserEventBus {
  publish(userId: string, event: UserEvent): void;
}

/** What every route module and command receives: built once by `buildApp`. */
export interface AppContext {
  config: Config;
  db: DB;
  /** The live collaboration server: server-side reads/writes of documents go through `collab.withDocument`. */
  collab: CollabServer;
  /** The update log and checkpoints of every document (history reads it). */
  store: UpdateStore;
  /** Builds and reads Word files off the event loop. */
  word: WordThread;
  events?: EventBus;
  userEvents?: UserEventBus;
  log: FastifyBaseLogger;
}
