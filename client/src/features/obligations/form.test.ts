import { describe, expect, it } from 'vitest';
import type { Obligation } from './api.ts';
import { draftOf, dueOf, emptyDraft, fieldsOf } from './form.ts';

const obligation: Obligation = {
  id: 'o1',
  documentId: 'd1',
  clauseId: 'c4',
  ayatId: 'a2',
  clausePath: 'Pasal 4 ayat (2)',
  partyScope: 'party',
  partyId: 'p2',
  partyLabel: 'PIHAK KEDUA',
  unitId: 'u1',
  liaisonId: null,
  text: 'menyampaikan laporan',
  evidence: 'laporan triwulan',
  due: {
    kind: 'after_event',
    amount: 14,
    unit: 'working_day',
    event: 'permintaan diterima',
    fromSigning: false,
  },
  source: 'proposed',
  status: 'proposed',
  decidedBy: null,
  decidedAt: null,
  createdAt: '2026-12-05T00:00:00.000Z',
  updatedAt: '2026-12-05T00:00:00.000Z',
};

describe('the obligation form', () => {
  it('reads an obligation back as it was', () => {
    const draft = draftOf(obligation);
    expect(draft.who).toBe('party:p2');
    expect(dueOf(draft)).toEqual(obligation.due);
    expect(fieldsOf(draft)).toEqual({
      partyScope: 'party',
      partyId: 'p2',
      unitId: 'u1',
      liaisonId: null,
      text: 'menyampaikan laporan',
      evidence: 'laporan triwulan',
    });
    expect(fieldsOf({ ...draft, who: 'all', unitId: '' })).toMatchObject({
      partyScope: 'all',
      partyId: null,
      unitId: null,
    });
  });

  it('states a rule only when what is typed is one', () => {
    const d = emptyDraft();
    expect(dueOf(d)).toBeNull();
    expect(dueOf({ ...d, dueKind: 'recurring', everyMonths: '6' })).toEqual({
      kind: 'recurring',
      everyMonths: 6,
    });
    expect(dueOf({ ...d, dueKind: 'recurring', everyMonths: '0' })).toBeUndefined();
    expect(dueOf({ ...d, dueKind: 'recurring', everyMonths: '2.5' })).toBeUndefined();
    expect(dueOf({ ...d, dueKind: 'date', date: '' })).toBeUndefined();
    expect(dueOf({ ...d, dueKind: 'date', date: '2027-03-31' })).toEqual({
      kind: 'date',
      date: '2027-03-31',
    });
    expect(dueOf({ ...d, dueKind: 'after_event', event: '  ' })).toBeUndefined();
    expect(
      dueOf({
        ...d,
        dueKind: 'after_event',
        amount: '3',
        unit: 'month',
        event: ' ditandatangani ',
        fromSigning: true,
      }),
    ).toEqual({
      kind: 'after_event',
      amount: 3,
      unit: 'month',
      event: 'ditandatangani',
      fromSigning: true,
    });
  });
});
