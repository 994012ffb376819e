import type { ActionDTO } from '../../shared/api/actions.ts';
import { todayInIndonesia } from '../commands/meetings/checks.ts';
import type { ActionItem } from '../db/repos/actions.ts';
import { iso } from '../db/repos/sql.ts';

/** Due before `today` and still to be done. */
export const isOverdue = (a: Pick<ActionItem, 'dueDate' | 'state'>, today: string) =>
  a.dueDate !== null && a.dueDate < today && (a.state === 'open' || a.state === 'in_progress');

/** A follow-up as the API shows it, with `overdue` computed for `today` (`YYYY-MM-DD`). */
export function presentAction(a: ActionItem, today = todayInIndonesia()): ActionDTO {
  return {
    id: a.id,
    cooperationId: a.cooperationId,
    text: a.text,
    personInCharge: {
      userId: a.picUserId,
      liaisonId: a.picLiaisonId,
      name: a.picName,
      position: a.picPosition,
    },
    partyId: a.partyId,
    unit: a.unit,
    dueDate: a.dueDate,
    state: a.state,
    overdue: isOverdue(a, today),
    origin: { meetingId: a.meetingId, pointId: a.pointId },
    createdAt: iso(a.createdAt),
    updatedAt: iso(a.updatedAt),
    doneAt: a.doneAt === null ? null : iso(a.doneAt),
  };
}
