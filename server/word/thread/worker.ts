// The Word thread's side of thread.ts: runs one job at a time and answers with its result.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../errors/index.ts';
import { type WordJobName, wordJobs } from './jobs.ts';

export interface JobRequest {
  id: number;
  job: WordJobName;
  args: unknown[];
}

/** An `AppError` as plain data (structured clone keeps an Error's message, not its class). */
interface AppErrorData {
  id: string;
  status: number;
  message: string;
  messageEn: string;
  field?: string;
}

export type JobAnswer =
  | { id: number; result: unknown }
  | { id: number; appError: AppErrorData }
  | { id: number; error: string };

// Below the event loop's priority (Linux gives each thread its own nice value): where both
// share one core, editors' updates go first and the export takes what is left.
try {
  setPriority(10);
} catch {}

const port = parentPort;
if (!port) throw new Error('server/word/thread/worker.ts runs as a worker thread');
port.on('message', async ({ id, job, args }: JobRequest) => {
  let answer: JobAnswer;
  try {
    const run = wordJobs[job] as (...a: unknown[]) => Promise<unknown>;
    answer = { id, result: await run(...args) };
  } catch (err) {
    if (err instanceof AppError) {
      const { id: errorId, status, message, messageEn, field } = err;
      answer = { id, appError: { id: errorId, status, message, messageEn, ...(field ? { field } : {}) } };
    } else answer = { id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  port.postMessage(answer);
});
