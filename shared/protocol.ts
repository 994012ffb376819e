/**
 * WebSocket close codes of the collaboration server (`/collab/:documentId`), shared by the
 * server, the client and the tests. 4000–4999 is the application range of RFC 6455.
 */
export const CloseCode = {
  unauthorised: 4401,
  forbidden: 4403,
  notFound: 4404,
  tooLarge: 4413,
  badMessage: 4400,
  /** The server is shutting down or unloading the room; clients should reconnect. */
  goingAway: 1001,
  /** The server could not store an update (disk full, read-only data folder). */
  storageFailed: 4507,
  /**
   * The server refused an update (the reason is the close reason, one of {@link RefusalReason}).
   * Nothing of it was stored or sent on; the client discards its local changes and loads the
   * server's state again before it reconnects.
   */
  refused: 4422,
  /** Too many refused updates from this person on this document lately: wait, then try again. */
  slowDown: 4429,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/**
 * Why an update was refused (the close reason of {@link CloseCode.refused}). Stable ids: the
 * client shows a message per reason.
 */
export const RefusalReason = {
  /** The change leaves the document outside its schema (unknown node, node in the wrong place, bad attribute). */
  invalid: 'invalid',
  /** The change gives a Pasal, BAB or ayat the id of another one. */
  duplicateId: 'duplicate-id',
  /** The document is final or signed: no change is taken. */
  locked: 'locked',
  /** The connection may read only (viewer, commenter). */
  readOnly: 'read-only',
  /** The change would make the document larger than the server keeps. */
  tooLarge: 'too-large',
  /** The document has received more changes than its quota for the time being. */
  quota: 'quota',
  /** The change builds on changes the server does not have. */
  missingDependencies: 'missing-dependencies',
  /**
   * The connection may only suggest, and the change altered the accepted text, another
   * author's suggestion or the document's settings; or, from anyone, it carried a malformed
   * suggestion or one in another person's or party's name.
   */
  suggestion: 'suggestion',
} as const;
export type RefusalReason = (typeof RefusalReason)[keyof typeof RefusalReason];

/** Largest single WebSocket message the server accepts (bytes). */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
/** Largest encoded document state the server accepts (bytes). */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

/**
 * Names of the shared types inside every document's Y.Doc. `moves` holds, per moved Pasal, what
 * its mover had seen (shared/schema/moveTopLevel.ts), so that words typed in it meanwhile follow it.
 */
export const YDOC = { body: 'body', meta: 'meta', moves: 'moves' } as const;
