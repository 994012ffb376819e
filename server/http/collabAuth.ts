import type { IncomingMessage } from 'node:http';
import { partyColor } from '../../shared/meta.ts';
import { documentPermissions } from '../../shared/policies.ts';
import { initialsOf } from '../../shared/presence.ts';
import { CloseCode } from '../../shared/protocol.ts';
import { CollabAuthError, type CollabIdentity } from '../collab/types.ts';
import type { Config } from '../config.ts';
import type { DB } from '../db/connection.ts';
import { findDocument } from '../db/repos/documents.ts';
import { findMember } from '../db/repos/members.ts';
import { findParty } from '../db/repos/parties.ts';
import { isOriginAllowed } from './origin.ts';
import { sessionStartFromCookieHeader, userFromCookieHeader } from './session.ts';

/**
 * The collaboration server's `onAuthenticate` hook: who may open `/collab/:documentId`, and
 * whether they may write. Refusals close the socket with the shared close codes: a foreign
 * Origin or a non-member 4403, no session 4401, an unknown document 4404. Viewers and
 * commenters are read-only; a final or signed document is read-only for everyone. A member who
 * may only suggest (a suggester, or anyone of a party limited to suggestions) writes, but the
 * room's judge takes only suggestions from them (`suggestOnly`).
 * It is re-run by `collab.refreshAccess(documentId)` (e.g. after finalising, after a role or
 * the cooperation's party limit changed), so it reads fresh state.
 */
export function collabAuthenticator(deps: { db: DB; config: Config }) {
  return function onAuthenticate({
    documentId,
    request,
  }: {
    documentId: string;
    request: IncomingMessage;
  }): CollabIdentity {
    const origin = request.headers.origin;
    if (!isOriginAllowed(deps.config, origin, request.headers.host)) {
      throw new CollabAuthError(CloseCode.forbidden, 'origin not allowed');
    }
    const user = userFromCookieHeader(deps.db, request.headers.cookie);
    if (!user) throw new CollabAuthError(CloseCode.unauthorised, 'not signed in');
    const document = findDocument(deps.db, documentId);
    if (!document) throw new CollabAuthError(CloseCode.notFound, 'document not found');
    const member = findMember(deps.db, document.cooperationId, user.id);
    if (!member) throw new CollabAuthError(CloseCode.forbidden, 'not a member');
    const locked = document.status !== 'draft';
    const may = documentPermissions(member, document);
    return {
      userId: user.id,
      readOnly: !(may.canEdit || may.canSuggest),
      suggestOnly: may.mustSuggest,
      suggestSince: sessionStartFromCookieHeader(deps.db, request.headers.cookie) ?? Date.now(),
      locked,
      ...presenceIdentity(deps.db, user.displayName, member.partyId),
    };
  };
}

/** The names and colour a connection's presence carries, from the session and membership (collab/presence.ts). */
function presenceIdentity(db: DB, displayName: string, partyId: string) {
  const party = findParty(db, partyId);
  return {
    name: displayName,
    initials: initialsOf(displayName),
    partyId,
    partyShortName: party?.shortName,
    partyColor: party ? partyColor(party.ordinal) : undefined,
  } satisfies Partial<CollabIdentity>;
}
