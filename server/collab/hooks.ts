import type { CollabLog } from './types.ts';

/**
 * Runs a notification hook (onChange, onStoreDocument, afterUnloadDocument) so that its
 * failure, thrown or rejected, is logged and never reaches the socket handling.
 */
export function callHook(log: CollabLog, name: string, run: () => unknown): void {
  try {
    const result = run();
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(undefined, (err) =>
        log.error({ hook: name, err: String(err) }, 'hook failed'),
      );
    }
  } catch (err) {
    log.error({ hook: name, err: String(err) }, 'hook failed');
  }
}
