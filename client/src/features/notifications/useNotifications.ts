import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../app/http.ts';
import { fetchNotifications, markNotificationsRead, type NotificationsResponse } from './api.ts';

/** How often the bell asks again while the page stays open. */
export const BELL_POLL_MS = 60_000;

/**
 * The signed-in person's bell items and unread count. No live event carries new notifications
 * yet, so the list is fetched on mount, whenever the window regains focus, and every minute.
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
