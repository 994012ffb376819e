import { deleteSelection, joinBackward, splitBlock, toggleMark } from '@tiptap/pm/commands';
import { type EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { agreementSchema } from '../../schema/index.ts';
import { A, ayat, B, clause, dispatched, doc, p, random, stateOf, suggest, t } from './fixtures.ts';
import { suggestTransaction } from './suggest.ts';

type Command = (s: EditorState, d: (tr: Transaction) => void) => boolean;

/** Positions inside text blocks (where a caret can be), in document order. */
function textPositions(state: EditorState): number[] {
  const out: number[] = [];
  state.doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    for (let i = 0; i <= node.content.size; i++) out.push(pos + 1 + i);
    return false;
  });
  return out;
}

const COMMANDS: Record<string, Command> = {
  type: (s, d) => dispatched(d, s.tr.insertText(['a', 'kata ', 'XY'][s.doc.content.size % 3] as string)),
  backspace: (s, d) => deleteSelection(s, d) || joinBackward(s, d),
  enter: splitBlock,
  bold: toggleMark(agreementSchema().marks.bold!),
  italic: toggleMark(agreementSchema().marks.italic!),
};

describe('suggestTransaction on random edits', () => {
  it.each((process.env.SUGGEST_SEEDS ?? '11,22,33').split(',').map(Number))(
    'keeps accept-all = the edit and reject-all = before, by two authors (seed %i)',
    (seed) => {
      const next = random(seed);
      let state = stateOf(
        doc(
          clause(
            'c1',
            'Ruang Lingkup',
            p(t('Para Pihak sepakat bekerja sama.')),
            ayat('satu dua', 'tiga empat'),
          ),
          clause('c2', 'Jangka Waktu', p(t('Berlaku lima tahun.'))),
        ),
      );
      let applied = 0;
      for (let step = 0; step < 120; step++) {
        const spots = textPositions(state);
        const from = spots[Math.floor(next() * spots.length)] as number;
        const to =
          next() < 0.3
            ? (spots[Math.min(spots.length - 1, spots.indexOf(from) + Math.floor(next() * 6))] as number)
            : from;
        const names = Object.keys(COMMANDS);
        const name = names[Math.floor(next() * names.length)] as string;
        const who = next() < 0.5 ? A : B;
        const at = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
        let made: Transaction | null = null;
        if (
          !COMMANDS[name]!(at, (tr) => {
            made = tr;
          }) ||
          !made
        )
          continue;
        // Refusing is allowed; what is written must keep both invariants (checked by `suggest`).
        if (!suggestTransaction(at, made, who)) continue;
        try {
          // Joining back one's own ayat split joins the text too, unlike the command.
          state = suggest(at, who, COMMANDS[name]!, !(name === 'backspace' && from === to));
        } catch (error) {
          throw new Error(
            `seed ${seed} step ${step} ${name} by ${who.user} at ${from}-${to}: ${(error as Error).message}`,
          );
        }
        applied++;
      }
      expect(applied).toBeGreaterThan(60);
    },
    60_000,
  );
});
