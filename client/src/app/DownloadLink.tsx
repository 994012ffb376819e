import { type ReactNode, useState } from 'react';
import { useLanguage } from '../i18n/index.ts';
import { BusyLabel } from './BusyLabel.tsx';
import { downloadFile } from './download.ts';
import type { ApiError } from './http.ts';
import { showToast } from './toast.ts';

interface Props {
  href: string;
  className?: string;
  role?: string;
  children: ReactNode;
  /** Called once the download started or failed (e.g. to close the menu holding the link). */
  onDone?: () => void;
}

/**
 * A link to a file of our API that downloads it through {@link downloadFile}: while it runs the
 * link says "Memproses…" with a spinner, is marked busy and ignores further clicks; a refusal
 * shows as a toast. The href stays a real URL (open in a new tab, copy the address).
 */
export function DownloadLink({ href, className, role, children, onDone }: Props) {
  const language = useLanguage((s) => s.language);
  const [busy, setBusy] = useState(false);
  return (
    <a
      href={href}
      download
      role={role}
      className={`${className ?? ''}${busy ? ' busy' : ''}`.trim() || undefined}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      onClick={async (event) => {
        // Ctrl- or middle-click: the browser's own way (a new tab) is what was asked for.
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        if (busy) return;
        setBusy(true);
        try {
          await downloadFile(href);
        } catch (e) {
          showToast((e as ApiError).text(language), 'warn');
        } finally {
          setBusy(false);
          onDone?.();
        }
      }}
    >
      <BusyLabel busy={busy}>{children}</BusyLabel>
    </a>
  );
}
