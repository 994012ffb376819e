import { describe, expect, it } from 'vitest';
import { clauseHash as sharedHash } from '../shared/clauses.ts';
import { clauseHash } from './clauseHash.ts';

const clause = (text: string, marks: { type: string }[] = []) => ({
  type: 'clause',
  attrs: { id: 'c1' },
  content: [
    { type: 'clauseHeading', content: [{ type: 'text', text: 'Ruang Lingkup' }] },
    { type: 'paragraph', content: [{ type: 'text', text, marks }] },
  ],
});

describe('server clause hash', () => {
  it('is the hash the browser computes, for plain, marked and non-ASCII text', () => {
    for (const node of [
      clause('Para pihak sepakat.'),
      clause('Pasal 3 — “pengaduan” dan ½ biaya; 🙂', [{ type: 'bold' }]),
      clause(''),
    ]) {
      expect(clauseHash(node)).toBe(sharedHash(node));
      expect(clauseHash(node)).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(clauseHash(clause('a'))).not.toBe(clauseHash(clause('b')));
  });
});
