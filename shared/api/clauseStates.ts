import { z } from 'zod';

/**
 * A clause's approval state at a glance, derived on every read from the approvals and the
 * clause's current hash (never stored):
 * - `draft`: no party has a current approval, and none ever approved (or all withdrew);
 * - `partial`: some parties, not all, approved the text as it is now;
 * - `agreed`: every party of the cooperation approved the text as it is now;
 * - `changed`: parties had approved it, but the text changed since, so no approval is current.
 */
export const CLAUSE_STATES = ['draft', 'partial', 'agreed', 'changed'] as const;
export const clauseStateSchema = z
  .enum(CLAUSE_STATES)
  .describe(
    'draft: no approval; partial: some parties approved the current text; agreed: every party did; changed: approved before, but the text changed since',
  );
export type ClauseState = z.infer<typeof clauseStateSchema>;

/** Labels for people, in Bahasa Indonesia and English. */
export const CLAUSE_STATE_LABELS: Record<ClauseState, { id: string; en: string }> = {
  draft: { id: 'Draf', en: 'Draft' },
  partial: { id: 'Disetujui sebagian pihak', en: 'Approved by some parties' },
  agreed: { id: 'Disepakati semua pihak', en: 'Agreed by all parties' },
  changed: { id: 'Berubah sejak disetujui', en: 'Changed since approval' },
};

/**
 * The state of a clause whose hash is now `currentHash`, given each party's approval that
 * counts (latest, not withdrawn) and the parties of the cooperation.
 */
export function clauseStateOf(
  currentHash: string,
  approvals: readonly { partyId: string; hash: string }[],
  partyIds: readonly string[],
): ClauseState {
  const currentParties = new Set(approvals.filter((a) => a.hash === currentHash).map((a) => a.partyId));
  if (partyIds.length > 0 && partyIds.every((p) => currentParties.has(p))) return 'agreed';
  if (currentParties.size > 0) return 'partial';
  return approvals.length > 0 ? 'changed' : 'draft';
}
