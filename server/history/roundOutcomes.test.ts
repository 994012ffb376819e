import { describe, expect, it } from 'vitest';
import type { PMJSON } from '../../shared/clauses.ts';
import { decideSuggestions, listSuggestions } from '../../shared/suggestions/index.ts';
import { clause } from './fixtures.ts';
import { outcomesByComparison, type RecordedDecision, recordedOutcomes } from './roundOutcomes.ts';

const stamp = (id: string) => ({ id, party: 'pa', user: 'ua', ts: '2026-12-05T06:00:00Z' });
const run = (text: string, ...marks: PMJSON['marks'] & object): PMJSON => ({ type: 'text', text, marks });
const para = (...content: PMJSON[]): PMJSON => ({ type: 'paragraph', content });
const doc = (...content: PMJSON[]): PMJSON => ({ type: 'doc', content });

/** A round's text: an insertion, a deletion and a bolding in Pasal 1, a whole new paragraph in Pasal 2. */
const sent = doc(
  clause(
    'c1',
    'Ruang Lingkup',
    para(
      run('Para pihak '),
      run('dengan segera ', { type: 'insertion', attrs: stamp('ins') }),
      run('bersama-sama ', { type: 'deletion', attrs: stamp('del') }),
      run('melaksanakan', { type: 'bold' }, { type: 'formatChange', attrs: { ...stamp('fmt'), before: '' } }),
      run(' kegiatan.'),
    ),
  ),
  clause('c2', 'Jangka Waktu', {
    ...para(run('Paragraf usulan baru.')),
    attrs: { suggestion: { ...stamp('blk'), kind: 'insert' } },
  }),
);
const proposed = listSuggestions(sent);
const only =
  (...ids: string[]) =>
  (s: { id: string }) =>
    ids.includes(s.id);

describe('outcomesByComparison', () => {
  it('tells accepted from rejected by which reading the later text is closer to, pending while present', () => {
    let later = decideSuggestions(sent, 'accept', only('ins', 'fmt'));
    later = decideSuggestions(later, 'reject', only('del', 'blk'));
    expect(Object.fromEntries(outcomesByComparison(sent, later, proposed))).toEqual({
      ins: 'accepted',
      del: 'rejected',
      fmt: 'accepted',
      blk: 'rejected',
    });
    const reversed = decideSuggestions(
      decideSuggestions(sent, 'reject', only('ins', 'fmt')),
      'accept',
      only('del', 'blk'),
    );
    expect(Object.fromEntries(outcomesByComparison(sent, reversed, proposed))).toEqual({
      ins: 'rejected',
      del: 'accepted',
      fmt: 'rejected',
      blk: 'accepted',
    });
    const partly = decideSuggestions(sent, 'accept', only('ins'));
    expect(outcomesByComparison(sent, partly, proposed).get('del')).toBe('pending');
  });

  it('weighs only the suggestion’s own Pasal: edits elsewhere do not tip it', () => {
    const later = decideSuggestions(sent, 'accept', only('ins'));
    const edited = structuredClone(later);
    edited.content!.push(clause('c3', 'Lain-lain', 'Dengan segera dan bersama-sama ditulis langsung.'));
    expect(outcomesByComparison(sent, edited, proposed).get('ins')).toBe('accepted');
  });
});

describe('recordedOutcomes', () => {
  const decision = (suggestionId: string, d: RecordedDecision['decision'], at: number): RecordedDecision => ({
    suggestionId,
    decision: d,
    at,
  });
  it('takes the latest recorded decision made by then, newest first as the repo lists them', () => {
    const decisions = [
      decision('ins', 'reject', 300),
      decision('ins', 'accept', 200),
      decision('del', 'withdraw', 100),
    ];
    expect(Object.fromEntries(recordedOutcomes(decisions, proposed, 250))).toEqual({
      ins: 'accepted',
      del: 'withdrawn',
    });
    expect(recordedOutcomes(decisions, proposed, Number.POSITIVE_INFINITY).get('ins')).toBe('rejected');
  });
});
