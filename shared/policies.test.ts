import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from './api/common.ts';
import type { DocumentStatus } from './api/cooperations.ts';
import {
  type Actor,
  allowed,
  cooperationPermissions,
  documentPermissions,
  type MeetingFacts,
  mayCreateCooperation,
  qualifies,
} from './policies.ts';

const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({
  userId: `u-${role}`,
  role,
  signatory: false,
  partyId: 'p1',
  suggestOnly: role === 'suggester',
  ...extra,
});
const doc = (status: DocumentStatus) => ({ status });
/** Which roles pass a predicate, weakest first. */
const rolesThat = (test: (a: Actor) => boolean) => ROLES.filter((r) => test(actor(r)));

describe('the membership rules', () => {
  it('reading is for every member; changing the cooperation and its members is the owner’s', () => {
    expect(rolesThat((a) => allowed(a, 'cooperation.read'))).toEqual(ROLES);
    for (const action of ['cooperation.update', 'cooperation.manageMembers', 'cooperation.invite'] as const) {
      expect(
        rolesThat((a) => allowed(a, action)),
        action,
      ).toEqual(['owner']);
    }
  });

  it('editors and owners create documents, plan and run meetings, manage follow-ups and liaisons', () => {
    for (const action of [
      'document.create',
      'meeting.plan',
      'meeting.run',
      'point.decide',
      'action.create',
      'action.update',
      'liaison.manage',
    ] as const) {
      expect(
        rolesThat((a) => allowed(a, action)),
        action,
      ).toEqual(['editor', 'owner']);
    }
  });

  it('commenters and up raise points and reply; viewers only read', () => {
    expect(rolesThat((a) => allowed(a, 'point.raise'))).toEqual([
      'commenter',
      'suggester',
      'editor',
      'owner',
    ]);
    expect(rolesThat((a) => allowed(a, 'point.reply'))).toEqual([
      'commenter',
      'suggester',
      'editor',
      'owner',
    ]);
    expect(rolesThat((a) => allowed(a, 'meeting.read'))).toEqual(ROLES);
  });
});

describe('the document rules', () => {
  it('text is edited by editors and owners, and only in a draft', () => {
    expect(rolesThat((a) => allowed(a, 'document.editText', doc('draft')))).toEqual(['editor', 'owner']);
    expect(rolesThat((a) => allowed(a, 'document.editText', doc('final')))).toEqual([]);
    expect(rolesThat((a) => allowed(a, 'document.editText', doc('signed')))).toEqual([]);
    expect(rolesThat((a) => allowed(a, 'document.comment', doc('draft')))).toEqual([
      'commenter',
      'suggester',
      'editor',
      'owner',
    ]);
    expect(rolesThat((a) => allowed(a, 'document.read', doc('signed')))).toEqual(ROLES);
    expect(rolesThat((a) => allowed(a, 'document.export', doc('signed')))).toEqual(ROLES);
  });

  it('a signatory approves whatever their role; others from editor up; drafts only', () => {
    expect(rolesThat((a) => allowed(a, 'document.approve', doc('draft')))).toEqual(['editor', 'owner']);
    const signingViewer = actor('viewer', { signatory: true });
    expect(allowed(signingViewer, 'document.approve', doc('draft'))).toBe(true);
    expect(allowed(signingViewer, 'document.approve', doc('final'))).toBe(false);
    expect(qualifies(signingViewer, 'document.approve')).toBe(true);
    expect(qualifies(actor('commenter'), 'document.approve')).toBe(false);
  });

  it('editors finalise a draft; owners reopen and sign a final document', () => {
    expect(rolesThat((a) => allowed(a, 'document.finalise', doc('draft')))).toEqual(['editor', 'owner']);
    expect(rolesThat((a) => allowed(a, 'document.finalise', doc('final')))).toEqual([]);
    for (const action of ['document.reopen', 'document.sign'] as const) {
      expect(
        rolesThat((a) => allowed(a, action, doc('final'))),
        action,
      ).toEqual(['owner']);
      expect(
        rolesThat((a) => allowed(a, action, doc('draft'))),
        action,
      ).toEqual([]);
      expect(
        rolesThat((a) => allowed(a, action, doc('signed'))),
        action,
      ).toEqual([]);
    }
  });

  it('versions are saved by editors whatever the state; restoring needs a draft', () => {
    expect(rolesThat((a) => allowed(a, 'history.saveVersion', doc('final')))).toEqual(['editor', 'owner']);
    expect(rolesThat((a) => allowed(a, 'history.restore', doc('draft')))).toEqual(['editor', 'owner']);
    expect(rolesThat((a) => allowed(a, 'history.restore', doc('final')))).toEqual([]);
  });

  it('the document flags are the rules asked for the document as it is', () => {
    expect(documentPermissions(actor('owner'), doc('final'))).toEqual({
      canEdit: false,
      canSuggest: false,
      mustSuggest: false,
      canComment: false,
      canApprove: false,
      canFinalize: false,
      canReopen: true,
      canSign: true,
      canAmend: true,
      canSaveVersion: true,
      canRestore: false,
    });
    expect(documentPermissions(actor('commenter', { signatory: true }), doc('draft'))).toEqual({
      canEdit: false,
      canSuggest: false,
      mustSuggest: false,
      canComment: true,
      canApprove: true,
      canFinalize: false,
      canReopen: false,
      canSign: false,
      canAmend: false,
      canSaveVersion: false,
      canRestore: false,
    });
  });

  it('editors and owners start an addendum or renewal of a final or signed agreement, never of a draft', () => {
    for (const status of ['final', 'signed'] as const) {
      expect(rolesThat((a) => allowed(a, 'document.amend', doc(status)))).toEqual(['editor', 'owner']);
    }
    expect(rolesThat((a) => allowed(a, 'document.amend', doc('draft')))).toEqual([]);
  });
});

describe('suggesting', () => {
  it('suggesters and up suggest in a draft; a suggester never writes directly', () => {
    expect(rolesThat((a) => allowed(a, 'document.suggest', doc('draft')))).toEqual([
      'suggester',
      'editor',
      'owner',
    ]);
    expect(rolesThat((a) => allowed(a, 'document.suggest', doc('final')))).toEqual([]);
    expect(rolesThat((a) => allowed(a, 'document.suggest', doc('signed')))).toEqual([]);
    expect(documentPermissions(actor('suggester'), doc('draft'))).toMatchObject({
      canEdit: false,
      canSuggest: true,
      mustSuggest: true,
      canComment: true,
      canApprove: false,
      canFinalize: false,
      canRestore: false,
      canSaveVersion: false,
    });
    // A suggester is a commenter as far as the cooperation goes: points, no meetings.
    expect(cooperationPermissions(actor('suggester'))).toEqual(cooperationPermissions(actor('commenter')));
  });

  it('an editor or owner of a party limited to suggestions suggests, and writes nothing directly', () => {
    for (const role of ['editor', 'owner'] as const) {
      const limited = actor(role, { suggestOnly: true });
      const flags = documentPermissions(limited, doc('draft'));
      expect(flags, role).toMatchObject({
        canEdit: false,
        canSuggest: true,
        mustSuggest: true,
        canRestore: false,
      });
      // Everything else their role gives stays: approving, finalising, saving versions.
      expect(flags, role).toMatchObject({ canApprove: true, canFinalize: true, canSaveVersion: true });
      expect(allowed(limited, 'document.editText', doc('draft')), role).toBe(false);
    }
    // Unlimited, the same editor writes directly and is never made to suggest.
    expect(documentPermissions(actor('editor'), doc('draft'))).toMatchObject({
      canEdit: true,
      canSuggest: true,
      mustSuggest: false,
    });
  });

  it('a limit on the party gives nothing to whoever could not write before', () => {
    for (const role of ['viewer', 'commenter'] as const) {
      const flags = documentPermissions(actor(role, { suggestOnly: true }), doc('draft'));
      expect(flags, role).toMatchObject({ canEdit: false, canSuggest: false, mustSuggest: false });
    }
    // Once the document is final nobody suggests, so nobody must.
    expect(documentPermissions(actor('suggester'), doc('final'))).toMatchObject({
      canSuggest: false,
      mustSuggest: false,
    });
  });
});

describe('rules that read the record', () => {
  const meeting = (state: MeetingFacts['state'], minuteTakerId: string | null): MeetingFacts => ({
    state,
    minuteTaker: minuteTakerId === null ? null : { userId: minuteTakerId },
  });

  it('editors and owners reopen a meeting, and only a closed one', () => {
    const closed = meeting('closed', null);
    expect(rolesThat((a) => allowed(a, 'meeting.reopen', closed))).toEqual(['editor', 'owner']);
    expect(allowed(actor('owner'), 'meeting.reopen', meeting('open', null))).toBe(false);
    expect(allowed(actor('owner'), 'meeting.reopen', meeting('planned', null))).toBe(false);
  });

  it('only the minute-taker of an open meeting records a point for someone else', () => {
    const notulis = actor('commenter', { userId: 'notulis' });
    expect(allowed(notulis, 'point.raiseFor', meeting('open', 'notulis'))).toBe(true);
    expect(allowed(notulis, 'point.raiseFor', meeting('planned', 'notulis'))).toBe(false);
    expect(allowed(notulis, 'point.raiseFor', meeting('closed', 'notulis'))).toBe(false);
    expect(allowed(notulis, 'point.raiseFor', meeting('open', 'someone-else'))).toBe(false);
    expect(allowed(notulis, 'point.raiseFor', meeting('open', null))).toBe(false);
    expect(allowed(notulis, 'point.raiseFor', null)).toBe(false);
    // An owner who is not the minute-taker raises in their own name like everyone else.
    expect(allowed(actor('owner'), 'point.raiseFor', meeting('open', 'notulis'))).toBe(false);
    // A viewer named minute-taker still may not write points.
    const viewer = actor('viewer', { userId: 'notulis' });
    expect(allowed(viewer, 'point.raiseFor', meeting('open', 'notulis'))).toBe(false);
  });

  it('a point’s text is changed by its author (commenter and up) or by an editor', () => {
    const author = actor('commenter', { userId: 'a' });
    expect(allowed(author, 'point.edit', { createdBy: 'a' })).toBe(true);
    expect(allowed(author, 'point.edit', { createdBy: 'b' })).toBe(false);
    expect(allowed(actor('editor'), 'point.edit', { createdBy: 'b' })).toBe(true);
    expect(allowed(actor('viewer', { userId: 'a' }), 'point.edit', { createdBy: 'a' })).toBe(false);
  });

  it('the person in charge of a follow-up reports on it, unless a viewer', () => {
    const pic = actor('commenter', { userId: 'pic' });
    expect(allowed(pic, 'action.report', { picUserId: 'pic' })).toBe(true);
    expect(allowed(pic, 'action.report', { picUserId: null })).toBe(false);
    expect(allowed(actor('viewer', { userId: 'pic' }), 'action.report', { picUserId: 'pic' })).toBe(false);
  });
});

describe('deciding suggestions', () => {
  const byP2 = (decision: 'accept' | 'reject', documentStatus: DocumentStatus = 'draft') => ({
    party: 'p2',
    user: 'author',
    decision,
    documentStatus,
  });

  it('editors and owners of another party accept and reject; nobody on a document that is not a draft', () => {
    for (const decision of ['accept', 'reject'] as const) {
      expect(rolesThat((a) => allowed(a, 'suggestion.decide', byP2(decision)))).toEqual(['editor', 'owner']);
      expect(rolesThat((a) => allowed(a, 'suggestion.decide', byP2(decision, 'final')))).toEqual([]);
    }
    const sameParty = (a: Actor) => allowed({ ...a, partyId: 'p2' }, 'suggestion.decide', byP2('accept'));
    expect(rolesThat(sameParty)).toEqual([]);
  });

  it('the author withdraws (rejects) their own, never accepts it', () => {
    const author = (role: Role) => actor(role, { userId: 'author', partyId: 'p2' });
    expect(allowed(author('suggester'), 'suggestion.decide', byP2('reject'))).toBe(true);
    expect(allowed(author('editor'), 'suggestion.decide', byP2('accept'))).toBe(false);
    expect(allowed(author('viewer'), 'suggestion.decide', byP2('reject'))).toBe(false);
  });
});

describe('the flags the client reads', () => {
  it('a viewer may do nothing but read; an owner everything', () => {
    expect(Object.values(cooperationPermissions(actor('viewer'))).some(Boolean)).toBe(false);
    expect(Object.values(cooperationPermissions(actor('owner'))).every(Boolean)).toBe(true);
  });

  it('a commenter raises, replies, edits their own points and reports on their follow-ups', () => {
    const flags = cooperationPermissions(actor('commenter'));
    const granted = Object.entries(flags)
      .filter(([, v]) => v)
      .map(([k]) => k);
    expect(granted.sort()).toEqual(
      ['canEditOwnPoints', 'canRaisePoints', 'canReplyToPoints', 'canReportOwnActions'].sort(),
    );
  });
});

describe('who may start a cooperation', () => {
  it('everyone, or with the default owners and those an administrator allowed', () => {
    const nobody = { ownsCooperation: false, granted: false };
    expect(mayCreateCooperation('everyone', nobody)).toBe(true);
    expect(mayCreateCooperation('owners', nobody)).toBe(false);
    expect(mayCreateCooperation('owners', { ...nobody, ownsCooperation: true })).toBe(true);
    expect(mayCreateCooperation('owners', { ...nobody, granted: true })).toBe(true);
  });
});

describe('reports on obligations', () => {
  const bound = { partyScope: 'party' as const, partyId: 'p1', unitId: null, unitPartyId: null };
  it.each<[string, Actor, Parameters<typeof allowed<'obligation.report'>>[2], boolean]>([
    ['a commenter of the bound party', actor('commenter'), bound, true],
    ['a viewer of the bound party', actor('viewer'), bound, false],
    ['an owner of another party', actor('owner', { partyId: 'p2' }), bound, false],
    [
      'another party, for the parties together',
      actor('editor', { partyId: 'p2' }),
      { ...bound, partyScope: 'all', partyId: null },
      true,
    ],
    [
      'another party, for each on its own',
      actor('commenter', { partyId: 'p2' }),
      { ...bound, partyScope: 'each', partyId: null },
      true,
    ],
    [
      'the unit it is given to',
      actor('commenter', { unitId: 'u1' }),
      { ...bound, unitId: 'u1', unitPartyId: 'p1' },
      true,
    ],
    ['the party without a unit', actor('editor'), { ...bound, unitId: 'u1', unitPartyId: 'p1' }, true],
    [
      'another unit of the party',
      actor('owner', { unitId: 'u2' }),
      { ...bound, unitId: 'u1', unitPartyId: 'p1' },
      false,
    ],
  ])('%s: %s', (_, a, obligation, may) => {
    expect(allowed(a, 'obligation.report', obligation)).toBe(may);
  });

  it('another party than the reporting one comments or asks for more, from commenters up', () => {
    expect(allowed(actor('commenter', { partyId: 'p2' }), 'obligation.review', { reportPartyId: 'p1' })).toBe(
      true,
    );
    expect(allowed(actor('owner'), 'obligation.review', { reportPartyId: 'p1' })).toBe(false);
    expect(allowed(actor('viewer', { partyId: 'p2' }), 'obligation.review', { reportPartyId: 'p1' })).toBe(
      false,
    );
  });
});
