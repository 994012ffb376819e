import type { PersonDTO } from '../../shared/api/history.ts';
import type { DB } from '../db/connection.ts';
import { findPersonInCooperation } from '../db/repos/members.ts';

/** Looks people up by user id for one cooperation: name, party and the party's colour. */
export type People = (userId: string | null) => PersonDTO;

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
      const found = findPersonInCooperation(db, cooperationId, userId);
      person = found ? { userId, ...found } : { ...SYSTEM, userId, displayName: userId };
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
