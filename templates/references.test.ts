import { describe, expect, it } from 'vitest';
import { brokenReferences, outlineOf, type PMJSON, textOf, typedReferences } from '../shared/clauses.ts';
import { clauseText } from '../shared/clauseText.ts';
import { newId } from '../shared/ids.ts';
import { NODE } from '../shared/schema/names.ts';
import { CLAUSE_FILES } from './clauses/index.ts';
import { buildParties } from './fixtures.ts';
import { instantiateTemplate, TEMPLATES } from './index.ts';
import { clauseFromLibrary, clauseLibraryItem } from './library.ts';

/** Every stored template body and library clause, by name. */
const STORED: [string, PMJSON][] = [
  ['mou', TEMPLATES.mou],
  ['pks', TEMPLATES.pks],
  ...CLAUSE_FILES.map((e) => [`clauses/${e.key}`, e.clause] as [string, PMJSON]),
];

const RAW_REFERENCE = /Pasal\s+\d+|ayat\s*\(\d+\)/g;

/**
 * Typed "Pasal N" / "ayat (n)" text outside a reference node, each as "<reference> in <text>".
 * A citation of another instrument ("Pasal 5 Undang-Undang …") is text by right and is
 * returned apart, so the test says which it let through.
 */
function typedText(node: PMJSON): { ours: string[]; citations: string[] } {
  const ours: string[] = [];
  const citations: string[] = [];
  const walk = (n: PMJSON) => {
    if (n.type === NODE.text) {
      const text = n.text ?? '';
      const refs = typedReferences(text);
      // Whatever the plain pattern sees, the scanner must have seen too: nothing slips past both.
      expect(refs.length).toBeGreaterThanOrEqual(text.match(RAW_REFERENCE)?.length ?? 0);
      for (const ref of refs) {
        const quoted = `${text.slice(ref.index, ref.index + ref.length)} in "${text}"`;
        (ref.otherInstrument ? citations : ours).push(quoted);
      }
    }
    n.content?.forEach(walk);
  };
  walk(node);
  return { ours, citations };
}

const clauseNamed = (body: PMJSON, heading: string) =>
  body.content!.find((n) => n.type === NODE.clause && textOf(n.content![0]!) === heading)!;

/** A copy of `body` with a new ayat inserted into the clause `heading` at `index`. */
function withAyatInserted(body: PMJSON, heading: string, index: number): PMJSON {
  const copy = structuredClone(body);
  const list = clauseNamed(copy, heading).content!.find((n) => n.type === NODE.ayatList)!;
  list.content!.splice(index, 0, {
    type: NODE.ayatItem,
    attrs: { id: newId() },
    content: [{ type: NODE.paragraph, content: [{ type: NODE.text, text: 'Ayat sisipan.' }] }],
  });
  return copy;
}

const read = (body: PMJSON, heading: string) => clauseText(clauseNamed(body, heading), outlineOf(body));

describe('references in the templates and the clause library', () => {
  it.each(STORED)('%s types no reference to its own Pasal or ayat as text', (_name, stored) => {
    const { ours, citations } = typedText(stored);
    expect(ours).toEqual([]);
    // Citations of laws and of the MoU stay text; the templates hold none at present.
    expect(citations).toEqual([]);
  });

  it('would catch a typed reference, and let a citation of a law through', () => {
    const typed = typedText({
      type: NODE.paragraph,
      content: [
        { type: NODE.text, text: 'Laporan sebagaimana dimaksud pada ayat (1) disampaikan' },
        { type: NODE.text, text: 'sesuai Pasal 363 Undang-Undang Nomor 23 Tahun 2014' },
      ],
    });
    expect(typed.ours).toEqual(['ayat (1) in "Laporan sebagaimana dimaksud pada ayat (1) disampaikan"']);
    expect(typed.citations).toEqual(['Pasal 363 in "sesuai Pasal 363 Undang-Undang Nomor 23 Tahun 2014"']);
  });

  it.each(STORED)('%s: every reference finds its target in the stored file', (_name, stored) => {
    const body = stored.type === NODE.doc ? stored : { type: NODE.doc, content: [stored] };
    expect(brokenReferences(body)).toEqual([]);
  });
});

describe('a document made from a template', () => {
  const parties = buildParties();
  const mou = () => instantiateTemplate('mou', { title: '', subject: '', parties }).body;
  const pks = () => instantiateTemplate('pks', { title: '', subject: '', parties }).body;

  it('points its references at its own fresh ids', () => {
    const body = mou();
    const ids = new Set<string>();
    const refs: PMJSON[] = [];
    const walk = (n: PMJSON) => {
      if (typeof n.attrs?.id === 'string') ids.add(n.attrs.id);
      if (n.type === NODE.clauseRef) refs.push(n);
      n.content?.forEach(walk);
    };
    walk(body);
    expect(refs.length).toBeGreaterThan(8);
    for (const ref of refs) {
      expect(ids).toContain(ref.attrs?.clauseId);
      if (ref.attrs?.ayat) expect(ids).toContain(ref.attrs.ayat);
    }
    expect(JSON.stringify(body)).not.toMatch(/"mou-/);
  });

  it('reads "pada ayat (1)" inside a Pasal and "Pasal 7 ayat (1)" from another', () => {
    const body = mou();
    expect(read(body, 'JANGKA WAKTU')).toContain(
      'jangka waktu sebagaimana dimaksud pada ayat (1) menyampaikan',
    );
    expect(read(body, 'PENGAKHIRAN')).toContain('Pasal 7 ayat (1)');
    expect(read(body, 'PENGHUBUNG')).toContain('sebagaimana dimaksud pada ayat (1) dan ayat (2), PIHAK');
  });

  it('renumbers the references when an ayat is inserted', () => {
    const inserted = withAyatInserted(mou(), 'JANGKA WAKTU', 0);
    expect(read(inserted, 'JANGKA WAKTU')).toContain('(1) Ayat sisipan.');
    expect(read(inserted, 'JANGKA WAKTU')).toContain('sebagaimana dimaksud pada ayat (2) menyampaikan');
    expect(read(inserted, 'PENGAKHIRAN')).toContain('Pasal 7 ayat (2)');

    const between = withAyatInserted(mou(), 'PENGHUBUNG', 1);
    expect(read(between, 'PENGHUBUNG')).toContain('sebagaimana dimaksud pada ayat (1) dan ayat (3), PIHAK');

    const sanksi = withAyatInserted(pks(), 'SANKSI', 1);
    expect(read(sanksi, 'SANKSI')).toContain('Sanksi sebagaimana dimaksud pada ayat (1) dan ayat (3) tidak');
  });

  it('keeps a library clause referring to its own ayat once inserted, and shows it so in the picker', () => {
    const clause = clauseFromLibrary('sanksi', 'pks')!;
    const body = { type: NODE.doc, content: [...(mou().content ?? []), clause] };
    expect(brokenReferences(body)).toEqual([]);
    expect(clauseText(clause, outlineOf(body))).toContain(
      'sebagaimana dimaksud pada ayat (1) dan ayat (2) tidak',
    );
    expect(clauseLibraryItem('sanksi', 'pks')?.textId).toContain(
      'Sanksi sebagaimana dimaksud pada ayat (1) dan ayat (2) tidak mengurangi',
    );
  });
});
