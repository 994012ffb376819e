import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's browser bundle, read once from node_modules. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The impacts a page must not have. */
const BLOCKING: ImpactValue[] = ['serious', 'critical'];

/**
 * Rules a page must pass whatever axe rates their impact, since people met them: a screen
 * without its h1, a header cell with no text, a region scrolled only with a mouse.
 */
const ALWAYS: string[] = ['page-has-heading-one', 'empty-table-header', 'scrollable-region-focusable'];

/**
 * Runs axe-core on the page as it is now and answers its serious and critical violations and
 * those of the rules in `ALWAYS`, one readable line per element: rule, impact, what to do,
 * where (selector and the start of its HTML) and why, e.g. `button-name (critical) Buttons
 * must have discernible text: .user-menu > button <button class="user-menu">…`. An empty list
 * means the page passes. The source goes in through `page.evaluate`, which the server's
 * Content-Security-Policy does not block as it would an inline script tag.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource);
  const results = (await page.evaluate(
    'window.axe.run(document, { resultTypes: ["violations"] })',
  )) as AxeResults;
  return results.violations
    .filter((v) => (v.impact && BLOCKING.includes(v.impact)) || ALWAYS.includes(v.id))
    .flatMap((v) => describeViolation(v));
}

/** One line per element the rule found, with the rule's own summary of the failure. */
function describeViolation(v: Result): string[] {
  return v.nodes.map((node) => {
    const where = node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' | ');
    const why = node.failureSummary?.split('\n').slice(1).join(' ').trim();
    const html = node.html.length > 160 ? `${node.html.slice(0, 160)}…` : node.html;
    return `${v.id} (${node.impact ?? v.impact}) ${v.help}: ${where} ${html}${why ? ` — ${why}` : ''}`;
  });
}
