import { describe, expect, it } from 'vitest';
import type { ReminderDTO } from './api.ts';
import { reminderOverview } from './reminderRows.ts';

const NOW = new Date('2026-12-05T10:00:00Z');
const members = [
  { userId: 'u-owner', displayName: 'Ratna Sari' },
  { userId: 'u-member', displayName: 'Budi Santoso' },
];

const reminder = (over: Partial<ReminderDTO>): ReminderDTO => ({
  id: 'r1',
  kind: 'action.due',
  subjectId: 's1',
  occurrence: '2026-12-06/day',
  userId: 'u-owner',
  channel: 'email',
  dueAt: '2026-12-05T00:00:00Z',
  state: 'pending',
  attempts: 0,
  nextAttemptAt: '2026-12-05T00:00:00Z',
  lastError: '',
  sentAt: null,
  ...over,
});

const overview = (reminders: ReminderDTO[], language: 'id' | 'en' = 'id') =>
  reminderOverview(reminders, members, NOW, language, 'Asia/Jakarta');

describe('reminderOverview', () => {
  it.each([
    ['a pending one not yet tried', reminder({}), 'id', 'menunggu'],
    ['one being sent', reminder({ state: 'sending', attempts: 1 }), 'id', 'sedang dikirim'],
    ['one given up on', reminder({ state: 'failed', attempts: 8 }), 'id', 'gagal'],
    [
      'a pending one tried before',
      reminder({
        attempts: 2,
        nextAttemptAt: '2026-12-05T10:30:00Z',
        lastError: 'connect ECONNREFUSED 127.0.0.1:1',
      }),
      'id',
      'dicoba lagi 5 Des 2026, 17.30 (percobaan ke-2: connect ECONNREFUSED 127.0.0.1:1)',
    ],
    [
      'a pending one tried before, in English',
      reminder({ attempts: 1, nextAttemptAt: '2026-12-05T10:30:00Z', lastError: 'timeout' }),
      'en',
      'retrying 5 Dec 2026, 17:30 (attempt 1: timeout)',
    ],
  ] as const)('words the state of %s', (_, r, language, state) => {
    expect(overview([r], language).rows.map((row) => row.state)).toEqual([state]);
  });

  it.each([
    ['action.due', 'Tindak lanjut'],
    ['obligation.due', 'Kewajiban'],
    ['public_report.due', 'Laporan masyarakat'],
    ['agreement.term_end', 'Jangka waktu'],
    ['something.new', 'Pengingat'],
  ])('names kind %s as "%s"', (kind, about) => {
    expect(overview([reminder({ kind })]).rows[0]?.about).toBe(about);
  });

  it.each([
    ['u-member', 'Budi Santoso'],
    ['u-gone', 'anggota lain'],
  ])('names recipient %s as "%s"', (userId, person) => {
    expect(overview([reminder({ userId })]).rows[0]?.person).toBe(person);
  });

  it.each([
    ['in-app reminders', reminder({ channel: 'app' }), 0],
    ['sent ones', reminder({ state: 'sent', sentAt: '2026-12-04T00:00:00Z' }), 0],
    ['cancelled ones', reminder({ state: 'cancelled' }), 0],
    ['open e-mail ones', reminder({}), 1],
  ] as const)('lists %s as %i rows', (_, r, count) => {
    expect(overview([r]).rows).toHaveLength(count);
  });

  it.each([
    ['sent yesterday', { state: 'sent', sentAt: '2026-12-04T10:00:00Z' }, 1],
    ['sent 30 days ago', { state: 'sent', sentAt: '2026-11-05T10:00:00Z' }, 1],
    ['sent 31 days ago', { state: 'sent', sentAt: '2026-11-04T10:00:00Z' }, 0],
    ['sent in the app', { state: 'sent', sentAt: '2026-12-04T10:00:00Z', channel: 'app' }, 0],
    ['still pending', { state: 'pending' }, 0],
  ] as const)('counts a reminder %s as %i sent lately', (_, over, count) => {
    expect(overview([reminder(over)]).sentRecently).toBe(count);
  });

  it('shortens a long error to its first line and puts the soonest first', () => {
    const long = `${'x'.repeat(100)}\nsecond line`;
    const { rows } = overview([
      reminder({ id: 'late', dueAt: '2026-12-07T00:00:00Z' }),
      reminder({ id: 'soon', attempts: 1, lastError: long }),
    ]);
    expect(rows.map((r) => r.id)).toEqual(['soon', 'late']);
    expect(rows[0]?.state).toContain(`${'x'.repeat(59)}…)`);
    expect(rows[0]?.state).not.toContain('second line');
  });
});
