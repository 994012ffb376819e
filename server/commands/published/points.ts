import type { CreatePointBody, PointDTO, ReplyDTO, UpdatePointBody } from '../../../shared/api/points.ts';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/connection.ts';
import { type DiscussionPoint, findPoint, repliesOf } from '../../db/repos/points.ts';
import { pointNotFound } from '../../errors/index.ts';
import { presentPoint, presentReply } from '../../presenters/points.ts';
import { changePoint, type PointActor, raisePoint, replyToPoint } from '../meetings/points.ts';

type PointsContext = Pick<AppContext, 'db' | 'collab' | 'events'>;

/** The point as the API shows it now, with its replies. */
function pointNow(db: DB, pointId: string): PointDTO {
  const point = findPoint(db, pointId);
  if (!point) throw pointNotFound();
  return presentPoint(point, repliesOf(db, [pointId]).get(pointId) ?? []);
}

/** Publishes `point.created` or `point.updated` with the point as the API shows it. */
function publishPoint(
  ctx: Pick<AppContext, 'events'>,
  type: 'point.created' | 'point.updated',
  actor: PointActor,
  point: PointDTO,
): PointDTO {
  ctx.events?.publish(actor.member.cooperationId, { type, pointId: point.id, point, by: actor.user.id });
  return point;
}

/** Raises a point (`raisePoint`) and publishes `point.created` with it. */
export async function raisePointAndPublish(
  ctx: PointsContext,
  actor: PointActor,
  body: CreatePointBody,
): Promise<PointDTO> {
  return publishPoint(ctx, 'point.created', actor, presentPoint(await raisePoint(ctx, actor, body), []));
}

/** Changes a point (`changePoint`) and publishes `point.updated` with it and its replies. */
export async function changePointAndPublish(
  ctx: PointsContext,
  actor: PointActor,
  pointId: string,
  patch: UpdatePointBody,
): Promise<PointDTO> {
  await changePoint(ctx, actor, pointId, patch);
  return publishPoint(ctx, 'point.updated', actor, pointNow(ctx.db, pointId));
}

/** Replies to a point (`replyToPoint`) and publishes `reply.created` with the reply and the point. */
export function replyAndPublish(
  ctx: Pick<AppContext, 'db' | 'events'>,
  actor: PointActor,
  record: DiscussionPoint,
  text: string,
): { reply: ReplyDTO; point: PointDTO } {
  const reply = presentReply(replyToPoint(ctx.db, actor, record, text));
  const point = pointNow(ctx.db, record.id);
  ctx.events?.publish(actor.member.cooperationId, {
    type: 'reply.created',
    pointId: point.id,
    reply,
    point,
    by: actor.user.id,
  });
  return { reply, point };
}
