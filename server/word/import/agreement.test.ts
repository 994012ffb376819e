import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outlineOf, type PMJSON } from '../../../shared/clauses.ts';
import { referenceText } from '../../../shared/references.ts';
import { agreementSchema } from '../../../shared/schema/index.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { instantiateTemplate } from '../../../templates/index.ts';
import { autoNumberedDraft, looseDraft, typedDraft } from '../../../tests/fixtures/docx/wordDrafts.ts';
import { buildAgreementDocx } from '../export/agreement.ts';
import { largeBody, sampleBody, sampleInput } from '../export/fixtures.ts';
import { fillOpening } from '../export/opening.ts';
import { type ImportReport, importAgreementDocx } from './agreement.ts';

const valid = (body: PMJSON) => agreementSchema().nodeFromJSON(body).check();
const summary = (body: PMJSON) =>
  outlineOf(body).clauses.map((c) => ({ number: c.number, heading: c.heading, ayat: c.ayat.length }));
const top = (body: PMJSON) => (body.content ?? []).map((n) => n.type);

/**
 * A document's structure and text with ids left out and references written as the text they
 * print (so a typed "ayat (1)" and a linked one read the same).
 */
function shape(doc: PMJSON): unknown {
  const outline = outlineOf(doc);
  let from: string | null = null;
  const visit = (n: PMJSON): PMJSON[] => {
    if (n.type === NODE.clause) from = String(n.attrs?.id);
    else if (n.type === NODE.preamble || n.type === NODE.closing || n.type === NODE.chapter) from = null;
    if (n.type === NODE.clauseRef) {
      const text = referenceText(
        outline,
        String(n.attrs?.clauseId),
        (n.attrs?.ayat as string | null) ?? null,
        from,
      );
      const marks = (n.marks ?? []).map((m) => m.type).sort();
      return [
        {
          type: 'text',
          text: text ?? '?',
          ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}),
        },
      ];
    }
    const out: PMJSON = { type: n.type };
    if (n.text !== undefined) out.text = n.text;
    const marks = (n.marks ?? []).map((m) => m.type).sort();
    if (marks.length) out.marks = marks.map((type) => ({ type }));
    if (n.content) {
      const children = n.content.flatMap(visit);
      // Adjacent text with equal marks is one run, however it was split.
      const merged: PMJSON[] = [];
      for (const c of children) {
        const prev = merged[merged.length - 1];
        if (
          c.type === 'text' &&
          prev?.type === 'text' &&
          JSON.stringify(prev.marks) === JSON.stringify(c.marks)
        ) {
          prev.text = `${prev.text}${c.text}`;
        } else merged.push({ ...c });
      }
      out.content = merged;
    }
    return [out];
  };
  return visit(doc)[0];
}

/**
 * The body without the annexes the report lists at the end of the closing: an export prints
 * annexes Sepakat generates (work plan, liaisons), which come back as the draft's own.
 */
function withoutAnnexes(body: PMJSON, report: ImportReport): PMJSON {
  const blocks = report.annexes.filter((a) => a.placed === 'closing').reduce((n, a) => n + a.blocks, 0);
  const content = (body.content ?? []).filter((n) => n.type !== NODE.annex);
  return {
    ...body,
    content: blocks
      ? content.map((n) => (n.type === NODE.closing ? { ...n, content: n.content?.slice(0, -blocks) } : n))
      : content,
  };
}

describe('importAgreementDocx', () => {
  it('round-trips an export: same clauses, numbers, headings, lists, references and text', async () => {
    const body = sampleBody();
    const { body: back, report } = await importAgreementDocx(await buildAgreementDocx(sampleInput({ body })));
    expect(() => valid(back)).not.toThrow();
    // The export fills the opening formula's blanks, so compare with the filled body.
    const expected = fillOpening(body, sampleInput().meta);
    expect(shape(back)).toEqual(shape(expected));
    expect(summary(back)).toEqual(summary(body));
    expect(report).toMatchObject({
      clauses: 3,
      ayat: 4,
      chapters: 2,
      letterItems: 7,
      preamble: true,
      closing: true,
    });
    expect(report.references).toBe(2);
    expect(report.warnings).toEqual([]);
    expect(report.skipped).toEqual(
      expect.arrayContaining(['NOTA KESEPAKATAN', 'NOMOR : 001/ORI-JBR/III/2020']),
    );
    expect(report.detected).toMatchObject({
      kind: 'mou',
      numbers: ['001/ORI-JBR/III/2020', expect.any(String)],
    });
  });

  it('round-trips a final copy too (no DRAF header, version footer)', async () => {
    const body = sampleBody();
    const { body: back } = await importAgreementDocx(
      await buildAgreementDocx(sampleInput({ body, status: 'final', version: 2, hash: 'ab'.repeat(32) })),
    );
    expect(shape(back)).toEqual(shape(fillOpening(body, sampleInput().meta)));
  });

  it.each(['mou', 'pks'] as const)('round-trips the %s template', async (kind) => {
    const parties = [
      { id: 'p1', ordinal: 1, name: 'Ombudsman RI Perwakilan Jawa Barat', shortName: 'Ombudsman Jabar' },
      { id: 'p2', ordinal: 2, name: 'Pemerintah Kota Bandung', shortName: 'Pemkot Bandung' },
    ];
    const { body, meta } = instantiateTemplate(kind, { parties, date: '2024-03-12', place: 'Bandung' });
    const file = await buildAgreementDocx({ kind, status: 'draft', body, meta, parties });
    const { body: back, report } = await importAgreementDocx(file, { kind });
    expect(() => valid(back)).not.toThrow();
    expect(shape(withoutAnnexes(back, report))).toEqual(shape(body));
    expect(report.warningIds.filter((id) => id !== 'import.annex_kept')).toEqual([]);
    expect(report.clauses).toBe(outlineOf(body).clauses.length);
  });

  it('round-trips a 100-Pasal agreement with chapters and references', async () => {
    const body = largeBody(100);
    const { body: back, report } = await importAgreementDocx(await buildAgreementDocx(sampleInput({ body })));
    expect(shape(back)).toEqual(shape(fillOpening(body, sampleInput().meta)));
    expect(report).toMatchObject({ clauses: 100, chapters: 10, ayat: 300, references: 100 });
  });

  it('imports a draft typed by hand in the usual Indonesian layout', async () => {
    const { body, report } = await importAgreementDocx(await typedDraft());
    expect(() => valid(body)).not.toThrow();
    expect(summary(body)).toEqual([
      { number: 1, heading: 'MAKSUD DAN TUJUAN', ayat: 2 },
      { number: 2, heading: 'RUANG LINGKUP', ayat: 0 },
      { number: 3, heading: 'PELAKSANAAN', ayat: 3 },
      { number: 4, heading: 'JANGKA WAKTU', ayat: 0 },
    ]);
    expect(outlineOf(body).chapters.map((c) => `${c.roman} ${c.title}`)).toEqual([
      'I KETENTUAN UMUM',
      'II PELAKSANAAN',
    ]);
    expect(top(body)).toEqual([
      'preamble',
      'chapter',
      'clause',
      'clause',
      'chapter',
      'clause',
      'clause',
      'closing',
    ]);
    expect(report).toMatchObject({
      clauses: 4,
      ayat: 5,
      letterItems: 6,
      chapters: 2,
      unmapped: 0,
      preamble: true,
      closing: true,
    });
    // Title block and signature table are recognised, reported, and not copied into the body.
    expect(report.detected).toMatchObject({
      kind: 'mou',
      subject: 'PENINGKATAN KUALITAS PELAYANAN PUBLIK',
      parties: ['OMBUDSMAN REPUBLIK INDONESIA PERWAKILAN PROVINSI JAWA TENGAH', 'PEMERINTAH KOTA SEMARANG'],
      numbers: ['12/ORI-JTG/V/2023', '119/456/2023'],
    });
    const json = JSON.stringify(body);
    expect(json).not.toContain('NOMOR :');
    expect(json).not.toContain('NOTA KESEPAKATAN');
    expect(json).not.toContain('Meterai');
    // Letters "a." of ayat (2) sit inside that ayat; the recitals' letters sit in the preamble.
    const pasal1 = body.content?.find((n) => n.type === NODE.clause);
    const ayat2 = pasal1?.content?.[1]?.content?.[1];
    expect(ayat2?.content?.map((n) => n.type)).toEqual(['paragraph', 'letterList']);
    expect(ayat2?.content?.[1]?.content).toHaveLength(2);
    expect(body.content?.[0]?.content?.map((n) => n.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'letterList',
      'paragraph',
    ]);
    // Typed markers are gone from the text; the bold run survives.
    expect(json).not.toMatch(/"text":"\((1|2|3)\)/);
    expect(json).toContain('{"type":"text","text":"Penghubung","marks":[{"type":"bold"}]}');
    // "Pasal 2" (heading after a line break in one paragraph).
    expect(outlineOf(body).clauses[1]!.heading).toBe('RUANG LINGKUP');
  });

  it('links typed references to the imported clauses but leaves laws alone', async () => {
    const { body, report } = await importAgreementDocx(await typedDraft());
    const outline = outlineOf(body);
    const refs: string[] = [];
    const walk = (n: PMJSON) => {
      if (n.type === NODE.clauseRef)
        refs.push(referenceText(outline, String(n.attrs?.clauseId), n.attrs?.ayat as string) ?? '?');
      n.content?.forEach(walk);
    };
    walk(body);
    expect(refs).toEqual(['Pasal 2', 'Pasal 1 ayat (2)']);
    expect(report.references).toBe(2);
    expect(JSON.stringify(body)).toContain('Pasal 363 Undang-Undang Nomor 23 Tahun 2014');
  });

  it('maps Word\'s own numbering by its format: "(%1)" to ayat, nested "%1." to letters, bullets to a bullet list', async () => {
    const { body, report } = await importAgreementDocx(await autoNumberedDraft(), { kind: 'mou' });
    expect(() => valid(body)).not.toThrow();
    expect(summary(body)).toEqual([
      { number: 1, heading: 'HAK DAN KEWAJIBAN', ayat: 2 },
      { number: 2, heading: 'JANGKA WAKTU', ayat: 2 },
    ]);
    const ayat2 = body.content?.[1]?.content?.[1]?.content?.[1];
    expect(ayat2?.content?.[1]?.type).toBe('letterList');
    expect(ayat2?.content?.[1]?.content?.[0]?.content?.map((n) => n.type)).toEqual([
      'paragraph',
      'bulletList',
    ]);
    expect(report).toMatchObject({ letterItems: 3, ayat: 4, closing: true });
    // The title says PKS, the caller asked for an MoU: imported as asked, with a warning.
    expect(report.warningIds).toContain('import.kind_mismatch');
    expect(report.detected.kind).toBe('pks');
  });

  it('imports a LibreOffice draft with automatic "1." and "a." lists', async () => {
    const file = readFileSync(
      new URL('../../../tests/fixtures/docx/libreoffice-draft.docx', import.meta.url),
    );
    const { body, report } = await importAgreementDocx(file);
    expect(() => valid(body)).not.toThrow();
    expect(summary(body)).toEqual([
      { number: 1, heading: 'TUJUAN', ayat: 2 },
      { number: 2, heading: 'PEMBIAYAAN', ayat: 0 },
    ]);
    expect(report).toMatchObject({ letterItems: 3, preamble: true, closing: true });
    expect(report.warningIds).toEqual(['import.numbered_as_ayat']);
    expect(report.detected.numbers).toEqual(['800/123/2022', '45/UN1/2022']);
    expect(JSON.stringify(body)).toContain('"text":"masing-masing","marks":[{"type":"italic"}]');
  });

  it('keeps what fits no structure and says what it did', async () => {
    const { body, report } = await importAgreementDocx(await looseDraft());
    expect(() => valid(body)).not.toThrow();
    expect(top(body)).toEqual(['preamble', 'clause', 'clause']);
    expect(summary(body)).toEqual([
      { number: 1, heading: 'Ketentuan Umum', ayat: 2 },
      { number: 2, heading: '', ayat: 0 },
    ]);
    const json = JSON.stringify(body);
    for (const text of ['Catatan rapat sebelum draf.', 'Isi pasal tanpa judul diketik langsung.']) {
      expect(json).toContain(text);
    }
    // The table stays a table, in the ayat it followed.
    expect(json).toContain(
      '{"type":"table","content":[{"type":"tableRow","content":[{"type":"tableCell","attrs":{"colspan":1,"rowspan":1,"colwidth":null},"content":[{"type":"paragraph","content":[{"type":"text","text":"Unit"}]}]}',
    );
    expect(report.warningIds).toEqual(['import.numbered_as_ayat', 'import.pasal_renumbered']);
    expect(report.warnings).toHaveLength(2);
    expect(report.warningsEn[1]).toContain('Pasal 3 became Pasal 2');
    expect(report).toMatchObject({ unmapped: 0, closing: false });
  });
});
