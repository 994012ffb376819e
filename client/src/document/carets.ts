import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { type EditorState, Plugin, type PluginView, type Transaction } from '@tiptap/pm/state';
import { DecorationSet, type EditorView } from '@tiptap/pm/view';
import { yCursorPlugin, yCursorPluginKey } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';
import { type PresenceUser, readCaret, readPresenceUser } from '../../../shared/presence.ts';

/** What each awareness state was found to hold: states are replaced, never changed, so this holds. */
const checked = new WeakMap<object, PresenceUser | null>();

/**
 * The user of an awareness state whose caret may be drawn: a well-formed `user` and a `cursor`
 * that is null or well formed (shared/presence.ts). Null for anything else, which y-tiptap
 * would otherwise read blindly (`cursor.anchor` of a string, a position with no type) and
 * throw from inside the editor's state, taking the page with it.
 */
export function caretUser(state: unknown): PresenceUser | null {
  if (typeof state !== 'object' || state === null) return null;
  let user = checked.get(state);
  if (user === undefined) {
    const { user: written, cursor } = state as { user?: unknown; cursor?: unknown };
    user = cursor == null || readCaret(cursor) ? readPresenceUser(written) : null;
    checked.set(state, user);
  }
  return user;
}

let warned = false;

/** Runs `draw`; if it throws, the page keeps working without the carets it would have drawn. */
function orNothing<T>(draw: () => T, nothing: T): T {
  try {
    return draw();
  } catch (err) {
    if (!warned) console.warn('Sepakat: a caret could not be drawn and is left out', err);
    warned = true;
    return nothing;
  }
}

/**
 * y-tiptap's caret plugin with what it does per awareness change or remote edit fenced: its
 * state and view run through {@link orNothing}, so a caret that passed the shape check yet
 * does not resolve, or an own state overwritten through an older server, draws no caret
 * rather than an error page.
 */
function fenced(plugin: Plugin<DecorationSet>): Plugin<DecorationSet> {
  const { state: field, view } = plugin.spec;
  if (!field || !view) return plugin;
  return new Plugin<DecorationSet>({
    ...plugin.spec,
    state: {
      init: (config, state: EditorState) => orNothing(() => field.init(config, state), DecorationSet.empty),
      apply: (tr: Transaction, value, oldState, newState) =>
        orNothing(() => field.apply(tr, value, oldState, newState), DecorationSet.empty),
    },
    view: (editorView: EditorView): PluginView => {
      const inner = view(editorView);
      return {
        update: (v, previous) => orNothing(() => inner.update?.(v, previous), undefined),
        destroy: () => orNothing(() => inner.destroy?.(), undefined),
      };
    },
  });
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };
type ChangeListener = (change: AwarenessChange, origin: unknown) => void;

/**
 * `awareness` as the caret plugin sees it: its `change` listeners hear only changes that
 * concern someone else. The plugin draws no caret of one's own, yet redrew every caret on
 * every change, one's own included: each keystroke moves one's caret, so each keystroke (and
 * each change from others, which moves it too) cost a second editor transaction, with every
 * plugin, every toolbar state and the page's panels evaluated again.
 */
export function othersOnly(awareness: Awareness): Awareness {
  const wrapped = new WeakMap<ChangeListener, ChangeListener>();
  const filtered = (listener: ChangeListener): ChangeListener => {
    let inner = wrapped.get(listener);
    if (!inner) {
      inner = (change, origin) => {
        const { added, updated, removed } = change;
        const self = awareness.clientID;
        if ([added, updated, removed].some((ids) => ids.some((id) => id !== self))) listener(change, origin);
      };
      wrapped.set(listener, inner);
    }
    return inner;
  };
  return new Proxy(awareness, {
    get(target, prop) {
      if (prop === 'on' || prop === 'off')
        return (name: string, listener: ChangeListener) =>
          target[prop](name as 'change', name === 'change' ? filtered(listener) : listener);
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Tiptap's CollaborationCaret, drawing only the carets of well-formed awareness states
 * ({@link caretUser}), redrawn only when someone else's state changed ({@link othersOnly}),
 * and never letting one break the editor ({@link fenced}). The server
 * checks carets too; this is what keeps a page alive when it is not the one that checked.
 */
export const SafeCollaborationCaret = CollaborationCaret.extend({
  addProseMirrorPlugins() {
    const { provider, render, selectionRender } = this.options;
    const carets = yCursorPlugin(othersOnly(provider.awareness), {
      awarenessStateFilter: (selfId: number, clientId: number, state: unknown) =>
        selfId !== clientId && caretUser(state) !== null,
      cursorBuilder: (user: unknown) => render(readPresenceUser(user) ?? {}),
      selectionBuilder: (user: unknown) => selectionRender(readPresenceUser(user) ?? {}),
    });
    const parent = this.parent?.() ?? [];
    return parent.map((plugin) => (plugin.spec.key === yCursorPluginKey ? fenced(carets) : plugin));
  },
});
