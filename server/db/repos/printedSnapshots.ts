import { z } from 'zod';
import { type PrintedLiaison, printedLiaisonSchema } from '../../../shared/api/liaisons.ts';
import type { PrintedSignatory } from '../../../shared/signedParts.ts';
import type { VariableValues } from '../../../shared/variables/fill.ts';
import { isVariableName } from '../../../shared/variables/names.ts';
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
  /** Who signs for it from the records (a variant's OPD head); absent, the Info fields sign. */
  signatory?: PrintedSignatory;
}

/**
 * What an agreement prints from records outside its text: the parties and, for a PKS, the
 * liaisons annex (empty for an MoU) in the export's order; a frozen one may hold the values its
 * variables printed with.
 */
export interface PrintedRecords {
  parties: RecordedParty[];
  liaisons: PrintedLiaison[];
  /** The values of its variables as finalised; absent, they are read as they are now. */
  variables?: VariableValues;
}

const signatorySchema = z.object({
  name: z.string(),
  position: z.string(),
  nip: z.string(),
  kuasaRef: z.string(),
});
const partiesSchema = z.array(
  z.object({
    id: z.string(),
    ordinal: z.number().int(),
    name: z.string(),
    shortName: z.string(),
    signatory: signatorySchema.optional(),
  }),
);
const liaisonsSchema = z.array(printedLiaisonSchema);
const variablesSchema = z.record(z.string(), z.string());

/** The date of signing and the term (in years, as the Info field holds it) a final text prints. */
export interface PrintedSigning {
  date: string;
  termYears: string;
}

/**
 * Freezes what a document prints from records, with the finalisation (`lifecycleId`) it was
 * taken at; replaces any earlier snapshot of the document. Run it in the finalisation's
 * transaction.
 */
export function savePrintedSnapshot(
  db: DB,
  input: {
    documentId: string;
    lifecycleId: number;
    records: PrintedRecords;
    /** What the text prints of its signing and term (an agreement's; minutes print none). */
    signing?: PrintedSigning;
    at?: number;
  },
): void {
  const { documentId, records } = input;
  dropPrintedSnapshot(db, documentId);
  sql(
    db,
    `INSERT INTO printed_snapshots
       (document_id, lifecycle_id, parties, liaisons, variables, printed_date, term_years, taken_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    documentId,
    input.lifecycleId,
    JSON.stringify(
      records.parties.map(({ id, ordinal, name, shortName, signatory }) => ({
        id,
        ordinal,
        name,
        shortName,
        ...(signatory ? { signatory } : {}),
      })),
    ),
    JSON.stringify(records.liaisons),
    records.variables ? JSON.stringify(records.variables) : null,
    input.signing?.date ?? null,
    input.signing?.termYears ?? null,
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
  const row = sql<[string], { parties: string; liaisons: string; variables: string | null }>(
    db,
    'SELECT parties, liaisons, variables FROM printed_snapshots WHERE document_id = ?',
  ).get(documentId);
  if (!row) return null;
  const parties = partiesSchema.safeParse(safeJson(row.parties));
  const liaisons = liaisonsSchema.safeParse(safeJson(row.liaisons));
  const variables = row.variables === null ? null : variablesSchema.safeParse(safeJson(row.variables));
  if (!parties.success || !liaisons.success || variables?.success === false) return null;
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
    ...(variables?.success ? { variables: knownVariables(variables.data) } : {}),
  };
}

/** The values of the closed list's variables only: a name no longer known is dropped. */
function knownVariables(values: Record<string, string>): VariableValues {
  return Object.fromEntries(Object.entries(values).filter(([name]) => isVariableName(name)));
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

/** A signed agreement with the signing date and term its final text printed. */
export interface SignedAgreementTerm {
  documentId: string;
  cooperationId: string;
  title: string;
  /** YYYY-MM-DD: the date the signing recorded, which is the one the text prints. */
  signedDate: string;
  /** The Info field "Jangka waktu (tahun)" as printed; parse it with `parseTermYears`. */
  termYears: string;
  /** When the signing was recorded (ms). */
  signedAt: number;
}

/**
 * Signed MoU and PKS (every cooperation's, or one's) whose term still runs toward an end: an
 * addendum follows its agreement's term and has none of its own, and an agreement a signed
 * renewal continues is no longer ending.
 */
export function listSignedAgreementTerms(db: DB, cooperationId?: string): SignedAgreementTerm[] {
  return sql<[string | null, string | null], SignedAgreementTerm>(
    db,
    `SELECT d.id AS documentId, d.cooperation_id AS cooperationId, d.title,
            s.printed_date AS signedDate, s.term_years AS termYears,
            (SELECT MAX(at) FROM document_lifecycle WHERE document_id = d.id AND action = 'sign') AS signedAt
       FROM documents d
       JOIN printed_snapshots s ON s.document_id = d.id
      WHERE d.status = 'signed' AND d.kind IN ('mou', 'pks')
        AND d.amendment_kind IS NOT 'addendum'
        AND s.printed_date IS NOT NULL AND s.term_years IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM documents r
                         WHERE r.amends_document_id = d.id AND r.amendment_kind = 'renewal'
                           AND r.status = 'signed')
        AND (? IS NULL OR d.cooperation_id = ?)
      ORDER BY d.cooperation_id, d.created_at, d.id`,
  ).all(cooperationId ?? null, cooperationId ?? null);
}

/** Snapshots taken before they kept the signing and term: what the server fills once at start. */
export function listSnapshotsWithoutSigning(db: DB): string[] {
  return sql<[], { document_id: string }>(
    db,
    'SELECT document_id FROM printed_snapshots WHERE term_years IS NULL ORDER BY document_id',
  )
    .all()
    .map((r) => r.document_id);
}

/** Fills an older snapshot's signing and term; a date the signing recorded is kept. */
export function fillSnapshotSigning(db: DB, documentId: string, signing: PrintedSigning): void {
  sql(
    db,
    `UPDATE printed_snapshots SET printed_date = coalesce(printed_date, nullif(?, '')), term_years = ?
      WHERE document_id = ?`,
  ).run(signing.date, signing.termYears, documentId);
}
