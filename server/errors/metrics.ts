import { AppError } from './appError.ts';

/** 401 `metrics.unauthorised`: `/metrics` from another machine without the right Bearer token. */
export const metricsUnauthorised = () =>
  new AppError(
    'metrics.unauthorised',
    401,
    'Metrik hanya diberikan dengan token yang benar (Authorization: Bearer, SEPAKAT_METRICS_TOKEN).',
    'Metrics are served only with the right token (Authorization: Bearer, SEPAKAT_METRICS_TOKEN).',
  );

/** 403 `metrics.local_only`: `/metrics` from another machine while no token is set. */
export const metricsLocalOnly = () =>
  new AppError(
    'metrics.local_only',
    403,
    'Metrik hanya diberikan ke mesin server itu sendiri; untuk pengumpul di mesin lain, atur SEPAKAT_METRICS_TOKEN.',
    "Metrics are served only to the server's own machine; for a scraper elsewhere, set SEPAKAT_METRICS_TOKEN.",
  );
