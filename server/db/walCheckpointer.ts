import { Worker } from 'node:worker_threads';
import type { DB } from './connection.ts';

/** How often the WAL is copied into the database file (ms). */
const EVERY_MS = 1000;
/** SQLite's own default, restored if the checkpointing thread fails. */
const AUTOCHECKPOINT_PAGES = 1000;

// Plain JavaScript, run with `eval`: it needs no loader, whatever runs the server.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
// The lowest priority, for this thread only (Linux gives each thread its own nice value):
// copying pages waits while the event loop has work, instead of taking turns with it.
try {
  require('node:os').setPriority(19);
} catch {}
const fs = require('node:fs');
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
// The update log's file (server/collab/updateLog.ts) is synced here too, once a second: what
// a power cut may take is the last second of edits, as for the WAL. Any descriptor of the file
// syncs its data; the file keeps its inode when it starts over.
let logFd = null;
const syncLog = () => {
  try {
    if (logFd === null) logFd = fs.openSync(workerData.file + '-updates', 'r');
    fs.fdatasyncSync(logFd);
  } catch {}
};
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    if (logFd !== null) fs.closeSync(logFd);
    parentPort.close();
    return;
  }
  try {
    syncLog();
    db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ ok: true });
  } catch (err) {
    parentPort.postMessage({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
`;

export interface WalCheckpointer {
  stop(): Promise<void>;
}

/**
 * Copies the write-ahead log into the database file from a thread of its own, once a second,
 * and syncs the update log's file.
 * SQLite otherwise does it inside whichever commit fills the WAL past 1000 pages, on the event
 * loop, with an fsync of both files: a stall of tens of milliseconds for every editor, a few
 * times a second with 200 documents being edited. Commits themselves do not wait for the disk
 * (`synchronous = NORMAL`); a crash loses nothing either way, since the WAL is the database
 * until it is copied. Should the thread fail, SQLite's own checkpoints take over again.
 */
export function startWalCheckpointer(
  db: DB,
  file: string,
  log: { error(obj: object, msg: string): void },
): WalCheckpointer {
  if (file === ':memory:') return { stop: async () => {} };
  const worker = new Worker(WORKER, { eval: true, workerData: { file } });
  db.pragma('wal_autocheckpoint = 0');
  /** The thread failed or was stopped: SQLite checkpoints on commit again. */
  let handedBack = false;
  const fallBack = (err: unknown) => {
    if (handedBack) return;
    handedBack = true;
    clearInterval(timer);
    log.error({ err }, 'WAL checkpoint thread failed; SQLite checkpoints on commit again');
    db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  };
  let busy = false;
  worker.on('message', (answer: { ok: boolean; error?: string }) => {
    busy = false;
    if (!answer.ok) log.error({ err: answer.error }, 'WAL checkpoint failed');
  });
  worker.on('error', fallBack);
  const timer = setInterval(() => {
    if (busy || handedBack) return;
    busy = true;
    worker.postMessage('checkpoint');
  }, EVERY_MS);
  timer.unref();
  worker.unref();
  return {
    async stop() {
      clearInterval(timer);
      if (handedBack) return;
      handedBack = true;
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('close');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
      await worker.terminate();
      db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    },
  };
}
