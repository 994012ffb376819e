import { describe, expect, it } from 'vitest';
import { buildParties, signingMeta } from '../templates/fixtures.ts';
import { instantiateTemplate } from '../templates/index.ts';
import { clauseFromLibrary } from '../templates/library.ts';
import type { PMJSON } from './clauses.ts';
import { outlineOf, textOf } from './clauses.ts';
import { checkCompleteness, templatePlaceholders } from './completeness.ts';
import { fillKomparisi } from './komparisi.ts';
import { NODE } from './schema/names.ts';

const parties = buildParties();

/** What people type over the blanks the templates leave in the liaison clause. */
const LIAISON_TYPED: Record<string, string> = {
  '[jabatan penghubung]': 'Kepala Keasistenan Pencegahan',
  '[nomor telepon]': '0741-123456',
  '[alamat surel]': 'jambi@ombudsman.go.id',
};

/** Every text node under the node, edited. */
function editText(node: PMJSON, edit: (text: string) => string): PMJSON {
  return node.type === NODE.text
    ? { ...node, text: edit(node.text ?? '') }
    : { ...node, content: node.content?.map((n) => editText(n, edit)) };
}

/**
 * A template as it stands before signing: made with the signatories and (for a PKS) the MoU
 * known, the liaison blanks typed over, its meta form filled in.
 */
function ready(kind: 'mou' | 'pks') {
  const known = parties.map((p) => ({
    ...p,
    signatoryName: `Pejabat ${p.shortName}`,
    signatoryPosition: p.ordinal === 1 ? 'Kepala Perwakilan' : 'Wali Kota',
  }));
  const mou = {
    title: 'Nota Kesepakatan tentang Pelayanan Publik',
    numbers: ['1/2025', '2/2025'],
    date: '2025-01-10',
  };
  const { body, meta } = instantiateTemplate(kind, {
    title: '',
    subject: '',
    parties: known,
    mou: kind === 'pks' ? mou : null,
  });
  const typed = editText(body, (t) => t.replace(/\[[^\]]+\]/g, (blank) => LIAISON_TYPED[blank] ?? blank));
  return { body: typed, meta: signingMeta(meta, parties) };
}

const headingOf = (n: PMJSON) => (n.type === NODE.clause ? textOf(n.content![0]!) : '');
const withoutClause = (body: PMJSON, heading: string): PMJSON => ({
  ...body,
  content: body.content!.filter((n) => headingOf(n) !== heading),
});
/** Replace the text of every text node under the clause with this heading. */
function editClause(body: PMJSON, heading: string, edit: (text: string) => string): PMJSON {
  const visit = (n: PMJSON): PMJSON =>
    n.type === NODE.text ? { ...n, text: edit(n.text ?? '') } : { ...n, content: n.content?.map(visit) };
  return { ...body, content: body.content!.map((n) => (headingOf(n) === heading ? visit(n) : n)) };
}
const item = (report: ReturnType<typeof checkCompleteness>, key: string) =>
  report.items.find((i) => i.key === key)!;
const warningIds = (report: ReturnType<typeof checkCompleteness>) => report.warnings.map((w) => w.id);

describe('checkCompleteness on the templates', () => {
  it.each(['mou', 'pks'] as const)('finds the filled-in %s template complete', (kind) => {
    const { body, meta } = ready(kind);
    const report = checkCompleteness(kind, body, meta, { mouId: kind === 'pks' ? 'mou-1' : null });
    expect(report.items.filter((i) => i.level === 'required' && !i.present)).toEqual([]);
    expect(report.missingRequired).toBe(0);
    expect(warningIds(report)).not.toContain('term.missing');
    expect(warningIds(report)).not.toContain('term.too_long');
  });

  it.each(['mou', 'pks'] as const)('a fresh %s lacks the meta form and its blanks filled in', (kind) => {
    const { body, meta } = instantiateTemplate(kind, { title: '', subject: '', parties });
    const report = checkCompleteness(kind, body, meta);
    const missing = report.items.filter((i) => i.level === 'required' && !i.present).map((i) => i.key);
    expect(missing).toEqual(['signing', 'signatory', 'placeholders']);
    expect(report.missingRequired).toBe(3);
    expect(warningIds(report)).toContain('text.placeholders');
  });

  it('lists the sections of the kind with the levels of docs/DOMAIN.md', () => {
    const { body, meta } = ready('mou');
    const mou = checkCompleteness('mou', body, meta);
    const pks = checkCompleteness('pks', ready('pks').body, meta);
    const levels = (r: typeof mou) => Object.fromEntries(r.items.map((i) => [i.key, i.level]));
    expect(levels(mou)).toMatchObject({
      implementation: 'required',
      dispute: 'recommended',
      termination: 'recommended',
    });
    expect(levels(mou)).not.toHaveProperty('rights');
    expect(levels(mou)).not.toHaveProperty('forceMajeure');
    expect(levels(mou)).not.toHaveProperty('sanctions');
    expect(levels(pks)).toMatchObject({
      implementation: 'annex',
      rights: 'required',
      forceMajeure: 'required',
      dispute: 'required',
      sanctions: 'required',
      termination: 'required',
      dprd: 'flag',
    });
    expect(levels(checkCompleteness('pks', body, meta, { thirdParty: false })).sanctions).toBe('recommended');
  });

  it('points each clause-based section at its clauses', () => {
    const { body, meta } = ready('mou');
    const liaison = body.content!.find((n) => headingOf(n) === 'PENGHUBUNG')!;
    expect(item(checkCompleteness('mou', body, meta), 'liaison').clauseIds).toEqual([liaison.attrs!.id]);
  });
});

describe('checkCompleteness finds what is missing', () => {
  it('reports a removed clause as missing', () => {
    const { body, meta } = ready('mou');
    const report = checkCompleteness('mou', withoutClause(body, 'PENGHUBUNG'), meta);
    expect(item(report, 'liaison')).toMatchObject({ present: false, clauseIds: [] });
    expect(report.missingRequired).toBe(1);
  });

  it('requires every suggestion decided, naming how many are pending and in which Pasal', () => {
    const { body, meta } = ready('mou');
    expect(item(checkCompleteness('mou', body, meta), 'suggestions')).toMatchObject({ present: true });
    const stamp = { id: 's1', party: 'p1', user: 'u1', ts: '2026-12-05T06:00:00.000Z' };
    const suggested = structuredClone(body);
    const liaison = suggested.content!.find((n) => headingOf(n) === 'PENGHUBUNG')!;
    const firstParagraph = (n: PMJSON): PMJSON | undefined =>
      n.type === NODE.paragraph ? n : (n.content ?? []).map(firstParagraph).find(Boolean);
    const paragraph = firstParagraph(liaison)!;
    paragraph.content = [
      ...(paragraph.content ?? []),
      { type: 'text', text: ' baru', marks: [{ type: 'insertion', attrs: stamp }] },
    ];
    const report = checkCompleteness('mou', suggested, meta);
    expect(item(report, 'suggestions')).toMatchObject({
      present: false,
      level: 'required',
      clauseIds: [liaison.attrs!.id],
      label: {
        id: '1 usulan belum diterima atau ditolak',
        en: '1 suggestion(s) not yet accepted or rejected',
      },
    });
    expect(report.missingRequired).toBe(1);
  });

  it('does not count a missing recommended section', () => {
    const { body, meta } = ready('mou');
    const report = checkCompleteness('mou', withoutClause(body, 'PENYELESAIAN PERSELISIHAN'), meta);
    expect(item(report, 'dispute').present).toBe(false);
    expect(report.missingRequired).toBe(0);
  });

  it('recognises synonyms, other cases and English headings', () => {
    const { body, meta } = ready('pks');
    const renamed = editClause(
      editClause(
        editClause(body, 'PENGHUBUNG', (t) => (t === 'PENGHUBUNG' ? 'Narahubung dan Korespondensi' : t)),
        'KEADAAN KAHAR',
        (t) => (t === 'KEADAAN KAHAR' ? 'FORCE MAJEURE' : t),
      ),
      'PERUBAHAN',
      (t) => (t === 'PERUBAHAN' ? 'Adendum' : t),
    );
    const report = checkCompleteness('pks', renamed, meta, { mouId: 'm' });
    expect(report.missingRequired).toBe(0);
  });

  it('needs the komparisi, the recitals and the closing formula', () => {
    const { body, meta } = ready('mou');
    const bare = { ...body, content: body.content!.filter((n) => n.type === NODE.clause) };
    const report = checkCompleteness('mou', bare, meta);
    expect(['parties', 'recitals', 'closing'].map((k) => item(report, k).present)).toEqual([
      false,
      false,
      false,
    ]);
    expect(report.missingRequired).toBe(3);
  });

  it('needs a signatory for every party and the place and date of signing', () => {
    const { body, meta } = ready('mou');
    const noSignatory = { ...meta, [`signatoryName.${parties[1]!.id}`]: ' ' };
    expect(item(checkCompleteness('mou', body, noSignatory), 'signatory').present).toBe(false);
    expect(item(checkCompleteness('mou', body, { ...meta, place: '' }), 'signing').present).toBe(false);
    expect(item(checkCompleteness('mou', body, { ...meta, title: '' }), 'title').present).toBe(false);
  });

  it('takes the party list from the caller when given', () => {
    const { body, meta } = ready('mou');
    const report = checkCompleteness('mou', body, meta, {
      partyIds: [...parties.map((p) => p.id), 'party-late'],
    });
    expect(item(report, 'signatory').present).toBe(false);
  });

  it('finds a work plan annex in a PKS without a PELAKSANAAN clause', () => {
    const { body, meta } = ready('pks');
    const withoutPlan = withoutClause(body, 'PELAKSANAAN');
    expect(item(checkCompleteness('pks', withoutPlan, meta), 'implementation').present).toBe(false);
    const annexOnly = { ...withoutPlan, content: [...withoutPlan.content!] };
    annexOnly.content.splice(3, 0, clauseFromLibrary('pelaksanaan')!);
    const planClause = editClause(annexOnly, 'PELAKSANAAN', (t) => (t === 'PELAKSANAAN' ? 'LAMPIRAN' : t));
    expect(item(checkCompleteness('pks', planClause, meta), 'implementation').present).toBe(true);
  });
});

describe('checkCompleteness warnings', () => {
  it('warns about a term of 10 years in the meta form', () => {
    const { body, meta } = ready('mou');
    const ids = warningIds(checkCompleteness('mou', body, { ...meta, termYears: '10' }));
    expect(ids).toContain('term.too_long');
    expect(ids).toContain('term.mismatch');
  });

  it('warns about a term of 10 years in the text', () => {
    const { body, meta } = ready('mou');
    const longer = editClause(body, 'JANGKA WAKTU', (t) => t.replace('5 (lima) tahun', '10 (sepuluh) tahun'));
    const report = checkCompleteness('mou', longer, { ...meta, termYears: '' });
    expect(report.warnings.find((w) => w.id === 'term.too_long')?.message.en).toContain('10 years');
  });

  it('warns when the term is missing', () => {
    const { body, meta } = ready('mou');
    const report = checkCompleteness('mou', withoutClause(body, 'JANGKA WAKTU'), meta);
    expect(warningIds(report)).toContain('term.missing');
    expect(item(report, 'term').present).toBe(false);
    const vague = editClause(body, 'JANGKA WAKTU', (t) =>
      t.replace(/\d+ \([a-z ]+\) (tahun|bulan)/g, 'sesuai kesepakatan'),
    );
    expect(warningIds(checkCompleteness('mou', vague, meta))).toContain('term.missing');
  });

  it('warns about a PKS that cites no MoU', () => {
    const { body, meta } = ready('pks');
    const preamble = body.content![0]!;
    const uncited: PMJSON = {
      ...body,
      content: [
        {
          ...preamble,
          content: preamble!.content!.map((block) =>
            block.type === NODE.letterList
              ? { ...block, content: block.content!.filter((li) => !/Nota Kesepakatan/.test(textOf(li))) }
              : block,
          ),
        },
        ...body.content!.slice(1),
      ],
    };
    expect(warningIds(checkCompleteness('pks', uncited, meta))).toContain('pks.no_mou');
    expect(warningIds(checkCompleteness('pks', uncited, meta, { mouId: 'mou-1' }))).not.toContain(
      'pks.no_mou',
    );
    expect(warningIds(checkCompleteness('pks', body, meta))).not.toContain('pks.no_mou');
    expect(warningIds(checkCompleteness('mou', uncited, meta))).not.toContain('pks.no_mou');
  });

  it('warns about a reference to a deleted clause', () => {
    const { body, meta } = ready('mou');
    expect(warningIds(checkCompleteness('mou', body, meta))).not.toContain('references.broken');
    expect(warningIds(checkCompleteness('mou', withoutClause(body, 'RUANG LINGKUP'), meta))).toContain(
      'references.broken',
    );
  });

  it('gives every message in both languages', () => {
    const { body } = instantiateTemplate('pks', { title: '', subject: '', parties });
    const report = checkCompleteness('pks', withoutClause(body, 'JANGKA WAKTU'), { termYears: '12' });
    expect(report.warnings.length).toBeGreaterThan(1);
    for (const w of report.warnings) expect(w.message.id && w.message.en).toBeTruthy();
    for (const i of report.items) expect(i.label.id && i.label.en).toBeTruthy();
  });

  it('has nothing to check in meeting notes', () => {
    expect(checkCompleteness('notes', { type: 'doc', content: [] }, {})).toEqual({
      items: [],
      warnings: [],
      missingRequired: 0,
    });
  });
});

describe('checkCompleteness on leftover template placeholders', () => {
  it('blocks a fresh PKS on its unknown signatories, naming them and where they are', () => {
    const { body, meta } = instantiateTemplate('pks', { title: '', subject: '', parties });
    const signing = { ...meta, place: 'Jambi', date: '2025-06-23' };
    const report = checkCompleteness('pks', body, signing, { mouId: 'mou-1' });
    const leftover = item(report, 'placeholders');
    const liaison = body.content!.find((n) => headingOf(n) === 'PENGHUBUNG')!;
    const liaisonNumber = outlineOf(body).clauses.find((c) => c.id === liaison.attrs!.id)!.number;
    expect(leftover).toMatchObject({ level: 'required', present: false, clauseIds: [liaison.attrs!.id] });
    expect(leftover.label.id).toContain('[nama pejabat], [jabatan]');
    expect(leftover.label.id).toContain('di pembukaan');
    expect(leftover.label.id).toContain(`[nomor telepon], [alamat surel] di Pasal ${liaisonNumber}`);
    expect(leftover.label.en).toContain('[nama pejabat], [jabatan]');
    expect(leftover.label.en).toContain(`in Article ${liaisonNumber}`);
    // The signatories themselves are missing too.
    expect(item(report, 'signatory').present).toBe(false);
    expect(report.missingRequired).toBe(2);
  });

  it("reads the komparisi's blanks from the Info fields: a filled signatory is no leftover", () => {
    const { body, meta } = instantiateTemplate('pks', { title: '', subject: '', parties });
    const filled = checkCompleteness('pks', body, signingMeta(meta, parties), {
      mouId: 'mou-1',
      partyIds: parties.map((p) => p.id),
    });
    expect(item(filled, 'signatory').present).toBe(true);
    expect(item(filled, 'placeholders').label.id).not.toMatch(/nama pejabat|\[jabatan\]/);
    // One party's position emptied again: its blank is back, named in the opening.
    const oneEmpty = { ...signingMeta(meta, parties), [`signatoryPosition.${parties[1]!.id}`]: ' ' };
    const report = checkCompleteness('pks', body, oneEmpty, { partyIds: parties.map((p) => p.id) });
    expect(item(report, 'placeholders').label.id).toContain('[jabatan]');
    expect(item(report, 'placeholders').label.id).not.toContain('[nama pejabat]');
  });

  it('finds one placeholder left in any Pasal, and lists each part once in document order', () => {
    const { body, meta } = ready('mou');
    const left = editClause(body, 'JANGKA WAKTU', (t) => t.replace(/\blima\b/, '[jangka waktu]'));
    const term = left.content!.find((n) => headingOf(n) === 'JANGKA WAKTU')!;
    expect(templatePlaceholders(fillKomparisi(left, meta, parties))).toEqual([
      expect.objectContaining({ clauseId: term.attrs!.id, found: ['[jangka waktu]'] }),
    ]);
    const report = checkCompleteness('mou', left, meta);
    expect(item(report, 'placeholders')).toMatchObject({ present: false, clauseIds: [term.attrs!.id] });
    expect(report.missingRequired).toBe(1);
  });

  it('finds a placeholder in the closing and names it', () => {
    const { body, meta } = ready('mou');
    const closing = body.content!.findIndex((n) => n.type === NODE.closing);
    const content = [...body.content!];
    content[closing] = editText(content[closing]!, (t) => (t ? `${t} [tanggal]` : t));
    const report = checkCompleteness('mou', { ...body, content }, meta);
    expect(item(report, 'placeholders')).toMatchObject({ present: false, clauseIds: [] });
    expect(item(report, 'placeholders').label.id).toContain('[tanggal] di penutup');
  });

  it('leaves the opening formula to the signing item, since the export fills its date and place', () => {
    const { body, meta } = ready('mou');
    const preamble = body.content!.findIndex((n) => n.type === NODE.preamble);
    const content = [...body.content!];
    content[preamble] = editText(content[preamble]!, (t) =>
      /pada hari ini/i.test(t) ? t.replace(/pada hari ini/i, 'Pada hari ini [hari]') : t,
    );
    expect(JSON.stringify(content[preamble])).toContain('[hari]');
    expect(item(checkCompleteness('mou', { ...body, content }, meta), 'placeholders').present).toBe(true);
  });

  it('leaves bracketed words that are no template blank alone', () => {
    const { body, meta } = ready('mou');
    const cited = editClause(body, 'JANGKA WAKTU', (t) => (t ? `${t} [Pasal 3]` : t));
    expect(item(checkCompleteness('mou', cited, meta), 'placeholders').present).toBe(true);
  });
});
