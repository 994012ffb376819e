import { updateYFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { YDOC } from '../../shared/protocol.ts';
import { agreementSchema } from '../../shared/schema/index.ts';
import { yElementToJSON } from '../history/yjson.ts';
import { heldAnchors, type PlacedAnchor, reanchor } from './anchors.ts';
import type { MergeStep } from './merge.ts';
import { metaKeyOf, metaValueOf, nodesOfUnit, unitElements, unitKind } from './units.ts';

const bindingMeta = () => ({ mapping: new Map(), isOMark: new Map() });

/** A variant's comment kept on a unit that took the master's text. */
export interface ReanchoredPoint extends PlacedAnchor {
  unitId: string;
}

/** What writing a merge's steps did: units written, and comments moved onto the new text. */
export interface Applied {
  written: number;
  reanchored: ReanchoredPoint[];
}

/** Writes `node` into the element `el`: y-tiptap writes only the difference. */
function writeElement(doc: Y.Doc, el: Y.XmlElement, node: PMJSON): void {
  updateYFragment(doc, el, agreementSchema().nodeFromJSON(node), bindingMeta());
}

/** New top-level elements for `nodes` at `index` of the body. */
function insertNodes(doc: Y.Doc, body: Y.XmlFragment, index: number, nodes: readonly PMJSON[]): void {
  const els = nodes.map((n) => new Y.XmlElement(n.type));
  body.insert(index, els);
  for (const [i, el] of els.entries()) writeElement(doc, el, nodes[i]!);
}

const indexOf = (body: Y.XmlFragment, el: Y.XmlElement) => body.toArray().indexOf(el);

/** Index among the top-level nodes where a new unit goes, after `after` or before `before`. */
function insertionIndex(body: Y.XmlFragment, after: string | null, before: string | null): number {
  const units = unitElements(body);
  const anchorAfter = after ? units.get(after)?.els.at(-1) : undefined;
  if (anchorAfter) return indexOf(body, anchorAfter) + 1;
  const anchorBefore = before ? units.get(before) : undefined;
  if (anchorBefore) return anchorBefore.index;
  // No unit to stand by: after the last Pasal there is, else at the end of the body.
  const last = [...units]
    .filter(([id]) => unitKind(id) === 'clause')
    .at(-1)?.[1]
    .els.at(-1);
  return last ? indexOf(body, last) + 1 : body.length;
}

/**
 * Replaces a unit's text with `node`, element by element (the difference only), deleting or
 * adding elements when the counts differ; the variant's comments anchored in it are moved onto
 * the new text (see `reanchor`). Returns where they went.
 */
function replaceUnit(doc: Y.Doc, id: string, node: PMJSON): PlacedAnchor[] {
  if (unitKind(id) === 'meta') {
    doc.getMap(YDOC.meta).set(metaKeyOf(id), metaValueOf(node));
    return [];
  }
  const body = doc.getXmlFragment(YDOC.body);
  const els = unitElements(body).get(id)?.els ?? [];
  const anchors = heldAnchors(els.map((el) => yElementToJSON(el)));
  const { nodes, placed } = reanchor(nodesOfUnit(id, node), anchors);
  const kept = Math.min(els.length, nodes.length);
  for (let i = 0; i < kept; i++) writeElement(doc, els[i]!, nodes[i]!);
  for (const el of els.slice(kept).reverse()) body.delete(indexOf(body, el), 1);
  const last = els[kept - 1];
  if (nodes.length > kept) {
    insertNodes(doc, body, last ? indexOf(body, last) + 1 : body.length, nodes.slice(kept));
  }
  return placed;
}

function deleteUnit(doc: Y.Doc, id: string): void {
  if (unitKind(id) === 'meta') {
    doc.getMap(YDOC.meta).delete(metaKeyOf(id));
    return;
  }
  const body = doc.getXmlFragment(YDOC.body);
  for (const el of [...(unitElements(body).get(id)?.els ?? [])].reverse()) body.delete(indexOf(body, el), 1);
}

function insertUnit(doc: Y.Doc, id: string, node: PMJSON, after: string | null, before: string | null) {
  if (unitKind(id) === 'meta') {
    doc.getMap(YDOC.meta).set(metaKeyOf(id), metaValueOf(node));
    return;
  }
  const body = doc.getXmlFragment(YDOC.body);
  insertNodes(doc, body, insertionIndex(body, after, before), nodesOfUnit(id, node));
}

/**
 * Makes the text steps of a merge plan in `doc` (the caller runs it in one transaction):
 * `replace`, `insert` and `delete`, of Pasal, BAB, text outside the Pasal and shared meta
 * fields alike; the others change only the bases.
 */
export function applySteps(doc: Y.Doc, steps: readonly MergeStep[]): Applied {
  const out: Applied = { written: 0, reanchored: [] };
  const units = unitElements(doc.getXmlFragment(YDOC.body));
  for (const step of steps) {
    if (step.op === 'replace') {
      if (unitKind(step.id) !== 'meta' && !units.has(step.id)) continue;
      const placed = replaceUnit(doc, step.id, step.node);
      out.reanchored.push(...placed.map((p) => ({ ...p, unitId: step.id })));
      out.written++;
    } else if (step.op === 'insert') {
      insertUnit(doc, step.id, step.node, step.after, step.before);
      out.written++;
    } else if (step.op === 'delete') {
      if (unitKind(step.id) !== 'meta' && !units.has(step.id)) continue;
      deleteUnit(doc, step.id);
      out.written++;
    }
  }
  return out;
}

/**
 * Sets one unit to `node` (replaced, or inserted after `after` / before `before` when the
 * variant has none), or deletes it when `node` is null. Returns the comments moved onto it.
 */
export function setUnit(
  doc: Y.Doc,
  id: string,
  node: PMJSON | null,
  after: string | null,
  before: string | null,
): ReanchoredPoint[] {
  const present = unitKind(id) === 'meta' || unitElements(doc.getXmlFragment(YDOC.body)).has(id);
  if (!node) {
    deleteUnit(doc, id);
    return [];
  }
  if (!present) {
    insertUnit(doc, id, node, after, before);
    return [];
  }
  return replaceUnit(doc, id, node).map((p) => ({ ...p, unitId: id }));
}
