import type { ClauseSummaryDTO, DocumentDTO, DocumentPermissions } from '../../../shared/api/documents.ts';
import { clauseNodes, outlineOf, type PMJSON } from '../../../shared/clauses.ts';
import type { DocumentMeta } from '../../../shared/meta.ts';
import {
  type Actor,
  type DocumentFacts,
  documentPermissions as permissionsOf,
} from '../../../shared/policies.ts';
import { pendingByClause } from '../../../shared/suggestions/index.ts';
import { clauseHash } from '../../clauseHash.ts';
import type { DocumentApprovals } from '../../commands/documentApprovals.ts';
import type { DocumentRecord } from '../../db/repos/documents.ts';
import { iso } from '../../db/repos/sql.ts';

/**
 * The clauses of a document body: number and heading from position (`outlineOf`), hash of the
 * clause's canonical JSON (`clauseHash`). Approval state is added by the approvals feature;
 * here every clause is a `draft` without approvals.
 */
export function presentClauses(body: PMJSON): ClauseSummaryDTO[] {
  const nodes = clauseNodes(body);
  return outlineOf(body).clauses.map((c) => ({
    id: c.id,
    number: c.number,
    heading: c.heading,
    hash: clauseHash(nodes.get(c.id)!),
    state: 'draft',
    approvals: [],
  }));
}

/**
 * What the member may do with the document now, as the policies (`shared/policies.ts`) decide;
 * a variant's facts and the member's unit (`server/commands/variantApproval.ts`) decide approving.
 */
export function documentPermissions(document: DocumentFacts, member: Actor): DocumentPermissions {
  return permissionsOf(member, document);
}

/** Clauses and parts without approvals, and no fingerprint: a document nobody approved yet. */
export const unapproved = (body: PMJSON): DocumentApprovals => ({
  clauses: presentClauses(body),
  parts: [],
  fingerprint: null,
});

/**
 * `GET /api/documents/:id`'s document: the record, the live meta, the clauses and the parts
 * outside the Pasal with their approval states, and a final text's fingerprint (from
 * `server/commands/documentApprovals.ts` when given).
 */
export function presentDocument(
  document: DocumentRecord,
  content: { body: PMJSON; meta: DocumentMeta },
  completeness: unknown = null,
  approvals: DocumentApprovals = unapproved(content.body),
): DocumentDTO {
  return {
    id: document.id,
    cooperationId: document.cooperationId,
    kind: document.kind,
    title: document.title,
    status: document.status,
    mouId: document.mouId,
    createdAt: iso(document.createdAt),
    updatedAt: iso(document.updatedAt),
    meta: content.meta,
    clauses: approvals.clauses,
    parts: approvals.parts,
    fingerprint: approvals.fingerprint,
    pendingByClause: Object.fromEntries(pendingByClause(content.body)),
    completeness,
  };
}
