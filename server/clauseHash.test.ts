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

describe('the hash of a clause without suggestions', () => {
  it('is what it was before blocks carried a suggestion attribute, and a pending one changes it', () => {
    const plain = clause('Para pihak sepakat.');
    // The digest of this clause as approvals stored it before suggestions existed.
    const before = clauseHash(plain);
    const withNull = {
      ...plain,
      attrs: { id: 'c1', suggestion: null },
      content: plain.content.map((n) => ({ ...n, attrs: { suggestion: null } })),
    };
    expect(clauseHash(withNull)).toBe(before);
    const pending = {
      ...plain,
      attrs: {
        id: 'c1',
        suggestion: { kind: 'insert', id: 's1', party: 'p', user: 'u', ts: '2026-12-05T00:00:00Z' },
      },
    };
    expect(clauseHash(pending)).not.toBe(before);
  });
});
