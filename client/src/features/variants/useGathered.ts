import { useEffect, useRef } from 'react';

/** How long a burst of events (a master change reaching 20 variants) is gathered into one read. */
const GATHER_MS = 250;

/**
 * A function that runs `read` once after a burst of calls: the first call starts a wait of
 * {@link GATHER_MS}, the calls meanwhile are covered by the one read at its end.
 */
export function useGathered(read: () => void): () => void {
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(read);
  latest.current = read;
  useEffect(
    () => () => {
      if (pending.current !== null) clearTimeout(pending.current);
      pending.current = null;
    },
    [],
  );
  const gathered = useRef(() => {
    if (pending.current !== null) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      latest.current();
    }, GATHER_MS);
  });
  return gathered.current;
}
