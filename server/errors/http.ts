import { bytesText } from '../amounts.ts';
import { AppError } from './appError.ts';

/** 403 `http.origin_rejected`: a state-changing request from a foreign `Origin`. */
export const originRejected = () =>
  new AppError(
    'http.origin_rejected',
    403,
    'Permintaan ditolak: asal (Origin) permintaan tidak diizinkan.',
    'Request refused: its Origin is not allowed.',
  );

/** 400 `http.malformed_json`. */
export const malformedJson = () =>
  new AppError(
    'http.malformed_json',
    400,
    'Isi permintaan bukan JSON yang valid.',
    'The request body is not valid JSON.',
  );

/** 400 `http.empty_body`: a JSON content type with nothing in it. */
export const emptyBody = () =>
  new AppError('http.empty_body', 400, 'Isi permintaan JSON kosong.', 'The JSON request body is empty.');

/** 413 `http.too_large`, naming the limit in force when it is known. */
export const tooLarge = (limit?: number) => {
  const [id, en] = limit ? bytesText(limit) : [];
  return new AppError(
    'http.too_large',
    413,
    id ? `Isi permintaan terlalu besar: paling besar ${id}.` : 'Isi permintaan terlalu besar.',
    en ? `The request body is too large: ${en} at most.` : 'The request body is too large.',
  );
};

/** 415 `http.unsupported_media_type`. */
export const unsupportedMediaType = () =>
  new AppError(
    'http.unsupported_media_type',
    415,
    'Jenis isi permintaan tidak didukung.',
    'The request content type is not supported.',
  );

/** 429 `http.rate_limited`, saying when to try again. */
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(
    'http.rate_limited',
    429,
    `Terlalu banyak percobaan. Coba lagi dalam ${retryAfterSeconds} detik.`,
    `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
  );

/**
 * Another 4xx raised by Fastify or a plugin without an error of ours: 429 keeps
 * `http.rate_limited`, anything else is `http.bad_request`; the English side keeps its message.
 */
export const otherClientError = (status: number, messageEn: string) =>
  new AppError(
    status === 429 ? 'http.rate_limited' : 'http.bad_request',
    status,
    'Permintaan tidak dapat diproses.',
    messageEn || 'The request could not be processed.',
  );

/** 414 `http.url_too_long`: a path parameter over `maxParamLength`. */
export const urlTooLong = () =>
  new AppError(
    'http.url_too_long',
    414,
    'Alamat permintaan terlalu panjang.',
    'The request URL is too long.',
  );

/** 400 `http.bad_url`: a URL the router cannot read (a malformed percent-encoding). */
export const badUrl = () =>
  new AppError('http.bad_url', 400, 'Alamat permintaan tidak valid.', 'The request URL is not valid.');

/** 507 `storage.full`: SQLite could not write because the disk is full. */
export const storageFull = () =>
  new AppError(
    'storage.full',
    507,
    'Penyimpanan server penuh; perubahan tidak disimpan. Hubungi pengelola server.',
    "The server's storage is full; the change was not saved. Contact the server's administrator.",
  );

/** 507 `storage.unavailable`: the data folder is read-only or cannot be opened. */
export const storageUnavailable = () =>
  new AppError(
    'storage.unavailable',
    507,
    'Penyimpanan server tidak dapat ditulis; perubahan tidak disimpan. Hubungi pengelola server.',
    "The server's storage cannot be written; the change was not saved. Contact the server's administrator.",
  );

/** 503 `events.unavailable`: this server runs without the live event hub. */
export const eventsUnavailable = () =>
  new AppError(
    'events.unavailable',
    503,
    'Pemberitahuan langsung tidak tersedia di server ini.',
    'Live events are not available on this server.',
  );

/** 500 `internal`: the details stay in the log, never in the answer. */
export const internal = () =>
  new AppError(
    'internal',
    500,
    'Terjadi kesalahan pada server. Silakan coba lagi.',
    'Something went wrong on the server. Please try again.',
  );
