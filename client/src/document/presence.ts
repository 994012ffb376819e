import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { type PresenceUser, readPresenceUser } from '../../../shared/presence.ts';

export type { PresenceUser } from '../../../shared/presence.ts';

/** One person who has the document open, with whether it is me. */
export interface PresentPerson extends PresenceUser {
  self: boolean;
}

/**
 * Everyone in the awareness states, one entry per user id. A state whose `user` is not well
 * formed (from a client that wrote anything, relayed by a server that does not check it) is
 * left out rather than shown or allowed to break the list.
 */
export function readPresence(states: Map<number, unknown>, selfId: number): PresentPerson[] {
  const people = new Map<string, PresentPerson>();
  for (const [clientId, state] of states) {
    const user = readPresenceUser((state as { user?: unknown } | null)?.user);
    if (!user) continue;
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
    const { awareness } = provider;
    const update = () => setPeople(readPresence(awareness.getStates(), awareness.clientID));
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [provider]);
  return people;
}
