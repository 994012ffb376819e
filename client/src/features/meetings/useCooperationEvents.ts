import { useEffect, useRef } from 'react';

/** One change in a cooperation, as `GET /api/cooperations/:id/events` sends it. */
export interface CooperationEvent {
  type: string;
  by?: string;
  [key: string]: unknown;
}

type Listener = (event: CooperationEvent) => void;

/**
 * One EventSource per cooperation, shared by every part of the page that listens: each stream
 * holds one of the browser's six HTTP/1.1 connections to the server (shared by all its tabs),
 * and the editor and the meeting room listen in several places at once.
 */
const streams = new Map<string, { source: EventSource; listeners: Set<Listener> }>();

function listen(cooperationId: string, listener: Listener): () => void {
  let stream = streams.get(cooperationId);
  if (!stream) {
    const source = new EventSource(`/api/cooperations/${encodeURIComponent(cooperationId)}/events`);
    const listeners = new Set<Listener>();
    source.onmessage = (message) => {
      let event: CooperationEvent;
      try {
        event = JSON.parse(message.data) as CooperationEvent;
      } catch {
        return; // not an event of ours
      }
      for (const l of [...listeners]) {
        try {
          l(event);
        } catch (error) {
          console.error(error); // one listener's failure is not the others'
        }
      }
    };
    stream = { source, listeners };
    streams.set(cooperationId, stream);
  }
  const { source, listeners } = stream;
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && streams.get(cooperationId)?.source === source) {
      source.close();
      streams.delete(cooperationId);
    }
  };
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
    return listen(cooperationId, (event) => handler.current(event));
  }, [cooperationId]);
}

/** True for events that change what `prefixes` lists show (`'point.'` matches point.created). */
export const concerns = (event: CooperationEvent, ...prefixes: string[]) =>
  event.type === 'stream.reset' || prefixes.some((p) => event.type.startsWith(p));
