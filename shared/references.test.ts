import { describe, expect, it } from 'vitest';
import { brokenReferences, outlineOf, type PMJSON } from './clauses.ts';
import { clauseText } from './clauseText.ts';
import { referenceParts, referenceText, resolveReference } from './references.ts';

const text = (t: string): PMJSON => ({ type: 'text', text: t });
const ref = (clauseId: string, ayat: string | null = null): PMJSON => ({
  type: 'clauseRef',
  attrs: { clauseId, ayat },
});
const p = (...content: PMJSON[]): PMJSON => ({ type: 'paragraph', content });
const ayatList = (...items: [string, PMJSON][]): PMJSON => ({
  type: 'ayatList',
  content: items.map(([id, para]) => ({ type: 'ayatItem', attrs: { id }, content: [para] })),
});
const clause = (id: string, heading: string, ...body: PMJSON[]): PMJSON => ({
  type: 'clause',
  attrs: { id },
  content: [{ type: 'clauseHeading', content: [text(heading)] }, ...body],
});
const doc = (...content: PMJSON[]): PMJSON => ({ type: 'doc', content });

/** Pasal 1 with two ayat, the second citing the first; Pasal 2 citing Pasal 1 ayat (1). */
const sample = (extraAyat: [string, PMJSON][] = []) =>
  doc(
    clause(
      'jangka',
      'JANGKA WAKTU',
      ayatList(
        ...extraAyat,
        ['jangka-1', p(text('Berlaku 5 (lima) tahun.'))],
        [
          'jangka-2',
          p(text('Perpanjangan sebagaimana dimaksud pada '), ref('jangka', 'jangka-1'), text('.')),
        ],
      ),
    ),
    clause('akhir', 'PENGAKHIRAN', p(text('Berakhir sesuai '), ref('jangka', 'jangka-1'), text('.'))),
  );

describe('referenceText: how a reference reads from where it sits', () => {
  const outline = outlineOf(sample());

  it('names only the ayat inside the target Pasal', () => {
    expect(referenceText(outline, 'jangka', 'jangka-1', 'jangka')).toBe('ayat (1)');
  });

  it('names the Pasal and the ayat from another Pasal, the preamble or the closing', () => {
    expect(referenceText(outline, 'jangka', 'jangka-1', 'akhir')).toBe('Pasal 1 ayat (1)');
    expect(referenceText(outline, 'jangka', 'jangka-2', null)).toBe('Pasal 1 ayat (2)');
    expect(referenceText(outline, 'jangka', 'jangka-2')).toBe('Pasal 1 ayat (2)');
  });

  it('names a whole Pasal by number, and "Pasal ini" from inside itself', () => {
    expect(referenceText(outline, 'akhir', null, 'jangka')).toBe('Pasal 2');
    expect(referenceText(outline, 'akhir', null, 'akhir')).toBe('Pasal ini');
  });

  it('gives null for a Pasal or an ayat that is gone, wherever the reference sits', () => {
    expect(referenceText(outline, 'hilang', null, 'jangka')).toBeNull();
    expect(referenceText(outline, 'jangka', 'hilang', 'jangka')).toBeNull();
    expect(referenceText(outline, 'akhir', 'jangka-1', 'akhir')).toBeNull();
    expect(brokenReferences(doc(clause('a', 'A', p(ref('a', 'x')))))).toEqual([{ clauseId: 'a', ayat: 'x' }]);
  });

  it('gives the numbers apart for whoever builds its own text (a Word field)', () => {
    expect(referenceParts(outline, 'jangka', 'jangka-1', 'jangka')).toEqual({
      pasal: 1,
      ayat: 1,
      samePasal: true,
    });
    expect(referenceParts(outline, 'akhir', null, 'jangka')).toEqual({
      pasal: 2,
      ayat: null,
      samePasal: false,
    });
  });

  it('renumbers when an ayat is inserted before the target, in both Pasal', () => {
    expect(clauseText(sample().content![0]!, outline)).toBe(
      'JANGKA WAKTU\n(1) Berlaku 5 (lima) tahun.\n(2) Perpanjangan sebagaimana dimaksud pada ayat (1).',
    );
    const inserted = sample([['jangka-0', p(text('Ayat baru.'))]]);
    const after = outlineOf(inserted);
    expect(clauseText(inserted.content![0]!, after)).toBe(
      'JANGKA WAKTU\n(1) Ayat baru.\n(2) Berlaku 5 (lima) tahun.\n(3) Perpanjangan sebagaimana dimaksud pada ayat (2).',
    );
    expect(clauseText(inserted.content![1]!, after)).toBe('PENGAKHIRAN\nBerakhir sesuai Pasal 1 ayat (2).');
  });

  it('reads each reference of a whole document with the Pasal it sits in', () => {
    const body = doc(
      { type: 'preamble', content: [p(text('Lihat '), ref('jangka', 'jangka-1'))] },
      ...(sample().content ?? []),
      { type: 'closing', content: [p(text('Lihat '), ref('jangka', 'jangka-1'))] },
    );
    const lines = clauseText(body, outlineOf(body)).split('\n');
    expect(lines.filter((l) => /ayat \(1\)/.test(l))).toEqual([
      'Lihat Pasal 1 ayat (1)',
      '(2) Perpanjangan sebagaimana dimaksud pada ayat (1).',
      'Berakhir sesuai Pasal 1 ayat (1).',
      'Lihat Pasal 1 ayat (1)',
    ]);
  });
});

describe('resolveReference: typed numbers to a target', () => {
  const outline = outlineOf(sample());

  it('finds "Pasal 1 ayat (2)" anywhere and a bare "ayat (1)" in the Pasal it sits in', () => {
    expect(resolveReference(outline, { pasal: 1, ayat: 2 }, 'akhir')).toEqual({
      clauseId: 'jangka',
      ayat: 'jangka-2',
    });
    expect(resolveReference(outline, { pasal: 2, ayat: null })).toEqual({ clauseId: 'akhir', ayat: null });
    expect(resolveReference(outline, { pasal: null, ayat: 1 }, 'jangka')).toEqual({
      clauseId: 'jangka',
      ayat: 'jangka-1',
    });
  });

  it('gives null where no such Pasal or ayat exists, or a bare ayat sits outside any Pasal', () => {
    expect(resolveReference(outline, { pasal: 3, ayat: null })).toBeNull();
    expect(resolveReference(outline, { pasal: 1, ayat: 3 })).toBeNull();
    expect(resolveReference(outline, { pasal: 2, ayat: 1 })).toBeNull();
    expect(resolveReference(outline, { pasal: null, ayat: 1 }, null)).toBeNull();
  });
});
