import { Fragment, Slice } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import type { ReplaceStep } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { agreementSchema } from '../../../shared/schema/extensions.ts';
import { clause, doc, p } from './fixtures.ts';
import { replaceChangedTopLevel } from './remoteChanges.ts';

describe('replaceChangedTopLevel', () => {
  const start = doc(
    clause('a', 'SATU', p('satu')),
    clause('b', 'DUA', p('dua')),
    clause('c', 'TIGA', p('tiga')),
  );
  const whole = (children: ReturnType<typeof doc>[]) => new Slice(Fragment.from(children), 0, 0);
  const run = (children: ReturnType<typeof doc>[]) => {
    const tr = EditorState.create({ doc: start, schema: agreementSchema() }).tr;
    const out = replaceChangedTopLevel(tr, 0, start.content.size, whole(children), tr.replace);
    return out;
  };

  it('replaces only the top-level nodes that are not the same objects, reaching the same document', () => {
    const b = doc(clause('b', 'DUA', p('dua diketik'))).child(0);
    const tr = run([start.child(0), b, start.child(2)])!;
    expect(
      tr.doc.eq(
        doc(
          clause('a', 'SATU', p('satu')),
          clause('b', 'DUA', p('dua diketik')),
          clause('c', 'TIGA', p('tiga')),
        ),
      ),
    ).toBe(true);
    expect(tr.steps).toHaveLength(1);
    const step = tr.steps[0] as ReplaceStep;
    expect([step.from, step.to]).toEqual([
      start.child(0).nodeSize,
      start.child(0).nodeSize + start.child(1).nodeSize,
    ]);
    // The untouched Pasal are the very nodes given, not copies.
    expect(tr.doc.child(0)).toBe(start.child(0));
    expect(tr.doc.child(1)).toBe(b);
    expect(tr.doc.child(2)).toBe(start.child(2));
  });

  it('writes nothing when every node is the same, and takes removals and insertions', () => {
    expect(run([start.child(0), start.child(1), start.child(2)])!.steps).toHaveLength(0);
    const removed = run([start.child(0), start.child(2)])!;
    expect(removed.doc.childCount).toBe(2);
    expect(removed.doc.child(1)).toBe(start.child(2));
    const added = doc(clause('d', 'EMPAT', p('baru'))).child(0);
    const inserted = run([start.child(0), added, start.child(1), start.child(2)])!;
    expect(inserted.doc.childCount).toBe(4);
    expect(inserted.doc.child(1)).toBe(added);
  });
});
