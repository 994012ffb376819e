export { SLOW_CONSUMER } from './connection.ts';
export { buildDocument, docToJSON } from './convert.ts';
export { REFUSED_TRANSACTION } from './room.ts';
export { CollabServer, type CollabServerOptions, type CollabStats } from './server.ts';
export {
  createDocumentState,
  type LoadedState,
  type LoggedUpdate,
  type NewUpdate,
  UpdateStore,
} from './store.ts';
export {
  CollabAuthError,
  type CollabExtension,
  type CollabHooks,
  type CollabIdentity,
  type CollabJudge,
  type CollabLimits,
  type CollabLog,
  DEFAULT_LIMITS,
} from './types.ts';
