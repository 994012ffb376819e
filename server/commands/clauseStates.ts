import { clauseStateOf } from '../../shared/api/clauseStates.ts';
import type { ApprovalDTO, ClauseSummaryDTO } from '../../shared/api/documents.ts';
import { clauseNodes, outlineOf, type PMJSON } from '../../shared/clauses.ts';
import { clauseHash } from '../clauseHash.ts';
import type { DB } from '../db/connection.ts';
import { type ApprovalRecord, activeApprovals } from '../db/repos/approvals.ts';
import { listParties } from '../db/repos/parties.ts';
import { iso } from '../db/repos/sql.ts';

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
): ClauseSummaryDTO[] {
  const parties = listParties(db, document.cooperationId);
  const partyOrder = new Map(parties.map((p, i) => [p.id, i]));
  const byClause = new Map<string, ApprovalRecord[]>();
  for (const a of activeApprovals(db, document.id)) {
    if (!partyOrder.has(a.partyId)) continue;
    const list = byClause.get(a.clauseId) ?? [];
    list.push(a);
    byClause.set(a.clauseId, list);
  }
  const nodes = clauseNodes(body);
  return outlineOf(body).clauses.map((c) => {
    const hash = clauseHash(nodes.get(c.id)!);
    const approvals: ApprovalDTO[] = (byClause.get(c.id) ?? [])
      .sort((a, b) => partyOrder.get(a.partyId)! - partyOrder.get(b.partyId)!)
      .map((a) => ({
        partyId: a.partyId,
        userId: a.userId,
        hash: a.hash,
        at: iso(a.at),
        current: a.hash === hash,
      }));
    return {
      id: c.id,
      number: c.number,
      heading: c.heading,
      hash,
      state: clauseStateOf(hash, approvals, [...partyOrder.keys()]),
      approvals,
    };
  });
}
