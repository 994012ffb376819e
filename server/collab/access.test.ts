import { describe, expect, it } from 'vitest';
import {
  collabTestbed,
  paragraphText,
  sleep,
  snapshot,
  storedSnapshot,
  tokenHooks,
  waitFor,
} from './testing.ts';
import type { CollabIdentity } from './types.ts';

const bed = collabTestbed();

describe('read-only connections', () => {
  it("refuses a viewer's edits (4422: not applied, stored or forwarded); a viewer that sends none is served", async () => {
    const { t, id, clients } = await bed.open(['ed-alice', 'ro-tamu']);
    const [editor, viewer] = clients;
    const before = snapshot(editor.doc);

    paragraphText(viewer.doc, 0)!.insert(0, 'SISIPAN TAMU ');
    await waitFor(() => viewer.closes.includes(4422), 'viewer refused');
    viewer.provider.disconnect();
    // Sent again on a reconnect (as sync step 2), it is refused again.
    const again = bed.client(id, 'ro-tamu');
    again.doc.getMap('meta').set('title', 'Diubah tamu');
    await waitFor(() => again.closes.includes(4422), 'viewer refused again');
    again.provider.disconnect();
    // A viewer without changes of its own syncs, and receives the editor's edits.
    const reader = bed.client(id, 'ro-tamu');
    await reader.synced();
    paragraphText(editor.doc, 1)!.insert(0, 'Dari editor. ');
    await waitFor(
      () => paragraphText(reader.doc, 1)!.toString().includes('Dari editor. '),
      'viewer receives',
    );
    await sleep(50);
    expect(reader.closes).toEqual([]);
    expect(editor.closes).toEqual([]);

    expect(snapshot(editor.doc)).not.toContain('SISIPAN TAMU');
    expect(editor.doc.getMap('meta').get('title')).toBe('Nota Kesepakatan');
    t.server.flush();
    expect(t.store.updatesSince(id, 0).map((r) => r.userId)).toEqual(['u-owner', 'alice']);
    expect(storedSnapshot(t.store, id)).toBe(snapshot(editor.doc));
    expect(storedSnapshot(t.store, id)).not.toBe(before);
  });

  it('refreshAccess makes an editor read-only, or closes it with the refusal code', async () => {
    const access = new Map<string, CollabIdentity | number>();
    const { t, id, clients } = await bed.open(['ed-alice', 'ed-budi'], { hooks: tokenHooks(access) });
    const [a, b] = clients;

    // The document is finalised: everyone becomes read-only.
    access.set('ed-alice', { userId: 'alice', readOnly: true });
    await t.server.refreshAccess(id);
    paragraphText(a.doc, 0)!.insert(0, 'Setelah final. ');
    await waitFor(() => a.closes.includes(4422), 'read-only editor refused');
    a.provider.disconnect();
    await sleep(50);
    expect(snapshot(b.doc)).not.toContain('Setelah final.');
    expect(t.store.count(id)).toBe(1);

    // Budi is removed from the cooperation.
    access.set('ed-budi', 4403);
    await t.server.refreshAccess(id);
    await waitFor(() => b.closes.includes(4403), 'closed with 4403');
    expect(b.provider.shouldConnect).toBe(false);
    expect(t.server.stats().connections).toBe(0);
  });
});
