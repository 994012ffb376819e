import { describe, expect, it } from 'vitest';
import { paragraphs, readDocx } from '../../server/word/export/docxXml.ts';
import { partyMetaKey } from '../../shared/meta.ts';
import { setMeta } from '../support/agreement.ts';
import { buildCooperation, buildDocument, buildUser } from '../support/factories.ts';
import { withServer } from '../support/withServer.ts';

const ctx = withServer();

/** The komparisi paragraphs of an exported agreement: those that say who is "selanjutnya disebut PIHAK …". */
async function exportedKomparisi(documentId: string, cookie: string): Promise<string[]> {
  const res = await fetch(`${ctx.server.url}/api/documents/${documentId}/export.docx`, {
    headers: { cookie },
  });
  expect(res.status).toBe(200);
  const docx = await readDocx(Buffer.from(await res.arrayBuffer()));
  return paragraphs(docx.sections[0]!.body)
    .map((p) => p.text)
    .filter((t) => /selanjutnya disebut PIHAK/.test(t));
}

describe('the komparisi of a document made from a template', () => {
  it('prints the signatories of the Info tab, following every change, and a blank only where a field is empty', async () => {
    const owner = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, owner.cookie);
    const pks = await buildDocument(ctx.server, owner.cookie, coop.id, { kind: 'pks' });
    const [first, second] = [...coop.parties].sort((a, b) => a.ordinal - b.ordinal);

    // Nobody is the signatory yet: each komparisi keeps its blanks, which the checklist names.
    const fresh = await exportedKomparisi(pks.id, owner.cookie);
    expect(fresh).toHaveLength(2);
    for (const line of fresh) expect(line).toContain('[nama pejabat], [jabatan]');

    await setMeta(ctx.server, owner.cookie, pks.id, {
      [partyMetaKey.signatoryName(first!.id)]: 'Dr. Siti Aminah, S.H.',
      [partyMetaKey.signatoryPosition(first!.id)]: 'Kepala Perwakilan',
      [partyMetaKey.signatoryName(second!.id)]: 'Budi Santoso',
      [partyMetaKey.signatoryPosition(second!.id)]: 'Wali Kota Kedua',
    });
    const filled = await exportedKomparisi(pks.id, owner.cookie);
    expect(filled[0]).toMatch(
      /^1\.\s+Dr\. Siti Aminah, S\.H\., Kepala Perwakilan, dalam hal ini .*Lembaga Pertama/,
    );
    expect(filled[0]).toMatch(/selanjutnya disebut PIHAK PERTAMA\.$/);
    expect(filled[1]).toMatch(/^2\.\s+Budi Santoso, Wali Kota Kedua, dalam hal ini .*Pemerintah Kota Kedua/);
    for (const line of filled) expect(line).not.toContain('[');
    const doc = await ctx.server.api(`/api/documents/${pks.id}`, { cookie: owner.cookie });
    const leftover = doc.body.document.completeness.items.find(
      (i: { key: string }) => i.key === 'placeholders',
    );
    expect(leftover.label.id).not.toMatch(/nama pejabat|\[jabatan\]/);

    // A change on the Info tab is printed as it stands; an emptied field is a blank again.
    await setMeta(ctx.server, owner.cookie, pks.id, {
      [partyMetaKey.signatoryName(second!.id)]: 'Rina Wulandari',
      [partyMetaKey.signatoryPosition(second!.id)]: '',
    });
    const changed = await exportedKomparisi(pks.id, owner.cookie);
    expect(changed[0]).toContain('Dr. Siti Aminah, S.H., Kepala Perwakilan,');
    expect(changed[1]).toMatch(/^2\.\s+Rina Wulandari, \[jabatan\], dalam hal ini/);
    expect(changed.join('\n')).not.toContain('Budi Santoso');
  });
});
