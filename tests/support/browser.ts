import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium; playwright-core never downloads a browser. */
export const CHROMIUM = process.env.SEPAKAT_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium quiet on a closed network: no update, sync or background request. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A laptop screen, the size the product is designed for. */
export const LAPTOP = { width: 1366, height: 768 };

/** A phone screen (CSS pixels), where a person reads, comments, approves and follows a meeting. */
export const PHONE = { width: 390, height: 844 };

/** One person in their own browser profile. */
export interface BrowserUser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** The server's origin, e.g. `http://127.0.0.1:43123`. */
  baseUrl: string;
  /** A `sepakat_session=...` cookie (from `TestServer.login`) to start signed in. */
  cookie?: string;
  viewport?: { width: number; height: number };
}

/**
 * A fresh persistent Chromium profile per user: two users never share storage or a
 * BroadcastChannel, so whatever they see of each other went through the server.
 */
export async function openBrowser({ baseUrl, cookie, viewport = LAPTOP }: OpenOptions): Promise<BrowserUser> {
  const profile = mkdtempSync(join(tmpdir(), 'sepakat-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'id-ID',
    baseURL: baseUrl,
  });
  // tsx/esbuild wraps functions passed to page.evaluate in __name(...), which the page lacks.
  await context.addInitScript('globalThis.__name = (fn) => fn');
  if (cookie) {
    const [name, ...rest] = cookie.split('=');
    await context.addCookies([{ name: name!, value: rest.join('='), url: baseUrl }]);
  }
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Where screenshots go, so a person (or an agent) can look at the screens. */
export const SHOT_DIR = process.env.SEPAKAT_SHOTS ?? join(tmpdir(), 'sepakat-shots');

/** Save a PNG of the page as `<SHOT_DIR>/<name>.png` and return its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOT_DIR, { recursive: true });
  const path = join(SHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Sign in through the login screen. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
