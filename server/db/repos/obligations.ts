import { newId } from '../../../shared/ids.ts';
import type { DueRule, DueUnit, ObligationProposal } from '../../../shared/obligations/propose.ts';
import type { DB } from '../connection.ts';
import { sql } from './sql.ts';

/** Whether people have confirmed an obligation Sepakat proposed, or set it aside. */
export type ObligationStatus = 'proposed' | 'confirmed' | 'dismissed';

/** An obligation of an agreement, tracked until it is met (see migration 019). */
export interface Obligation {
  id: string;
  cooperationId: string;
  documentId: string;
  clauseId: string;
  ayatId: string | null;
  /** "Pasal 4 ayat (4) huruf b", as the text was numbered when it was read. */
  clausePath: string;
  /** 'party': `partyId` binds; 'all': the parties together; 'each': every party on its own. */
  partyScope: 'party' | 'all' | 'each';
  partyId: string | null;
  partyLabel: string;
  unitId: string | null;
  liaisonId: string | null;
  text: string;
  evidence: string;
  due: DueRule | null;
  source: 'proposed' | 'manual';
  proposalKey: string | null;
  status: ObligationStatus;
  decidedBy: string | null;
  decidedAt: number | null;
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
}

/** What people change on an obligation: everything but its place, origin and decision. */
export type ObligationEdit = Pick<
  Obligation,
  'partyScope' | 'partyId' | 'partyLabel' | 'unitId' | 'liaisonId' | 'text' | 'evidence' | 'due'
>;

/** A row as the columns give it: the obligation with its due rule spread over seven columns. */
type Row = Omit<Obligation, 'due'> & {
  dueKind: DueRule['kind'] | null;
  dueDate: string | null;
  recurrenceMonths: number | null;
  dueAfter: number | null;
  dueUnit: DueUnit | null;
  dueEvent: string | null;
  dueFromSigning: number;
};

const COLUMNS = `o.id, o.cooperation_id AS cooperationId, o.document_id AS documentId, o.clause_id AS clauseId,
  o.ayat_id AS ayatId, o.clause_path AS clausePath, o.party_scope AS partyScope, o.party_id AS partyId,
  o.party_label AS partyLabel, o.unit_id AS unitId, o.liaison_id AS liaisonId, o.text, o.evidence,
  o.due_kind AS dueKind, o.due_date AS dueDate, o.recurrence_months AS recurrenceMonths,
  o.due_after AS dueAfter, o.due_unit AS dueUnit, o.due_event AS dueEvent,
  o.due_from_signing AS dueFromSigning, o.source, o.proposal_key AS proposalKey, o.status,
  o.decided_by AS decidedBy, o.decided_at AS decidedAt, o.created_by AS createdBy,
  o.created_at AS createdAt, o.updated_at AS updatedAt`;

const DUE_COLUMNS = `due_kind = @dueKind, due_date = @dueDate, recurrence_months = @recurrenceMonths,
  due_after = @dueAfter, due_unit = @dueUnit, due_event = @dueEvent, due_from_signing = @dueFromSigning`;

/** The due rule as its columns. */
function dueColumns(due: DueRule | null) {
  return {
    dueKind: due?.kind ?? null,
    dueDate: due?.kind === 'date' ? due.date : null,
    recurrenceMonths: due?.kind === 'recurring' ? due.everyMonths : null,
    dueAfter: due?.kind === 'after_event' ? due.amount : null,
    dueUnit: due?.kind === 'after_event' ? due.unit : null,
    dueEvent: due?.kind === 'after_event' ? due.event : null,
    dueFromSigning: due?.kind === 'after_event' && due.fromSigning ? 1 : 0,
  };
}

function dueOf(r: Row): DueRule | null {
  if (r.dueKind === 'date' && r.dueDate) return { kind: 'date', date: r.dueDate };
  if (r.dueKind === 'recurring' && r.recurrenceMonths)
    return { kind: 'recurring', everyMonths: r.recurrenceMonths };
  if (r.dueKind === 'after_event' && r.dueAfter && r.dueUnit)
    return {
      kind: 'after_event',
      amount: r.dueAfter,
      unit: r.dueUnit,
      event: r.dueEvent ?? '',
      fromSigning: r.dueFromSigning === 1,
    };
  return null;
}

function obligationOf(r: Row): Obligation {
  const { dueKind, dueDate, recurrenceMonths, dueAfter, dueUnit, dueEvent, dueFromSigning, ...rest } = r;
  return { ...rest, due: dueOf(r) };
}

/** Adds an obligation (a new id unless one is given). */
export function insertObligation(
  db: DB,
  o: Omit<Obligation, 'id' | 'decidedBy' | 'decidedAt'> & { id?: string },
): Obligation {
  const obligation: Obligation = { ...o, id: o.id ?? newId('ob'), decidedBy: null, decidedAt: null };
  const changes = sql(
    db,
    `INSERT INTO obligations (id, cooperation_id, document_id, clause_id, ayat_id, clause_path, party_scope,
       party_id, party_label, unit_id, liaison_id, text, evidence, due_kind, due_date, recurrence_months,
       due_after, due_unit, due_event, due_from_signing, source, proposal_key, status, created_by,
       created_at, updated_at)
     VALUES (@id, @cooperationId, @documentId, @clauseId, @ayatId, @clausePath, @partyScope, @partyId,
       @partyLabel, @unitId, @liaisonId, @text, @evidence, @dueKind, @dueDate, @recurrenceMonths,
       @dueAfter, @dueUnit, @dueEvent, @dueFromSigning, @source, @proposalKey, @status, @createdBy,
       @createdAt, @updatedAt)
     ON CONFLICT (document_id, proposal_key) DO NOTHING`,
  ).run({ ...obligation, ...dueColumns(obligation.due) }).changes;
  if (changes === 0) throw new Error(`Obligation ${obligation.proposalKey} is already proposed`);
  return obligation;
}

/**
 * Stores the proposals read from a document that it does not hold yet (by their key), each bound
 * to the party whose ordinal the text names; one naming a party the cooperation does not have
 * (PIHAK KETIGA of a two-party agreement) is left out. Returns those added, in the text's order.
 */
export function insertProposals(
  db: DB,
  input: {
    cooperationId: string;
    documentId: string;
    proposals: readonly ObligationProposal[];
    parties: readonly { id: string; ordinal: number }[];
    createdBy: string | null;
    now: number;
  },
): Obligation[] {
  return db.transaction(() => addProposals(db, input))();
}

function addProposals(db: DB, input: Parameters<typeof insertProposals>[1]): Obligation[] {
  const keys = sql<[string], { key: string }>(
    db,
    'SELECT proposal_key AS key FROM obligations WHERE document_id = ? AND proposal_key IS NOT NULL',
  ).all(input.documentId);
  const held = new Set(keys.map((k) => k.key));
  const added: Obligation[] = [];
  for (const p of input.proposals) {
    if (held.has(p.key)) continue;
    const { party } = p;
    const partyId =
      party.scope === 'party' ? (input.parties.find((x) => x.ordinal === party.ordinal)?.id ?? null) : null;
    if (party.scope === 'party' && !partyId) continue;
    held.add(p.key);
    added.push(
      insertObligation(db, {
        cooperationId: input.cooperationId,
        documentId: input.documentId,
        clauseId: p.clauseId,
        ayatId: p.ayatId,
        clausePath: p.path,
        partyScope: p.party.scope,
        partyId,
        partyLabel: p.party.label,
        unitId: null,
        liaisonId: null,
        text: p.text,
        evidence: '',
        due: p.due,
        source: 'proposed',
        proposalKey: p.key,
        status: 'proposed',
        createdBy: input.createdBy,
        createdAt: input.now,
        updatedAt: input.now,
      }),
    );
  }
  return added;
}

/** The obligation `id`, or null. */
export function getObligation(db: DB, id: string): Obligation | null {
  const row = sql<[string], Row>(db, `SELECT ${COLUMNS} FROM obligations o WHERE o.id = ?`).get(id);
  return row ? obligationOf(row) : null;
}

/** A document's obligations in the text's order of reading, only those of `status` when given. */
export function listDocumentObligations(db: DB, documentId: string, status?: ObligationStatus): Obligation[] {
  return sql<[string, string | null, string | null], Row>(
    db,
    `SELECT ${COLUMNS} FROM obligations o WHERE o.document_id = ? AND (? IS NULL OR o.status = ?)
     ORDER BY o.created_at, o.rowid`,
  )
    .all(documentId, status ?? null, status ?? null)
    .map(obligationOf);
}

/** A cooperation's obligations across its documents, only those of `status` when given. */
export function listCooperationObligations(
  db: DB,
  cooperationId: string,
  status?: ObligationStatus,
): Obligation[] {
  return sql<[string, string | null, string | null], Row>(
    db,
    `SELECT ${COLUMNS} FROM obligations o WHERE o.cooperation_id = ? AND (? IS NULL OR o.status = ?)
     ORDER BY o.document_id, o.created_at, o.rowid`,
  )
    .all(cooperationId, status ?? null, status ?? null)
    .map(obligationOf);
}

/** Writes what people edit (party, unit, liaison, words, evidence, due rule). */
export function saveObligation(db: DB, id: string, edit: ObligationEdit, now: number): boolean {
  return (
    sql(
      db,
      `UPDATE obligations SET party_scope = @partyScope, party_id = @partyId, party_label = @partyLabel,
         unit_id = @unitId, liaison_id = @liaisonId, text = @text, evidence = @evidence, ${DUE_COLUMNS},
         updated_at = @now WHERE id = @id`,
    ).run({ ...edit, ...dueColumns(edit.due), id, now }).changes > 0
  );
}

/** Confirms or dismisses an obligation (or returns it to proposed), recording who and when. */
export function setObligationStatus(
  db: DB,
  id: string,
  status: ObligationStatus,
  userId: string | null,
  now: number,
): boolean {
  const decided = status === 'proposed' ? { by: null, at: null } : { by: userId, at: now };
  return (
    sql(
      db,
      `UPDATE obligations SET status = ?, decided_by = ?, decided_at = ?, updated_at = ? WHERE id = ?`,
    ).run(status, decided.by, decided.at, now, id).changes > 0
  );
}

/** Removes an obligation. */
export function deleteObligation(db: DB, id: string): boolean {
  return sql(db, 'DELETE FROM obligations WHERE id = ?').run(id).changes > 0;
}
