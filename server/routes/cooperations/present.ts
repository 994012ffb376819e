import type {
  CooperationDTO,
  CooperationSummaryDTO,
  DocumentProgressDTO,
} from '../../../shared/api/cooperations.ts';
import { cooperationPermissions } from '../../../shared/policies.ts';
import type { DB } from '../../db/connection.ts';
import type { Cooperation } from '../../db/repos/cooperations.ts';
import { listDocuments } from '../../db/repos/documents.ts';
import { listMembers, type Member } from '../../db/repos/members.ts';
import { listParties } from '../../db/repos/parties.ts';
import { iso } from '../../db/repos/sql.ts';
import { findTier } from '../../db/repos/variants.ts';
import { presentDocumentSummary, presentMember, presentParty } from '../present.ts';

/** Per document id, "n of m Pasal agreed" (`server/commands/documentProgress.ts`). */
export type ProgressByDocument = ReadonlyMap<string, DocumentProgressDTO>;

/** A cooperation as listed for one member (their role and party, parties, documents with progress). */
export function presentCooperationSummary(
  db: DB,
  c: Cooperation,
  me: Member,
  progress?: ProgressByDocument,
): CooperationSummaryDTO {
  return {
    id: c.id,
    title: c.title,
    myRole: me.role,
    myPartyId: me.partyId,
    parties: listParties(db, c.id).map(presentParty),
    documents: listDocuments(db, c.id).map((d) => {
      const p = progress?.get(d.id);
      // Where it sits in the two tiers: the lists fold a master's variants under it.
      const tier = findTier(db, d.id);
      return { ...presentDocumentSummary(d), ...tier, ...(p ? { progress: p } : {}) };
    }),
  };
}

/** A cooperation in full for one member: adds description, settings, members and what they may do. */
export function presentCooperation(
  db: DB,
  c: Cooperation,
  me: Member,
  progress?: ProgressByDocument,
): CooperationDTO {
  return {
    ...presentCooperationSummary(db, c, me, progress),
    description: c.description,
    settings: c.settings,
    members: listMembers(db, c.id).map(presentMember),
    createdAt: iso(c.createdAt),
    permissions: cooperationPermissions(me),
  };
}
