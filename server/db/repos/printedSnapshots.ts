import { z } from 'zod';
import { type PrintedLiaison, printedLiaisonSchema } from '../../../shared/api/liaisons.ts';
import type { DB } from '../connection.ts';
import { sql } from './sql.ts';

/** A party as the export prints it, with its logo's bytes (null when it has none). */
export interface RecordedParty {
  id: string;
  ordinal: number;
  name: string;
  shortName: string;
  logo: Buffer | null;
  logoMime: string | null;
}

/**
 * What an agreement prints from records outside its text: the parties and, for a PKS, the
 * liaisons annex (empty for an MoU) in the export's order.
 */
export interface PrintedRecords {
  parties: RecordedParty[];
  liaisons: PrintedLiaison[];
}

const partiesSchema = z.array(
  z.object({ id: z.string(), ordinal: z.number().int(), name: z.string(), shortName: z.string() }),
);
const liaisonsSchema = z.array(printedLiaisonSchema);

/**
 * Freezes what a document prints from records, with the finalisation (`lifecycleId`) it was
 * taken at; replaces any earlier snapshot of the document. Run it in the finalisation's
 * transaction.
 */
export function savePrintedSnapshot(
  db: DB,
  input: { documentId: string; lifecycleId: number; records: PrintedRecords; at?: number },
): void {
  const { documentId, records } = input;
  dropPrintedSnapshot(db, documentId);
  sql(
    db,
    `INSERT INTO printed_snapshots (document_id, lifecycle_id, parties, liaisons, taken_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(
    documentId,
    input.lifecycleId,
    JSON.stringify(
      records.parties.map(({ id, ordinal, name, shortName }) => ({ id, ordinal, name, shortName })),
    ),
    JSON.stringify(records.liaisons),
    input.at ?? Date.now(),
  );
  const logo = sql(
    db,
    'INSERT INTO printed_snapshot_logos (document_id, party_id, logo, mime) VALUES (?, ?, ?, ?)',
  );
  for (const p of records.parties) {
    if (p.logo) logo.run(documentId, p.id, p.logo, p.logoMime ?? 'image/png');
  }
}

/**
 * The records a document was finalised with, or null when it has no snapshot (a draft) or
 * the stored one cannot be read (the caller then prints the records as they are).
 */
export function findPrintedSnapshot(db: DB, documentId: string): PrintedRecords | null {
  const row = sql<[string], { parties: string; liaisons: string }>(
    db,
    'SELECT parties, liaisons FROM printed_snapshots WHERE document_id = ?',
  ).get(documentId);
  if (!row) return null;
  const parties = partiesSchema.safeParse(safeJson(row.parties));
  const liaisons = liaisonsSchema.safeParse(safeJson(row.liaisons));
  if (!parties.success || !liaisons.success) return null;
  const logos = new Map(
    sql<[string], { party_id: string; logo: Buffer; mime: string }>(
      db,
      'SELECT party_id, logo, mime FROM printed_snapshot_logos WHERE document_id = ?',
    )
      .all(documentId)
      .map((r) => [r.party_id, r]),
  );
  return {
    parties: parties.data.map((p) => ({
      ...p,
      logo: logos.get(p.id)?.logo ?? null,
      logoMime: logos.get(p.id)?.mime ?? null,
    })),
    liaisons: liaisons.data,
  };
}

/** Deletes a document's snapshot (reopening): its paper follows the records again. */
export function dropPrintedSnapshot(db: DB, documentId: string): void {
  sql(db, 'DELETE FROM printed_snapshots WHERE document_id = ?').run(documentId);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
