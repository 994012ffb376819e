import { describe, expect, it } from 'vitest';
import { nextUnagreed } from './nextUnagreed.ts';

const ids = ['p1', 'p2', 'p3', 'p4', 'p5'];
const agreedOf =
  (...agreed: string[]) =>
  (id: string) =>
    agreed.includes(id);

describe('nextUnagreed', () => {
  it('skips agreed Pasal forward and backward, wrapping round the document', () => {
    const agreed = agreedOf('p2', 'p3');
    expect(nextUnagreed(ids, agreed, 'p1', 1)).toBe('p4');
    expect(nextUnagreed(ids, agreed, 'p4', -1)).toBe('p1');
    expect(nextUnagreed(ids, agreed, 'p5', 1)).toBe('p1');
    expect(nextUnagreed(ids, agreed, 'p1', -1)).toBe('p5');
  });

  it('starts at the first or the last Pasal from outside any Pasal', () => {
    expect(nextUnagreed(ids, agreedOf(), null, 1)).toBe('p1');
    expect(nextUnagreed(ids, agreedOf('p5'), null, -1)).toBe('p4');
  });

  it('is null when every other Pasal is agreed', () => {
    expect(nextUnagreed(ids, agreedOf(...ids), 'p2', 1)).toBeNull();
    expect(nextUnagreed(ids, agreedOf('p1', 'p2', 'p4', 'p5'), 'p3', 1)).toBeNull();
    expect(nextUnagreed([], agreedOf(), null, 1)).toBeNull();
  });
});
