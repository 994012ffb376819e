import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from './connection.ts';
import { findNotificationSettings, saveNotificationSettings } from './repos/notifications.ts';
import { MIGRATIONS, olderDatabase } from './testing.ts';

let older: ReturnType<typeof olderDatabase> | undefined;
afterEach(() => {
  older?.dispose();
  older = undefined;
});

describe('the daily digest migration', () => {
  it("keeps every person's settings ('each' stays 'each'), and new settings take the digest", () => {
    older = olderDatabase('024_amendments.sql');
    const { db } = older;
    const user = db.prepare(
      "INSERT INTO users (id, username, display_name, password_hash, created_at) VALUES (?, ?, ?, 'x', 1)",
    );
    for (const u of ['u-each', 'u-off', 'u-new']) user.run(u, u, u);
    const setting = db.prepare(
      'INSERT INTO notification_settings (user_id, email, language, email_mode, updated_at) VALUES (?, ?, ?, ?, 7)',
    );
    setting.run('u-each', 'each@kota.test', 'en', 'each');
    setting.run('u-off', 'off@kota.test', 'id', 'off');
    // The old CHECK knows no digest.
    expect(() => setting.run('u-new', '', 'id', 'digest')).toThrow(/CHECK/);

    expect(migrate(db, MIGRATIONS)).toContain('025_notification_digest.sql');
    const all = ['followUps', 'obligations', 'termEnds', 'reports', 'publicReports', 'rounds'];
    expect(findNotificationSettings(db, 'u-each')).toEqual({
      email: 'each@kota.test',
      language: 'en',
      emailMode: 'each',
      emailKinds: all,
    });
    expect(findNotificationSettings(db, 'u-off').emailMode).toBe('off');
    // Someone who set nothing: the digest, every kind; a row made without a mode takes it too.
    expect(findNotificationSettings(db, 'u-new')).toMatchObject({ emailMode: 'digest', emailKinds: all });
    db.prepare("INSERT INTO notification_settings (user_id, updated_at) VALUES ('u-new', 8)").run();
    expect(findNotificationSettings(db, 'u-new').emailMode).toBe('digest');
    // The kinds left out are kept as turned off.
    saveNotificationSettings(
      db,
      'u-new',
      { email: 'n@kota.test', language: 'id', emailMode: 'digest', emailKinds: ['obligations'] },
      9,
    );
    expect(findNotificationSettings(db, 'u-new').emailKinds).toEqual(['obligations']);
  });
});
