import type { CollabExtension, CollabHooks, CollabLog } from './types.ts';

/**
 * Runs a notification hook (onChange, onStoreDocument, afterUnloadDocument) so that its
 * failure, thrown or rejected, is logged and never reaches the socket handling.
 */
export function callHook(log: CollabLog, name: string, run: () => unknown): void {
  try {
    const result = run();
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(undefined, (err) => log.error({ hook: name, err }, 'hook failed'));
    }
  } catch (err) {
    log.error({ hook: name, err }, 'hook failed');
  }
}

/**
 * `hooks` with each extension's hooks run before its own, in the order listed. A notification
 * hook that fails is logged and the next one still runs; `onLoadDocument` runs one after the
 * other and its first failure refuses the room, as the server's own hook alone would.
 */
export function withExtensions(
  hooks: CollabHooks,
  extensions: readonly CollabExtension[],
  log: CollabLog,
): CollabHooks {
  if (extensions.length === 0) return hooks;
  const all: CollabExtension[] = [...extensions, hooks];
  return {
    onAuthenticate: (ctx) => hooks.onAuthenticate(ctx),
    onLoadDocument: async (ctx) => {
      for (const h of all) await h.onLoadDocument?.(ctx);
    },
    onReloadDocument: (ctx) => {
      for (const h of all) callHook(log, 'onReloadDocument', () => h.onReloadDocument?.(ctx));
    },
    onChange: (ctx) => {
      for (const h of all) callHook(log, 'onChange', () => h.onChange?.(ctx));
    },
    onStoreDocument: (ctx) => {
      for (const h of all) callHook(log, 'onStoreDocument', () => h.onStoreDocument?.(ctx));
    },
    afterUnloadDocument: (ctx) => {
      for (const h of all) callHook(log, 'afterUnloadDocument', () => h.afterUnloadDocument?.(ctx));
    },
  };
}
