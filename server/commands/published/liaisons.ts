import type {
  CreateLiaisonBody,
  LiaisonDTO,
  LiaisonRowError,
  UpdateLiaisonBody,
} from '../../../shared/api/liaisons.ts';
import type { AppContext } from '../../context.ts';
import type { Member } from '../../db/repos/members.ts';
import { presentLiaison } from '../../presenters/liaisons.ts';
import { addLiaison, changeLiaison, importLiaisons, removeLiaison } from '../meetings/liaisons.ts';

type LiaisonsContext = Pick<AppContext, 'db' | 'events'>;
type Actor = { cooperationId: string; userId: string };

/** Publishes `liaison.created` (one by one or from a table) or `liaison.updated` to its cooperation. */
function publishLiaison(
  ctx: LiaisonsContext,
  type: 'liaison.created' | 'liaison.updated',
  liaison: LiaisonDTO,
  by: string,
): LiaisonDTO {
  ctx.events?.publish(liaison.cooperationId, { type, liaisonId: liaison.id, liaison, by });
  return liaison;
}

/** Registers one liaison (`addLiaison`) and publishes `liaison.created`. */
export function addLiaisonAndPublish(
  ctx: LiaisonsContext,
  actor: Actor,
  body: CreateLiaisonBody,
): LiaisonDTO {
  return publishLiaison(
    ctx,
    'liaison.created',
    presentLiaison(addLiaison(ctx.db, actor, body)),
    actor.userId,
  );
}

/**
 * Registers the rows of a table pasted from a spreadsheet (`importLiaisons`) and publishes a
 * `liaison.created` per liaison registered; the rows refused come back with their reasons.
 */
export function importLiaisonsAndPublish(
  ctx: LiaisonsContext,
  actor: Actor,
  table: string,
  partyId: string | undefined,
): { liaisons: LiaisonDTO[]; errors: LiaisonRowError[] } {
  const result = importLiaisons(ctx.db, actor, table, partyId);
  const liaisons = result.liaisons.map(presentLiaison);
  for (const liaison of liaisons) publishLiaison(ctx, 'liaison.created', liaison, actor.userId);
  return { liaisons, errors: result.errors };
}

/** Changes a liaison (`changeLiaison`) and publishes `liaison.updated`. */
export function changeLiaisonAndPublish(
  ctx: LiaisonsContext,
  member: Member,
  liaisonId: string,
  patch: UpdateLiaisonBody,
): LiaisonDTO {
  const liaison = presentLiaison(changeLiaison(ctx.db, liaisonId, patch));
  return publishLiaison(ctx, 'liaison.updated', liaison, member.userId);
}

/** Removes a liaison (`removeLiaison`) and publishes `liaison.deleted`. */
export function removeLiaisonAndPublish(ctx: LiaisonsContext, member: Member, liaisonId: string): void {
  removeLiaison(ctx.db, liaisonId);
  ctx.events?.publish(member.cooperationId, { type: 'liaison.deleted', liaisonId, by: member.userId });
}
