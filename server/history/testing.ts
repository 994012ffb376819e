// Test support for history's unit tests: a real SQLite file, a document's log, a live Y.Doc
// with attribution attached, and clients whose edits travel as the collaboration server
// carries them (apply to the live doc, append to the log, onChange with the seq).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prosemirrorToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { YDOC } from '../../shared/protocol.ts';
import { agreementSchema } from '../../shared/schema/index.ts';
import { createDocumentState, UpdateStore } from '../collab/store.ts';
import { silentLog } from '../collab/types.ts';
import { type DB, openDatabase } from '../db/connection.ts';
import { ClauseAttribution } from './attribution.ts';
import { clauseElements } from './yjson.ts';

export interface HistoryHarness {
  db: DB;
  store: UpdateStore;
  documentId: string;
  live: Y.Doc;
  attribution: ClauseAttribution;
  /** A client's copy of the document, kept in sync with the live doc. */
  client(): Y.Doc;
  /** Makes `change` on a client copy as `userId` and carries the update to the server; returns its seq. */
  edit(userId: string, change: (body: Y.XmlFragment, doc: Y.Doc) => void): number;
  /** The first Y.XmlText of the n-th paragraph of a clause (in a client copy). */
  paragraph(doc: Y.Doc, clauseId: string, n?: number): Y.XmlText;
  cleanup(): void;
}

/** The origin of a client's update on the server: a connection, which knows its user. */
class ClientOrigin {
  constructor(readonly userId: string) {}
}

/** A document with `body` stored as its first update by `u-owner`, loaded and tracked. */
export function historyHarness(
  body: PMJSON,
  opts: { windowMs?: number; maxWindowMs?: number } = {},
): HistoryHarness {
  const dir = mkdtempSync(join(tmpdir(), 'sepakat-history-'));
  const db = openDatabase(join(dir, 'sepakat.db'));
  const now = Date.now();
  const user = db.prepare(
    `INSERT INTO users (id, username, display_name, password_hash, created_at) VALUES (?, ?, ?, 'x', ?)`,
  );
  user.run('u-owner', 'owner', 'Pemilik', now);
  user.run('u-a', 'anisa', 'Anisa', now);
  user.run('u-b', 'budi', 'Budi', now);
  db.prepare(
    `INSERT INTO cooperations (id, title, created_by, created_at) VALUES ('k1', 'Kerja sama', 'u-owner', ?)`,
  ).run(now);
  const party = db.prepare(
    `INSERT INTO parties (id, cooperation_id, ordinal, name, short_name, color) VALUES (?, 'k1', ?, ?, ?, ?)`,
  );
  party.run('p1', 1, 'Ombudsman', 'ORI', '#1d4ed8');
  party.run('p2', 2, 'Pemerintah Kota', 'Pemkot', '#b45309');
  const member = db.prepare(
    `INSERT INTO members (cooperation_id, user_id, party_id, role, added_at) VALUES ('k1', ?, ?, 'editor', ?)`,
  );
  member.run('u-owner', 'p1', now);
  member.run('u-a', 'p1', now);
  member.run('u-b', 'p2', now);
  db.prepare(
    `INSERT INTO documents (id, cooperation_id, kind, title, created_by, created_at, updated_at)
     VALUES ('d1', 'k1', 'mou', 'Nota Kesepakatan', 'u-owner', ?, ?)`,
  ).run(now, now);
  const store = new UpdateStore(db);
  createDocumentState(store, 'd1', body, { title: 'Nota Kesepakatan' }, 'u-owner');
  const live = new Y.Doc();
  Y.applyUpdate(live, store.loadState('d1').update!);
  const attribution = new ClauseAttribution({
    db,
    log: silentLog,
    windowMs: opts.windowMs ?? 60_000,
    ...(opts.maxWindowMs ? { maxWindowMs: opts.maxWindowMs } : {}),
  });
  attribution.track('d1', live);
  const clients: Y.Doc[] = [];

  const client = () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(live));
    clients.push(doc);
    return doc;
  };
  const edit = (userId: string, change: (body: Y.XmlFragment, doc: Y.Doc) => void) => {
    const doc = client();
    let update: Uint8Array | null = null;
    doc.on('update', (u: Uint8Array) => {
      update = update ? Y.mergeUpdates([update, u]) : u;
    });
    doc.transact(() => change(doc.getXmlFragment(YDOC.body), doc));
    if (!update) throw new Error('the edit changed nothing');
    // As the collaboration server: apply (attribution observes), store, then onChange.
    let applied: Uint8Array | null = null;
    const grab = (u: Uint8Array) => {
      applied = u;
    };
    live.on('update', grab);
    Y.applyUpdate(live, update, new ClientOrigin(userId));
    live.off('update', grab);
    if (!applied) throw new Error('the live document did not change');
    const [seq] = store.append([{ documentId: 'd1', userId, data: applied }]);
    if (seq === undefined) throw new Error('the edit was not stored');
    attribution.credit('d1', applied, userId, seq);
    return seq;
  };
  const paragraph = (doc: Y.Doc, clauseId: string, n = 0) => {
    const el = clauseElements(doc.getXmlFragment(YDOC.body)).get(clauseId)?.el;
    if (!el) throw new Error(`no clause ${clauseId}`);
    let i = 0;
    for (const p of el.createTreeWalker((x) => x instanceof Y.XmlElement && x.nodeName === 'paragraph')) {
      if (i++ === n) return (p as Y.XmlElement).firstChild as Y.XmlText;
    }
    throw new Error(`no paragraph ${n} in ${clauseId}`);
  };
  return {
    db,
    store,
    documentId: 'd1',
    live,
    attribution,
    client,
    edit,
    paragraph,
    cleanup: () => {
      for (const c of clients) c.destroy();
      live.destroy();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A Y.XmlElement for a clause node (to insert into a client's body). */
export function clauseElement(node: PMJSON): Y.XmlElement {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('tmp');
  prosemirrorToYXmlFragment(agreementSchema().nodeFromJSON({ type: 'doc', content: [node] }), fragment);
  return (fragment.get(0) as Y.XmlElement).clone();
}
