/**
 * `npm run bench:judge -- [--edits N] [--repeats N] [--editors N] [--mode both|suggest|edit]`
 *
 * What the server's check of suggestions costs per update, measured in one process (no sockets,
 * so it holds on a busy machine where W1 does not): W1's keystrokes (bench/edits.ts, the same
 * seed, 50 editors typing into a fresh MoU) are fed, in the order they would arrive, to a real
 * Room with the agreement judge through `Room.handle`, the function the websocket handler
 * calls, once as editors and once as suggesters (the same keystrokes as insertion suggestions).
 * Commits are instantaneous (no storage): what is left is applying, judging and following each
 * update. Prints CPU µs per update of both, and their ratio, for every repeat and the median.
 */

import type { IncomingMessage } from 'node:http';
import { parseArgs } from 'node:util';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { Connection } from '../server/collab/connection.ts';
import { buildDocument } from '../server/collab/convert.ts';
import { updateMessage } from '../server/collab/protocol.ts';
import { Room, type RoomHost } from '../server/collab/room.ts';
import { DEFAULT_LIMITS, silentLog } from '../server/collab/types.ts';
import { agreementJudge } from '../server/judge/index.ts';
import { instantiateTemplate } from '../templates/index.ts';
import { type EditorScript, generateEditors } from './edits.ts';

const { values } = parseArgs({
  options: {
    edits: { type: 'string', default: '200' },
    repeats: { type: 'string', default: '5' },
    editors: { type: 'string', default: '50' },
    mode: { type: 'string', default: 'both' },
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
function benchHost(): RoomHost & { flush(): void } {
  const dirty = new Set<Room>();
  let seq = 1;
  return {
    store: null as never,
    hooks: {
      onAuthenticate: () => {
        throw new Error('the bench sets each identity itself');
      },
    },
    judge: agreementJudge(),
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

/** CPU µs per update of one replay (after the warm-up), as suggesters or as editors. */
function replay(initial: Uint8Array, suggest: boolean): number {
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
  const host = benchHost();
  const room = new Room('bench', host, { doc, seq: 1, checkpointSeq: 1, bytes: initial.byteLength });
  const conns = scripts.map((_, editor) => {
    const conn = new Connection(quietSocket, 'bench', {} as IncomingMessage, DEFAULT_LIMITS);
    const { party, user } = authorOf(editor);
    conn.identity = suggest
      ? { userId: user, partyId: party, readOnly: false, suggestOnly: true, suggestSince: since }
      : { userId: user, partyId: party, readOnly: false };
    return conn;
  });
  let start = process.cpuUsage();
  frames.forEach(({ editor, frame }, i) => {
    if (i === WARMUP) start = process.cpuUsage();
    const conn = conns[editor]!;
    room.handle(conn, frame);
    if (conn.closed) throw new Error(`editor ${editor}'s update ${i} was refused`);
    if (i % BATCH === BATCH - 1) host.flush();
  });
  host.flush();
  const used = process.cpuUsage(start);
  room.close(1000, 'done');
  return (used.user + used.system) / (frames.length - WARMUP);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function main(): void {
  const { body, meta } = instantiateTemplate('mou', {
    title: 'Uji beban',
    subject: 'Uji beban',
    parties: PARTIES,
  });
  const built = buildDocument(body, meta);
  const initial = Y.encodeStateAsUpdate(built);
  built.destroy();
  const modes = values.mode === 'both' ? [false, true] : [values.mode === 'suggest'];
  const runs = new Map<boolean, number[]>(modes.map((m) => [m, []]));
  for (const m of modes) replay(initial, m); // warm the JIT
  for (let r = 0; r < REPEATS; r++) {
    const line: string[] = [];
    for (const m of modes) {
      const us = replay(initial, m);
      runs.get(m)!.push(us);
      line.push(`${m ? 'suggest' : 'edit'} ${us.toFixed(0)} µs`);
    }
    console.log(`run ${r + 1}: ${line.join(', ')}`);
  }
  const updates = EDITORS * EDITS - WARMUP;
  // The least of the repeats is the one least disturbed by other processes on a shared machine.
  for (const [name, pick] of [
    ['median', median],
    ['least', (xs: number[]) => Math.min(...xs)],
  ] as const) {
    const edit = runs.has(false) ? pick(runs.get(false)!) : null;
    const suggest = runs.has(true) ? pick(runs.get(true)!) : null;
    const parts = [
      edit !== null ? `edit ${edit.toFixed(0)} µs/update` : '',
      suggest !== null ? `suggest ${suggest.toFixed(0)} µs/update` : '',
      edit && suggest
        ? `ratio ×${(suggest / edit).toFixed(2)}, difference ${(suggest - edit).toFixed(0)} µs`
        : '',
    ];
    console.log(`${name} of ${REPEATS} over ${updates} updates each: ${parts.filter(Boolean).join(', ')}`);
  }
}

main();
