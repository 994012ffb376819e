import { useState } from 'react';
import type { PointListQuery, PointState } from '../../../../../shared/api/points.ts';
import { POINT_STATES } from '../../../../../shared/api/points.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { useResource } from '../../../app/useResource.ts';
import type { CooperationTabProps } from '../../cooperations/tabs.ts';
import { listMeetings } from '../../meetings/api.ts';
import { useMeetingsT } from '../../meetings/messages.ts';
import { useRecordLock } from '../../meetings/useRecordLock.ts';
import { useClauseLabels } from '../useClauseLabels.ts';
import { usePoints } from '../usePoints.ts';
import { PointList } from './PointList.tsx';
import '../../meetings/meetings.css';
import { Field } from '../../../app/Field.tsx';
import { distinctTitle } from '../../cooperations/documentTitles.ts';

/** Poin pembahasan: every point of the cooperation, filtered by document, state, party and meeting, live. */
export function PointsTab({ cooperation }: CooperationTabProps) {
  const t = useMeetingsT();
  const [filter, setFilter] = useState<PointListQuery>({});
  const { data, error, reload } = usePoints(cooperation.id, filter);
  const meetings = useResource(`meetings:${cooperation.id}`, () => listMeetings(cooperation.id));
  const labelOf = useClauseLabels(cooperation);
  const recordLocked = useRecordLock(cooperation.id);
  const set = (key: keyof PointListQuery, value: string) =>
    setFilter((f) => ({ ...f, [key]: value || undefined }));

  const select = (key: keyof PointListQuery, label: string, options: [string, string][]) => (
    <Field label={label}>
      <select className="input" value={filter[key] ?? ''} onChange={(e) => set(key, e.target.value)}>
        <option value="">{t('points.filter.all')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );

  return (
    <section className="stack">
      <div className="filters">
        {select(
          'documentId',
          t('points.filter.document'),
          cooperation.documents.map((d) => [d.id, distinctTitle(cooperation.documents, d)]),
        )}
        {select(
          'state',
          t('points.filter.state'),
          POINT_STATES.map((s: PointState) => [s, t(`pointState.${s}`)]),
        )}
        {select(
          'partyId',
          t('points.filter.party'),
          cooperation.parties.map((p) => [p.id, p.shortName]),
        )}
        {select(
          'meetingId',
          t('points.filter.meeting'),
          (meetings.data ?? []).map((m) => [m.id, `${m.date} · ${m.title}`]),
        )}
      </div>
      <ErrorNote error={error} onRetry={reload} />
      <PointList
        points={data ?? []}
        loaded={Boolean(data)}
        cooperation={cooperation}
        cardProps={(p) => ({ clauseLabel: labelOf(p), recordLocked: recordLocked(p) })}
        emptyClassName="empty-state"
      />
    </section>
  );
}
