import * as Y from 'yjs';
import { NODE } from '../../shared/schema/names.ts';

/** The clauses one transaction touched, as far as its Yjs events tell. */
export interface Touch {
  ids: Set<string>;
  /** Top-level nodes were inserted or deleted, or a clause's id changed: the order may have changed. */
  structural: boolean;
}

/**
 * Which top-level clauses the events of one transaction on the body touched. Cheap by design
 * (it runs on the collaboration hot path): it only walks from each event's target up to
 * the top level. The result is a superset of the clauses that really changed; the
 * attribution window then compares hashes to keep only real changes. An event that only set
 * attributes to the values they had (y-tiptap re-sets a node's attributes when it reorders)
 * touches nothing: within a window its author would otherwise share the credit for what
 * others changed in that clause.
 */
export function touchedClauses(events: Y.YEvent<Y.AbstractType<unknown>>[], body: Y.XmlFragment): Touch {
  const touch: Touch = { ids: new Set(), structural: false };
  for (const event of events) {
    const target = event.target;
    if (target === body) {
      touch.structural = true;
      // Inserted and deleted top-level nodes; a deleted clause's id is read from its item,
      // which Yjs only garbage-collects after the observers ran.
      for (const item of event.changes.added) addClauseOf(item, touch.ids);
      for (const item of event.changes.deleted) addClauseOf(item, touch.ids);
      continue;
    }
    if (changesNothing(event)) continue;
    let top: Y.AbstractType<unknown> = target;
    while (top.parent && top.parent !== body) top = top.parent as Y.AbstractType<unknown>;
    if (top.parent !== body || !(top instanceof Y.XmlElement) || top.nodeName !== NODE.clause) continue;
    const id = top.getAttribute('id');
    if (typeof id === 'string') touch.ids.add(id);
    const idChange = target === top ? event.keys.get('id') : undefined;
    if (idChange) {
      touch.structural = true;
      if (typeof idChange.oldValue === 'string') touch.ids.add(idChange.oldValue);
    }
  }
  return touch;
}

function addClauseOf(item: Y.Item, ids: Set<string>): void {
  const content = item.content;
  if (!(content instanceof Y.ContentType)) return;
  const type = content.type;
  if (!(type instanceof Y.XmlElement) || type.nodeName !== NODE.clause) return;
  const id = rawAttribute(type, 'id');
  if (typeof id === 'string') ids.add(id);
}

/** An attribute even of a deleted element (getAttribute hides deleted map entries). */
function rawAttribute(el: Y.XmlElement, key: string): unknown {
  const live = el.getAttribute(key);
  if (live !== undefined) return live;
  const entry = el._map.get(key);
  const values = entry?.content.getContent();
  return values?.[values.length - 1];
}

/** The event only re-set attributes to equal values. */
function changesNothing(event: Y.YEvent<Y.AbstractType<unknown>>): boolean {
  if (event.keys.size === 0 || event.changes.delta.length > 0) return false;
  const target = event.target as unknown as { getAttribute(key: string): unknown };
  for (const [key, change] of event.keys) {
    if (change.action !== 'update') return false;
    const now = target.getAttribute(key);
    if (now !== change.oldValue && JSON.stringify(now) !== JSON.stringify(change.oldValue)) return false;
  }
  return true;
}
