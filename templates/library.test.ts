import { describe, expect, it } from 'vitest';
import { CHECKLIST, headingMatches } from '../shared/checklist.ts';
import { type PMJSON, textOf } from '../shared/clauses.ts';
import { agreementSchema } from '../shared/schema/index.ts';
import { NODE } from '../shared/schema/names.ts';
import { CLAUSE_FILES } from './clauses/index.ts';
import { clauseFromLibrary, listClauseLibrary } from './library.ts';

const ids = (node: PMJSON): string[] => [
  ...(node.attrs?.id ? [String(node.attrs.id)] : []),
  ...(node.content ?? []).flatMap(ids),
];

describe('clause library files', () => {
  it('has the standard clauses the drafters ask for', () => {
    const keys = CLAUSE_FILES.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of [
      'keadaan-kahar',
      'penyelesaian-perselisihan',
      'jangka-waktu',
      'penghubung',
      'pengakhiran',
      'perubahan',
      'sanksi',
      'pembiayaan',
      'kerahasiaan',
      'hak-dan-kewajiban',
      'monitoring-evaluasi',
      'pelaporan',
    ]) {
      expect(keys).toContain(key);
    }
  });

  it.each(CLAUSE_FILES.map((e) => [e.key, e] as const))('%s is a valid, bilingual clause', (_key, entry) => {
    expect(entry.title.id && entry.title.en).toBeTruthy();
    expect(entry.textEn?.length).toBeGreaterThan(40);
    expect(entry.kinds.length).toBeGreaterThan(0);
    expect(entry.kinds.every((k) => k === 'mou' || k === 'pks')).toBe(true);
    const clause = clauseFromLibrary(entry.key, entry.kinds[0])!;
    expect(clause.type).toBe(NODE.clause);
    const doc = agreementSchema().nodeFromJSON({ type: 'doc', content: [clause] });
    expect(() => doc.check()).not.toThrow();
    expect(JSON.stringify(clause)).not.toContain('{{');
  });

  it.each(CLAUSE_FILES.filter((e) => e.checklist).map((e) => [e.key, e] as const))(
    '%s is recognised by the completeness check as its section',
    (_key, entry) => {
      const rule = CHECKLIST.find((r) => r.key === entry.checklist);
      expect(rule).toBeDefined();
      expect(headingMatches(rule!, textOf(entry.clause.content![0]!))).toBe(true);
    },
  );
});

describe('clauseFromLibrary', () => {
  it('gives fresh ids on every insertion', () => {
    const a = ids(clauseFromLibrary('keadaan-kahar')!);
    const b = ids(clauseFromLibrary('keadaan-kahar')!);
    expect(a.length).toBe(5); // the clause and its four ayat
    expect(a.filter((id) => b.includes(id) || id.startsWith('lib-'))).toEqual([]);
  });

  it('names the document it is inserted into', () => {
    expect(textOf(clauseFromLibrary('jangka-waktu', 'mou')!)).toContain('Nota Kesepakatan ini berlaku');
    expect(textOf(clauseFromLibrary('jangka-waktu', 'pks')!)).toContain('Perjanjian Kerja Sama ini berlaku');
  });

  it('returns null for an unknown key', () => {
    expect(clauseFromLibrary('tidak-ada')).toBeNull();
  });
});

describe('listClauseLibrary', () => {
  const keys = (query?: string, kind?: 'mou' | 'pks') => listClauseLibrary(query, kind).map((i) => i.key);

  it('lists everything without a query', () => {
    expect(keys()).toEqual(CLAUSE_FILES.map((e) => e.key));
  });

  it('finds by Indonesian or English title, tag or text, ignoring case and accents', () => {
    expect(keys('kahar')[0]).toBe('keadaan-kahar');
    expect(keys('FORCE MAJEURE')[0]).toBe('keadaan-kahar');
    expect(keys('force majeuré')[0]).toBe('keadaan-kahar');
    expect(keys('sengketa')).toEqual(['penyelesaian-perselisihan']);
    expect(keys('adendum')[0]).toBe('perubahan');
    expect(keys('narahubung')).toEqual(['penghubung']);
    expect(keys('data pribadi')).toContain('pertukaran-data');
  });

  it('ranks title matches above text matches', () => {
    // "sanksi" is the title of one clause and a word in the text of the force-majeure clause.
    expect(keys('sanksi', 'pks')).toEqual(['sanksi', 'keadaan-kahar']);
  });

  it('requires every word of the query', () => {
    expect(keys('kahar sengketa')).toEqual([]);
  });

  it('filters by document kind', () => {
    expect(keys(undefined, 'mou')).not.toContain('sanksi');
    expect(keys(undefined, 'pks')).toContain('sanksi');
  });

  it('carries readable text in both languages for the picker', () => {
    const [item] = listClauseLibrary('jangka waktu', 'mou');
    expect(item!.textId).toContain('Nota Kesepakatan ini berlaku untuk jangka waktu 5 (lima) tahun');
    expect(item!.textEn).toContain('This Memorandum of Understanding is valid for 5 (five) years');
  });
});
