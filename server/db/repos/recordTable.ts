import { newId } from '../../../shared/ids.ts';
import type { DB } from '../connection.ts';
import { sql } from './sql.ts';

/**
 * The statements of a table whose row holds one record, column for column: insert every
 * column (with a new id prefixed `idPrefix` unless the record brings one), write every column
 * but `id` back, read one by id. The columns are the keys `toRow` writes, so a repo states its
 * mapping once and no column list is written out by hand.
 */
export function recordTable<Rec extends { id: string }, Row extends { id: string }>(
  table: string,
  idPrefix: string,
  toRow: (rec: Rec) => Row,
  toRecord: (row: Row) => Rec,
) {
  return {
    insert(db: DB, fields: Omit<Rec, 'id'> & { id?: string }): Rec {
      // The spread holds every field of Rec and a string id; TypeScript cannot see that through Omit.
      const rec = { ...fields, id: fields.id ?? newId(idPrefix) } as Rec;
      insertRow(db, table, toRow(rec));
      return rec;
    },
    save(db: DB, rec: Rec): void {
      const row = toRow(rec);
      const sets = Object.keys(row)
        .filter((c) => c !== 'id')
        .map((c) => `${c} = @${c}`);
      sql(db, `UPDATE ${table} SET ${sets.join(', ')} WHERE id = @id`).run(row);
    },
    find: (db: DB, id: string): Rec | null => findById(db, table, id, toRecord),
  };
}

/** Inserts `row` into `table`, one column per key of the row. */
export function insertRow(db: DB, table: string, row: object): void {
  const columns = Object.keys(row);
  sql(
    db,
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  ).run(row);
}

/** The row of `table` with this id as its record, or null when there is none. */
export function findById<Row, Rec>(
  db: DB,
  table: string,
  id: string,
  toRecord: (row: Row) => Rec,
): Rec | null {
  return oneRow(db, `SELECT * FROM ${table} WHERE id = ?`, [id], toRecord);
}

/** The first row `text` selects with `params`, as its record, or null when there is none. */
export function oneRow<Row, Rec>(
  db: DB,
  text: string,
  params: unknown[],
  toRecord: (row: Row) => Rec,
): Rec | null {
  const row = sql<unknown[], Row>(db, text).get(...params);
  return row ? toRecord(row) : null;
}
