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
});
const members = [
  member('budi', 'Budi', 'owner', true),
  member('sari', 'Sari', 'owner'),
  member('asisten', 'Asisten', 'editor'),
  member('walikota', 'Wali Kota', 'commenter', true),
  member('pemantau', 'Pemantau', 'commenter'),
  member('tamu', 'Tamu', 'viewer'),
];

/** The banner's facts for a member, from the flags the server's policies give them. */
const factsFor = (userId: string, status: DocumentStatus) => {
  const m = members.find((x) => x.userId === userId)!;
  const actor: Actor = { ...m, suggestOnly: m.role === 'suggester' };
  return roleBannerFacts({
    status,
    permissions: documentPermissions(actor, { status }),
    cooperationPermissions: cooperationPermissions(actor),
    members,
    myUserId: userId,
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
      abilities: ['read', 'raisePoints', 'approve'],
      askOwners: ['Budi', 'Sari'],
    });
    expect(factsFor('pemantau', 'draft')?.abilities).toEqual(['read', 'raisePoints']);
  });

  it('gives a viewer reading only', () => {
    expect(factsFor('tamu', 'draft')).toEqual({
      locked: null,
      abilities: ['read'],
      askOwners: ['Budi', 'Sari'],
    });
  });

  it('says a final document is locked; an owner signs or reopens it and is sent to nobody', () => {
    expect(factsFor('budi', 'final')).toEqual({
      locked: 'final',
      abilities: ['read', 'sign', 'reopen'],
      askOwners: [],
    });
    expect(factsFor('asisten', 'final')).toEqual({
      locked: 'final',
      abilities: ['read'],
      askOwners: ['Budi', 'Sari'],
    });
  });

  it('sends nobody anywhere about a signed document', () => {
    expect(factsFor('tamu', 'signed')).toEqual({ locked: 'signed', abilities: ['read'], askOwners: [] });
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
