import type { FastifyRequest } from 'fastify';
import type { MembershipAction } from '../../shared/policies.ts';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/connection.ts';
import { findMember, type Member } from '../db/repos/members.ts';
import type { User } from '../db/repos/users.ts';
import type { AppError } from '../errors/index.ts';
import { requireUser } from './auth.ts';
import { authorize } from './authorize.ts';

/**
 * The signed-in user's membership in the cooperation a record (meeting, point, follow-up,
 * liaison) belongs to, for an action the membership decides (`shared/policies.ts`), with the
 * answers of `requireDocumentMember`: a record that does not exist or whose cooperation the user
 * is not a member of → the record's 404, so outsiders cannot probe ids; a member the policies
 * refuse → 403. Rules that read the record itself (a point's author) are asked by the caller.
 */
export function requireRecordMember<T extends { cooperationId: string }>(
  ctx: Pick<AppContext, 'db'>,
  req: FastifyRequest,
  record: T | null,
  notFound: () => AppError,
  action: MembershipAction = 'cooperation.read',
): { user: User; member: Member; record: T } {
  const user = requireUser(req);
  const member = record ? findMember(ctx.db, record.cooperationId, user.id) : null;
  if (!record || !member) throw notFound();
  authorize(member, action);
  return { user, member, record };
}

/**
 * {@link requireRecordMember} for one kind of record found by its id: a route file states once
 * how its record is found and which 404 it answers, and each handler asks `access(req, id, action)`.
 */
export function recordAccess<T extends { cooperationId: string }>(
  ctx: Pick<AppContext, 'db'>,
  find: (db: DB, id: string) => T | null,
  notFound: () => AppError,
) {
  return (req: FastifyRequest, id: string, action?: MembershipAction) =>
    requireRecordMember(ctx, req, find(ctx.db, id), notFound, action);
}
