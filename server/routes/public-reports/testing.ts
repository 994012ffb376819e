import Database from 'better-sqlite3';
import { seedDocument } from '../../collab/testing.ts';
import { type DB, migrate } from '../../db/connection.ts';
import { insertParty } from '../../db/repos/parties.ts';
import { insertUnit } from '../../db/repos/units.ts';
import { MIGRATIONS } from '../../db/testing.ts';

/** A fresh in-memory database with every migration, for the tests of forwarded public reports. */
export function memoryDb(): DB {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS);
  return db;
}

/**
 * A cooperation ('coop1', its owner 'u-owner') with a PKS ('pks1') and the city as party 2;
 * `unit(name)` adds one of the city's OPD (its short name the same).
 */
export function cityCooperation(db: DB) {
  const documentId = seedDocument(db, 'pks1');
  const city = insertParty(db, {
    cooperationId: 'coop1',
    ordinal: 2,
    name: 'Pemerintah Kota',
    shortName: 'Pemkot',
  });
  const unit = (name: string) =>
    insertUnit(db, {
      cooperationId: 'coop1',
      partyId: city.id,
      name,
      shortName: name,
      headName: '',
      headPosition: '',
      headNip: '',
      kuasaRef: '',
      address: '',
      createdAt: 1,
      updatedAt: 1,
    });
  return { documentId, cityId: city.id, unit };
}
