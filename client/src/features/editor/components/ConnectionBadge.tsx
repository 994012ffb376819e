import type { ConnectionState } from '../../../document/useCollabSession.ts';
import { type MessageKey, useT } from '../../../i18n/index.ts';
import { type EditorMessageKey, useEditorT } from '../messages.ts';
import { useRoleBannerT } from '../roleBannerMessages.ts';
import '../refusal.css';

const LABEL: Record<ConnectionState, { app: MessageKey } | { editor: EditorMessageKey }> = {
  connected: { app: 'conn.connected' },
  connecting: { app: 'conn.connecting' },
  offline: { app: 'conn.offlineShort' },
  closed: { app: 'conn.closed' },
  resetting: { editor: 'conn.resetting' },
  waiting: { editor: 'conn.waiting' },
  'read-only': { editor: 'conn.readOnly' },
  locked: { editor: 'conn.locked' },
};

const TITLE: Partial<Record<ConnectionState, { app: MessageKey } | { editor: EditorMessageKey }>> = {
  offline: { app: 'conn.offline' },
  'read-only': { editor: 'conn.readOnlyTitle' },
  locked: { editor: 'conn.lockedTitle' },
};

/**
 * tersambung / menyambung ulang / luring / hanya baca / terkunci, as a dot and a word. Pass
 * what `shownConnection` makes of the session's state: "tersambung" only when edits are saved.
 * `takesPart` (see `takesPart` in `roleBanner.ts`) turns "hanya baca" into "komentar" for a
 * member who may raise points or approve.
 */
export function ConnectionBadge({ state, takesPart }: { state: ConnectionState; takesPart?: boolean }) {
  const t = useT();
  const te = useEditorT();
  const tr = useRoleBannerT();
  const say = (m: { app: MessageKey } | { editor: EditorMessageKey }) =>
    'app' in m ? t(m.app) : te(m.editor);
  const commenter = state === 'read-only' && takesPart;
  const title = TITLE[state];
  const label = commenter ? tr('badge') : say(LABEL[state]);
  return (
    <span
      className={`connection connection-${state}`}
      role="status"
      data-state={state}
      title={commenter ? tr('badgeTitle') : title ? say(title) : undefined}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-word">{label}</span>
    </span>
  );
}
