/**
 * Every error the API returns: a stable id clients and tests can match, an HTTP status, and the
 * message in Bahasa Indonesia (`message`) and English (`messageEn`). Routes throw these; the error
 * handler in `server/http/errorHandler.ts` turns them (and Fastify's own errors) into
 * `{ error: { id, message, messageEn, field? } }`.
 */
export class AppError extends Error {
  readonly id: string;
  readonly status: number;
  readonly messageEn: string;
  /** The input field at fault, for validation errors (dotted path, e.g. `parties.1.name`). */
  readonly field?: string;

  constructor(id: string, status: number, message: string, messageEn: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.id = id;
    this.status = status;
    this.messageEn = messageEn;
    if (field !== undefined) this.field = field;
  }

  /** Fastify (and @fastify/rate-limit) read `statusCode` off thrown errors. */
  get statusCode(): number {
    return this.status;
  }

  /** The response body. */
  toBody(): ErrorBody {
    return {
      error: {
        id: this.id,
        message: this.message,
        messageEn: this.messageEn,
        ...(this.field ? { field: this.field } : {}),
      },
    };
  }
}

/** The JSON shape of every API error. */
export interface ErrorBody {
  error: { id: string; message: string; messageEn: string; field?: string };
}

/** Builds an error that has no factory of its own yet; prefer adding a factory when it repeats. */
export const appError = (id: string, status: number, message: string, messageEn: string, field?: string) =>
  new AppError(id, status, message, messageEn, field);

export const unauthorised = () =>
  new AppError('auth.unauthorised', 401, 'Silakan masuk terlebih dahulu.', 'Please sign in first.');

export const invalidCredentials = () =>
  new AppError(
    'auth.invalid_credentials',
    401,
    'Nama pengguna atau kata sandi salah.',
    'Wrong username or password.',
  );

/** 403; pass an id and messages for a specific refusal (e.g. `document.locked`). */
export const forbidden = (
  id = 'auth.forbidden',
  message = 'Anda tidak berhak melakukan tindakan ini.',
  messageEn = 'You are not allowed to do this.',
) => new AppError(id, 403, message, messageEn);

export const originRejected = () =>
  new AppError(
    'http.origin_rejected',
    403,
    'Permintaan ditolak: asal (Origin) permintaan tidak diizinkan.',
    'Request refused: its Origin is not allowed.',
  );

const SUBJECTS: Record<string, [string, string]> = {
  cooperation: ['Kerja sama', 'Cooperation'],
  document: ['Dokumen', 'Document'],
  user: ['Pengguna', 'User'],
  member: ['Anggota', 'Member'],
  party: ['Pihak', 'Party'],
  clause: ['Pasal', 'Clause'],
  meeting: ['Rapat', 'Meeting'],
  point: ['Poin pembahasan', 'Discussion point'],
  version: ['Versi', 'Version'],
  route: ['Alamat', 'Route'],
};

/**
 * 404 `<subject>.not_found`. Known subjects (cooperation, document, user, member, party, clause,
 * meeting, point, version, route) get their names; other subjects pass their own words.
 */
export const notFound = (subject = 'resource', nameId?: string, nameEn?: string) => {
  const [id, en] = SUBJECTS[subject] ?? [nameId ?? 'Data', nameEn ?? 'Resource'];
  return new AppError(`${subject}.not_found`, 404, `${id} tidak ditemukan.`, `${en} not found.`);
};

/** 400 `validation.invalid` naming the field at fault. */
export const validation = (field: string | undefined, message: string, messageEn: string) =>
  new AppError('validation.invalid', 400, message, messageEn, field);

export const badRequest = (id: string, message: string, messageEn: string) =>
  new AppError(id, 400, message, messageEn);

export const malformedJson = () =>
  new AppError(
    'http.malformed_json',
    400,
    'Isi permintaan bukan JSON yang valid.',
    'The request body is not valid JSON.',
  );

export const conflict = (id: string, message: string, messageEn: string) =>
  new AppError(id, 409, message, messageEn);

export const tooLarge = () =>
  new AppError('http.too_large', 413, 'Isi permintaan terlalu besar.', 'The request body is too large.');

export const unsupportedMediaType = () =>
  new AppError(
    'http.unsupported_media_type',
    415,
    'Jenis isi permintaan tidak didukung.',
    'The request content type is not supported.',
  );

export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(
    'http.rate_limited',
    429,
    `Terlalu banyak percobaan. Coba lagi dalam ${retryAfterSeconds} detik.`,
    `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
  );

export const internal = () =>
  new AppError(
    'internal',
    500,
    'Terjadi kesalahan pada server. Silakan coba lagi.',
    'Something went wrong on the server. Please try again.',
  );
