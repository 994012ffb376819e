import { agreementPartySettings } from '../../../../../shared/api/agreementSettings.ts';
import { partyLabel } from '../../../../../shared/words.ts';
import { DownloadLink } from '../../../app/DownloadLink.tsx';
import { useMenu } from '../../../app/useMenu.ts';
import type { Party } from '../../cooperations/api.ts';
import { exportDocxUrl } from '../../documents/api.ts';
import { originalDocxUrl } from '../api.ts';
import { useSigningT } from '../messages.ts';
import '../signing.css';

/** The clean copies of a draft with pending suggestions: every one accepted, or every one rejected. */
const CLEAN_COPIES = [
  { suggestions: 'accepted', label: 'export.accepted' },
  { suggestions: 'rejected', label: 'export.rejected' },
] as const;

/**
 * "Unduh Word": the working copy (pending suggestions as Word's tracked changes, and while some
 * are pending its clean copies with every suggestion accepted or rejected), or one printed
 * original per party. Each original bears the
 * meterai under the signature of every party but the one that keeps it (the party who hands it
 * over), so the parties print the file once for each of them. The menu stays open, the chosen
 * item saying "Memproses…", until the file has arrived.
 */
export function ExportMenu({
  documentId,
  parties,
  settings,
  hasSuggestions = false,
}: {
  documentId: string;
  parties: Party[];
  settings?: Record<string, unknown>;
  /** Whether suggestions are pending: only then are the tracked changes and clean copies offered. */
  hasSuggestions?: boolean;
}) {
  const t = useSigningT();
  const menu = useMenu();
  const { wording } = agreementPartySettings(settings);
  const ordered = [...parties].sort((a, b) => a.ordinal - b.ordinal);

  return (
    <div className="export-menu" ref={menu.ref}>
      <button type="button" className="button" {...menu.buttonProps}>
        {t('export.menu')} ▾
      </button>
      {menu.open && (
        <div className="menu" role="menu">
          <DownloadLink role="menuitem" href={exportDocxUrl(documentId)} onDone={menu.close}>
            <span>{t('export.copy')}</span>
            {hasSuggestions && <span className="muted small">{t('export.tracked')}</span>}
          </DownloadLink>
          {(hasSuggestions ? CLEAN_COPIES : []).map((copy) => (
            <DownloadLink
              key={copy.suggestions}
              role="menuitem"
              href={`${exportDocxUrl(documentId)}?suggestions=${copy.suggestions}`}
              onDone={menu.close}
            >
              <span>{t(copy.label)}</span>
              <span className="muted small">{t('export.clean')}</span>
            </DownloadLink>
          ))}
          {ordered.map((keeper) => (
            <DownloadLink
              key={keeper.id}
              role="menuitem"
              href={originalDocxUrl(documentId, keeper.ordinal)}
              onDone={menu.close}
            >
              <span>{t('export.original', { label: partyLabel(keeper.ordinal, wording) })}</span>
              <span className="muted small">
                {t('export.originalHint', {
                  others: ordered
                    .filter((p) => p.id !== keeper.id)
                    .map((p) => partyLabel(p.ordinal, wording))
                    .join(', '),
                })}
              </span>
            </DownloadLink>
          ))}
          <p className="menu-note muted small">{t('export.note')}</p>
        </div>
      )}
    </div>
  );
}
