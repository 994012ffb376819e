import type { z } from 'zod';
import type { actionListResponseSchema, actionResponseSchema } from '../../shared/api/actions.ts';
import type { clauseLibraryListResponseSchema } from '../../shared/api/clauseLibrary.ts';
import type { liaisonListResponseSchema, liaisonResponseSchema } from '../../shared/api/liaisons.ts';
import type {
  meetingListResponseSchema,
  meetingResponseSchema,
  minutesResponseSchema,
} from '../../shared/api/meetings.ts';
import type {
  pointListResponseSchema,
  pointResponseSchema,
  replyResponseSchema,
} from '../../shared/api/points.ts';
import type { ApiResponse, TestServer } from './server.ts';

// Response types `shared/api` declares as schemas only.
export type ActionResponse = z.infer<typeof actionResponseSchema>;
export type ActionListResponse = z.infer<typeof actionListResponseSchema>;
export type ClauseLibraryListResponse = z.infer<typeof clauseLibraryListResponseSchema>;
export type LiaisonResponse = z.infer<typeof liaisonResponseSchema>;
export type LiaisonListResponse = z.infer<typeof liaisonListResponseSchema>;
export type MeetingResponse = z.infer<typeof meetingResponseSchema>;
export type MeetingListResponse = z.infer<typeof meetingListResponseSchema>;
export type MinutesResponse = z.infer<typeof minutesResponseSchema>;
export type PointResponse = z.infer<typeof pointResponseSchema>;
export type PointListResponse = z.infer<typeof pointListResponseSchema>;
export type ReplyResponse = z.infer<typeof replyResponseSchema>;

/** Who calls the REST API: a server and a session cookie (none: signed out). */
export interface Caller {
  readonly server: TestServer;
  readonly cookie?: string;
}

/** The HTTP methods the REST API answers. */
export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * A JSON call to the REST API whose answer the test reads as `T`: the route's response type,
 * `z.infer` of its schema in `shared/api` (`api<ErrorBody>` for a refusal). The body is what
 * the server sent, not parsed by the schema, since the test asserts on it.
 */
export function api<T>(
  caller: Caller,
  method: Method,
  path: string,
  body?: unknown,
): Promise<ApiResponse<T>> {
  return caller.server.api<T>(path, { method, cookie: caller.cookie, body });
}

/**
 * A GET that must succeed: fails with the server's answer unless it is 200, and returns the
 * body read as `T` (as {@link api} does).
 */
export async function read<T>(caller: Caller, path: string): Promise<T> {
  const res = await api<T>(caller, 'GET', path);
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
