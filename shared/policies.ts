import { type Role, roleAtLeast } from './api/common.ts';
import type { CooperationPermissions, DocumentStatus } from './api/cooperations.ts';
import type { DocumentPermissions } from './api/documents.ts';
import type { MeetingState } from './api/meetings.ts';

/**
 * Who may do what in Sepakat: every permission rule of the product, in one place. REST routes
 * (through `server/http/auth.ts`), commands (through `authorize` in `server/http/authorize.ts`),
 * the collaboration socket (`server/http/collabAuth.ts`) and the permission flags the client
 * reads (`cooperationPermissions`, `documentPermissions`) all ask here; nothing else compares
 * roles. Pure functions of their arguments, so the browser and the server run the same rules.
 *
 * A rule has two halves:
 * - `who`: decided from the membership (role, signatory, the user) and, for some actions, the
 *   record (the point's author, the follow-up's person in charge, the meeting's minute-taker).
 *   A REST call refused here answers 403, with the id `server/http/authorize.ts` gives it.
 * - `onlyWhen`: the state of the record in which the action is open at all (a draft document
 *   for editing, a final one for signing). The flags and the socket ask both halves; the commands
 *   check the state themselves, in the same transaction as the change, and answer 409 with their
 *   own ids (`document.not_draft`, `document.not_final`), so `authorize` asks `who` only.
 */

/** The part of a membership the rules read (`Member` from `server/db/repos/members.ts` is one). */
export interface Actor {
  userId: string;
  role: Role;
  signatory: boolean;
  partyId: string;
  /**
   * Changes the text only by suggestions: their role is `suggester`, or their party is one the
   * cooperation limits to suggestions (`suggestOnlyParties` in its settings), whatever their role.
   */
  suggestOnly: boolean;
  /** The unit (OPD) of their party they belong to; null or absent: the party as a whole. */
  unitId?: string | null;
}

/**
 * A PKS variant as the approval rule sees it: the unit (OPD) it is made for, that unit's party,
 * and whether the cooperation lets the party's members without a unit (Bagian Kerja Sama)
 * approve for that party too (`variantApprovalByCooperationBureau` in its settings).
 */
export interface VariantFacts {
  unitId: string;
  unitPartyId: string;
  byCooperationBureau: boolean;
}

/** A document as the rules see it. */
export interface DocumentFacts {
  status: DocumentStatus;
  /** Set for a PKS variant: who of the unit's party may approve it. */
  variant?: VariantFacts | null;
}

/** A meeting as the rules see it: whether it runs, and who keeps its minutes. */
export interface MeetingFacts {
  state: MeetingState;
  minuteTaker: { userId: string | null } | null;
}

/** A suggestion as the rules see it: its author, and what is asked of it on which document. */
export interface SuggestionFacts {
  party: string;
  user: string;
  decision: 'accept' | 'reject';
  documentStatus: DocumentStatus;
}

/**
 * A tracked obligation as the reporting rule sees it: whom it binds and, when set, the unit (OPD)
 * that carries it out and that unit's party.
 */
export interface ObligationFacts {
  partyScope: 'party' | 'all' | 'each';
  partyId: string | null;
  unitId: string | null;
  unitPartyId: string | null;
}

/** What each action is decided on: `null` when the membership alone decides. */
export interface Subjects {
  'cooperation.read': null;
  'cooperation.update': null;
  'cooperation.manageMembers': null;
  'cooperation.invite': null;
  /** Create a document from the templates, or import one from Word. */
  'document.create': null;
  'document.read': DocumentFacts;
  'document.editText': DocumentFacts;
  /** Change the text by suggestions (marks the other party accepts or rejects). */
  'document.suggest': DocumentFacts;
  'document.comment': DocumentFacts;
  'document.approve': DocumentFacts;
  'document.finalise': DocumentFacts;
  'document.reopen': DocumentFacts;
  'document.sign': DocumentFacts;
  'document.export': DocumentFacts;
  /** Start an addendum or a renewal of a final or signed MoU or PKS, as a new linked draft. */
  'document.amend': DocumentFacts;
  /** Store the obligations a final or signed document's text proposes, for people to confirm. */
  'obligation.propose': DocumentFacts;
  /** Add, confirm, edit, dismiss or remove a final or signed document's tracked obligations. */
  'obligation.manage': DocumentFacts;
  /** Draft a monitoring and evaluation report of a final or signed agreement over a period. */
  'evaluation.create': DocumentFacts;
  /** Report progress on an obligation, with evidence. */
  'obligation.report': ObligationFacts;
  /** Comment on a report, or ask for more: the party that reported is `reportPartyId`. */
  'obligation.review': { reportPartyId: string | null };
  'history.read': DocumentFacts;
  'history.saveVersion': DocumentFacts;
  'history.restore': DocumentFacts;
  /**
   * Send the text with its suggestions to the other party as a negotiation round ("Kirim ke
   * pihak lain"). Editors of a party limited to suggestions answer with rounds too.
   */
  'history.sendRound': DocumentFacts;
  'meeting.read': null;
  /** Plan a meeting and change its details (agenda, attendance). */
  'meeting.plan': null;
  /** Open and close a meeting. */
  'meeting.run': null;
  /**
   * Reopen a closed meeting (with a reason, printed in its minutes), so that what it decided may
   * change again. Until then the commands refuse such changes with 409 `meeting.record_locked`.
   */
  'meeting.reopen': MeetingFacts;
  'point.raise': null;
  /**
   * Record a point raised by someone else (a member or a guest), in the meeting the point is
   * filed under (null: none): the minute-taker of that meeting while it is open.
   */
  'point.raiseFor': MeetingFacts | null;
  /** Change a point's text, clause or anchor. */
  'point.edit': { createdBy: string };
  /** Record a point's outcome (state, decision) and file it under a meeting. */
  'point.decide': null;
  'point.reply': null;
  'action.create': null;
  'action.update': null;
  /** Report progress (the state only) on a follow-up one is in charge of. */
  'action.report': { picUserId: string | null };
  'liaison.manage': null;
  /**
   * Forward a report from the public to an OPD, or correct one while it waits: an editor (or
   * owner) of the party that receives reports (the Ombudsman), never of the OPD's own party.
   * `unitPartyId` null (the OPD was removed): any editor.
   */
  'publicReport.forward': { unitPartyId: string | null };
  /**
   * Record when and how an OPD answered a forwarded report: a commenter or more of the OPD's
   * party, belonging to that OPD or to the party as a whole (its Bagian Kerja Sama).
   */
  'publicReport.respond': { unitId: string | null; unitPartyId: string | null };
  /** Add, change and remove a party's units (OPD), and put members and liaisons in them. */
  'unit.manage': { partyId: string };
  /**
   * Accept or reject a suggestion: an editor (or owner) of another party than its author's; its
   * author may withdraw it (reject their own). Drafts only.
   */
  'suggestion.decide': SuggestionFacts;
}

export type Action = keyof Subjects;
/** Actions the membership alone decides (no record needed). */
export type MembershipAction = { [A in Action]: Subjects[A] extends null ? A : never }[Action];
/** Actions decided on a document. */
export type DocumentAction = { [A in Action]: Subjects[A] extends DocumentFacts ? A : never }[Action];
/** The subject argument of an action: none for a membership action. */
type SubjectArg<A extends Action> = Subjects[A] extends null ? [] : [subject: Subjects[A]];
/** `who` never reads a document's state, so asking it about a document action needs no document. */
export type WhoArg<A extends Action> = Subjects[A] extends null
  ? []
  : Subjects[A] extends DocumentFacts
    ? [subject?: Subjects[A]]
    : [subject: Subjects[A]];

interface Rule<S> {
  who(actor: Actor, subject: S): boolean;
  onlyWhen?(subject: S): boolean;
}

const atLeast =
  (role: Role) =>
  (actor: Actor): boolean =>
    roleAtLeast(actor.role, role);
// An editor who may only suggest (a limited party) writes nothing into the text directly.
const writesDirectly = (a: Actor): boolean => roleAtLeast(a.role, 'editor') && !a.suggestOnly;
const draft = (d: DocumentFacts) => d.status === 'draft';

/**
 * Whether the actor may approve for their party on this document as far as its unit goes: on a
 * variant, the party it is made for approves only through members of that unit (the OPD head or
 * their delegate) and, if the cooperation says so, members of the party without a unit (Bagian
 * Kerja Sama); every other party, and every other document, as usual.
 */
export function approvesForUnit(actor: Actor, variant: VariantFacts | null | undefined): boolean {
  if (!variant || actor.partyId !== variant.unitPartyId) return true;
  const unitId = actor.unitId ?? null;
  return unitId === variant.unitId || (unitId === null && variant.byCooperationBureau);
}
const final = (d: DocumentFacts) => d.status === 'final';

const RULES: { [A in Action]: Rule<Subjects[A]> } = {
  'cooperation.read': { who: atLeast('viewer') },
  'cooperation.update': { who: atLeast('owner') },
  'cooperation.manageMembers': { who: atLeast('owner') },
  'cooperation.invite': { who: atLeast('owner') },
  'document.create': { who: atLeast('editor') },
  'document.read': { who: atLeast('viewer') },
  'document.editText': { who: writesDirectly, onlyWhen: draft },
  'document.suggest': { who: atLeast('suggester'), onlyWhen: draft },
  'document.comment': { who: atLeast('commenter'), onlyWhen: draft },
  // Editors and owners approve for their party, and so do signatories whatever their role.
  'document.approve': {
    who: (a, d) => (roleAtLeast(a.role, 'editor') || a.signatory) && approvesForUnit(a, d?.variant),
    onlyWhen: draft,
  },
  'document.finalise': { who: atLeast('editor'), onlyWhen: draft },
  'document.reopen': { who: atLeast('owner'), onlyWhen: final },
  'document.sign': { who: atLeast('owner'), onlyWhen: final },
  'document.export': { who: atLeast('viewer') },
  'document.amend': { who: atLeast('editor'), onlyWhen: (d) => d.status !== 'draft' },
  'obligation.propose': { who: atLeast('editor'), onlyWhen: (d) => d.status !== 'draft' },
  'obligation.manage': { who: atLeast('editor'), onlyWhen: (d) => d.status !== 'draft' },
  'evaluation.create': { who: atLeast('editor'), onlyWhen: (d) => d.status !== 'draft' },
  // The party bound reports (for the parties together or each on its own, any of them); of that
  // party, an obligation given to a unit (OPD) is reported by that unit or by the members without
  // a unit (Bagian Kerja Sama), not by another OPD. Commenters up: a liaison is often one.
  'obligation.report': {
    who: (a, o) =>
      roleAtLeast(a.role, 'commenter') &&
      (o.partyScope !== 'party' || a.partyId === o.partyId) &&
      (o.unitId === null ||
        a.partyId !== o.unitPartyId ||
        (a.unitId ?? null) === null ||
        a.unitId === o.unitId),
  },
  // The other party checks a report: the reporting party does not answer itself.
  'obligation.review': {
    who: (a, r) => roleAtLeast(a.role, 'commenter') && a.partyId !== r.reportPartyId,
  },
  'history.read': { who: atLeast('viewer') },
  'history.saveVersion': { who: atLeast('editor') },
  // A restore writes the old text directly, so it is not for whoever may only suggest.
  'history.restore': { who: writesDirectly, onlyWhen: draft },
  'history.sendRound': { who: atLeast('editor'), onlyWhen: draft },
  'meeting.read': { who: atLeast('viewer') },
  'meeting.plan': { who: atLeast('editor') },
  'meeting.run': { who: atLeast('editor') },
  // Whoever may close a meeting may reopen it: the reopening is recorded with a name and a
  // reason and printed in the minutes, so it never passes unseen.
  'meeting.reopen': { who: atLeast('editor'), onlyWhen: (m) => m.state === 'closed' },
  'point.raise': { who: atLeast('commenter') },
  'point.raiseFor': {
    who: (a, m) =>
      roleAtLeast(a.role, 'commenter') && m?.state === 'open' && m.minuteTaker?.userId === a.userId,
  },
  'point.edit': {
    who: (a, p) =>
      roleAtLeast(a.role, 'editor') || (roleAtLeast(a.role, 'commenter') && p.createdBy === a.userId),
  },
  'point.decide': { who: atLeast('editor') },
  'point.reply': { who: atLeast('commenter') },
  'action.create': { who: atLeast('editor') },
  'action.update': { who: atLeast('editor') },
  'action.report': {
    who: (a, f) => roleAtLeast(a.role, 'commenter') && f.picUserId === a.userId,
  },
  'liaison.manage': { who: atLeast('editor') },
  'publicReport.forward': {
    who: (a, u) => roleAtLeast(a.role, 'editor') && a.partyId !== u.unitPartyId,
  },
  'publicReport.respond': {
    who: (a, u) =>
      roleAtLeast(a.role, 'commenter') &&
      u.unitPartyId !== null &&
      a.partyId === u.unitPartyId &&
      ((a.unitId ?? null) === null || a.unitId === u.unitId),
  },
  // A party's own owners and editors keep its list of units; the other party reads it.
  'unit.manage': { who: (a, u) => roleAtLeast(a.role, 'editor') && a.partyId === u.partyId },
  'suggestion.decide': {
    who: (a, s) =>
      (roleAtLeast(a.role, 'editor') && a.partyId !== s.party) ||
      (s.decision === 'reject' && s.user === a.userId && roleAtLeast(a.role, 'commenter')),
    onlyWhen: (s) => s.documentStatus === 'draft',
  },
};

/** Whether `actor` may do `action` now: who they are and, for a record, the state it is in. */
export function allowed<A extends Action>(actor: Actor, action: A, ...[subject]: SubjectArg<A>): boolean {
  const rule = RULES[action] as Rule<Subjects[A]>;
  const s = (subject ?? null) as Subjects[A];
  return rule.who(actor, s) && (rule.onlyWhen?.(s) ?? true);
}

/** Whether `actor` is someone who may do `action` (the `who` half only; the record's state aside). */
export function qualifies<A extends Action>(actor: Actor, action: A, ...[subject]: WhoArg<A>): boolean {
  const rule = RULES[action] as Rule<Subjects[A]>;
  return rule.who(actor, (subject ?? null) as Subjects[A]);
}

/** What a member may do in their cooperation: the flags the client shows its buttons by. */
export function cooperationPermissions(actor: Actor): CooperationPermissions {
  return {
    canUpdate: allowed(actor, 'cooperation.update'),
    canManageMembers: allowed(actor, 'cooperation.manageMembers'),
    canInvite: allowed(actor, 'cooperation.invite'),
    canCreateDocuments: allowed(actor, 'document.create'),
    canPlanMeetings: allowed(actor, 'meeting.plan'),
    canRunMeetings: allowed(actor, 'meeting.run'),
    canRaisePoints: allowed(actor, 'point.raise'),
    canReplyToPoints: allowed(actor, 'point.reply'),
    canDecidePoints: allowed(actor, 'point.decide'),
    canEditOwnPoints: allowed(actor, 'point.edit', { createdBy: actor.userId }),
    canManageActions: allowed(actor, 'action.update'),
    canReportOwnActions: allowed(actor, 'action.report', { picUserId: actor.userId }),
    canManageLiaisons: allowed(actor, 'liaison.manage'),
  };
}

/** What a member may do with a document as it is now (draft, final, signed). */
export function documentPermissions(actor: Actor, document: DocumentFacts): DocumentPermissions {
  return {
    canEdit: allowed(actor, 'document.editText', document),
    canSuggest: allowed(actor, 'document.suggest', document),
    mustSuggest: actor.suggestOnly && allowed(actor, 'document.suggest', document),
    canComment: allowed(actor, 'document.comment', document),
    canApprove: allowed(actor, 'document.approve', document),
    canFinalize: allowed(actor, 'document.finalise', document),
    canReopen: allowed(actor, 'document.reopen', document),
    canSign: allowed(actor, 'document.sign', document),
    canAmend: allowed(actor, 'document.amend', document),
    canSaveVersion: allowed(actor, 'history.saveVersion', document),
    canRestore: allowed(actor, 'history.restore', document),
  };
}

/** Who may start a new cooperation (`SEPAKAT_COOPERATION_CREATORS`). */
export type CooperationCreators = 'owners' | 'everyone';

/**
 * Whether a signed-in user may create a cooperation: anyone with `everyone`; with `owners` (the
 * default) someone who owns a cooperation already, or whom an administrator allowed with
 * `npm run user -- grant-create`.
 */
export function mayCreateCooperation(
  creators: CooperationCreators,
  user: { ownsCooperation: boolean; granted: boolean },
): boolean {
  return creators === 'everyone' || user.ownsCooperation || user.granted;
}
