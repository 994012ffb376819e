import { describe, expect, it } from 'vitest';
import type { Approval } from '../documents/api.ts';
import { partyState } from './clauseStates.ts';

const approval = (partyId: string, hash: string, at: string, current = true): Approval => ({
  partyId,
  userId: 'u',
  hash,
  at,
  current,
});

describe('partyState', () => {
  it('is approved when the latest approval matches the live text, stale when it does not', () => {
    const approvals = [
      approval('p1', 'old', '2025-01-01T00:00:00Z'),
      approval('p1', 'new', '2025-01-02T00:00:00Z'),
    ];
    expect(partyState(approvals, 'p1', 'new')).toBe('approved');
    expect(partyState(approvals, 'p1', 'edited')).toBe('stale');
    expect(partyState(approvals, 'p2', 'new')).toBe('none');
  });

  it('trusts the server’s `current` until the live hash is known', () => {
    expect(partyState([approval('p1', 'h', '2025-01-01T00:00:00Z', false)], 'p1', undefined)).toBe('stale');
  });
});
