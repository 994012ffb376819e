import { clauseStateOf } from '../../shared/api/clauseStates.ts';
import type { ApprovalDTO, ClauseSummaryDTO } from '../../shared/api/documents.ts';
import { clauseNodes, outlineOf, type PMJSON } from '../../shared/clauses.ts';
import { clauseHash } from '../clauseHash.ts';
import type { DB } from '../db/connection.ts';
import { type ApprovalRecord, activeApprovals } from '../db/repos/approvals.ts';
import { listParties } from '../db/repos/parties.ts';
import { iso } from '../db/repos/sql.ts';

/**
 * The approvals of one document that count, by item (clause id or part id), each list in
 * party order, and the parties of the cooperation. Read once per request: the state of every
 * Pasal and part is derived from it and the hashes of the text now.
 */
export interface ApprovalBook {
  partyIds: string[];
  /** The state and approvals of an item whose content hashes to `hash` now. */
  stateOf(itemId: string, hash: string): Pick<ClauseSummaryDTO, 'state' | 'approvals'>;
}

/** Reads the document's approvals that count, for {@link ApprovalBook.stateOf}. */
export function approvalBook(db: DB, document: { id: string; cooperationId: string }): ApprovalBook {
  const partyIds = listParties(db, document.cooperationId).map((p) => p.id);
  const partyOrder = new Map(partyIds.map((id, i) => [id, i]));
  const byItem = new Map<string, ApprovalRecord[]>();
  for (const a of activeApprovals(db, document.id)) {
    if (!partyOrder.has(a.partyId)) continue;
    const list = byItem.get(a.clauseId) ?? [];
    list.push(a);
    byItem.set(a.clauseId, list);
  }
  return {
    partyIds,
    stateOf(itemId, hash) {
      const approvals: ApprovalDTO[] = (byItem.get(itemId) ?? [])
        .sort((a, b) => partyOrder.get(a.partyId)! - partyOrder.get(b.partyId)!)
        .map((a) => ({
          partyId: a.partyId,
          userId: a.userId,
          hash: a.hash,
          at: iso(a.at),
          current: a.hash === hash,
        }));
      return { state: clauseStateOf(hash, approvals, partyIds), approvals };
    },
  };
}

/**
 * Every clause of a document body as the API shows it: number and heading from position,
 * the hash of its text now, each party's approval that counts (marked `current` when it was
 * given to this very text), and the state derived from them. Nothing here is stored: an edit
 * makes approvals stale simply because the hash moves on.
 */
export function clauseStates(
  db: DB,
  document: { id: string; cooperationId: string },
  body: PMJSON,
  book = approvalBook(db, document),
): ClauseSummaryDTO[] {
  const nodes = clauseNodes(body);
  return outlineOf(body).clauses.map((c) => {
    const hash = clauseHash(nodes.get(c.id)!);
    return { id: c.id, number: c.number, heading: c.heading, hash, ...book.stateOf(c.id, hash) };
  });
}
