import { RefusalReason, YDOC } from '../../shared/protocol.ts';
import type { CollabJudge } from '../collab/types.ts';
import { judgeBody } from './body.ts';
import { type AnyType, Breach } from './elements.ts';
import { judgeFields, META_RULE, MOVES_RULE } from './fields.ts';
import { repairDocument } from './repair.ts';

export { Breach } from './elements.ts';
export { readBody } from './read.ts';
export { repairDocument } from './repair.ts';

/** The root shared type a type belongs to. */
function rootOf(type: AnyType): AnyType {
  let t = type;
  while (t._item) t = t._item.parent as AnyType;
  return t;
}

/**
 * The rules of an agreement's Y.Doc, applied by the collaboration server to every client
 * change before it is logged or sent on: the body keeps the editor's schema (shared/schema)
 * with unique ids, the metadata holds form fields, the moves map records of moves, and nothing
 * else is written. A refused change names its reason; what a client may change is decided by
 * the room before (read-only, locked), so a mode that allows only some changes (suggestions)
 * adds its rule here, by the identity.
 */
export function agreementJudge(log?: { warn: (obj: object, msg?: string) => void }): CollabJudge {
  return {
    judge({ document, transaction }) {
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
        return null;
      } catch (err) {
        if (!(err instanceof Breach)) throw err;
        log?.warn({ breach: err.message }, 'document change refused');
        return err.reason;
      }
    },
    repair: (document) => repairDocument(document, log),
  };
}
