import { forgetClients } from '../document/deviceClients.ts';
import { clearLocalDocuments } from '../document/localCopy.ts';
import { clearUnsent } from '../document/unsent.ts';
import { clearOfflineCopies } from './offlineCopy.ts';

/** Whose data this device keeps (the last user who signed in here). */
const OWNER_KEY = 'sepakat.offlineOwner';

/**
 * Forgets everything kept on this device for offline use: the documents (IndexedDB) and the
 * API answers (Cache Storage). On sign-out, so the next person at this computer finds nothing.
 */
export function clearOfflineData(): void {
  void clearLocalDocuments();
  void clearOfflineCopies();
  clearUnsent();
  forgetClients();
  try {
    localStorage.removeItem(OWNER_KEY);
  } catch {
    // storage unavailable: nothing was kept either
  }
}

/**
 * Called when `userId` is known to be signed in. If someone else's data is still here (their
 * session ended without signing out), it is cleared before this user sees any of it; the same
 * user finds their offline edits again and they sync.
 */
export function claimOfflineData(userId: string): void {
  try {
    const owner = localStorage.getItem(OWNER_KEY);
    if (owner && owner !== userId) clearOfflineData();
    localStorage.setItem(OWNER_KEY, userId);
  } catch {
    // storage unavailable: nothing to protect
  }
}
