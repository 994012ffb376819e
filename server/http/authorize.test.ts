import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/api/common.ts';
import type { DocumentStatus } from '../../shared/api/cooperations.ts';
import type { Actor } from '../../shared/policies.ts';
import { AppError } from '../errors/index.ts';
import { authorize } from './authorize.ts';

const actor = (role: Role): Actor => ({
  userId: `u-${role}`,
  role,
  signatory: false,
  partyId: 'p1',
  suggestOnly: role === 'suggester',
});
const doc = (status: DocumentStatus) => ({ status });

describe('authorize', () => {
  const refusal = (fn: () => void) => {
    try {
      fn();
    } catch (err) {
      return err instanceof AppError ? [err.status, err.id] : err;
    }
    return null;
  };

  it('throws the rule’s own 403, or auth.forbidden', () => {
    expect(refusal(() => authorize(actor('viewer'), 'document.approve'))).toEqual([
      403,
      'approval.forbidden',
    ]);
    expect(refusal(() => authorize(actor('commenter'), 'point.decide'))).toEqual([
      403,
      'point.decide_forbidden',
    ]);
    expect(refusal(() => authorize(actor('owner'), 'point.raiseFor', null))).toEqual([
      403,
      'point.raised_by_forbidden',
    ]);
    expect(refusal(() => authorize(actor('editor'), 'cooperation.invite'))).toEqual([403, 'auth.forbidden']);
    expect(refusal(() => authorize(actor('owner'), 'cooperation.invite'))).toBeNull();
  });

  it('asks who, not when: the state of a document is the command’s 409', () => {
    expect(refusal(() => authorize(actor('editor'), 'document.finalise', doc('signed')))).toBeNull();
    expect(refusal(() => authorize(actor('commenter'), 'document.finalise', doc('draft')))).toEqual([
      403,
      'auth.forbidden',
    ]);
  });
});
