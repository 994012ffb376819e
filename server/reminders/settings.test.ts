import { describe, expect, it } from 'vitest';
import { mailSettings, reminderSettings } from './settings.ts';

describe('mail and reminder settings', () => {
  it('turns mail off without an SMTP URL and reads the sender and TLS check', () => {
    expect(mailSettings({})).toBeNull();
    expect(mailSettings({ SEPAKAT_SMTP_URL: ' ' })).toBeNull();
    expect(mailSettings({ SEPAKAT_SMTP_URL: 'smtp://u:p@mail.test:2525' })).toEqual({
      url: 'smtp://u:p@mail.test:2525',
      from: 'Sepakat <sepakat@localhost>',
      tlsRejectUnauthorized: true,
      publicUrl: null,
    });
    expect(
      mailSettings({
        SEPAKAT_SMTP_URL: 'smtps://mail.test:465',
        SEPAKAT_MAIL_FROM: 'Sepakat <noreply@jambikota.go.id>',
        SEPAKAT_SMTP_TLS_REJECT_UNAUTHORIZED: '0',
        SEPAKAT_PUBLIC_URL: ' https://sepakat.jambikota.go.id/ ',
      }),
    ).toEqual({
      url: 'smtps://mail.test:465',
      from: 'Sepakat <noreply@jambikota.go.id>',
      tlsRejectUnauthorized: false,
      publicUrl: 'https://sepakat.jambikota.go.id',
    });
  });

  it('refuses a malformed value at start', () => {
    expect(() => mailSettings({ SEPAKAT_SMTP_URL: 'mail.test:25' })).toThrow(/SEPAKAT_SMTP_URL/);
    expect(() =>
      mailSettings({ SEPAKAT_SMTP_URL: 'smtp://mail.test', SEPAKAT_SMTP_TLS_REJECT_UNAUTHORIZED: 'yes' }),
    ).toThrow(/0 or 1/);
    for (const bad of [
      'sepakat.go.id',
      'ftp://sepakat.go.id',
      'https://sepakat.go.id/?x=1',
      'https:// spaced',
    ])
      expect(() => mailSettings({ SEPAKAT_SMTP_URL: 'smtp://mail.test', SEPAKAT_PUBLIC_URL: bad })).toThrow(
        /SEPAKAT_PUBLIC_URL/,
      );
    expect(() => reminderSettings({ SEPAKAT_REMINDER_CLOCK: 'besok' })).toThrow(/ISO/);
    expect(() => reminderSettings({ SEPAKAT_REMINDER_TICK_MS: '5' })).toThrow(/at least 50/);
  });

  it('defaults to a tick of 30 s, a backoff from 1 min to 1 h and the real clock', () => {
    expect(reminderSettings({})).toEqual({
      tickMs: 30_000,
      backoffMs: 60_000,
      backoffMaxMs: 3_600_000,
      clockStart: null,
    });
    expect(reminderSettings({ SEPAKAT_REMINDER_CLOCK: '2026-12-09T03:00:00Z' }).clockStart).toBe(
      Date.parse('2026-12-09T03:00:00Z'),
    );
  });
});
