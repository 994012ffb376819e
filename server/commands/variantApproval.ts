import { variantApprovalByCooperationBureau } from '../../shared/api/agreementSettings.ts';
import { type Actor, type DocumentFacts, qualifies } from '../../shared/policies.ts';
import type { DB } from '../db/connection.ts';
import { findCooperation } from '../db/repos/cooperations.ts';
import type { DocumentRecord } from '../db/repos/documents.ts';
import { getUnit } from '../db/repos/units.ts';
import { findTier } from '../db/repos/variants.ts';
import { approvalOtherUnit, mayNotApprove } from '../errors/index.ts';

/**
 * A document as the approval rule reads it: its state and, for a PKS variant, the unit it is
 * made for, that unit's party and whether the cooperation lets the party's members without a
 * unit (Bagian Kerja Sama) approve it. `unitName` names the unit for the refusal.
 */
export function approvalFacts(
  db: DB,
  document: Pick<DocumentRecord, 'id' | 'status' | 'cooperationId'>,
): DocumentFacts & { unitName: string } {
  const tier = findTier(db, document.id);
  const unit = tier?.tier === 'variant' && tier.unitId ? getUnit(db, tier.unitId) : null;
  if (!unit) return { status: document.status, variant: null, unitName: '' };
  const settings = findCooperation(db, document.cooperationId)?.settings;
  return {
    status: document.status,
    variant: {
      unitId: unit.id,
      unitPartyId: unit.partyId,
      byCooperationBureau: variantApprovalByCooperationBureau(settings),
    },
    unitName: unit.shortName || unit.name,
  };
}

/**
 * Throws 403 unless the member (with the `unitId` of their membership) may approve, or withdraw
 * approvals, on this document for their party: `approval.forbidden` for a role that never
 * approves, `approval.other_unit` for a member of a variant's party who is not of its unit
 * (nor of the Bagian Kerja Sama where that counts).
 */
export function requireApproverOf(
  db: DB,
  member: Actor,
  document: Pick<DocumentRecord, 'id' | 'status' | 'cooperationId'>,
): void {
  if (!qualifies(member, 'document.approve')) throw mayNotApprove();
  const facts = approvalFacts(db, document);
  if (!qualifies(member, 'document.approve', facts)) {
    throw approvalOtherUnit(facts.unitName, facts.variant?.byCooperationBureau ?? false);
  }
}
