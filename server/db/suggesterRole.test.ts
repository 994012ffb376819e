import { afterEach, describe, expect, it } from 'vitest';
import { seedDocument } from '../collab/testing.ts';
import { type DB, migrate } from './connection.ts';
import { findMember, insertMember, listMembers } from './repos/members.ts';
import { MIGRATIONS, olderDatabase } from './testing.ts';

let older: ReturnType<typeof olderDatabase> | undefined;
afterEach(() => {
  older?.dispose();
  older = undefined;
});

const LAST_BEFORE = '011_minutes_records.sql';

/** A database as Sepakat left it before the suggester role, with two parties, members and an invitation. */
function beforeSuggesters(): DB {
  older = olderDatabase(LAST_BEFORE);
  const { db } = older;
  seedDocument(db, 'docOld');
  const user = db.prepare(
    "INSERT INTO users (id, username, display_name, password_hash, created_at) VALUES (?, ?, ?, 'x', 1)",
  );
  for (const u of ['u-a', 'u-b', 'u-c', 'u-x']) user.run(u, u, u.toUpperCase());
  const party = db.prepare(
    "INSERT INTO parties (id, cooperation_id, ordinal, name, short_name, color) VALUES (?, 'coop1', ?, ?, ?, '#000')",
  );
  party.run('p1', 1, 'Pihak Satu', 'P1');
  party.run('p2', 2, 'Pihak Dua', 'P2');
  const member = db.prepare(
    "INSERT INTO members (cooperation_id, user_id, party_id, role, signatory, added_at) VALUES ('coop1', ?, ?, ?, ?, ?)",
  );
  member.run('u-owner', 'p1', 'owner', 1, 10);
  member.run('u-a', 'p1', 'editor', 0, 11);
  member.run('u-b', 'p2', 'commenter', 1, 12);
  member.run('u-c', 'p2', 'viewer', 0, 13);
  db.prepare(
    `INSERT INTO invitations (id, cooperation_id, token_hash, name, email, party_id, role, signatory,
       created_by, created_at, expires_at) VALUES ('inv1', 'coop1', 'h1', 'Tamu', 't@x', 'p2', 'editor', 1, 'u-owner', 5, 6)`,
  ).run();
  return db;
}

const rows = (db: DB, table: string) => db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();

describe('the suggester role migration', () => {
  it('keeps every member and invitation of an older database and then accepts the new role', () => {
    const db = beforeSuggesters();
    const membersBefore = rows(db, 'members');
    const invitationsBefore = rows(db, 'invitations');
    // The old CHECK refuses the role: the migration is what makes it possible.
    expect(() => db.prepare("UPDATE members SET role = 'suggester' WHERE user_id = 'u-c'").run()).toThrow(
      /CHECK/,
    );

    expect(migrate(db, MIGRATIONS)).toContain('014_suggester_role.sql');
    // Later migrations add a member's unit, empty for every row: the rows are otherwise unchanged.
    const after = rows(db, 'members') as Record<string, unknown>[];
    expect(after.map((r) => r.unit_id)).toEqual(after.map(() => null));
    expect(after.map(({ unit_id: _, ...r }) => r)).toEqual(membersBefore);
    expect(rows(db, 'invitations')).toEqual(invitationsBefore);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    db.prepare("UPDATE members SET role = 'suggester' WHERE user_id = 'u-c'").run();
    expect(findMember(db, 'coop1', 'u-c')).toMatchObject({ role: 'suggester', suggestOnly: true });
    db.prepare("UPDATE invitations SET role = 'suggester' WHERE id = 'inv1'").run();
    expect(() => db.prepare("UPDATE members SET role = 'boss' WHERE user_id = 'u-c'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE invitations SET role = 'boss' WHERE id = 'inv1'").run()).toThrow(/CHECK/);
  });

  it('keeps the foreign keys, the indexes and the access triggers of both tables', () => {
    const db = beforeSuggesters();
    migrate(db, MIGRATIONS);
    const indexes = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('members_user', 'invitations_cooperation')",
      )
      .pluck()
      .all();
    expect(indexes.sort()).toEqual(['invitations_cooperation', 'members_user']);
    // Nothing named after the rebuild's scratch tables is left behind.
    expect(
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE instr(sql, 'members_next') OR instr(sql, 'invitations_next')",
        )
        .pluck()
        .all(),
    ).toEqual([]);

    const epoch = () => db.prepare('SELECT n FROM access_epoch').pluck().get() as number;
    const start = epoch();
    db.prepare("UPDATE members SET role = 'suggester' WHERE user_id = 'u-a'").run();
    expect(epoch()).toBe(start + 1);
    db.prepare("DELETE FROM members WHERE user_id = 'u-c'").run();
    expect(epoch()).toBe(start + 2);

    // A member of a party that does not exist is still refused; deleting the party still cascades.
    expect(() =>
      insertMember(db, { cooperationId: 'coop1', userId: 'u-c', partyId: 'nope', role: 'viewer' }),
    ).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM parties WHERE id = 'p2'").run();
    expect(listMembers(db, 'coop1').map((m) => m.userId)).toEqual(['u-owner', 'u-a']);
    expect(db.prepare('SELECT count(*) FROM invitations').pluck().get()).toBe(0);
  });
});

describe('who may only suggest', () => {
  it('a suggester, and every member of a party the settings limit, ranked between editor and commenter', () => {
    const db = beforeSuggesters();
    migrate(db, MIGRATIONS);
    insertMember(db, { cooperationId: 'coop1', userId: 'u-x', partyId: 'p1', role: 'suggester' });
    expect(listMembers(db, 'coop1').map((m) => [m.userId, m.role, m.suggestOnly])).toEqual([
      ['u-owner', 'owner', false],
      ['u-a', 'editor', false],
      ['u-x', 'suggester', true],
      ['u-b', 'commenter', false],
      ['u-c', 'viewer', false],
    ]);

    db.prepare("UPDATE cooperations SET settings = ? WHERE id = 'coop1'").run(
      JSON.stringify({ suggestOnlyParties: ['p1'] }),
    );
    expect(findMember(db, 'coop1', 'u-owner')?.suggestOnly).toBe(true);
    expect(findMember(db, 'coop1', 'u-a')?.suggestOnly).toBe(true);
    expect(findMember(db, 'coop1', 'u-b')?.suggestOnly).toBe(false);
    expect(
      listMembers(db, 'coop1')
        .filter((m) => m.suggestOnly)
        .map((m) => m.userId),
    ).toEqual(['u-owner', 'u-a', 'u-x']);
  });
});
