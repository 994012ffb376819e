import { describe, expect, it } from 'vitest';
import { type Actor, allowed, documentPermissions, type VariantFacts } from './policies.ts';

const member = (partyId: string, unitId: string | null, extra: Partial<Actor> = {}): Actor => ({
  userId: `u-${partyId}-${unitId}`,
  role: 'editor',
  signatory: false,
  partyId,
  suggestOnly: false,
  unitId,
  ...extra,
});
const variant = (byCooperationBureau = false): VariantFacts => ({
  unitId: 'opd-a',
  unitPartyId: 'city',
  byCooperationBureau,
});
const mayApprove = (actor: Actor, v: VariantFacts | null) =>
  allowed(actor, 'document.approve', { status: 'draft', variant: v });

describe('who approves a PKS variant for its party', () => {
  it("of the variant's party, only members of its unit; every other party as usual", () => {
    expect(mayApprove(member('city', 'opd-a'), variant())).toBe(true);
    expect(mayApprove(member('city', 'opd-b'), variant())).toBe(false);
    expect(mayApprove(member('city', null), variant())).toBe(false);
    expect(mayApprove(member('ombudsman', null), variant())).toBe(true);
    // A signatory of the unit approves whatever their role; a commenter of it does not.
    expect(mayApprove(member('city', 'opd-a', { role: 'viewer', signatory: true }), variant())).toBe(true);
    expect(mayApprove(member('city', 'opd-a', { role: 'commenter' }), variant())).toBe(false);
  });

  it('members in no unit (Bagian Kerja Sama) approve only when the cooperation says so; other units never', () => {
    expect(mayApprove(member('city', null), variant(true))).toBe(true);
    expect(mayApprove(member('city', 'opd-b'), variant(true))).toBe(false);
  });

  it('any other document, and a final variant, as before', () => {
    expect(mayApprove(member('city', 'opd-b'), null)).toBe(true);
    expect(
      allowed(member('city', 'opd-a'), 'document.approve', { status: 'final', variant: variant() }),
    ).toBe(false);
    expect(
      documentPermissions(member('city', 'opd-b'), { status: 'draft', variant: variant() }).canApprove,
    ).toBe(false);
  });
});
