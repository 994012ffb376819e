import { describe, expect, it } from 'vitest';
import { buildParties } from '../templates/fixtures.ts';
import { instantiateTemplate } from '../templates/index.ts';
import { type PMJSON, textOf } from './clauses.ts';
import { fillKomparisi, komparisiOrdinal, komparisiSlots } from './komparisi.ts';
import { NODE } from './schema/names.ts';

const parties = buildParties(3);

const komparisiLines = (body: PMJSON) =>
  (body.content?.find((n) => n.type === NODE.preamble)?.content ?? [])
    .map(textOf)
    .filter((t) => komparisiOrdinal(t) !== null);

describe('komparisi from the Info fields', () => {
  it('tells which party a komparisi paragraph introduces, in either wording', () => {
    expect(komparisiOrdinal('1. A, B, selanjutnya disebut PIHAK PERTAMA.')).toBe(1);
    expect(komparisiOrdinal('1. A, selanjutnya disebut PIHAK KESATU.')).toBe(1);
    expect(komparisiOrdinal('3. A, yang selanjutnya disebut sebagai PIHAK KETIGA.')).toBe(3);
    expect(
      komparisiOrdinal('PIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK.'),
    ).toBeNull();
  });

  it('keeps the blanks in a new document and fills each from its own party’s fields', () => {
    const known = parties.map((p, i) =>
      i === 0 ? { ...p, signatoryName: 'Dr. Siti', signatoryPosition: 'Kepala' } : p,
    );
    const { body, meta } = instantiateTemplate('pks', { title: '', subject: '', parties: known });
    const lines = komparisiLines(body);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toContain('[nama pejabat], [jabatan]');

    const filled = komparisiLines(
      fillKomparisi(body, { ...meta, [`signatoryName.${parties[2]!.id}`]: 'Budi' }, parties),
    );
    expect(filled[0]).toMatch(/^1\. Dr\. Siti, Kepala, dalam hal ini/);
    expect(filled[1]).toContain('[nama pejabat], [jabatan]');
    expect(filled[2]).toMatch(/^3\. Budi, \[jabatan\], /);
  });

  it('gives the place and value of each blank in a run of text', () => {
    expect(komparisiSlots(', [jabatan], dalam [nama pejabat]', { signatoryName: 'X' })).toEqual([
      { from: 2, to: 11, field: 'signatoryPosition' },
      { from: 19, to: 33, field: 'signatoryName', value: 'X' },
    ]);
  });
});
