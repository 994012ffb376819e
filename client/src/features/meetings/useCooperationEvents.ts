import { useEffect, useRef } from 'react';

/** One change in a cooperation, as `GET /api/cooperations/:id/events` sends it. */
export interface CooperationEvent {
  type: string;
  by?: string;
  [key: string]: unknown;
}

/**
 * Listens to the cooperation's Server-Sent Events while the screen is shown and calls
 * `onEvent` for each one (`point.created`, `reply.created`, `action.updated`, `meeting.closed`,
 * ...). EventSource reconnects by itself and resumes with Last-Event-ID; `stream.reset` means
 * events were missed and lists should be fetched again.
 */
export function useCooperationEvents(
  cooperationId: string,
  onEvent: (event: CooperationEvent) => void,
): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    if (!cooperationId || typeof EventSource === 'undefined') return;
    const source = new EventSource(`/api/cooperations/${encodeURIComponent(cooperationId)}/events`);
    source.onmessage = (message) => {
      try {
        handler.current(JSON.parse(message.data) as CooperationEvent);
      } catch {
        // not an event of ours
      }
    };
    return () => source.close();
  }, [cooperationId]);
}

/** True for events that change what `prefixes` lists show (`'point.'` matches point.created). */
export const concerns = (event: CooperationEvent, ...prefixes: string[]) =>
  event.type === 'stream.reset' || prefixes.some((p) => event.type.startsWith(p));
