import { describe, expect, it } from 'vitest';
import { wordingOfText } from '../../../shared/api/agreementSettings.ts';
import { documentWording } from './documentText.ts';
import { ayat, chapter, clause, doc, p } from './fixtures.ts';

describe('documentWording', () => {
  it('is the wording of the document’s text, and follows a changed Pasal', () => {
    const first = doc(
      chapter('c', 'UMUM'),
      clause('a', 'SATU', p('selanjutnya disebut PIHAK PERTAMA.'), ayat(['x', 'y'])),
      clause('b', 'DUA', p('isi')),
    );
    expect(documentWording(first, 'kesatu')).toBe('pertama');
    expect(documentWording(first, 'kesatu')).toBe(wordingOfText(first.textContent, 'kesatu'));
    const changed = first.replace(
      first.child(0).nodeSize + first.child(1).nodeSize,
      first.content.size,
      doc(clause('b', 'DUA', p('disebut PIHAK KESATU.'))).slice(0),
    );
    expect(documentWording(changed, 'pertama')).toBe('kesatu');
    expect(documentWording(changed, 'pertama')).toBe(wordingOfText(changed.textContent, 'pertama'));
  });

  it('falls back when neither wording is written', () => {
    const plain = doc(clause('a', 'SATU', p('PARA PIHAK sepakat')));
    expect(documentWording(plain, 'kesatu')).toBe('kesatu');
    expect(documentWording(plain, 'pertama')).toBe('pertama');
  });
});
