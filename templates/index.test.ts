import { describe, expect, it } from 'vitest';
import { brokenReferences, outlineOf, type PMJSON, referenceText, textOf } from '../shared/clauses.ts';
import { agreementSchema } from '../shared/schema/index.ts';
import { NODE } from '../shared/schema/names.ts';
import { buildParties } from './fixtures.ts';
import { instantiateTemplate, TEMPLATES } from './index.ts';
import type { AgreementKind } from './types.ts';

const KINDS: AgreementKind[] = ['mou', 'pks'];

function collect(node: PMJSON, type: string, out: PMJSON[] = []): PMJSON[] {
  if (node.type === type) out.push(node);
  for (const child of node.content ?? []) collect(child, type, out);
  return out;
}

const preambleText = (body: PMJSON) =>
  collect(body.content?.find((n) => n.type === NODE.preamble) ?? body, NODE.paragraph)
    .map(textOf)
    .join('\n');

/** The cross-references inside the clause with `heading`, each with its target's heading, as they read there. */
function referencedFrom(body: PMJSON, heading: string): string[] {
  const outline = outlineOf(body);
  const source = body.content?.find((n) => n.type === NODE.clause && textOf(n.content![0]!) === heading);
  return collect(source!, NODE.clauseRef).map((ref) => {
    const target = outline.clauses.find((c) => c.id === ref.attrs?.clauseId);
    const from = String(source?.attrs?.id);
    return `${target?.heading} ${referenceText(outline, String(ref.attrs?.clauseId), ref.attrs?.ayat as string | null, from)}`;
  });
}

describe.each(KINDS)('instantiateTemplate(%s)', (kind) => {
  const parties = buildParties();
  const make = () => instantiateTemplate(kind, { title: '', subject: '', parties });

  it('gives a body the agreement schema accepts', () => {
    const { body } = make();
    expect(() => agreementSchema().nodeFromJSON(body).check()).not.toThrow();
  });

  it('fills every placeholder', () => {
    expect(JSON.stringify(make().body)).not.toContain('{{');
  });

  it('gives every clause, chapter and ayat a fresh id that no other document shares', () => {
    const idsOf = (body: PMJSON) =>
      [NODE.clause, NODE.chapter, NODE.ayatItem].flatMap((t) =>
        collect(body, t).map((n) => String(n.attrs?.id)),
      );
    const first = idsOf(make().body);
    const second = idsOf(make().body);
    const stored = idsOf(TEMPLATES[kind]);
    expect(new Set(first).size).toBe(first.length);
    expect(first.length).toBe(stored.length);
    expect(first.filter((id) => second.includes(id) || stored.includes(id))).toEqual([]);
  });

  it('keeps its cross-references pointing at live clauses after the ids change', () => {
    const { body } = make();
    expect(collect(body, NODE.clauseRef).length).toBeGreaterThan(0);
    expect(brokenReferences(body)).toEqual([]);
  });

  it('opens with the formula and names each party', () => {
    const text = preambleText(make().body);
    expect(text).toMatch(/^Pada hari ini ………, tanggal ………/);
    expect(text).toContain(
      `atas nama ${parties[0]!.name}, berkedudukan di Kota Jambi, selanjutnya disebut PIHAK PERTAMA.`,
    );
    expect(text).toContain(
      `atas nama ${parties[1]!.name}, berkedudukan di Kota Jambi, selanjutnya disebut PIHAK KEDUA.`,
    );
    expect(text).toContain('PIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK');
    expect(text).toMatch(/\nbahwa /);
    expect(text).toContain('Undang-Undang Nomor 37 Tahun 2008 tentang Ombudsman Republik Indonesia');
    expect(text).toContain('Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik');
    expect(text).toContain('Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah');
  });

  it('sets the meta defaults with empty per-party fields', () => {
    const { meta } = make();
    expect(meta).toMatchObject({ place: '', date: '', originals: '2', termYears: '5' });
    expect(meta.title).toBe(kind === 'mou' ? 'Nota Kesepakatan' : 'Perjanjian Kerja Sama');
    expect(meta.subject!.length).toBeGreaterThan(10);
    for (const p of parties) {
      for (const field of ['number', 'signatoryName', 'signatoryPosition', 'signatoryNip']) {
        expect(meta[`${field}.${p.id}`]).toBe('');
      }
    }
  });

  it('names a third party PIHAK KETIGA and gives it an address and an original', () => {
    const three = buildParties(3);
    const { body, meta } = instantiateTemplate(kind, { title: '', subject: '', parties: three });
    const text = collect(body, NODE.paragraph).map(textOf).join('\n');
    expect(text).toContain('selanjutnya disebut PIHAK KETIGA.');
    expect(text).toContain('PIHAK PERTAMA, PIHAK KEDUA, dan PIHAK KETIGA secara bersama-sama');
    expect(text).toMatch(/PIHAK KEDUA: Pemerintah Kota Jambi, alamat Kota Jambi, .*;\n/);
    expect(text).toMatch(/PIHAK KETIGA: Perangkat Daerah 3, alamat \[alamat\], .*\[alamat surel\]\.\n/);
    expect(text).toContain('rangkap 3 (tiga) asli');
    expect(meta.originals).toBe('3');
    expect(meta['signatoryName.party-3']).toBe('');
  });
});

describe('instantiateTemplate details', () => {
  const parties = buildParties();

  it('writes a known date of signing in words and fills title and subject', () => {
    const { body, meta } = instantiateTemplate('mou', {
      title: 'Nota Kesepakatan Bersama',
      subject: 'Sinergi Pengawasan Pelayanan Publik',
      parties,
      place: 'Jambi',
      date: '2025-06-23',
    });
    const text = preambleText(body);
    expect(text).toContain(
      'Pada hari ini Senin, tanggal dua puluh tiga, bulan Juni, tahun dua ribu dua puluh lima (23-06-2025), bertempat di Jambi,',
    );
    expect(text).toContain('Nota Kesepakatan tentang Sinergi Pengawasan Pelayanan Publik');
    expect(meta).toMatchObject({ title: 'Nota Kesepakatan Bersama', place: 'Jambi', date: '2025-06-23' });
  });

  it('links PELAKSANAAN to RUANG LINGKUP and its own ayat, PENGAKHIRAN to the term ayat in the MoU', () => {
    const { body } = instantiateTemplate('mou', { title: '', subject: '', parties });
    expect(referencedFrom(body, 'PELAKSANAAN')).toEqual(['RUANG LINGKUP Pasal 2', 'PELAKSANAAN ayat (1)']);
    expect(referencedFrom(body, 'PENGAKHIRAN')).toEqual(['JANGKA WAKTU Pasal 7 ayat (1)']);
  });

  it('groups the PKS in chapters and links SANKSI to HAK DAN KEWAJIBAN', () => {
    const { body } = instantiateTemplate('pks', { title: '', subject: '', parties });
    const outline = outlineOf(body);
    expect(outline.chapters.map((c) => `BAB ${c.roman}`)).toEqual(['BAB I', 'BAB II', 'BAB III', 'BAB IV']);
    expect(outline.clauses.every((c) => c.chapterId)).toBe(true);
    expect(referencedFrom(body, 'SANKSI')).toEqual([
      'HAK DAN KEWAJIBAN Pasal 4',
      'SANKSI ayat (1)',
      'SANKSI ayat (1)',
      'SANKSI ayat (2)',
    ]);
  });

  it('cites the MoU in the PKS recitals with its numbers and date', () => {
    const { body } = instantiateTemplate('pks', {
      title: '',
      subject: '',
      parties,
      mou: {
        title: 'Nota Kesepakatan tentang Peningkatan Kualitas Pelayanan Publik',
        numbers: ['12/ORI-JMB/VI/2025', '180/123/HK/2025'],
        date: '2025-03-12',
      },
    });
    expect(preambleText(body)).toContain(
      'bahwa telah ditandatangani Nota Kesepakatan Nomor 12/ORI-JMB/VI/2025 dan Nomor 180/123/HK/2025 tanggal 12 Maret 2025 tentang Peningkatan Kualitas Pelayanan Publik,',
    );
  });

  it('leaves visible blanks where the MoU is not known yet', () => {
    const { body } = instantiateTemplate('pks', { title: '', subject: '', parties });
    expect(preambleText(body)).toContain(
      'Nota Kesepakatan Nomor [nomor] tanggal [tanggal] tentang [perihal Nota Kesepakatan]',
    );
  });

  it('refuses an agreement with fewer than two parties', () => {
    expect(() =>
      instantiateTemplate('mou', { title: '', subject: '', parties: parties.slice(0, 1) }),
    ).toThrow(/two parties/);
  });
});
