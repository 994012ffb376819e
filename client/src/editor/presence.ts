import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';

/** What each client publishes about its user in the awareness `user` field. */
export interface PresenceUser {
  /** User id, so two tabs of one person count once. */
  id: string;
  name: string;
  /** Party colour, `#rrggbb`. */
  color: string;
  /** Party short name, shown beside the colour. */
  party: string;
  initials: string;
}

/** One person who has the document open, with whether it is me. */
export interface PresentPerson extends PresenceUser {
  self: boolean;
}

function readPresence(provider: WebsocketProvider): PresentPerson[] {
  const selfId = provider.awareness.clientID;
  const people = new Map<string, PresentPerson>();
  for (const [clientId, state] of provider.awareness.getStates()) {
    const user = state?.user as PresenceUser | undefined;
    if (!user?.id) continue;
    const self = clientId === selfId;
    const known = people.get(user.id);
    if (!known || self) people.set(user.id, { ...user, self: self || (known?.self ?? false) });
  }
  return [...people.values()].sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
}

/** Everyone who has this document open (from the provider's awareness), me first. */
export function usePresence(provider: WebsocketProvider | null): PresentPerson[] {
  const [people, setPeople] = useState<PresentPerson[]>([]);
  useEffect(() => {
    if (!provider) return;
    const update = () => setPeople(readPresence(provider));
    update();
    provider.awareness.on('change', update);
    return () => provider.awareness.off('change', update);
  }, [provider]);
  return people;
}
