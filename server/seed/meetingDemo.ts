import { type ClauseOutline, outlineOf } from '../../shared/clauses.ts';
import { docToJSON } from '../collab/convert.ts';
import { createAction } from '../commands/meetings/actions.ts';
import { addLiaison } from '../commands/meetings/liaisons.ts';
import { closeMeeting, openMeeting } from '../commands/meetings/meetingState.ts';
import { createMeeting } from '../commands/meetings/meetings.ts';
import { changePoint, raisePoint, replyToPoint } from '../commands/meetings/points.ts';
import type { AppContext } from '../context.ts';
import { findMember } from '../db/repos/members.ts';
import { listParties } from '../db/repos/parties.ts';
import { findUserByUsername } from '../db/repos/users.ts';
import { FOUNDING_MEETING, LIAISONS, PLANNED_MEETING } from './meetingDemoData.ts';

/** 2020-03-10 09:00 WIB (UTC+7) plus `minutes`, in ms: the founding meeting's clock. */
const at = (minutes: number) => Date.UTC(2020, 2, 10, 2, 0) + minutes * 60_000;

/**
 * The founding meeting of the demo cooperation (10 March 2020 at the city's organisation
 * office), played through the same commands the API uses: planned, opened, points raised on
 * clauses of the demo MoU and PKS (found by heading, numbered from the stored documents),
 * replies, decisions, follow-ups, closed (which records a version of both drafts). Then the
 * liaisons the OPDs named, one point raised between meetings, and the planned follow-up meeting.
 */
export async function seedMeetingDemo(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store'>,
  demo: { cooperationId: string; mouId: string; pksId: string },
): Promise<{ meetingId: string; nextMeetingId: string }> {
  const { db } = ctx;
  const { cooperationId, mouId, pksId } = demo;
  const [first, second] = listParties(db, cooperationId);
  if (!first || !second) throw new Error('the demo cooperation has two parties');
  const [ombudsman, pemkot] = [first.id, second.id];
  const actorOf = (username: string, time?: number) => {
    const user = findUserByUsername(db, username)!;
    return { user, member: findMember(db, cooperationId, user.id)!, at: time };
  };
  const outlines = new Map<string, ClauseOutline[]>();
  for (const id of [mouId, pksId]) {
    outlines.set(id, await ctx.collab.withDocument(id, (d) => outlineOf(docToJSON(d).body).clauses));
  }
  /** The clause of a demo document whose heading matches, or none if the template changed. */
  const clause = (documentId: string, heading: RegExp) =>
    outlines.get(documentId)?.find((c) => heading.test(c.heading))?.id;

  const owner = actorOf('ombudsman');
  const base = { cooperationId, userId: owner.user.id };
  const members = (...names: string[]) => names.map((n) => ({ userId: actorOf(n).user.id }));

  const { guests, ...plannedHead } = PLANNED_MEETING;
  const planned = createMeeting(
    db,
    { ...base, at: at(170) },
    {
      ...plannedHead,
      documentIds: [mouId, pksId],
      attendees: [...members('ombudsman', 'asisten', 'organisasi', 'pemkot'), ...guests(pemkot)],
    },
  );

  const meeting = createMeeting(
    db,
    { ...base, at: at(-7 * 24 * 60) },
    {
      ...FOUNDING_MEETING.head,
      documentIds: [mouId, pksId],
      attendees: FOUNDING_MEETING.attendees(ombudsman, pemkot, (n) => actorOf(n).user.id),
      nextMeeting: { meetingId: planned.id, text: FOUNDING_MEETING.nextMeetingNote },
    },
  );
  openMeeting(ctx, meeting.id, at(0));
  const agenda = meeting.agenda.map((a) => a.id);

  const pointIds: string[] = [];
  let minute = 10;
  for (const p of FOUNDING_MEETING.points) {
    const documentId = p.document === 'mou' ? mouId : pksId;
    const raiser = actorOf(p.recordedBy, at(minute));
    const point = await raisePoint(ctx, raiser, {
      text: p.text,
      documentId,
      clauseId: p.clause ? clause(documentId, p.clause) : undefined,
      meetingId: meeting.id,
      agendaItemId: agenda[p.agenda],
    });
    for (const r of p.replies ?? []) {
      minute += 4;
      replyToPoint(db, actorOf(r.by, at(minute)), point, r.text);
    }
    minute += 6;
    await changePoint(ctx, actorOf('pemkot', at(minute)), point.id, { state: p.state, decision: p.decision });
    pointIds.push(point.id);
    minute += 5;
  }

  for (const a of FOUNDING_MEETING.actions) {
    createAction(
      db,
      { ...base, at: at(165) },
      {
        text: a.text,
        personInCharge: { userId: actorOf(a.pic).user.id },
        dueDate: a.dueDate,
        state: a.state,
        meetingId: meeting.id,
        pointId: pointIds[a.point],
      },
    );
  }
  await closeMeeting(ctx, meeting.id, owner.user.id, at(180));

  for (const l of LIAISONS) {
    addLiaison(
      db,
      { ...base, at: Date.UTC(2020, 2, 24, 3, 0) },
      { ...l, partyId: l.party === 1 ? ombudsman : pemkot },
    );
  }
  // A point raised after the meeting, between meetings, still open.
  const between = FOUNDING_MEETING.pointBetweenMeetings;
  await raisePoint(ctx, actorOf(between.recordedBy, Date.UTC(2020, 2, 16, 4, 0)), {
    text: between.text,
    documentId: pksId,
    clauseId: clause(pksId, between.clause),
  });
  return { meetingId: meeting.id, nextMeetingId: planned.id };
}
