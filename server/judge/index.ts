import { RefusalReason, YDOC } from '../../shared/protocol.ts';
import type { CollabJudge } from '../collab/types.ts';
import { judgeBody } from './body.ts';
import { guardEdges } from './edges.ts';
import { type AnyType, Breach, rootOf } from './elements.ts';
import { judgeFields, META_RULE, MOVES_RULE } from './fields.ts';
import { repairDocument } from './repair.ts';
import { judgeStamps, judgeSuggester, prepareSuggestions } from './suggestions.ts';

export { Breach } from './elements.ts';
export { readBody } from './read.ts';
export { repairDocument } from './repair.ts';

/**
 * The rules of an agreement's Y.Doc, applied by the collaboration server to every client
 * change before it is logged or sent on: the body keeps the editor's schema (shared/schema)
 * with unique ids, the metadata holds form fields, the moves map records of moves, and nothing
 * else is written. A refused change names its reason; what a client may change is decided by
 * the room before (read-only, locked); a suggest-only connection may change suggestions alone
 * (suggestions.ts), and nobody may write a suggestion in someone else's name. Right after an
 * accepted change, text that concurrency left inside someone else's suggestion is taken out
 * of it (edges.ts).
 */
export function agreementJudge(log?: { warn: (obj: object, msg?: string) => void }): CollabJudge {
  return {
    judge({ document, transaction, identity }) {
      const body = document.getXmlFragment(YDOC.body);
      const meta = document.getMap(YDOC.meta);
      const moves = document.getMap(YDOC.moves);
      const inBody: [AnyType, Set<string | null>][] = [];
      try {
        for (const [type, keys] of transaction.changed) {
          const root = rootOf(type);
          if (root === body) inBody.push([type, keys]);
          else if (type === (meta as AnyType)) judgeFields(meta, keys, META_RULE);
          else if (type === (moves as AnyType)) judgeFields(moves, keys, MOVES_RULE);
          else
            throw new Breach(
              RefusalReason.invalid,
              root === (meta as AnyType) || root === (moves as AnyType)
                ? 'a shared type inside a map'
                : 'an unknown shared type',
            );
        }
        if (inBody.length > 0) judgeBody(body, moves, inBody, transaction);
        judgeStamps(document, transaction, identity);
        if (identity.suggestOnly) judgeSuggester(document, transaction, identity);
        return null;
      } catch (err) {
        if (!(err instanceof Breach)) throw err;
        log?.warn({ breach: err.message }, 'document change refused');
        return err.reason;
      }
    },
    beforeApply: ({ document, identity }) => prepareSuggestions(document, identity),
    follow: ({ document, transaction, identity }) => guardEdges(document, transaction, identity),
    repair: (document) => repairDocument(document, log),
  };
}
