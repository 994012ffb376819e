import { useCallback, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { useDismiss } from '../../../app/useDismiss.ts';
import { useDateTime } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/index.ts';
import type { NotificationDTO } from '../api.ts';
import { useNotificationT } from '../messages.ts';
import { useNotifications } from '../useNotifications.ts';
import { describeNotification, howLongAgo } from '../wording.ts';
import '../notifications.css';
import { NotificationSettingsDialog } from './NotificationSettingsDialog.tsx';

/**
 * The top bar's bell: the unread count as a badge, and a panel of the latest items (newest
 * first, unread in bold). Opening the panel marks nothing read; "Tandai semua dibaca" does, and
 * following an item marks that one. The panel also opens the notification settings.
 */
export function NotificationBell() {
  const t = useNotificationT();
  const { unread, notifications, error, markRead } = useNotifications();
  const [open, setOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, ref, close);

  return (
    <div className="bell" ref={ref}>
      <button
        type="button"
        className="button quiet bell-button"
        aria-label={unread > 0 ? t('bell.label', { n: unread }) : t('bell.labelNone')}
        aria-expanded={open}
        aria-haspopup="true"
        onClick={() => setOpen(!open)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" className="bell-icon">
          <path
            d="M12 3a6 6 0 0 0-6 6v3.6L4.3 16a.7.7 0 0 0 .6 1h14.2a.7.7 0 0 0 .6-1L18 12.6V9a6 6 0 0 0-6-6Zm-2.5 15.5a2.5 2.5 0 0 0 5 0"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinejoin="round"
          />
        </svg>
        {unread > 0 && (
          <span className="bell-badge" aria-hidden="true" data-testid="bell-count">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <section className="bell-panel" aria-label={t('bell.title')}>
          <div className="bell-head">
            <h2>{t('bell.title')}</h2>
            <button
              type="button"
              className="button quiet small"
              disabled={unread === 0}
              onClick={() => void markRead()}
            >
              {t('bell.markAll')}
            </button>
          </div>
          <ErrorNote error={error} />
          {notifications && notifications.length === 0 && (
            <p className="muted bell-empty">{t('bell.empty')}</p>
          )}
          {notifications && notifications.length > 0 && (
            <ul className="bell-list">
              {notifications.map((n) => (
                <NotificationItem
                  key={n.id}
                  item={n}
                  onFollow={() => {
                    setOpen(false);
                    if (n.readAt === null) void markRead([n.id]);
                  }}
                />
              ))}
            </ul>
          )}
          <div className="bell-foot">
            <button
              type="button"
              className="button quiet small"
              onClick={() => {
                setOpen(false);
                setSettingsOpen(true);
              }}
            >
              {t('bell.settings')}
            </button>
          </div>
        </section>
      )}
      <NotificationSettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </div>
  );
}

/** One item: what, in which cooperation, when; a link when it belongs somewhere. */
function NotificationItem({ item, onFollow }: { item: NotificationDTO; onFollow: () => void }) {
  const t = useNotificationT();
  const language = useLanguage((s) => s.language);
  const when = useDateTime();
  const words = describeNotification(item, language);
  const unread = item.readAt === null;
  const what = (
    <>
      {unread && <span className="visually-hidden">{`${t('bell.unread')}: `}</span>}
      {words.what}
    </>
  );
  return (
    <li className={`bell-item${unread ? ' unread' : ''}`} data-testid="bell-item">
      {words.href ? (
        <Link to={words.href} className="bell-what" onClick={onFollow}>
          {what}
        </Link>
      ) : (
        <span className="bell-what">{what}</span>
      )}
      <span className="muted small">
        {words.cooperation && <span className="bell-coop">{words.cooperation} · </span>}
        <time dateTime={item.createdAt}>
          {howLongAgo(item.createdAt, Date.now(), language) ?? when(item.createdAt)}
        </time>
      </span>
    </li>
  );
}
