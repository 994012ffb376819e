import type { BenchConfig } from './context.ts';
import type { Machine } from './machine.ts';
import { REFERENCE } from './servers/kinds.ts';
import { QUIET_ATTEMPTS } from './session.ts';
import { round } from './stats.ts';
import type { W1Run } from './workloads/w1.ts';
import type { W2Result, W2Step } from './workloads/w2.ts';
import type { W3Result } from './workloads/w3.ts';
import type { W4Result } from './workloads/w4.ts';

/** Everything one `npm run bench` measured; written as JSON to bench/results/. */
export interface BenchResults {
  startedAt: string;
  seconds: number;
  config: BenchConfig;
  machine: Machine;
  pinned: boolean;
  servers: { name: string; storage: string }[];
  w1?: W1Run[];
  w2?: W2Result[];
  w3?: W3Result[];
  w4?: W4Result | null;
  targets?: Target[];
}

export interface Target {
  name: string;
  goal: string;
  value: string;
  met: boolean;
}

/**
 * The W1 run of a server to show: among the rounds least disturbed by other processes on the
 * server's core (within 5 points of the quietest), the one with the highest p99.
 */
export function worstW1(runs: W1Run[], server: string): W1Run | undefined {
  const mine = runs.filter((r) => r.server === server);
  const quietest = Math.min(...mine.map((r) => r.window.otherLoadOnServerCore));
  return mine
    .filter((r) => r.window.otherLoadOnServerCore <= quietest + 0.05)
    .sort((a, b) => b.window.latency.p99 - a.window.latency.p99)[0];
}

const pct = (x: number) => `${Math.round(x * 100)} %`;
/** A window in which other processes still took over 10 % of the server's core is marked †. */
const busy = (w: { otherLoadOnServerCore: number }) => (w.otherLoadOnServerCore > 0.1 ? '†' : '');

/** The step of `n` documents of a W2 ramp, if it was measured. */
const stepAt = (x: W2Result, n: number): W2Step | undefined => x.steps.find((s) => s.documents === n);

/** Sepakat's memory per active document over the reference's at the same step. */
const memoryRatio = (mine: W2Step, ref: W2Step | undefined): number | null =>
  ref && ref.rssPerDocumentMiB > 0 ? mine.rssPerDocumentMiB / ref.rssPerDocumentMiB : null;

/** The p99 Sepakat may reach at a step where the reference reached `refP99` (ms). */
export const p99Allowance = (refP99: number) => 1.5 * refP99 + 5;

/**
 * W2's targets, relative to the reference server in the same run: a knee no lower, a p99
 * within 1.5 × the reference's + 5 ms at every step both carried, no event-loop block over
 * 20 ms at the reference's knee, and memory per active document ≤ 1 MiB and ≤ 1.2 × the
 * reference's at the largest step both carried (past a knee, what piles up in socket buffers
 * is backlog, not the cost of a document). Without the reference, only the 1 MiB at the knee.
 */
export function judgeW2(mine: W2Result, ref: W2Result | undefined): Target[] {
  const out: Target[] = [];
  const kneeText = (x: W2Result) => `${x.kneeIsLowerBound ? '≥ ' : ''}${x.knee}`;
  if (!ref) {
    const at = stepAt(mine, mine.knee) ?? mine.steps.at(-1);
    out.push({
      name: 'W2 memory per active document',
      goal: '≤ 1 MiB',
      value: `${at?.rssPerDocumentMiB ?? '?'} MiB at ${at?.documents ?? '?'} documents (no reference server in this run)`,
      met: (at?.rssPerDocumentMiB ?? Infinity) <= 1,
    });
    return out;
  }
  out.push({
    name: `W2 knee vs ${REFERENCE} (no persistence)`,
    goal: '≥ the reference’s',
    value: `${kneeText(mine)} vs ${kneeText(ref)} documents`,
    // Level at 0 is no knee at all: neither carried its first step.
    met: mine.knee > 0 && mine.knee >= ref.knee,
  });
  const both = mine.steps.filter(
    (s) => s.documents <= mine.knee && s.documents <= ref.knee && stepAt(ref, s.documents),
  );
  const p99s = both.map((s) => {
    const theirs = stepAt(ref, s.documents)!.window.latency.p99;
    return {
      n: s.documents,
      mine: s.window.latency.p99,
      theirs,
      ok: s.window.latency.p99 <= p99Allowance(theirs),
    };
  });
  out.push({
    name: 'W2 p99 at every step both carry',
    goal: '≤ 1.5 × the reference’s + 5 ms',
    value: p99s.length
      ? p99s.map((p) => `${p.n}: ${p.mine} vs ${p.theirs} (≤ ${round(p99Allowance(p.theirs))})`).join(', ')
      : 'no step both carried',
    met: p99s.length > 0 && p99s.every((p) => p.ok),
  });
  const atKnee = stepAt(mine, ref.knee || (ref.steps[0]?.documents ?? 0));
  const loopMax = atKnee?.window.eventLoopMaxMs;
  out.push({
    name: 'W2 no stall: event-loop max at the reference’s knee',
    goal: '≤ 20 ms',
    value: !atKnee
      ? `not measured (Sepakat stopped at ${mine.steps.at(-1)?.documents ?? 0} documents, the reference’s knee is ${ref.knee})`
      : `${loopMax ?? '(no answer)'} ms at ${atKnee.documents} documents`,
    met: loopMax != null && loopMax <= 20,
  });
  const common = Math.min(mine.knee, ref.knee);
  const memStep = stepAt(mine, common) ?? mine.steps[0];
  const ratio = memStep ? memoryRatio(memStep, stepAt(ref, memStep.documents)) : null;
  out.push({
    name: 'W2 memory per active document',
    goal: '≤ 1 MiB and ≤ 1.2 × the reference’s',
    value: memStep
      ? `${memStep.rssPerDocumentMiB} vs ${stepAt(ref, memStep.documents)?.rssPerDocumentMiB ?? '?'} MiB ` +
        `(× ${ratio?.toFixed(2) ?? '?'}) at ${memStep.documents} documents (RSS after GC − RSS before any)`
      : 'not measured',
    met: !!memStep && memStep.rssPerDocumentMiB <= 1 && ratio !== null && ratio <= 1.2,
  });
  return out;
}

/** The speed targets Sepakat keeps (the goals of the README's Speed table), judged on this run's numbers. */
export function judge(r: BenchResults): Target[] {
  const out: Target[] = [];
  const w1 = r.w1 && worstW1(r.w1, 'sepakat');
  const ref = r.w1 && worstW1(r.w1, 'y-websocket');
  if (w1) {
    out.push({
      name: 'W1 p99, nothing lost',
      goal: '≤ 50 ms, 0 lost',
      value: `${w1.window.latency.p99} ms, ${w1.lost} lost`,
      met: w1.window.latency.p99 <= 50 && w1.lost === 0 && !w1.window.invalid,
    });
    const suggest = r.w1 && worstW1(r.w1, 'sepakat+suggest');
    if (suggest) {
      const p99 = suggest.window.latency.p99;
      const refused = Object.values(suggest.unexpectedCloses).reduce((a, b) => a + b, 0);
      out.push({
        name: 'W1 p99 suggestion-mode (every editor a suggester) vs sepakat',
        goal: '≤ 1.2 ×, 0 lost, none refused',
        value:
          `${p99} vs ${w1.window.latency.p99} ms (× ${(p99 / w1.window.latency.p99).toFixed(2)}), ` +
          `${suggest.lost} lost, ${refused} closed`,
        met:
          p99 <= 1.2 * w1.window.latency.p99 &&
          suggest.lost === 0 &&
          refused === 0 &&
          !suggest.window.invalid,
      });
    }
    if (ref) {
      out.push({
        name: 'W1 p99 vs y-websocket (no persistence)',
        goal: 'no worse',
        value: `${w1.window.latency.p99} vs ${ref.window.latency.p99} ms`,
        met: w1.window.latency.p99 <= ref.window.latency.p99,
      });
    }
  }
  const w2 = r.w2?.find((x) => x.server === 'sepakat');
  if (w2)
    out.push(
      ...judgeW2(
        w2,
        r.w2?.find((x) => x.server === REFERENCE),
      ),
    );
  const w3 = r.w3?.find((x) => x.server === 'sepakat');
  if (w3) {
    out.push({
      name: `W3 open ${w3.updates.toLocaleString('en')}-update document`,
      goal: '≤ 150 ms',
      value: `${w3.firstColdMs} ms cold, ${w3.reopenMs} ms open`,
      met: (w3.firstColdMs ?? Infinity) <= 150 && w3.updates >= 100_000,
    });
  }
  if (r.w4) {
    out.push({
      name: `W4 .docx of ${r.w4.pasal} Pasal`,
      goal: '≤ 500 ms',
      value: `${r.w4.alone.maxMs} ms alone (max), ${r.w4.during.medianMs} ms during W2 (median)`,
      met: r.w4.alone.maxMs <= 500,
    });
  }
  return out;
}

/** The one table: a row per metric, a column per server. */
export function table(r: BenchResults): string {
  const names = r.servers.map((s) => s.name);
  const rows: string[][] = [];
  const row = (label: string, cell: (server: string) => string) => rows.push([label, ...names.map(cell)]);
  if (r.w1?.length) {
    const w = (s: string) => worstW1(r.w1!, s);
    const c = r.config.w1;
    rows.push([
      `**W1** 1 doc, ${c.editors} editors × 5 chars/s + caret 5 Hz (${c.seconds} s; worst of the least disturbed of ${c.rounds} rounds)`,
    ]);
    row('latency p50 / p95 / p99 / max (ms)', (s) => {
      const x = w(s)?.window;
      const l = x?.latency;
      return x && l ? `${l.p50} / ${l.p95} / ${l.p99} / ${l.max}${busy(x)}` : '–';
    });
    row('clock-map cross-check p50 / p99 (ms)', (s) => {
      const l = w(s)?.window.clockLatency;
      return l ? `${l.p50} / ${l.p99}` : '–';
    });
    row('updates in /s · messages out /s', (s) => {
      const x = w(s)?.window;
      return x ? `${x.updatesInPerSecond} · ${x.messagesOutPerSecond}` : '–';
    });
    row('server CPU · event-loop p99 / max', (s) => {
      const x = w(s)?.window;
      return x
        ? `${pct(x.serverCpu)} · ${x.eventLoopP99Ms ?? '(no answer)'} / ${x.eventLoopMaxMs ?? '–'} ms`
        : '–';
    });
    row('server CPU per update in (ms)', (s) => {
      const x = w(s)?.window;
      return x && x.updatesInPerSecond > 0 ? ((x.serverCpu * 1000) / x.updatesInPerSecond).toFixed(2) : '–';
    });
    row('GC pauses: share of time · longest (ms)', (s) => {
      const g = w(s)?.window.gc;
      return g ? `${pct(g.share)} · ${g.maxMs}` : '–';
    });
    row('bytes written to storage per edit', (s) => {
      const x = w(s)?.window;
      return x ? String(Math.round(x.storageBytesPerEdit)) : '–';
    });
    row('edits lost (of sent)', (s) => {
      const x = w(s);
      return x ? `${x.lost} of ${x.sent}` : '–';
    });
    row('editors closed by the server (close code × count)', (s) => {
      const x = w(s);
      const closes = Object.entries(x?.unexpectedCloses ?? {});
      return x ? closes.map(([code, n]) => `${code} × ${n}`).join(', ') || 'none' : '–';
    });
    row('load generator CPU · other processes on the server core', (s) => {
      const x = w(s)?.window;
      return x ? `${pct(x.loadCpu)}${x.invalid ? ' INVALID' : ''} · ${pct(x.otherLoadOnServerCore)}` : '–';
    });
  }
  if (r.w2?.length) {
    const get = (s: string) => r.w2!.find((x) => x.server === s);
    rows.push([
      `**W2** documents × ${r.config.w2.editorsPerDoc} editors, steps ${r.config.w2.steps.join(', ')}`,
    ]);
    row(`knee (most documents with p99 ≤ ${r.config.w2.p99LimitMs} ms)`, (s) => {
      const x = get(s);
      return x ? `${x.kneeIsLowerBound ? '≥ ' : ''}${x.knee}` : '–';
    });
    row('p99 by step (ms)', (s) => {
      const x = get(s);
      return x
        ? x.steps
            .map((st) => `${st.documents}: ${st.window.latency.p99}${st.window.invalid ? '*' : ''}`)
            .join(', ')
        : '–';
    });
    row('event-loop max by step (ms; the longest the loop was blocked)', (s) => {
      const x = get(s);
      return x ? x.steps.map((st) => `${st.documents}: ${st.window.eventLoopMaxMs ?? '–'}`).join(', ') : '–';
    });
    row(`memory per active document by step (MiB; × ${REFERENCE} at that step)`, (s) => {
      const x = get(s);
      const ref = get(REFERENCE);
      if (!x) return '–';
      return x.steps
        .map((st) => {
          const ratio = s === REFERENCE ? null : memoryRatio(st, ref && stepAt(ref, st.documents));
          return `${st.documents}: ${st.rssPerDocumentMiB}${ratio === null ? '' : ` (× ${ratio.toFixed(2)})`}`;
        })
        .join(', ');
    });
    row('server CPU at the last step', (s) => {
      const st = get(s)?.steps.at(-1);
      return st ? `${pct(st.window.serverCpu)} (${st.documents} docs)` : '–';
    });
    row('GC pauses by step: share of time · longest (ms)', (s) => {
      const steps = get(s)?.steps ?? [];
      const parts = steps.flatMap((st) =>
        st.window.gc ? [`${st.documents}: ${pct(st.window.gc.share)} · ${st.window.gc.maxMs}`] : [],
      );
      return parts.length ? parts.join(', ') : '–';
    });
    row('edits lost (of sent)', (s) => {
      const x = get(s);
      return x ? `${x.lost} of ${x.sent}` : '–';
    });
  }
  if (r.w3?.length) {
    const get = (s: string) => r.w3!.find((x) => x.server === s);
    const n = (r.w3[0]?.updates ?? 0).toLocaleString('en');
    rows.push([`**W3** open a document of ${n} logged updates (connect → synced and holding it all)`]);
    row('first open after a restart · reopen while running (ms)', (s) => {
      const x = get(s);
      if (!x) return '–';
      const cold = !x.persistent
        ? 'n/a (memory only)'
        : x.firstColdMs === null
          ? `never complete (${x.coldMissing} structs lost)`
          : `${x.firstColdMs}${x.coldMissing ? ` (${x.coldMissing} missing)` : ''}`;
      const reopen = x.reopenMissing ? `incomplete (${x.reopenMissing} missing)` : String(x.reopenMs);
      return `${cold} · ${reopen}`;
    });
    row(`build: ${n} updates sent as fast as taken (s)`, (s) => {
      const x = get(s);
      return x ? String(x.buildSeconds) : '–';
    });
    row('stored on disk after the build', (s) => {
      const x = get(s);
      return x ? (x.storedBytes ? `${Math.round(x.storedBytes / 1024)} KiB` : 'nothing') : '–';
    });
    const split = get('sepakat')?.breakdown;
    if (split) {
      row('Sepakat load, in process: read · apply · encode (ms)', (s) =>
        s === 'sepakat' ? `${split.readMs} · ${split.applyMs} · ${split.encodeMs} (tail ${split.tail})` : '–',
      );
    }
    const logOnly = get('sepakat (log only, no checkpoint)');
    if (logOnly) {
      row('log only, no checkpoint: first open (ms)', (s) =>
        s !== 'sepakat'
          ? '–'
          : logOnly.timedOutAfterMs
            ? `> ${logOnly.timedOutAfterMs} (timed out)`
            : `${logOnly.firstColdMs}`,
      );
    }
  }
  if (r.w4) {
    rows.push([`**W4** .docx export of ${r.w4.pasal} Pasal (Sepakat only; built on the Word thread)`]);
    const first = r.w4.first;
    if (first) {
      row('first export after a start (thread starting, code not compiled yet): ms · extra RSS', (s) =>
        s === 'sepakat' ? `${first.ms} · ${first.peakExtraMiB} MiB` : '–',
      );
    }
    row('alone, after warm-up: median / max (ms) · peak extra RSS', (s) =>
      s === 'sepakat'
        ? `${r.w4!.alone.medianMs} / ${r.w4!.alone.maxMs} · ${r.w4!.alone.peakExtraMiB} MiB`
        : '–',
    );
    row(`during W2 (${r.w4.during.documents} docs): median / max (ms)`, (s) =>
      s === 'sepakat' ? `${r.w4!.during.medianMs} / ${r.w4!.during.maxMs}` : '–',
    );
    row('editors’ p99 without · while exporting (ms)', (s) =>
      s === 'sepakat'
        ? `${r.w4!.during.withoutExports.latency.p99} · ${r.w4!.during.window.latency.p99}`
        : '–',
    );
  }
  const header = ['', ...names];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const cells of rows) {
    const full = cells.length === 1 ? [cells[0], ...names.map(() => '')] : cells;
    lines.push(`| ${full.join(' | ')} |`);
  }
  return lines.join('\n');
}

export function targetsTable(targets: Target[]): string {
  const lines = ['| target | goal | this run | |', '|---|---|---|---|'];
  for (const t of targets) lines.push(`| ${t.name} | ${t.goal} | ${t.value} | ${t.met ? 'met' : 'MISSED'} |`);
  lines.push(
    '',
    `† other processes took over 10 % of the server’s core in that window (after up to ${QUIET_ATTEMPTS} attempts); ` +
      '* the load generator passed 85 % of its core (window invalid).',
  );
  return lines.join('\n');
}

export function machineLines(r: BenchResults): string {
  const m = r.machine;
  const v = m.versions;
  return [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Linux ${m.kernel}, Node ${m.node}` +
      (r.pinned
        ? '; server on core 0, load generator on core 1 (taskset)'
        : '; NOT pinned (taskset missing)'),
    `Versions: yjs ${v.yjs}, y-protocols ${v['y-protocols']}, ws ${v.ws}, better-sqlite3 ${v['better-sqlite3']}, ` +
      `@y/websocket-server ${v['@y/websocket-server']} (+ y-leveldb ${v['y-leveldb']}), ` +
      `@hocuspocus/server ${v['@hocuspocus/server']} (+ extension-sqlite ${v['@hocuspocus/extension-sqlite']}, sqlite3 ${v.sqlite3}), ` +
      `clients: y-websocket ${v['y-websocket']}, @hocuspocus/provider ${v['@hocuspocus/provider']}`,
    ...r.servers.map((s) => `- ${s.name}: ${s.storage}`),
  ].join('\n');
}
