import type { Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import type { PMJSON } from '../../shared/clauses.ts';
import { agreementSchema, MARK } from '../../shared/schema/index.ts';
import { NODE } from '../../shared/schema/names.ts';

/** A discussion point anchored in a unit: its id and the words its anchor covered. */
export interface HeldAnchor {
  pointId: string;
  text: string;
}

/** Where a point's anchor went when its unit took the master's text. */
export interface PlacedAnchor {
  pointId: string;
  /** `same`: on the same words, still there; `start`: at the start of the unit, its words gone. */
  where: 'same' | 'start';
}

/** The points anchored in `nodes` and the words each covers, in document order. */
export function heldAnchors(nodes: readonly PMJSON[]): HeldAnchor[] {
  const byPoint = new Map<string, string>();
  const walk = (n: PMJSON) => {
    if (n.type === NODE.text) {
      for (const m of n.marks ?? []) {
        const id = m.type === MARK.pointAnchor ? m.attrs?.pointId : null;
        if (typeof id === 'string' && id) byPoint.set(id, (byPoint.get(id) ?? '') + (n.text ?? ''));
      }
    }
    for (const c of n.content ?? []) walk(c);
  };
  for (const n of nodes) walk(n);
  return [...byPoint].map(([pointId, text]) => ({ pointId, text }));
}

/** One textblock's text characters and the document position of each. */
interface TextRun {
  text: string;
  positions: number[];
}

function textRuns(doc: PMNode): TextRun[] {
  const runs: TextRun[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (!node.type.allowsMarkType(agreementSchema().marks[MARK.pointAnchor]!)) return false;
    const run: TextRun = { text: '', positions: [] };
    node.forEach((child, offset) => {
      if (!child.isText) return;
      const text = child.text ?? '';
      for (let i = 0; i < text.length; i++) run.positions.push(pos + 1 + offset + i);
      run.text += text;
    });
    if (run.text.trim()) runs.push(run);
    return false;
  });
  return runs;
}

/** The range of `words` in the first textblock holding them, or null. */
function rangeOf(runs: readonly TextRun[], words: string): [number, number] | null {
  if (!words.trim()) return null;
  for (const run of runs) {
    const at = run.text.indexOf(words);
    if (at < 0) continue;
    const from = run.positions[at];
    const last = run.positions[at + words.length - 1];
    if (from !== undefined && last !== undefined) return [from, last + 1];
  }
  return null;
}

/** The first word of the first textblock that has text (the Pasal's heading, the opening's first line). */
function startRange(runs: readonly TextRun[]): [number, number] | null {
  const run = runs[0];
  if (!run) return null;
  const lead = run.text.length - run.text.trimStart().length;
  const word = /\S+/.exec(run.text.slice(lead))?.[0] ?? '';
  const from = run.positions[lead];
  const last = run.positions[lead + word.length - 1];
  return from !== undefined && last !== undefined ? [from, last + 1] : null;
}

/**
 * The master's `nodes` (without anchors) carrying a variant's `anchors` again: each on the same
 * words where they are still there, else on the first word of the unit, so that a variant's
 * comments stay on the unit whose text it takes instead of vanishing with the text they covered.
 * An anchor finds no place only when the unit has no text at all.
 */
export function reanchor(
  nodes: readonly PMJSON[],
  anchors: readonly HeldAnchor[],
): { nodes: PMJSON[]; placed: PlacedAnchor[] } {
  if (anchors.length === 0 || nodes.length === 0) return { nodes: [...nodes], placed: [] };
  const schema = agreementSchema();
  let doc: PMNode;
  try {
    doc = schema.node(
      NODE.doc,
      null,
      nodes.map((n) => schema.nodeFromJSON(n)),
    );
  } catch {
    return { nodes: [...nodes], placed: [] };
  }
  const runs = textRuns(doc);
  const transform = new Transform(doc);
  const placed: PlacedAnchor[] = [];
  for (const { pointId, text } of anchors) {
    const same = rangeOf(runs, text);
    const range = same ?? startRange(runs);
    if (!range) continue;
    // Positions stay valid: adding a mark never moves text.
    transform.addMark(range[0], range[1], schema.mark(MARK.pointAnchor, { pointId }));
    placed.push({ pointId, where: same ? 'same' : 'start' });
  }
  const out = transform.doc.toJSON() as PMJSON;
  return { nodes: out.content ?? [], placed };
}
