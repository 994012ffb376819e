import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { META, partyMetaKey } from '../../shared/meta.ts';
import { YDOC } from '../../shared/protocol.ts';
import { agreementSchema } from '../../shared/schema/index.ts';
import { applySteps } from './apply.ts';
import { type MergeBase, mergePlan } from './merge.ts';
import { carriesMeta, liveUnits, readUnits, UNIT } from './units.ts';

const p = (text: string, marks?: PMJSON['marks']): PMJSON => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(marks ? { marks } : {}) }],
});
const clause = (id: string, heading: string, text: string): PMJSON => ({
  type: 'clause',
  attrs: { id },
  content: [{ type: 'clauseHeading', content: [{ type: 'text', text: heading }] }, p(text)],
});
const chapter = (id: string, title: string): PMJSON => ({
  type: 'chapter',
  attrs: { id },
  content: [{ type: 'text', text: title }],
});
const body = (parts: { opening?: string; bab?: string; pasal?: string; closing?: string } = {}): PMJSON => ({
  type: 'doc',
  content: [
    { type: 'preamble', content: [p(parts.opening ?? 'Pada hari ini Senin tanggal satu.')] },
    chapter('b1', parts.bab ?? 'KETENTUAN UMUM'),
    clause(
      'c1',
      'MAKSUD DAN TUJUAN',
      parts.pasal ?? 'Maksud kerja sama ini adalah pengawasan pelayanan publik.',
    ),
    clause('c2', 'RUANG LINGKUP', 'Ruang lingkup meliputi pertukaran data.'),
    { type: 'closing', content: [p(parts.closing ?? 'Demikian dibuat dalam rangkap 2 (dua) asli.')] },
  ],
});

const CITY = 'pkota';
const OMBUDSMAN = 'pomb';

function docOf(json: PMJSON, meta: Record<string, string>): Y.Doc {
  const doc = new Y.Doc();
  setBody(doc, json);
  for (const [k, v] of Object.entries(meta)) doc.getMap(YDOC.meta).set(k, v);
  return doc;
}
function setBody(doc: Y.Doc, json: PMJSON): void {
  const node = agreementSchema().nodeFromJSON(json);
  updateYFragment(doc, doc.getXmlFragment(YDOC.body), node, { mapping: new Map(), isOMark: new Map() });
}
const bodyOf = (doc: Y.Doc) =>
  yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(YDOC.body), agreementSchema()).toJSON() as PMJSON;
const textOf = (n: PMJSON): string => n.text ?? (n.content ?? []).map(textOf).join(' ');

const masterMeta = {
  [META.title]: 'PKS Induk',
  [META.subject]: 'Pengawasan pelayanan publik',
  [partyMetaKey.number(OMBUDSMAN)]: '',
  [partyMetaKey.signatoryName(OMBUDSMAN)]: 'Kepala Perwakilan',
  [partyMetaKey.signatoryName(CITY)]: 'Wali Kota',
};
const variantMeta = {
  ...masterMeta,
  [META.title]: 'PKS Induk — Disdukcapil',
  [partyMetaKey.number(OMBUDSMAN)]: '12/PKS/2026',
  [partyMetaKey.signatoryName(CITY)]: 'Kepala Dinas',
};
const carried = (key: string) => carriesMeta(key, CITY);

/** A master and a variant made of it, the variant's bases taken from the master as it was. */
function family() {
  const master = docOf(body(), masterMeta);
  const variant = docOf(body(), variantMeta);
  const bases = new Map<string, MergeBase>(
    readUnits(master, carried).map((u) => [u.id, { hash: u.hash, flag: null }]),
  );
  const sync = () => {
    const steps = mergePlan(readUnits(master, carried), liveUnits(variant, carried), bases);
    const applied = applySteps(variant, steps);
    // The bases move as sync.ts writes them.
    for (const step of steps) {
      if (step.op === 'replace' || step.op === 'insert' || step.op === 'rebase') {
        bases.set(step.id, { hash: step.hash, flag: null });
      } else if (step.op === 'delete' || step.op === 'forget') bases.delete(step.id);
      else bases.set(step.id, { hash: bases.get(step.id)?.hash ?? '', flag: step.flag });
    }
    return { steps, applied };
  };
  return { master, variant, bases, sync };
}

describe('the units outside the Pasal', () => {
  it('a variant takes the master’s BAB, opening, closing and subject, never its title, numbers or its own signatory', () => {
    const { master, variant, sync } = family();
    setBody(
      master,
      body({
        bab: 'KETENTUAN UMUM DAN PENGERTIAN',
        opening: 'Pada hari ini Selasa tanggal dua.',
        closing: 'Demikian dibuat dalam rangkap 3 (tiga) asli.',
      }),
    );
    const meta = master.getMap(YDOC.meta);
    meta.set(META.subject, 'Pengawasan pelayanan publik daerah');
    meta.set(META.title, 'PKS Induk (revisi)');
    meta.set(partyMetaKey.signatoryName(OMBUDSMAN), 'Kepala Perwakilan Baru');
    meta.set(partyMetaKey.signatoryName(CITY), 'Sekretaris Daerah');
    const { steps, applied } = sync();
    expect(steps.map((s) => [s.op, s.id]).sort()).toEqual(
      [
        ['replace', `${UNIT.chapter}b1`],
        ['replace', UNIT.opening],
        ['replace', UNIT.closing],
        ['replace', `${UNIT.meta}${META.subject}`],
        ['replace', `${UNIT.meta}${partyMetaKey.signatoryName(OMBUDSMAN)}`],
      ].sort(),
    );
    expect(applied.written).toBe(5);
    expect(bodyOf(variant)).toEqual(bodyOf(master));
    expect(variant.getMap(YDOC.meta).toJSON()).toEqual({
      ...variantMeta,
      [META.subject]: 'Pengawasan pelayanan publik daerah',
      [partyMetaKey.signatoryName(OMBUDSMAN)]: 'Kepala Perwakilan Baru',
    });
  });

  it('flags a master change to text outside the Pasal that the variant changed, and leaves the variant’s words', () => {
    const { master, variant, sync } = family();
    setBody(variant, body({ opening: 'Pada hari ini Senin tanggal satu, di Kantor Disdukcapil.' }));
    variant.getMap(YDOC.meta).set(META.subject, 'Pengawasan layanan kependudukan');
    setBody(master, body({ opening: 'Pada hari ini Rabu tanggal tiga.' }));
    master.getMap(YDOC.meta).set(META.subject, 'Pengawasan pelayanan publik daerah');
    const { steps } = sync();
    expect(steps).toEqual([
      { op: 'flag', id: UNIT.opening, flag: 'changed' },
      { op: 'flag', id: `${UNIT.meta}${META.subject}`, flag: 'changed' },
    ]);
    expect(textOf(bodyOf(variant))).toContain('di Kantor Disdukcapil');
    expect(variant.getMap(YDOC.meta).get(META.subject)).toBe('Pengawasan layanan kependudukan');
  });

  it('a new master BAB goes in after the same Pasal; a deleted one goes where unchanged', () => {
    const { master, variant, sync } = family();
    const withNew = body();
    withNew.content!.splice(3, 0, chapter('b2', 'RUANG LINGKUP'));
    setBody(master, withNew);
    sync();
    expect(bodyOf(variant)).toEqual(bodyOf(master));
    setBody(master, body());
    const { steps } = sync();
    expect(steps).toEqual([{ op: 'delete', id: `${UNIT.chapter}b2` }]);
    expect(bodyOf(variant)).toEqual(bodyOf(master));
  });

  it('carries the agreement’s fields and the other parties’ signatories only', () => {
    expect(carriesMeta(META.subject, CITY)).toBe(true);
    expect(carriesMeta(META.originals, CITY)).toBe(true);
    expect(carriesMeta(META.termYears, CITY)).toBe(true);
    expect(carriesMeta(partyMetaKey.signatoryNip(OMBUDSMAN), CITY)).toBe(true);
    expect(carriesMeta(partyMetaKey.signatoryNip(CITY), CITY)).toBe(false);
    for (const own of [META.title, META.date, META.place, partyMetaKey.number(OMBUDSMAN)]) {
      expect(carriesMeta(own, CITY)).toBe(false);
    }
  });
});

describe('comments in a unit that takes the master’s text', () => {
  const anchor = (pointId: string) => [{ type: 'pointAnchor', attrs: { pointId } }];
  const anchoredWords = (doc: Y.Doc, pointId: string) => {
    const out: string[] = [];
    const walk = (n: PMJSON) => {
      if (n.marks?.some((m) => m.type === 'pointAnchor' && m.attrs?.pointId === pointId))
        out.push(n.text ?? '');
      for (const c of n.content ?? []) walk(c);
    };
    walk(bodyOf(doc));
    return out;
  };
  const withComments = (): PMJSON => {
    const json = body();
    json.content![2] = {
      ...clause('c1', 'MAKSUD DAN TUJUAN', ''),
      content: [
        { type: 'clauseHeading', content: [{ type: 'text', text: 'MAKSUD DAN TUJUAN' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Maksud kerja sama ini adalah ' },
            { type: 'text', text: 'pengawasan', marks: anchor('p_same') },
            { type: 'text', text: ' pelayanan ' },
            { type: 'text', text: 'publik', marks: anchor('p_gone') },
            { type: 'text', text: '.' },
          ],
        },
      ],
    };
    return json;
  };

  it('keeps each on the same words where they remain, else on the Pasal’s first word, and says which', () => {
    const { master, variant, sync } = family();
    setBody(variant, withComments());
    setBody(
      master,
      body({ pasal: 'Maksud kerja sama ini adalah pengawasan penyelenggaraan layanan daerah.' }),
    );
    const { applied } = sync();
    expect(applied.reanchored).toEqual([
      { unitId: 'c1', pointId: 'p_same', where: 'same' },
      { unitId: 'c1', pointId: 'p_gone', where: 'start' },
    ]);
    expect(anchoredWords(variant, 'p_same')).toEqual(['pengawasan']);
    expect(anchoredWords(variant, 'p_gone')).toEqual(['MAKSUD']);
    expect(textOf(bodyOf(variant))).toContain('penyelenggaraan layanan daerah');
  });
});
