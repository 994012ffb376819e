import { useEffect, useRef } from 'react';
import type { StreamEndReason, StreamEvent } from '../../../../shared/api/events.ts';
import { accessEnded } from '../../app/accessEnd.ts';
import { type ApiError, api } from '../../app/http.ts';
import { readStreamEvent } from './streamEvents.ts';

export { concerns, type EventTopic, topicOf } from './streamEvents.ts';

type Listener = (event: StreamEvent) => void;

/**
 * One EventSource per cooperation, shared by every part of the page that listens: each stream
 * holds one of the browser's six HTTP/1.1 connections to the server (shared by all its tabs),
 * and the editor and the meeting room listen in several places at once.
 */
const streams = new Map<string, { source: EventSource; listeners: Set<Listener> }>();

function deliver(listeners: Set<Listener>, event: StreamEvent): void {
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
function ended(cooperationId: string, source: EventSource, reason: StreamEndReason | undefined): void {
  source.close();
  if (streams.get(cooperationId)?.source === source) streams.delete(cooperationId);
  if (reason) {
    accessEnded(reason);
    return;
  }
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
      const event = readStreamEvent(String(message.data));
      if (!event) return;
      // Closed before the server's end of it, so the browser does not try again in vain.
      if (event.type === 'stream.ended') ended(cooperationId, source, event.reason);
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
export function useCooperationEvents(cooperationId: string, onEvent: (event: StreamEvent) => void): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    if (!cooperationId || typeof EventSource === 'undefined') return;
    return listen(cooperationId, (event) => handler.current(event));
  }, [cooperationId]);
}
