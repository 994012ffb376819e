import { describe, expect, it } from 'vitest';
import type { Role } from '../api/common.ts';
import { type Actor, qualifies } from '../policies.ts';

const OMBUDSMAN = 'p1';
const CITY = 'p2';
const actor = (role: Role, partyId: string, unitId: string | null = null): Actor => ({
  userId: 'u',
  role,
  signatory: false,
  partyId,
  suggestOnly: false,
  unitId,
});

describe('who forwards reports from the public and who records the answers', () => {
  it.each([
    ['an editor of the Ombudsman', actor('editor', OMBUDSMAN), true],
    ['an owner of the Ombudsman', actor('owner', OMBUDSMAN), true],
    ['a suggester of the Ombudsman', actor('suggester', OMBUDSMAN), false],
    ['an editor of the OPD’s own party', actor('editor', CITY), false],
  ])('forwarding to a city OPD: %s → %s', (_name, a, may) => {
    expect(qualifies(a, 'publicReport.forward', { unitPartyId: CITY })).toBe(may);
  });

  it.each([
    ['a commenter in that OPD', actor('commenter', CITY, 'dukcapil'), true],
    ['an editor of the city as a whole', actor('editor', CITY), true],
    ['an editor of another OPD', actor('editor', CITY, 'dinsos'), false],
    ['a viewer in that OPD', actor('viewer', CITY, 'dukcapil'), false],
    ['an owner of the Ombudsman', actor('owner', OMBUDSMAN), false],
  ])('answering for Disdukcapil: %s → %s', (_name, a, may) => {
    expect(qualifies(a, 'publicReport.respond', { unitId: 'dukcapil', unitPartyId: CITY })).toBe(may);
  });

  it('nobody answers for a report whose OPD was removed', () => {
    expect(qualifies(actor('owner', CITY), 'publicReport.respond', { unitId: null, unitPartyId: null })).toBe(
      false,
    );
  });
});
