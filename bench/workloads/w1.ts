import type { BenchContext } from '../context.ts';
import type { ServerKind } from '../servers/kinds.ts';
import { LoadSession, QUIET_ATTEMPTS, type WindowResult } from '../session.ts';

/** One W1 run of one server. */
export interface W1Run {
  server: string;
  round: number;
  window: WindowResult;
  sent: number;
  lost: number;
  unexpectedCloses: Record<string, number>;
}

/**
 * W1: one document, 50 editors typing 5 characters a second each with their caret at up to
 * 5 Hz; a few full clients measure latency (and one stamps the shared clock map). Every server
 * runs the same scripts on a fresh data folder; rounds alternate the servers (A B C D A B C D).
 * A server whose editors may only suggest (`suggestAs`) gets the same keystrokes as suggestions,
 * stamped just before its run.
 */
export async function runW1(ctx: BenchContext): Promise<W1Run[]> {
  const c = ctx.config.w1;
  const { id, state } = ctx.document(0);
  // Long enough for the warm-up, every attempt at a quiet window, and the settling after.
  const edits = Math.ceil((c.warmupS + QUIET_ATTEMPTS * (c.seconds + 2) + 15) * 5 * 1.3);
  const editors = ctx.scripts(0, c.editors, edits);
  const runs: W1Run[] = [];
  for (let round = 1; round <= c.rounds; round++) {
    for (const kind of ctx.kinds) {
      const scripts = kind.suggestAs
        ? ctx.scripts(0, c.editors, edits, { suggest: { author: kind.suggestAs, since: Date.now() } })
        : editors;
      runs.push(await runOnce(ctx, kind, round, id, state, scripts));
    }
  }
  return runs;
}

async function runOnce(
  ctx: BenchContext,
  kind: ServerKind,
  round: number,
  documentId: string,
  state: Uint8Array,
  editors: ReturnType<BenchContext['scripts']>,
): Promise<W1Run> {
  const c = ctx.config.w1;
  ctx.log(`W1 ${kind.name} round ${round}`);
  const server = await kind.start(ctx.dir('w1', kind.name, String(round)), ctx.serverCpu);
  const session = new LoadSession(kind, server, ctx.serverCpu);
  try {
    await session.add([{ documentId, state, editors, full: c.fullClients, clockWriter: true }]);
    await new Promise((r) => setTimeout(r, c.warmupS * 1000));
    const window = await session.quietWindow(c.seconds, ctx.quietAttempts);
    const { sent, lost } = await session.losses();
    return {
      server: kind.name,
      round,
      window,
      sent,
      lost,
      unexpectedCloses: Object.fromEntries(session.stats.unexpectedCloses),
    };
  } finally {
    session.close();
    await server.stop();
  }
}
