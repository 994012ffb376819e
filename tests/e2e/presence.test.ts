import * as encoding from 'lib0/encoding';
import type { Page, WebSocketRoute } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type TestClient, waitFor } from '../../server/collab/testing.ts';
import type { BrowserUser } from '../support/browser.ts';
import { openClient } from '../support/clients.ts';
import { e2eSession } from '../support/e2e.ts';
import {
  caretLabels,
  cursorInPasal,
  demoMou,
  editorPath,
  openEditor,
  waitForEditorText,
} from './editorPage.ts';

/** The first byte of an awareness message (y-websocket's message type). */
const AWARENESS = 1;
/** A name nobody in the demo has: it must never be shown. */
const FORGED = 'Penyusup Palsu';
/** What React Router shows when nothing catches an error, and what our boundary shows. */
const CRASH_TEXTS = ['Unexpected Application Error', 'Halaman ini mengalami kesalahan'];

/** Page errors (uncaught exceptions) of `page`, from now on. */
function pageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (err) => errors.push(err));
  return errors;
}

/** The page still works: no error screen, and what one person types reaches the other. */
async function stillWorking(typist: Page, reader: Page, words: string): Promise<void> {
  for (const page of [typist, reader]) {
    const text = await page.locator('body').textContent();
    for (const crash of CRASH_TEXTS) expect(text).not.toContain(crash);
    expect(await page.locator('.ProseMirror').getAttribute('contenteditable')).toBe('true');
  }
  await cursorInPasal(typist, 2);
  await typist.keyboard.type(words);
  await waitForEditorText(reader, words);
}

/** A relative position inside the first text of the body that has a few characters (JSON). */
function positionIn(doc: Y.Doc, index: number): unknown {
  for (const node of doc.getXmlFragment('body').createTreeWalker((n) => n instanceof Y.XmlText)) {
    const text = node as Y.XmlText;
    if (text.length > index)
      return JSON.parse(JSON.stringify(Y.createRelativePositionFromTypeIndex(text, index)));
  }
  throw new Error('no text in the body');
}

/** An awareness message (y-protocols' layout) carrying `states` as raw JSON, clock 1 each. */
function awarenessMessage(states: [clientID: number, json: string][]): Buffer {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, states.length);
  for (const [clientID, json] of states) {
    encoding.writeVarUint(inner, clientID);
    encoding.writeVarUint(inner, 1);
    encoding.writeVarString(inner, json);
  }
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, AWARENESS);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return Buffer.from(encoding.toUint8Array(outer));
}

/**
 * Two people have the demo MoU open in Chromium while a third client sends presence no editor
 * would: through the server (which stamps and checks it) and, for the client's own defences,
 * straight into a page's socket as a server that checks nothing would relay it.
 */
describe('bad presence in Chromium', () => {
  const e2e = e2eSession();
  let ombudsman: BrowserUser;
  let pemkot: BrowserUser;
  let path: string;
  let viewer: TestClient;
  const errors: Record<string, Error[]> = {};

  beforeAll(async () => {
    ombudsman = await e2e.browser('ombudsman');
    pemkot = await e2e.browser('pemkot');
    errors.ombudsman = pageErrors(ombudsman.page);
    errors.pemkot = pageErrors(pemkot.page);
    const tamu = await e2e.server.login('tamu');
    const mou = await demoMou(e2e.server, tamu);
    path = editorPath(mou);
    await openEditor(ombudsman.page, path);
    await openEditor(pemkot.page, path);
    viewer = await openClient(e2e.server, mou.documentId, tamu);
    return () => viewer.destroy();
  });

  it('a viewer’s malformed carets crash neither page, and its forged name shows nowhere', async () => {
    const { awareness } = viewer.provider;
    const user = { id: 'u-palsu', name: FORGED, party: 'Pihak Palsu', color: '#000000', initials: 'PP' };
    const malformed: unknown[] = [
      'anchor',
      { anchor: 1, head: 2 },
      { anchor: { type: null, tname: null, item: null }, head: { type: null, tname: null, item: null } },
      { anchor: { item: { client: -5, clock: 'x' } }, head: {} },
      { anchor: positionIn(viewer.doc, 1), head: positionIn(viewer.doc, 1), evil: '<b>x</b>' },
      [positionIn(viewer.doc, 1)],
    ];
    for (const cursor of malformed) {
      awareness.setLocalState({ user, cursor });
      await new Promise((r) => setTimeout(r, 100));
    }
    awareness.setLocalState({ user: 'Penyusup', cursor: null, name: FORGED });
    // Last, a good caret under the forged name: it is drawn, with the viewer's own name.
    awareness.setLocalState({
      user,
      cursor: { anchor: positionIn(viewer.doc, 2), head: positionIn(viewer.doc, 4) },
    });
    for (const { page } of [ombudsman, pemkot]) {
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.collaboration-carets__label')].some((l) =>
          l.textContent?.startsWith('Tamu'),
        ),
      );
      expect((await caretLabels(page)).filter((l) => l.startsWith('Tamu'))).toEqual([
        'Tamu · Ombudsman RI Perwakilan Jambi',
      ]);
      expect(await page.locator('.presence').textContent()).toContain('TA');
      expect(await page.content()).not.toContain(FORGED);
    }
    await stillWorking(ombudsman.page, pemkot.page, ' Masih bisa diketik.');
    await stillWorking(pemkot.page, ombudsman.page, ' Tetap jalan.');
    expect(errors.ombudsman).toEqual([]);
    expect(errors.pemkot).toEqual([]);
  });

  it('a page survives malformed presence relayed by a server that does not check it', async () => {
    const sockets: WebSocketRoute[] = [];
    await pemkot.context.routeWebSocket(/\/collab\//, (ws) => {
      const server = ws.connectToServer();
      // The server's messages reach the page as they are, the test adds its own. The page's
      // presence is kept from the server: a stock provider sends on every state it receives,
      // and this server (which refuses a state that is not an object) would close its socket.
      ws.onMessage((message) => {
        if (typeof message === 'string' || message[0] !== AWARENESS) server.send(message);
      });
      sockets.push(ws);
    });
    await openEditor(pemkot.page, path);
    await waitFor(() => sockets.length > 0, 'the page’s socket');
    const socket = sockets.at(-1)!;
    const good = (name: string) => ({
      id: `u-${name}`,
      name,
      color: '#047857',
      party: 'Uji',
      initials: 'UJ',
    });
    const caret = { anchor: positionIn(viewer.doc, 1), head: positionIn(viewer.doc, 3) };
    const unresolvable = { item: { client: 1, clock: 5 }, type: null, tname: null, assoc: 0 };
    const states: [number, unknown][] = [
      // React would be handed objects as the name and initials in the list of who is online.
      [
        901,
        { user: { id: 'x', name: { a: 1 }, color: '#123456', party: 'p', initials: { b: 2 } }, cursor: null },
      ],
      // y-tiptap would write a colour into a string and resolve a position with nothing in it.
      [902, { user: FORGED, cursor: { anchor: 1, head: 2 } }],
      [903, { user: good('Kursor Rusak'), cursor: 'x' }],
      [
        904,
        {
          user: good('Kursor Rusak'),
          cursor: { anchor: { type: null, tname: null, item: null }, head: caret.head },
        },
      ],
      [905, { user: good('Kursor Rusak'), cursor: { anchor: caret.anchor } }],
      [906, 'not an object'],
      [907, [1, 2, 3]],
      // Well formed, but the character does not exist: no caret.
      [908, { user: good('Tak Terjangkau'), cursor: { anchor: unresolvable, head: unresolvable } }],
      // The control: drawn.
      [909, { user: good('Kontrol Sah'), cursor: caret }],
    ];
    socket.send(awarenessMessage(states.map(([id, state]) => [id, JSON.stringify(state)])));
    await pemkot.page.waitForFunction(() =>
      [...document.querySelectorAll('.collaboration-carets__label')].some(
        (l) => l.textContent === 'Kontrol Sah · Uji',
      ),
    );
    // Only the control is drawn; the well-formed users are listed as online, the others are not.
    const injected = (await caretLabels(pemkot.page)).filter((label) => label.endsWith('· Uji'));
    expect(injected).toEqual(['Kontrol Sah · Uji']);
    const online = await pemkot.page.locator('.presence').textContent();
    for (const name of ['Kontrol Sah', 'Kursor Rusak', 'Tak Terjangkau']) expect(online).toContain(name);
    expect(online).not.toContain(FORGED);
    // A remote edit redraws the carets: still nothing breaks.
    await stillWorking(ombudsman.page, pemkot.page, ' Setelah presence rusak.');
    await stillWorking(pemkot.page, ombudsman.page, ' Pemkot masih mengetik.');
    expect(errors.pemkot).toEqual([]);
    await pemkot.context.unrouteAll();
  });

  it('a screen that fails to render shows a bilingual error with a way to reload', async () => {
    const { page } = ombudsman;
    // An answer the editor cannot render (permissions missing), as a broken server might give.
    await page.route(/\/api\/documents\/[^/]+$/, async (route) => {
      const answer = await route.fetch();
      const body = await answer.json();
      await route.fulfill({ response: answer, json: { ...body, permissions: null } });
    });
    await page.goto(path);
    const alert = page.getByRole('alert').filter({ hasText: 'Halaman ini mengalami kesalahan' });
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain('Something went wrong on this page');
    await page.unrouteAll();
    await page.getByRole('button', { name: 'Muat ulang · Reload' }).click();
    await page.waitForSelector('.ProseMirror [data-type="clause"]', { timeout: 30_000 });
    expect(await page.locator('body').textContent()).not.toContain('Halaman ini mengalami kesalahan');
  });
});
