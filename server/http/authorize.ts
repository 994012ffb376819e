import { type Action, type Actor, qualifies, type WhoArg } from '../../shared/policies.ts';
import {
  type AppError,
  forbidden,
  mayNotApprove,
  mayNotDecidePoint,
  mayNotRaiseFor,
  mayNotReport,
  mayNotReview,
} from '../errors/index.ts';

/** Refusals with words of their own; any other action refused answers 403 `auth.forbidden`. */
const REFUSALS: Partial<Record<Action, () => AppError>> = {
  'document.approve': mayNotApprove,
  'point.raiseFor': mayNotRaiseFor,
  'point.decide': mayNotDecidePoint,
  'obligation.report': mayNotReport,
  'obligation.review': mayNotReview,
};

/**
 * Throws the action's 403 unless `actor` is someone who may do it (the `who` half of the rule
 * in `shared/policies.ts`). The record's state is left to the command (its 409 says what state
 * the record is in).
 */
export function authorize<A extends Action>(actor: Actor, action: A, ...subject: WhoArg<A>): void {
  if (!qualifies(actor, action, ...subject)) throw (REFUSALS[action] ?? forbidden)();
}
