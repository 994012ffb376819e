import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { ProsemirrorBinding, updateYFragment, ySyncPlugin } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { agreementSchema } from '../../../shared/editor/extensions.ts';
import { YDOC } from '../../../shared/protocol.ts';
import { clause, editBody, insertAfter, paragraph } from '../../../tests/support/bodyEdits.ts';
import { keepNodesOnRemoteTyping } from './remoteTyping.ts';

keepNodesOnRemoteTyping();

/**
 * y-tiptap's binding driven as the editor drives it, without a browser: the view is the
 * smallest object the binding uses (state, dispatch, focus).
 */
function boundEditor(doc: Y.Doc) {
  const fragment = doc.getXmlFragment(YDOC.body);
  const view = {
    state: EditorState.create({ schema: agreementSchema(), plugins: [ySyncPlugin(fragment)] }),
    dispatch(tr: Transaction) {
      view.state = view.state.apply(tr);
    },
    hasFocus: () => false,
  };
  const binding = new ProsemirrorBinding(fragment);
  binding.initView(view);
  binding._forceRerender();
  return view;
}

const three = {
  type: 'doc',
  content: [1, 2, 3].map((i) => clause(`c${i}`, `JUDUL ${i}`, paragraph(`isi pasal ${i}`))),
};

function twoDocs() {
  const remote = new Y.Doc();
  const node = agreementSchema().nodeFromJSON(three);
  updateYFragment(remote, remote.getXmlFragment(YDOC.body), node, { mapping: new Map(), isOMark: new Map() });
  const local = new Y.Doc();
  Y.applyUpdate(local, Y.encodeStateAsUpdate(remote));
  const send = () => Y.applyUpdate(local, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(local)));
  return { remote, local, send };
}

const children = (doc: PMNode) => Array.from({ length: doc.childCount }, (_, i) => doc.child(i));

describe('keepNodesOnRemoteTyping', () => {
  it('a remote keystroke rebuilds only the clause typed in: the others stay the same nodes', () => {
    const { remote, local, send } = twoDocs();
    const view = boundEditor(local);
    const before = children(view.state.doc);
    editBody(remote, (doc) => {
      doc.content![1].content![1] = paragraph('isi pasal 2 diketik');
      return doc;
    });
    send();
    const after = children(view.state.doc);
    expect(after[1].textContent).toContain('isi pasal 2 diketik');
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    expect(after[1]).not.toBe(before[1]);
  });

  it('a remote structural change still redraws in full, and the text is right', () => {
    const { remote, local, send } = twoDocs();
    const view = boundEditor(local);
    editBody(remote, insertAfter('c1', clause('c9', 'BARU', paragraph('pasal baru'))));
    send();
    expect(children(view.state.doc).map((n) => n.attrs.id)).toEqual(['c1', 'c9', 'c2', 'c3']);
    expect(view.state.doc.textContent).toContain('pasal baru');
  });
});
