import type { PMJSON } from '../../../shared/clauses.ts';
import { NODE } from '../../../shared/schema/names.ts';
import type { Run } from './lines.ts';

/** ProseMirror JSON from recognised runs: adjacent runs with the same marks merged, empty text dropped. */
export function inlineNodes(runs: Run[], { marks = true } = {}): PMJSON[] {
  const out: PMJSON[] = [];
  for (const run of runs) {
    if ('br' in run) {
      out.push({ type: NODE.hardBreak });
      continue;
    }
    const runMarks = marks ? [...run.marks].sort() : [];
    const prev = out[out.length - 1];
    const same =
      prev?.type === NODE.text &&
      JSON.stringify((prev.marks ?? []).map((m) => m.type)) === JSON.stringify(runMarks);
    if (same) prev.text = `${prev.text}${run.text}`;
    else
      out.push({
        type: NODE.text,
        text: run.text,
        ...(runMarks.length ? { marks: runMarks.map((type) => ({ type })) } : {}),
      });
  }
  // Trailing spaces and breaks at the end of a paragraph are layout, not content.
  while (out.at(-1)?.type === NODE.hardBreak) out.pop();
  const last = out[out.length - 1];
  if (last?.type === NODE.text) last.text = (last.text ?? '').trimEnd();
  return out.filter((n) => n.type !== NODE.text || n.text);
}

export const paragraph = (runs: Run[]): PMJSON => {
  const content = inlineNodes(runs);
  return content.length ? { type: NODE.paragraph, content } : { type: NODE.paragraph };
};

/** Plain text node content (chapter titles take no marks). */
export const plainText = (text: string): PMJSON[] =>
  text.trim() ? [{ type: NODE.text, text: text.trim() }] : [];
