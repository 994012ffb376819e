import { Dialog } from '../../../app/Dialog.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { useResource } from '../../../app/useResource.ts';
import { getMinutes, minutesDocxUrl } from '../api.ts';
import { useMeetingsT } from '../messages.ts';

/** The draft of the minutes, as it will be printed, to review before exporting the .docx. */
export function MinutesDialog({
  meetingId,
  open,
  onClose,
}: {
  meetingId: string;
  open: boolean;
  onClose: () => void;
}) {
  const t = useMeetingsT();
  // Fetched each time the dialog opens, so it shows what was just decided.
  const {
    data: m,
    error,
    reload,
  } = useResource(`minutes:${meetingId}:${open}`, () =>
    open ? getMinutes(meetingId) : Promise.resolve(null),
  );
  return (
    <Dialog title={t('minutes.title')} open={open} onClose={onClose}>
      <ErrorNote error={error} onRetry={reload} />
      {m && (
        <div className="stack minutes-review" lang="id">
          <h3>NOTULA RAPAT — {m.title.toUpperCase()}</h3>
          <p>
            {m.kindLabel} · {m.dayDate} · {m.time} · {m.place || m.onlineLink}
          </p>
          <p>
            {m.chair && `Pimpinan rapat: ${m.chair.name}. `}
            {m.minuteTaker && `Notulis: ${m.minuteTaker.name}.`}
          </p>
          <h4>{t('minutes.attendees')}</h4>
          <ol>
            {m.attendees.map((a) => (
              <li key={`${a.name}-${a.institution}`}>
                {a.name}, {a.position} — {a.institution} {a.present ? '' : '(tidak hadir)'}
              </li>
            ))}
          </ol>
          <h4>{t('minutes.discussion')}</h4>
          <p>{m.opening}</p>
          {m.discussion.map((d, i) => (
            <section key={d.agendaItem ?? i}>
              {d.agendaItem && <h5>{`${i + 1}. ${d.agendaItem}`}</h5>}
              <ul>
                {d.points.map((p) => (
                  <li key={p.id}>
                    <strong>{p.raisedBy}</strong>: {p.text}
                    {p.clause && <div className="muted small">{p.clause}</div>}
                    <div>
                      <em>{p.stateLabel}</em> {p.decision}
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <h4>{t('minutes.decisions')}</h4>
          {m.decisions.length ? (
            <ol>
              {m.decisions.map((d) => (
                <li key={d.text}>
                  {d.text} <em>[{d.stateLabel}]</em>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">{t('minutes.none')}</p>
          )}
          <h4>{t('minutes.actions')}</h4>
          {m.actions.length ? (
            <ol>
              {m.actions.map((a) => (
                <li key={a.text}>
                  {a.text} — {a.personInCharge} — {a.dueDate || '—'}
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">{t('minutes.none')}</p>
          )}
          <h4>{t('minutes.next')}</h4>
          <p>{m.nextMeeting}</p>
          <p>{m.closing}</p>
          <div className="form-actions">
            <a className="button primary" href={minutesDocxUrl(meetingId)} download>
              {t('minutes.download')}
            </a>
          </div>
        </div>
      )}
    </Dialog>
  );
}
