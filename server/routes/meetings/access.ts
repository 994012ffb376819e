import type { FastifyRequest } from 'fastify';
import { type Role, roleAtLeast } from '../../../shared/api/common.ts';
import type { AppContext } from '../../context.ts';
import { findMember, type Member } from '../../db/repos/members.ts';
import type { User } from '../../db/repos/users.ts';
import type { AppError } from '../../errors.ts';
import { forbidden } from '../../errors.ts';
import { requireUser } from '../../http/auth.ts';

/**
 * The signed-in user's membership in the cooperation a record (meeting, point, follow-up,
 * liaison) belongs to, with the policy of `requireDocumentMember`: a record that does not
 * exist or whose cooperation the user is not a member of → the record's 404, so outsiders
 * cannot probe ids; a member whose role is too weak → 403.
 */
export function requireRecordMember<T extends { cooperationId: string }>(
  ctx: Pick<AppContext, 'db'>,
  req: FastifyRequest,
  record: T | null,
  notFound: () => AppError,
  minRole: Role = 'viewer',
): { user: User; member: Member; record: T } {
  const user = requireUser(req);
  const member = record ? findMember(ctx.db, record.cooperationId, user.id) : null;
  if (!record || !member) throw notFound();
  if (!roleAtLeast(member.role, minRole)) throw forbidden();
  return { user, member, record };
}
