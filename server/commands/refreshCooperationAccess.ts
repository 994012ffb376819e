import type { AppContext } from '../context.ts';
import { listDocuments } from '../db/repos/documents.ts';

/**
 * Re-checks the open collaboration sockets of every document of a cooperation after a
 * membership change, so a removed member or a demoted editor loses write access at once.
 */
export async function refreshCooperationAccess(
  ctx: Pick<AppContext, 'db' | 'collab'>,
  cooperationId: string,
) {
  await Promise.all(listDocuments(ctx.db, cooperationId).map((d) => ctx.collab.refreshAccess(d.id)));
}
