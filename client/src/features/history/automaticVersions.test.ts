import { describe, expect, it } from 'vitest';
import { isAutomatic, listedVersions } from './automaticVersions.ts';

const v = (kind: string, label = '') => ({ kind, label }) as { kind: 'manual'; label: string };

describe('automatic versions', () => {
  it('counts the approvals’ and scheduled versions, and lists them only when asked', () => {
    const all = [
      v('approval', 'Pasal 2 disetujui'),
      v('manual', 'Draf awal'),
      v('auto'),
      v('finalized'),
      v('meeting', 'Rapat 10 Maret'),
      v('approval', 'Pasal 1 disetujui'),
    ];
    expect(all.filter(isAutomatic)).toHaveLength(3);
    const hidden = listedVersions(all, false);
    expect(hidden.automatic).toBe(3);
    expect(hidden.listed.map((x) => x.kind)).toEqual(['manual', 'finalized', 'meeting']);
    expect(listedVersions(all, true).listed).toEqual(all);
  });
});
