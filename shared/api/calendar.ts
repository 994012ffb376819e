import { z } from 'zod';

/**
 * `GET /api/calendar/feed` and `POST /api/calendar/feed`: the signed-in person's calendar feed.
 * `url` and `token` are given only by the POST that makes them (the server keeps a hash): later
 * reads say whether a feed is live and since when, never its address.
 */
export const calendarFeedSchema = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable(),
  url: z.string().optional(),
  token: z.string().optional(),
});
export type CalendarFeedDTO = z.infer<typeof calendarFeedSchema>;

export const calendarFeedResponseSchema = z.object({ feed: calendarFeedSchema });

/** The path of a feed, as subscribed to: the token is the only credential it carries. */
export const calendarFeedPath = (token: string) => `/api/calendar/feed/${token}.ics`;

/** `GET /api/meetings/:id/calendar.ics`: one meeting as an .ics file for the calendar. */
export const meetingCalendarPath = (meetingId: string) =>
  `/api/meetings/${encodeURIComponent(meetingId)}/calendar.ics`;
