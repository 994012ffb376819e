import { describe, expect, it } from 'vitest';
import { documentText } from './documentText.ts';
import { ayat, chapter, clause, doc, p } from './fixtures.ts';

describe('documentText', () => {
  it('is the document’s textContent, and follows a changed Pasal', () => {
    const first = doc(
      chapter('c', 'UMUM'),
      clause('a', 'SATU', p('PIHAK'), ayat(['x', 'KESATU'])),
      clause('b', 'DUA', p('isi')),
    );
    expect(documentText(first)).toBe(first.textContent);
    const changed = first.replace(
      first.child(0).nodeSize,
      first.child(0).nodeSize + first.child(1).nodeSize,
      doc(clause('a', 'SATU', p('PIHAK KESATU'))).slice(0),
    );
    expect(documentText(changed)).toBe(changed.textContent);
    expect(documentText(changed)).toContain('PIHAK KESATU');
  });
});
