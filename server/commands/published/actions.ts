import type { ActionDTO, CreateActionBody, UpdateActionBody } from '../../../shared/api/actions.ts';
import type { AppContext } from '../../context.ts';
import type { Member } from '../../db/repos/members.ts';
import { presentAction } from '../../presenters/actions.ts';
import { changeAction, createAction } from '../meetings/actions.ts';

type ActionsContext = Pick<AppContext, 'db' | 'events'>;

/** Publishes `action.created` or `action.updated` to the follow-up's cooperation. */
function publishAction(
  ctx: ActionsContext,
  type: 'action.created' | 'action.updated',
  action: ActionDTO,
  by: string,
): ActionDTO {
  ctx.events?.publish(action.cooperationId, { type, actionId: action.id, action, by });
  return action;
}

/** Records a follow-up (`createAction`) and publishes `action.created` with it. */
export function createActionAndPublish(
  ctx: ActionsContext,
  actor: { cooperationId: string; userId: string },
  body: CreateActionBody,
): ActionDTO {
  return publishAction(ctx, 'action.created', presentAction(createAction(ctx.db, actor, body)), actor.userId);
}

/** Changes a follow-up (`changeAction`) and publishes `action.updated` with it. */
export function changeActionAndPublish(
  ctx: ActionsContext,
  actor: { member: Member },
  actionId: string,
  patch: UpdateActionBody,
): ActionDTO {
  const action = presentAction(changeAction(ctx.db, actor, actionId, patch));
  return publishAction(ctx, 'action.updated', action, actor.member.userId);
}
