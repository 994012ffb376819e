import { diffWords } from 'diff';
import type { WordOp } from '../../shared/api/history.ts';

// The clause's plain text lives in shared/ since the editor uses it too.
export { clauseHeadingOf, clauseLines, clauseText } from '../../shared/clauseText.ts';

/** Word-level diff of two texts as equal / insert / delete steps (the `diff` package's diffWords). */
export function wordOps(before: string, after: string): WordOp[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : [];
  const ops: WordOp[] = [];
  for (const part of diffWords(before, after)) {
    const op: WordOp['op'] = part.added ? 'insert' : part.removed ? 'delete' : 'equal';
    const last = ops[ops.length - 1];
    if (last?.op === op) last.text += part.value;
    else ops.push({ op, text: part.value });
  }
  return ops;
}
