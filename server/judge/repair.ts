import type { NodeType, Node as PMNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { newId } from '../../shared/ids.ts';
import { YDOC } from '../../shared/protocol.ts';
import { agreementSchema } from '../../shared/schema/index.ts';
import { ID_NODES } from '../../shared/schema/names.ts';
import { yElementToJSON } from '../history/yjson.ts';
import { elementsById, isMoveCopy, topLevelOk } from './body.ts';
import {
  attributeValueOk,
  Breach,
  checkElement,
  formatOk,
  ID_PATTERN,
  markNameOf,
  nodeTypeOf,
} from './elements.ts';
import { META_RULE, MOVES_RULE } from './fields.ts';
import { textLines } from './read.ts';

/**
 * Brings a stored document within the judge's rules, in place (run inside one transaction when
 * the document is loaded; the room logs the changes as the server's): what an older server let
 * in must not break a page, a list or an export, and nothing typed may be lost. Element by
 * element, from the inside out: unknown attributes and marks are dropped, a missing Pasal
 * heading or ayat paragraph is added, a node that still does not fit is replaced by plain
 * paragraphs of its text; a missing, malformed or repeated Pasal/BAB/ayat id gets a new one
 * (the first occurrence keeps it); metadata and move records outside their rules are removed.
 * Returns how many things it changed.
 */
export function repairDocument(doc: Y.Doc, log?: { warn: (obj: object, msg?: string) => void }): number {
  const body = doc.getXmlFragment(YDOC.body);
  const count = { changes: 0 };
  const children = body.toArray();
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i];
    if (child === undefined) continue;
    if (topLevelOk(child) && repairElement(child, count)) continue;
    const lines = textLines(child);
    body.delete(i, 1);
    body.insert(i, lines.map(yParagraph));
    count.changes++;
  }
  let changes = count.changes;
  changes += renewDuplicateIds(body, doc.getMap(YDOC.moves));
  changes += dropFields(doc.getMap(YDOC.meta), META_RULE);
  changes += dropFields(doc.getMap(YDOC.moves), MOVES_RULE);
  if (changes > 0) log?.warn({ changes }, 'document repaired on load');
  return changes;
}

const fits = (el: Y.XmlElement) => {
  try {
    checkElement(el);
    return true;
  } catch (err) {
    if (err instanceof Breach) return false;
    throw err;
  }
};

/**
 * Repairs one element in place as far as it can (see `repairDocument`), counting its changes;
 * returns whether it now fits the schema.
 */
function repairElement(el: Y.XmlElement, count: { changes: number }): boolean {
  if (fits(el)) return true;
  const type = nodeTypeOf(el);
  if (!type) return false;
  let changes = 0;
  const declared = type.spec.attrs ?? {};
  for (const [key, value] of Object.entries(el.getAttributes() as Record<string, unknown>)) {
    if (key in declared && attributeValueOk(key, value)) continue;
    el.removeAttribute(key);
    changes++;
  }
  if (ID_NODES.includes(type.name) && !ID_PATTERN.test(String(el.getAttribute('id') ?? ''))) {
    el.setAttribute('id', newId());
    changes++;
  }
  const kids = el.toArray();
  for (let i = kids.length - 1; i >= 0; i--) {
    const kid = kids[i];
    if (kid === undefined) continue;
    if (kid instanceof Y.XmlText && type.inlineContent) {
      changes += repairText(kid, type);
      continue;
    }
    if (kid instanceof Y.XmlElement && repairElement(kid, count)) continue;
    const lines = textLines(kid);
    el.delete(i, 1);
    // A block container keeps the words as paragraphs; inline content keeps them as text.
    if (!type.inlineContent) el.insert(i, lines.map(yParagraph));
    else if (lines.length) el.insert(i, [new Y.XmlText(lines.join(' '))]);
    changes++;
  }
  if (!fits(el)) changes += fillRequired(el, type);
  count.changes += changes;
  return fits(el);
}

/** Drops formats that are not marks allowed here, and embeds, from a text. */
function repairText(text: Y.XmlText, parent: NodeType): number {
  let changes = 0;
  let index = 0;
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== 'string') {
      text.delete(index, 1);
      changes++;
      continue;
    }
    const length = op.insert.length;
    for (const [key, value] of Object.entries(op.attributes ?? {})) {
      const mark = agreementSchema().marks[markNameOf(key)];
      if (formatOk(key, value) && mark && parent.allowsMarkType(mark)) continue;
      text.format(index, length, { [key]: null });
      changes++;
    }
    index += length;
  }
  return changes;
}

/** Adds what the element's content needs at its start (a Pasal's heading, an ayat's paragraph). */
function fillRequired(el: Y.XmlElement, type: NodeType): number {
  let content: PMNode['content'];
  try {
    content = agreementSchema().nodeFromJSON(yElementToJSON(el)).content;
  } catch {
    return 0;
  }
  const filler = type.contentMatch.fillBefore(content, true);
  if (!filler || filler.childCount === 0) return 0;
  const nodes: (Y.XmlElement | Y.XmlText)[] = [];
  filler.forEach((node) => {
    nodes.push(toY(node));
  });
  el.insert(0, nodes);
  return 1;
}

/** A ProseMirror node as a new Y XML node (ids given where the schema keeps them). */
function toY(node: PMNode): Y.XmlElement | Y.XmlText {
  if (node.isText) return new Y.XmlText(node.text ?? '');
  const el = new Y.XmlElement(node.type.name);
  for (const [key, value] of Object.entries(node.attrs))
    if (value !== null) el.setAttribute(key, value as string);
  if (ID_NODES.includes(node.type.name) && !node.attrs.id) el.setAttribute('id', newId());
  const kids: (Y.XmlElement | Y.XmlText)[] = [];
  node.content.forEach((kid) => {
    kids.push(toY(kid));
  });
  if (kids.length) el.insert(0, kids);
  return el;
}

const yParagraph = (text: string) => {
  const p = new Y.XmlElement('paragraph');
  if (text) p.insert(0, [new Y.XmlText(text)]);
  return p;
};

/**
 * Gives every repeated Pasal/BAB/ayat id after its first occurrence a new one, except the
 * copies of a Pasal two people moved at once, which the device of one of them merges.
 */
function renewDuplicateIds(body: Y.XmlFragment, moves: Y.Map<unknown>): number {
  let changes = 0;
  for (const [, els] of elementsById(body)) {
    if (els.length < 2 || els.every((el) => isMoveCopy(el, moves))) continue;
    for (const el of els.slice(1)) {
      el.setAttribute('id', newId());
      changes++;
    }
  }
  return changes;
}

function dropFields(
  map: Y.Map<unknown>,
  rule: { key: (key: string) => boolean; value: (value: unknown) => boolean },
): number {
  let changes = 0;
  for (const [key, value] of [...map.entries()]) {
    if (rule.key(key) && rule.value(value)) continue;
    map.delete(key);
    changes++;
  }
  return changes;
}
