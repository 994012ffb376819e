import { initProseMirrorDoc } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PMJSON } from '../../../shared/clauses.ts';
import { YDOC } from '../../../shared/protocol.ts';
import { agreementSchema, anchorRangeOf, MARK } from '../../../shared/schema/index.ts';
import { buildDocument, docToJSON } from '../../collab/convert.ts';
import { clause, doc, heading, p, ref } from '../../word/export/fixtures.ts';
import { markPointAnchor } from './anchor.ts';

const body = doc(
  clause(
    { id: 'pasal1' },
    heading('MAKSUD'),
    p('Para pihak sepakat bekerja sama.'),
    p('Kedua paragraf ini.'),
  ),
  clause(
    { id: 'pasal2' },
    heading('RUANG LINGKUP'),
    p('Sebagaimana dimaksud dalam ', ref('pasal1'), ' di atas.'),
  ),
);

/** Where `words` start in the document as ProseMirror sees it, and the range of them as relative positions. */
function select(ydoc: Y.Doc, from: string, to: string) {
  const { doc: pm, meta } = initProseMirrorDoc(ydoc.getXmlFragment(YDOC.body), agreementSchema());
  const at = (words: string, end: boolean) => {
    let found = -1;
    pm.descendants((node, pos) => {
      const i = found < 0 && node.isText ? (node.text ?? '').indexOf(words) : -1;
      if (i >= 0) found = pos + i + (end ? words.length : 0);
    });
    if (found < 0) throw new Error(words);
    return found;
  };
  const range = anchorRangeOf(pm, meta.mapping, at(from, false), at(to, true));
  if (!range) throw new Error('no range');
  return range;
}

/** The text marked with `pointId`, each run in document order, joined by "|". */
function marked(ydoc: Y.Doc, pointId: string): string {
  const runs: string[] = [];
  const walk = (n: PMJSON) => {
    if (
      n.type === 'text' &&
      n.marks?.some((m) => m.type === MARK.pointAnchor && m.attrs?.pointId === pointId)
    ) {
      runs.push(n.text ?? '');
    } else if (n.type === 'clauseRef' && n.marks?.some((m) => m.attrs?.pointId === pointId))
      runs.push('[ref]');
    for (const c of n.content ?? []) walk(c);
  };
  walk(docToJSON(ydoc).body);
  return runs.join('|');
}

/** The Y.XmlText of the paragraph whose text starts with `start`. */
function textOf(ydoc: Y.Doc, start: string): Y.XmlText {
  for (const el of ydoc.getXmlFragment(YDOC.body).createTreeWalker((e) => e instanceof Y.XmlText)) {
    if ((el as Y.XmlText).toString().startsWith(start)) return el as Y.XmlText;
  }
  throw new Error(start);
}

describe('markPointAnchor with anchorRangeOf', () => {
  it('marks exactly the selected words though text was typed right before and right after them', () => {
    const ydoc = buildDocument(body, {});
    const range = select(ydoc, 'Para pihak', 'sepakat');
    textOf(ydoc, 'Para').insert(0, 'Bahwa ');
    textOf(ydoc, 'Bahwa').insert('Bahwa Para pihak sepakat'.length, ' untuk');
    expect(markPointAnchor(ydoc, range, 'p1')).toBe(true);
    expect(marked(ydoc, 'p1')).toBe('Para pihak sepakat');
  });

  it('spans two paragraphs, and a cross-reference inside the selection', () => {
    const ydoc = buildDocument(body, {});
    expect(markPointAnchor(ydoc, select(ydoc, 'bekerja', 'Kedua'), 'p2')).toBe(true);
    expect(marked(ydoc, 'p2')).toBe('bekerja sama.|Kedua');
    expect(markPointAnchor(ydoc, select(ydoc, 'dalam', 'di atas'), 'p3')).toBe(true);
    // The reference itself (an atom) takes no mark; the words on both sides of it do.
    expect(marked(ydoc, 'p3')).toBe('dalam | di atas');
  });

  it('ignores positions that name a root type instead of a place in the text, and creates none', () => {
    const ydoc = buildDocument(body, {});
    const named = (name: string) =>
      Buffer.from(
        Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(new Y.Doc().getText(name), 0)),
      ).toString('base64');
    const roots = [...ydoc.share.keys()];
    expect(markPointAnchor(ydoc, { from: named('lain'), to: named('lagi') }, 'p5')).toBe(false);
    expect([...ydoc.share.keys()]).toEqual(roots);
  });

  it('changes nothing when the selected words were deleted', () => {
    const ydoc = buildDocument(body, {});
    const range = select(ydoc, 'Kedua', 'ini');
    textOf(ydoc, 'Kedua').delete(0, 'Kedua paragraf ini'.length);
    const before = Y.encodeStateVector(ydoc);
    expect(markPointAnchor(ydoc, range, 'p4')).toBe(false);
    expect(Y.encodeStateVector(ydoc)).toEqual(before);
  });
});
