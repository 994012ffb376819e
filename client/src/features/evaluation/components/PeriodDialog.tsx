import { type FormEvent, useState } from 'react';
import { DateField } from '../../../app/DateField.tsx';
import { Dialog } from '../../../app/Dialog.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { useLanguage } from '../../../i18n/index.ts';
import { dateInWords } from '../../obligations/dueWords.ts';
import { useEvaluationT } from '../messages.ts';
import { lastTwelveMonths, type Period, quarterPeriod, recentQuarters } from '../period.ts';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

interface PeriodDialogProps {
  open: boolean;
  /** YYYY-MM-DD in the cooperation's zone. */
  today: string;
  onCancel: () => void;
  /** Drafts the report; a refusal shows in the dialog. */
  onSubmit: (period: Period) => Promise<void>;
}

/**
 * "Susun laporan monev": which period the report covers, the last twelve months by default,
 * a quarter begun by today, or two dates.
 */
export function PeriodDialog({ open, today, onCancel, onSubmit }: PeriodDialogProps) {
  const t = useEvaluationT();
  const language = useLanguage((s) => s.language);
  const [choice, setChoice] = useState('year');
  const [custom, setCustom] = useState<Period>(() => lastTwelveMonths(today));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const words = (p: Period) => ({ from: dateInWords(p.from, language), to: dateInWords(p.to, language) });
  const quarters = recentQuarters(today).map((q) => ({ ...q, key: `${q.year}-${q.quarter}` }));
  const chosen = (): Period => {
    if (choice === 'custom') return custom;
    const q = quarters.find((x) => x.key === choice);
    return q ? quarterPeriod(q.year, q.quarter) : lastTwelveMonths(today);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(chosen());
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('dialogTitle')} open={open} onClose={onCancel}>
      <form className="stack" onSubmit={submit}>
        <p className="muted">{t('intro')}</p>
        <fieldset className="stack evaluation-periods">
          <legend className="field-label">{t('period')}</legend>
          <label className="inline-check">
            <input
              type="radio"
              name="period"
              checked={choice === 'year'}
              onChange={() => setChoice('year')}
            />
            {t('lastYear', words(lastTwelveMonths(today)))}
          </label>
          {quarters.map((q) => (
            <label key={q.key} className="inline-check">
              <input
                type="radio"
                name="period"
                checked={choice === q.key}
                onChange={() => setChoice(q.key)}
              />
              {t('quarter', {
                roman: ROMAN[q.quarter - 1] ?? '',
                year: String(q.year),
                ...words(quarterPeriod(q.year, q.quarter)),
              })}
            </label>
          ))}
          <label className="inline-check">
            <input
              type="radio"
              name="period"
              checked={choice === 'custom'}
              onChange={() => setChoice('custom')}
            />
            {t('custom')}
          </label>
        </fieldset>
        {choice === 'custom' && (
          <div className="evaluation-dates">
            <DateField
              label={t('from')}
              name="from"
              value={custom.from}
              onChange={(from) => setCustom((p) => ({ ...p, from }))}
            />
            <DateField
              label={t('to')}
              name="to"
              value={custom.to}
              onChange={(to) => setCustom((p) => ({ ...p, to }))}
            />
          </div>
        )}
        <ErrorNote error={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {t('submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
