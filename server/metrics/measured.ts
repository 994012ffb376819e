import type { RefusalReason } from '../../shared/protocol.ts';
import type { Connection } from '../collab/connection.ts';
import { CollabServer, type CollabServerOptions } from '../collab/index.ts';
import { type NewUpdate, UpdateStore } from '../collab/store.ts';
import type { DB } from '../db/connection.ts';
import type { WordJobName, WordJobResult, WordJobs } from '../word/thread/jobs.ts';
import { WordThread } from '../word/thread/thread.ts';
import type { ServerMetrics } from './serverMetrics.ts';

/*
 * The server's parts, counted from outside: each class adds its figures around the method that
 * does the work and otherwise is the part itself. The collaboration server and its store stay
 * free of metrics code, and a method renamed there fails the type check here (`override`).
 */

/** The update store, timing each append (one group commit) and counting the updates it logged. */
export class MeasuredUpdateStore extends UpdateStore {
  constructor(
    db: DB,
    opts: { logFile?: boolean },
    private readonly metrics: ServerMetrics,
  ) {
    super(db, opts);
  }

  override append(batch: NewUpdate[]): number[] {
    const started = performance.now();
    let seqs: number[];
    try {
      seqs = super.append(batch);
    } catch (err) {
      this.metrics.committed((performance.now() - started) / 1000, 'failed');
      throw err;
    }
    let person = 0;
    for (const row of batch) if (row.userId !== null) person++;
    this.metrics.committed((performance.now() - started) / 1000, { person, server: batch.length - person });
    return seqs;
  }
}

/** The collaboration server, counting the updates its rooms refuse by reason. */
export class MeasuredCollabServer extends CollabServer {
  constructor(
    private readonly metrics: ServerMetrics,
    options: CollabServerOptions,
  ) {
    super(options);
  }

  override refused(conn: Connection, reason: RefusalReason): void {
    super.refused(conn, reason);
    this.metrics.updatesRefused.inc({ reason });
  }
}

/** The Word thread, counting its jobs in flight, their outcomes and times. */
export class MeasuredWordThread extends WordThread {
  constructor(
    log: { error(obj: object, msg: string): void },
    private readonly metrics: ServerMetrics,
  ) {
    super(log);
  }

  override async run<K extends WordJobName>(
    job: K,
    ...args: Parameters<WordJobs[K]>
  ): Promise<WordJobResult<K>> {
    const finished = this.metrics.wordJobStarted(job);
    try {
      const result = await super.run(job, ...args);
      finished('done');
      return result;
    } catch (err) {
      finished('failed');
      throw err;
    }
  }
}
