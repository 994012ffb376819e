import { useCallback, useState } from 'react';

const KEY = 'sepakat.completenessExpanded';

/**
 * Whether the completeness list is unfolded, remembered on this device: someone who folds it
 * away to see more of the outline finds it folded in the next document too.
 */
export function useExpanded(): [boolean, (expanded: boolean) => void] {
  const [expanded, setState] = useState(() => {
    try {
      return localStorage.getItem(KEY) !== 'false';
    } catch {
      return true;
    }
  });
  const set = useCallback((value: boolean) => {
    setState(value);
    try {
      localStorage.setItem(KEY, String(value));
    } catch {
      // not remembered, still applied
    }
  }, []);
  return [expanded, set];
}
