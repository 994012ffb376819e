import type { NodeType, Node as PMNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { RefusalReason } from '../../shared/protocol.ts';
import { agreementSchema } from '../../shared/schema/index.ts';
import { ID_NODES, NODE } from '../../shared/schema/names.ts';
import { FOOTNOTE_MAX_CHARS } from '../../shared/schema/nodes/footnote.ts';
import { MAX_TABLE_SPAN } from '../../shared/schema/nodes/table.ts';
import { blockSuggestionOk, isSuggestionMark, markStampOk } from '../../shared/suggestions/stamp.ts';
import { isVariableName } from '../../shared/variables/names.ts';
import { yElementToJSON } from '../history/yjson.ts';

/** Any Yjs shared type (Yjs types them by their events). */
// biome-ignore lint/suspicious/noExplicitAny: the event type does not matter here
export type AnyType = Y.AbstractType<any>;

/** Key of `transaction.meta` holding the JSON of the elements read in it (see {@link readIn}). */
const READ = 'judge.read';

/**
 * The JSON of `el` as it is now (`yElementToJSON`), read once in `transaction`: the schema
 * check and the suggestion check read the same paragraph. Only for use while the transaction
 * integrates nothing more (the judge's checks, after the update was applied).
 */
export function readIn(transaction: Y.Transaction, el: Y.XmlElement): PMJSON {
  let read = transaction.meta.get(READ) as Map<Y.XmlElement, PMJSON> | undefined;
  if (!read) {
    read = new Map();
    transaction.meta.set(READ, read);
  }
  let json = read.get(el);
  if (!json) {
    json = yElementToJSON(el);
    read.set(el, json);
  }
  return json;
}

/** The root shared type a type belongs to. */
export function rootOf(type: AnyType): AnyType {
  let t = type;
  while (t._item) t = t._item.parent as AnyType;
  return t;
}

/** Ids of Pasal, BAB and ayat (and what references them): what `newId` and the templates make. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Longest attribute value kept in the document (ids, a point's id). */
const MAX_ATTRIBUTE_CHARS = 200;
/** Attributes holding the id of a node of the document: the same pattern as the ids themselves. */
const ID_ATTRIBUTES = new Set(['id', 'clauseId', 'ayat', 'pointId']);
/** A table cell's column or row span: a whole number from 1. */
const SPAN_ATTRIBUTES = new Set(['colspan', 'rowspan']);
/** Widest column a cell may ask for, in CSS pixels (a page is under 800). */
const MAX_COLUMN_PX = 4000;

const isSpan = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_TABLE_SPAN;

/** What in a document breaks its rules, and why: the judge refuses with `reason`. */
export class Breach extends Error {
  override name = 'Breach';
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
  }
}

const invalid = (message: string) => new Breach(RefusalReason.invalid, message);

/** Mark name of a text format key: y-tiptap keys overlapping marks `name--hash`. */
export const markNameOf = (key: string) => /^(.*)--[a-zA-Z0-9+/=]{8}$/.exec(key)?.[1] ?? key;

/** The node type of an element, if the schema has it (never `doc` or `text`, which are not elements). */
export function nodeTypeOf(el: Y.XmlElement): NodeType | null {
  const type = agreementSchema().nodes[el.nodeName];
  return type && !type.isText && type !== agreementSchema().topNodeType ? type : null;
}

/**
 * Whether an attribute value is of the kind the schema's attributes hold: short strings (ids
 * well formed), a footnote's text up to its bound, a table cell's spans (whole numbers),
 * column widths (one whole number of pixels per spanned column) and a block's suggestion
 * (a sound stamp and kind).
 */
export function attributeValueOk(key: string, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (key === 'suggestion') return blockSuggestionOk(value);
  if (SPAN_ATTRIBUTES.has(key)) return isSpan(value);
  if (key === 'colwidth')
    return (
      Array.isArray(value) &&
      value.length <= MAX_TABLE_SPAN &&
      value.every((w) => Number.isInteger(w) && w >= 0 && w <= MAX_COLUMN_PX)
    );
  if (typeof value !== 'string') return false;
  if (key === 'text') return value.length <= FOOTNOTE_MAX_CHARS;
  if (value.length > MAX_ATTRIBUTE_CHARS) return false;
  return !ID_ATTRIBUTES.has(key) || ID_PATTERN.test(value);
}

/**
 * Whether a text format (key and value, as y-tiptap writes a mark) is a mark of the schema with
 * sound attributes; a suggestion mark's are its whole stamp.
 */
export function formatOk(key: string, value: unknown): boolean {
  if (value === null) return true; // a format being removed
  const name = markNameOf(key);
  const object = typeof value === 'object' ? (value as object) : null;
  if (object && soundFormats.get(object) === name) return true;
  let ok: boolean;
  if (isSuggestionMark(name)) ok = markStampOk(name, value);
  else {
    const mark = agreementSchema().marks[name];
    const spec = mark?.spec.attrs ?? {};
    ok =
      !!mark &&
      !!object &&
      !Array.isArray(value) &&
      Object.entries(value as Record<string, unknown>).every(
        ([name, v]) => name in spec && attributeValueOk(name, v),
      );
  }
  if (ok && object) soundFormats.set(object, name);
  return ok;
}

/**
 * Format values found sound, with the mark they were checked for: Yjs keeps one value object
 * per format item and gives that same object on every read, so the text of a paragraph is not
 * checked again mark by mark on every keystroke.
 */
const soundFormats = new WeakMap<object, string>();

/**
 * Checks one element and everything in it: nodes and marks the schema knows, attributes it
 * declares with values of the right kind (ids well formed and present where ids are kept, a
 * variable's name from its closed list),
 * only text and elements as children, and the schema's content and mark rules
 * (ProseMirror's `Node.check`), read as `json` (by default, read now). Returns it as a
 * ProseMirror node; throws a {@link Breach}. Never changes the document.
 */
export function checkElement(el: Y.XmlElement, json: PMJSON = yElementToJSON(el)): PMNode {
  inspect(el);
  try {
    const node = agreementSchema().nodeFromJSON(json);
    node.check();
    return node;
  } catch (err) {
    throw invalid(`${el.nodeName}: ${(err as Error).message}`);
  }
}

function inspect(el: Y.XmlElement): void {
  const type = nodeTypeOf(el);
  if (!type) throw invalid(`unknown node "${el.nodeName.slice(0, 40)}"`);
  const declared = type.spec.attrs ?? {};
  for (const [key, value] of Object.entries(el.getAttributes() as Record<string, unknown>)) {
    if (!(key in declared)) throw invalid(`${type.name}: unknown attribute "${key.slice(0, 40)}"`);
    if (!attributeValueOk(key, value))
      throw key === 'suggestion'
        ? new Breach(RefusalReason.suggestion, `${type.name}: a malformed suggestion`)
        : invalid(`${type.name}: bad value of "${key}"`);
  }
  if (ID_NODES.includes(type.name) && typeof el.getAttribute('id') !== 'string') {
    throw invalid(`${type.name} without an id`);
  }
  if (type.name === NODE.variable && !isVariableName(el.getAttribute('name'))) {
    throw invalid('variable: a name off the list of variables');
  }
  for (const child of el.toArray()) {
    if (child instanceof Y.XmlElement) inspect(child);
    else if (child instanceof Y.XmlText) inspectText(child, type);
    else throw invalid(`${type.name}: a child that is neither text nor an element`);
  }
}

function inspectText(text: Y.XmlText, parent: NodeType): void {
  if (!parent.inlineContent) throw invalid(`${parent.name}: text where blocks belong`);
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== 'string') throw invalid(`${parent.name}: an embed in text`);
    for (const [key, value] of Object.entries(op.attributes ?? {})) {
      if (formatOk(key, value)) continue;
      throw isSuggestionMark(markNameOf(key))
        ? new Breach(RefusalReason.suggestion, `${parent.name}: a malformed suggestion mark`)
        : invalid(`${parent.name}: unknown or malformed mark "${key.slice(0, 40)}"`);
    }
  }
}
