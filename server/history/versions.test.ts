import { afterEach, describe, expect, it } from 'vitest';
import { agreementBody, clause } from './fixtures.ts';
import { clauseElement, type HistoryHarness, historyHarness } from './testing.ts';
import { autoVersion, recordVersion } from './versions.ts';
import { listVersions } from './versionsRepo.ts';
import { clauseElements } from './yjson.ts';

let h: HistoryHarness;
afterEach(() => h?.cleanup());

describe('versions', () => {
  it('summarises what changed since the previous version', () => {
    h = historyHarness(agreementBody(4));
    const first = recordVersion(h.db, 1, {
      documentId: 'd1',
      kind: 'manual',
      label: 'Draf awal',
      userId: 'u-a',
    });
    expect(first.summary).toEqual({ previousVersionId: null, added: 4, removed: 0, changed: 0, moved: 0 });
    h.edit('u-a', (_b, doc) => h.paragraph(doc, 'c2').insert(0, 'Diubah. '));
    h.edit('u-b', (body) => body.delete(clauseElements(body).get('c4')!.index, 1));
    const seq = h.edit('u-b', (body) => body.insert(1, [clauseElement(clause('cX', 'Baru', 'Isi.'))]));
    const second = recordVersion(h.db, seq, {
      documentId: 'd1',
      kind: 'meeting',
      label: 'Rapat 1',
      userId: null,
      meetingId: 'm1',
    });
    expect(second.summary).toEqual({
      previousVersionId: first.id,
      added: 1,
      removed: 1,
      changed: 1,
      moved: 0,
    });
    expect(listVersions(h.db, 'd1').map((v) => [v.label, v.kind, v.meetingId])).toEqual([
      ['Rapat 1', 'meeting', 'm1'],
      ['Draf awal', 'manual', null],
    ]);
  });

  it('records an automatic version only when something changed since the latest one', () => {
    h = historyHarness(agreementBody(2));
    expect(autoVersion(h.db, 'd1')).toMatchObject({ kind: 'auto', seq: 1, label: '' });
    expect(autoVersion(h.db, 'd1')).toBeNull();
    h.edit('u-a', (_b, doc) => h.paragraph(doc, 'c1').insert(0, 'x'));
    expect(autoVersion(h.db, 'd1')).toMatchObject({ kind: 'auto', seq: 2, summary: { changed: 1 } });
  });
});
