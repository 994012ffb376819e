import { RefusalReason } from '../../../../shared/protocol.ts';
import type { EditorMessageKey } from './messages.ts';

const REASONS = new Set<string>(Object.values(RefusalReason));

/**
 * The message that tells the user why the server refused their changes, by the close reason
 * of a 4422: one per {@link RefusalReason}, `refused.other` (naming the reason) for anything
 * else a server may send.
 */
export function refusalMessage(reason: string): EditorMessageKey {
  return REASONS.has(reason) ? (`refused.${reason}` as EditorMessageKey) : 'refused.other';
}

/** Refusals that mean this person may no longer write here: the document and their role are read again. */
export const refusalEndsWriting = (reason: string) =>
  reason === RefusalReason.locked || reason === RefusalReason.readOnly;
