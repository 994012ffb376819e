import {
  cooperationPath,
  documentInfoPath,
  followUpsPath,
  obligationPath,
  publicReportsPath,
} from '../../../../shared/pages.ts';
import { longDate } from '../../app/dates.ts';
import { type Language, textIn } from '../../i18n/index.ts';
import type { NotificationDTO } from './api.ts';
import { notificationMessages } from './messages.ts';

/** A bell item in words: what happened, in which cooperation, and where it leads (if anywhere). */
export interface NotificationWords {
  what: string;
  cooperation: string | null;
  href: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * Words a bell item by its kind from its payload, which the server fills when the reminder goes
 * out (`action.due`: the follow-up's text, due date, `when` and the cooperation's title;
 * `agreement.term_end`: the agreement's title and last day in force; `obligation.due`: the
 * obligation's Pasal, text, due date and `when` (before or overdue); `obligation.reported` and
 * `obligation.commented`: who reported or answered, their text and the obligation;
 * `public_report.due`: the report's reference, its OPD, due day and `when`). A kind
 * this client does not know still shows, as a plain notice with its cooperation.
 */
export function describeNotification(n: NotificationDTO, language: Language): NotificationWords {
  const p = n.payload;
  const cooperation = text(p.cooperationTitle);
  if (n.kind === 'action.due') {
    const due = text(p.dueDate);
    const key = p.when === 'day' ? 'item.actionDueToday' : 'item.actionDue';
    return {
      what: textIn(notificationMessages, language, key, {
        date: (due && longDate(due, language)) ?? due ?? '',
        text: text(p.text) ?? '',
      }),
      cooperation,
      href: n.cooperationId ? followUpsPath(n.cooperationId) : null,
    };
  }
  if (n.kind === 'agreement.term_end') {
    const end = text(p.endDate);
    const documentId = text(p.documentId);
    return {
      what: textIn(notificationMessages, language, 'item.termEnd', {
        title: text(p.documentTitle) ?? '',
        date: (end && longDate(end, language)) ?? end ?? '',
      }),
      cooperation,
      href:
        n.cooperationId && documentId
          ? documentInfoPath(n.cooperationId, documentId)
          : n.cooperationId
            ? cooperationPath(n.cooperationId)
            : null,
    };
  }
  if (n.kind === 'obligation.due') {
    const due = text(p.dueDate);
    const obligationId = text(p.obligationId);
    return {
      what: textIn(
        notificationMessages,
        language,
        p.when === 'overdue' ? 'item.obligationOverdue' : 'item.obligationDue',
        {
          path: text(p.clausePath) ?? '',
          date: (due && longDate(due, language)) ?? due ?? '',
          text: text(p.text) ?? '',
        },
      ),
      cooperation,
      href: n.cooperationId ? obligationPath(n.cooperationId, obligationId) : null,
    };
  }
  if (n.kind === 'obligation.reported' || n.kind === 'obligation.commented') {
    const obligationId = text(p.obligationId);
    const key =
      n.kind === 'obligation.reported'
        ? 'item.obligationReported'
        : p.commentKind === 'request'
          ? 'item.obligationRequested'
          : 'item.obligationCommented';
    return {
      what: textIn(notificationMessages, language, key, {
        name: text(p.authorName) ?? '',
        text: text(p.text) ?? '',
      }),
      cooperation,
      href: n.cooperationId ? obligationPath(n.cooperationId, obligationId) : null,
    };
  }
  if (n.kind === 'public_report.due') {
    const due = text(p.dueOn);
    return {
      what: textIn(
        notificationMessages,
        language,
        p.when === 'overdue' ? 'item.publicReportOverdue' : 'item.publicReportDue',
        {
          reference: text(p.reference) ?? '',
          unit: text(p.unitName) ?? '',
          date: (due && longDate(due, language)) ?? due ?? '',
        },
      ),
      cooperation,
      href: n.cooperationId ? publicReportsPath(n.cooperationId) : null,
    };
  }
  return {
    what: textIn(notificationMessages, language, 'item.other'),
    cooperation,
    href: n.cooperationId ? cooperationPath(n.cooperationId) : null,
  };
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];
const WEEK_MS = 7 * 86_400_000;

/**
 * "3 jam yang lalu" / "3 hours ago": how long ago `iso` was, in the person's language; null when
 * it is a week old or more, or ahead of this device's clock, where a date says it better.
 */
export function howLongAgo(iso: string, now: number, language: Language): string | null {
  const ms = now - new Date(iso).getTime();
  if (!Number.isFinite(ms) || ms < -60_000 || ms >= WEEK_MS) return null;
  const format = new Intl.RelativeTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (ms >= size) return format.format(-Math.floor(ms / size), unit);
  }
  return textIn(notificationMessages, language, 'when.now');
}
