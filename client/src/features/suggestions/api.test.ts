import { describe, expect, it } from 'vitest';
import { ApiError, failure } from '../../app/http.ts';
import { staleOf } from './api.ts';

describe('staleOf', () => {
  it('reads what a stale decision would remove from the 409 the route answers', () => {
    const error = failure(
      409,
      {
        error: {
          id: 'suggestion.stale',
          message: 'Pasal usulan ini telah diubah',
          messageEn: 'The Pasal changed',
          details: {
            suggestions: [
              { id: 's1', clauseId: 'c4', removes: 'melalui surel resmi' },
              { id: 7, removes: 'not a suggestion' },
            ],
          },
        },
      },
      '/api/documents/d1/suggestions/decisions',
    );
    expect(staleOf(error)).toEqual([{ id: 's1', clauseId: 'c4', removes: 'melalui surel resmi' }]);
  });

  it('is null for any other failure, and empty for a stale answer without its list', () => {
    expect(staleOf(new ApiError(403, 'suggestion.forbidden', '', ''))).toBeNull();
    expect(staleOf(new Error('network'))).toBeNull();
    expect(staleOf(new ApiError(409, 'suggestion.stale', '', ''))).toEqual([]);
  });
});
