import { prosemirrorToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import type { DocumentMeta } from '../../shared/meta.ts';
import { YDOC } from '../../shared/protocol.ts';
import { agreementSchema } from '../../shared/schema/index.ts';
import { readBody } from '../judge/read.ts';

/**
 * A fresh Y.Doc holding `body` in XmlFragment "body" and `meta` in Map "meta". The body is
 * checked against the agreement schema first (`Node.check()`), so invalid JSON throws here
 * rather than being silently dropped by the binding.
 */
export function buildDocument(body: PMJSON, meta: DocumentMeta): Y.Doc {
  const node = agreementSchema().nodeFromJSON(body);
  node.check();
  const ydoc = new Y.Doc();
  ydoc.transact(() => {
    prosemirrorToYXmlFragment(node, ydoc.getXmlFragment(YDOC.body));
    const map = ydoc.getMap<string>(YDOC.meta);
    for (const [key, value] of Object.entries(meta)) map.set(key, value);
  });
  return ydoc;
}

/**
 * The document as plain data: the body as ProseMirror JSON and the meta fields. Never fails
 * and never changes the Y.Doc: content outside the schema (an old state, old data) is read as
 * plain paragraphs of its text (`readBody`).
 */
export function docToJSON(ydoc: Y.Doc): { body: PMJSON; meta: DocumentMeta } {
  const meta: DocumentMeta = {};
  for (const [key, value] of ydoc.getMap(YDOC.meta).entries()) {
    if (typeof value === 'string') meta[key] = value;
  }
  return { body: readBody(ydoc.getXmlFragment(YDOC.body)), meta };
}
