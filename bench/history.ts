import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { createDocumentState, UpdateStore } from '../server/collab/store.ts';
import { silentLog } from '../server/collab/types.ts';
import { openDatabase } from '../server/db/connection.ts';
import { ClauseAttribution } from '../server/history/attribution.ts';
import { clauseHistory } from '../server/history/clauseHistory.ts';
import { compareBodies } from '../server/history/compareBodies.ts';
import { agreementBody } from '../server/history/fixtures.ts';
import { peopleOf } from '../server/history/people.ts';
import { stateAt } from '../server/history/reconstruct.ts';
import { recordVersion } from '../server/history/versions.ts';
import { outlineOf } from '../shared/clauses.ts';
import { YDOC } from '../shared/protocol.ts';

/** Options of {@link benchHistory}. */
export interface BenchOptions {
  clauses?: number;
  updates?: number;
  /** Updates per attribution window (50 updates/s × 0.5 s windows = 25). */
  perWindow?: number;
  /** Store a checkpoint every this many updates (the collaboration server's default). */
  checkpointEvery?: number;
  seed?: number;
}

/** What {@link benchHistory} measured, in milliseconds unless named otherwise. */
export interface BenchFigures {
  clauses: number;
  updates: number;
  /** Attribution's share of one window: observers while applying, onChange, the hash diff. */
  attributionPerWindowMs: { mean: number; max: number };
  /** The same, split: Yjs observers while applying, onChange (per window), the window's diff and write. */
  attributionBreakdownMs: { observers: number; onChange: number; window: number };
  /** Applying a window's updates to the live doc without attribution, for scale. */
  applyPerWindowMs: number;
  clauseHistoryMs: number;
  clauseHistoryEntries: number;
  compareMs: number;
  /** Reconstructing the document at a seq (cold, nearest checkpoint + tail). */
  reconstructMs: number;
  createVersionMs: number;
  /** What attribution adds to opening the document (hashing its clauses, catching up). */
  trackOnLoadMs: number;
  setupMs: number;
}

/**
 * Drives history as the collaboration server would, on a temporary SQLite database: a
 * document of `clauses` Pasal receives `updates` single-character edits from two users into
 * a live Y.Doc with attribution attached, stored in windows with checkpoints; then times
 * reading one clause's history, comparing the first version with now, and reconstructing.
 * `server/history/bench.test.ts` runs a small one and logs its figures.
 */
export function benchHistory(opts: BenchOptions = {}): BenchFigures {
  const clauses = opts.clauses ?? 100;
  const updates = opts.updates ?? 100_000;
  const perWindow = opts.perWindow ?? 25;
  const checkpointEvery = opts.checkpointEvery ?? 500;
  let seed = opts.seed ?? 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };

  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'sepakat-bench-history-'));
  const db = openDatabase(join(dir, 'bench.db'));
  try {
    const now = Date.now();
    db.prepare(
      `INSERT INTO users (id, username, display_name, password_hash, created_at) VALUES
       ('u1', 'satu', 'Pengguna Satu', 'x', ?), ('u2', 'dua', 'Pengguna Dua', 'x', ?)`,
    ).run(now, now);
    db.prepare(
      `INSERT INTO cooperations (id, title, created_by, created_at) VALUES ('k1', 'Kerja sama', 'u1', ?)`,
    ).run(now);
    db.prepare(
      `INSERT INTO documents (id, cooperation_id, kind, title, created_by, created_at, updated_at)
       VALUES ('d1', 'k1', 'mou', 'Nota Kesepakatan', 'u1', ?, ?)`,
    ).run(now, now);
    const store = new UpdateStore(db);
    createDocumentState(store, 'd1', agreementBody(clauses), { title: 'Nota Kesepakatan' }, 'u1');

    const live = new Y.Doc();
    Y.applyUpdate(live, store.loadState('d1').update!);
    const control = new Y.Doc();
    Y.applyUpdate(control, store.loadState('d1').update!);
    const editor = new Y.Doc();
    Y.applyUpdate(editor, store.loadState('d1').update!);
    const attribution = new ClauseAttribution({ db, log: silentLog, windowMs: 60_000, pauseMs: 3_600_000 });
    attribution.track('d1', live);
    const firstVersion = recordVersion(db, 1, {
      documentId: 'd1',
      kind: 'manual',
      label: 'Awal',
      userId: 'u1',
    });

    const texts = paragraphTexts(editor);
    const setupMs = performance.now() - started;
    const windows: number[] = [];
    let applyTotal = 0;
    let observersTotal = 0;
    let seq = 1;
    // The clause edited most, so its history is long: every fourth edit goes there.
    const hot = Math.min(5, texts.length - 1);
    for (let done = 0; done < updates; done += perWindow) {
      const batch: { data: Uint8Array; userId: string }[] = [];
      // One person types per window, as in a real burst, in one paragraph from one cursor
      // position: typing forward, or deleting backwards once the paragraph is long. The two
      // take turns at random; every fourth burst goes to the same clause, so its history is long.
      const userId = random() < 0.5 ? 'u1' : 'u2';
      const text = texts[random() < 0.25 ? hot : Math.floor(random() * texts.length)];
      if (!text) throw new Error('the document has no paragraph to type in');
      const erase = text.length > 160;
      let cursor = Math.floor(random() * text.length);
      for (let k = 0; k < perWindow && done + k < updates; k++) {
        let update: Uint8Array | null = null;
        const capture = (u: Uint8Array) => {
          update = u;
        };
        editor.once('update', capture);
        if (erase && cursor > 0) text.delete(--cursor, 1);
        else text.insert(cursor++, 'abcdefghij '.charAt(Math.floor(random() * 11)));
        if (update) batch.push({ data: update, userId });
      }
      let t = performance.now();
      for (const u of batch) Y.applyUpdate(control, u.data);
      const plain = performance.now() - t;
      applyTotal += plain;
      // As the collaboration server does: what the live doc emits is what is stored and announced.
      const emitted: Uint8Array[] = [];
      const collect = (u: Uint8Array) => emitted.push(u);
      live.on('update', collect);
      t = performance.now();
      for (const u of batch) Y.applyUpdate(live, u.data, { userId: u.userId });
      const observed = performance.now() - t;
      observersTotal += Math.max(0, observed - plain);
      live.off('update', collect);
      const seqs = store.append(emitted.map((data) => ({ documentId: 'd1', userId, data })));
      t = performance.now();
      for (let i = 0; i < emitted.length && i < seqs.length; i++)
        attribution.credit('d1', emitted[i]!, userId, seqs[i]!);
      attribution.flush('d1');
      // Attribution's cost: its observers (live apply minus plain apply) plus onChange and the window.
      windows.push(performance.now() - t + Math.max(0, observed - plain));
      const last = seqs[seqs.length - 1] ?? seq;
      if (Math.floor(last / checkpointEvery) > Math.floor(seq / checkpointEvery)) {
        store.checkpoint('d1', last, Y.encodeStateAsUpdate(live));
      }
      seq = last;
    }

    const people = peopleOf(db, 'k1');
    let t = performance.now();
    const current = stateAt(db, 'd1', seq);
    const reconstructMs = performance.now() - t;
    t = performance.now();
    const history = clauseHistory(db, 'd1', `c${Math.floor(hot / 2) + 1}`, people, outlineOf(current.body));
    const clauseHistoryMs = performance.now() - t;
    t = performance.now();
    compareBodies(stateAt(db, 'd1', firstVersion.seq).body, current.body);
    const compareMs = performance.now() - t;
    t = performance.now();
    recordVersion(db, seq, { documentId: 'd1', kind: 'manual', label: 'Akhir', userId: 'u2' });
    const createVersionMs = performance.now() - t;
    attribution.flush('d1');
    const reopened = new Y.Doc();
    Y.applyUpdate(reopened, store.loadState('d1').update!);
    const second = new ClauseAttribution({ db, log: silentLog, windowMs: 60_000, pauseMs: 3_600_000 });
    t = performance.now();
    second.track('d1', reopened);
    const trackOnLoadMs = performance.now() - t;
    second.untrack('d1');
    reopened.destroy();
    live.destroy();
    control.destroy();
    editor.destroy();

    return {
      clauses,
      updates,
      attributionPerWindowMs: {
        mean: round(windows.reduce((a, b) => a + b, 0) / Math.max(1, windows.length)),
        max: round(Math.max(...windows)),
      },
      attributionBreakdownMs: {
        observers: round(observersTotal / Math.max(1, windows.length)),
        onChange: round(attribution.stats.updateMs / Math.max(1, windows.length)),
        window: round(attribution.stats.windowMs / Math.max(1, attribution.stats.windows)),
      },
      applyPerWindowMs: round(applyTotal / Math.max(1, windows.length)),
      clauseHistoryMs: round(clauseHistoryMs),
      clauseHistoryEntries: history?.entries.length ?? 0,
      compareMs: round(compareMs),
      reconstructMs: round(reconstructMs),
      createVersionMs: round(createVersionMs),
      trackOnLoadMs: round(trackOnLoadMs),
      setupMs: round(setupMs),
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first Y.XmlText of every paragraph in the body (the editor's typing targets). */
function paragraphTexts(doc: Y.Doc): Y.XmlText[] {
  const out: Y.XmlText[] = [];
  for (const node of doc
    .getXmlFragment(YDOC.body)
    .createTreeWalker((el) => el instanceof Y.XmlElement && el.nodeName === 'paragraph')) {
    const first = (node as Y.XmlElement).firstChild;
    if (first instanceof Y.XmlText) out.push(first);
  }
  // Paragraphs inside clauses only: the preamble is the first, the closing the last.
  return out.slice(1, -1);
}

const round = (ms: number) => Math.round(ms * 100) / 100;
