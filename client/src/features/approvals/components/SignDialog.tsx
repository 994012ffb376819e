import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { type Language, useLanguage } from '../../../i18n/index.ts';
import { useApprovalsT } from '../messages.ts';

/** "23 Juni 2025" for an ISO day; the text as it is when it is not one. */
function longDate(iso: string, language: Language): string {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(ms)) return iso;
  return new Date(ms).toLocaleDateString(language === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * The body of the "mark as signed" dialog: the date and place of signing are those the final
 * text prints and every party approved, shown and confirmed, never typed: signing changes
 * nothing in the paper (the server refuses any other, 409 `document.signing_mismatch`).
 * Another date or place means reopening the document.
 */
export function SignDialogBody({
  date,
  place,
  busy,
  error,
  onSign,
  onCancel,
}: {
  date: string;
  place: string;
  busy: boolean;
  error: ApiError | null;
  onSign: () => void;
  onCancel: () => void;
}) {
  const t = useApprovalsT();
  const language = useLanguage((s) => s.language);
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        onSign();
      }}
    >
      <p>{t('signIntro')}</p>
      <dl className="sign-details">
        <dt>{t('signDate')}</dt>
        <dd data-testid="sign-date">{date ? longDate(date, language) : '—'}</dd>
        <dt>{t('signPlace')}</dt>
        <dd data-testid="sign-place">{place || '—'}</dd>
      </dl>
      <p className="muted small">{t('signHint')}</p>
      <ErrorNote error={error} />
      <div className="dialog-actions">
        <button type="button" className="button quiet" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="submit" className="button primary" disabled={busy || !date || !place}>
          {t('sign')}
        </button>
      </div>
    </form>
  );
}
