import { type ReactNode, useEffect, useRef } from 'react';
import { useT } from '../i18n/index.ts';
import { Dialog } from './Dialog.tsx';
import './confirmDialog.css';

interface ConfirmDialogProps {
  title: string;
  open: boolean;
  /** The words of the button that goes ahead ("Ya, lanjutkan"). */
  confirmLabel: string;
  /** While the action runs: the button that goes ahead is disabled. */
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /**
   * Where focus goes when the dialog closes: by default the element that held it when the
   * dialog opened (the button that asked), when it is still on the page and enabled.
   */
  returnTo?: HTMLElement | null;
  /** What will happen, said before the buttons. */
  children: ReactNode;
}

/**
 * Asks before an action that changes the text for everyone: what will happen, then Batal and
 * the action's own words. Escape, Batal and the close button cancel; Batal has the focus first,
 * so Enter does not go ahead by accident; focus returns to the button that asked.
 */
export function ConfirmDialog({
  title,
  open,
  confirmLabel,
  busy = false,
  onConfirm,
  onCancel,
  returnTo,
  children,
}: ConfirmDialogProps) {
  const t = useT();
  const cancelRef = useRef<HTMLButtonElement>(null);
  /** The element to give focus back to, taken as the dialog opens. */
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!open) return;
    opener.current = returnTo ?? (document.activeElement as HTMLElement | null);
    const frame = requestAnimationFrame(() => cancelRef.current?.focus());
    return () => {
      cancelAnimationFrame(frame);
      const back = opener.current;
      // After the browser's own restore (the dialog closes first), and only to a live control.
      requestAnimationFrame(() => {
        if (back?.isConnected && !(back as HTMLButtonElement).disabled) back.focus();
      });
    };
  }, [open, returnTo]);
  return (
    <Dialog title={title} open={open} onClose={onCancel}>
      <div className="confirm-dialog">
        {children}
        <div className="dialog-actions confirm-actions">
          <button ref={cancelRef} type="button" className="button quiet" onClick={onCancel}>
            {t('app.cancel')}
          </button>
          <button type="button" className="button primary" disabled={busy} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
