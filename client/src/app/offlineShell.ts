/**
 * Registers the service worker (`client/public/sw.js`) that keeps the app shell on this device,
 * so a reload while the server is unreachable still opens the app (and the editor from its
 * IndexedDB copy). Only in a production build: under the Vite dev server it would serve stale
 * modules.
 */
export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // Without it the app works as before; only opening it offline is lost.
  });
}
