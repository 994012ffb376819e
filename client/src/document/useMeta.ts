import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { DocumentMeta } from '../../../shared/meta.ts';
import { YDOC } from '../../../shared/protocol.ts';

/**
 * The document's `meta` map as a plain object that re-renders on every change, local or
 * remote, plus a setter. The Y.Map stays the only copy: nothing is mirrored into a store.
 */
export function useMeta(ydoc: Y.Doc | null): [DocumentMeta, (key: string, value: string) => void] {
  const map = ydoc ? ydoc.getMap<string>(YDOC.meta) : null;
  const [meta, setMeta] = useState<DocumentMeta>(() => (map ? (map.toJSON() as DocumentMeta) : {}));
  useEffect(() => {
    if (!map) return;
    const update = () => setMeta(map.toJSON() as DocumentMeta);
    update();
    map.observe(update);
    return () => map.unobserve(update);
  }, [map]);
  const set = useCallback(
    (key: string, value: string) => {
      if (map && map.get(key) !== value) map.set(key, value);
    },
    [map],
  );
  return [meta, set];
}
