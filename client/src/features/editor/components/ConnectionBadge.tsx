import type { ConnectionState } from '../../../editor/useCollabSession.ts';
import { type MessageKey, useT } from '../../../i18n/index.ts';

const LABEL: Record<ConnectionState, MessageKey> = {
  connected: 'conn.connected',
  connecting: 'conn.connecting',
  offline: 'conn.offlineShort',
  closed: 'conn.closed',
};

/** tersambung / menyambung ulang / luring, as a dot and a word. */
export function ConnectionBadge({ state }: { state: ConnectionState }) {
  const t = useT();
  return (
    <span
      className={`connection connection-${state}`}
      role="status"
      data-state={state}
      title={state === 'offline' ? t('conn.offline') : undefined}
    >
      <span className="connection-dot" aria-hidden="true" />
      {t(LABEL[state])}
    </span>
  );
}
