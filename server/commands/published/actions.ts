import type { ActionDTO, CreateActionBody, UpdateActionBody } from '../../../shared/api/actions.ts';
import type { AppContext } from '../../context.ts';
import type { Member } from '../../db/repos/members.ts';
import { presentAction } from '../../presenters/actions.ts';
import { changeAction, createAction } from '../meetings/actions.ts';

type ActionsContext = Pick<AppContext, 'db' | 'events'>;

/** Records a follow-up (`createAction`) and publishes `action.created` with it. */
export function createActionAndPublish(
  ctx: ActionsContext,
  actor: { cooperationId: string; userId: string },
  body: CreateActionBody,
): ActionDTO {
  const action = presentAction(createAction(ctx.db, actor, body));
  ctx.events?.publish(actor.cooperationId, {
    type: 'action.created',
    actionId: action.id,
    action,
    by: actor.userId,
  });
  return action;
}

/** Changes a follow-up (`changeAction`) and publishes `action.updated` with it. */
export function changeActionAndPublish(
  ctx: ActionsContext,
  actor: { member: Member },
  actionId: string,
  patch: UpdateActionBody,
): ActionDTO {
  const action = presentAction(changeAction(ctx.db, actor, actionId, patch));
  ctx.events?.publish(actor.member.cooperationId, {
    type: 'action.updated',
    actionId: action.id,
    action,
    by: actor.member.userId,
  });
  return action;
}
