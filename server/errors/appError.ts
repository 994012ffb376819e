/**
 * Every error the API returns: a stable id clients and tests can match, an HTTP status, and the
 * message in Bahasa Indonesia (`message`) and English (`messageEn`). Routes and commands throw
 * them through the factories of this folder (one file per area, one factory per id); the error
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

/** An {@link AppError} whose body also carries `details` (e.g. the clauses that block finalising). */
export class DetailedAppError extends AppError {
  readonly details: unknown;

  constructor(id: string, status: number, message: string, messageEn: string, details: unknown) {
    super(id, status, message, messageEn);
    this.details = details;
  }

  override toBody(): ErrorBody & { error: { details: unknown } } {
    return { error: { ...super.toBody().error, details: this.details } };
  }
}

/**
 * Builds an error from its parts. Factories in this folder call it; code elsewhere calls a
 * factory, so that each id is written once.
 */
export const appError = (id: string, status: number, message: string, messageEn: string, field?: string) =>
  new AppError(id, status, message, messageEn, field);

/** 400 with an id of its own; for factories in this folder. */
export const badRequest = (id: string, message: string, messageEn: string) =>
  new AppError(id, 400, message, messageEn);

/** 409 with an id of its own; for factories in this folder. */
export const conflict = (id: string, message: string, messageEn: string) =>
  new AppError(id, 409, message, messageEn);

/** An error that crossed a thread boundary as its body, thrown again as the same AppError. */
export const revived = (e: {
  id: string;
  status: number;
  message: string;
  messageEn: string;
  field?: string;
}) => new AppError(e.id, e.status, e.message, e.messageEn, e.field);
