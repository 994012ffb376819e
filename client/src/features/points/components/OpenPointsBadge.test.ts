import { describe, expect, it } from 'vitest';
import { openPointsWords } from './OpenPointsBadge.tsx';

describe('openPointsWords', () => {
  it('says one point in the singular in English', () => {
    expect(openPointsWords('en', 1)).toEqual({
      badge: '1 point',
      title: '1 open discussion point on this article',
    });
    expect(openPointsWords('en', 2).badge).toBe('2 points');
    expect(openPointsWords('en', 2).title).toBe('2 open discussion points on this article');
  });

  it('says "poin" for any number in Bahasa Indonesia', () => {
    expect(openPointsWords('id', 1).badge).toBe('1 poin');
    expect(openPointsWords('id', 3).badge).toBe('3 poin');
  });
});
