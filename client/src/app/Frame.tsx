import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { NotificationBell } from '../features/notifications/components/NotificationBell.tsx';
import { useT } from '../i18n/index.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { UserMenu } from './UserMenu.tsx';

/** One step of the breadcrumb; the last one is the current page and has no link. */
export interface Crumb {
  label: string;
  to?: string;
}

interface FrameProps {
  crumbs?: Crumb[];
  /** Extra items for the top bar, e.g. who is online and the connection state in the editor. */
  status?: ReactNode;
  /** `wide` lets the editor use the full window. */
  layout?: 'page' | 'wide';
  children: ReactNode;
}

/** The frame of every signed-in screen: top bar (Sepakat, breadcrumb, status, language, bell, user) and main. */
export function Frame({ crumbs = [], status, layout = 'page', children }: FrameProps) {
  const t = useT();
  return (
    <div className={`frame frame-${layout}`}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <Link to="/" className="brand" aria-label={`${t('app.name')} — ${t('nav.home')}`}>
          <span className="brand-mark" aria-hidden="true">
            §
          </span>
          {t('app.name')}
        </Link>
        <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
          <ol>
            {crumbs.map((c, i) => (
              <li key={c.to ?? `here:${c.label}`}>
                {c.to && i < crumbs.length - 1 ? (
                  <Link to={c.to}>{c.label}</Link>
                ) : (
                  <span aria-current={i === crumbs.length - 1 ? 'page' : undefined}>{c.label}</span>
                )}
              </li>
            ))}
          </ol>
        </nav>
        <div className="topbar-status">{status}</div>
        <LanguageSwitch />
        <NotificationBell />
        <UserMenu />
      </header>
      <main id="main" className="frame-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
