import { Extension, Mark, mergeAttributes } from '@tiptap/core';
import { MARK, NODE } from '../names.ts';

/**
 * Suggestions live in the one Y.Doc as marks on text and as an attribute on blocks, so they sync,
 * undo and load like any other content (docs/SUGGESTIONS.md). Every suggestion carries its stamp:
 * `id` (random, shared by the pieces of one suggestion), `party` and `user` (ids of the author)
 * and `ts` (ISO time). The server checks the stamps (the judge, `server/judge/`).
 *
 * Marks, not node marks: y-tiptap does not sync node marks, so a block's suggestion is the
 * `suggestion` attribute below.
 */

const stampAttributes = () => ({
  id: { default: null as string | null },
  party: { default: null as string | null },
  user: { default: null as string | null },
  ts: { default: null as string | null },
});

/** What a suggestion mark renders as: the element, its class and the author's party for its colour. */
const rendered =
  (tag: string, kind: string) =>
  ({ HTMLAttributes }: { HTMLAttributes: Record<string, unknown> }) =>
    [
      tag,
      mergeAttributes(
        {
          class: `suggestion suggestion-${kind}`,
          'data-suggestion': HTMLAttributes.id,
          'data-party': HTMLAttributes.party,
        },
        {},
      ),
      0,
    ] as [string, Record<string, unknown>, 0];

/**
 * Text proposed by a party. Not inclusive: typing at its edge is the typist's own text, which the
 * suggestion engine marks as it should (their suggestion, or direct text in edit mode).
 * Pasting never brings a suggestion in: it is parsed from no HTML.
 */
export const Insertion = Mark.create({
  name: MARK.insertion,
  inclusive: false,
  addAttributes: stampAttributes,
  parseHTML: () => [],
  renderHTML: rendered('ins', 'insertion'),
});

/** Text a party proposes to remove; it stays until the deletion is accepted. Another author's pending insertion can carry one. */
export const Deletion = Mark.create({
  name: MARK.deletion,
  inclusive: false,
  addAttributes: stampAttributes,
  parseHTML: () => [],
  renderHTML: rendered('del', 'deletion'),
});

/**
 * A proposed change of formatting (bold, italic, underline): the text carries its new formatting,
 * and `before` the formatting marks it had, comma-separated ("" for none), which rejecting restores.
 */
export const FormatChange = Mark.create({
  name: MARK.formatChange,
  inclusive: false,
  addAttributes: () => ({ ...stampAttributes(), before: { default: '' as string } }),
  parseHTML: () => [],
  renderHTML: rendered('span', 'format'),
});

/** Blocks that can be suggested whole: inserted, deleted, split from the one before, or joined to it. */
export const SUGGESTABLE_BLOCKS: readonly string[] = [
  NODE.paragraph,
  NODE.clause,
  NODE.chapter,
  NODE.ayatItem,
  NODE.letterItem,
];

/**
 * The `suggestion` attribute of a block: null, or a stamp with its `kind`
 * ({@link BlockSuggestion} in shared/suggestions/stamp.ts). Rendered as data attributes for its
 * colour and its ¶ marker; never parsed from pasted HTML.
 */
export const BlockSuggestions = Extension.create({
  name: 'blockSuggestions',
  addGlobalAttributes: () => [
    {
      types: [...SUGGESTABLE_BLOCKS],
      attributes: {
        suggestion: {
          default: null,
          keepOnSplit: false,
          parseHTML: () => null,
          renderHTML: (attrs: Record<string, unknown>) => {
            const s = attrs.suggestion as { kind?: string; id?: string; party?: string } | null;
            return s
              ? { 'data-block-suggestion': s.kind, 'data-suggestion': s.id, 'data-party': s.party }
              : {};
          },
        },
      },
    },
  ],
});
