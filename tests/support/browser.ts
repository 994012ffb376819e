import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

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
 * The one Chromium of a test file, once {@link shareOneChromium} asked for it. Launching Chromium
 * costs one to four seconds on the test machine, and a file opens up to eight users.
 */
let shared: Promise<Browser> | null = null;
let sharing = false;

/**
 * From now on every user of this process gets a new browser context of one Chromium, launched
 * at the first: a context has its own cookies, storage and BroadcastChannel, as a profile has.
 * The e2e project's set-up file asks for it and closes that Chromium after each file.
 */
export function shareOneChromium(): void {
  sharing = true;
}

/** Closes the shared Chromium (every context still open with it), if it was launched. */
export async function closeSharedChromium(): Promise<void> {
  const browser = shared;
  shared = null;
  if (browser) await (await browser).close();
}

/** A new context of the shared Chromium, launching it at the first call. */
async function sharedContext(options: {
  viewport: { width: number; height: number };
  locale: string;
  baseURL: string;
}): Promise<BrowserContext> {
  shared ??= chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return (await shared).newContext(options);
}

/**
 * A fresh Chromium profile per user (or, with {@link shareOneChromium}, a fresh context of one
 * Chromium): two users never share storage or a BroadcastChannel, so whatever they see of each
 * other went through the server.
 */
export async function openBrowser({ baseUrl, cookie, viewport = LAPTOP }: OpenOptions): Promise<BrowserUser> {
  const options = { viewport, locale: 'id-ID', baseURL: baseUrl };
  const profile = sharing ? null : mkdtempSync(join(tmpdir(), 'sepakat-chromium-'));
  const context = profile
    ? await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        args: CHROMIUM_ARGS,
        ...options,
      })
    : await sharedContext(options);
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
      if (profile) rmSync(profile, { recursive: true, force: true });
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
