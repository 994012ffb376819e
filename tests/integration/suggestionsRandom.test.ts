import { describe, expect, it } from 'vitest';
import { ALPHABET, buildFuzzWorld, runSuggestionFuzz } from '../support/suggestionFuzz.ts';
import { withServer } from '../support/withServer.ts';

/**
 * Suggesters, an editor, a forger and a decider at random against the real server, with a fixed
 * seed (`npm run fuzz:suggestions` runs it long, `SEED=` and `STEPS=` to choose): the accepted text changes only
 * by direct typing and accepted insertions, nothing forged is kept, every peer converges.
 */

const ctx = withServer(buildFuzzWorld, undefined, 180_000);

/** `npm run fuzz:suggestions` sets a random seed and a long run; `npm test` runs this fixed one. */
const seed = Number(process.env.SEPAKAT_FUZZ_SEED ?? 20261205);
const steps = Number(process.env.SEPAKAT_FUZZ_STEPS ?? 120);

/** Whether `part` reads in `whole` in order, with characters of `whole` left out. */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const ch of whole) if (ch === part[at]) at++;
  return at === part.length;
}

describe('suggestions at random, seeded', () => {
  it(
    'keeps the accepted text, refuses every forgery, and converges',
    async () => {
      const report = await runSuggestionFuzz(ctx.world, { seed, steps, forgeries: 4 });
      console.info(
        `suggestion fuzz, seed ${seed}: ${JSON.stringify({ ...report, finalText: undefined, initialText: undefined })}`,
      );

      expect(report.suggestions).toBeGreaterThan(20);
      expect(report.accepted).toBeGreaterThan(0);
      expect(report.forgeriesRefused).toBe(4);
      // Nothing forged is in the text.
      expect(report.finalText).not.toContain(ALPHABET.forger);
      // Every character the editor typed is there: no accepted deletion took direct text with it,
      // even one typed at a deletion's edge at the same moment.
      expect([...report.finalText].filter((ch) => ch === ALPHABET.editor)).toHaveLength(report.typedByEditor);
      // Without the writers' letters, the text is the initial text less what accepted deletions removed.
      const strip = (s: string) =>
        s
          .replaceAll(ALPHABET.editor, '')
          .replaceAll(ALPHABET.suggester0, '')
          .replaceAll(ALPHABET.suggester1, '');
      const kept = strip(report.finalText);
      if (report.deletionsAccepted === 0) expect(kept).toBe(report.initialText);
      else expect(isSubsequence(kept, report.initialText)).toBe(true);
    },
    300_000 + steps * 500,
  );
});
