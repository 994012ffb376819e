import type { UserDTO } from '../../shared/api/auth.ts';
import type { DocumentSummaryDTO, MemberDTO, PartyDTO } from '../../shared/api/cooperations.ts';
import type { DocumentRecord } from '../db/repos/documents.ts';
import type { MemberWithUser } from '../db/repos/members.ts';
import type { PartyRecord } from '../db/repos/parties.ts';
import { iso } from '../db/repos/sql.ts';
import type { User } from '../db/repos/users.ts';

/** Presenters: the one place where server records become API JSON (camelCase, ISO times). */
export const presentUser = (u: User): UserDTO => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  position: u.position,
});

export const presentParty = (p: PartyRecord): PartyDTO => ({
  id: p.id,
  ordinal: p.ordinal,
  name: p.name,
  shortName: p.shortName,
  seat: p.seat,
  color: p.color,
});

export const presentMember = (m: MemberWithUser): MemberDTO => ({
  userId: m.userId,
  username: m.username,
  displayName: m.displayName,
  position: m.position,
  partyId: m.partyId,
  role: m.role,
  signatory: m.signatory,
  unitId: m.unitId,
});

export const presentDocumentSummary = (d: DocumentRecord): DocumentSummaryDTO => ({
  id: d.id,
  kind: d.kind,
  title: d.title,
  status: d.status,
  mouId: d.mouId,
  updatedAt: iso(d.updatedAt),
  ...(d.amendsDocumentId ? { amendsDocumentId: d.amendsDocumentId, amendmentKind: d.amendmentKind } : {}),
});
