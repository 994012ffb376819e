import type { ApprovalRecordDTO } from '../../../shared/api/approvals.ts';
import type { ApprovalRecord } from '../../db/repos/approvals.ts';
import { iso } from '../../db/repos/sql.ts';

/** An approval as kept on record (withdrawn ones too). */
export const presentApprovalRecord = (a: ApprovalRecord): ApprovalRecordDTO => ({
  clauseId: a.clauseId,
  partyId: a.partyId,
  userId: a.userId,
  hash: a.hash,
  at: iso(a.at),
  withdrawnAt: a.withdrawnAt === null ? null : iso(a.withdrawnAt),
  withdrawnBy: a.withdrawnBy,
});
