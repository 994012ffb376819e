import { AppError } from './appError.ts';

/** 401 `auth.unauthorised`: no session, or one that has ended. */
export const unauthorised = () =>
  new AppError('auth.unauthorised', 401, 'Silakan masuk terlebih dahulu.', 'Please sign in first.');

/** 401 `auth.invalid_credentials`: never says which of the two was wrong. */
export const invalidCredentials = () =>
  new AppError(
    'auth.invalid_credentials',
    401,
    'Nama pengguna atau kata sandi salah.',
    'Wrong username or password.',
  );

/** 403; pass an id and messages for a specific refusal (e.g. `approval.forbidden`). */
export const forbidden = (
  id = 'auth.forbidden',
  message = 'Anda tidak berhak melakukan tindakan ini.',
  messageEn = 'You are not allowed to do this.',
) => new AppError(id, 403, message, messageEn);

/** 403 `auth.wrong_password`: the current password given to change it is wrong. */
export const wrongPassword = () =>
  forbidden('auth.wrong_password', 'Kata sandi saat ini salah.', 'The current password is wrong.');

/** 429 `auth.address_limited`: too many failed logins from this address. */
export const addressLimited = (seconds: number) =>
  new AppError(
    'auth.address_limited',
    429,
    `Terlalu banyak percobaan masuk yang gagal dari alamat jaringan ini. Coba lagi dalam ${seconds} detik.`,
    `Too many failed sign-in attempts from this network address. Try again in ${seconds} seconds.`,
  );

/** 429 `auth.account_backoff`: this username failed too often in a row; the wait grows with each failure. */
export const accountBackoff = (seconds: number) =>
  new AppError(
    'auth.account_backoff',
    429,
    `Terlalu banyak percobaan masuk yang gagal untuk nama pengguna ini. Coba lagi dalam ${seconds} detik.`,
    `Too many failed sign-in attempts for this username. Try again in ${seconds} seconds.`,
  );
