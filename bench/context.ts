import { join } from 'node:path';
import { type EditorScript, generateEditors, type SuggestAs } from './edits.ts';
import type { ServerKind } from './servers/kinds.ts';
import type { PreparedSepakat } from './servers/seed.ts';
import { QUIET_ATTEMPTS } from './session.ts';

/** Durations and sizes of one bench run (`--quick`, `--smoke` or full). */
export interface BenchConfig {
  quick: boolean;
  /** A run of seconds that only proves the bench works (npm test); its figures mean nothing. */
  smoke?: boolean;
  seed: number;
  w1: { editors: number; fullClients: number; warmupS: number; seconds: number; rounds: number };
  w2: { editorsPerDoc: number; steps: number[]; warmupS: number; seconds: number; p99LimitMs: number };
  w3: { editors: number; updates: number; coldTrials: number; reopenTrials: number };
  w4: { pasal: number; warmups: number; repeats: number; duringDocs: number; duringSeconds: number };
}

export function benchConfig(quick: boolean, smoke = false): BenchConfig {
  if (smoke) {
    return {
      quick: true,
      smoke,
      seed: 42,
      w1: { editors: 6, fullClients: 2, warmupS: 1, seconds: 2, rounds: 1 },
      // Every step runs whatever its latency: a smoke run checks that the bench works, on a busy
      // machine (npm test) where any server may pass 100 ms at two documents.
      w2: { editorsPerDoc: 3, steps: [2, 4], warmupS: 1, seconds: 2, p99LimitMs: Number.POSITIVE_INFINITY },
      w3: { editors: 3, updates: 1_000, coldTrials: 1, reopenTrials: 1 },
      w4: { pasal: 10, warmups: 1, repeats: 1, duringDocs: 2, duringSeconds: 2 },
    };
  }
  return quick
    ? {
        quick,
        seed: 42,
        w1: { editors: 50, fullClients: 3, warmupS: 3, seconds: 8, rounds: 1 },
        w2: { editorsPerDoc: 5, steps: [25, 100, 200], warmupS: 2, seconds: 4, p99LimitMs: 100 },
        // A smoke run: a fifth of W3's log (the target is judged on the full run's 100,000).
        w3: { editors: 10, updates: 20_000, coldTrials: 1, reopenTrials: 3 },
        w4: { pasal: 100, warmups: 4, repeats: 3, duringDocs: 25, duringSeconds: 4 },
      }
    : {
        quick,
        seed: 42,
        w1: { editors: 50, fullClients: 3, warmupS: 5, seconds: 20, rounds: 2 },
        w2: {
          editorsPerDoc: 5,
          steps: [25, 50, 100, 200, 300, 400, 500],
          warmupS: 3,
          seconds: 8,
          p99LimitMs: 100,
        },
        w3: { editors: 10, updates: 100_000, coldTrials: 3, reopenTrials: 5 },
        // During W2 at a load the server carries (below every server's knee), so the
        // editors' latency shows what the export adds.
        w4: { pasal: 100, warmups: 4, repeats: 5, duringDocs: 50, duringSeconds: 8 },
      };
}

/** Documents the bench creates on Sepakat: W1/W2 use the first ones, then W3's and W4's own. */
export const documentsNeeded = (c: BenchConfig) => Math.max(...c.w2.steps, c.w4.duringDocs) + 3;

/** What every workload gets: the prepared database, the servers, and the shared edit scripts. */
export class BenchContext {
  private readonly cache = new Map<string, EditorScript[]>();

  constructor(
    readonly work: string,
    readonly config: BenchConfig,
    readonly prep: PreparedSepakat,
    readonly kinds: ServerKind[],
    /** Core the servers are pinned to (null without taskset). */
    readonly serverCpu: number | null,
  ) {}

  /**
   * Windows a measurement may take to find a quiet one: one in a smoke run, whose figures mean
   * nothing and whose busy machine would make every measurement take them all.
   */
  get quietAttempts(): number {
    return this.config.smoke ? 1 : QUIET_ATTEMPTS;
  }

  /** Document `index` of the prepared ones, with its initial state. */
  document(index: number): { id: string; state: Uint8Array } {
    const id = this.prep.documentIds[index];
    if (!id) throw new Error(`the bench prepared only ${this.prep.documentIds.length} documents`);
    return { id, state: this.prep.states.get(id)! };
  }

  /** Index of W3's document (the log of 100,000 updates) and of W3's log-only twin, and W4's. */
  get w3Index(): number {
    return this.prep.documentIds.length - 3;
  }
  get w4Index(): number {
    return this.prep.documentIds.length - 1;
  }

  /**
   * The editors of document `index`, generated once from the seed and shared by every server,
   * so each receives the same bytes. Regenerated (longer) if more edits are asked for. Suggested
   * edits (`suggest`) are generated afresh each time: their stamps carry the time they are typed.
   */
  scripts(
    index: number,
    editors: number,
    edits: number,
    extra: { deleteRatio?: number; suggest?: SuggestAs } = {},
  ): EditorScript[] {
    const key = `${index}:${editors}:${extra.deleteRatio ?? 0}`;
    const cached = extra.suggest ? undefined : this.cache.get(key);
    if (cached?.[0] && cached[0].edits.length >= edits) return cached;
    const { state } = this.document(index);
    const scripts = generateEditors(state, {
      seed: this.config.seed * 1000 + index,
      editors,
      edits,
      ...extra,
    });
    if (!extra.suggest) this.cache.set(key, scripts);
    return scripts;
  }

  /** A fresh data folder for one server run. */
  dir(...parts: string[]): string {
    return join(this.work, parts.join('-'));
  }

  log(message: string): void {
    process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
  }
}
