import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { initialsOf } from '../../../shared/presence.ts';
import { unsentDocuments } from '../document/unsent.ts';
import { ChangePasswordDialog } from '../features/auth/components/ChangePasswordDialog.tsx';
import { useAuthT } from '../features/auth/messages.ts';
import { useSession } from '../features/auth/store.ts';
import { CalendarFeedDialog } from '../features/calendar/components/CalendarFeedDialog.tsx';
import { useCalendarT } from '../features/calendar/messages.ts';
import { useT } from '../i18n/index.ts';
import { Dialog } from './Dialog.tsx';
import { useHelpSheet } from './shortcuts.ts';
import { useMenu } from './useMenu.ts';

// The server writes the same initials into presence (shared/presence.ts).
export { initialsOf };

/** The signed-in user's name with a small menu: keyboard help, change password, calendar feed, sign out. */
export function UserMenu() {
  const user = useSession((s) => s.user);
  const signOut = useSession((s) => s.signOut);
  const menu = useMenu();
  /** Documents with edits not yet sent, when signing out would delete them: asks first. */
  const [unsent, setUnsent] = useState(0);
  const [changingPassword, setChangingPassword] = useState(false);
  const [calendarOpen, setCalendarOpen] = useState(false);
  const navigate = useNavigate();
  const t = useT();
  const ta = useAuthT();
  const tc = useCalendarT();

  const leave = async () => {
    await signOut();
    navigate('/login');
  };

  if (!user) return null;
  return (
    <div className="user-menu" ref={menu.ref}>
      <button type="button" className="button quiet user-menu-button" {...menu.buttonProps}>
        {/* The name is the button's own text (an aria-label would not match the initials shown),
            and it stays whole at phone size, where the visible name is hidden. */}
        <span className="visually-hidden">{`${t('user.menu')}: ${user.displayName}`}</span>
        <span className="avatar neutral" aria-hidden="true">
          {initialsOf(user.displayName)}
        </span>
        <span className="user-name" aria-hidden="true">
          {user.displayName}
        </span>
      </button>
      {menu.open && (
        <div className="menu" role="menu">
          <div className="menu-head">
            <strong>{user.displayName}</strong>
            <span className="muted small">{user.position || user.username}</span>
          </div>
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              menu.close();
              useHelpSheet.getState().setOpen(true);
            }}
          >
            {t('shortcuts.title')} <kbd>Ctrl</kbd>+<kbd>/</kbd>
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              menu.close();
              setChangingPassword(true);
            }}
          >
            {ta('password.menu')}
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              menu.close();
              setCalendarOpen(true);
            }}
          >
            {tc('calendar.menu')}
          </button>
          <button
            type="button"
            role="menuitem"
            autoFocus
            onClick={async () => {
              menu.close();
              const waiting = unsentDocuments().length;
              if (waiting > 0) setUnsent(waiting);
              else await leave();
            }}
          >
            {t('user.logout')}
          </button>
        </div>
      )}
      <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
      <CalendarFeedDialog open={calendarOpen} onClose={() => setCalendarOpen(false)} />
      <Dialog title={t('user.unsentTitle')} open={unsent > 0} onClose={() => setUnsent(0)}>
        <div className="stack">
          <p>{t('user.unsentBody', { n: unsent })}</p>
          <div className="section-actions">
            <button type="button" className="button primary" autoFocus onClick={() => setUnsent(0)}>
              {t('user.unsentStay')}
            </button>
            <button
              type="button"
              className="button danger"
              onClick={async () => {
                setUnsent(0);
                await leave();
              }}
            >
              {t('user.unsentLeave')}
            </button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
