import { describe, expect, it } from 'vitest';
import { clauseStateOf } from './clauseStates.ts';

const parties = ['ombudsman', 'pemkot'];

describe('clauseStateOf', () => {
  it('draft without approvals', () => {
    expect(clauseStateOf('h1', [], parties)).toBe('draft');
  });

  it('partial when one of two parties approved the current text', () => {
    expect(clauseStateOf('h1', [{ partyId: 'pemkot', hash: 'h1' }], parties)).toBe('partial');
  });

  it('agreed when every party approved the current text', () => {
    const approvals = parties.map((partyId) => ({ partyId, hash: 'h1' }));
    expect(clauseStateOf('h1', approvals, parties)).toBe('agreed');
  });

  it('changed when the text moved on from every approval', () => {
    const approvals = parties.map((partyId) => ({ partyId, hash: 'h0' }));
    expect(clauseStateOf('h1', approvals, parties)).toBe('changed');
  });

  it('partial when one approval is current and the other stale', () => {
    const approvals = [
      { partyId: 'ombudsman', hash: 'h0' },
      { partyId: 'pemkot', hash: 'h1' },
    ];
    expect(clauseStateOf('h1', approvals, parties)).toBe('partial');
  });

  it('a third party that has not approved keeps it partial', () => {
    const approvals = parties.map((partyId) => ({ partyId, hash: 'h1' }));
    expect(clauseStateOf('h1', approvals, [...parties, 'opd'])).toBe('partial');
  });
});
