import { describe, expect, it } from 'vitest';
import type { CompletenessItem, CompletenessReport } from '../../../../shared/completeness.ts';
import { finaliseBlockers } from './finaliseGate.ts';

const item = (key: string, level: CompletenessItem['level'], present: boolean, id = key): CompletenessItem =>
  ({ key, label: { id, en: `${id} (en)` }, level, present, clauseIds: [] }) as CompletenessItem;
const report = (items: CompletenessItem[]): CompletenessReport => ({
  items,
  warnings: [],
  missingRequired: items.filter((i) => i.level === 'required' && !i.present).length,
});
const agreedAll = { agreed: 11, total: 11, partsAgreed: 5, partsTotal: 5 };

describe('finaliseBlockers', () => {
  it('is empty when everything is agreed and every required section is present', () => {
    const complete = report([item('title', 'required', true), item('dispute', 'recommended', false)]);
    expect(finaliseBlockers(agreedAll, complete, 'id')).toEqual([]);
  });

  it('names the Pasal and parts not yet agreed, the signing details and each missing required section', () => {
    const missing = report([
      item('signing', 'required', false),
      item('parties', 'required', false, 'Identitas para pihak'),
      item('placeholders', 'required', false, 'Isian templat belum diganti: [jabatan] di Pasal 4'),
      item('dispute', 'recommended', false),
    ]);
    expect(finaliseBlockers({ agreed: 3, total: 11, partsAgreed: 5, partsTotal: 5 }, missing, 'id')).toEqual([
      { key: 'gateClauses', params: { agreed: 3, total: 11 } },
      { key: 'gateSigning', params: {} },
      { key: 'gateMissing', params: { item: 'Identitas para pihak' } },
      { key: 'gateItem', params: { item: 'Isian templat belum diganti: [jabatan] di Pasal 4' } },
    ]);
    expect(
      finaliseBlockers(
        { ...agreedAll, partsAgreed: 4 },
        report([item('parties', 'required', false, 'X')]),
        'en',
      ),
    ).toEqual([
      { key: 'gateParts', params: { agreed: 4, total: 5 } },
      { key: 'gateMissing', params: { item: 'X (en)' } },
    ]);
  });
});
