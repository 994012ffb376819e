import { useEffect, useState } from 'react';
import type { CalendarFeedDTO } from '../../../../../shared/api/calendar.ts';
import { Dialog } from '../../../app/Dialog.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { TextField } from '../../../app/TextField.tsx';
import { showToast } from '../../../app/toast.ts';
import { useDateTime } from '../../../i18n/format.ts';
import { fetchCalendarFeed, revokeCalendarFeed, rotateCalendarFeed } from '../api.ts';
import { useCalendarT } from '../messages.ts';

/**
 * Kalender langganan: the person's secret feed address for Google Calendar or Outlook. The
 * server keeps only a hash, so the address is shown once, when it is made or replaced; the
 * dialog then says only since when a feed is live, and offers to replace or revoke it.
 */
export function CalendarFeedDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useCalendarT();
  const when = useDateTime();
  const [feed, setFeed] = useState<CalendarFeedDTO | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setError(null);
    fetchCalendarFeed().then(setFeed, setError);
  }, [open]);

  const run = async (action: () => Promise<CalendarFeedDTO>, done?: string) => {
    setBusy(true);
    setError(null);
    try {
      setFeed(await action());
      if (done) showToast(done);
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      showToast(t('calendar.copied'));
    } catch {
      showToast(t('calendar.copyFailed'));
    }
  };

  const close = () => {
    // The address leaves the screen with the dialog: it is not shown again.
    setFeed(null);
    onClose();
  };

  return (
    <Dialog title={t('calendar.title')} open={open} onClose={close}>
      <div className="stack">
        <p className="muted small">{t('calendar.intro')}</p>
        {feed?.url && (
          <TextField
            label={t('calendar.url')}
            readOnly
            value={feed.url}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="calendar-feed-url"
          />
        )}
        {feed && !feed.url && (
          <p role="status">
            {feed.active && feed.createdAt
              ? t('calendar.active', { since: when(feed.createdAt) })
              : t('calendar.none')}
          </p>
        )}
        <ErrorNote error={error} />
        <div className="section-actions">
          {feed?.url && (
            <button type="button" className="button primary" onClick={() => copy(feed.url ?? '')}>
              {t('calendar.copy')}
            </button>
          )}
          <button
            type="button"
            className={`button${feed?.url ? '' : ' primary'}`}
            disabled={busy || !feed}
            title={feed?.active ? t('calendar.rotateHint') : undefined}
            onClick={() => run(rotateCalendarFeed)}
          >
            {feed?.active ? t('calendar.rotate') : t('calendar.create')}
          </button>
          {feed?.active && (
            <button
              type="button"
              className="button danger"
              disabled={busy}
              onClick={() => run(revokeCalendarFeed, t('calendar.revoked'))}
            >
              {t('calendar.revoke')}
            </button>
          )}
        </div>
      </div>
    </Dialog>
  );
}
