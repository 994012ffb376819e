import type { FastifyRequest } from 'fastify';
import type { DocumentAction, MembershipAction } from '../../shared/policies.ts';
import type { AppContext } from '../context.ts';
import { type Cooperation, findCooperation } from '../db/repos/cooperations.ts';
import { type DocumentRecord, findDocument } from '../db/repos/documents.ts';
import { findMember, type Member } from '../db/repos/members.ts';
import type { User } from '../db/repos/users.ts';
import { notFound, unauthorised } from '../errors/index.ts';
import { authorize } from './authorize.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user (from the session cookie), or null; set by an onRequest hook in `app.ts`. */
    user: User | null;
  }
}

/** The signed-in user, or 401 `auth.unauthorised`. */
export function requireUser(req: FastifyRequest): User {
  if (!req.user) throw unauthorised();
  return req.user;
}

/**
 * The user's membership in a cooperation, for an action the membership alone decides
 * (`shared/policies.ts`; default: reading the cooperation).
 *
 * The same everywhere, REST and socket: anonymous → 401; a cooperation that does not exist or of
 * which the user is not a member → 404 `cooperation.not_found`, so that outsiders cannot probe
 * which cooperations exist; a member the policies refuse → 403 (`auth.forbidden` or the rule's own id).
 */
export function requireMember(
  ctx: Pick<AppContext, 'db'>,
  req: FastifyRequest,
  cooperationId: string,
  action: MembershipAction = 'cooperation.read',
): { user: User; member: Member; cooperation: Cooperation } {
  const user = requireUser(req);
  const member = findMember(ctx.db, cooperationId, user.id);
  const cooperation = member ? findCooperation(ctx.db, cooperationId) : null;
  if (!member || !cooperation) throw notFound('cooperation');
  authorize(member, action);
  return { user, member, cooperation };
}

/**
 * The member acting in a cooperation, as the commands that create its records take it, with the
 * answers of {@link requireMember}.
 */
export function requireActor(
  ctx: Pick<AppContext, 'db'>,
  req: FastifyRequest,
  cooperationId: string,
  action: MembershipAction,
): { cooperationId: string; userId: string } {
  const { user, cooperation } = requireMember(ctx, req, cooperationId, action);
  return { cooperationId: cooperation.id, userId: user.id };
}

/**
 * A document and the user's membership in its cooperation, for an action on the document
 * (default: reading it), with the same answers as {@link requireMember}: unknown document or
 * non-member → 404 `document.not_found`.
 */
export function requireDocumentMember(
  ctx: Pick<AppContext, 'db'>,
  req: FastifyRequest,
  documentId: string,
  action: DocumentAction = 'document.read',
): { user: User; member: Member; document: DocumentRecord } {
  const user = requireUser(req);
  const document = findDocument(ctx.db, documentId);
  const member = document ? findMember(ctx.db, document.cooperationId, user.id) : null;
  if (!document || !member) throw notFound('document');
  authorize(member, action, document);
  return { user, member, document };
}
