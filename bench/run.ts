/**
 * `npm run bench [-- --quick | --smoke] [--only W1,W3] [--servers sepakat,sepakat+full,sepakat+suggest,y-websocket] [--results] [--json FILE]`
 * `npm run bench -- --only W2 --steps 50 --seconds 24` measures chosen W2 steps only (diagnosis;
 * BENCH_LATENCY_DUMP=<dir> also writes every window's latency samples there).
 * `npm run bench -- --report bench/results/<file>.json` prints the table of an earlier run again.
 *
 * Measures Sepakat's collaboration server against its peers by the method docs/SPEED.md
 * describes: every server is a child process pinned to core 0 (NODE_ENV=production, logging off), the load
 * runs in this process pinned to core 1. W1 also runs Sepakat with SEPAKAT_DURABILITY=full
 * (`sepakat+full`), for what an fsync per commit costs, and with every editor a suggester
 * (`sepakat+suggest`), for what the server's check of each suggestion costs. Prints one table
 * with the servers side by side, writes the raw numbers to bench/results/<date>.json, and with --results also bench/RESULTS.md.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type BenchConfig, BenchContext, benchConfig, documentsNeeded } from './context.ts';
import { describeMachine } from './machine.ts';
import { pinSelf } from './proc.ts';
import { type BenchResults, judge, machineLines, table, targetsTable } from './report.ts';
import { hocuspocus, sepakat, yWebsocketServer } from './servers/kinds.ts';
import { ROOT } from './servers/launch.ts';
import { prepareSepakat } from './servers/seed.ts';
import { runW1 } from './workloads/w1.ts';
import { runW2 } from './workloads/w2.ts';
import { runW3 } from './workloads/w3.ts';
import { runW4 } from './workloads/w4.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    // Seconds, not minutes: proves the bench runs (tests/integration/bench.test.ts).
    smoke: { type: 'boolean', default: false },
    // Where the raw numbers go instead of bench/results/<date>.json.
    json: { type: 'string' },
    only: { type: 'string' },
    servers: { type: 'string' },
    results: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    report: { type: 'string' },
    // Diagnosis: W2 at chosen steps only, with longer windows (e.g. --steps 50 --seconds 24).
    steps: { type: 'string' },
    seconds: { type: 'string' },
  },
});

/** What kind of run a configuration makes, as the log and the table name it. */
const runKind = (c: BenchConfig) => (c.smoke ? 'smoke' : c.quick ? 'quick' : 'full');

/** The table, the targets and the machine of a run, as printed and written to RESULTS.md. */
function render(results: BenchResults, file: string): string {
  return [
    table(results),
    '',
    results.config.smoke
      ? 'Smoke run: these figures only show that every part ran; targets are judged on full runs.'
      : targetsTable(results.targets ?? []),
    '',
    machineLines(results),
    `Run: ${runKind(results.config)}, ${results.seconds} s; raw numbers in ${file.startsWith(ROOT) ? file.slice(ROOT.length + 1) : file}`,
  ].join('\n');
}

async function main() {
  if (values.report) {
    const results = JSON.parse(readFileSync(values.report, 'utf8')) as BenchResults;
    results.targets = judge(results);
    const text = render(results, values.report);
    process.stdout.write(`${text}\n`);
    if (values.results) writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), `# Bench results\n\n${text}\n`);
    return;
  }
  // Every provider of the full clients registers an exit listener; hundreds are expected here.
  process.setMaxListeners(0);
  const started = Date.now();
  const config = benchConfig(values.quick, values.smoke);
  if (values.steps) config.w2.steps = values.steps.split(',').map(Number);
  if (values.seconds) config.w2.seconds = Number(values.seconds);
  const only = new Set((values.only ?? 'W1,W2,W3,W4').toUpperCase().split(','));
  const pinned = pinSelf(1);
  const work = mkdtempSync(join(tmpdir(), 'sepakat-bench-'));
  const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);
  log(`${runKind(config)} run in ${work}${pinned ? '' : ' (taskset missing: not pinned)'}`);
  try {
    const prep = await prepareSepakat(work, documentsNeeded(config));
    log(`prepared ${prep.documentIds.length} documents in ${Math.round((Date.now() - started) / 1000)} s`);
    const all = [
      sepakat(prep.seed),
      sepakat(prep.seed, { durability: 'full' }),
      sepakat(prep.seed, { suggest: true }),
      yWebsocketServer(false),
      yWebsocketServer(true),
      hocuspocus(),
    ];
    const wanted = values.servers?.split(',');
    const kinds = wanted ? all.filter((k) => wanted.includes(k.name)) : all;
    // W1 runs every server; the other workloads leave out the variants measured for W1 only.
    const w1 = new BenchContext(work, config, prep, kinds, pinned ? 0 : null);
    const ctx = new BenchContext(
      work,
      config,
      prep,
      kinds.filter((k) => !k.w1Only),
      pinned ? 0 : null,
    );
    const results: BenchResults = {
      startedAt: new Date(started).toISOString(),
      seconds: 0,
      config,
      machine: describeMachine(),
      pinned,
      servers: kinds.map((k) => ({ name: k.name, storage: k.storage })),
    };
    if (only.has('W1')) results.w1 = await runW1(w1);
    if (only.has('W2')) results.w2 = await runW2(ctx);
    if (only.has('W3')) results.w3 = await runW3(ctx);
    if (only.has('W4')) results.w4 = await runW4(ctx);
    results.targets = config.smoke ? [] : judge(results);
    results.seconds = Math.round((Date.now() - started) / 1000);

    const resultsDir = join(ROOT, 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    const file = values.json ?? join(resultsDir, `${results.startedAt.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    const text = render(results, file);
    process.stdout.write(`\n${text}\n`);
    // RESULTS.md holds a measured run: a smoke run's figures mean nothing.
    if (values.results && !config.smoke) {
      writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), `# Bench results\n\n${text}\n`);
    }
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
