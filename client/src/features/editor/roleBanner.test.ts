import { describe, expect, it } from 'vitest';
import type { DocumentStatus } from '../../../../shared/api/cooperations.ts';
import { type Actor, cooperationPermissions, documentPermissions } from '../../../../shared/policies.ts';
import type { Member } from '../cooperations/api.ts';
import { roleBannerFacts, takesPart } from './roleBanner.ts';

const member = (userId: string, displayName: string, role: Member['role'], signatory = false): Member => ({
  userId,
  username: userId,
  displayName,
  position: '',
  partyId: 'p1',
  role,
  signatory,
  unitId: null,
});
const members = [
  member('budi', 'Budi', 'owner', true),
  member('sari', 'Sari', 'owner'),
  member('asisten', 'Asisten', 'editor'),
  member('walikota', 'Wali Kota', 'commenter', true),
  member('pemantau', 'Pemantau', 'commenter'),
  member('tamu', 'Tamu', 'viewer'),
  member('pengusul', 'Pengusul', 'suggester'),
];

/** The banner's facts for a member, from the flags the server's policies give them. */
const factsFor = (userId: string, status: DocumentStatus, partyLimited = false) => {
  const m = members.find((x) => x.userId === userId)!;
  const actor: Actor = { ...m, suggestOnly: m.role === 'suggester' || partyLimited };
  return roleBannerFacts({
    status,
    permissions: documentPermissions(actor, { status }),
    cooperationPermissions: cooperationPermissions(actor),
    members,
    myUserId: userId,
    myRole: m.role,
  });
};

describe('roleBannerFacts', () => {
  it('shows nothing to whoever types into a draft', () => {
    expect(factsFor('budi', 'draft')).toBeNull();
    expect(factsFor('asisten', 'draft')).toBeNull();
  });

  it('names what a commenter may do (approving too when they sign) and the owners to ask', () => {
    expect(factsFor('walikota', 'draft')).toEqual({
      locked: null,
      suggests: null,
      abilities: ['read', 'raisePoints', 'approve'],
      askOwners: ['Budi', 'Sari'],
    });
    expect(factsFor('pemantau', 'draft')?.abilities).toEqual(['read', 'raisePoints']);
  });

  it('gives a viewer reading only', () => {
    expect(factsFor('tamu', 'draft')).toEqual({
      locked: null,
      suggests: null,
      abilities: ['read'],
      askOwners: ['Budi', 'Sari'],
    });
  });

  it('says a final document is locked; an owner signs or reopens it and is sent to nobody', () => {
    expect(factsFor('budi', 'final')).toEqual({
      locked: 'final',
      suggests: null,
      abilities: ['read', 'sign', 'reopen'],
      askOwners: [],
    });
    expect(factsFor('asisten', 'final')).toEqual({
      locked: 'final',
      suggests: null,
      abilities: ['read'],
      askOwners: ['Budi', 'Sari'],
    });
  });

  it('sends nobody anywhere about a signed document', () => {
    expect(factsFor('tamu', 'signed')).toEqual({
      locked: 'signed',
      suggests: null,
      abilities: ['read'],
      askOwners: [],
    });
  });
});

describe('a member whose changes become suggestions', () => {
  it('is told so in a draft, by role or by their party, and is sent to nobody', () => {
    expect(factsFor('pengusul', 'draft')).toEqual({
      locked: null,
      suggests: 'role',
      abilities: [],
      askOwners: [],
    });
    // An editor of a limited party still approves for it.
    expect(factsFor('asisten', 'draft', true)).toEqual({
      locked: null,
      suggests: 'party',
      abilities: ['approve'],
      askOwners: [],
    });
    // A commenter of a limited party was not writing anyway: the usual banner.
    expect(factsFor('pemantau', 'draft', true)).toMatchObject({
      suggests: null,
      abilities: ['read', 'raisePoints'],
    });
  });

  it('sees a final document locked like everyone', () => {
    expect(factsFor('pengusul', 'final')).toEqual({
      locked: 'final',
      suggests: null,
      abilities: ['read'],
      askOwners: ['Budi', 'Sari'],
    });
    expect(takesPart(factsFor('pengusul', 'draft'))).toBe(false);
  });
});

describe('takesPart', () => {
  it('is true for a commenter of a draft, false for a viewer, an editor or a locked document', () => {
    expect(takesPart(factsFor('pemantau', 'draft'))).toBe(true);
    expect(takesPart(factsFor('walikota', 'draft'))).toBe(true);
    expect(takesPart(factsFor('tamu', 'draft'))).toBe(false);
    expect(takesPart(factsFor('budi', 'draft'))).toBe(false);
    expect(takesPart(factsFor('walikota', 'final'))).toBe(false);
  });
});
