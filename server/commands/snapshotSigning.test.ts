import { afterEach, describe, expect, it } from 'vitest';
import { createDocumentState, UpdateStore } from '../collab/store.ts';
import { seedDocument } from '../collab/testing.ts';
import { migrate } from '../db/connection.ts';
import { listSignedAgreementTerms } from '../db/repos/printedSnapshots.ts';
import { MIGRATIONS, olderDatabase } from '../db/testing.ts';
import { fillOlderSnapshots } from './snapshotSigning.ts';

let older: ReturnType<typeof olderDatabase> | undefined;
afterEach(() => {
  older?.dispose();
  older = undefined;
});

const BODY = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Isi' }] }] };

describe('the signing and term of snapshots older than migration 024', () => {
  it('takes the date from the signing in the migration and the term once from the text at start', () => {
    older = olderDatabase('023');
    const { db } = older;
    const store = new UpdateStore(db);
    /** A signed agreement as an older Sepakat left it: text, signing event and snapshot without the new columns. */
    const signed = (id: string, termYears: string) => {
      seedDocument(db, id);
      createDocumentState(store, id, BODY, { date: '2025-06-23', termYears }, 'u-owner');
      db.prepare("UPDATE documents SET status = 'signed' WHERE id = ?").run(id);
      const finalised = db
        .prepare(
          `INSERT INTO document_lifecycle (document_id, action, from_status, to_status, user_id, at)
           VALUES (?, 'finalize', 'draft', 'final', 'u-owner', 1)`,
        )
        .run(id).lastInsertRowid;
      db.prepare(
        `INSERT INTO document_lifecycle (document_id, action, from_status, to_status, user_id, at, signed_date, signed_place)
         VALUES (?, 'sign', 'final', 'signed', 'u-owner', 2, '2025-06-23', 'Kota Jambi')`,
      ).run(id);
      db.prepare(
        `INSERT INTO printed_snapshots (document_id, lifecycle_id, parties, liaisons, taken_at)
         VALUES (?, ?, '[]', '[]', 1)`,
      ).run(id, finalised);
    };
    signed('d-five', '5');
    signed('d-blank', '');

    migrate(db, MIGRATIONS);
    const column = (id: string) =>
      db.prepare('SELECT printed_date, term_years FROM printed_snapshots WHERE document_id = ?').get(id);
    expect(column('d-five')).toEqual({ printed_date: '2025-06-23', term_years: null });
    // Without a term read, nothing is reminded yet.
    expect(listSignedAgreementTerms(db)).toEqual([]);

    expect(fillOlderSnapshots(db, store)).toBe(2);
    expect(column('d-blank')).toEqual({ printed_date: '2025-06-23', term_years: '' });
    const terms = listSignedAgreementTerms(db).map((t) => [
      t.documentId,
      t.signedDate,
      t.termYears,
      t.signedAt,
    ]);
    expect(terms.sort()).toEqual([
      ['d-blank', '2025-06-23', '', 2],
      ['d-five', '2025-06-23', '5', 2],
    ]);
    // Once filled, a start reads no text again.
    expect(fillOlderSnapshots(db, store)).toBe(0);

    // A signed renewal takes its agreement out of the list (its own term runs), a draft one does
    // not; an addendum has no term of its own.
    db.prepare(
      `UPDATE documents SET amends_document_id = 'd-blank', amendment_kind = 'renewal' WHERE id = 'd-five'`,
    ).run();
    expect(listSignedAgreementTerms(db).map((t) => t.documentId)).toEqual(['d-five']);
    db.prepare("UPDATE documents SET status = 'draft' WHERE id = 'd-five'").run();
    expect(listSignedAgreementTerms(db).map((t) => t.documentId)).toEqual(['d-blank']);
    db.prepare(
      "UPDATE documents SET status = 'signed', amendment_kind = 'addendum' WHERE id = 'd-five'",
    ).run();
    expect(listSignedAgreementTerms(db).map((t) => t.documentId)).toEqual(['d-blank']);
  });
});
