import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { proposeObligations } from '../../../shared/obligations/propose.ts';
import { instantiateTemplate } from '../../../templates/index.ts';
import { seedDocument } from '../../collab/testing.ts';
import { type DB, migrate } from '../connection.ts';
import { MIGRATIONS } from '../testing.ts';
import { insertLiaison } from './liaisons.ts';
import {
  deleteObligation,
  getObligation,
  insertObligation,
  insertProposals,
  listCooperationObligations,
  listDocumentObligations,
  saveObligation,
  setObligationStatus,
} from './obligations.ts';
import { insertParty } from './parties.ts';
import { deleteUnit, insertUnit } from './units.ts';

let dir: string;
let db: DB;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sepakat-obligations-'));
  db = new Database(join(dir, 'db.sqlite'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh database with every migration, a PKS document and its two parties. */
function world() {
  expect(migrate(db, MIGRATIONS)).toContain('019_obligations.sql');
  const documentId = seedDocument(db, 'pks1');
  const named = [
    { ordinal: 1, name: 'Ombudsman RI', shortName: 'ORI' },
    { ordinal: 2, name: 'Pemerintah Kota', shortName: 'Pemkot' },
  ].map((p) => ({ ...p, id: insertParty(db, { cooperationId: 'coop1', ...p }).id }));
  const [first, second] = named as [(typeof named)[0], (typeof named)[0]];
  const parties = named.map((p) => ({ id: p.id, ordinal: p.ordinal }));
  const { body } = instantiateTemplate('pks', { parties: named });
  return { documentId, parties, first, second, proposals: proposeObligations(body) };
}

describe('obligations repo', () => {
  it("stores a document's proposals once, each bound to its party, its due rule read back as proposed", () => {
    const { documentId, parties, second, proposals } = world();
    const input = { cooperationId: 'coop1', documentId, proposals, parties, createdBy: null, now: 1000 };
    const added = insertProposals(db, input);
    expect(added).toHaveLength(12);
    const stored = listDocumentObligations(db, documentId);
    expect(stored.map((o) => [o.clausePath, o.partyScope, o.partyLabel, o.due, o.text])).toEqual(
      proposals.map((p) => [p.path, p.party.scope, p.party.label, p.due, p.text]),
    );
    const respond = stored.find((o) => o.clausePath === 'Pasal 4 ayat (4) huruf b')!;
    expect(respond).toMatchObject({
      partyId: second.id,
      status: 'proposed',
      source: 'proposed',
      createdBy: null,
    });
    expect(respond.due).toEqual({
      kind: 'after_event',
      amount: 14,
      unit: 'day',
      event: 'permintaan diterima',
      fromSigning: false,
    });
    expect(stored.filter((o) => o.partyScope !== 'party').every((o) => o.partyId === null)).toBe(true);

    // Proposing again adds nothing; a proposal naming a party the cooperation lacks is left out.
    expect(insertProposals(db, { ...input, now: 2000 })).toEqual([]);
    const third = {
      ...proposals[0]!,
      key: 'x/third',
      party: { scope: 'party' as const, label: 'PIHAK KETIGA', ordinal: 3 },
    };
    expect(insertProposals(db, { ...input, proposals: [third] })).toEqual([]);
    expect(listDocumentObligations(db, documentId)).toHaveLength(12);
  });

  it('edits, confirms and dismisses, lists by status, and follows deleted units, liaisons and documents', () => {
    const { documentId, parties, second, proposals } = world();
    insertProposals(db, {
      cooperationId: 'coop1',
      documentId,
      proposals,
      parties,
      createdBy: 'u-owner',
      now: 1000,
    });
    const [report] = listDocumentObligations(db, documentId).filter(
      (o) => o.clausePath === 'Pasal 7 ayat (1)',
    );
    const unit = insertUnit(db, {
      cooperationId: 'coop1',
      partyId: second.id,
      name: 'Dinas Kependudukan dan Pencatatan Sipil',
      shortName: 'Disdukcapil',
      headName: '',
      headPosition: '',
      headNip: '',
      kuasaRef: '',
      address: '',
      createdAt: 1,
      updatedAt: 1,
    });
    const liaison = insertLiaison(db, {
      cooperationId: 'coop1',
      partyId: second.id,
      unit: unit.name,
      unitId: unit.id,
      name: 'Siti',
      position: 'Kepala Bidang',
      phone: '0741',
      email: 'siti@example.id',
      since: null,
      createdBy: 'u-owner',
      createdAt: 1,
      updatedAt: 1,
    });
    const edit = {
      partyScope: 'party' as const,
      partyId: second.id,
      partyLabel: 'PIHAK KEDUA',
      unitId: unit.id,
      liaisonId: liaison.id,
      text: report!.text,
      evidence: 'Laporan semester bertanda tangan kepala OPD (PDF)',
      due: { kind: 'recurring' as const, everyMonths: 3 },
    };
    expect(saveObligation(db, report!.id, edit, 3000)).toBe(true);
    expect(getObligation(db, report!.id)).toMatchObject({ ...edit, updatedAt: 3000, status: 'proposed' });

    expect(setObligationStatus(db, report!.id, 'confirmed', 'u-owner', 4000)).toBe(true);
    expect(getObligation(db, report!.id)).toMatchObject({
      status: 'confirmed',
      decidedBy: 'u-owner',
      decidedAt: 4000,
    });
    const dismissed = listDocumentObligations(db, documentId)[0]!;
    setObligationStatus(db, dismissed.id, 'dismissed', 'u-owner', 4000);
    expect(listDocumentObligations(db, documentId, 'confirmed').map((o) => o.id)).toEqual([report!.id]);
    expect(listCooperationObligations(db, 'coop1', 'dismissed').map((o) => o.id)).toEqual([dismissed.id]);
    expect(listDocumentObligations(db, documentId, 'proposed')).toHaveLength(10);
    setObligationStatus(db, dismissed.id, 'proposed', 'u-owner', 5000);
    expect(getObligation(db, dismissed.id)).toMatchObject({
      status: 'proposed',
      decidedBy: null,
      decidedAt: null,
    });

    // An obligation with no time stated, added by hand, then removed.
    const manual = insertObligation(db, {
      cooperationId: 'coop1',
      documentId,
      clauseId: report!.clauseId,
      ayatId: null,
      clausePath: 'Pasal 7',
      partyScope: 'all',
      partyId: null,
      partyLabel: 'PARA PIHAK',
      unitId: null,
      liaisonId: null,
      text: 'Rapat koordinasi awal',
      evidence: '',
      due: null,
      source: 'manual',
      proposalKey: null,
      status: 'confirmed',
      createdBy: 'u-owner',
      createdAt: 6000,
      updatedAt: 6000,
    });
    expect(getObligation(db, manual.id)?.due).toBeNull();
    expect(deleteObligation(db, manual.id)).toBe(true);
    expect(getObligation(db, manual.id)).toBeNull();

    deleteUnit(db, unit.id);
    expect(getObligation(db, report!.id)).toMatchObject({ unitId: null, liaisonId: liaison.id });
    db.prepare('DELETE FROM liaisons WHERE id = ?').run(liaison.id);
    expect(getObligation(db, report!.id)?.liaisonId).toBeNull();
    db.prepare('DELETE FROM documents WHERE id = ?').run(documentId);
    expect(listCooperationObligations(db, 'coop1')).toEqual([]);
  });

  it('refuses rows whose party or due columns do not agree', () => {
    const { documentId } = world();
    const insert = (columns: string, values: string) =>
      db
        .prepare(
          `INSERT INTO obligations (id, cooperation_id, document_id, clause_id, clause_path, text, source,
             proposal_key, created_at, updated_at, ${columns})
           VALUES (?, 'coop1', ?, 'c1', 'Pasal 1', 'x', 'manual', NULL, 1, 1, ${values})`,
        )
        .run(`o${Math.random()}`, documentId);
    expect(() => insert('party_scope', "'party'")).toThrow(/CHECK/);
    expect(() => insert('party_scope, due_kind', "'all', 'date'")).toThrow(/CHECK/);
    expect(() => insert('party_scope, due_date', "'all', '2026-12-31'")).toThrow(/CHECK/);
    expect(() => insert('party_scope, due_kind, recurrence_months', "'all', 'recurring', 0")).toThrow(
      /CHECK/,
    );
    expect(() => insert('party_scope, due_kind, due_after', "'all', 'after_event', 14")).toThrow(/CHECK/);
    expect(() => insert('party_scope, due_event', "'all', 'laporan diterima'")).toThrow(/CHECK/);
    expect(() => insert('party_scope, status', "'all', 'done'")).toThrow(/CHECK/);
    expect(
      insert('party_scope, due_kind, due_after, due_unit', "'each', 'after_event', 7, 'working_day'").changes,
    ).toBe(1);
  });
});
