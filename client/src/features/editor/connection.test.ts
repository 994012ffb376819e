import { describe, expect, it } from 'vitest';
import { shownConnection } from './connection.ts';

describe('the connection badge', () => {
  it('says "connected" only while the editor may write', () => {
    expect(shownConnection('connected', { editable: true, status: 'draft' })).toBe('connected');
    expect(shownConnection('connected', { editable: false, status: 'draft' })).toBe('read-only');
    expect(shownConnection('connected', { editable: false, status: 'final' })).toBe('locked');
    expect(shownConnection('connected', { editable: false, status: 'signed' })).toBe('locked');
  });

  it('keeps every state that is not "connected" as the session says it', () => {
    for (const state of ['connecting', 'offline', 'closed', 'resetting', 'waiting'] as const)
      expect(shownConnection(state, { editable: false, status: 'final' })).toBe(state);
    expect(shownConnection('connected', null)).toBe('connected');
  });
});
