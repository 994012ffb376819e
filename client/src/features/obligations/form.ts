import type { DueRuleDTO } from '../../../../shared/api/obligations.ts';
import type { Obligation } from './api.ts';

/**
 * The obligation form's values as the controls hold them (strings), and the rule and party they
 * make; a pure module so what the form sends is tested without a browser.
 */
export interface ObligationDraft {
  /** `party:<id>`, `all` (PARA PIHAK) or `each` (MASING-MASING PIHAK). */
  who: string;
  unitId: string;
  liaisonId: string;
  text: string;
  evidence: string;
  dueKind: 'none' | DueRuleDTO['kind'];
  date: string;
  everyMonths: string;
  amount: string;
  unit: 'working_day' | 'day' | 'month' | 'year';
  event: string;
  fromSigning: boolean;
}

export const emptyDraft = (): ObligationDraft => ({
  who: 'all',
  unitId: '',
  liaisonId: '',
  text: '',
  evidence: '',
  dueKind: 'none',
  date: '',
  everyMonths: '3',
  amount: '14',
  unit: 'working_day',
  event: '',
  fromSigning: false,
});

/** The form's values for an obligation being edited. */
export function draftOf(o: Obligation): ObligationDraft {
  const d = { ...emptyDraft(), text: o.text, evidence: o.evidence, unitId: o.unitId ?? '' };
  d.liaisonId = o.liaisonId ?? '';
  d.who = o.partyScope === 'party' && o.partyId ? `party:${o.partyId}` : o.partyScope;
  const due = o.due;
  if (!due) return d;
  d.dueKind = due.kind;
  if (due.kind === 'date') d.date = due.date;
  if (due.kind === 'recurring') d.everyMonths = String(due.everyMonths);
  if (due.kind === 'after_event') {
    d.amount = String(due.amount);
    d.unit = due.unit;
    d.event = due.event;
    d.fromSigning = due.fromSigning;
  }
  return d;
}

/** The party the draft binds: the party's id when one party is chosen. */
export const partyOf = (draft: Pick<ObligationDraft, 'who'>): string | null =>
  draft.who.startsWith('party:') ? draft.who.slice('party:'.length) : null;

/** The due rule the draft states, or null; `undefined` when what is typed states no rule yet. */
export function dueOf(draft: ObligationDraft): DueRuleDTO | null | undefined {
  const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s) : Number.NaN);
  switch (draft.dueKind) {
    case 'none':
      return null;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(draft.date) ? { kind: 'date', date: draft.date } : undefined;
    case 'recurring': {
      const n = whole(draft.everyMonths);
      return n >= 1 ? { kind: 'recurring', everyMonths: n } : undefined;
    }
    case 'after_event': {
      const n = whole(draft.amount);
      const event = draft.event.trim();
      if (!(n >= 1) || !event) return undefined;
      return { kind: 'after_event', amount: n, unit: draft.unit, event, fromSigning: draft.fromSigning };
    }
  }
}

/** Who, what and when, as both the add and the edit calls take them. */
export function fieldsOf(draft: ObligationDraft) {
  const partyId = partyOf(draft);
  return {
    partyScope: partyId ? ('party' as const) : (draft.who as 'all' | 'each'),
    partyId,
    unitId: draft.unitId || null,
    liaisonId: draft.liaisonId || null,
    text: draft.text.trim(),
    evidence: draft.evidence.trim(),
  };
}
