import { updateYFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { YDOC } from '../../shared/protocol.ts';
import { agreementSchema, NODE } from '../../shared/schema/index.ts';
import { clauseElements } from '../history/yjson.ts';
import type { MergeStep } from './merge.ts';

const bindingMeta = () => ({ mapping: new Map(), isOMark: new Map() });

/** Writes `node` into the clause element `el`: y-tiptap writes only the difference. */
function writeClause(doc: Y.Doc, el: Y.XmlElement, node: PMJSON): void {
  updateYFragment(doc, el, agreementSchema().nodeFromJSON(node), bindingMeta());
}

/** Index among the top-level nodes where a new clause goes, after `after` or before `before`. */
function insertionIndex(body: Y.XmlFragment, after: string | null, before: string | null): number {
  const clauses = clauseElements(body);
  const anchorAfter = after ? clauses.get(after) : undefined;
  if (anchorAfter) return anchorAfter.index + 1;
  const anchorBefore = before ? clauses.get(before) : undefined;
  if (anchorBefore) return anchorBefore.index;
  // No clause to stand by: after the last Pasal there is, else at the end of the body.
  const last = [...clauses.values()].at(-1);
  return last ? last.index + 1 : body.length;
}

/**
 * Makes the text steps of a merge plan in `doc` (the caller runs it in one transaction):
 * `replace`, `insert` and `delete`; the others change only the bases. Returns how many
 * clauses were written.
 */
export function applySteps(doc: Y.Doc, steps: readonly MergeStep[]): number {
  const body = doc.getXmlFragment(YDOC.body);
  let written = 0;
  for (const step of steps) {
    if (step.op === 'replace') {
      const el = clauseElements(body).get(step.id)?.el;
      if (!el) continue;
      writeClause(doc, el, step.node);
      written++;
    } else if (step.op === 'insert') {
      const el = new Y.XmlElement(NODE.clause);
      body.insert(insertionIndex(body, step.after, step.before), [el]);
      writeClause(doc, el, step.node);
      written++;
    } else if (step.op === 'delete') {
      const found = clauseElements(body).get(step.id);
      if (!found) continue;
      body.delete(found.index, 1);
      written++;
    }
  }
  return written;
}

/** Replaces (or re-inserts, after `after`) one clause with `node`, or deletes it when `node` is null. */
export function setClause(
  doc: Y.Doc,
  clauseId: string,
  node: PMJSON | null,
  after: string | null,
  before: string | null,
): void {
  const body = doc.getXmlFragment(YDOC.body);
  const found = clauseElements(body).get(clauseId);
  if (!node) {
    if (found) body.delete(found.index, 1);
    return;
  }
  if (found) writeClause(doc, found.el, node);
  else applySteps(doc, [{ op: 'insert', id: clauseId, node, hash: '', after, before }]);
}
