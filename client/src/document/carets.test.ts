import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { othersOnly } from './carets.ts';

describe('othersOnly', () => {
  it('tells change listeners of others’ states only, and lets them go again', () => {
    const mine = new Awareness(new Y.Doc());
    const theirs = new Awareness(new Y.Doc());
    const seen: number[][] = [];
    const listener = ({ added, updated }: { added: number[]; updated: number[] }) =>
      seen.push([...added, ...updated]);
    const filtered = othersOnly(mine);
    filtered.on('change', listener);

    mine.setLocalStateField('cursor', { anchor: 1, head: 1 });
    expect(seen).toEqual([]);
    theirs.setLocalStateField('cursor', { anchor: 2, head: 2 });
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'remote');
    expect(seen).toEqual([[theirs.clientID]]);
    // Everything else is the awareness itself.
    expect(filtered.clientID).toBe(mine.clientID);
    expect(filtered.getStates().get(theirs.clientID)).toEqual({ cursor: { anchor: 2, head: 2 } });

    filtered.off('change', listener);
    theirs.setLocalStateField('cursor', { anchor: 3, head: 3 });
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'remote');
    expect(seen).toHaveLength(1);
  });
});
