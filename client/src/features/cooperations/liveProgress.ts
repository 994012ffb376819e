import { useEffect, useRef } from 'react';
import type { StreamEvent, StreamEventType } from '../../../../shared/api/events.ts';
import { useCooperationEvents } from '../meetings/useCooperationEvents.ts';

const CHANGES_LIST = new Set<StreamEventType>([
  'approval.changed',
  'document.status',
  'document.created',
  'stream.reset',
]);

/**
 * True for an event after which the cooperation's documents list otherwise: a party approved
 * or withdrew a Pasal or a part (`approval.changed`), a document was finalised, reopened or
 * signed (`document.status`) or created (`document.created`), or events were missed
 * (`stream.reset`).
 */
export const changesProgress = (event: StreamEvent) => CHANGES_LIST.has(event.type);

/** How long a burst of approvals (a party approving everything in a row) is gathered into one read. */
const GATHER_MS = 250;

/**
 * Keeps the cooperation's document list true while the screen is shown: `reload` (a read of
 * `GET /api/cooperations/:id`, which counts each document's progress) runs after any event
 * that changes a count, a status or the list, at most once per {@link GATHER_MS}; an event
 * that arrives while a read is pending is covered by it, the last one always gets a read
 * after it.
 */
export function useLiveProgress(cooperationId: string, reload: () => void): void {
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const read = useRef(reload);
  read.current = reload;
  useCooperationEvents(cooperationId, (event) => {
    if (!changesProgress(event) || pending.current !== null) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      read.current();
    }, GATHER_MS);
  });
  useEffect(
    () => () => {
      if (pending.current !== null) clearTimeout(pending.current);
      pending.current = null;
    },
    [],
  );
}
