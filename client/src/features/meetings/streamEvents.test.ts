import { describe, expect, it } from 'vitest';
import { concerns, readStreamEvent, topicOf } from './streamEvents.ts';

const at = '2026-12-05T03:00:00.000Z';
const frame = (event: object) => JSON.stringify({ ...event, at });

describe('reading the event stream', () => {
  it('takes the events of the union, stamped with when they were sent', () => {
    expect(readStreamEvent(frame({ type: 'party.logo', partyId: 'p1' }))).toEqual({
      type: 'party.logo',
      partyId: 'p1',
      at,
    });
    expect(readStreamEvent(frame({ type: 'stream.ended', reason: 'not-member' }))).toMatchObject({
      reason: 'not-member',
    });
    const approval = { documentId: 'd1', partyId: 'p1', action: 'approved', state: 'partial' };
    expect(
      readStreamEvent(frame({ type: 'approval.changed', ...approval, partId: 'closing' })),
    ).toMatchObject({
      partId: 'closing',
    });
  });

  it('drops what is not an event of the union: unknown types, missing payloads, bad values, no JSON', () => {
    expect(readStreamEvent(frame({ type: 'point.deleted', pointId: 'x' }))).toBeNull();
    expect(readStreamEvent(frame({ type: 'point.created', pointId: 'x' }))).toBeNull();
    expect(readStreamEvent(frame({ type: 'stream.ended', reason: 'bored' }))).toBeNull();
    expect(readStreamEvent(JSON.stringify({ type: 'party.logo', partyId: 'p1' }))).toBeNull();
    expect(readStreamEvent('not json')).toBeNull();
  });

  it('gives each event its topic; a reset concerns every list', () => {
    const logo = readStreamEvent(frame({ type: 'party.logo', partyId: 'p1' }));
    const reset = readStreamEvent(frame({ type: 'stream.reset' }));
    const removed = readStreamEvent(frame({ type: 'member.removed', userId: 'u1', by: 'u2' }));
    if (!logo || !reset || !removed) throw new Error('sample events must parse');
    expect([logo, reset, removed].map(topicOf)).toEqual(['parties', 'stream', 'members']);
    expect(concerns(removed, 'members')).toBe(true);
    expect(concerns(removed, 'points', 'meetings')).toBe(false);
    expect(concerns(reset, 'points')).toBe(true);
  });
});
