import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seedDocument } from '../collab/testing.ts';
import { type DB, openDatabase } from '../db/connection.ts';
import { MeasuredUpdateStore, MeasuredWordThread } from './measured.ts';
import { ServerMetrics } from './serverMetrics.ts';

let dir: string;
let db: DB;
let metrics: ServerMetrics;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sepakat-metrics-'));
  db = openDatabase(join(dir, 'db.sqlite'));
  metrics = new ServerMetrics();
});
afterEach(() => {
  metrics.stop();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const update = (text: string) => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
};

describe('the measured update store', () => {
  it('times each append as one commit and counts its updates by author', () => {
    const store = new MeasuredUpdateStore(db, { logFile: true }, metrics);
    const doc = seedDocument(db);
    store.append([
      { documentId: doc, userId: 'u-owner', data: update('a') },
      { documentId: doc, userId: null, data: update('b') },
      { documentId: doc, userId: 'u-owner', data: update('c') },
    ]);
    store.append([{ documentId: doc, userId: 'u-owner', data: update('d') }]);
    expect(metrics.updatesLogged.value({ author: 'person' })).toBe(3);
    expect(metrics.updatesLogged.value({ author: 'server' })).toBe(1);
    const count = metrics.render().match(/^sepakat_update_log_commit_seconds_count (\d+)$/m)?.[1];
    expect(count).toBe('2');
    expect(store.count(doc)).toBe(4);
    store.close();
  });

  it('counts a failed append as a failure, its time observed, nothing logged', () => {
    const store = new MeasuredUpdateStore(db, { logFile: false }, metrics);
    expect(() =>
      store.append([{ documentId: 'no-such-document', userId: 'u-owner', data: update('a') }]),
    ).toThrow();
    expect(metrics.commitFailures.value()).toBe(1);
    expect(metrics.updatesLogged.value({ author: 'person' })).toBe(0);
    expect(metrics.render()).toContain('sepakat_update_log_commit_seconds_count 1\n');
  });
});

describe('the measured Word thread', () => {
  it('counts jobs in flight, then each by outcome with its time', async () => {
    const word = new MeasuredWordThread({ error() {} }, metrics);
    try {
      const zipped = word.run('zip', [{ name: 'a.txt', data: new Uint8Array([1, 2, 3]) }], new Date(0));
      const logo = word.run('logo', new Uint8Array([1, 2, 3]), {
        logoMinSide: 16,
        logoMaxSide: 64,
      });
      // Its refusal is taken at once: it may come before the zip's answer.
      const refused = logo.then(
        () => null,
        (err: unknown) => err,
      );
      expect(metrics.wordRunning.value({ job: 'zip' })).toBe(1);
      expect(metrics.wordRunning.value({ job: 'logo' })).toBe(1);
      expect((await zipped).byteLength).toBeGreaterThan(0);
      expect(await refused).toMatchObject({ id: 'logo.unsupported' });
      expect(metrics.wordRunning.value({ job: 'zip' })).toBe(0);
      expect(metrics.wordRunning.value({ job: 'logo' })).toBe(0);
      expect(metrics.wordJobs.value({ job: 'zip', outcome: 'done' })).toBe(1);
      expect(metrics.wordJobs.value({ job: 'logo', outcome: 'failed' })).toBe(1);
      expect(metrics.render()).toMatch(/^sepakat_word_job_seconds_count\{job="zip"\} 1$/m);
    } finally {
      await word.close();
    }
  });
});
