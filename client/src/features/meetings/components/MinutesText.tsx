import type { Minutes } from '../api.ts';
import { useMeetingsT } from '../messages.ts';
import { MinutesDecisions } from './MinutesDecisions.tsx';

/** The text of the minutes on screen, in the order the .docx prints it (in Bahasa Indonesia). */
export function MinutesText({ minutes: m }: { minutes: Minutes }) {
  const t = useMeetingsT();
  return (
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
      {m.attendees.length ? (
        <ol>
          {m.attendees.map((a) => (
            <li key={`${a.name}-${a.institution}`}>
              {a.name}, {a.position} — {a.institution} {a.present ? '' : '(tidak hadir)'}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('minutes.noAttendees')}</p>
      )}
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
      <MinutesDecisions decisions={m.decisions} />
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
      {m.reopenings.length > 0 && (
        <>
          <h4>{t('minutes.changes')}</h4>
          {m.reopenings.map((r) => (
            <p key={r}>
              <em>{r}</em>
            </p>
          ))}
        </>
      )}
      <p>{m.closing}</p>
      <p className="minutes-place-date">{m.placeDate}</p>
    </div>
  );
}
