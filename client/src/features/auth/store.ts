import { create } from 'zustand';
import { type ApiError, setUnauthorisedHandler } from '../../app/http.ts';
import { claimOfflineData, clearOfflineData } from '../../app/offlineData.ts';
import { fetchMe, login, logout, type User } from './api.ts';

interface SessionState {
  /** undefined while we do not know yet, null when signed out. */
  user: User | null | undefined;
  /** Ask the server who we are (on start). */
  load: () => Promise<void>;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

/** Who is signed in. The session itself is the httpOnly cookie; this only mirrors `GET /api/me`. */
export const useSession = create<SessionState>((set) => ({
  user: undefined,
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
    set({ user });
  },
  signOut: async () => {
    await logout().catch(() => undefined);
    // Documents and answers kept for offline use leave with the user.
    clearOfflineData();
    set({ user: null });
  },
}));

setUnauthorisedHandler(() => useSession.setState({ user: null }));
