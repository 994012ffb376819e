import { describe, expect, it } from 'vitest';
import { decodeEntities, parseHtml } from './html.ts';
import { flatten } from './lines.ts';

describe('parseHtml and flatten', () => {
  it('reads mammoth-style HTML into lines with marks, breaks, lists and table rows', () => {
    const html =
      '<p><strong>Pasal 1</strong><br />MAKSUD</p><p>a &amp; b <em>miring <u>garis</u></em></p>' +
      '<ol><li>satu<ol><li>dalam</li></ol></li><li>dua</li></ol>' +
      '<table><tr><td><p>A</p><p>B</p></td><td>C</td></tr></table><p><img src="x.png" />teks</p>';
    const { lines, images } = flatten(parseHtml(html));
    expect(lines.map((l) => l.text)).toEqual([
      'Pasal 1\nMAKSUD',
      'a & b miring garis',
      'satu',
      'dalam',
      'dua',
      'A\nB | C',
      'teks',
    ]);
    expect(lines[1]!.runs).toEqual([
      { text: 'a & b ', marks: [] },
      { text: 'miring ', marks: ['italic'] },
      { text: 'garis', marks: ['italic', 'underline'] },
    ]);
    expect(lines.slice(2, 5).map((l) => l.list)).toEqual([
      { ordered: true, depth: 0 },
      { ordered: true, depth: 1 },
      { ordered: true, depth: 0 },
    ]);
    expect(lines[5]!.table).toBe(0);
    expect(images).toBe(1);
  });

  it('tolerates unclosed and stray tags', () => {
    const { lines } = flatten(parseHtml('<p>satu<strong>tebal</p><p>dua</span></p>tiga'));
    expect(lines.map((l) => l.text)).toEqual(['satutebal', 'dua', 'tiga']);
  });

  it('decodes named and numeric character references', () => {
    expect(decodeEntities('&lt;a&gt; &quot;x&quot; &#39;y&#39; &#x2014; &nbsp;')).toBe(
      '<a> "x" \'y\' — \u00a0',
    );
  });
});
