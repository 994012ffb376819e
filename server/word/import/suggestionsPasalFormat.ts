import { MARK, NODE } from '../../../shared/schema/names.ts';
import { FORMAT_MARKS } from '../../../shared/suggestions/index.ts';
import { locate, type Shared } from './suggestionsDiff.ts';
import {
  applied,
  isHeading,
  joined,
  type PasalMerge,
  positionOf,
  ready,
  unitAt,
  unsupported,
} from './suggestionsPasalContext.ts';

/** A stretch of one block whose formatting the file changes the same way. */
interface Run {
  k: number;
  from: number;
  to: number;
  add: string[];
  remove: string[];
  /** The file paragraph it is in. */
  t: number;
  tracked: boolean;
}

/** Bold, italic or underline the file shows otherwise than the version on text both share (`stretches`). */
export function writeFormatChanges(m: PasalMerge, stretches: Shared[]): void {
  const { lengths, theirsLengths, theirs } = m;
  const runs: Run[] = [];
  for (const s of stretches) {
    for (let i = 0; i < s.length; i++) {
      const { index: k, offset: o } = locate(lengths, s.base + i);
      if (o >= lengths[k]!) continue;
      const unit = unitAt(m, k, o);
      if (!unit || unit.node.type !== NODE.text) continue;
      const { index: j, offset: to } = locate(theirsLengths, s.theirs + i);
      const f = theirs[j]?.formats.find((x) => x.from <= to && to < x.to);
      if (!f) continue;
      const heading = isHeading(m, k);
      // A Pasal heading prints bold whatever its marks say.
      const counts = (mark: string) => FORMAT_MARKS.includes(mark) && !(heading && mark === MARK.bold);
      const want = f.marks.filter(counts);
      const have = (unit.node.marks ?? []).map((x) => x.type).filter(counts);
      const add = want.filter((x) => !have.includes(x));
      const remove = have.filter((x) => !want.includes(x));
      if (!add.length && !remove.length) continue;
      const last = runs[runs.length - 1];
      if (
        last &&
        last.k === k &&
        last.to === o &&
        last.add.join() === add.join() &&
        last.remove.join() === remove.join()
      )
        last.to = o + 1;
      else runs.push({ k, from: o, to: o + 1, add, remove, t: j, tracked: f.changedBy !== null });
    }
  }
  const schema = m.writer.original.type.schema;
  for (const run of runs) {
    const ts = theirs.slice(run.t, run.t + 1);
    if (!ready(m, [run.k], joined(ts), ts)) continue;
    const a = positionOf(m, run.k, run.from);
    const b = positionOf(m, run.k, run.to);
    if (a === null || b === null) continue;
    const ids = m.writer.suggest((tr, map) => {
      const [x, y] = [map(a, 1), map(b, -1)];
      for (const mark of run.add) tr.addMark(x, y, schema.marks[mark]!.create());
      for (const mark of run.remove) tr.removeMark(x, y, schema.marks[mark]!);
    });
    const text = m.base[run.k]!.text.slice(run.from, run.to);
    if (ids === null) unsupported(m, 'formatting', text, ts);
    else applied(m, 'format', [run.k], ts, ids, [{ removed: text, added: text }], run.tracked);
  }
}
