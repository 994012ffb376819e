import { describe, expect, it } from 'vitest';
import { clauseHash, clauseNodes } from '../../shared/clauses.ts';
import { YDOC } from '../../shared/protocol.ts';
import { instantiateTemplate } from '../../templates/index.ts';
import { buildDocument, docToJSON } from '../collab/convert.ts';
import { sampleBody } from '../word/export/fixtures.ts';
import { agreementBody } from './fixtures.ts';
import { clauseElements, yElementToJSON } from './yjson.ts';

const parties = [
  { id: 'p1', ordinal: 1, name: 'Ombudsman RI', shortName: 'ORI', seat: 'Jakarta' },
  { id: 'p2', ordinal: 2, name: 'Pemerintah Kota Bandung', shortName: 'Pemkot', seat: 'Bandung' },
];

describe('yElementToJSON', () => {
  it.each([
    ['the 100-Pasal fixture', agreementBody(100)],
    ['the export fixture (marks, references, nested lists)', sampleBody()],
    ['the MoU template', instantiateTemplate('mou', { title: 'Uji', subject: 'Uji', parties }).body],
    ['the PKS template', instantiateTemplate('pks', { title: 'Uji', subject: 'Uji', parties }).body],
  ])('hashes every clause of %s exactly like docToJSON does', (_name, body) => {
    const doc = buildDocument(body, {});
    const official = clauseNodes(docToJSON(doc).body);
    const elements = clauseElements(doc.getXmlFragment(YDOC.body));
    expect([...elements.keys()]).toEqual([...official.keys()]);
    for (const [id, { el }] of elements)
      expect(clauseHash(yElementToJSON(el))).toBe(clauseHash(official.get(id)!));
    doc.destroy();
  });

  it('does not change the document it reads', () => {
    const doc = buildDocument(sampleBody(), {});
    let updates = 0;
    doc.on('update', () => updates++);
    for (const { el } of clauseElements(doc.getXmlFragment(YDOC.body)).values()) yElementToJSON(el);
    expect(updates).toBe(0);
    doc.destroy();
  });
});
