import {
  type CreateCooperationBody,
  createCooperationBodySchema,
} from '../../../../shared/api/cooperations.ts';

/** One party as typed in the form. */
export interface PartyDraft {
  name: string;
  shortName: string;
  seat: string;
}

/** The new cooperation form as typed. */
export interface CooperationDraft {
  title: string;
  description: string;
  parties: PartyDraft[];
  /** Ordinal (1-based) of the party the creator represents. */
  myParty: number;
}

/** What is wrong with one field, before it is put in words. */
export type FieldProblem = { kind: 'required' } | { kind: 'tooLong'; max: number } | { kind: 'invalid' };

/** Problems by field, keyed as the server names fields (`title`, `parties.1.name`). */
export type FieldProblems = Record<string, FieldProblem>;

/** The element id of a field's input, from its name (`parties.1.name` → `coop-parties-1-name`). */
export const fieldInputId = (field: string) => `coop-${field.replace(/\./g, '-')}`;

/** The request body the form stands for: every row is a party, blank ones too, so none is lost. */
export function cooperationBody(draft: CooperationDraft): CreateCooperationBody {
  return {
    title: draft.title,
    description: draft.description.trim() || undefined,
    parties: draft.parties.map((p) => ({
      name: p.name,
      shortName: p.shortName,
      seat: p.seat.trim() || undefined,
    })),
    myPartyOrdinal: Math.min(draft.myParty, draft.parties.length),
  };
}

/**
 * Every field's problem at once, by the server's own schema (`shared/api/cooperations.ts`), so
 * the form refuses exactly what the server would; `body` is set when there is none.
 */
export function checkCooperation(draft: CooperationDraft): {
  problems: FieldProblems;
  body?: CreateCooperationBody;
} {
  const parsed = createCooperationBodySchema.safeParse(cooperationBody(draft));
  if (parsed.success) return { problems: {}, body: parsed.data };
  const problems: FieldProblems = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.join('.');
    if (field in problems) continue;
    if (issue.code === 'too_small' && issue.origin === 'string') problems[field] = { kind: 'required' };
    else if (issue.code === 'too_big' && issue.origin === 'string')
      problems[field] = { kind: 'tooLong', max: Number(issue.maximum) };
    else problems[field] = { kind: 'invalid' };
  }
  return { problems };
}
