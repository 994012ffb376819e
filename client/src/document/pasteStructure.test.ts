import { Fragment } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { outlineOf, type PMJSON, textOf } from '../../../shared/clauses.ts';
import { agreementSchema } from '../../../shared/schema/extensions.ts';
import { clause, doc, p, stateIn } from './fixtures.ts';
import { insertSections, structurePasted } from './pasteStructure.ts';

const lines = (...texts: string[]) =>
  Fragment.fromArray(texts.map((t) => agreementSchema().nodeFromJSON(p(t))));

describe('structurePasted', () => {
  it('keeps a pasted table in its Pasal and a footnote of the heading line out of the heading', () => {
    const schema = agreementSchema();
    const headingWithNote = schema.nodeFromJSON({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'RENCANA KERJA' },
        { type: 'footnote', attrs: { text: 'Disepakati dalam rapat.' } },
      ],
    });
    const table = schema.nodeFromJSON({
      type: 'table',
      content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p('Sosialisasi')] }] }],
    });
    const pasted = Fragment.fromArray([...lines('Pasal 1').content, headingWithNote, table]);
    const result = structurePasted(pasted, schema)!;
    const node = doc(...(result.toJSON() as PMJSON[]));
    expect(() => node.check()).not.toThrow();
    const json = node.toJSON() as PMJSON;
    const [heading, note, kept] = json.content![0]!.content!;
    expect(textOf(heading!)).toBe('RENCANA KERJA');
    expect(note!.content).toEqual([{ type: 'footnote', attrs: { text: 'Disepakati dalam rapat.' } }]);
    expect(kept!.type).toBe('table');
  });

  it('turns "Pasal N", heading, "(1)" and "a." lines into clause, ayat and letters', () => {
    const result = structurePasted(
      lines(
        'Pasal 1',
        'MAKSUD DAN TUJUAN',
        '(1) Maksud Nota Kesepakatan ini adalah:',
        'a. koordinasi;',
        'b.\u00a0pertukaran data.',
        '(2) Tujuan Nota Kesepakatan ini.',
        'Pasal 2 RUANG LINGKUP',
        'Ruang lingkup meliputi pengawasan.',
      ),
      agreementSchema(),
    )!;
    const json = doc(...(result.toJSON() as PMJSON[])).toJSON() as PMJSON;
    const outline = outlineOf(json);
    expect(outline.clauses.map((c) => [c.number, c.heading, c.ayat.length])).toEqual([
      [1, 'MAKSUD DAN TUJUAN', 2],
      [2, 'RUANG LINGKUP', 0],
    ]);
    const first = json.content![0]!;
    const ayatList = first.content![1]!;
    expect(ayatList.type).toBe('ayatList');
    const firstAyat = ayatList.content![0]!;
    expect(textOf(firstAyat.content![0]!)).toBe('Maksud Nota Kesepakatan ini adalah:');
    expect(firstAyat.content![1]!.type).toBe('letterList');
    expect(firstAyat.content![1]!.content!.map(textOf)).toEqual(['koordinasi;', 'pertukaran data.']);
  });

  it('makes a BAB from "BAB I" and its title line', () => {
    const result = structurePasted(
      lines('BAB I', 'KETENTUAN UMUM', 'Pasal 1', 'DEFINISI', 'Isi.'),
      agreementSchema(),
    )!;
    const outline = outlineOf(doc(...(result.toJSON() as PMJSON[])).toJSON() as PMJSON);
    expect(outline.chapters.map((c) => [c.roman, c.title])).toEqual([['I', 'KETENTUAN UMUM']]);
    expect(outline.clauses[0]!.chapterId).toBe(outline.chapters[0]!.id);
  });

  it('returns null for a paste without a Pasal line', () => {
    expect(structurePasted(lines('Biasa saja.', 'Pasal ini berlaku.'), agreementSchema())).toBeNull();
  });
});

describe('insertSections', () => {
  it('inserts after the current clause and keeps the document valid', () => {
    const state = stateIn(doc(clause('a', 'SATU', p('x')), clause('b', 'DUA', p('y'))), 'a');
    const sections = structurePasted(lines('Pasal 9', 'BARU', 'Isi baru.'), agreementSchema())!;
    const tr = insertSections(state, sections);
    tr.doc.check();
    expect(outlineOf(tr.doc.toJSON() as PMJSON).clauses.map((c) => c.heading)).toEqual([
      'SATU',
      'BARU',
      'DUA',
    ]);
  });
});
