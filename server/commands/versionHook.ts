import type { AppContext } from '../context.ts';
import { createVersion } from '../history/index.ts';

/**
 * Why a version is recorded automatically by the approvals and lifecycle commands: the same
 * words as `versions.kind` in history's migration (005_history.sql).
 */
export type AutomaticVersionReason = 'approval' | 'finalized' | 'reopened' | 'signed';

/**
 * Records an automatic version after an approval, a finalisation, a reopening or a signing,
 * once the change is durable. It never makes the command fail: a version is a convenience,
 * the approval or status change is the record.
 */
export async function recordAutomaticVersion(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store' | 'log'>,
  input: { documentId: string; userId: string; reason: AutomaticVersionReason; label: string },
): Promise<void> {
  try {
    createVersion(ctx, {
      documentId: input.documentId,
      userId: input.userId,
      kind: input.reason,
      label: input.label,
    });
  } catch (err) {
    ctx.log.warn({ err, ...input }, 'automatic version not recorded');
  }
}
