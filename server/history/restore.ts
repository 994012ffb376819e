import { updateYFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { RestoreResponse } from '../../shared/api/history.ts';
import { clauseNodes, type PMJSON } from '../../shared/clauses.ts';
import { YDOC } from '../../shared/protocol.ts';
import { agreementSchema, NODE } from '../../shared/schema/index.ts';
import { clauseHash } from '../clauseHash.ts';
import { docToJSON } from '../collab/convert.ts';
import type { AppContext } from '../context.ts';
import { notFound } from '../errors/index.ts';
import { stateAt } from './reconstruct.ts';
import type { VersionRecord } from './versionsRepo.ts';
import { clauseElements, yElementToJSON } from './yjson.ts';

/**
 * Brings back a clause, or the whole body, as it read in `version`: a NEW change by `userId`
 * made through `collab.withDocument`, so it is logged, broadcast to everyone editing and
 * attributed like a keystroke. The log is never rewritten. A clause that still exists is
 * updated in place (y-tiptap's `updateYFragment` writes only the difference); a clause that
 * was removed is re-inserted after the node it followed in the version.
 */
export async function restoreVersion(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store'>,
  input: { documentId: string; version: VersionRecord; clauseId?: string; userId: string },
): Promise<RestoreResponse> {
  const { documentId, version, clauseId, userId } = input;
  const old = stateAt(ctx.db, documentId, version.seq);
  const schema = agreementSchema();
  const meta = () => ({ mapping: new Map(), isOMark: new Map() });
  let changed: boolean;
  // What others typed just before is attributed first: the restore is its own entry, by the restorer.
  ctx.collab.settle(documentId);

  if (clauseId) {
    const oldClause = clauseNodes(old.body).get(clauseId);
    if (!oldClause) throw notFound('clause');
    const node = schema.nodeFromJSON(oldClause);
    changed = await ctx.collab.withDocument(
      documentId,
      (doc) => {
        const body = doc.getXmlFragment(YDOC.body);
        const existing = clauseElements(body).get(clauseId)?.el;
        if (existing && clauseHash(yElementToJSON(existing)) === clauseHash(oldClause)) return false;
        let target = existing;
        if (!target) {
          target = new Y.XmlElement(NODE.clause);
          body.insert(insertionIndex(old.body, clauseId, body), [target]);
        }
        updateYFragment(doc, target, node, meta());
        return true;
      },
      { userId },
    );
  } else {
    const node = schema.nodeFromJSON(old.body);
    changed = await ctx.collab.withDocument(
      documentId,
      (doc) => {
        if (JSON.stringify(docToJSON(doc).body) === JSON.stringify(old.body)) return false;
        updateYFragment(doc, doc.getXmlFragment(YDOC.body), node, meta());
        return true;
      },
      { userId },
    );
  }
  ctx.collab.settle(documentId);
  return {
    restored: clauseId ? 'clause' : 'document',
    clauseId: clauseId ?? null,
    changed,
    seq: ctx.store.latestSeq(documentId),
  };
}

/**
 * Where a removed clause goes back: after the nearest node before it in the old body that
 * still exists (by id), else before the nearest one after it, else at its old index.
 */
function insertionIndex(oldBody: PMJSON, clauseId: string, body: Y.XmlFragment): number {
  const now = new Map<string, number>();
  body.toArray().forEach((child, i) => {
    const id = child instanceof Y.XmlElement ? child.getAttribute('id') : undefined;
    if (typeof id === 'string' && !now.has(id)) now.set(id, i);
  });
  const top = oldBody.content ?? [];
  const at = top.findIndex((n) => n.type === NODE.clause && n.attrs?.id === clauseId);
  for (let i = at - 1; i >= 0; i--) {
    const found = now.get(String(top[i]?.attrs?.id ?? ''));
    if (found !== undefined) return found + 1;
  }
  for (let i = at + 1; i < top.length; i++) {
    const found = now.get(String(top[i]?.attrs?.id ?? ''));
    if (found !== undefined) return found;
  }
  return Math.min(Math.max(at, 0), body.length);
}
