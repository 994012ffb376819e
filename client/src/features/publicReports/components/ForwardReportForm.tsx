import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { ReportCommitment } from '../../../../../shared/api/publicReports.ts';
import { addWorkingDays } from '../../../../../shared/calendar/workingDays.ts';
import { DateField } from '../../../app/DateField.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Field } from '../../../app/Field.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useLanguage } from '../../../i18n/index.ts';
import type { Liaison } from '../../liaisons/api.ts';
import { dayText } from '../../meetings/components/when.ts';
import type { Unit } from '../../units/api.ts';
import { correctPublicReport, forwardPublicReport, type PublicReport } from '../api.ts';
import { usePublicReportsT } from '../messages.ts';

interface ForwardReportFormProps {
  cooperationId: string;
  /** The OPDs the caller may forward to. */
  units: readonly Unit[];
  liaisons: readonly Liaison[];
  today: string;
  defaultDeadlineDays: number;
  commitments: readonly ReportCommitment[];
  /** The report being corrected; none to forward a new one. */
  report?: PublicReport;
  onDone: () => void;
  onCancel: () => void;
}

/** An OPD as the list names it: its short name, else its name. */
export const unitLabel = (u: Pick<Unit, 'name' | 'shortName'>) => u.shortName || u.name;

/**
 * Forwards a report to an OPD and its PIC (a liaison of that OPD), or corrects one still
 * waiting. The deadline starts at the agreement's commitment and may be changed; the due day
 * is counted as the server counts it (working days of the Indonesian calendar) and shown.
 */
export function ForwardReportForm(props: ForwardReportFormProps) {
  const { units, liaisons, today, report, commitments } = props;
  const t = usePublicReportsT();
  const language = useLanguage((s) => s.language);
  const [reference, setReference] = useState(report?.reference ?? '');
  const [unitId, setUnitId] = useState(report?.unitId ?? (units.length === 1 ? units[0]!.id : ''));
  const [liaisonId, setLiaisonId] = useState(report?.liaisonId ?? '');
  const [forwardedOn, setForwardedOn] = useState(report?.forwardedOn ?? today);
  const [days, setDays] = useState(String(report?.deadlineDays ?? props.defaultDeadlineDays));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const pics = liaisons.filter((l) => l.unitId === unitId);
  const deadline = Number(days);
  const validDeadline = Number.isInteger(deadline) && deadline >= 1 && deadline <= 250;
  const due = validDeadline && forwardedOn ? addWorkingDays(forwardedOn, deadline) : null;
  const usual = commitments.find((c) => c.days === props.defaultDeadlineDays);

  const chooseUnit = (id: string) => {
    setUnitId(id);
    if (!liaisons.some((l) => l.id === liaisonId && l.unitId === id)) setLiaisonId('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    const body = {
      reference: reference.trim(),
      unitId,
      liaisonId: liaisonId || null,
      forwardedOn,
      deadlineDays: deadline,
    };
    try {
      const saved = report
        ? await correctPublicReport(report.id, body)
        : await forwardPublicReport(props.cooperationId, body);
      showToast(t(report ? 'corrected' : 'forwarded', { reference: saved.reference }));
      props.onDone();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const title = report ? t('correctOf', { reference: report.reference }) : t('forwardTitle');
  return (
    <form className="stack public-report-form" onSubmit={submit} aria-label={title}>
      <h3 className="form-title">{title}</h3>
      <ErrorNote error={error} />
      <div className="public-report-fields">
        <Field label={t('reference')} hint={t('referenceHint')}>
          <input
            ref={first}
            className="input"
            required
            maxLength={100}
            value={reference}
            onChange={(e) => setReference(e.target.value)}
          />
        </Field>
        <Field label={t('unit')}>
          <select className="input" required value={unitId} onChange={(e) => chooseUnit(e.target.value)}>
            <option value="">{t('chooseUnit')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {unitLabel(u)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('pic')} hint={unitId && pics.length === 0 ? t('noPicHint') : undefined}>
          <select className="input" value={liaisonId} onChange={(e) => setLiaisonId(e.target.value)}>
            <option value="">{t('noPic')}</option>
            {pics.map((l) => (
              <option key={l.id} value={l.id}>
                {l.position ? `${l.name} (${l.position})` : l.name}
              </option>
            ))}
          </select>
        </Field>
        <DateField
          label={t('forwardedOn')}
          name="forwardedOn"
          value={forwardedOn}
          onChange={setForwardedOn}
        />
        <Field
          label={t('deadline')}
          hint={
            <>
              {usual
                ? t('deadlineFromPks', { clause: usual.clausePath, days: usual.days })
                : t('deadlineDefault')}
              {due && (
                <strong className="public-report-due"> {t('dueOn', { day: dayText(due, language) })}</strong>
              )}
            </>
          }
        >
          <input
            className="input narrow"
            type="number"
            inputMode="numeric"
            min={1}
            max={250}
            required
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </Field>
      </div>
      <div className="form-actions">
        <button type="button" className="button quiet" onClick={props.onCancel}>
          {t('cancel')}
        </button>
        <button
          type="submit"
          className="button primary"
          disabled={busy || !reference.trim() || !unitId || !validDeadline}
        >
          {t('save')}
        </button>
      </div>
    </form>
  );
}
