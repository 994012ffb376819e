import { useRef } from 'react';
import { topicOf, useCooperationEvents } from '../meetings/useCooperationEvents.ts';

/**
 * Keeps the cooperation's members and my permission flags true while its screen is shown:
 * `reload` (a read of `GET /api/cooperations/:id`) runs on every membership event
 * (`member.added`, `member.updated`, `member.removed`), so a role changed by an owner shows
 * on every open screen, the changed person's own included.
 */
export function useLiveMembers(cooperationId: string, reload: () => void): void {
  const read = useRef(reload);
  read.current = reload;
  useCooperationEvents(cooperationId, (event) => {
    if (topicOf(event) === 'members') read.current();
  });
}
