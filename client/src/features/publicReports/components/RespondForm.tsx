import { type FormEvent, useEffect, useRef, useState } from 'react';
import { DateField } from '../../../app/DateField.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Field } from '../../../app/Field.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { type PublicReport, respondPublicReport } from '../api.ts';
import { usePublicReportsT } from '../messages.ts';

interface RespondFormProps {
  report: PublicReport;
  today: string;
  onDone: () => void;
  onCancel: () => void;
}

/** Records when the OPD answered a report, and a short note of what it answered. */
export function RespondForm({ report, today, onDone, onCancel }: RespondFormProps) {
  const t = usePublicReportsT();
  const [respondedOn, setRespondedOn] = useState(report.respondedOn ?? today);
  const [response, setResponse] = useState(report.response);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await respondPublicReport(report.id, { respondedOn, response: response.trim() });
      showToast(t('answeredToast', { reference: report.reference }));
      onDone();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const title = t('respondOf', { reference: report.reference });
  return (
    <form className="stack public-report-form" onSubmit={submit} aria-label={title}>
      <h3 className="form-title">{title}</h3>
      <ErrorNote error={error} />
      <Field label={t('response')} hint={t('responseHint')}>
        <textarea
          ref={first}
          className="input"
          rows={2}
          maxLength={2000}
          value={response}
          onChange={(e) => setResponse(e.target.value)}
        />
      </Field>
      <DateField label={t('respondedOn')} name="respondedOn" value={respondedOn} onChange={setRespondedOn} />
      <div className="form-actions">
        <button type="button" className="button quiet" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="submit" className="button primary" disabled={busy || !respondedOn}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}
