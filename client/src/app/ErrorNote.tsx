import { type MessageKey, useLanguage, useT } from '../i18n/index.ts';
import type { ApiError } from './http.ts';

interface ErrorNoteProps {
  error: ApiError | null;
  /** Used when the server gave no words of its own (network failure, unexpected body). */
  fallback?: MessageKey;
  onRetry?: () => void;
}

/** An error in plain words, next to where it happened, in the interface language. */
export function ErrorNote({ error, fallback, onRetry }: ErrorNoteProps) {
  const language = useLanguage((s) => s.language);
  const t = useT();
  if (!error) return null;
  const text =
    error.status === 0 ? t('app.networkError') : error.text(language) || t(fallback ?? 'app.networkError');
  return (
    <div className="error-note" role="alert">
      <span>{text}</span>
      {onRetry && (
        <button type="button" className="button quiet" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
