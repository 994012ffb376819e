import type { UserDTO, UserResponse } from '../../../../shared/api/auth.ts';
import { api } from '../../app/http.ts';

export type User = UserDTO;

/** `POST /api/auth/login`: sets the session cookie. */
export const login = (username: string, password: string) =>
  api<UserResponse>('POST', '/api/auth/login', { username, password }).then((r) => r.user);

/** `POST /api/auth/logout`. */
export const logout = () => api<unknown>('POST', '/api/auth/logout', {});

/** `GET /api/me`: the signed-in user, or a 401. */
export const fetchMe = () => api<UserResponse>('GET', '/api/me').then((r) => r.user);

/**
 * `POST /api/auth/password`: 403 `auth.wrong_password` when the current password is wrong, 429
 * past the login limits. The session that asks stays; every other session of the person ends.
 */
export const changePassword = (currentPassword: string, newPassword: string) =>
  api<unknown>('POST', '/api/auth/password', { currentPassword, newPassword });
