import { describe, expect, it } from 'vitest';
import { distinctTitle, distinctTitles } from './documentTitles.ts';

const doc = (id: string, kind: 'mou' | 'pks', title: string) => ({ id, kind, title });

describe('telling documents of one title apart', () => {
  it('leaves a title used once as it is', () => {
    const docs = [doc('a', 'mou', 'Nota Kesepakatan'), doc('b', 'pks', 'Perjanjian Kerja Sama')];
    expect([...distinctTitles(docs).values()]).toEqual(['Nota Kesepakatan', 'Perjanjian Kerja Sama']);
  });

  it('numbers documents of one kind and one title in the list order, whatever the case and spaces', () => {
    const docs = [
      doc('a', 'pks', 'Perjanjian Kerja Sama'),
      doc('b', 'pks', 'perjanjian  kerja sama '),
      doc('c', 'mou', 'Nota Kesepakatan'),
    ];
    expect(distinctTitles(docs).get('a')).toBe('Perjanjian Kerja Sama (1)');
    expect(distinctTitles(docs).get('b')).toBe('perjanjian  kerja sama (2)');
    expect(distinctTitle(docs, docs[2]!)).toBe('Nota Kesepakatan');
  });

  it('names the kind when the kinds differ, and numbers within a kind', () => {
    const docs = [
      doc('a', 'mou', 'Kerja Sama Pelayanan'),
      doc('b', 'pks', 'Kerja Sama Pelayanan'),
      doc('c', 'pks', 'Kerja Sama Pelayanan'),
    ];
    expect([...distinctTitles(docs).values()]).toEqual([
      'Kerja Sama Pelayanan (MoU)',
      'Kerja Sama Pelayanan (PKS 1)',
      'Kerja Sama Pelayanan (PKS 2)',
    ]);
  });
});
