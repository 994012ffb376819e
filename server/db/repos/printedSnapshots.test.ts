import { afterEach, describe, expect, it } from 'vitest';
import { seedDocument } from '../../collab/testing.ts';
import { currentRecords } from '../../commands/printedRecords.ts';
import { type DB, migrate } from '../connection.ts';
import { MIGRATIONS, olderDatabase } from '../testing.ts';
import { setDocumentStatus } from './documents.ts';
import { insertLifecycleEvent } from './lifecycle.ts';
import { insertParty, setPartyLogo } from './parties.ts';
import { dropPrintedSnapshot, findPrintedSnapshot, savePrintedSnapshot } from './printedSnapshots.ts';

let older: ReturnType<typeof olderDatabase> | undefined;
afterEach(() => {
  older?.dispose();
  older = undefined;
});
const migratedUpTo = (last: string): DB => {
  older = olderDatabase(last);
  return older.db;
};

/** A cooperation (`coop1`, by seedDocument) with two parties inserted out of order, one logo, and liaisons. */
function records(on: DB) {
  const second = insertParty(on, {
    cooperationId: 'coop1',
    ordinal: 2,
    name: 'Pemerintah Kota',
    shortName: 'Pemkot',
  });
  const first = insertParty(on, {
    cooperationId: 'coop1',
    ordinal: 1,
    name: 'Ombudsman RI',
    shortName: 'ORI',
  });
  setPartyLogo(on, first.id, Buffer.from([137, 80, 78, 71, 1, 2, 3]), 'image/png');
  // The columns of the register as migration 010 found it: the repo writes later ones too.
  const liaison = (partyId: string, unit: string, name: string) =>
    on
      .prepare(
        `INSERT INTO liaisons (id, cooperation_id, party_id, unit, name, position, phone, email, since,
                               created_by, created_at, updated_at)
         VALUES (?, 'coop1', ?, ?, ?, 'Kepala', '0741', ?, NULL, 'u-owner', 1, 1)`,
      )
      .run(`l-${name}`, partyId, unit, name, `${name.toLowerCase()}@example.id`);
  // Listed by party order, then unit and name whatever their case: the annex's order.
  liaison(second.id, 'dinas b', 'Yuni');
  liaison(second.id, 'Dinas A', 'Zaki');
  liaison(first.id, 'Keasistenan', 'budi');
  liaison(first.id, 'Keasistenan', 'Ani');
  return { first, second };
}

describe('printed snapshots', () => {
  it('are taken by the migration for documents already final or signed, as the server reads the records', () => {
    const db = migratedUpTo('009_invitations.sql');
    const mou = seedDocument(db, 'mouFinal');
    const pks = seedDocument(db, 'pksSigned');
    const draft = seedDocument(db, 'mouDraft');
    db.prepare("UPDATE documents SET kind = 'pks' WHERE id = ?").run(pks);
    records(db);
    setDocumentStatus(db, mou, 'final');
    setDocumentStatus(db, pks, 'signed');
    const finalised = insertLifecycleEvent(db, {
      documentId: mou,
      action: 'finalize',
      fromStatus: 'draft',
      toStatus: 'final',
      userId: 'u-owner',
    });

    expect(migrate(db, MIGRATIONS)).toContain('010_printed_snapshots.sql');
    expect(findPrintedSnapshot(db, mou)).toEqual(currentRecords(db, { kind: 'mou', cooperationId: 'coop1' }));
    const pksRecords = currentRecords(db, { kind: 'pks', cooperationId: 'coop1' });
    expect(pksRecords.liaisons.map((l) => l.name)).toEqual(['Ani', 'budi', 'Zaki', 'Yuni']);
    expect(pksRecords.parties.find((p) => p.ordinal === 1)?.logo).toEqual(
      Buffer.from([137, 80, 78, 71, 1, 2, 3]),
    );
    expect(findPrintedSnapshot(db, pks)).toEqual(pksRecords);
    expect(findPrintedSnapshot(db, draft)).toBeNull();
    const lifecycle = db
      .prepare('SELECT document_id, lifecycle_id FROM printed_snapshots ORDER BY document_id')
      .all();
    expect(lifecycle).toEqual([
      { document_id: mou, lifecycle_id: finalised.id },
      { document_id: pks, lifecycle_id: null },
    ]);
  });

  it('are saved, replaced and dropped whole; one that cannot be read is none', () => {
    const db = migratedUpTo('999');
    const id = seedDocument(db, 'pks1');
    const { first, second } = records(db);
    const event = (at: number) =>
      insertLifecycleEvent(db, {
        documentId: id,
        action: 'finalize',
        fromStatus: 'draft',
        toStatus: 'final',
        userId: 'u-owner',
        at,
      });
    const frozen = currentRecords(db, { kind: 'pks', cooperationId: 'coop1' });
    savePrintedSnapshot(db, { documentId: id, lifecycleId: event(1).id, records: frozen });
    expect(findPrintedSnapshot(db, id)).toEqual(frozen);

    // The records move on; the snapshot does not until it is taken again.
    setPartyLogo(db, first.id, null, null);
    setPartyLogo(db, second.id, Buffer.from([255, 216, 255]), 'image/jpeg');
    db.prepare('DELETE FROM liaisons').run();
    expect(findPrintedSnapshot(db, id)).toEqual(frozen);
    const moved = currentRecords(db, { kind: 'pks', cooperationId: 'coop1' });
    expect(moved).not.toEqual(frozen);
    savePrintedSnapshot(db, { documentId: id, lifecycleId: event(2).id, records: moved });
    expect(findPrintedSnapshot(db, id)).toEqual(moved);
    expect(db.prepare('SELECT count(*) FROM printed_snapshot_logos').pluck().get()).toBe(1);

    dropPrintedSnapshot(db, id);
    expect(findPrintedSnapshot(db, id)).toBeNull();
    expect(db.prepare('SELECT count(*) FROM printed_snapshot_logos').pluck().get()).toBe(0);

    savePrintedSnapshot(db, { documentId: id, lifecycleId: event(3).id, records: frozen });
    db.prepare('UPDATE printed_snapshots SET parties = \'[{"id": 1}]\'').run();
    expect(findPrintedSnapshot(db, id)).toBeNull();
  });

  it("keep a variant's OPD head and its variables' values; a name no longer known is dropped", () => {
    const db = migratedUpTo('999');
    const id = seedDocument(db, 'pks1');
    const { second } = records(db);
    const finalised = insertLifecycleEvent(db, {
      documentId: id,
      action: 'finalize',
      fromStatus: 'draft',
      toStatus: 'final',
      userId: 'u-owner',
    });
    const now = currentRecords(db, { kind: 'pks', cooperationId: 'coop1' });
    const signatory = {
      name: 'Dra. Hj. Nurhayati, M.M.',
      position: 'Kepala Dinas Sosial Kota',
      nip: '197009081995032002',
      kuasaRef: 'Wali Kota Nomor 180/104/HK/2025',
    };
    const frozen = {
      ...now,
      parties: now.parties.map((p) =>
        p.id === second.id ? { ...p, name: 'Dinas Sosial Kota', signatory } : p,
      ),
      variables: { headName: signatory.name, mouNumbers: 'B/12/MoU/2025' },
    };
    savePrintedSnapshot(db, { documentId: id, lifecycleId: finalised.id, records: frozen });
    expect(findPrintedSnapshot(db, id)).toEqual(frozen);

    db.prepare(`UPDATE printed_snapshots SET variables = '{"headName": "A", "gone": "B"}'`).run();
    expect(findPrintedSnapshot(db, id)?.variables).toEqual({ headName: 'A' });
    db.prepare(`UPDATE printed_snapshots SET variables = '{"headName": 1}'`).run();
    expect(findPrintedSnapshot(db, id)).toBeNull();
    // Finalised without values (no variable in the text): none, and the export reads them as they are.
    db.prepare('UPDATE printed_snapshots SET variables = NULL').run();
    expect(findPrintedSnapshot(db, id)).not.toHaveProperty('variables');
  });
});
