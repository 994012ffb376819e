import type { FastifyBaseLogger } from 'fastify';
import type { CollabServer } from './collab/index.ts';
import type { UpdateStore } from './collab/store.ts';
import type { Config } from './config.ts';
import type { DB } from './db/connection.ts';
import type { WordThread } from './word/thread/thread.ts';

/**
 * A change other clients of a cooperation should hear about (documents list, meetings,
 * points...). The bus that fans these out as Server-Sent Events is optional: without one,
 * publishing is a no-op.
 */
export interface CooperationEvent {
  type: string;
  [key: string]: unknown;
}

export interface EventBus {
  publish(cooperationId: string, event: CooperationEvent): void;
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
  log: FastifyBaseLogger;
}
