import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * Opens a tab of the editor's right-hand panel by its id (`poin`, `info`, ...): the open tab is
 * the URL's `?panel=`, replaced rather than pushed so Back leaves the document.
 */
export function useOpenPanel(): (id: string) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (id: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set('panel', id);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
}
