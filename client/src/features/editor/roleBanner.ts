import type { CooperationPermissions, DocumentStatus } from '../../../../shared/api/cooperations.ts';
import type { Member } from '../cooperations/api.ts';
import type { DocumentPermissions } from '../documents/api.ts';

/** Something a member may do in a document they cannot type into. */
export type Ability = 'read' | 'raisePoints' | 'approve' | 'sign' | 'reopen';

/**
 * What the banner above a document says, before it is put in words: why it cannot be typed
 * into, or that what this member types becomes suggestions.
 */
export interface RoleBannerFacts {
  /** Why nobody types into it (final, signed), or `null` for a draft this member may only read or suggest in. */
  locked: Exclude<DocumentStatus, 'draft'> | null;
  /**
   * In a draft, why what this member types becomes suggestions: their role is `suggester`
   * (`role`), or their party is limited to suggestions (`party`); null when they do not write.
   */
  suggests: 'role' | 'party' | null;
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
  /** My role in the cooperation (whether a suggest-only member is so by role or by party). */
  myRole?: Member['role'];
}): RoleBannerFacts | null {
  const { status, permissions, cooperationPermissions } = input;
  if (status === 'draft' && permissions.canEdit) return null;
  // An answer kept offline from before suggestions has no mustSuggest: such a member only reads.
  if (status === 'draft' && permissions.mustSuggest === true) {
    const suggests = input.myRole === 'suggester' ? 'role' : 'party';
    const abilities = permissions.canApprove ? (['approve'] as Ability[]) : [];
    return { locked: null, suggests, abilities, askOwners: [] };
  }
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
  return { locked: status === 'draft' ? null : status, suggests: null, abilities, askOwners };
}

/**
 * True when the banner's member, in a draft they cannot type into, may still take part (raise
 * points or approve): the connection badge then says "Komentar" rather than "Hanya baca".
 */
export const takesPart = (facts: RoleBannerFacts | null) =>
  facts !== null &&
  facts.locked === null &&
  facts.suggests === null &&
  facts.abilities.some((a) => a === 'raisePoints' || a === 'approve');
