import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as errors from './index.ts';

const SERVER = join(import.meta.dirname, '..');

/** Arguments for every factory that needs some; a new factory with parameters adds a row here. */
const SAMPLES: Record<string, unknown[]> = {
  documentNotDraft: ['final'],
  documentNotFinal: ['signed'],
  staleHash: ['Pasal 3', 'Article 3'],
  suggestionNotFound: [['s1']],
  suggestionStale: [[{ id: 's1', clauseId: 'c1', removes: 'PARA PIHAK' }]],
  pendingSuggestions: ['Pasal 3', 2],
  documentNotAgreed: [
    [{ id: 'c1', state: 'partial', number: 3 }],
    [{ id: 'p1', state: 'changed', label: { id: 'Judul', en: 'Title' } }],
  ],
  documentIncomplete: [[{ key: 'title', label: { id: 'Judul', en: 'Title' } }]],
  brokenReferencesError: [[{ clauseId: 'c1', ayat: null }]],
  duplicateIdsError: [['c1']],
  invalidSigningDate: ['Tanggal tidak valid.', 'The date is not valid.'],
  signingMismatch: [{ date: '2025-06-23', place: 'Kota Jambi' }],
  addressLimited: [60],
  accountBackoff: [60],
  rateLimited: [30],
  tooLarge: [1024 * 1024],
  otherClientError: [418, "I'm a teapot"],
  recordLocked: ['Rapat pertama'],
  unknownClause: ['c9'],
  unitDuplicate: ['Dinas Sosial'],
  variantExists: ['Dinas Sosial'],
  notInCooperation: ['meetingId', 'rapat', 'a meeting'],
  required: ['title'],
  validation: ['title', 'Judul wajib diisi.', 'The title is required.'],
  exportTooLarge: [{ exportPasal: 300, exportParagraphs: 20_000 }],
  unknownOriginal: [2],
  approvalOtherUnit: ['Disdukcapil', true],
  noVariantsToExport: ['final'],
  'logoErrors.dimensions': [{ logoMinSide: 64, logoMaxSide: 4096 }, 10, 20],
  'logoErrors.tooLarge': [1024 * 1024],
  'importErrors.tooLarge': [10 * 1024 * 1024],
  'importErrors.unzippedTooLarge': [50 * 1024 * 1024],
  'importErrors.tooManyParagraphs': [20_000],
  'importErrors.tooManyPasal': [300, 301],
  'importErrors.tooMuchText': [1_000_000],
  'reportErrors.fileTooLarge': ['laporan.pdf', 10 * 1024 * 1024],
  'reportErrors.tooManyFiles': [5],
  'reportErrors.tooLarge': [10 * 1024 * 1024, 5],
  'reportErrors.unsupportedFile': ['setup.pdf'],
  'reportErrors.invalid': ['status'],
};

/** Builders that take the id as an argument: they define no id of their own. */
const BUILDERS = new Set(['appError', 'badRequest', 'conflict', 'revived']);

/** Every factory exported from `server/errors`, by name (`logoErrors.tooLarge` for grouped ones). */
function factories(): [string, (...args: unknown[]) => unknown][] {
  const out: [string, (...args: unknown[]) => unknown][] = [];
  for (const [name, value] of Object.entries(errors)) {
    if (typeof value === 'function') {
      const isClass = /^class\b/.test(Function.prototype.toString.call(value));
      if (!isClass && !BUILDERS.has(name)) out.push([name, value as (...args: unknown[]) => unknown]);
    } else if (value && typeof value === 'object') {
      for (const [member, fn] of Object.entries(value)) {
        if (typeof fn === 'function') out.push([`${name}.${member}`, fn as (...args: unknown[]) => unknown]);
      }
    }
  }
  return out;
}

const ID = String.raw`'([a-z_]+(?:\.[a-z_]+)+|internal)'`;
/** A literal id given to an error constructor or builder, or as `forbidden`'s default. */
const DEFINITION = new RegExp(
  String.raw`(?:\b(?:AppError|DetailedAppError|appError|badRequest|conflict|forbidden)\(\s*|\bid = )${ID}`,
  'g',
);

/** Where each literal error id is written, by id, across the given sources. */
function idDefinitions(sources: { path: string; text: string }[]): Map<string, string[]> {
  const where = new Map<string, string[]>();
  for (const { path, text } of sources) {
    for (const match of text.matchAll(DEFINITION)) {
      const id = match[1] as string;
      where.set(id, [...(where.get(id) ?? []), path]);
    }
  }
  return where;
}

const duplicates = (where: Map<string, string[]>) => [...where].filter(([, paths]) => paths.length > 1);

function serverSources(dir = SERVER): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return serverSources(path);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) return [];
    return [{ path: relative(SERVER, path), text: readFileSync(path, 'utf8') }];
  });
}

describe('server/errors', () => {
  it('writes every error id once in the server', () => {
    const where = idDefinitions(serverSources());
    expect(where.size).toBeGreaterThan(60);
    expect(duplicates(where)).toEqual([]);
  });

  it('finds an id written twice', () => {
    const where = idDefinitions([
      { path: 'a.ts', text: "badRequest('export.unsupported_kind', 'Hanya PKS.', 'Only a PKS.')" },
      { path: 'b.ts', text: "new AppError(\n    'export.unsupported_kind',\n    400, 'x', 'y')" },
    ]);
    expect(duplicates(where)).toEqual([['export.unsupported_kind', ['a.ts', 'b.ts']]]);
  });

  it('gives every factory a stable id, a status and both languages', () => {
    const all = factories();
    expect(all.length).toBeGreaterThan(50);
    for (const [name, make] of all) {
      const args = SAMPLES[name];
      if (make.length > 0) expect(args, `${name} needs a row in SAMPLES`).toBeDefined();
      const error = make(...(args ?? []));
      expect(error, name).toBeInstanceOf(errors.AppError);
      const { id, status, message, messageEn } = error as errors.AppError;
      expect(id, name).toMatch(/^([a-z_]+(\.[a-z_]+)+|internal)$/);
      expect(status, name).toBeGreaterThanOrEqual(400);
      expect(status, name).toBeLessThan(600);
      expect(message.trim(), `${name}: Indonesian`).not.toBe('');
      expect(messageEn.trim(), `${name}: English`).not.toBe('');
      expect(message, `${name}: the two languages differ`).not.toBe(messageEn);
    }
  });
});
