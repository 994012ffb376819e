import { members, type Row, signedIn } from './authzExpect.ts';

/** The bell, its live stream, a person's notification settings and a cooperation's reminders. */
export const NOTIFICATION_ROWS: Row[] = [
  {
    endpoint: 'GET /api/me/notifications',
    expect: signedIn(200),
    call: () => ({ path: '/api/me/notifications' }),
  },
  {
    endpoint: 'POST /api/me/notifications/read',
    expect: signedIn(200),
    call: () => ({ path: '/api/me/notifications/read', body: {} }),
  },
  {
    endpoint: 'GET /api/me/events',
    expect: signedIn(200),
    call: () => ({ path: '/api/me/events', stream: true }),
  },
  {
    endpoint: 'GET /api/me/notification-settings',
    expect: signedIn(200),
    call: () => ({ path: '/api/me/notification-settings' }),
  },
  {
    endpoint: 'PUT /api/me/notification-settings',
    expect: signedIn(200),
    call: () => ({
      path: '/api/me/notification-settings',
      body: { email: '', language: 'id', emailMode: 'each' },
    }),
  },
  {
    endpoint: 'GET /api/cooperations/{id}/reminders',
    expect: members(200),
    call: (w) => ({ path: `/api/cooperations/${w.cooperation.id}/reminders` }),
  },
];
