import { describe, expect, it } from 'vitest';
import { clauseHash, type PMJSON, textOf } from '../clauses.ts';
import { agreementSchema } from '../schema/index.ts';
import {
  fillVariables,
  MOU_VARIABLES,
  missingVariables,
  variableLabel,
  variablePlaceholder,
  variablesIn,
} from './index.ts';
import { variableValues } from './values.ts';

const v = (name: string, marks?: PMJSON['marks']): PMJSON => ({
  type: 'variable',
  attrs: { name },
  ...(marks ? { marks } : {}),
});
const t = (text: string): PMJSON => ({ type: 'text', text });
const clause = (...inline: PMJSON[]): PMJSON => ({
  type: 'clause',
  attrs: { id: 'c1' },
  content: [
    { type: 'clauseHeading', content: [t('PARA PIHAK')] },
    { type: 'paragraph', content: inline },
  ],
});
const doc = (...blocks: PMJSON[]): PMJSON => ({ type: 'doc', content: blocks });

describe('the variable node', () => {
  it('is an inline atom of the schema that survives JSON both ways with its name', () => {
    const json = doc(clause(t('Kepala '), v('opdName'), t(', NIP '), v('headNip')));
    const node = agreementSchema().nodeFromJSON(json);
    node.check();
    const again = agreementSchema().nodeFromJSON(node.toJSON());
    expect(again.eq(node)).toBe(true);
    const chip = again.firstChild?.child(1).child(1);
    expect(chip?.toJSON()).toEqual(v('opdName'));
    expect(chip?.type.name).toBe('variable');
    expect(chip?.isAtom && chip.isInline).toBe(true);
  });

  it('is part of the clause hash: another variable, or none, is another text to approve', () => {
    const withName = clauseHash(clause(t('Atas nama '), v('opdName')));
    expect(clauseHash(clause(t('Atas nama '), v('opdShortName')))).not.toBe(withName);
    expect(clauseHash(clause(t('Atas nama ')))).not.toBe(withName);
    expect(clauseHash(clause(t('Atas nama '), v('opdName')))).toBe(withName);
  });

  it('reads as its label in both languages, and an unfilled one prints «label»', () => {
    expect(variableLabel('headNip', 'id')).toBe('NIP kepala OPD');
    expect(variableLabel('headNip', 'en')).toBe("Head's NIP");
    expect(variablePlaceholder('opdName')).toBe('«Nama OPD»');
  });
});

describe('fillVariables', () => {
  const body = doc(clause(t('Kepala '), v('opdName', [{ type: 'bold' }]), t(' NIP '), v('headNip')));

  it('puts each value in as text with the variable’s marks and leaves the unfilled ones as they are', () => {
    const filled = fillVariables(body, { opdName: 'Dinas Sosial', headNip: '  ' });
    const paragraph = filled.content?.[0]?.content?.[1];
    expect(paragraph?.content?.[1]).toEqual({
      type: 'text',
      text: 'Dinas Sosial',
      marks: [{ type: 'bold' }],
    });
    expect(paragraph?.content?.[3]).toEqual(v('headNip'));
    expect(body.content?.[0]?.content?.[1]?.content?.[1]).toEqual(v('opdName', [{ type: 'bold' }]));
    agreementSchema().nodeFromJSON(filled).check();
  });

  it('writes the unfilled ones as the text it is given, and lists them', () => {
    const filled = fillVariables(body, { opdName: 'Dinas Sosial' }, variablePlaceholder);
    expect(textOf(filled)).toBe('PARA PIHAKKepala Dinas Sosial NIP «NIP kepala OPD»');
    expect(variablesIn(body)).toEqual(['opdName', 'headNip']);
    expect(missingVariables(body, { opdName: 'Dinas Sosial' })).toEqual(['headNip']);
    expect(missingVariables(body, { opdName: 'x', headNip: '1' })).toEqual([]);
  });
});

describe('variableValues', () => {
  const unit = {
    name: 'Dinas Kependudukan dan Pencatatan Sipil',
    shortName: 'Disdukcapil',
    headName: 'Drs. H. Ahmad, M.Si.',
    headPosition: 'Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Jambi',
    headNip: '197001011990031001',
    kuasaRef: 'Nomor 100/SK/2026 tanggal 2 Desember 2026',
    address: 'Jl. Jend. A. Yani No. 1, Jambi',
  };
  const meta = { 'number.p1': 'B/1/PKS/XII/2026', 'number.p2': '', date: '2026-12-10' };
  const mou = {
    title: 'Nota Kesepakatan',
    meta: {
      title: 'Nota Kesepakatan Pelayanan Publik',
      'number.p1': '01/MoU',
      'number.p2': '02/MoU',
      date: '2026-03-10',
    },
  };

  it('takes a surat kuasa reference without its leading words, which the text writes itself', () => {
    const values = variableValues({
      meta,
      partyIds: ['p1', 'p2'],
      unit: { ...unit, kuasaRef: ' Surat Kuasa Wali Kota Jambi Nomor 180/101/HK/2025' },
      mou: null,
      liaisons: [],
    });
    expect(values.kuasaRef).toBe('Wali Kota Jambi Nomor 180/101/HK/2025');
  });

  it('fills the unit, the numbers by party, the dates in words and the MoU it implements', () => {
    const values = variableValues({
      meta,
      partyIds: ['p1', 'p2'],
      unit,
      mou,
      liaisons: [
        { name: 'Rina', position: 'Kasi Pelayanan' },
        { name: 'Budi', position: '' },
      ],
    });
    expect(values).toMatchObject({
      opdName: unit.name,
      opdShortName: 'Disdukcapil',
      headName: unit.headName,
      headNip: unit.headNip,
      kuasaRef: unit.kuasaRef,
      opdAddress: unit.address,
      pksNumberFirst: 'B/1/PKS/XII/2026',
      pksDate: '10 Desember 2026',
      mouNumbers: '01/MoU dan Nomor 02/MoU',
      mouDate: '10 Maret 2026',
      mouTitle: 'Nota Kesepakatan Pelayanan Publik',
      liaisons: 'Rina (Kasi Pelayanan) dan Budi',
      rencanaKerja: 'Lampiran Rencana Kerja Disdukcapil',
    });
    // A blank number is no value: the variable stays unfilled.
    expect(values.pksNumberSecond).toBeUndefined();
  });

  it('gives a master (no unit) only what the document and its MoU say', () => {
    const values = variableValues({ meta, partyIds: ['p1', 'p2'], mou });
    expect(values.opdName).toBeUndefined();
    expect(values.liaisons).toBeUndefined();
    expect(values.mouDate).toBe('10 Maret 2026');
  });

  it('fills from the MoU exactly the variables a master shows as values', () => {
    const fromMou = variableValues({ meta: {}, partyIds: ['p1', 'p2'], mou });
    const filled = Object.keys(fromMou).filter((name) => fromMou[name as keyof typeof fromMou]);
    expect(filled.sort()).toEqual([...MOU_VARIABLES].sort());
  });
});
