import { create } from 'zustand';
import { type AccessEnd, setAccessEndHandler } from '../../app/accessEnd.ts';
import type { ApiError } from '../../app/http.ts';
import { clearOfflineCopies } from '../../app/offlineCopy.ts';
import { claimOfflineData, clearOfflineData } from '../../app/offlineData.ts';
import { fetchMe, login, logout, type User } from './api.ts';

interface SessionState {
  /** undefined while we do not know yet, null when signed out. */
  user: User | null | undefined;
  /**
   * The session ended without this tab signing out (signed out in another tab, the password
   * changed elsewhere, expired): the login page says so until the next sign-in.
   */
  expired: boolean;
  /** The server withdrew access to the cooperation that was open: the tab goes home, to say so. */
  lostAccess: boolean;
  /** Ask the server who we are (on start). */
  load: () => Promise<void>;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** The tab went home to say so (`LostAccess.tsx`). */
  clearLostAccess: () => void;
}

/**
 * True while this tab signs out: the endings that causes (its own event stream and sockets
 * closed, a request answered 401) are its own doing, not news to show.
 */
let signingOut = false;

/** Who is signed in. The session itself is the httpOnly cookie; this only mirrors `GET /api/me`. */
export const useSession = create<SessionState>((set) => ({
  user: undefined,
  expired: false,
  lostAccess: false,
  load: async () => {
    try {
      const user = await fetchMe();
      claimOfflineData(user.id);
      set({ user });
    } catch (error) {
      // A network failure is not a sign-out: keep "unknown" so the app can show a retry.
      if ((error as ApiError).status === 0) throw error;
      set({ user: null });
    }
  },
  signIn: async (username, password) => {
    const user = await login(username, password);
    claimOfflineData(user.id);
    set({ user, expired: false, lostAccess: false });
  },
  signOut: async () => {
    signingOut = true;
    try {
      await logout().catch(() => undefined);
      // Documents and answers kept for offline use leave with the user.
      clearOfflineData();
      set({ user: null, expired: false, lostAccess: false });
    } finally {
      signingOut = false;
    }
  },
  clearLostAccess: () => set({ lostAccess: false }),
}));

/**
 * What the tab does when the server ends its access (see `app/accessEnd.ts`). Signed out: the
 * user is forgotten, so every signed-in screen gives way to the login page (which says why and
 * comes back to the same address), and the kept API answers go; the documents kept on this
 * device stay, so edits not yet sent are never deleted unasked: they go out when this person
 * signs in again, and anyone else signing in here clears them first (`claimOfflineData`).
 * Not a member: the home page says so (`LostAccess.tsx`).
 */
function onAccessEnd(end: AccessEnd): void {
  const { user } = useSession.getState();
  if (!user || signingOut) return;
  if (end === 'not-member') {
    useSession.setState({ lostAccess: true });
    return;
  }
  void clearOfflineCopies();
  useSession.setState({ user: null, expired: true, lostAccess: false });
}

setAccessEndHandler(onAccessEnd);
