import { describe, expect, it } from 'vitest';
import type { DocumentOutline } from '../../../../shared/clauses.ts';
import { allowed } from '../../../../shared/policies.ts';
import type { SuggestionSummary } from '../../../../shared/suggestions/index.ts';
import { authorOf, byClause, partyStyles, rightOver, shortText } from './review.ts';

const summary = (id: string, clauseId: string | null, party = 'p1', user = 'u1'): SuggestionSummary => ({
  id,
  party,
  user,
  ts: '2026-12-05T06:00:00Z',
  clauseId,
  inserted: id,
  deleted: '',
  formats: 0,
  blocks: [],
});

const outline: DocumentOutline = {
  clauses: [
    { id: 'c1', number: 1, heading: 'MAKSUD DAN TUJUAN', chapterId: null, ayat: [], index: 1 },
    { id: 'c2', number: 2, heading: 'RUANG LINGKUP', chapterId: null, ayat: [], index: 2 },
  ],
  chapters: [],
};

describe('byClause', () => {
  it('groups by Pasal in the order the text shows them, with the Pasal number and heading from the outline', () => {
    const groups = byClause(
      [summary('a', 'c2'), summary('b', null), summary('c', 'c1'), summary('d', 'c2')],
      outline,
    );
    expect(groups.map((g) => [g.clauseId, g.clause?.number ?? null, g.suggestions.map((s) => s.id)])).toEqual(
      [
        ['c2', 2, ['a', 'd']],
        [null, null, ['b']],
        ['c1', 1, ['c']],
      ],
    );
    expect(groups[0]?.clause?.heading).toBe('RUANG LINGKUP');
  });

  it('keeps a Pasal the outline does not know yet (a moment behind the text) without its number', () => {
    expect(byClause([summary('a', 'gone')], outline)).toEqual([
      { clauseId: 'gone', clause: null, suggestions: [summary('a', 'gone')] },
    ]);
  });
});

describe('rightOver, asked of the shared policy', () => {
  const actor = (role: 'editor' | 'suggester' | 'commenter', partyId: string, userId: string) => ({
    userId,
    role,
    signatory: false,
    partyId,
    suggestOnly: role === 'suggester',
  });
  const right = (
    a: ReturnType<typeof actor>,
    s: { party: string; user: string },
    status = 'draft' as const,
  ) =>
    rightOver(s, (x, decision) =>
      allowed(a, 'suggestion.decide', { party: x.party, user: x.user, decision, documentStatus: status }),
    );

  it("lets the other party's editor decide, the author withdraw, and their own party's editor do neither", () => {
    const s = { party: 'p1', user: 'author' };
    expect(right(actor('editor', 'p2', 'other'), s)).toBe('decide');
    expect(right(actor('suggester', 'p1', 'author'), s)).toBe('withdraw');
    expect(right(actor('editor', 'p1', 'colleague'), s)).toBe('none');
    expect(right(actor('commenter', 'p2', 'reader'), s)).toBe('none');
  });
});

describe('partyStyles', () => {
  it('writes one --party rule per party under the scope, by the data-party the marks carry', () => {
    expect(
      partyStyles('.sheet', [
        { id: 'p1', color: '#1d4ed8' },
        { id: 'p2', color: '#b45309' },
      ]),
    ).toBe('.sheet [data-party="p1"] { --party: #1d4ed8; }\n.sheet [data-party="p2"] { --party: #b45309; }');
  });

  it('leaves out a colour that is not a hex colour and escapes what could close the selector', () => {
    const css = partyStyles('.sheet', [
      { id: 'x"] { color: red } [a="', color: '#123456' },
      { id: 'p2', color: 'red; } body { display: none' },
    ]);
    expect(css).not.toContain('display');
    expect(css).not.toMatch(/"\]\s*\{\s*color/);
    expect(css.split('\n')).toHaveLength(1);
  });
});

describe('shortText and authorOf', () => {
  it('puts text on one line and cuts it with an ellipsis', () => {
    expect(shortText('  satu\n dua  ')).toBe('satu dua');
    expect(shortText('abcdefghij', 5)).toBe('abcd…');
  });

  it("names the author from the members and their party from the cooperation's parties", () => {
    const parties = [{ id: 'p1', shortName: 'ORI' }];
    expect(authorOf({ party: 'p1', user: 'u1' }, [{ userId: 'u1', displayName: 'Siti' }], parties)).toEqual({
      name: 'Siti',
      party: parties[0],
    });
    expect(authorOf({ party: 'p9', user: 'u9' }, [], parties)).toEqual({ name: null, party: null });
  });
});
