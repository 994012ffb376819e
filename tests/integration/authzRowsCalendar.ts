import type { CalendarFeedDTO } from '../../shared/api/calendar.ts';
import { everyone, members, type Row, signedIn } from './authzExpect.ts';

/**
 * A meeting's .ics, the signed-in person's feed, and the feed itself: the token is its only
 * credential, so whoever calls with a live token gets it, cookie or not.
 */
export const CALENDAR_ROWS: Row[] = [
  {
    endpoint: 'GET /api/meetings/{id}/calendar.ics',
    expect: members(200),
    call: async (w) => ({ path: `/api/meetings/${await w.newMeeting()}/calendar.ics` }),
  },
  {
    endpoint: 'GET /api/calendar/feed',
    expect: signedIn(200),
    call: () => ({ path: '/api/calendar/feed' }),
  },
  {
    endpoint: 'POST /api/calendar/feed',
    expect: signedIn(201),
    call: () => ({ path: '/api/calendar/feed', body: {} }),
  },
  {
    endpoint: 'DELETE /api/calendar/feed',
    expect: signedIn(200),
    call: () => ({ path: '/api/calendar/feed' }),
  },
  {
    endpoint: 'GET /api/calendar/feed/{file}',
    expect: everyone(200),
    call: async (w) => {
      const made = await w.server.api<{ feed: CalendarFeedDTO }>('/api/calendar/feed', {
        method: 'POST',
        cookie: w.cookies.owner ?? undefined,
        origin: w.origin,
      });
      return { path: `/api/calendar/feed/${made.body.feed.token}.ics` };
    },
  },
];
