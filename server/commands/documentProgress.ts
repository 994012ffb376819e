import { clauseStateOf } from '../../shared/api/clauseStates.ts';
import type { DocumentProgressDTO } from '../../shared/api/cooperations.ts';
import { docToJSON } from '../collab/convert.ts';
import { logHead } from '../collab/store.ts';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/connection.ts';
import { activeApprovals } from '../db/repos/approvals.ts';
import type { DocumentRecord } from '../db/repos/documents.ts';
import { listParties } from '../db/repos/parties.ts';
import { clauseStates } from './clauseStates.ts';

/** The clause hashes of a document as of one seq of its update log. */
interface HashedOutline {
  seq: number;
  clauses: { id: string; hash: string }[];
}

/**
 * Hashes per document and database. Hashing needs the document's text (its Y.Doc), which is
 * the expensive part; approvals change without the text changing and are read fresh every
 * time. The entry is valid while no update was logged after `seq`.
 */
const outlines = new WeakMap<DB, Map<string, HashedOutline>>();

/** Seq of the last logged update of a document (0 when none): an index seek. */

async function hashedOutline(ctx: Pick<AppContext, 'db' | 'collab'>, document: DocumentRecord) {
  let byId = outlines.get(ctx.db);
  if (!byId) {
    byId = new Map();
    outlines.set(ctx.db, byId);
  }
  const seq = logHead(ctx.db, document.id);
  const cached = byId.get(document.id);
  if (cached && cached.seq === seq) return cached;
  // The seq is read with the text, in the same tick: updates applied but not yet logged make
  // the next read see a higher seq and count again, never the other way round.
  const { body, seq: readAt } = await ctx.collab.withDocument(document.id, (doc) => ({
    body: docToJSON(doc).body,
    seq: logHead(ctx.db, document.id),
  }));
  const fresh: HashedOutline = {
    seq: readAt,
    clauses: clauseStates(ctx.db, document, body).map((c) => ({ id: c.id, hash: c.hash })),
  };
  byId.set(document.id, fresh);
  return fresh;
}

/**
 * "12 of 15 Pasal agreed" for each MoU and PKS: Pasal whose current text every party of the
 * cooperation approved (the same rule as `clauseStates`). A document is loaded only when it
 * changed since it was last counted; minutes (`notes`) have no Pasal to agree and get none.
 */
export async function documentProgress(
  ctx: Pick<AppContext, 'db' | 'collab'>,
  documents: DocumentRecord[],
): Promise<Map<string, DocumentProgressDTO>> {
  const progress = new Map<string, DocumentProgressDTO>();
  for (const document of documents) {
    if (document.kind === 'notes') continue;
    const { clauses } = await hashedOutline(ctx, document);
    const partyIds = listParties(ctx.db, document.cooperationId).map((p) => p.id);
    const approvals = activeApprovals(ctx.db, document.id);
    const agreed = clauses.filter(
      (c) =>
        clauseStateOf(
          c.hash,
          approvals.filter((a) => a.clauseId === c.id && partyIds.includes(a.partyId)),
          partyIds,
        ) === 'agreed',
    ).length;
    progress.set(document.id, { agreed, total: clauses.length });
  }
  return progress;
}
