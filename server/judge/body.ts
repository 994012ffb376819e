import * as Y from 'yjs';
import { RefusalReason } from '../../shared/protocol.ts';
import { agreementSchema } from '../../shared/schema/index.ts';
import { moveKey } from '../../shared/schema/moveTopLevel.ts';
import { ID_NODES } from '../../shared/schema/names.ts';
import { type AnyType, Breach, checkElement, nodeTypeOf, readIn } from './elements.ts';
import { isNew } from './stamps.ts';

/** Whether a top-level child of the body is an element the document may hold there (a section or a block). */
export function topLevelOk(child: unknown): child is Y.XmlElement {
  if (!(child instanceof Y.XmlElement)) return false;
  const type = nodeTypeOf(child);
  return !!type && agreementSchema().topNodeType.contentMatch.matchType(type) !== null;
}

/** Whether `type` or an element it sits in was deleted (then nothing in it is shown or kept). */
export function deleted(type: AnyType): boolean {
  for (let t: AnyType | null = type; t?._item; t = t._item.parent as AnyType) {
    if (t._item.deleted) return true;
  }
  return false;
}

/**
 * Checks what one transaction changed in the body: only the elements it touched are read (a
 * keystroke reads its paragraph, a new Pasal the Pasal), so judging costs what the change
 * touched. Top-level children must be sections or blocks; every touched element must keep the
 * schema (see `checkElement`); a change to the structure must leave every Pasal, BAB and ayat
 * id unique. Throws a {@link Breach}.
 */
export function judgeBody(
  body: Y.XmlFragment,
  moves: Y.Map<unknown>,
  changed: [AnyType, Set<string | null>][],
  transaction: Y.Transaction,
): void {
  const toCheck = new Set<Y.XmlElement>();
  let structural = false;
  for (const [type, keys] of changed) {
    const setsAttributes = [...keys].some((k) => k !== null);
    if (type === body) {
      structural = true;
      if (setsAttributes) throw new Breach(RefusalReason.invalid, 'attributes on the body');
      for (const child of body.toArray()) {
        if (!topLevelOk(child))
          throw new Breach(RefusalReason.invalid, 'a top-level node that is not a section or a block');
        if (child._item && isNew(child._item, transaction)) toCheck.add(child);
      }
      continue;
    }
    if (deleted(type)) continue;
    if (type instanceof Y.XmlText) {
      if (setsAttributes) throw new Breach(RefusalReason.invalid, 'attributes on text');
      // Typing changes the text alone: its paragraph (or heading) is what may have broken.
      if (type.parent instanceof Y.XmlElement) toCheck.add(type.parent);
    } else if (type instanceof Y.XmlElement) {
      structural = true;
      toCheck.add(type);
    } else {
      throw new Breach(RefusalReason.invalid, 'a shared type that is not part of a document');
    }
  }
  for (const el of toCheck) checkElement(el, readIn(transaction, el));
  if (structural) {
    const twice = [...elementsById(body)]
      .filter(([, els]) => els.length > 1 && !els.every((el) => isMoveCopy(el, moves)))
      .map(([id]) => id);
    if (twice.length > 0)
      throw new Breach(RefusalReason.duplicateId, `ids used twice: ${twice.slice(0, 3).join(', ')}`);
  }
}

/**
 * Whether an element is (in) the copy a move made of a node since deleted (see
 * shared/schema/moveTopLevel.ts): two people moving the same Pasal at once each make one with
 * its id, and the device of one of them merges them (moveRescue.ts). Such copies may share an
 * id for that while; a Pasal with another's id beside a live original may not. A document
 * holding an id twice is not agreed and cannot be finalised.
 */
export function isMoveCopy(el: Y.XmlElement, moves: Y.Map<unknown>): boolean {
  // An ayat is in the copy of its Pasal: what was moved is the top-level node.
  let top: Y.XmlElement = el;
  while (top.parent instanceof Y.XmlElement) top = top.parent;
  const item = top._item;
  const doc = top.doc;
  if (!item || !doc) return false;
  const record = moves.get(moveKey(item)) as { from?: unknown } | undefined;
  const from = typeof record?.from === 'string' ? /^(\d+):(\d+)$/.exec(record.from) : null;
  if (!from) return false;
  const client = Number(from[1]);
  const clock = Number(from[2]);
  if (clock >= Y.getState(doc.store, client)) return false;
  return Y.getItem(doc.store, Y.createID(client, clock)).deleted;
}

/** Ids of Pasal, BAB and ayat that occur more than once in the body, in document order. */
export function duplicateIds(body: Y.XmlFragment): string[] {
  return [...elementsById(body)].filter(([, els]) => els.length > 1).map(([id]) => id);
}

/** The Pasal, BAB and ayat elements of a body by id, in document order. */
export function elementsById(body: Y.XmlFragment): Map<string, Y.XmlElement[]> {
  const byId = new Map<string, Y.XmlElement[]>();
  const visit = (el: Y.XmlElement | Y.XmlFragment) => {
    for (const child of el.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      const id = ID_NODES.includes(child.nodeName) ? child.getAttribute('id') : null;
      if (typeof id === 'string') {
        const list = byId.get(id);
        if (list) list.push(child);
        else byId.set(id, [child]);
      }
      visit(child);
    }
  };
  visit(body);
  return byId;
}
