import type { RestoreResponse } from '../../../shared/api/history.ts';
import type { AppContext } from '../../context.ts';
import type { DocumentRecord } from '../../db/repos/documents.ts';
import { restoreVersion } from '../../history/restore.ts';
import { type CreateVersionInput, createVersion } from '../../history/versions.ts';
import type { VersionRecord } from '../../history/versionsRepo.ts';

type HistoryContext = Pick<AppContext, 'db' | 'collab' | 'store' | 'events'>;

/** Records a named version of `document` as it is now (`createVersion`) and publishes `version.created`. */
export function saveVersionAndPublish(
  ctx: HistoryContext,
  document: Pick<DocumentRecord, 'id' | 'cooperationId'>,
  input: Omit<CreateVersionInput, 'documentId'>,
): VersionRecord {
  const version = createVersion(ctx, { ...input, documentId: document.id });
  ctx.events?.publish(document.cooperationId, {
    type: 'version.created',
    documentId: document.id,
    versionId: version.id,
  });
  return version;
}

/**
 * Brings back a clause (or the whole body) of `document` from `version` (`restoreVersion`) and
 * publishes `document.restored` when the text changed.
 */
export async function restoreAndPublish(
  ctx: HistoryContext,
  document: Pick<DocumentRecord, 'id' | 'cooperationId'>,
  input: { version: VersionRecord; clauseId?: string; userId: string },
): Promise<RestoreResponse> {
  const result = await restoreVersion(ctx, { ...input, documentId: document.id });
  if (result.changed) {
    ctx.events?.publish(document.cooperationId, {
      type: 'document.restored',
      documentId: document.id,
      versionId: input.version.id,
      clauseId: result.clauseId,
    });
  }
  return result;
}
