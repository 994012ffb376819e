import { describe, expect, it } from 'vitest';
import { runScript } from '../support/scripts.ts';

/**
 * `npm run bench:editor` in a small size: a real server, Chromium and typing clients, and the
 * table of what the page spent. Its figures are not judged here (a shared, busy machine).
 */
describe('npm run bench:editor (small size)', () => {
  it('opens the document in Chromium, has it typed into, and prints the main thread figures', async () => {
    const { code, stdout, out } = await runScript('bench/editor.ts', [
      '--clauses',
      '10',
      '--typists',
      '2',
      '--seconds',
      '2',
      '--keys',
      '10',
      '--big',
      '20',
    ]);
    expect(code, out.slice(-4000)).toBe(0);
    expect(stdout).toContain('Editor under remote typing: 10 and 20 Pasal, 2 people typing');
    const figure = (label: string) => Number(new RegExp(`\\| ${label}[^|]*\\| ([\\d.]+)`).exec(stdout)?.[1]);
    expect(figure('updates received')).toBeGreaterThanOrEqual(10);
    expect(figure('main thread per update')).toBeGreaterThan(0);
    expect(figure("a keystroke of one's own")).toBeGreaterThan(0);
    expect(figure('open, navigation to editable')).toBeGreaterThan(0);
  }, 120_000);
});
