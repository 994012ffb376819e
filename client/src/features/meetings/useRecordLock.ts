import { useCallback } from 'react';
import { useResource } from '../../app/useResource.ts';
import { listMeetings } from './api.ts';
import { concerns, useCooperationEvents } from './useCooperationEvents.ts';

/**
 * Whether a point's outcome is part of a closed meeting's minutes, kept live with the meetings'
 * states: such a point is decided again only after its meeting is reopened (the server answers
 * 409 `meeting.record_locked` otherwise), so its card offers no deciding.
 */
export function useRecordLock(
  cooperationId: string,
): (point: { decidedInMeetingId: string | null }) => boolean {
  const { data, reload } = useResource(`meetings:${cooperationId}`, () => listMeetings(cooperationId));
  useCooperationEvents(cooperationId, (e) => concerns(e, 'meetings') && reload());
  return useCallback(
    (point) =>
      point.decidedInMeetingId !== null &&
      (data ?? []).some((m) => m.id === point.decidedInMeetingId && m.state === 'closed'),
    [data],
  );
}
