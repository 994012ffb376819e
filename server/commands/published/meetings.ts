import type { CooperationEvent } from '../../../shared/api/events.ts';
import type { CreateMeetingBody, MeetingDTO, UpdateMeetingBody } from '../../../shared/api/meetings.ts';
import type { AppContext } from '../../context.ts';
import type { Meeting } from '../../db/repos/meetings.ts';
import type { User } from '../../db/repos/users.ts';
import { presentMeeting } from '../../presenters/meetings.ts';
import { closeMeeting, openMeeting, reopenMeeting } from '../meetings/meetingState.ts';
import { createMeeting, type MeetingActor, updateMeeting } from '../meetings/meetings.ts';

/** The meeting events: each carries the meeting as the API shows it after the change. */
type MeetingEventType = Extract<CooperationEvent, { meetingId: string }>['type'];
type MeetingsContext = Pick<AppContext, 'db' | 'events'>;

/** Presents `meeting`, publishes it as `type` (`by`: who changed it) and returns what was published. */
function publishMeeting(
  ctx: MeetingsContext,
  type: MeetingEventType,
  meeting: Meeting,
  by: string,
): MeetingDTO {
  const dto = presentMeeting(ctx.db, meeting);
  ctx.events?.publish(meeting.cooperationId, { type, meetingId: meeting.id, meeting: dto, by });
  return dto;
}

/** Plans a meeting (`createMeeting`) and publishes `meeting.created`. */
export function planMeetingAndPublish(
  ctx: MeetingsContext,
  actor: MeetingActor,
  body: CreateMeetingBody,
): MeetingDTO {
  return publishMeeting(ctx, 'meeting.created', createMeeting(ctx.db, actor, body), actor.userId);
}

/** Changes a meeting (`updateMeeting`) and publishes `meeting.updated`. */
export function updateMeetingAndPublish(
  ctx: MeetingsContext,
  meetingId: string,
  patch: UpdateMeetingBody,
  by: string,
): MeetingDTO {
  return publishMeeting(ctx, 'meeting.updated', updateMeeting(ctx.db, meetingId, patch), by);
}

/** Opens a planned meeting (`openMeeting`) and publishes `meeting.opened`. */
export function openMeetingAndPublish(ctx: MeetingsContext, meetingId: string, by: string): MeetingDTO {
  return publishMeeting(ctx, 'meeting.opened', openMeeting(ctx, meetingId), by);
}

/** Closes an open meeting (`closeMeeting`: versions, frozen minutes) and publishes `meeting.closed`. */
export async function closeMeetingAndPublish(
  ctx: MeetingsContext & Parameters<typeof closeMeeting>[0],
  meetingId: string,
  by: string,
): Promise<MeetingDTO> {
  return publishMeeting(ctx, 'meeting.closed', await closeMeeting(ctx, meetingId, by), by);
}

/** Reopens a closed meeting for `reason` (`reopenMeeting`) and publishes `meeting.reopened`. */
export async function reopenMeetingAndPublish(
  ctx: MeetingsContext & Parameters<typeof reopenMeeting>[0],
  meetingId: string,
  user: Pick<User, 'id' | 'displayName'>,
  reason: string,
): Promise<MeetingDTO> {
  return publishMeeting(ctx, 'meeting.reopened', await reopenMeeting(ctx, meetingId, user, reason), user.id);
}
