import { useActions } from '../../actions/useActions.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { PointList } from '../../points/components/PointList.tsx';
import { RaisePointForm } from '../../points/components/RaisePointForm.tsx';
import { clauseLabelIn, showAnchor, usePoints } from '../../points/usePoints.ts';
import type { Meeting } from '../api.ts';
import { useMeetingsT } from '../messages.ts';

interface MeetingPointsColumnProps {
  meeting: Meeting;
  cooperation: Cooperation;
  agendaItemId: string | null;
  screen: EditorScreen;
}

/**
 * The right of the meeting room: a new point from the selection (Ctrl+Alt+M), filed under the
 * agenda item being discussed; the meeting's points with their replies, decisions and
 * follow-ups (each listed under its point), live for everyone in the room.
 */
export function MeetingPointsColumn({
  meeting,
  cooperation,
  agendaItemId,
  screen,
}: MeetingPointsColumnProps) {
  const t = useMeetingsT();
  const { data } = usePoints(cooperation.id, { meetingId: meeting.id });
  const actions = useActions(cooperation.id, { meetingId: meeting.id });
  const shown = (data ?? []).filter((p) => !agendaItemId || p.agendaItemId === agendaItemId);
  const current = screen.outline.clauses.find((c) => c.id === screen.currentClauseId);
  const canRaise = cooperation.permissions.canRaisePoints && meeting.state !== 'closed';

  return (
    <aside className="meeting-aside stack meeting-points" aria-label={t('mode.points')}>
      <h2 className="column-heading">{t('mode.points')}</h2>
      {canRaise && (
        <RaisePointForm
          cooperation={cooperation}
          documentId={screen.document.id}
          editor={screen.editor}
          clauseId={screen.currentClauseId}
          clauseLabel={current ? `Pasal ${current.number} — ${current.heading}` : null}
          meeting={meeting}
          agendaItemId={agendaItemId}
        />
      )}
      {/* A closed meeting says so in its head, above every column. */}
      {meeting.state !== 'closed' && <p className="muted small">{t('mode.live')}</p>}
      <PointList
        points={shown}
        loaded={Boolean(data)}
        cooperation={cooperation}
        cardProps={(p) => ({
          clauseLabel: p.documentId === screen.document.id ? clauseLabelIn(screen.outline, p) : null,
          onShow: showAnchor,
          withFollowUp: meeting.state !== 'closed',
          followUps: actions.data?.filter((a) => a.origin.pointId === p.id),
          onFollowUpAdded: actions.reload,
          recordLocked: meeting.state === 'closed',
        })}
      />
    </aside>
  );
}
