import { RefusalReason } from '../../shared/protocol.ts';
import type { CollabStats } from '../collab/index.ts';
import type { WordJobName } from '../word/thread/jobs.ts';
import { Counter, Gauge, Histogram, type MetricFamily, Registry, Summary } from './exposition.ts';
import { EventLoopDelay } from './loopDelay.ts';

/** What the figures read at each scrape come from; known once the servers are built. */
export interface MetricSources {
  collab: { stats(): CollabStats };
  /** Open event streams: a cooperation's (`GET /api/cooperations/:id/events`) and a person's own. */
  cooperationStreams: { readonly size: number };
  userStreams: { readonly size: number };
}

/**
 * Every Word job by name, so that each has its series from the start (at 0). A `Record` over
 * the job names: a job added to the Word thread fails the type check until it is listed here.
 */
const WORD_JOBS: Record<WordJobName, true> = {
  agreement: true,
  redline: true,
  evaluation: true,
  minutes: true,
  zip: true,
  import: true,
  suggestionReply: true,
  logo: true,
};

/**
 * A group commit writes one frame to the log file (or one SQLite transaction): well under a
 * millisecond on a quiet disk, tens with `SEPAKAT_DURABILITY=full` or a busy one.
 */
const COMMIT_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];
/** A Word export takes 0.1–0.7 s; the first after a start loads the thread (1.5 s); 60 s is the timeout. */
const WORD_BUCKETS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

const STATUS_CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const;

/**
 * The figures `/metrics` exposes (docs/DEPLOY.md says what to watch): the collaboration
 * server's rooms, connections, updates logged and refused and the time of each group commit;
 * event streams; the event loop's delay; Word jobs; HTTP answers by status class; memory and CPU.
 * Counters are counted where things happen (measured.ts); gauges are read when scraped.
 */
export class ServerMetrics {
  private readonly registry = new Registry();
  private sources: MetricSources | null = null;
  readonly loopDelay: EventLoopDelay;

  readonly updatesLogged = new Counter({
    name: 'sepakat_updates_logged_total',
    help: 'Document updates appended to the update log: by people (editor sockets, and changes made in their name through the API) or by the server itself (repairs, its follow-up changes).',
    labelNames: ['author'],
  });
  readonly updatesRefused = new Counter({
    name: 'sepakat_updates_refused_total',
    help: 'Updates from editor sockets refused (socket closed with 4422), by reason; nothing of them was logged or sent on.',
    labelNames: ['reason'],
  });
  readonly commitSeconds = new Histogram({
    name: 'sepakat_update_log_commit_seconds',
    help: "Time of each append to the update log: a group commit of every update of one event-loop turn (or a new document's first state). Nothing is forwarded before it returns.",
    buckets: COMMIT_BUCKETS,
  });
  readonly commitFailures = new Counter({
    name: 'sepakat_update_log_commit_failures_total',
    help: 'Appends to the update log that failed (disk full, unwritable folder): their editors were closed with 4507.',
  });
  readonly httpResponses = new Counter({
    name: 'sepakat_http_responses_total',
    help: "HTTP answers by status class (the API, the client's files, /healthz and /metrics; WebSocket upgrades are not counted).",
    labelNames: ['code'],
  });
  readonly wordRunning = new Gauge({
    name: 'sepakat_word_jobs_running',
    help: 'Word jobs (exports, imports, logo checks) asked of the Word thread and not answered yet, by job.',
    labelNames: ['job'],
  });
  readonly wordJobs = new Counter({
    name: 'sepakat_word_jobs_total',
    help: 'Word jobs finished, by job and outcome (`failed`: a bad file, a timeout or a failed thread).',
    labelNames: ['job', 'outcome'],
  });
  readonly wordSeconds = new Histogram({
    name: 'sepakat_word_job_seconds',
    help: 'Time from asking the Word thread for a job to its answer, by job.',
    labelNames: ['job'],
    buckets: WORD_BUCKETS,
  });

  constructor(options: { loopWindowMs?: number } = {}) {
    this.loopDelay = new EventLoopDelay(options.loopWindowMs);
    for (const reason of Object.values(RefusalReason)) this.updatesRefused.inc({ reason }, 0);
    for (const author of ['person', 'server']) this.updatesLogged.inc({ author }, 0);
    for (const code of STATUS_CLASSES) this.httpResponses.inc({ code }, 0);
    for (const job of Object.keys(WORD_JOBS)) {
      this.wordRunning.set({ job }, 0);
      this.wordJobs.inc({ job, outcome: 'done' }, 0);
      this.wordJobs.inc({ job, outcome: 'failed' }, 0);
    }
    const stats = () => this.sources?.collab.stats() ?? { rooms: 0, connections: 0, pendingUpdates: 0 };
    const r = this.registry;
    r.add(
      new Gauge({
        name: 'sepakat_rooms_open',
        help: 'Documents open in the collaboration server (one room each, unloaded 30 s after its last editor leaves).',
        collect: (g) => g.set({}, stats().rooms),
      }),
    );
    r.add(
      new Gauge({
        name: 'sepakat_connections',
        help: 'Open connections by kind: `document` (editor WebSockets on /collab), `cooperation_events` and `user_events` (event streams).',
        labelNames: ['kind'],
        collect: (g) => {
          g.set({ kind: 'document' }, stats().connections);
          g.set({ kind: 'cooperation_events' }, this.sources?.cooperationStreams.size ?? 0);
          g.set({ kind: 'user_events' }, this.sources?.userStreams.size ?? 0);
        },
      }),
    );
    r.add(
      new Gauge({
        name: 'sepakat_updates_pending',
        help: 'Updates applied to open documents and waiting for their group commit.',
        collect: (g) => g.set({}, stats().pendingUpdates),
      }),
    );
    r.add(this.updatesLogged);
    r.add(this.updatesRefused);
    r.add(this.commitSeconds);
    r.add(this.commitFailures);
    r.add(
      new Summary(
        'sepakat_event_loop_delay_seconds',
        "How late the event loop ran (Node's monitorEventLoopDelay, 10 ms resolution): quantiles over the last closed 10 s window; sum and count since start.",
        () => this.loopDelay.snapshot(),
      ),
    );
    r.add(
      new Gauge({
        name: 'sepakat_event_loop_delay_max_seconds',
        help: 'The longest event-loop delay in the last closed 10 s window: every editor waited that long.',
        collect: (g) => g.set({}, this.loopDelay.max),
      }),
    );
    r.add(this.wordRunning);
    r.add(this.wordJobs);
    r.add(this.wordSeconds);
    r.add(this.httpResponses);
    for (const family of processFamilies()) r.add(family);
  }

  /** Where the gauges read rooms, connections and streams from. */
  watch(sources: MetricSources): void {
    this.sources = sources;
  }

  /** An update-log append took `seconds`, logging `rows` by people and servers, or failed. */
  committed(seconds: number, outcome: { person: number; server: number } | 'failed'): void {
    this.commitSeconds.observe(seconds);
    if (outcome === 'failed') {
      this.commitFailures.inc();
      return;
    }
    if (outcome.person > 0) this.updatesLogged.inc({ author: 'person' }, outcome.person);
    if (outcome.server > 0) this.updatesLogged.inc({ author: 'server' }, outcome.server);
  }

  /** Counts one HTTP answer by its class (`2xx`…). */
  answered(status: number): void {
    const code = `${Math.trunc(status / 100)}xx`;
    if ((STATUS_CLASSES as readonly string[]).includes(code)) this.httpResponses.inc({ code });
  }

  /** A Word job was asked for; call the function returned when it answered or failed. */
  wordJobStarted(job: WordJobName): (outcome: 'done' | 'failed') => void {
    const started = performance.now();
    this.wordRunning.inc({ job });
    return (outcome) => {
      this.wordRunning.dec({ job });
      this.wordJobs.inc({ job, outcome });
      this.wordSeconds.observe((performance.now() - started) / 1000, { job });
    };
  }

  /** The exposition. */
  render(): string {
    return this.registry.render();
  }

  stop(): void {
    this.loopDelay.stop();
  }
}

/**
 * The process' memory and CPU under the names Prometheus' own client libraries use, so that
 * existing dashboards read them.
 */
function processFamilies(): MetricFamily[] {
  const startSeconds = Math.round(performance.timeOrigin / 1000);
  const memory = (name: string, help: string, read: (m: NodeJS.MemoryUsage) => number): MetricFamily => ({
    name,
    help,
    type: 'gauge',
    samples: () => [{ value: read(process.memoryUsage()) }],
  });
  return [
    {
      name: 'process_cpu_seconds_total',
      help: 'CPU time of the process (user and system), in seconds.',
      type: 'counter',
      samples: () => {
        const { user, system } = process.cpuUsage();
        return [{ value: (user + system) / 1e6 }];
      },
    },
    {
      name: 'process_start_time_seconds',
      help: 'When the process started, in seconds since the Unix epoch.',
      type: 'gauge',
      samples: () => [{ value: startSeconds }],
    },
    {
      name: 'process_resident_memory_bytes',
      help: 'Resident memory of the process (RSS), in bytes.',
      type: 'gauge',
      samples: () => [{ value: process.memoryUsage.rss() }],
    },
    memory('nodejs_heap_size_total_bytes', 'Size of the V8 heap, in bytes.', (m) => m.heapTotal),
    memory('nodejs_heap_size_used_bytes', 'Used size of the V8 heap, in bytes.', (m) => m.heapUsed),
    memory(
      'nodejs_external_memory_bytes',
      'Memory of C++ objects bound to JavaScript ones, ArrayBuffers and Buffers included, in bytes.',
      (m) => m.external,
    ),
  ];
}
