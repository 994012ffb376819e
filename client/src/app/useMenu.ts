import { useCallback, useRef, useState } from 'react';
import { useDismiss } from './useDismiss.ts';

/**
 * The state of a drop-down menu under a button: open or shut, shut by Escape or a press outside
 * the element that holds `ref` (button and menu), and the props that make the button toggle it
 * and announce it as a menu button.
 */
export function useMenu<T extends HTMLElement = HTMLDivElement>() {
  const [open, setOpen] = useState(false);
  const ref = useRef<T>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, ref, close);
  return {
    open,
    close,
    ref,
    buttonProps: {
      'aria-haspopup': 'menu',
      'aria-expanded': open,
      onClick: () => setOpen(!open),
    } as const,
  };
}
