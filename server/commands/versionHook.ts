import type { AppContext } from '../context.ts';

/**
 * Why a version is recorded automatically by the approvals and lifecycle commands: the same
 * words as `versions.kind` in history's migration (005_history.sql).
 */
export type AutomaticVersionReason = 'approval' | 'finalized' | 'reopened' | 'signed';

/**
 * THE hook point between approvals/lifecycle (issue 3) and history (issue 6): called after an
 * approval is recorded and after a document is finalised, reopened or signed, once the
 * change is durable. History's versions API does not exist yet, so this records nothing;
 * when it lands, this function calls it (e.g. `createVersion(ctx, { documentId, userId,
 * kind: reason, label })`) and every caller gets automatic versions with no other change.
 * It must never make the command fail: a version is a convenience, the approval is the record.
 */
export async function recordAutomaticVersion(
  ctx: Pick<AppContext, 'log'>,
  input: { documentId: string; userId: string; reason: AutomaticVersionReason; label: string },
): Promise<void> {
  ctx.log.debug({ ...input }, 'automatic version point (history not wired yet)');
}
