import { addCalendarDays, addWorkingDays, localDate } from '../../shared/calendar/workingDays.ts';
import { followUpsPath } from '../../shared/pages.ts';
import { cooperationTimeZone } from '../../shared/timeZones.ts';
import type { DB } from '../db/connection.ts';
import { findAction } from '../db/repos/actions.ts';
import { findCooperation } from '../db/repos/cooperations.ts';
import { listRemindableFollowUps, type Reminder, scheduleReminder } from '../db/repos/reminders.ts';
import { type Composed, channelsFor, type ReminderKind } from './kinds.ts';
import { localInstant } from './localTime.ts';
import { followUpLine, followUpMail } from './messages.ts';

/** The kind of a reminder of a follow-up's (tindak lanjut) due date. */
export const FOLLOW_UP_DUE = 'action.due';
/** The local time of day reminders go out at, in the cooperation's zone. */
const SEND_AT = '08:00';

/**
 * Follow-ups from meetings with a due date and a member in charge: that member is reminded one
 * working day before (weekends, public holidays and cuti bersama skipped: shared/calendar/) and on
 * the due date, at 08:00 in the cooperation's time zone, in the app
 * and (with mail on and an address set) by e-mail. A reminder whose local day has passed when
 * it is first scheduled is not made: a late "due tomorrow" helps nobody.
 */
export const followUpReminders: ReminderKind = {
  kind: FOLLOW_UP_DUE,
  emailKind: 'followUps',

  schedule(db, now, mailOn) {
    let added = 0;
    // The earliest local "today" of any zone is at most a day behind UTC's.
    for (const f of listRemindableFollowUps(
      db,
      addCalendarDays(new Date(now).toISOString().slice(0, 10), -1),
    )) {
      const zone = cooperationTimeZone(f.cooperationSettings);
      const today = localDate(new Date(now), zone);
      const channels = channelsFor(db, f.picUserId, 'followUps', mailOn);
      const occurrences = [
        { when: 'before', day: addWorkingDays(f.dueDate, -1, zone) },
        { when: 'day', day: f.dueDate },
      ] as const;
      for (const { when, day } of occurrences) {
        if (day < today) continue;
        for (const channel of channels) {
          const reminder = {
            kind: FOLLOW_UP_DUE,
            subjectId: f.id,
            occurrence: `${f.dueDate}/${when}`,
            cooperationId: f.cooperationId,
            userId: f.picUserId,
            channel,
            dueAt: localInstant(day, SEND_AT, zone),
            payload: { dueDate: f.dueDate, when },
          };
          if (scheduleReminder(db, reminder, now)) added++;
        }
      }
    }
    return added;
  },

  compose(db, job) {
    return composeFollowUp(db, job);
  },
};

/** Reads the follow-up again when its reminder is due: what to say, or why it is no longer wanted. */
function composeFollowUp(db: DB, job: Reminder): Composed {
  const action = findAction(db, job.subjectId);
  const dueDate = String(job.payload.dueDate);
  const when = job.payload.when === 'day' ? 'day' : 'before';
  if (!action || action.state === 'done' || action.state === 'cancelled') {
    return { cancel: 'the follow-up is done, cancelled or deleted' };
  }
  if (action.dueDate !== dueDate) return { cancel: `the due date moved to ${action.dueDate ?? 'none'}` };
  if (action.picUserId !== job.userId) return { cancel: 'another person is in charge now' };
  const cooperation = findCooperation(db, action.cooperationId);
  if (!cooperation) return { cancel: 'the cooperation is gone' };
  const zone = cooperationTimeZone(cooperation.settings);
  const facts = { cooperationTitle: cooperation.title, text: action.text, dueDate, when, zone } as const;
  return {
    bell: { actionId: action.id, ...facts },
    mail: (language, recipientName) => followUpMail({ ...facts, recipientName }, language),
    line: (language) => followUpLine(facts, language),
    page: followUpsPath(cooperation.id),
  };
}
