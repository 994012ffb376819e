import { type FormEvent, useState } from 'react';
import type { AttendeeInput, MeetingKind } from '../../../../../shared/api/meetings.ts';
import { MEETING_KINDS } from '../../../../../shared/api/meetings.ts';
import { DateField } from '../../../app/DateField.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Field } from '../../../app/Field.tsx';
import type { ApiError } from '../../../app/http.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { distinctTitle } from '../../cooperations/documentTitles.ts';
import { createMeeting, type Meeting } from '../api.ts';
import { useMeetingsT } from '../messages.ts';

/** "Nama; Jabatan; Instansi" lines → guest attendees of the first party that is not mine. */
function guestsOf(text: string): AttendeeInput[] {
  return text
    .split('\n')
    .map((l) => l.split(';').map((s) => s.trim()))
    .filter(([name]) => name)
    .map(([name, position = '', unit = '']) => ({ name, position, unit: unit || '-' }));
}

/** Plans a meeting: kind, time, place, chair and minute-taker, agenda, documents, attendees. */
export function MeetingForm({
  cooperation,
  onSaved,
}: {
  cooperation: Cooperation;
  onSaved: (m: Meeting) => void;
}) {
  const t = useMeetingsT();
  const [kind, setKind] = useState<MeetingKind>('pembahasan');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [timeFrom, setTimeFrom] = useState('09:00');
  const [timeTo, setTimeTo] = useState('12:00');
  const [place, setPlace] = useState('');
  const [onlineLink, setOnlineLink] = useState('');
  const [chair, setChair] = useState('');
  const [minuteTaker, setMinuteTaker] = useState('');
  const [agenda, setAgenda] = useState('');
  const [documentIds, setDocumentIds] = useState(cooperation.documents.map((d) => d.id));
  const [attendees, setAttendees] = useState(cooperation.members.map((m) => m.userId));
  const [guests, setGuests] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = (list: string[], id: string) =>
    list.includes(id) ? list.filter((x) => x !== id) : [...list, id];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const meeting = await createMeeting(cooperation.id, {
        kind,
        ...(title.trim() ? { title: title.trim() } : {}),
        date,
        timeFrom,
        timeTo,
        place,
        onlineLink,
        chair: chair ? { userId: chair } : null,
        minuteTaker: minuteTaker ? { userId: minuteTaker } : null,
        agenda: agenda
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .map((l) => ({ title: l })),
        documentIds,
        attendees: [...attendees.map((userId) => ({ userId })), ...guestsOf(guests)],
      });
      onSaved(meeting);
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const memberOptions = cooperation.members.map((m) => (
    <option key={m.userId} value={m.userId}>
      {m.displayName}
    </option>
  ));
  /** A labelled one-line input; times are required, the rest may stay empty. */
  const input = (label: string, value: string, set: (value: string) => void, type?: 'time' | 'url') => (
    <Field label={label}>
      <input
        className="input"
        type={type}
        required={type === 'time' || undefined}
        value={value}
        onChange={(e) => set(e.target.value)}
      />
    </Field>
  );
  /** A group of checkboxes under `legend`, one for each option, ticked when its id is chosen. */
  const checklist = (
    legend: string,
    options: { id: string; label: string }[],
    chosen: string[],
    setChosen: (update: (chosen: string[]) => string[]) => void,
  ) => (
    <fieldset className="field">
      <legend className="field-label">{legend}</legend>
      {options.map((o) => (
        <label key={o.id} className="inline-check">
          <input
            type="checkbox"
            checked={chosen.includes(o.id)}
            onChange={() => setChosen((l) => toggle(l, o.id))}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
  /** A member to pick, or nobody. */
  const memberSelect = (label: string, value: string, set: (userId: string) => void) => (
    <Field label={label}>
      <select className="input" value={value} onChange={(e) => set(e.target.value)}>
        <option value="">{t('form.nobody')}</option>
        {memberOptions}
      </select>
    </Field>
  );

  return (
    <form className="stack meeting-form" onSubmit={submit}>
      <ErrorNote error={error} />
      <div className="field-grid">
        <Field label={t('meetings.kind')}>
          <select className="input" value={kind} onChange={(e) => setKind(e.target.value as MeetingKind)}>
            {MEETING_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        {input(t('form.title'), title, setTitle)}
        <DateField label={t('form.date')} name="date" value={date} onChange={setDate} />
        <div className="field-pair">
          {input(t('form.from'), timeFrom, setTimeFrom, 'time')}
          {input(t('form.to'), timeTo, setTimeTo, 'time')}
        </div>
        {input(t('form.place'), place, setPlace)}
        {input(t('form.link'), onlineLink, setOnlineLink, 'url')}
        {memberSelect(t('form.chair'), chair, setChair)}
        {memberSelect(t('form.minuteTaker'), minuteTaker, setMinuteTaker)}
      </div>
      <Field label={t('form.agenda')}>
        <textarea className="input" rows={3} value={agenda} onChange={(e) => setAgenda(e.target.value)} />
      </Field>
      {checklist(
        t('form.documents'),
        cooperation.documents.map((d) => ({ id: d.id, label: distinctTitle(cooperation.documents, d) })),
        documentIds,
        setDocumentIds,
      )}
      {checklist(
        t('form.attendees'),
        cooperation.members.map((m) => ({ id: m.userId, label: m.displayName })),
        attendees,
        setAttendees,
      )}
      <Field label={t('form.guests')}>
        <textarea className="input" rows={2} value={guests} onChange={(e) => setGuests(e.target.value)} />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('form.save')}
        </button>
      </div>
    </form>
  );
}
