import type { Language } from '../i18n/index.ts';
import { accessEnded } from './accessEnd.ts';
import { trackBusy } from './busy.ts';
import { keepOfflineCopy, offlineCopy } from './offlineCopy.ts';

/**
 * An API failure in the shape every route answers with (`{ error: { id, message, messageEn } }`);
 * network failures and bodies of another shape get id `network` or `http.<status>`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    readonly messageId: string,
    readonly messageEn: string,
    readonly field?: string,
    /** What the route says beyond its message (e.g. the text a stale suggestion's decision removes). */
    readonly details?: unknown,
  ) {
    super(messageEn || messageId || id);
  }

  /** The server's own words, in the interface language. */
  text(language: Language): string {
    return language === 'en' ? this.messageEn || this.messageId : this.messageId || this.messageEn;
  }
}

/**
 * JSON request to our own API with the session cookie. Resolves with the parsed body,
 * rejects with an {@link ApiError}.
 */
export function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  return trackBusy(() => request<T>(method, path, body));
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    // Unreachable server: the editor's screens can still open from their last answers.
    const kept = method === 'GET' ? await offlineCopy(path) : undefined;
    if (kept !== undefined) return kept as T;
    throw new ApiError(0, 'network', '', '');
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) throw failure(response.status, data, path);
  if (method === 'GET') void keepOfflineCopy(path, data);
  return data as T;
}

/**
 * The {@link ApiError} of a failed answer (`data`: its parsed body, if any). A 401 means the
 * session is over (except a refused login, which had none): the tab is signed out.
 */
export function failure(status: number, data: unknown, path: string): ApiError {
  if (status === 401 && path !== '/api/auth/login') accessEnded('signed-out');
  const body = data as { error?: Record<string, unknown>; message?: unknown } | null;
  const error = body?.error;
  if (error && typeof error === 'object' && typeof error.id === 'string') {
    return new ApiError(
      status,
      error.id,
      String(error.message ?? ''),
      String(error.messageEn ?? ''),
      error.field as string | undefined,
      error.details,
    );
  }
  // e.g. the rate limiter's own 429 body: keep its message if it has one.
  const message = typeof body?.message === 'string' ? body.message : '';
  return new ApiError(status, `http.${status}`, message, message);
}

/**
 * Sends a file as multipart/form-data (the JSON helper cannot). Resolves with the parsed body,
 * or null for an empty answer (204); rejects with an {@link ApiError}.
 */
export function upload<T>(method: string, path: string, form: FormData): Promise<T | null> {
  return trackBusy(() => sendForm<T>(method, path, form));
}

async function sendForm<T>(method: string, path: string, form: FormData): Promise<T | null> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      body: form,
    });
  } catch {
    throw new ApiError(0, 'network', '', '');
  }
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw failure(response.status, data, path);
  return data as T | null;
}
