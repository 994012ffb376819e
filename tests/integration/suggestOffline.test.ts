import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { waitFor } from '../../server/collab/testing.ts';
import { openDatabase } from '../../server/db/connection.ts';
import { CloseCode, RefusalReason } from '../../shared/protocol.ts';
import { clientsPerTest } from '../support/clients.ts';
import { buildFuzzWorld, textsOf } from '../support/suggestionFuzz.ts';
import { withServer } from '../support/withServer.ts';

/**
 * Suggestions written offline come back stamped with the time they were written: the server takes
 * any time since the author's session began, and none before it (a forged, earlier time).
 */

const ctx = withServer(buildFuzzWorld, undefined, 180_000);
const open = clientsPerTest(() => ctx.server);
const HOUR = 3_600_000;

function firstText(doc: Y.Doc): Y.XmlText {
  const text = textsOf(doc)[0];
  if (!text) throw new Error('no text in a Pasal');
  return text;
}

describe('suggestions written offline', () => {
  it('merge with the time they were written, never earlier than the session began', async () => {
    const { server, documentId, suggesters, editor } = ctx.world;
    const author = suggesters[0];
    // The author signed in two hours ago and has been offline for the last 90 minutes.
    const db = openDatabase(server.dbFile);
    try {
      db.prepare('UPDATE sessions SET created_at = ? WHERE user_id = ?').run(
        Date.now() - 2 * HOUR,
        author.userId,
      );
    } finally {
      db.close();
    }
    const observer = await open(documentId, editor.cookie);
    const stamp = (id: string, ago: number) => ({
      id,
      party: author.partyId,
      user: author.userId,
      ts: new Date(Date.now() - ago).toISOString(),
    });

    const back = await open(documentId, author.cookie);
    firstText(back.doc).insert(0, 'usulan luring ', { insertion: stamp('offline1', 1.5 * HOUR) });
    await waitFor(
      () => firstText(observer.doc).toString().includes('usulan luring'),
      'the offline suggestion',
    );
    expect(back.closes).toEqual([]);

    const forged = await open(documentId, author.cookie);
    firstText(forged.doc).insert(0, 'sebelum masuk ', { insertion: stamp('early1', 3 * HOUR) });
    await waitFor(() => forged.closes.length > 0, 'the refusal');
    expect(forged.closes[0]).toBe(CloseCode.refused);
    expect(forged.reasons[0]).toBe(RefusalReason.suggestion);
    expect(firstText(observer.doc).toString()).not.toContain('sebelum masuk');
  });
});
