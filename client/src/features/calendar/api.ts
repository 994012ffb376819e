import type { CalendarFeedDTO } from '../../../../shared/api/calendar.ts';
import { api } from '../../app/http.ts';

export { meetingCalendarPath } from '../../../../shared/api/calendar.ts';

/** `GET /api/calendar/feed`: whether the signed-in person has a live feed (never its address). */
export const fetchCalendarFeed = () =>
  api<{ feed: CalendarFeedDTO }>('GET', '/api/calendar/feed').then((r) => r.feed);

/** `POST /api/calendar/feed`: a new address, replacing any live one; its `url` is given only here. */
export const rotateCalendarFeed = () =>
  api<{ feed: CalendarFeedDTO }>('POST', '/api/calendar/feed', {}).then((r) => r.feed);

/** `DELETE /api/calendar/feed`: the live address stops working. */
export const revokeCalendarFeed = () =>
  api<{ feed: CalendarFeedDTO }>('DELETE', '/api/calendar/feed').then((r) => r.feed);
