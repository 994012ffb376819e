import { useEffect, useRef } from 'react';
import { accessEnded } from '../../app/accessEnd.ts';
import { type ApiError, api } from '../../app/http.ts';

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

/** The last event of a stream the server ended because this person may no longer listen. */
const ENDED = 'stream.ended';

function deliver(listeners: Set<Listener>, event: CooperationEvent): void {
  for (const l of [...listeners]) {
    try {
      l(event);
    } catch (error) {
      console.error(error); // one listener's failure is not the others'
    }
  }
}

/**
 * The stream is over for good: `stream.ended` said why (signed-out, not-member), or the
 * browser gave up reconnecting (an answer that is not a stream: 401, 404 after an ending it
 * did not hear while disconnected, which reading the cooperation tells apart).
 */
function ended(cooperationId: string, source: EventSource, reason: unknown): void {
  source.close();
  if (streams.get(cooperationId)?.source === source) streams.delete(cooperationId);
  if (reason === 'signed-out' || reason === 'not-member') {
    accessEnded(reason);
    return;
  }
  if (reason !== undefined) return;
  // A 401 signs the tab out by itself (app/http.ts); a 404 means no longer a member.
  api('GET', `/api/cooperations/${encodeURIComponent(cooperationId)}`).catch((error: ApiError) => {
    if (error.status === 404) accessEnded('not-member');
  });
}

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
      // Closed before the server's end of it, so the browser does not try again in vain.
      if (event.type === ENDED) ended(cooperationId, source, event.reason ?? null);
      deliver(listeners, event);
    };
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) ended(cooperationId, source, undefined);
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
 * events were missed and lists should be fetched again. A stream the server ends
 * (`stream.ended`: signed out, no longer a member) tells the app, which signs the tab out or
 * leaves the cooperation (see `app/accessEnd.ts`).
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
