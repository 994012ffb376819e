import { describe, expect, it } from 'vitest';
import { ayat, clause, p } from '../../document/fixtures.ts';
import { previewLines } from './previewLines.ts';

describe('previewing a library clause', () => {
  it('numbers ayat and letters as the document will, without the heading', () => {
    const letters = {
      type: 'letterList',
      content: [
        { type: 'letterItem', content: [p('bencana alam;')] },
        { type: 'letterItem', content: [p('wabah penyakit.')] },
      ],
    };
    const kahar = clause(
      'k',
      'KEADAAN KAHAR',
      p('Pembuka.'),
      ayat(['a1', 'Keadaan kahar meliputi:'], ['a2', 'Pemberitahuan.']),
    );
    kahar.content![2]!.content![0]!.content!.push(letters);
    expect(previewLines(kahar)).toEqual([
      { label: null, text: 'Pembuka.', depth: 0 },
      { label: '(1)', text: 'Keadaan kahar meliputi:', depth: 0 },
      { label: 'a.', text: 'bencana alam;', depth: 1 },
      { label: 'b.', text: 'wabah penyakit.', depth: 1 },
      { label: '(2)', text: 'Pemberitahuan.', depth: 0 },
    ]);
  });
});

describe('previewing a clause that refers to its own ayat', () => {
  it('reads the reference as the document will: "ayat (1)"', () => {
    const sanksi = clause('s', 'SANKSI', ayat(['s1', 'Teguran tertulis.'], ['s2', '']));
    sanksi.content![1]!.content![1]!.content = [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Dalam hal teguran sebagaimana dimaksud pada ' },
          { type: 'clauseRef', attrs: { clauseId: 's', ayat: 's1' } },
          { type: 'text', text: ' tidak ditindaklanjuti.' },
        ],
      },
    ];
    expect(previewLines(sanksi).map((l) => `${l.label} ${l.text}`)).toEqual([
      '(1) Teguran tertulis.',
      '(2) Dalam hal teguran sebagaimana dimaksud pada ayat (1) tidak ditindaklanjuti.',
    ]);
  });
});
