import type * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import type { DocumentMeta } from '../../shared/meta.ts';
import { docToJSON } from '../collab/convert.ts';
import type { AppContext } from '../context.ts';
import { type DocumentRecord, findDocument } from '../db/repos/documents.ts';
import { notFound } from '../errors/index.ts';

/**
 * The document at one instant: its row, its content as ProseMirror JSON (made when first read,
 * so read it before changing the Y.Doc), and the live Y.Doc.
 */
export interface LiveDocument {
  record: DocumentRecord;
  body: PMJSON;
  meta: DocumentMeta;
  ydoc: Y.Doc;
}

/**
 * Runs `decide` on the server's own copy of a document, inside one Y.Doc transaction: no
 * client update can land between reading the text and recording what was decided on it (an
 * approval of a hash, a status change), since the SQLite writes in `decide` are synchronous.
 * Changes `decide` makes to the Y.Doc are logged as `userId`'s. Errors thrown by `decide` are
 * rethrown after the transaction, so the room is released normally.
 */
export async function decideOnLiveDocument<T>(
  ctx: Pick<AppContext, 'db' | 'collab'>,
  documentId: string,
  decide: (live: LiveDocument) => T,
  opts: { userId?: string | null } = {},
): Promise<T> {
  const outcome = await ctx.collab.withDocument(
    documentId,
    (ydoc): { value: T } | { error: unknown } => {
      try {
        const record = findDocument(ctx.db, documentId);
        if (!record) throw notFound('document');
        // The JSON is made only if `decide` reads it: marking a point's words needs the Y.Doc alone.
        let content: ReturnType<typeof docToJSON> | null = null;
        const read = () => (content ??= docToJSON(ydoc));
        const live: LiveDocument = {
          record,
          ydoc,
          get body() {
            return read().body;
          },
          get meta() {
            return read().meta;
          },
        };
        return { value: decide(live) };
      } catch (error) {
        return { error };
      }
    },
    opts,
  );
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}
