import type { StreamEvent } from '../../../../shared/api/events.ts';

/**
 * True for an event after which the approvals of `documentId` read differently: a party
 * approved or withdrew a Pasal or a part (`approval.changed`, published by the server's
 * approve and withdraw commands). The document is then read again, so every panel, state dot
 * and count shows it without a reload.
 */
export const changesApprovals = (event: StreamEvent, documentId: string) =>
  event.type === 'approval.changed' && event.documentId === documentId;
