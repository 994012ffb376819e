import type { CSSProperties } from 'react';
import type { PersonDTO } from '../api.ts';
import { useHistoryT } from '../messages.ts';

/** Someone who changed the text: their party's colour and initial, their name and party. */
export function Author({ person }: { person: PersonDTO }) {
  const t = useHistoryT();
  const name = person.userId ? person.displayName : t('system');
  return (
    <span
      className="party-chip history-author"
      style={{ '--party': person.color ?? 'var(--grey-dark)' } as CSSProperties}
      title={person.partyName ?? undefined}
    >
      <span className="initial" aria-hidden="true">
        {(person.partyShortName ?? name).slice(0, 1).toUpperCase()}
      </span>
      <span className="label">
        {name}
        {person.partyShortName && <span className="muted"> · {person.partyShortName}</span>}
      </span>
    </span>
  );
}

/** Several authors in a row. */
export function Authors({ people }: { people: PersonDTO[] }) {
  return (
    <span className="history-authors">
      {people.map((p) => (
        <Author key={p.userId ?? 'system'} person={p} />
      ))}
    </span>
  );
}
