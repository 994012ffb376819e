import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildParties, signingMeta } from '../../../templates/fixtures.ts';
import { instantiateTemplate } from '../../../templates/index.ts';
import { buildAgreementDocx } from './agreement.ts';
import { paragraphs, readDocx, textIn } from './docxXml.ts';

const parties = buildParties();
const mou = { title: 'Nota Kesepakatan', numbers: ['01/MoU/2026'], date: '2026-03-10' };
const { body, meta } = instantiateTemplate('pks', { parties, mou, master: { unitPartyOrdinal: 2 } });
const exportParties = parties.map((p) => ({ ...p, seat: p.seat ?? null }));

const values = {
  opdName: 'Dinas Kependudukan dan Pencatatan Sipil Kota Jambi',
  opdAddress: 'Jl. Kapten A. Bakaruddin No. 1, Kota Jambi',
  headName: 'Drs. H. Abdul Rahman, M.M.',
  headPosition: 'Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Jambi',
  headNip: '197005121995031002',
  kuasaRef: 'Wali Kota Jambi Nomor 800/45/Setda tanggal 2 Desember 2026',
  mouNumbers: '01/MoU/2026 dan Nomor 130/12/Pemkot',
  mouDate: '10 Maret 2026',
  rencanaKerja: 'Lampiran Rencana Kerja Disdukcapil',
};

const exported = async (variables: Record<string, string> | undefined) => {
  const file = await buildAgreementDocx({
    kind: 'pks',
    status: 'draft',
    body,
    meta: signingMeta(meta, parties),
    parties: exportParties,
    ...(variables ? { variables } : {}),
  });
  if (process.env.VARIABLES_DOCX) writeFileSync(process.env.VARIABLES_DOCX, file);
  return (await readDocx(file)).document;
};

describe('a master PKS exported for one OPD', () => {
  it('prints each variable’s value in the text, and nothing of a chip', async () => {
    const document = await exported(values);
    const text = textIn(document);
    for (const value of Object.values(values)) expect(text).toContain(value);
    expect(text).toContain(
      '2.\tDrs. H. Abdul Rahman, M.M., Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Jambi, NIP 197005121995031002, berdasarkan Surat Kuasa Wali Kota Jambi Nomor 800/45/Setda tanggal 2 Desember 2026',
    );
    expect(text).not.toMatch(/[«»⟦⟧]|variable/);
    expect(document).not.toContain('w:highlight');
  });

  it('prints a variable without a value as its highlighted placeholder', async () => {
    const { headNip: _, ...withoutNip } = values;
    const document = await exported(withoutNip);
    const komparisi = paragraphs(document).find((p) => p.text.startsWith('2.\tDrs. H. Abdul Rahman'));
    expect(komparisi?.text).toContain('NIP «NIP kepala OPD», berdasarkan Surat Kuasa');
    expect(komparisi?.xml).toMatch(/<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>)[\s\S])*«NIP kepala OPD»/);
  });

  it('prints the master itself with every placeholder', async () => {
    const text = textIn(await exported(undefined));
    expect(text).toContain('«Nama kepala OPD», «Jabatan kepala OPD», NIP «NIP kepala OPD»');
    expect(text).toContain(
      'Nota Kesepakatan Nomor «Nomor Nota Kesepakatan» tanggal «Tanggal Nota Kesepakatan»',
    );
  });
});
