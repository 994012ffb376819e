import { type FormEvent, useId, useState } from 'react';
import { DateField } from '../../../app/DateField.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Field } from '../../../app/Field.tsx';
import type { ApiError } from '../../../app/http.ts';
import { useLanguage } from '../../../i18n/index.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import type { AgreementDocument } from '../../documents/api.ts';
import type { Liaison } from '../../liaisons/api.ts';
import type { Unit } from '../../units/api.ts';
import { dueRuleInWords } from '../dueWords.ts';
import { dueOf, type ObligationDraft, partyOf } from '../form.ts';
import { useObligationT } from '../messages.ts';

interface ObligationFormProps {
  cooperation: Cooperation;
  units: Unit[];
  liaisons: Liaison[];
  title: string;
  initial: ObligationDraft;
  /** The document's Pasal to choose from, when adding one by hand. */
  clauses?: AgreementDocument['clauses'];
  submitLabel: string;
  onSubmit: (draft: ObligationDraft, clauseId: string) => Promise<void>;
  onCancel: () => void;
}

/**
 * Who carries an obligation out (party, its OPD, a liaison of that OPD or party), what it asks,
 * what evidence counts and when it falls due. The OPD list holds the chosen party's units and the
 * liaison list that unit's (or the party's) liaisons, as the server accepts them.
 */
export function ObligationForm(props: ObligationFormProps) {
  const { cooperation, units, liaisons, clauses } = props;
  const t = useObligationT();
  const language = useLanguage((s) => s.language);
  const headingId = useId();
  const [draft, setDraft] = useState(props.initial);
  const [clauseId, setClauseId] = useState(clauses?.[0]?.id ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<ObligationDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const partyId = partyOf(draft);
  const unitChoices = units.filter((u) => partyId === null || u.partyId === partyId);
  const liaisonChoices = liaisons.filter(
    (l) =>
      (partyId === null || l.partyId === partyId) &&
      (!draft.unitId || l.unitId === null || l.unitId === draft.unitId),
  );
  const due = dueOf(draft);

  const choose = (who: string) => {
    const party = who.startsWith('party:') ? who.slice('party:'.length) : null;
    const unit = units.find((u) => u.id === draft.unitId);
    const liaison = liaisons.find((l) => l.id === draft.liaisonId);
    set({
      who,
      // What belongs to another party no longer fits.
      unitId: unit && (party === null || unit.partyId === party) ? draft.unitId : '',
      liaisonId: liaison && (party === null || liaison.partyId === party) ? draft.liaisonId : '',
    });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (due === undefined || !draft.text.trim()) return;
    setSaving(true);
    setError(null);
    try {
      await props.onSubmit(draft, clauseId);
    } catch (err) {
      setError(err as ApiError);
      setSaving(false);
    }
  };

  return (
    <form className="card stack obligation-form" onSubmit={submit} aria-labelledby={headingId}>
      <h4 id={headingId}>{props.title}</h4>
      <div className="obligation-form-grid">
        {clauses && (
          <Field label={t('form.clause')}>
            <select className="input" value={clauseId} onChange={(e) => setClauseId(e.target.value)}>
              {clauses.map((c) => (
                <option key={c.id} value={c.id}>
                  {`Pasal ${c.number}${c.heading ? ` — ${c.heading}` : ''}`}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label={t('form.party')}>
          <select className="input" value={draft.who} onChange={(e) => choose(e.target.value)}>
            {[...cooperation.parties]
              .sort((a, b) => a.ordinal - b.ordinal)
              .map((p) => (
                <option key={p.id} value={`party:${p.id}`}>
                  {p.shortName}
                </option>
              ))}
            <option value="all">{t('form.all')}</option>
            <option value="each">{t('form.each')}</option>
          </select>
        </Field>
        <Field label={t('form.unit')}>
          <select
            className="input"
            value={draft.unitId}
            onChange={(e) => {
              const unitId = e.target.value;
              const liaison = liaisons.find((l) => l.id === draft.liaisonId);
              const keeps = !liaison || !unitId || liaison.unitId === null || liaison.unitId === unitId;
              set({ unitId, liaisonId: keeps ? draft.liaisonId : '' });
            }}
          >
            <option value="">{t('form.noUnit')}</option>
            {unitChoices.map((u) => (
              <option key={u.id} value={u.id}>
                {u.shortName || u.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('form.liaison')}>
          <select
            className="input"
            value={draft.liaisonId}
            onChange={(e) => set({ liaisonId: e.target.value })}
          >
            <option value="">{t('form.noLiaison')}</option>
            {liaisonChoices.map((l) => (
              <option key={l.id} value={l.id}>
                {l.unit ? `${l.name} (${l.unit})` : l.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t('form.text')}>
        <textarea
          className="input"
          rows={3}
          required
          maxLength={2000}
          value={draft.text}
          onChange={(e) => set({ text: e.target.value })}
        />
      </Field>
      <Field label={t('form.evidence')} hint={t('form.evidenceHint')}>
        <textarea
          className="input"
          rows={2}
          maxLength={2000}
          value={draft.evidence}
          onChange={(e) => set({ evidence: e.target.value })}
        />
      </Field>
      <fieldset className="obligation-due">
        <legend className="field-label">{t('form.dueKind')}</legend>
        <div className="obligation-due-kinds">
          {(['none', 'date', 'recurring', 'after_event'] as const).map((kind) => (
            <label key={kind} className="inline-check">
              <input
                type="radio"
                name={`${headingId}-due`}
                value={kind}
                checked={draft.dueKind === kind}
                onChange={() => set({ dueKind: kind })}
              />
              {t(DUE_KIND_LABEL[kind])}
            </label>
          ))}
        </div>
        {draft.dueKind === 'date' && (
          <DateField
            label={t('form.date')}
            name="obligation-date"
            value={draft.date}
            onChange={(date) => set({ date })}
          />
        )}
        {draft.dueKind === 'recurring' && (
          <Field label={t('form.everyMonths')}>
            <input
              className="input short"
              type="number"
              min={1}
              max={120}
              value={draft.everyMonths}
              onChange={(e) => set({ everyMonths: e.target.value })}
            />
          </Field>
        )}
        {draft.dueKind === 'after_event' && (
          <div className="obligation-form-grid">
            <Field label={t('form.amount')}>
              <input
                className="input short"
                type="number"
                min={1}
                max={3650}
                value={draft.amount}
                onChange={(e) => set({ amount: e.target.value })}
              />
            </Field>
            <Field label={t('form.unitOfTime')}>
              <select
                className="input"
                value={draft.unit}
                onChange={(e) => set({ unit: e.target.value as ObligationDraft['unit'] })}
              >
                <option value="working_day">{t('form.workingDays')}</option>
                <option value="day">{t('form.days')}</option>
                <option value="month">{t('form.months')}</option>
                <option value="year">{t('form.years')}</option>
              </select>
            </Field>
            <Field label={t('form.event')} hint={t('form.eventHint')}>
              <input
                className="input"
                maxLength={500}
                value={draft.event}
                onChange={(e) => set({ event: e.target.value })}
              />
            </Field>
            <label className="inline-check">
              <input
                type="checkbox"
                checked={draft.fromSigning}
                onChange={(e) => set({ fromSigning: e.target.checked })}
              />
              {t('form.fromSigning')}
            </label>
          </div>
        )}
        {due !== undefined && (
          <p className="muted small" aria-live="polite">
            {t('form.preview', { words: dueRuleInWords(due, language) })}
          </p>
        )}
      </fieldset>
      <ErrorNote error={error} />
      <div className="form-actions">
        <button type="button" className="button quiet" onClick={props.onCancel}>
          {t('form.cancel')}
        </button>
        <button
          type="submit"
          className="button primary"
          disabled={saving || due === undefined || !draft.text.trim() || (clauses && !clauseId)}
        >
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}

const DUE_KIND_LABEL = {
  none: 'form.dueNone',
  date: 'form.dueDate',
  recurring: 'form.dueRecurring',
  after_event: 'form.dueAfter',
} as const;
