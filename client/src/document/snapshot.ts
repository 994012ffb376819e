import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import type { PMJSON } from '../../../shared/clauses.ts';
import type { DocumentMeta } from '../../../shared/meta.ts';
import { YDOC } from '../../../shared/protocol.ts';
import { agreementSchema } from '../../../shared/schema/index.ts';

/** What a copy of a document holds, as plain data: the body as ProseMirror JSON and the meta fields. */
export interface DocumentSnapshot {
  body: PMJSON;
  meta: DocumentMeta;
}

/**
 * The content of `ydoc` as plain data, read the way the editor reads it (through the agreement
 * schema). A body the schema cannot read yields an empty body rather than an exception: the
 * snapshot serves a notice, and must never stop the editor from loading the server's state.
 */
export function snapshotOf(ydoc: Y.Doc): DocumentSnapshot {
  let body: PMJSON = { type: 'doc', content: [] };
  try {
    const root = yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(YDOC.body), agreementSchema());
    body = root.toJSON() as PMJSON;
  } catch {
    // keep the empty body
  }
  const meta: DocumentMeta = {};
  for (const [key, value] of ydoc.getMap(YDOC.meta).entries()) {
    if (typeof value === 'string') meta[key] = value;
  }
  return { body, meta };
}
