import { describe, expect, it } from 'vitest';
import { buildAgreementDocx } from './agreement.ts';
import { paragraphs, readDocx } from './docxXml.ts';
import { ayat, clause, doc, p, ref, sampleInput } from './fixtures.ts';

/** Two Pasal: JANGKA WAKTU cites its own ayat (1), PENGAKHIRAN cites it from outside, and itself. */
const body = (inserted = false) =>
  doc(
    clause(
      { id: 'jangka' },
      'JANGKA WAKTU',
      ayat(
        ...(inserted ? [{ id: 'jangka-0', blocks: ['Ayat sisipan.'] }] : []),
        { id: 'jangka-1', blocks: ['Berlaku untuk jangka waktu 5 (lima) tahun.'] },
        {
          id: 'jangka-2',
          blocks: [p('Perpanjangan sebagaimana dimaksud pada ', ref('jangka', 'jangka-1'), '.')],
        },
      ),
    ),
    clause(
      { id: 'akhir' },
      'PENGAKHIRAN',
      p('Berakhir sesuai ', ref('jangka', 'jangka-1'), ' dan ', ref('akhir'), '.'),
    ),
  );

const printed = async (inserted: boolean) => {
  const { sections } = await readDocx(await buildAgreementDocx(sampleInput({ body: body(inserted) })));
  return sections.flatMap((s) => paragraphs(s.body).map((para) => para.text));
};

describe('cross-references in the Word export', () => {
  it('prints "pada ayat (1)" inside the Pasal and "Pasal 1 ayat (1)" from another, renumbered by an inserted ayat', async () => {
    const before = await printed(false);
    expect(before).toContain('Perpanjangan sebagaimana dimaksud pada ayat (1).');
    expect(before).toContain('Berakhir sesuai Pasal 1 ayat (1) dan Pasal ini.');
    const after = await printed(true);
    expect(after).toContain('Perpanjangan sebagaimana dimaksud pada ayat (2).');
    expect(after).toContain('Berakhir sesuai Pasal 1 ayat (2) dan Pasal ini.');
  });
});
