import type { CSSProperties } from 'react';
import type { WordOp } from '../api.ts';

/**
 * A word-level diff as a redline: inserted words underlined, deleted ones struck through, in
 * the colour of the person who made them (`color`), so authors can be told apart at a glance;
 * <ins>/<del> tell screen readers too, so colour is never the only signal.
 */
export function Diff({ ops, color, context }: { ops: WordOp[]; color?: string | null; context?: number }) {
  const style = color ? ({ '--author': color } as CSSProperties) : undefined;
  return (
    <p className="redline" style={style}>
      {(context ? shorten(ops, context) : ops).map((op, i) => {
        const key = `${i}-${op.op}`;
        if (op.op === 'insert') return <ins key={key}>{op.text}</ins>;
        if (op.op === 'delete') return <del key={key}>{op.text}</del>;
        return <span key={key}>{op.text}</span>;
      })}
    </p>
  );
}

/**
 * The diff with long unchanged stretches cut to `context` characters around each change
 * ("…" marks a cut), for narrow places such as the side panel.
 */
export function shorten(ops: WordOp[], context: number): WordOp[] {
  return ops.map((op, i) => {
    if (op.op !== 'equal' || op.text.length <= context * 2) return op;
    const head = i > 0 ? op.text.slice(0, context) : '';
    const tail = i < ops.length - 1 ? op.text.slice(-context) : '';
    return { op: 'equal', text: `${head}…${tail}` };
  });
}
