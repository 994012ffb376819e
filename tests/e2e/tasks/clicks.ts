import { appendFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { LAPTOP, PHONE, SHOT_DIR, screenshot } from '../../support/browser.ts';
import { cursorAtEnd, dragOverWords, pasalParagraph } from '../editorPage.ts';

/** The two screens every task is done on: an office laptop and a phone. */
export interface Size {
  name: 'laptop' | 'phone';
  width: number;
  height: number;
}

/** The two screens every task is measured on. */
export const SIZES: readonly [laptop: Size, phone: Size] = [
  { name: 'laptop', ...LAPTOP },
  { name: 'phone', ...PHONE },
];

/** A file for the chooser: what `setInputFiles` takes. */
type FileChoice = { name: string; mimeType: string; buffer: Buffer };

/**
 * One person's hands: every click or tap and every keyboard shortcut they make goes through
 * it and is counted. Typing text is not counted (it is the content, not the way there); a
 * click into a field before typing is. A native list (`<select>`) costs two clicks (open it,
 * pick), as does choosing a file (the button, then the file in the system's chooser); a
 * drag over words is one.
 */
export class Hands {
  clicks = 0;
  keys = 0;

  /** A click (on a phone: a tap) on the element. */
  async click(target: Locator): Promise<void> {
    this.clicks++;
    await target.click();
  }

  /** A click at the end of a paragraph of the editor, to add to it. */
  async clickAtEnd(paragraph: Locator): Promise<void> {
    this.clicks++;
    await cursorAtEnd(paragraph);
  }

  /** Ticks a checkbox or a radio button. */
  async check(target: Locator): Promise<void> {
    this.clicks++;
    await target.check();
  }

  /** A click into a field, then its text typed. */
  async fill(target: Locator, text: string): Promise<void> {
    this.clicks++;
    await target.fill(text);
  }

  /** Text typed where the focus already is: not counted. */
  async type(page: Page, text: string): Promise<void> {
    await page.keyboard.type(text);
  }

  /** Opens a list and picks an option. */
  async choose(select: Locator, option: string | { label: string }): Promise<void> {
    this.clicks += 2;
    await select.selectOption(option);
  }

  /** Opens a list and picks the first option whose text holds `text`. */
  async chooseText(select: Locator, text: string): Promise<void> {
    const value = await select.evaluate(
      (el: HTMLSelectElement, t) => [...el.options].find((o) => o.text.includes(t))?.value,
      text,
    );
    if (value === undefined) throw new Error(`no option holding "${text}"`);
    await this.choose(select, value);
  }

  /** Picks a file in the system's chooser. */
  async upload(input: Locator, file: FileChoice): Promise<void> {
    this.clicks += 2;
    await input.setInputFiles(file);
  }

  /** A keyboard shortcut (Ctrl+Alt+M, Escape, …). */
  async press(page: Page, keys: string): Promise<void> {
    this.keys++;
    await page.keyboard.press(keys);
  }

  /** Accepts the browser's own confirm box opened by `action`, one click more. */
  async confirming(page: Page, action: () => Promise<void>): Promise<void> {
    this.clicks++;
    page.once('dialog', (d) => d.accept());
    await action();
  }

  /**
   * Drags the mouse over the 2nd to 4th words of `paragraph`, as a reader selects words (one
   * click), and returns the selected words.
   */
  async selectWords(paragraph: Locator): Promise<string> {
    this.clicks++;
    return dragOverWords(paragraph);
  }
}

/** One person's count for one task at one size, as the table prints it. */
interface Row {
  task: string;
  size: Size['name'];
  who: string;
  clicks: number;
  keys: number;
  atMost: number;
}

const rows: Row[] = [];

/**
 * Asserts that `who` did the task in at most `atMost` clicks and shortcuts together, and keeps
 * the count for the table printed after the file's tests (and appended to
 * `<SHOT_DIR>/clicks.jsonl`, one JSON line per row, for a summary across files).
 */
export function expectClicks(task: string, size: Size, who: string, hands: Hands, atMost: number): void {
  const row = { task, size: size.name, who, clicks: hands.clicks, keys: hands.keys, atMost };
  rows.push(row);
  mkdirSync(SHOT_DIR, { recursive: true });
  appendFileSync(join(SHOT_DIR, 'clicks.jsonl'), `${JSON.stringify(row)}\n`);
  expect(hands.clicks + hands.keys, `${task} at ${size.name} by ${who}`).toBeLessThanOrEqual(atMost);
}

/** Prints the counts of the file's tasks as a table once its tests are done. */
export function printClicksAfterAll(): void {
  afterAll(() => {
    // The e2e files share one process, so the table takes the file's rows away with it.
    if (rows.length > 0) console.table(rows.splice(0));
  });
}

/**
 * Saves the task's end state as `<SHOT_DIR>/task-<task>-<size>.png`, and copies it to
 * `${SEPAKAT_TASK_SHOTS}<task>-<size>.png` when that prefix is set (for people reviewing).
 */
export async function taskShot(page: Page, task: string, size: Size): Promise<void> {
  const path = await screenshot(page, `task-${task}-${size.name}`);
  const prefix = process.env.SEPAKAT_TASK_SHOTS;
  if (prefix) copyFileSync(path, `${prefix}${task}-${size.name}.png`);
}

/**
 * Shows a tab of the editor's side panel (on a phone: opens the "Panel" drawer first), unless
 * it is on screen already.
 */
export async function showSideTab(hands: Hands, page: Page, size: Size, tab: string): Promise<void> {
  const drawer = page.getByRole('button', { name: 'Panel' });
  if (size.name === 'phone' && (await drawer.getAttribute('aria-expanded')) !== 'true') {
    await hands.click(drawer);
  }
  const button = page.getByRole('tab', { name: tab });
  if ((await button.getAttribute('aria-selected')) !== 'true') await hands.click(button);
}

/**
 * Selects words of Pasal `pasal`, clicks "Tambah poin", checks the quote in the form (where
 * the focus is), types the point and files it; returns the point's card and the words.
 */
export async function raisePoint(
  hands: Hands,
  page: Page,
  pasal: number,
  text: string,
): Promise<{ card: Locator; words: string }> {
  const words = await hands.selectWords(pasalParagraph(page, pasal));
  await hands.click(page.getByTestId('point-bubble'));
  const quote = page.getByTestId('point-quote');
  await quote.waitFor();
  expect(await quote.textContent()).toContain(words);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
    .toBe('Isi poin');
  await hands.type(page, text);
  await hands.click(page.getByRole('button', { name: 'Tambahkan poin' }));
  const card = page.locator('.point-card', { hasText: text });
  await card.waitFor();
  return { card, words };
}
