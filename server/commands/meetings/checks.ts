import { type DocumentOutline, outlineOf } from '../../../shared/clauses.ts';
import { docToJSON } from '../../collab/convert.ts';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/connection.ts';
import { type DocumentRecord, findDocument } from '../../db/repos/documents.ts';
import { listMembers, type MemberWithUser } from '../../db/repos/members.ts';
import { findParty, type PartyRecord } from '../../db/repos/parties.ts';
import { notInCooperation } from '../../errors/index.ts';

/**
 * Checks shared by the meeting commands: every id a client sends must name a record of the
 * same cooperation, or the request is refused with a 400 naming the field.
 */

export function partyOf(db: DB, cooperationId: string, partyId: string, field = 'partyId'): PartyRecord {
  const party = findParty(db, partyId);
  if (!party || party.cooperationId !== cooperationId) throw notInCooperation(field, 'pihak', 'a party');
  return party;
}

export function documentOf(
  db: DB,
  cooperationId: string,
  documentId: string,
  field = 'documentId',
): DocumentRecord {
  const document = findDocument(db, documentId);
  if (!document || document.cooperationId !== cooperationId) {
    throw notInCooperation(field, 'dokumen', 'a document');
  }
  return document;
}

/** The cooperation's members by user id (one query for a whole attendance list). */
export function membersById(db: DB, cooperationId: string): Map<string, MemberWithUser> {
  return new Map(listMembers(db, cooperationId).map((m) => [m.userId, m]));
}

export function memberOf(
  members: Map<string, MemberWithUser>,
  userId: string,
  field = 'userId',
): MemberWithUser {
  const member = members.get(userId);
  if (!member) throw notInCooperation(field, 'anggota', 'a member');
  return member;
}

/** The numbered outline of a document as it is now (live room or stored log). */
export async function currentOutline(
  ctx: Pick<AppContext, 'collab'>,
  documentId: string,
): Promise<DocumentOutline> {
  return ctx.collab.withDocument(documentId, (doc) => outlineOf(docToJSON(doc).body));
}

const JAKARTA_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Jakarta',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today as `YYYY-MM-DD` in Western Indonesia Time: a follow-up due "on the 24th" is overdue
 * from the 25th in Jambi, whatever time zone the server runs in.
 */
export function todayInIndonesia(now = new Date()): string {
  return JAKARTA_DATE.format(now);
}
