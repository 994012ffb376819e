import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { META } from '../../shared/meta.ts';
import { YDOC } from '../../shared/protocol.ts';
import { NODE } from '../../shared/schema/names.ts';
import { clauseHash } from '../clauseHash.ts';
import { yElementToJSON } from '../history/yjson.ts';
import type { HashedClause, VariantClauses } from './merge.ts';

/**
 * The units of the per-clause merge of a variant with its master. A Pasal is one (its id, as
 * the bases always held); the rest of the document is cut into units the same merge handles,
 * each under an id with a colon (a clause id never holds one, `shared/signedParts.ts`):
 * - `bab:<chapter id>`: one BAB heading;
 * - `text:opening`, `text:closing`, `text:annex`: every preamble (opening formula, komparisi,
 *   recitals), closing or annex node, in order, as one unit;
 * - `text:after:<id>` (`text:start` at the top): loose top-level blocks after a Pasal or BAB;
 * - `meta:<key>`: one field of the metadata a variant shares with its master (see {@link carriesMeta}).
 * A unit of several nodes is held as a `doc` node around them, a field as a `text` node, so each
 * hashes and is stored like a clause.
 */
export const UNIT = {
  chapter: 'bab:',
  text: 'text:',
  meta: 'meta:',
  opening: 'text:opening',
  closing: 'text:closing',
  annex: 'text:annex',
  start: 'text:start',
  after: 'text:after:',
} as const;

export type UnitKind = 'clause' | 'chapter' | 'text' | 'meta';

/** What kind of unit `id` names. */
export function unitKind(id: string): UnitKind {
  if (id.startsWith(UNIT.chapter)) return 'chapter';
  if (id.startsWith(UNIT.text)) return 'text';
  if (id.startsWith(UNIT.meta)) return 'meta';
  return 'clause';
}

/** The meta key of a `meta:` unit. */
export const metaKeyOf = (id: string) => id.slice(UNIT.meta.length);

/** Meta fields every variant shares with its master, whoever signs for its unit. */
const SHARED_META: readonly string[] = [META.subject, META.originals, META.termYears];
const SIGNATORY = /^signatory(?:Name|Position|Nip)\.(.+)$/;

/**
 * Whether a variant takes meta field `key` from its master. The subject, the number of
 * originals and the term are the agreement's, so they follow; so do the signatories of the
 * parties other than the unit's own (the Kepala Perwakilan signs every PKS alike). A variant's
 * title, each party's number, the date and the place are its own (each PKS is numbered, dated and
 * signed on its own), and so is its unit's signatory (the OPD head under the kuasa): those never
 * follow the master. `unitPartyId` is the party of the variant's unit (null: none).
 */
export function carriesMeta(key: string, unitPartyId: string | null): boolean {
  if (SHARED_META.includes(key)) return true;
  const party = SIGNATORY.exec(key)?.[1];
  return party !== undefined && party !== unitPartyId;
}

/** The unit id of a top-level node, given the id of the last Pasal or BAB unit above it. */
function topUnitId(type: string, id: unknown, above: string | null): string | null {
  if (type === NODE.clause) return typeof id === 'string' && id ? id : null;
  if (type === NODE.chapter) return typeof id === 'string' && id ? `${UNIT.chapter}${id}` : null;
  if (type === NODE.preamble) return UNIT.opening;
  if (type === NODE.closing) return UNIT.closing;
  if (type === NODE.annex) return UNIT.annex;
  return above ? `${UNIT.after}${above}` : UNIT.start;
}

/** The top-level elements of each unit of a live body, by unit id in the order they first appear. */
export interface UnitElements {
  els: Y.XmlElement[];
  /** Index of the first element among the top-level nodes. */
  index: number;
}

/** The body's top-level elements grouped by unit (a Pasal or BAB id seen twice keeps its first). */
export function unitElements(body: Y.XmlFragment): Map<string, UnitElements> {
  const out = new Map<string, UnitElements>();
  let above: string | null = null;
  body.toArray().forEach((child, index) => {
    if (!(child instanceof Y.XmlElement)) return;
    const id = topUnitId(child.nodeName, child.getAttribute('id'), above);
    if (!id) return;
    const kind = unitKind(id);
    if (kind === 'clause' || kind === 'chapter') {
      above = id;
      if (out.has(id)) return;
    }
    const found = out.get(id);
    if (found) found.els.push(child);
    else out.set(id, { els: [child], index });
  });
  return out;
}

/** The node a unit's elements stand for: the element itself, or a `doc` around a run of several. */
export function unitNode(id: string, els: readonly Y.XmlElement[]): PMJSON {
  const kind = unitKind(id);
  if ((kind === 'clause' || kind === 'chapter') && els[0]) return yElementToJSON(els[0]);
  return { type: NODE.doc, content: els.map((el) => yElementToJSON(el)) };
}

/** The top-level nodes a unit's node holds (see {@link unitNode}). */
export function nodesOfUnit(id: string, node: PMJSON): PMJSON[] {
  const kind = unitKind(id);
  return kind === 'clause' || kind === 'chapter' ? [node] : (node.content ?? []);
}

const metaNode = (value: string): PMJSON => ({ type: NODE.text, text: value });

/** A meta unit's value. */
export const metaValueOf = (node: PMJSON) => node.text ?? '';

function metaUnits(meta: Y.Map<unknown>, carried: (key: string) => boolean): HashedClause[] {
  const out: HashedClause[] = [];
  for (const [key, value] of meta.entries()) {
    if (typeof value !== 'string' || !carried(key)) continue;
    const node = metaNode(value);
    out.push({ id: `${UNIT.meta}${key}`, node, hash: clauseHash(node) });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Every unit of a live document, read without changing it and hashed: the body's in order, then
 * the meta fields `carried` keeps (each a master shares with at least one variant, or those a
 * variant shares with its master).
 */
export function readUnits(doc: Y.Doc, carried: (key: string) => boolean): HashedClause[] {
  const body = [...unitElements(doc.getXmlFragment(YDOC.body))].map(([id, { els }]) => {
    const node = unitNode(id, els);
    return { id, node, hash: clauseHash(node) };
  });
  return [...body, ...metaUnits(doc.getMap(YDOC.meta), carried)];
}

/**
 * A live variant's units for the merge: their ids in order, each read and hashed only when
 * asked, so a one-clause master change costs one clause's hash per variant.
 */
export function liveUnits(doc: Y.Doc, carried: (key: string) => boolean): VariantClauses {
  const elements = unitElements(doc.getXmlFragment(YDOC.body));
  const meta = doc.getMap(YDOC.meta);
  const metaIds = [...meta.keys()].filter((k) => typeof meta.get(k) === 'string' && carried(k));
  const hashes = new Map<string, string | null>();
  const read = (id: string): string | null => {
    if (unitKind(id) === 'meta') {
      const key = metaKeyOf(id);
      const value = meta.get(key);
      return typeof value === 'string' && carried(key) ? clauseHash(metaNode(value)) : null;
    }
    const els = elements.get(id)?.els;
    return els ? clauseHash(unitNode(id, els)) : null;
  };
  return {
    ids: [...elements.keys(), ...metaIds.map((k) => `${UNIT.meta}${k}`)],
    hash(id) {
      if (!hashes.has(id)) hashes.set(id, read(id));
      return hashes.get(id) ?? null;
    },
  };
}
