import type { ReplyParagraph } from '../../../shared/api/suggestionImport.ts';
import type { PMJSON } from '../../../shared/clauses.ts';
import { newId } from '../../../shared/ids.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { normalText } from './suggestionsInline.ts';

/**
 * The blocks a Word reply's import writes whole into a Pasal: a new Pasal laid out from the
 * file's paragraphs and their Word numbering, and a Pasal's body moving into the Pasal before.
 */

/** An ayat number typed as text at a paragraph's start ("(2) "), when Word's own numbering is not used. */
const TYPED_AYAT = /^\((\d{1,3})\)\s+/;

/**
 * A new Pasal's heading and body from the file's paragraphs: the first is the heading; a
 * paragraph Word numbers as an ayat ("(1)", or typed so) is an ayat of the Pasal, one numbered
 * as a letter a letter (under the ayat before it, if any), a bulleted one a bullet; the rest
 * are paragraphs of the Pasal.
 */
export function newPasalContent(paragraphs: ReplyParagraph[]): PMJSON[] {
  const lines = paragraphs.map((p) => ({ text: normalText(p.theirs), list: p.list })).filter((l) => l.text);
  const [heading, ...rest] = lines;
  const content: PMJSON[] = [
    { type: NODE.clauseHeading, content: [{ type: NODE.text, text: heading?.text ?? '' }] },
  ];
  const paragraph = (t: string): PMJSON => ({
    type: NODE.paragraph,
    content: [{ type: NODE.text, text: t }],
  });
  /** The list of `type` ending `blocks`, appended when they end otherwise. */
  const listAtEnd = (blocks: PMJSON[], type: string): PMJSON => {
    const last = blocks[blocks.length - 1];
    if (last?.type === type) return last;
    const list: PMJSON = { type, content: [] };
    blocks.push(list);
    return list;
  };
  for (const line of rest) {
    const typed = TYPED_AYAT.exec(line.text);
    const kind = line.list ?? (typed ? 'ayat' : undefined);
    if (kind === 'ayat') {
      const text = typed && !line.list ? line.text.slice(typed[0].length) : line.text;
      listAtEnd(content, NODE.ayatList).content!.push({
        type: NODE.ayatItem,
        attrs: { id: newId() },
        content: [paragraph(text)],
      });
      continue;
    }
    if (kind === 'letter' || kind === 'bullet') {
      const [listType, itemType] =
        kind === 'letter' ? [NODE.letterList, NODE.letterItem] : [NODE.bulletList, NODE.listItem];
      // Under the ayat just before it, as the export prints a letter list inside its ayat.
      const last = content[content.length - 1];
      const ayat = last?.type === NODE.ayatList ? last.content![last.content!.length - 1] : undefined;
      listAtEnd(ayat ? ayat.content! : content, listType).content!.push({
        type: itemType,
        content: [paragraph(line.text)],
      });
      continue;
    }
    content.push(paragraph(line.text));
  }
  return content;
}

/**
 * Copies of a Pasal's blocks moving into the Pasal `into`: their ayat take new ids (the copy
 * lives beside the original until it is decided), and a reference to one of those ayat follows
 * it into `into`.
 */
export function movedBlocks(blocks: PMJSON[], from: string, into: string): PMJSON[] {
  const ids = new Map<string, string>();
  const fresh = (node: PMJSON): PMJSON => {
    const content = node.content?.map(fresh);
    let attrs = node.attrs;
    if (node.type === NODE.ayatItem) {
      const id = newId();
      ids.set(String(node.attrs?.id ?? ''), id);
      attrs = { ...node.attrs, id };
    }
    return { ...node, ...(attrs ? { attrs } : {}), ...(content ? { content } : {}) };
  };
  const follow = (node: PMJSON): PMJSON => {
    const ayat = String(node.attrs?.ayat ?? '');
    if (node.type === NODE.clauseRef && node.attrs?.clauseId === from && ids.has(ayat))
      return { ...node, attrs: { ...node.attrs, clauseId: into, ayat: ids.get(ayat) } };
    return node.content ? { ...node, content: node.content.map(follow) } : node;
  };
  return blocks.map(fresh).map(follow);
}
