import { describe, expect, it } from 'vitest';
import { type PMJSON, textOf } from '../shared/clauses.ts';
import { checkCompleteness } from '../shared/completeness.ts';
import { agreementSchema } from '../shared/schema/index.ts';
import { NODE } from '../shared/schema/names.ts';
import { fillVariables, variablesIn } from '../shared/variables/index.ts';
import { buildParties, signingMeta } from './fixtures.ts';
import { instantiateTemplate } from './index.ts';

const parties = buildParties();
const mou = { title: 'Nota Kesepakatan', numbers: ['01/MoU/2026', '100/PKS/2026'], date: '2026-03-10' };
const master = () => instantiateTemplate('pks', { parties, mou, master: { unitPartyOrdinal: 2 } });
const single = () => instantiateTemplate('pks', { parties, mou });

/** Each paragraph of the preamble as text, variables filled by `values`. */
const preambleLines = (body: PMJSON, values = {}) => {
  const preamble = fillVariables(body, values).content?.find((n) => n.type === NODE.preamble);
  const lines: string[] = [];
  const walk = (n: PMJSON) => (n.type === NODE.paragraph ? lines.push(textOf(n)) : n.content?.forEach(walk));
  if (preamble) walk(preamble);
  return lines;
};

const unitValues = {
  opdName: 'Dinas Sosial Kota Jambi',
  opdAddress: 'Jl. Sultan Agung No. 3, Jambi',
  headName: 'Dra. Hj. Siti Aminah, M.Si.',
  headPosition: 'Kepala Dinas Sosial Kota Jambi',
  headNip: '197203041998032005',
  kuasaRef: 'Wali Kota Jambi Nomor 800/12/Setda tanggal 1 Desember 2026',
  mouNumbers: '01/MoU/2026 dan Nomor 100/PKS/2026',
  mouDate: '10 Maret 2026',
  rencanaKerja: 'Lampiran Rencana Kerja Dinsos',
};

describe('the master PKS template', () => {
  it('is a body the schema accepts, with variables where an OPD’s variant differs', () => {
    const { body } = master();
    agreementSchema().nodeFromJSON(body).check();
    expect(new Set(variablesIn(body))).toEqual(
      new Set([
        'headName',
        'headPosition',
        'headNip',
        'kuasaRef',
        'opdName',
        'opdAddress',
        'mouNumbers',
        'mouDate',
        'rencanaKerja',
      ]),
    );
  });

  it('reads, filled, as an OPD’s PKS: its head under a surat kuasa, citing the MoU by number and date', () => {
    const lines = preambleLines(master().body, unitValues);
    expect(lines).toContain(
      '2. Dra. Hj. Siti Aminah, M.Si., Kepala Dinas Sosial Kota Jambi, NIP 197203041998032005, berdasarkan Surat Kuasa Wali Kota Jambi Nomor 800/12/Setda tanggal 1 Desember 2026, dalam hal ini bertindak untuk dan atas nama Dinas Sosial Kota Jambi, berkedudukan di Jl. Sultan Agung No. 3, Jambi, selanjutnya disebut PIHAK KEDUA.',
    );
    // The Ombudsman's paragraph is the single template's, its signatory read from the Info fields.
    expect(lines.find((l) => l.startsWith('1. '))).toBe(
      preambleLines(single().body).find((l) => l.startsWith('1. ')),
    );
    expect(lines.join('\n')).toContain(
      'Nota Kesepakatan Nomor 01/MoU/2026 dan Nomor 100/PKS/2026 tanggal 10 Maret 2026',
    );
    expect(textOf(fillVariables(master().body, unitValues))).toContain(
      'sebagaimana tercantum dalam Lampiran Rencana Kerja Dinsos yang merupakan',
    );
  });

  it('leaves the single PKS template as it is: no variables, the same text', () => {
    const { body } = single();
    expect(variablesIn(body)).toEqual([]);
    expect(preambleLines(body).join('\n')).toContain(
      'Nota Kesepakatan Nomor 01/MoU/2026 dan Nomor 100/PKS/2026',
    );
  });

  it('is not final while a variable has no value: the completeness check names it', () => {
    const { body, meta } = master();
    const ready = signingMeta(meta, parties);
    const missing = checkCompleteness('pks', body, ready, { variables: { ...unitValues, headNip: '' } });
    const item = missing.items.find((i) => i.key === 'placeholders');
    expect(item?.present).toBe(false);
    expect(item?.label.id).toMatch(/\[variabel NIP kepala OPD\][^;]* di pembukaan/);
    expect(item?.label.id).not.toContain('[variabel Nama OPD]');
    // Filled, no variable is left (the template's own blanks, the liaisons' phone and e-mail, may be).
    const filled = checkCompleteness('pks', body, ready, { variables: unitValues });
    expect(filled.items.find((i) => i.key === 'placeholders')?.label.id).not.toContain('[variabel');
  });
});
