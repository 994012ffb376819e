import type { PersonDTO } from '../../shared/api/history.ts';
import type { DB } from '../db/connection.ts';
import { sql } from '../db/repos/sql.ts';

/** Looks people up by user id for one cooperation: name, party and the party's colour. */
export type People = (userId: string | null) => PersonDTO;

interface PersonRow {
  id: string;
  display_name: string;
  party_id: string | null;
  party_name: string | null;
  short_name: string | null;
  color: string | null;
}

const SYSTEM: PersonDTO = {
  userId: null,
  displayName: '',
  partyId: null,
  partyName: null,
  partyShortName: null,
  color: null,
};

/**
 * A memoised lookup of the people of a cooperation. A user who has since left the
 * cooperation keeps their name, without a party; null is a system change.
 */
export function peopleOf(db: DB, cooperationId: string): People {
  const cache = new Map<string, PersonDTO>();
  return (userId) => {
    if (!userId) return SYSTEM;
    let person = cache.get(userId);
    if (!person) {
      const row = sql<[string, string], PersonRow>(
        db,
        `SELECT u.id, u.display_name, p.id AS party_id, p.name AS party_name, p.short_name, p.color
         FROM users u
         LEFT JOIN members m ON m.user_id = u.id AND m.cooperation_id = ?
         LEFT JOIN parties p ON p.id = m.party_id
         WHERE u.id = ?`,
      ).get(cooperationId, userId);
      person = row
        ? {
            userId,
            displayName: row.display_name,
            partyId: row.party_id,
            partyName: row.party_name,
            partyShortName: row.short_name,
            color: row.color,
          }
        : { ...SYSTEM, userId, displayName: userId };
      cache.set(userId, person);
    }
    return person;
  };
}

/** Distinct people in first-seen order. */
export function distinctPeople(people: PersonDTO[]): PersonDTO[] {
  const seen = new Set<string | null>();
  return people.filter((p) => {
    if (seen.has(p.userId)) return false;
    seen.add(p.userId);
    return true;
  });
}
