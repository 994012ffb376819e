import { newId } from '../../../shared/ids.ts';
import { PARTY_COLORS, partyColor } from '../../../shared/meta.ts';
import type { DB } from '../connection.ts';
import { insertRow, oneRow } from './recordTable.ts';
import { sql } from './sql.ts';

/** An institution taking part in a cooperation; ordinal 1 = PIHAK PERTAMA. */
export interface PartyRecord {
  id: string;
  cooperationId: string;
  ordinal: number;
  name: string;
  shortName: string;
  seat: string;
  color: string;
}

interface PartyRow {
  id: string;
  cooperation_id: string;
  ordinal: number;
  name: string;
  short_name: string;
  seat: string;
  color: string;
}

const toParty = (r: PartyRow): PartyRecord => ({
  id: r.id,
  cooperationId: r.cooperation_id,
  ordinal: r.ordinal,
  name: r.name,
  shortName: r.short_name,
  seat: r.seat,
  color: r.color,
});

/** Adds a party with the colour of its ordinal. */
export function insertParty(
  db: DB,
  input: { cooperationId: string; ordinal: number; name: string; shortName: string; seat?: string },
): PartyRecord {
  const row: PartyRow = {
    id: newId('p'),
    cooperation_id: input.cooperationId,
    ordinal: input.ordinal,
    name: input.name,
    short_name: input.shortName,
    seat: input.seat ?? '',
    // An ordinal below 1 has no colour of its own: it takes the first party's.
    color: partyColor(input.ordinal) ?? PARTY_COLORS[0],
  };
  insertRow(db, 'parties', row);
  return toParty(row);
}

/** Parties of a cooperation in ordinal order (PIHAK PERTAMA first). */
export function listParties(db: DB, cooperationId: string): PartyRecord[] {
  return sql<[string], PartyRow>(
    db,
    'SELECT id, cooperation_id, ordinal, name, short_name, seat, color FROM parties WHERE cooperation_id = ? ORDER BY ordinal',
  )
    .all(cooperationId)
    .map(toParty);
}

export function findParty(db: DB, id: string): PartyRecord | null {
  return oneRow(
    db,
    'SELECT id, cooperation_id, ordinal, name, short_name, seat, color FROM parties WHERE id = ?',
    [id],
    toParty,
  );
}

/** Stores (or, with null, removes) a party's logo, shown in the title block of the export. */
export function setPartyLogo(db: DB, partyId: string, logo: Buffer | null, mime: string | null): void {
  db.prepare('UPDATE parties SET logo = ?, logo_mime = ? WHERE id = ?').run(logo, mime, partyId);
}

/** The uploaded logos of a cooperation's parties, by party id. */
export function partyLogos(db: DB, cooperationId: string): Map<string, { logo: Buffer; mime: string }> {
  const rows = db
    .prepare('SELECT id, logo, logo_mime AS mime FROM parties WHERE cooperation_id = ? AND logo IS NOT NULL')
    .all(cooperationId) as { id: string; logo: Buffer; mime: string }[];
  return new Map(rows.map((r) => [r.id, { logo: r.logo, mime: r.mime }]));
}
