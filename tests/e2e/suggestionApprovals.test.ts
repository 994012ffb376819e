import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { YDOC } from '../../shared/protocol.ts';
import { screenshot } from '../support/browser.ts';
import { openClient } from '../support/clients.ts';
import { e2eSession } from '../support/e2e.ts';
import { cursorInPasal, demoMou, editorPath, openEditor } from './editorPage.ts';

/**
 * The Persetujuan tab of a Pasal holding another party's pending suggestion says how many are
 * pending and keeps Approve disabled with the reason; once the suggestion is accepted, both
 * go away. The suggestion is written by a stock y-websocket client as the Ombudsman's editor.
 */
describe('approving a Pasal with pending suggestions in Chromium', () => {
  const e2e = e2eSession();

  it('shows the pending count and disables Approve until the suggestion is decided', async () => {
    const cookies = { asisten: await e2e.server.login('asisten'), pemkot: await e2e.server.login('pemkot') };
    const ids = await demoMou(e2e.server, cookies.pemkot);
    const coop = (await e2e.server.api(`/api/cooperations/${ids.cooperationId}`, { cookie: cookies.pemkot }))
      .body.cooperation;
    const asisten = coop.members.find((m: { username: string }) => m.username === 'asisten');
    const pemkotParty = coop.parties.find((p: { id: string }) => p.id === coop.myPartyId);

    const { page } = await e2e.browser({ cookie: cookies.pemkot });
    await openEditor(page, `${editorPath(ids)}?panel=persetujuan`);
    await cursorInPasal(page, 1);
    const approve = page
      .locator('.clause-approvals')
      .getByRole('button', { name: `Setujui untuk ${pemkotParty.shortName}` });
    await approve.waitFor();
    expect(await approve.isEnabled()).toBe(true);

    const client = await openClient(e2e.server, ids.documentId, cookies.asisten);
    try {
      const stamp = {
        id: 'sE2eApproval1',
        party: asisten.partyId,
        user: asisten.userId,
        ts: new Date().toISOString(),
      };
      const clause = client.doc
        .getXmlFragment(YDOC.body)
        .toArray()
        .find((n) => n instanceof Y.XmlElement && n.nodeName === 'clause') as Y.XmlElement;
      // The Pasal's first paragraph, in an ayat when it has them.
      const firstParagraph = (el: Y.XmlElement): Y.XmlElement | undefined =>
        el.nodeName === 'paragraph'
          ? el
          : el
              .toArray()
              .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName !== 'clauseHeading')
              .map(firstParagraph)
              .find(Boolean);
      const text = firstParagraph(clause)!.get(0) as Y.XmlText;
      text.insert(text.length, ' beserta jajarannya', { insertion: stamp });

      const note = page.getByTestId('pending-suggestions');
      await note.waitFor({ timeout: 5_000 });
      expect(await note.textContent()).toBe('1 usulan menunggu');
      expect(await approve.isDisabled()).toBe(true);
      expect(await approve.getAttribute('title')).toBe(
        'Terima atau tolak usulan di Pasal ini sebelum menyetujuinya.',
      );
      await screenshot(page, 'suggestion-approvals-pending');

      const decided = await e2e.server.api(`/api/documents/${ids.documentId}/suggestions/decisions`, {
        method: 'POST',
        cookie: cookies.pemkot,
        body: { decision: 'accept', ids: [stamp.id] },
      });
      expect(decided.status).toBe(200);
      await note.waitFor({ state: 'detached', timeout: 5_000 });
      await page.waitForSelector('.clause-approvals .approval-actions button.primary:not([disabled])');
    } finally {
      client.destroy();
    }
  });
});
