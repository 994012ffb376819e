import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateMessage } from './fuzzing.ts';
import { UpdateStore } from './store.ts';
import {
  collabTestbed,
  createSampleDocument,
  memoryLog,
  paragraphText,
  prng,
  sleep,
  snapshot,
  storedSnapshot,
  waitFor,
} from './testing.ts';

const bed = collabTestbed();

describe('storage failure', () => {
  it('refuses edits it cannot store (read-only database): 4507, nothing broadcast, a log line', async () => {
    const log = memoryLog();
    const { t, id, clients } = await bed.open(['ed-alice', 'ed-budi'], {
      log,
      store: (_db, file) => new UpdateStore(new Database(file, { readonly: true })),
    });
    const [a, b] = clients;
    expect(snapshot(a.doc)).toContain('Para pihak sepakat.');

    paragraphText(a.doc, 0)!.insert(0, 'Tidak tersimpan. ');
    await waitFor(() => a.closes.includes(4507), 'storage failure close');
    await sleep(50);
    expect(snapshot(b.doc)).not.toContain('Tidak tersimpan.');
    expect(new UpdateStore(t.db).count(id)).toBe(1);
    expect(log.lines.some((l) => l.level === 'error' && /could not store/.test(l.msg ?? ''))).toBe(true);
  });

  it('accepts the edit once storage works again: the client kept it and resends it', async () => {
    const { t, id, clients } = await bed.open(['ed-alice', 'ed-budi']);
    const [a, b] = clients;
    t.db.pragma('query_only = ON');
    // The log file takes this one (it is durable there); folding it into SQLite fails...
    paragraphText(a.doc, 0)!.insert(0, 'Sudah di berkas. ');
    await waitFor(() => snapshot(b.doc).includes('Sudah di berkas. '), 'the first edit, stored in the file');
    expect(() => t.store.fold()).toThrow();
    // ...and from then on edits are refused until the database takes the file's records.
    paragraphText(a.doc, 0)!.insert(0, 'Akhirnya tersimpan. ');
    await waitFor(() => a.closes.includes(4507), 'storage failure close');
    expect(snapshot(b.doc)).not.toContain('Akhirnya tersimpan.');
    t.db.pragma('query_only = OFF');
    await waitFor(() => snapshot(b.doc).includes('Akhirnya tersimpan. '), 'edit arrives after recovery');
    t.server.flush();
    expect(storedSnapshot(t.store, id)).toContain('Akhirnya tersimpan. Sudah di berkas. ');
  });
});

/** An update that Yjs decodes but fails to apply on top of `base` (found by seeded mutation). */
function poisonUpdate(base: Y.Doc): Uint8Array {
  const source = new Y.Doc();
  source.clientID = 77;
  Y.applyUpdate(source, Y.encodeStateAsUpdate(base));
  const updates: Uint8Array[] = [];
  source.on('update', (u: Uint8Array) => updates.push(u));
  const text = paragraphText(source, 0)!;
  text.insert(0, 'Racun ');
  text.format(0, 5, { bold: {} });
  source.getMap('meta').set('x', 'y');
  const rand = prng(3);
  for (let i = 0; i < 100_000; i++) {
    const out = Uint8Array.from(updates[Math.floor(rand() * updates.length)]!);
    for (let j = 0; j < 2; j++) out[Math.floor(rand() * out.length)] = Math.floor(rand() * 256);
    try {
      Y.decodeUpdate(out);
    } catch {
      continue;
    }
    const probe = new Y.Doc();
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(base));
    try {
      Y.applyUpdate(probe, out);
    } catch {
      return out;
    }
  }
  throw new Error('no poison update found');
}

describe('unreadable input and storage', () => {
  it('an update that fails halfway is refused (4422); the document is rebuilt without it and nobody else is disturbed', async () => {
    const { t, id, clients } = await bed.open(['ed-alice', 'ed-mallory']);
    const [a, m] = clients;
    paragraphText(a.doc, 1)!.insert(0, 'Sebelum. ');
    await waitFor(() => snapshot(m.doc).includes('Sebelum. '), 'first edit');
    const stored = t.store.count(id);

    const bad = poisonUpdate(m.doc);
    m.provider.shouldConnect = false;
    m.send(updateMessage(bad));
    await waitFor(() => m.closes.includes(4422), 'sender refused with 4422');
    expect(t.store.count(id)).toBe(stored);

    paragraphText(a.doc, 1)!.insert(0, 'Sesudah. ');
    await waitFor(() => t.store.count(id) === stored + 1, 'later edit stored');
    expect(storedSnapshot(t.store, id)).toBe(snapshot(a.doc));
    expect(a.closes).toEqual([]);
  });

  it('opens a document whose log holds an unreadable update, skipping only that update', async () => {
    const log = memoryLog();
    const t = await bed.start({ log });
    const id = createSampleDocument(t);
    t.store.append([{ documentId: id, userId: null, data: new Uint8Array([1, 1, 200, 3, 0, 9, 9, 9]) }]);
    const a = bed.client(id, 'ed-alice');
    await a.synced();
    expect(snapshot(a.doc)).toContain('Para pihak sepakat.');
    expect(log.lines.some((l) => /skipping unreadable/.test(l.msg ?? ''))).toBe(true);
  });
});
