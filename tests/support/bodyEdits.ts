// Edits of a document body as an editor makes them: the client's Y.Doc is changed through
// y-tiptap's `updateYFragment` (what the ProseMirror binding runs on every local change), so
// the stock WebsocketProvider sends exactly the kind of update a browser would.
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { YDOC } from '../../shared/protocol.ts';
import { agreementSchema, moveTopLevel } from '../../shared/schema/index.ts';

/** The body of a client's Y.Doc as ProseMirror JSON. */
export function bodyOf(doc: Y.Doc): PMJSON {
  return yXmlFragmentToProseMirrorRootNode(
    doc.getXmlFragment(YDOC.body),
    agreementSchema(),
  ).toJSON() as PMJSON;
}

/** Replaces the body with `change(body)` (checked against the schema first), as a minimal Y diff. */
export function editBody(doc: Y.Doc, change: (body: PMJSON) => PMJSON): void {
  writeBody(doc, change(structuredClone(bodyOf(doc))));
}

function writeBody(doc: Y.Doc, body: PMJSON): void {
  const node = agreementSchema().nodeFromJSON(body);
  node.check();
  updateYFragment(doc, doc.getXmlFragment(YDOC.body), node, { mapping: new Map(), isOMark: new Map() });
}

/** `n` people's copies of one document holding `body`, in sync (no server between them). */
export function copiesOf(body: PMJSON, n: number): Y.Doc[] {
  const first = new Y.Doc();
  writeBody(first, body);
  const docs = [first];
  for (let i = 1; i < n; i++) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(first));
    docs.push(doc);
  }
  return docs;
}

/** Lets every copy receive what it lacks, until nothing more is sent (an observer may send more). */
export function syncAll(...docs: Y.Doc[]): void {
  const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
  for (let round = 0; round < 5; round++) {
    let sent = false;
    for (const from of docs)
      for (const to of docs) {
        if (from === to) continue;
        const before = Y.encodeStateVector(to);
        Y.applyUpdate(to, Y.encodeStateAsUpdate(from, before));
        if (!same(before, Y.encodeStateVector(to))) sent = true;
      }
    if (!sent) return;
  }
  throw new Error('copies did not settle');
}

/** Ids of the body's top-level nodes, in order. */
export const topLevelIds = (doc: Y.Doc) => (bodyOf(doc).content ?? []).map((n) => n.attrs?.id);

/** Clause `id` of the body as JSON text (to compare exactly or look for words in). */
export const clauseJSON = (doc: Y.Doc, id: string) =>
  JSON.stringify((bodyOf(doc).content ?? []).find((n) => n.attrs?.id === id));

const text = (t: string): PMJSON => ({ type: 'text', text: t });

/** A paragraph; strings are text, objects inline nodes (e.g. {@link ref}). */
export const paragraph = (...parts: (string | PMJSON)[]): PMJSON => ({
  type: 'paragraph',
  content: parts.map((p) => (typeof p === 'string' ? text(p) : p)),
});

/** A new clause with a heading and paragraphs. */
export const clause = (id: string, heading: string, ...blocks: PMJSON[]): PMJSON => ({
  type: 'clause',
  attrs: { id },
  content: [{ type: 'clauseHeading', content: [text(heading)] }, ...blocks],
});

/** A cross-reference to a clause (and optionally one of its ayat). */
export const ref = (clauseId: string, ayat: string | null = null): PMJSON => ({
  type: 'clauseRef',
  attrs: { clauseId, ayat },
});

const indexOfClause = (body: PMJSON, id: string) => {
  const i = (body.content ?? []).findIndex((n) => n.type === 'clause' && n.attrs?.id === id);
  if (i < 0) throw new Error(`no clause ${id}`);
  return i;
};

/** Inserts `node` right after the clause `afterId`. */
export const insertAfter = (afterId: string, node: PMJSON) => (body: PMJSON) => {
  body.content!.splice(indexOfClause(body, afterId) + 1, 0, node);
  return body;
};

/** Moves clause `id` to just before clause `beforeId` in the Y.Doc, as the editor does (`moveTopLevel`). */
export function moveClause(doc: Y.Doc, id: string, beforeId: string): void {
  const fragment = doc.getXmlFragment(YDOC.body);
  const ids = fragment.toArray().map((n) => (n instanceof Y.XmlElement ? n.getAttribute('id') : null));
  const index = (want: string) => {
    const i = ids.indexOf(want);
    if (i < 0) throw new Error(`no clause ${want}`);
    return i;
  };
  moveTopLevel(fragment, index(id), index(beforeId));
}

/** Deletes clause `id`. */
export const deleteClause = (id: string) => (body: PMJSON) => {
  body.content!.splice(indexOfClause(body, id), 1);
  return body;
};

/** Appends a block (default: a paragraph of `words`) at the end of clause `id`. */
export const appendToClause = (id: string, block: PMJSON | string) => (body: PMJSON) => {
  const node = body.content![indexOfClause(body, id)];
  node!.content!.push(typeof block === 'string' ? paragraph(block) : block);
  return body;
};
