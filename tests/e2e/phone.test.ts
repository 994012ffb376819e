import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { demoMou, editorPath } from './editorPage.ts';

const PHONE = { width: 390, height: 844 };

/**
 * Elements that reach past the window's right edge, as "TAG.class: right" lines. An element's
 * box is cut only by ancestors that scroll sideways (overflow-x `auto` or `scroll`): what is
 * past their edge is one swipe away (a toolbar, a wide table). An ancestor's `overflow: hidden`
 * does not excuse it, since what it cuts off cannot be reached at all. Elements with an empty
 * box (`display: none`, such as a closed drawer) or `visibility: hidden` are not seen and are
 * skipped. Passed as a string so the page needs none of the test's helpers.
 */
function pastRightEdge(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const width = document.documentElement.clientWidth;
    const past = [];
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      let right = box.right;
      let left = box.left;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const overflow = getComputedStyle(up).overflowX;
        if (overflow !== 'auto' && overflow !== 'scroll') continue;
        const clip = up.getBoundingClientRect();
        right = Math.min(right, clip.right);
        left = Math.max(left, clip.left);
      }
      if (right > left && right > width + 0.5) {
        past.push(el.tagName + '.' + String(el.className).slice(0, 40) + ': ' + Math.round(right));
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth) past.push('html: scrolls sideways');
    return past;
  })()`);
}

/** The box of the first element matching `selector`, measured in the page. */
async function boxOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  return box;
}

/** True when the box lies inside the window. */
const inView = (box: { x: number; y: number; width: number; height: number }) =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= PHONE.width && box.y + box.height <= PHONE.height;

/**
 * The phone at 390 × 844: one column with the document at full width, the outline and the
 * side panel as drawers from the compact bar, and nothing reaching past the window's right edge.
 */
describe('phone layout at 390 × 844', () => {
  const e2e = e2eSession();
  let user: BrowserUser;
  let ids: { cooperationId: string; documentId: string };

  beforeAll(async () => {
    const cookie = await e2e.server.login('ombudsman');
    ids = await demoMou(e2e.server, cookie);
    user = await e2e.browser({ cookie });
    await user.page.setViewportSize(PHONE);
  });

  /** Let fonts and layout settle, keep a PNG to look at, and list what reaches past the window. */
  const check = async (name: string) => {
    await user.page.waitForTimeout(200);
    await screenshot(user.page, `phone-${name}`);
    expect.soft(await pastRightEdge(user.page), name).toEqual([]);
  };

  it('Beranda and the cooperation page fit the window', async () => {
    const { page } = user;
    await page.goto('/');
    await page.waitForSelector('.cooperation-card');
    await check('beranda');

    await page.locator('.cooperation-card h2 a').first().click();
    await page.waitForSelector('.document-row');
    await check('kerjasama');
    await page.getByRole('link', { name: 'Anggota' }).click();
    await page.waitForSelector('.table tbody tr');
    await check('anggota');
  });

  it('the editor shows the document full width; the drawers open the outline and the panel', async () => {
    const { page } = user;
    await page.goto(editorPath(ids));
    await page.waitForSelector('.ProseMirror [data-type="clause"]', { timeout: 30_000 });
    await check('editor');
    expect((await boxOf(page, '.ProseMirror')).width).toBeGreaterThan(300);
    // The top bar leaves the title room for a meaningful part ("Nota Kesepakatan"), not "No…".
    expect((await boxOf(page, '.breadcrumb [aria-current="page"]')).width).toBeGreaterThan(100);
    expect(await page.locator('.connection').textContent()).toBe('Tersambung');
    // Few words a line: the text is set ragged-right, not justified with wide gaps.
    expect(
      await page
        .locator('.ProseMirror p')
        .first()
        .evaluate((p) => getComputedStyle(p).textAlign),
    ).toBe('start');
    const heading = page.locator('.ProseMirror [data-type="clause-heading"]').first();
    await heading.scrollIntoViewIfNeeded();
    const headingBox = await heading.boundingBox();
    expect(headingBox && inView(headingBox)).toBe(true);

    const outlineButton = page.getByRole('button', { name: 'Kerangka' });
    await outlineButton.click();
    const firstClause = page.locator('.outline-clause').first();
    await firstClause.waitFor();
    expect(inView((await firstClause.boundingBox())!)).toBe(true);
    expect(await outlineButton.getAttribute('aria-expanded')).toBe('true');
    await check('outline-drawer');
    // Choosing a Pasal closes the drawer, so the document shows again.
    await page.locator('.outline-clause button').nth(2).click();
    await firstClause.waitFor({ state: 'hidden' });
    expect(await outlineButton.getAttribute('aria-expanded')).toBe('false');

    await page.getByRole('button', { name: 'Panel' }).click();
    await page.getByRole('tab', { name: 'Persetujuan' }).click();
    const approve = page.getByRole('button', { name: /^Setujui untuk / }).first();
    await approve.waitFor();
    expect(inView((await approve.boundingBox())!)).toBe(true);
    await check('approvals-drawer');
    await page.getByRole('tab', { name: 'Poin' }).click();
    await check('points-drawer');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Poin' }).waitFor({ state: 'hidden' });
  });

  it('meeting mode shows the document full width', async () => {
    const { page } = user;
    const cookie = await e2e.server.login('ombudsman');
    const meetings = (await e2e.server.api(`/api/cooperations/${ids.cooperationId}/meetings`, { cookie }))
      .body.meetings;
    await page.goto(`/k/${ids.cooperationId}/rapat/${meetings[0].id}`);
    await page.waitForSelector('.ProseMirror [data-type="clause"]', { timeout: 30_000 });
    await check('meeting');
    expect((await boxOf(page, '.ProseMirror')).width).toBeGreaterThan(300);
    // The room scrolls past its head to the document, which then has the window's height.
    await page.locator('.meeting-document').evaluate((el) => el.scrollIntoView());
    const heading = page.locator('.ProseMirror [data-type="clause-heading"]').first();
    await heading.scrollIntoViewIfNeeded();
    expect(inView((await heading.boundingBox())!)).toBe(true);
    expect((await boxOf(page, '.meeting-document')).height).toBeGreaterThan(PHONE.height * 0.8);
    await page.getByRole('button', { name: 'Agenda' }).click();
    await check('meeting-agenda-drawer');
    await page.getByRole('button', { name: 'Poin dan keputusan' }).click();
    await check('meeting-points-drawer');
  });
});
