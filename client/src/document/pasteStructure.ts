import { Fragment, type Node as PMNode, type Schema } from '@tiptap/pm/model';
import { type EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { newId } from '../../../shared/ids.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { TYPED_PASAL } from './clauseCommands.ts';
import { nodeType } from './nodeType.ts';
import { topLevelAt } from './topLevel.ts';

const PASAL_WITH_HEADING = /^\s*pasal\s+(?:\d+[a-z]?|[ivxlc]+)\s*[.:\-–]?\s+(.+)$/i;
const BAB = /^\s*bab\s+([ivxlc]+|\d+)\s*[.:\-–]?\s*(.*)$/i;
const AYAT = /^\s*\(\d+\)[\s\u00a0]*/;
const LETTER = /^\s*[a-z][.)][\s\u00a0]+/;

const isCaps = (text: string) => text === text.toUpperCase() && /[A-Z]/.test(text);

/** Could this line be a Pasal heading ("MAKSUD DAN TUJUAN")? Short and not a numbered line. */
const looksLikeHeading = (text: string) =>
  text.trim().length > 0 &&
  text.length <= 120 &&
  !AYAT.test(text) &&
  !LETTER.test(text) &&
  !TYPED_PASAL.test(text);

/** A clause being assembled from pasted lines. */
interface Draft {
  heading: PMNode;
  body: PMNode[];
}

/**
 * Turns pasted lines — from Word, a PDF or plain text — into the agreement's structure:
 * "Pasal N" + heading line become a clause, "(1) …" lines ayat, "a. …" lines letters,
 * "BAB I" + title a chapter. Returns null when the paste has no "Pasal N" line, so ordinary
 * pastes keep ProseMirror's own handling.
 */
export function structurePasted(content: Fragment, schema: Schema): Fragment | null {
  const nodes: PMNode[] = [];
  content.forEach((n) => {
    nodes.push(n);
  });
  const hasPasal = nodes.some(
    (n) =>
      n.type.name === NODE.paragraph &&
      (TYPED_PASAL.test(n.textContent) || PASAL_WITH_HEADING.test(n.textContent)),
  );
  if (!hasPasal) return null;

  const paragraph = nodeType(schema, NODE.paragraph);
  const clause = nodeType(schema, NODE.clause);
  const clauseHeading = nodeType(schema, NODE.clauseHeading);
  const chapter = nodeType(schema, NODE.chapter);
  const ayatList = nodeType(schema, NODE.ayatList);
  const ayatItem = nodeType(schema, NODE.ayatItem);
  const letterList = nodeType(schema, NODE.letterList);
  const letterItem = nodeType(schema, NODE.letterItem);
  const out: PMNode[] = [];
  let draft: Draft | null = null;
  let expectHeading = false;
  let expectChapterTitle: PMNode | null = null;

  const flush = () => {
    if (draft) out.push(clause.create({ id: newId() }, [draft.heading, ...draft.body]));
    draft = null;
  };
  const stripped = (p: PMNode, re: RegExp) => {
    const marker = re.exec(p.textContent)?.[0].length ?? 0;
    return paragraph.create(p.attrs, p.content.cut(marker), p.marks);
  };
  /** Append an item to the list that ends `body`, or start that list. */
  const appendItem = (body: PMNode[], listType: typeof ayatList, item: PMNode) => {
    const last = body[body.length - 1];
    if (last?.type === listType) body[body.length - 1] = last.copy(last.content.addToEnd(item));
    else body.push(listType.create(null, item));
  };

  for (const node of nodes) {
    const text = node.type.name === NODE.paragraph ? node.textContent : null;
    if (text === null) {
      (draft ? (draft as Draft).body : out).push(node);
      continue;
    }
    if (expectChapterTitle) {
      const title = text.trim();
      out.push(chapter.create({ id: newId() }, title ? schema.text(title) : null));
      expectChapterTitle = null;
      if (title) continue;
    }
    if (!text.trim()) continue; // empty lines between Word paragraphs carry nothing
    const bab = BAB.exec(text);
    if (bab) {
      flush();
      const babTitle = (bab[2] ?? '').trim();
      if (babTitle) out.push(chapter.create({ id: newId() }, schema.text(babTitle)));
      else expectChapterTitle = node;
      continue;
    }
    const headingLine = PASAL_WITH_HEADING.exec(text)?.[1];
    if (TYPED_PASAL.test(text) || (headingLine !== undefined && isCaps(headingLine))) {
      flush();
      const headingText = headingLine !== undefined && !TYPED_PASAL.test(text) ? headingLine.trim() : '';
      draft = {
        heading: clauseHeading.create(null, headingText ? schema.text(headingText) : null),
        body: [],
      };
      expectHeading = !headingText;
      continue;
    }
    if (!draft) {
      out.push(node);
      continue;
    }
    const current = draft as Draft;
    if (expectHeading && looksLikeHeading(text)) {
      // A heading takes no footnote: a pasted one stays in the text, after the heading.
      const notes: PMNode[] = [];
      const words: PMNode[] = [];
      node.content.forEach((n) => {
        (n.type.name === NODE.footnote ? notes : words).push(n);
      });
      current.heading = clauseHeading.create(null, words);
      if (notes.length) current.body.push(paragraph.create(null, notes));
      expectHeading = false;
      continue;
    }
    expectHeading = false;
    if (AYAT.test(text)) {
      appendItem(current.body, ayatList, ayatItem.create({ id: newId() }, stripped(node, AYAT)));
    } else if (LETTER.test(text)) {
      const item = letterItem.create(null, stripped(node, LETTER));
      const last = current.body[current.body.length - 1];
      if (last?.type === ayatList) {
        // "a." lines under an ayat belong to that ayat.
        const ayat = last.lastChild!;
        const inner: PMNode[] = [];
        ayat.forEach((n) => {
          inner.push(n);
        });
        appendItem(inner, letterList, item);
        const items: PMNode[] = [];
        last.forEach((n) => {
          items.push(n);
        });
        items[items.length - 1] = ayat.copy(Fragment.from(inner));
        current.body[current.body.length - 1] = last.copy(Fragment.from(items));
      } else {
        appendItem(current.body, letterList, item);
      }
    } else {
      current.body.push(node);
    }
  }
  if (expectChapterTitle) out.push(chapter.create({ id: newId() }));
  flush();
  return Fragment.from(out);
}

/**
 * Insert structured sections where the cursor is: replacing an empty top-level paragraph,
 * else after the current top-level node (before the closing formula when in it).
 */
export function insertSections(state: EditorState, sections: Fragment): Transaction {
  const top = topLevelAt(state.doc, state.selection.from);
  const tr = state.tr;
  let at = 0;
  if (top && top.node.type.name === NODE.paragraph && top.node.content.size === 0) {
    tr.replaceWith(top.from, top.to, sections);
    at = top.from;
  } else {
    at = top ? (top.node.type.name === NODE.closing ? top.from : top.to) : 0;
    tr.insert(at, sections);
  }
  const end = at + sections.size;
  const selection = TextSelection.findFrom(tr.doc.resolve(Math.min(end, tr.doc.content.size)), -1, true);
  if (selection) tr.setSelection(selection);
  return tr.scrollIntoView();
}
