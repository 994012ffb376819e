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
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Largest single WebSocket message the server accepts (bytes). */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
/** Largest encoded document state the server accepts (bytes). */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

/**
 * Names of the shared types inside every document's Y.Doc. `moves` holds, per moved Pasal, what
 * its mover had seen (shared/editor/moveTopLevel.ts), so that words typed in it meanwhile follow it.
 */
export const YDOC = { body: 'body', meta: 'meta', moves: 'moves' } as const;
