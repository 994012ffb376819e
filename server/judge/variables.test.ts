import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { collabTestbed, paragraphText, snapshot, storedSnapshot, waitFor } from '../collab/testing.ts';
import { agreementJudge } from './index.ts';

const bed = collabTestbed();
const xml = (doc: Y.Doc) => doc.getXmlFragment('body').toString();

/** A variable chip appended to the first paragraph, with `name` if given. */
function addVariable(doc: Y.Doc, name?: unknown) {
  const el = new Y.XmlElement('variable');
  if (name !== undefined) el.setAttribute('name', name as string);
  const paragraph = paragraphText(doc, 0)!.parent as Y.XmlElement;
  paragraph.insert(paragraph.length, [el]);
}

describe('the judge and a master PKS’s variables', () => {
  it('takes a variable of the list: it reaches the other editor and is stored', async () => {
    const { t, id, clients } = await bed.open(['ed-alice', 'ed-budi'], { judge: agreementJudge() });
    const [a, b] = clients;
    addVariable(a.doc, 'opdName');
    await waitFor(() => xml(b.doc).includes('<variable name="opdName">'), 'the chip reaches Budi');
    t.server.flush();
    expect(storedSnapshot(t.store, id)).toBe(snapshot(a.doc));
    expect(a.closes).toEqual([]);
  });

  it.each([
    ['a forged name', 'namaPalsu'],
    ['a name that is not text', { x: 1 }],
    ['no name', undefined],
  ])('refuses %s; the stored text and the other editor are untouched', async (_what, name) => {
    const { t, id, clients } = await bed.open(['ed-alice', 'ed-mallory'], { judge: agreementJudge() });
    const [a, mallory] = clients;
    const before = storedSnapshot(t.store, id);
    addVariable(mallory.doc, name);
    await waitFor(() => mallory.closes.includes(4422), 'refused');
    expect(mallory.reasons[0]).toBe('invalid');
    t.server.flush();
    expect(storedSnapshot(t.store, id)).toBe(before);
    expect(xml(a.doc)).not.toContain('<variable');
    expect(a.closes).toEqual([]);
  });
});
