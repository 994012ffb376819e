import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DueRule } from '../../shared/obligations/due.ts';
import { seedDocument } from '../collab/testing.ts';
import { type DB, migrate } from '../db/connection.ts';
import { findCooperation } from '../db/repos/cooperations.ts';
import { insertMember } from '../db/repos/members.ts';
import { insertObligation } from '../db/repos/obligations.ts';
import { insertParty } from '../db/repos/parties.ts';
import { insertUnit, setMemberUnit } from '../db/repos/units.ts';
import { createUser } from '../db/repos/users.ts';
import { setVariant } from '../db/repos/variants.ts';
import { MIGRATIONS } from '../db/testing.ts';
import { cooperationImplementation, myDue, unitImplementation } from './dashboards.ts';

let dir: string;
let db: DB;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sepakat-dashboards-'));
  db = new Database(join(dir, 'db.sqlite'));
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Wednesday 9 December 2026, 10:00 WIB: the week runs from Monday the 7th to Sunday the 13th. */
const NOW = Date.parse('2026-12-09T03:00:00Z');

/**
 * An MoU, a master PKS and the Disdukcapil's own PKS (a variant), each with a confirmed
 * obligation of the Pemkot naming no OPD; a Disdukcapil member and an Ombudsman member.
 */
function world() {
  const mou = seedDocument(db, 'mou');
  const master = seedDocument(db, 'master');
  const variant = seedDocument(db, 'variant');
  const ori = insertParty(db, { cooperationId: 'coop1', ordinal: 1, name: 'Ombudsman RI', shortName: 'ORI' });
  const pemkot = insertParty(db, {
    cooperationId: 'coop1',
    ordinal: 2,
    name: 'Pemerintah Kota',
    shortName: 'Pemkot',
  });
  const unit = insertUnit(db, {
    cooperationId: 'coop1',
    partyId: pemkot.id,
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
  setVariant(db, variant, master, unit.id);
  const person = (username: string, partyId: string) => {
    const user = createUser(db, { username, displayName: username, passwordHash: 'x' });
    insertMember(db, { cooperationId: 'coop1', userId: user.id, partyId, role: 'editor' });
    return user.id;
  };
  const dukcapil = person('dukcapil', pemkot.id);
  setMemberUnit(db, 'coop1', dukcapil, unit.id);
  const ombudsman = person('ombudsman', ori.id);
  const obligation = (documentId: string, date: string, text: string) =>
    insertObligation(db, {
      cooperationId: 'coop1',
      documentId,
      clauseId: 'p1',
      ayatId: null,
      clausePath: 'Pasal 4 ayat (4)',
      partyScope: 'party',
      partyId: pemkot.id,
      partyLabel: 'PIHAK KEDUA',
      unitId: null,
      liaisonId: null,
      text,
      evidence: '',
      due: { kind: 'date', date } satisfies DueRule,
      source: 'manual',
      proposalKey: null,
      status: 'confirmed',
      createdBy: null,
      createdAt: 1,
      updatedAt: 1,
    }).id;
  return {
    unit,
    dukcapil,
    ombudsman,
    ofMou: obligation(mou, '2026-12-04', 'Menetapkan penghubung.'),
    ofVariant: obligation(variant, '2026-12-11', 'Menyampaikan data kependudukan.'),
    later: obligation(variant, '2026-12-14', 'Menyampaikan laporan bulanan.'),
  };
}

describe('dashboards', () => {
  it("count an OPD's own PKS as that OPD's, in the summary and in its own view", () => {
    const w = world();
    const summary = cooperationImplementation(db, findCooperation(db, 'coop1')!, {}, NOW);
    expect(summary.today).toBe('2026-12-09');
    expect(
      summary.byUnit.map((u) => [u.shortName || 'none', u.counts.overdue, u.counts.due, u.counts.upcoming]),
    ).toEqual([
      ['Disdukcapil', 0, 2, 0],
      ['none', 1, 0, 0],
    ]);
    const own = unitImplementation(db, w.unit, {}, NOW);
    expect(own.documents.map((d) => [d.id, d.occurrences.map((o) => o.obligationId)])).toEqual([
      ['variant', [w.ofVariant, w.later]],
    ]);
  });

  it('tell an OPD member what they owe from Monday to Sunday, overdue first, and the other party nothing', () => {
    const w = world();
    expect(myDue(db, w.dukcapil, NOW).map((i) => [i.obligationId, i.state, i.reason, i.date])).toEqual([
      [w.ofMou, 'overdue', 'party', '2026-12-04'],
      [w.ofVariant, 'due', 'unit', '2026-12-11'],
    ]);
    expect(myDue(db, w.dukcapil, NOW)[0]).toMatchObject({ weekFrom: '2026-12-07', weekTo: '2026-12-13' });
    expect(myDue(db, w.ombudsman, NOW)).toEqual([]);
  });
});
