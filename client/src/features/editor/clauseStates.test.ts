import { describe, expect, it } from 'vitest';
import type { Approval } from '../documents/api.ts';
import { itemStates, partyState } from './clauseStates.ts';

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

describe('itemStates', () => {
  const parties = [
    { id: 'p1', ordinal: 1, name: 'Satu', shortName: 'S', seat: '', color: '#000' },
    { id: 'p2', ordinal: 2, name: 'Dua', shortName: 'D', seat: '', color: '#111' },
  ];
  const listed = [
    {
      id: 'part:closing',
      approvals: [approval('p1', 'h1', '2025-01-01T00:00:00Z'), approval('p2', 'h1', '2025-01-01T00:00:00Z')],
    },
  ];

  it('reads a part like a Pasal: approved at the hash my copy has, stale once it moved, none without approvals', () => {
    const states = (live: Map<string, string>) =>
      itemStates(['part:closing', 'part:meta'], listed, parties, live)
        .get('part:closing')!
        .map((s) => s.state);
    expect(states(new Map([['part:closing', 'h1']]))).toEqual(['approved', 'approved']);
    expect(states(new Map([['part:closing', 'h2']]))).toEqual(['stale', 'stale']);
    const meta = itemStates(['part:meta'], listed, parties, new Map()).get('part:meta')!;
    expect(meta.map((s) => [s.party.id, s.state])).toEqual([
      ['p1', 'none'],
      ['p2', 'none'],
    ]);
  });
});
