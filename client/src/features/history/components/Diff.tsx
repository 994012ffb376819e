import type { CSSProperties } from 'react';
import type { WordOp } from '../api.ts';

/**
 * A word-level diff as a redline: inserted words underlined, deleted ones struck through, in
 * the colour of the person who made them (`color`), so authors can be told apart at a glance;
 * <ins>/<del> tell screen readers too, so colour is never the only signal.
 */
export function Diff({ ops, color }: { ops: WordOp[]; color?: string | null }) {
  const style = color ? ({ '--author': color } as CSSProperties) : undefined;
  return (
    <p className="redline" style={style}>
      {ops.map((op, i) => {
        const key = `${i}-${op.op}`;
        if (op.op === 'insert') return <ins key={key}>{op.text}</ins>;
        if (op.op === 'delete') return <del key={key}>{op.text}</del>;
        return <span key={key}>{op.text}</span>;
      })}
    </p>
  );
}
