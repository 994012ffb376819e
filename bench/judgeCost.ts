/**
 * `npm run bench:judge -- [--edits N] [--repeats N] [--editors N] [--mode both|suggest|edit] [--compare FILE]`
 *
 * What the server's check of suggestions costs per update, measured in one process (no sockets,
 * so it holds on a busy machine where W1 does not): W1's keystrokes (bench/edits.ts, the same
 * seed, 50 editors typing into a fresh MoU) are fed, in the order they would arrive, to a real
 * Room with the agreement judge through `Room.handle`, the function the websocket handler
 * calls, once as editors and once as suggesters (the same keystrokes as insertion suggestions).
 * Commits are instantaneous (no storage): what is left is applying, judging and following each
 * update. Prints CPU µs per update of both, and their ratio, for every repeat, the median and
 * the least. `--compare FILE` runs another copy of the judge (its index.ts) in turn with this one.
 */

import type { IncomingMessage } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { Connection } from '../server/collab/connection.ts';
import { buildDocument } from '../server/collab/convert.ts';
import { updateMessage } from '../server/collab/protocol.ts';
import { Room, type RoomHost } from '../server/collab/room.ts';
import { type CollabJudge, DEFAULT_LIMITS, silentLog } from '../server/collab/types.ts';
import { agreementJudge } from '../server/judge/index.ts';
import { instantiateTemplate } from '../templates/index.ts';
import { type EditorScript, generateEditors } from './edits.ts';

const { values } = parseArgs({
  options: {
    edits: { type: 'string', default: '200' },
    repeats: { type: 'string', default: '5' },
    editors: { type: 'string', default: '50' },
    mode: { type: 'string', default: 'both' },
    compare: { type: 'string' },
  },
});
const EDITS = Number(values.edits);
const REPEATS = Number(values.repeats);
const EDITORS = Number(values.editors);
/** Updates per commit: W1's 250 keystrokes a second gathered over a 4 ms commit delay, about one. */
const BATCH = 2;
/** Updates of each run not counted: the first suggestion reads the whole document. */
const WARMUP = 200;
const PARTIES = [
  { id: 'pA', ordinal: 1, name: 'Ombudsman Republik Indonesia', shortName: 'ORI', seat: 'Jakarta' },
  { id: 'pB', ordinal: 2, name: 'Pemerintah Kota Bandung', shortName: 'Pemkot', seat: 'Bandung' },
];
/** The three editors the bench's demo cooperation lends its suggesters (kinds.ts), all of party B here. */
const authorOf = (editor: number) => ({ party: 'pB', user: `u${editor % 3}` });

/** A bench host: no storage, every batch committed at once with the next seqs. */
function benchHost(judge: CollabJudge): RoomHost & { flush(): void } {
  const dirty = new Set<Room>();
  let seq = 1;
  return {
    store: null as never,
    hooks: {
      onAuthenticate: () => {
        throw new Error('the bench sets each identity itself');
      },
    },
    judge,
    limits: DEFAULT_LIMITS,
    log: silentLog,
    withinQuota: () => true,
    spendQuota() {},
    refused() {
      throw new Error('an update of the bench was refused');
    },
    presenceDelayMs: () => 1000,
    requestFlush: (room) => dirty.add(room),
    unload() {},
    discard() {},
    flush() {
      for (const room of dirty) {
        const items = room.takePending();
        room.committed(
          items,
          items.map(() => ++seq),
        );
      }
      dirty.clear();
    },
  };
}

const quietSocket = { on() {}, send() {}, close() {}, terminate() {}, ping() {} } as unknown as WebSocket;

/** Every editor's frames in the order they reach the server (by the time each is typed). */
function arrivals(scripts: EditorScript[]): { editor: number; frame: Uint8Array }[] {
  const out: { editor: number; frame: Uint8Array; at: number }[] = [];
  scripts.forEach((script, editor) => {
    let at = 0;
    for (const edit of script.edits) {
      at += edit.gap;
      out.push({ editor, frame: updateMessage(edit.update), at });
    }
  });
  return out.sort((a, b) => a.at - b.at || a.editor - b.editor);
}

/** One way of running the replay: as suggesters or as editors, with a judge. */
interface Variant {
  label: string;
  suggest: boolean;
  judge: () => CollabJudge;
}

/** One replay: CPU µs per update (after the warm-up), and the wall time of each update. */
function replay(initial: Uint8Array, { suggest, judge }: Variant): { cpu: number; each: Float64Array } {
  const since = Date.now();
  const scripts = generateEditors(initial, {
    seed: 42_000,
    editors: EDITORS,
    edits: EDITS,
    ...(suggest ? { suggest: { author: authorOf, since } } : {}),
  });
  const frames = arrivals(scripts);
  const doc = new Y.Doc({ gc: true });
  Y.applyUpdate(doc, initial);
  const host = benchHost(judge());
  const room = new Room('bench', host, { doc, seq: 1, checkpointSeq: 1, bytes: initial.byteLength });
  const conns = scripts.map((_, editor) => {
    const conn = new Connection(quietSocket, 'bench', {} as IncomingMessage, DEFAULT_LIMITS);
    const { party, user } = authorOf(editor);
    conn.identity = suggest
      ? { userId: user, partyId: party, readOnly: false, suggestOnly: true, suggestSince: since }
      : { userId: user, partyId: party, readOnly: false };
    return conn;
  });
  const each = new Float64Array(frames.length);
  let start = process.cpuUsage();
  frames.forEach(({ editor, frame }, i) => {
    if (i === WARMUP) start = process.cpuUsage();
    const conn = conns[editor]!;
    const t0 = performance.now();
    room.handle(conn, frame);
    if (i % BATCH === BATCH - 1) host.flush();
    each[i] = performance.now() - t0;
    if (conn.closed) throw new Error(`editor ${editor}'s update ${i} was refused`);
  });
  host.flush();
  const used = process.cpuUsage(start);
  room.close(1000, 'done');
  return { cpu: (used.user + used.system) / (frames.length - WARMUP), each };
}

/**
 * µs per update, counting each update at the least time it took over the repeats: every repeat
 * does the same work, and another process taking the core (or a garbage collection) only ever
 * adds to it, so this is the steadiest figure on a shared machine (without the GC's share).
 */
function leastEach(replays: Float64Array[]): number {
  let sum = 0;
  const n = replays[0]?.length ?? 0;
  for (let i = WARMUP; i < n; i++) sum += Math.min(...replays.map((r) => r[i] ?? 0));
  return (sum * 1000) / (n - WARMUP);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<void> {
  const { body, meta } = instantiateTemplate('mou', {
    title: 'Uji beban',
    subject: 'Uji beban',
    parties: PARTIES,
  });
  const built = buildDocument(body, meta);
  const initial = Y.encodeStateAsUpdate(built);
  built.destroy();
  const modes = values.mode === 'both' ? [false, true] : [values.mode === 'suggest'];
  const variants: Variant[] = modes.map((suggest) => ({
    label: suggest ? 'suggest' : 'edit',
    suggest,
    judge: agreementJudge,
  }));
  // Another version of the judge (a copy of server/judge/ elsewhere), run in turn with this one:
  // on a busy machine two versions compare better in one process than in two runs.
  if (values.compare) {
    const other = (await import(resolve(values.compare))) as { agreementJudge: () => CollabJudge };
    for (const suggest of modes)
      variants.push({
        label: `${suggest ? 'suggest' : 'edit'} (compared)`,
        suggest,
        judge: other.agreementJudge,
      });
  }
  const runs = new Map<Variant, number[]>(variants.map((v) => [v, []]));
  const times = new Map<Variant, Float64Array[]>(variants.map((v) => [v, []]));
  for (const v of variants) replay(initial, v); // warm the JIT
  for (let r = 0; r < REPEATS; r++) {
    const line: string[] = [];
    for (const v of variants) {
      const { cpu, each } = replay(initial, v);
      runs.get(v)!.push(cpu);
      times.get(v)!.push(each);
      line.push(`${v.label} ${cpu.toFixed(0)} µs`);
    }
    console.log(`run ${r + 1}: ${line.join(', ')}`);
  }
  const updates = EDITORS * EDITS - WARMUP;
  const ratio = (a: number[], b: number[]) => median(a.map((x, i) => x / (b[i] ?? x)));
  // The least of the repeats is the one least disturbed by other processes on a shared machine.
  for (const [name, pick] of [
    ['median', median],
    ['least', (xs: number[]) => Math.min(...xs)],
  ] as const) {
    const figures = variants.map((v) => `${v.label} ${pick(runs.get(v)!).toFixed(0)} µs`);
    console.log(`CPU, ${name} of ${REPEATS} over ${updates} updates each: ${figures.join(', ')}`);
  }
  const least = variants.map((v) => `${v.label} ${leastEach(times.get(v)!).toFixed(1)} µs`);
  console.log(`each update at its least over the repeats (no GC): ${least.join(', ')}`);
  // Each repeat's suggest / edit, with the same judge, of neighbouring replays.
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const [edit, suggest] = [runs.get(variants[i]!)!, runs.get(variants[i + 1]!)!];
    if (variants[i]!.suggest || !variants[i + 1]!.suggest) continue;
    const diff = median(suggest.map((x, k) => x - (edit[k] ?? x)));
    console.log(
      `${variants[i + 1]!.label}: ratio to edit, median of the repeats x${ratio(suggest, edit).toFixed(2)}, difference ${diff.toFixed(0)} µs`,
    );
  }
}

await main();
