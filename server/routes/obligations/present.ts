import type { ObligationDTO } from '../../../shared/api/obligations.ts';
import type { Obligation } from '../../db/repos/obligations.ts';
import { iso } from '../../db/repos/sql.ts';

/** A stored obligation as the API gives it (times as ISO strings). */
export function presentObligation(o: Obligation): ObligationDTO {
  return {
    id: o.id,
    documentId: o.documentId,
    clauseId: o.clauseId,
    ayatId: o.ayatId,
    clausePath: o.clausePath,
    partyScope: o.partyScope,
    partyId: o.partyId,
    partyLabel: o.partyLabel,
    unitId: o.unitId,
    liaisonId: o.liaisonId,
    text: o.text,
    evidence: o.evidence,
    due: o.due,
    source: o.source,
    status: o.status,
    decidedBy: o.decidedBy,
    decidedAt: o.decidedAt === null ? null : iso(o.decidedAt),
    createdAt: iso(o.createdAt),
    updatedAt: iso(o.updatedAt),
  };
}
