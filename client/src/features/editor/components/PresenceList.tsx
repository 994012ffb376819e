import type { CSSProperties } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { usePresence } from '../../../document/presence.ts';
import { useT } from '../../../i18n/index.ts';

/** Who has the document open: initials on their party colour, names in the tooltip. */
export function PresenceList({ provider }: { provider: WebsocketProvider | null }) {
  const people = usePresence(provider);
  const t = useT();
  if (people.length === 0) return null;
  return (
    <ul className="presence" aria-label={t('presence.label')}>
      {people.map((p) => {
        const label = p.self ? t('presence.you', { name: p.name }) : p.name;
        return (
          <li key={p.id} title={`${label} · ${p.party}`}>
            <span className="avatar" style={{ '--party': p.color } as CSSProperties} aria-hidden="true">
              {p.initials}
            </span>
            <span className="visually-hidden">
              {label}, {p.party}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
