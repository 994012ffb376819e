import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, parseDurability } from '../config.ts';
import { openDatabase } from './connection.ts';

const dir = mkdtempSync(join(tmpdir(), 'sepakat-durability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** SQLite's numbers for `synchronous`: 1 NORMAL, 2 FULL. */
const synchronous = (durability?: 'normal' | 'full') => {
  const db = openDatabase(join(dir, `${durability ?? 'default'}.db`), { durability });
  try {
    return {
      mode: db.pragma('journal_mode', { simple: true }),
      sync: db.pragma('synchronous', { simple: true }),
    };
  } finally {
    db.close();
  }
};

describe('durability', () => {
  it('is WAL with synchronous=NORMAL by default and FULL when asked', () => {
    expect(synchronous()).toEqual({ mode: 'wal', sync: 1 });
    expect(synchronous('normal')).toEqual({ mode: 'wal', sync: 1 });
    expect(synchronous('full')).toEqual({ mode: 'wal', sync: 2 });
  });

  it('is read from SEPAKAT_DURABILITY, and a typo fails at start', () => {
    expect(loadConfig({}).durability).toBe('normal');
    expect(loadConfig({ SEPAKAT_DURABILITY: 'full' }).durability).toBe('full');
    expect(parseDurability(' FULL ')).toBe('full');
    expect(() => parseDurability('fsync')).toThrow(/SEPAKAT_DURABILITY/);
  });
});
