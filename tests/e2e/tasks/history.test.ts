import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appendToClause, editBody } from '../../support/bodyEdits.ts';
import type { BrowserUser } from '../../support/browser.ts';
import { openClient } from '../../support/clients.ts';
import { e2eSession } from '../../support/e2e.ts';
import { demoMou, editorPath, openEditor, outlinePasal } from '../editorPage.ts';
import { overflowsHorizontally } from '../layoutChecks.ts';
import { expectClicks, Hands, printClicksAfterAll, SIZES, showSideTab, taskShot } from './clicks.ts';

/** The value of the option of `select` whose text starts with `name` (a version's label). */
const optionNamed = (select: Locator, name: string) =>
  select.evaluate(
    (el: HTMLSelectElement, n) => [...el.options].find((o) => o.text.startsWith(n))?.value ?? '',
    name,
  );

/**
 * Task 4, review a clause's history and compare two versions: from the editor, jump to Pasal 2
 * in the outline, read who changed it in the Riwayat tab, then compare two named versions on
 * the Bandingkan screen. Between the versions the city adds a sentence to Pasal 2 (through a
 * stock client, as its browser would). Reading, so the phone does all of it.
 */
describe('task: review a clause’s history and compare two versions', () => {
  const e2e = e2eSession();
  printClicksAfterAll();
  let user: BrowserUser;
  let cookie: string;
  let ids: { cooperationId: string; documentId: string };
  let pasal2: { id: string; heading: string };

  beforeAll(async () => {
    cookie = await e2e.server.login('ombudsman');
    ids = await demoMou(e2e.server, cookie);
    pasal2 = (await e2e.server.api(`/api/documents/${ids.documentId}`, { cookie })).body.document.clauses[1];
    user = await e2e.browser({ cookie });
  });

  /** Saves a named version, the city adds `sentence` to Pasal 2, then a second version. */
  async function twoVersions(before: string, after: string, sentence: string) {
    const save = async (label: string) => {
      const res = await e2e.server.api(`/api/documents/${ids.documentId}/versions`, {
        cookie,
        body: { label },
      });
      expect(res.status).toBe(201);
    };
    await save(before);
    const hashOf = async () =>
      (await e2e.server.api(`/api/documents/${ids.documentId}`, { cookie })).body.document.clauses.find(
        (c: { id: string }) => c.id === pasal2.id,
      ).hash;
    const hashBefore = await hashOf();
    const pemkot = await openClient(e2e.server, ids.documentId, await e2e.server.login('pemkot'));
    try {
      editBody(pemkot.doc, appendToClause(pasal2.id, sentence));
      await expect.poll(hashOf, { timeout: 10_000 }).not.toBe(hashBefore);
    } finally {
      pemkot.destroy();
    }
    await save(after);
  }

  for (const size of SIZES) {
    it(`at ${size.name} size (${size.width}×${size.height})`, async () => {
      const tag = size.name === 'laptop' ? '' : ' (ponsel)';
      const sentence = `Para pihak bertukar data setiap triwulan${tag}.`;
      await twoVersions(`Sebelum rapat${tag}`, `Sesudah rapat${tag}`, sentence);
      const { page } = user;
      await page.setViewportSize(size);
      await openEditor(page, editorPath(ids));

      const hands = new Hands();
      if (size.name === 'phone') await hands.click(page.getByRole('button', { name: 'Kerangka' }));
      await hands.click(outlinePasal(page, pasal2.heading).first());
      await showSideTab(hands, page, size, 'Riwayat');
      const entry = page.locator('.history-entry.changed', { hasText: 'triwulan' }).first();
      await entry.waitFor({ timeout: 20_000 });
      expect(await entry.locator('.history-author').first().textContent()).toContain('Kabag Kerja Sama');

      await hands.click(page.getByRole('link', { name: 'Bandingkan versi' }));
      const from = page.locator('select[name=from]');
      const to = page.locator('select[name=to]');
      await from.waitFor();
      await expect.poll(() => optionNamed(from, `Sebelum rapat${tag}`)).not.toBe('');
      await hands.choose(from, await optionNamed(from, `Sebelum rapat${tag}`));
      await hands.choose(to, await optionNamed(to, `Sesudah rapat${tag}`));
      const changed = page.locator('.compare-clause.changed');
      await changed.first().waitFor({ timeout: 20_000 });
      expect(await changed.count()).toBe(1);
      expect(await changed.locator('ins').allTextContents()).toContainEqual(
        expect.stringContaining(sentence.slice(0, 30)),
      );
      await changed.scrollIntoViewIfNeeded();
      // Nothing reaches past the window's edge (the restore buttons' long names wrap).
      expect(await overflowsHorizontally(page)).toBe(false);
      expectClicks(
        'clause history, compare two versions',
        size,
        'ombudsman',
        hands,
        size.name === 'laptop' ? 7 : 9,
      );
      await taskShot(page, 'history', size);
    });
  }
});
