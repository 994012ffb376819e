import { useCallback, useEffect, useState } from 'react';
import { userEventSchema } from '../../../../shared/api/notifications.ts';
import type { ApiError } from '../../app/http.ts';
import { fetchNotifications, markNotificationsRead, type NotificationsResponse } from './api.ts';

/** How often the bell asks again while the page stays open. */
export const BELL_POLL_MS = 60_000;

/**
 * Listens to the signed-in person's own stream (`GET /api/me/events`) and calls `onCreated` with
 * the unread count whenever an item lands in their bell. EventSource reconnects by itself; a
 * stream the server ends (signed out) or refuses is closed and left to the polling.
 */
function listenToBell(onCreated: (unread: number) => void): () => void {
  if (typeof EventSource === 'undefined') return () => {};
  const source = new EventSource('/api/me/events');
  source.onmessage = (message) => {
    let data: unknown;
    try {
      data = JSON.parse(String(message.data));
    } catch {
      return;
    }
    if ((data as { type?: unknown } | null)?.type === 'stream.ended') {
      source.close();
      return;
    }
    const event = userEventSchema.safeParse(data);
    if (event.success) onCreated(event.data.unread);
  };
  return () => source.close();
}

/**
 * The signed-in person's bell items and unread count: fetched on mount, read again as soon as
 * the live stream says an item arrived, and, should the stream be down, whenever the window
 * regains focus and every minute.
 */
export function useNotifications() {
  const [data, setData] = useState<NotificationsResponse | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const reload = useCallback(async () => {
    try {
      setData(await fetchNotifications());
      setError(null);
    } catch (e) {
      setError(e as ApiError);
    }
  }, []);

  useEffect(
    () =>
      listenToBell((unread) => {
        setData((d) => (d ? { ...d, unread } : d));
        void reload();
      }),
    [reload],
  );

  useEffect(() => {
    void reload();
    const timer = window.setInterval(() => void reload(), BELL_POLL_MS);
    const onFocus = () => void reload();
    window.addEventListener('focus', onFocus);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [reload]);

  /** Marks `ids` read (all without them), then reads the list again for the new read times. */
  const markRead = useCallback(
    async (ids?: string[]) => {
      try {
        const unread = await markNotificationsRead(ids);
        setData((d) => (d ? { ...d, unread } : d));
        await reload();
      } catch (e) {
        setError(e as ApiError);
      }
    },
    [reload],
  );

  return { unread: data?.unread ?? 0, notifications: data?.notifications ?? null, error, reload, markRead };
}
