import { AppError } from './appError.ts';

// Errors of calendar files and feeds.

/**
 * 404 `calendar_feed.not_found`: the feed's token is unknown or was revoked. The same answer for
 * both, so a token cannot be probed.
 */
export const calendarFeedNotFound = () =>
  new AppError(
    'calendar_feed.not_found',
    404,
    'Alamat kalender ini tidak dikenal atau sudah dicabut. Buat alamat baru di menu Kalender Sepakat.',
    'This calendar address is unknown or was revoked. Make a new one in Sepakat’s Calendar menu.',
  );
