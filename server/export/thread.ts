// The export thread's side of exporter.ts: runs one job at a time and answers with its result.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { type ExportJobName, exportJobs } from './jobs.ts';

export interface JobRequest {
  id: number;
  job: ExportJobName;
  args: unknown[];
}

export type JobAnswer = { id: number; file: Uint8Array } | { id: number; error: string };

// Below the event loop's priority (Linux gives each thread its own nice value): where both
// share one core, editors' updates go first and the export takes what is left.
try {
  setPriority(10);
} catch {}

const port = parentPort;
if (!port) throw new Error('server/export/thread.ts runs as a worker thread');
port.on('message', async ({ id, job, args }: JobRequest) => {
  let answer: JobAnswer;
  try {
    const run = exportJobs[job] as (...a: unknown[]) => Promise<Uint8Array>;
    answer = { id, file: await run(...args) };
  } catch (err) {
    answer = { id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  port.postMessage(answer);
});
