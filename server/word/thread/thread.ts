import { Worker } from 'node:worker_threads';
import { revived } from '../../errors/index.ts';
import type { WordJobName, WordJobResult, WordJobs } from './jobs.ts';
import type { JobAnswer, JobRequest } from './worker.ts';

/** A job that takes longer than this is stuck: its thread is stopped and a fresh one started. */
const JOB_TIMEOUT_MS = 60_000;
/**
 * An idle thread is let go after this long. A new thread's first export takes a second or
 * more (loading, then compiling the docx code as it runs), the next few less and less; kept
 * for half an hour, it stays quick through a meeting.
 */
const IDLE_MS = 30 * 60_000;

interface Waiting {
  resolve(result: unknown): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * Builds and reads Word files on a thread of its own (the jobs are in jobs.ts). Building and
 * zipping the .docx of a 100-Pasal agreement takes 120–200 ms of CPU, in one piece; on the
 * event loop, no editor's keystroke would reach anyone meanwhile. Reading a draft (unzip,
 * mammoth, recognising the Pasal) is the same kind of work, and the Word libraries then never
 * load on the event loop's heap, whose every major GC has to mark them.
 * The thread starts on the first job and is let go when idle; if it fails or hangs, the jobs
 * it held fail with an error and the next job starts a new one. A job's `AppError` (a bad
 * file) reaches the caller as an `AppError` again.
 */
export class WordThread {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly log: { error(obj: object, msg: string): void },
    private readonly timeoutMs = JOB_TIMEOUT_MS,
  ) {}

  /** What a job returns; a file comes back as a Buffer (structured clone hands over a Uint8Array). */
  async run<K extends WordJobName>(job: K, ...args: Parameters<WordJobs[K]>): Promise<WordJobResult<K>> {
    if (this.closed) throw new Error('Word thread closed');
    const worker = this.thread();
    const id = this.nextId++;
    const result = await new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(
        () => this.fail(worker, new Error(`Word job ${job} timed out`)),
        this.timeoutMs,
      );
      this.waiting.set(id, { resolve, reject, timer });
      worker.postMessage({ id, job, args } satisfies JobRequest);
    });
    const value =
      result instanceof Uint8Array
        ? Buffer.from(result.buffer, result.byteOffset, result.byteLength)
        : result;
    return value as WordJobResult<K>;
  }

  /** Stops the thread; jobs still running fail. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    if (worker) this.fail(worker, new Error('Word thread closed'));
  }

  private thread(): Worker {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./boot.mjs', import.meta.url), {
      workerData: { entry: new URL('./worker.ts', import.meta.url).href },
      resourceLimits: { maxYoungGenerationSizeMb: 64 },
    });
    worker.unref();
    worker.on('message', (answer: JobAnswer) => this.answered(worker, answer));
    worker.on('error', (err) => this.fail(worker, err));
    worker.on('exit', (code) => this.fail(worker, new Error(`Word thread exited (${code})`)));
    this.worker = worker;
    return worker;
  }

  private answered(worker: Worker, answer: JobAnswer): void {
    const waiting = this.waiting.get(answer.id);
    if (!waiting) return;
    this.waiting.delete(answer.id);
    clearTimeout(waiting.timer);
    if ('appError' in answer) {
      waiting.reject(revived(answer.appError));
    } else if ('error' in answer) waiting.reject(new Error(answer.error));
    else waiting.resolve(answer.result);
    if (this.waiting.size === 0 && this.worker === worker) {
      this.idleTimer = setTimeout(() => this.fail(worker, new Error('idle')), IDLE_MS).unref();
    }
  }

  /** The thread is done for (failed, hung, idle or closed): what it held fails, the next job starts another. */
  private fail(worker: Worker, err: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.waiting.size > 0) this.log.error({ err }, 'Word thread failed');
    for (const waiting of this.waiting.values()) {
      clearTimeout(waiting.timer);
      waiting.reject(err);
    }
    this.waiting.clear();
    void worker.terminate();
  }
}
