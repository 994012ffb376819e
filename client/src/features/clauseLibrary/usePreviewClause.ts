import { useEffect, useState } from 'react';
import type { PMJSON } from '../../../../shared/clauses.ts';
import { fetchLibraryClause } from './api.ts';

/** The library is the same for everyone and never changes while the app runs: keep what was read. */
const read = new Map<string, PMJSON>();

/** Waiting this long before reading the clause lets arrow keys run through the list smoothly. */
const DELAY_MS = 120;

/** The structured clause behind a library entry, for the preview; null until it arrives. */
export function usePreviewClause(key: string | null, kind: 'mou' | 'pks'): PMJSON | null {
  const id = key ? `${kind}:${key}` : null;
  const [clause, setClause] = useState<PMJSON | null>(() => (id ? (read.get(id) ?? null) : null));
  useEffect(() => {
    if (!key || !id) return setClause(null);
    const known = read.get(id);
    setClause(known ?? null);
    if (known) return;
    let current = true;
    const timer = setTimeout(() => {
      fetchLibraryClause(key, kind).then(
        (c) => {
          read.set(id, c);
          if (current) setClause(c);
        },
        () => undefined, // the plain text stays on show
      );
    }, DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [id, key, kind]);
  return clause;
}
