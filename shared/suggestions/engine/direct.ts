import type { Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { SUGGESTION_MARKS } from '../stamp.ts';

/**
 * `tr` with every suggestion mark and block suggestion taken off the content it inserts: text
 * written directly (edit mode) never joins a suggestion, whatever it inherited from the text it
 * was copied or dragged from. Changes `tr` in place and returns it.
 */
export function withoutInheritedSuggestions(tr: Transaction): Transaction {
  const ranges: { from: number; to: number }[] = [];
  tr.steps.forEach((step, i) => {
    if (!(step instanceof ReplaceStep) || step.slice.size === 0) return;
    const rest = tr.mapping.slice(i + 1);
    const from = rest.map(step.from, 1);
    const to = rest.map(step.from + step.slice.size, -1);
    if (from < to) ranges.push({ from, to });
  });
  for (const { from, to } of ranges) {
    for (const name of SUGGESTION_MARKS) {
      const type = tr.doc.type.schema.marks[name];
      if (type && tr.doc.rangeHasMark(from, to, type)) tr.removeMark(from, to, type);
    }
    tr.doc.nodesBetween(from, to, (node, pos) => {
      if (pos >= from && pos + node.nodeSize <= to && node.attrs.suggestion)
        tr.setNodeAttribute(pos, 'suggestion', null);
      return !node.isTextblock;
    });
  }
  return tr;
}
