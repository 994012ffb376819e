import { useState } from 'react';
import { Dialog } from '../../../app/Dialog.tsx';
import { DownloadLink } from '../../../app/DownloadLink.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Field } from '../../../app/Field.tsx';
import { useResource } from '../../../app/useResource.ts';
import { useDateTime } from '../../../i18n/format.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { getMinutes, type Meeting, minutesDocxUrl } from '../api.ts';
import { useMeetingsT } from '../messages.ts';
import { MinutesText } from './MinutesText.tsx';

/**
 * The minutes as they will be printed: a closed meeting's record (the latest version, or an
 * earlier one chosen here), else the live draft to review. The .docx is downloaded with the
 * letterhead chosen here: none, the cooperation's or one party's.
 */
export function MinutesDialog({
  meeting,
  cooperation,
  open,
  onClose,
}: {
  meeting: Meeting;
  cooperation: Cooperation;
  open: boolean;
  onClose: () => void;
}) {
  const t = useMeetingsT();
  const dateTime = useDateTime();
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [kop, setKop] = useState('none');
  // Fetched each time the dialog opens, so it shows what was just decided.
  const {
    data: m,
    error,
    reload,
  } = useResource(`minutes:${meeting.id}:${open}:${version ?? 'latest'}`, () =>
    open ? getMinutes(meeting.id, version) : Promise.resolve(null),
  );
  const title = m?.record ? t('minutes.record', { version: m.record.version }) : t('minutes.title');
  // Earlier versions are offered once there is one besides what is shown by default.
  const versions = meeting.state === 'closed' ? meeting.records.length > 1 : meeting.records.length > 0;
  return (
    <Dialog title={title} open={open} onClose={onClose}>
      <ErrorNote error={error} onRetry={reload} />
      <div className="minutes-print">
        {versions && (
          <Field label={t('minutes.version')}>
            <select
              className="input"
              name="version"
              value={version ?? ''}
              onChange={(e) => setVersion(e.target.value ? Number(e.target.value) : undefined)}
            >
              <option value="">
                {t(meeting.state === 'closed' ? 'minutes.latest' : 'minutes.liveDraft')}
              </option>
              {meeting.records.map((r) => (
                <option key={r.version} value={r.version}>
                  {t('minutes.versionItem', {
                    version: r.version,
                    when: dateTime(r.closedAt),
                  })}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label={t('minutes.letterhead')}>
          <select className="input" name="kop" value={kop} onChange={(e) => setKop(e.target.value)}>
            <option value="none">{t('minutes.kopNone')}</option>
            <option value="cooperation">{t('minutes.kopCooperation')}</option>
            {cooperation.parties.map((p) => (
              <option key={p.id} value={p.id}>
                {t('minutes.kopParty', { party: p.shortName || p.name })}
              </option>
            ))}
          </select>
        </Field>
        <DownloadLink className="button primary" href={minutesDocxUrl(meeting.id, { kop, version })}>
          {t('minutes.download')}
        </DownloadLink>
      </div>
      {m?.record && (
        <p className="record-note small" role="note">
          {t('minutes.recordNote', {
            when: dateTime(m.record.closedAt),
            by: m.record.closedBy || '—',
          })}
        </p>
      )}
      {m && <MinutesText minutes={m} />}
    </Dialog>
  );
}
