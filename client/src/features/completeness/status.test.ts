import { describe, expect, it } from 'vitest';
import type { CompletenessItem } from '../../../../shared/completeness.ts';
import { attentionFirst, itemPlace, itemStatus } from './status.ts';

const item = (key: string, level: CompletenessItem['level'], present: boolean): CompletenessItem =>
  ({ key, label: { id: key, en: key }, level, present, clauseIds: [] }) as CompletenessItem;

describe('completeness item status', () => {
  it('tells present, missing, recommended, annex and flags apart', () => {
    expect(itemStatus(item('purpose', 'required', true))).toBe('present');
    expect(itemStatus(item('purpose', 'required', false))).toBe('missing');
    expect(itemStatus(item('dispute', 'recommended', false))).toBe('recommended');
    expect(itemStatus(item('dispute', 'recommended', true))).toBe('present');
    expect(itemStatus(item('implementation', 'annex', false))).toBe('annex');
    expect(itemStatus(item('dprd', 'flag', false))).toBe('flag');
    expect(itemStatus(item('dprd', 'flag', true))).toBe('flagFound');
  });

  it('lists what needs attention first, missing required before recommended, checklist order within', () => {
    const items = [
      item('title', 'required', true),
      item('dispute', 'recommended', false),
      item('purpose', 'required', false),
      item('dprd', 'flag', false),
      item('term', 'required', false),
    ];
    const { open, present } = attentionFirst(items);
    expect(open.map((i) => i.key)).toEqual(['purpose', 'term', 'dispute', 'dprd']);
    expect(present.map((i) => i.key)).toEqual(['title']);
  });

  it('sends meta sections to the Info tab and parties to the opening', () => {
    expect(itemPlace(item('signing', 'required', false))).toBe('info');
    expect(itemPlace(item('parties', 'required', false))).toBe('preamble');
    expect(itemPlace(item('closing', 'required', false))).toBe('closing');
    expect(itemPlace(item('forceMajeure', 'required', false))).toBe('clause');
  });
});
