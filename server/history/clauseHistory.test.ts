import { afterEach, describe, expect, it } from 'vitest';
import type { ClauseHistoryEntryDTO } from '../../shared/api/history.ts';
import { outlineOf } from '../../shared/clauses.ts';
import { docToJSON } from '../collab/convert.ts';
import { clauseHistory } from './clauseHistory.ts';
import { agreementBody } from './fixtures.ts';
import { peopleOf } from './people.ts';
import { type HistoryHarness, historyHarness } from './testing.ts';
import { clauseElements } from './yjson.ts';

let h: HistoryHarness;
afterEach(() => h?.cleanup());

const historyOf = (id: string) =>
  clauseHistory(h.db, h.documentId, id, peopleOf(h.db, 'k1'), outlineOf(docToJSON(h.live).body));

describe('clauseHistory', () => {
  it('lists each change newest first with author, party, texts before and after', () => {
    h = historyHarness(agreementBody(3));
    h.edit('u-a', (_b, doc) => h.paragraph(doc, 'c2').insert(0, 'Pertama, '));
    h.attribution.flush();
    // A second edit by the same person moments later joins the same entry.
    h.edit('u-a', (_b, doc) => h.paragraph(doc, 'c2', 1).insert(0, 'Kedua, '));
    h.attribution.flush();
    h.edit('u-b', (_b, doc) => {
      const text = h.paragraph(doc, 'c2');
      text.delete(0, 'Pertama, '.length);
    });
    h.attribution.flush();

    const history = historyOf('c2')!;
    expect(history.clause).toMatchObject({ id: 'c2', exists: true, number: 2, heading: 'Ketentuan 2' });
    expect(history.entries.map((e) => [e.kind, e.authors.map((a) => a.displayName)])).toEqual([
      ['changed', ['Budi']],
      ['changed', ['Anisa']],
      ['added', ['Pemilik']],
    ]);
    const [byBudi, byAnisa, created] = history.entries as [
      ClauseHistoryEntryDTO,
      ClauseHistoryEntryDTO,
      ClauseHistoryEntryDTO,
    ];
    expect(byBudi.authors[0]).toMatchObject({ partyShortName: 'Pemkot', color: '#b45309' });
    expect(byBudi.ops).toContainEqual({ op: 'delete', text: 'Pertama, ' });
    expect(byAnisa.before!.text).not.toContain('Pertama');
    expect(byAnisa.after!.text).toContain('(1) Pertama, PARA PIHAK');
    expect(byAnisa.after!.text).toContain('(2) Kedua, Pelaksanaan');
    expect(byAnisa.fromSeq).toBe(1);
    expect(created.before).toBeNull();
    expect(created.after!.heading).toBe('Ketentuan 2');
  });

  it('ends with the removal of a deleted clause', () => {
    h = historyHarness(agreementBody(2));
    h.edit('u-b', (body) => body.delete(clauseElements(body).get('c1')!.index, 1));
    h.attribution.flush();
    const history = historyOf('c1')!;
    expect(history.clause.exists).toBe(false);
    expect(history.entries[0]).toMatchObject({ kind: 'removed', after: null });
    expect(history.entries[0]!.before!.text).toContain('Ketentuan 1');
    expect(history.entries[0]!.authors[0]!.displayName).toBe('Budi');
  });

  it('knows nothing of a clause the document never had', () => {
    h = historyHarness(agreementBody(1));
    expect(historyOf('tidakada')).toBeNull();
  });
});
