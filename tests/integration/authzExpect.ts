import { CALLERS, type Caller, type World } from './authzWorld.ts';

/** The request one caller makes to an endpoint. */
export interface Call {
  path: string;
  body?: unknown;
  /** A multipart body instead of JSON. */
  form?: FormData;
  /** Only the status and headers are read, then the connection is dropped (event streams). */
  stream?: boolean;
  /** A cookie of its own (e.g. a throwaway session for logout); default: the caller's. */
  cookie?: string | null;
}

/** One row of the matrix: an endpoint as listed in /api/openapi.json and the status each caller gets. */
export interface Row {
  endpoint: string;
  expect: Record<Caller, number>;
  call(w: World, caller: Caller): Promise<Call> | Call;
}

export type Statuses = Record<Caller, number>;
export const ROLE_RANK = { viewer: 0, commenter: 1, suggester: 2, editor: 3, owner: 4 } as const;
/** otherParty is an editor of party 2 (the demo's Pemkot). */
export const RANK: Record<Exclude<Caller, 'anonymous' | 'nonMember'>, number> = {
  viewer: 0,
  commenter: 1,
  suggester: 2,
  editor: 3,
  owner: 4,
  otherParty: 3,
};

/** Anyone, signed in or not. */
export const everyone = (status: number): Statuses =>
  Object.fromEntries(CALLERS.map((c) => [c, status])) as Statuses;
/** Any signed-in user; anonymous 401. */
export const signedIn = (status: number): Statuses => ({ ...everyone(status), anonymous: 401 });
/**
 * Members with at least `role` get `status`, weaker members 403, outsiders 404 (the
 * cooperation, document or record is not revealed to them), anonymous 401.
 */
export const atLeast = (role: keyof typeof ROLE_RANK, status: number): Statuses => {
  const out = { anonymous: 401, nonMember: 404 } as Statuses;
  for (const [caller, rank] of Object.entries(RANK)) {
    out[caller as Caller] = rank >= ROLE_RANK[role] ? status : 403;
  }
  return out;
};
export const members = (status: number) => atLeast('viewer', status);

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const today = () => new Date().toISOString().slice(0, 10);
