import type { CooperationPermissions, DocumentStatus } from '../../../../shared/api/cooperations.ts';
import type { Member } from '../cooperations/api.ts';
import type { DocumentPermissions } from '../documents/api.ts';

/** Something a member may do in a document they cannot type into. */
export type Ability = 'read' | 'raisePoints' | 'approve' | 'sign' | 'reopen';

/** What the banner above a document that cannot be typed into says, before it is put in words. */
export interface RoleBannerFacts {
  /** Why nobody types into it (final, signed), or `null` for a draft this member may only read. */
  locked: Exclude<DocumentStatus, 'draft'> | null;
  /** What this member may do here, in the order the banner names it. */
  abilities: Ability[];
  /** Whom to ask for more (the cooperation's owners other than this member), or empty. */
  askOwners: string[];
}

/**
 * The facts of the role banner, read from the permission flags the server computed
 * (`shared/policies.ts`) so that the banner never restates a rule; `null` when the member
 * types into the document as it is (no banner).
 */
export function roleBannerFacts(input: {
  status: DocumentStatus;
  permissions: DocumentPermissions;
  cooperationPermissions: CooperationPermissions;
  members: Member[];
  myUserId: string | undefined;
}): RoleBannerFacts | null {
  const { status, permissions, cooperationPermissions } = input;
  if (status === 'draft' && permissions.canEdit) return null;
  const flags: [Ability, boolean][] = [
    ['read', true],
    ['raisePoints', permissions.canComment && cooperationPermissions.canRaisePoints],
    ['approve', permissions.canApprove],
    ['sign', permissions.canSign],
    ['reopen', permissions.canReopen],
  ];
  const abilities = flags.filter(([, may]) => may).map(([ability]) => ability);
  // A signed document is the end of the road: nobody can do more with it by asking.
  const mayAsk = status !== 'signed' && !permissions.canReopen && !cooperationPermissions.canManageMembers;
  const askOwners = mayAsk
    ? input.members.filter((m) => m.role === 'owner' && m.userId !== input.myUserId).map((m) => m.displayName)
    : [];
  return { locked: status === 'draft' ? null : status, abilities, askOwners };
}

/**
 * True when the banner's member, in a draft they cannot type into, may still take part (raise
 * points or approve): the connection badge then says "Komentar" rather than "Hanya baca".
 */
export const takesPart = (facts: RoleBannerFacts | null) =>
  facts !== null &&
  facts.locked === null &&
  facts.abilities.some((a) => a === 'raisePoints' || a === 'approve');
