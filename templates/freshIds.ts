import type { PMJSON } from '../shared/clauses.ts';
import { newId } from '../shared/ids.ts';
import { ID_NODES, NODE } from '../shared/schema/names.ts';

/**
 * A copy of a node in which every clause, chapter and ayat gets a new id, and every
 * cross-reference that pointed at one of them points at its new id. Template files carry
 * fixed ids; two documents made from one template must not share them.
 */
export function withFreshIds(node: PMJSON): PMJSON {
  const renamed = new Map<string, string>();
  const assign = (n: PMJSON): PMJSON => {
    const copy: PMJSON = { ...n };
    if (n.attrs) copy.attrs = { ...n.attrs };
    if (ID_NODES.includes(n.type)) {
      const id = newId();
      if (typeof n.attrs?.id === 'string') renamed.set(n.attrs.id, id);
      copy.attrs = { ...copy.attrs, id };
    }
    if (n.content) copy.content = n.content.map(assign);
    if (n.marks) copy.marks = n.marks.map((m) => ({ ...m }));
    return copy;
  };
  const relink = (n: PMJSON): void => {
    if (n.type === NODE.clauseRef && n.attrs) {
      const { clauseId, ayat } = n.attrs as { clauseId?: string | null; ayat?: string | null };
      if (clauseId) n.attrs.clauseId = renamed.get(clauseId) ?? clauseId;
      if (ayat) n.attrs.ayat = renamed.get(ayat) ?? ayat;
    }
    n.content?.forEach(relink);
  };
  const result = assign(node);
  relink(result);
  return result;
}
