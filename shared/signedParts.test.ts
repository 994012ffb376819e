import { describe, expect, it } from 'vitest';
import { buildParties, signingMeta } from '../templates/fixtures.ts';
import { instantiateTemplate } from '../templates/index.ts';
import { clauseHash, clauseNodes, type PMJSON } from './clauses.ts';
import { type DocumentMeta, partyMetaKey } from './meta.ts';
import { NODE } from './schema/names.ts';
import {
  approvalFingerprint,
  inPaperOrder,
  isPartId,
  PART,
  type PrintedLiaison,
  type PrintedParty,
  type SignedPartsInput,
  signedParts,
} from './signedParts.ts';

const parties: PrintedParty[] = buildParties().map((p) => ({
  id: p.id,
  ordinal: p.ordinal,
  name: p.name,
  shortName: p.shortName,
  logo: null,
}));
const liaisons: PrintedLiaison[] = [
  {
    partyId: parties[1]!.id,
    unit: 'Bagian Organisasi',
    name: 'Sari',
    position: 'Kabag',
    phone: '0741',
    email: 's@x.id',
  },
  {
    partyId: parties[0]!.id,
    unit: 'Keasistenan',
    name: 'Budi',
    position: 'Asisten',
    phone: '0742',
    email: 'b@x.id',
  },
];

function input(kind: 'mou' | 'pks' = 'pks'): SignedPartsInput {
  const { body, meta } = instantiateTemplate(kind, {
    title: '',
    subject: 'Pelayanan Publik',
    parties: buildParties(),
  });
  // A BAB heading before the first Pasal, as a long agreement has.
  const first = body.content!.findIndex((n) => n.type === NODE.clause);
  body.content!.splice(first, 0, {
    type: NODE.chapter,
    attrs: { id: 'bab1' },
    content: [{ type: NODE.text, text: 'KETENTUAN UMUM' }],
  });
  return { kind, body, meta: signingMeta(meta, buildParties()), parties, liaisons };
}

const hashes = (i: SignedPartsInput) => new Map(signedParts(i).map((p) => [p.id, p.hash]));
const clauseHashes = (body: PMJSON) =>
  [...clauseNodes(body)].map(([id, n]) => `${id} ${clauseHash(n)}`).sort();

/** The part ids whose hash differs after `change`, and whether any Pasal's hash moved. */
function changedBy(change: (i: SignedPartsInput) => SignedPartsInput) {
  const before = input();
  const after = change(structuredClone(before));
  const a = hashes(before);
  const b = hashes(after);
  return {
    parts: [...a.keys()].filter((id) => a.get(id) !== b.get(id)),
    pasal: JSON.stringify(clauseHashes(before.body)) !== JSON.stringify(clauseHashes(after.body)),
  };
}

const top = (i: SignedPartsInput) => i.body.content!;
const firstOf = (i: SignedPartsInput, type: string) => top(i).find((n) => n.type === type)!;
/** Appends words to the first text node under `node`. */
function typeInto(node: PMJSON, words: string): void {
  const walk = (n: PMJSON): boolean => {
    if (n.type === NODE.text) {
      n.text += words;
      return true;
    }
    return (n.content ?? []).some(walk);
  };
  walk(node);
}
/** Words typed into the first node of `type`: the change, as a function of the input. */
const typedInto = (type: string) => (i: SignedPartsInput) => {
  typeInto(firstOf(i, type), ' X');
  return i;
};
const withMeta = (key: string, value: string) => (i: SignedPartsInput) => {
  i.meta = { ...i.meta, [key]: value } as DocumentMeta;
  return i;
};

describe('signedParts', () => {
  it('lists the parts outside the Pasal, with the annex for a PKS only', () => {
    expect(signedParts(input('mou')).map((p) => p.id)).toEqual([
      PART.opening,
      PART.arrangement,
      PART.closing,
      PART.meta,
      PART.parties,
    ]);
    const pks = signedParts(input('pks'));
    expect(pks.map((p) => p.id)).toContain(PART.annex);
    for (const p of pks) {
      expect(p.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(p.label.id).not.toBe('');
      expect(p.label.en).not.toBe('');
      expect(isPartId(p.id)).toBe(true);
    }
    expect(isPartId(clauseNodes(input().body).keys().next().value!)).toBe(false);
  });

  it('gives the same hashes for the same document, whatever the order of the meta keys', () => {
    const a = input();
    const b = structuredClone(a);
    b.meta = Object.fromEntries(Object.entries(b.meta).reverse());
    b.parties = [...b.parties].reverse();
    expect(signedParts(b)).toEqual(signedParts(a));
  });

  it.each([
    ['the opening formula or komparisi', typedInto(NODE.preamble), [PART.opening]],
    ['the closing', typedInto(NODE.closing), [PART.closing]],
    [
      'a loose paragraph between two Pasal',
      (i: SignedPartsInput) => {
        const at = top(i).findIndex((n) => n.type === NODE.clause) + 1;
        top(i).splice(at, 0, { type: NODE.paragraph, content: [{ type: NODE.text, text: 'Sisipan' }] });
        return i;
      },
      [PART.arrangement],
    ],
    [
      'a BAB heading',
      (i: SignedPartsInput) => {
        firstOf(i, NODE.chapter).content = [{ type: NODE.text, text: 'KETENTUAN LAIN' }];
        return i;
      },
      [PART.arrangement],
    ],
    [
      'the order of two Pasal',
      (i: SignedPartsInput) => {
        const at = top(i).findIndex((n) => n.type === NODE.clause);
        [top(i)[at], top(i)[at + 1]] = [top(i)[at + 1]!, top(i)[at]!];
        return i;
      },
      [PART.arrangement],
    ],
    ['the subject', withMeta('subject', 'Hal lain'), [PART.meta]],
    ['the title', withMeta('title', 'Judul lain'), [PART.meta]],
    ['the date', withMeta('date', '2025-07-01'), [PART.meta]],
    ['the place', withMeta('place', 'Sungai Penuh'), [PART.meta]],
    ['a number', withMeta(partyMetaKey.number(parties[1]!.id), '100/2025'), [PART.meta]],
    ['a signatory name', withMeta(partyMetaKey.signatoryName(parties[0]!.id), 'Orang Lain'), [PART.meta]],
    ['a signatory position', withMeta(partyMetaKey.signatoryPosition(parties[0]!.id), 'Plt.'), [PART.meta]],
    ['a NIP', withMeta(partyMetaKey.signatoryNip(parties[1]!.id), '1970'), [PART.meta]],
    [
      "a party's name",
      (i: SignedPartsInput) => ({
        ...i,
        parties: i.parties.map((p, n) => (n ? { ...p, name: 'Kota Lain' } : p)),
      }),
      [PART.parties],
    ],
    [
      "a party's short name (printed in the annex)",
      (i: SignedPartsInput) => ({
        ...i,
        parties: i.parties.map((p, n) => (n ? { ...p, shortName: 'Kota' } : p)),
      }),
      [PART.parties, PART.annex],
    ],
    [
      "a party's logo",
      (i: SignedPartsInput) => ({
        ...i,
        parties: i.parties.map((p, n) => (n ? p : { ...p, logo: 'ab'.repeat(32) })),
      }),
      [PART.parties],
    ],
    [
      'a liaison',
      (i: SignedPartsInput) => ({ ...i, liaisons: [{ ...liaisons[0]!, phone: '0800' }, liaisons[1]!] }),
      [PART.annex],
    ],
    ['every liaison removed', (i: SignedPartsInput) => ({ ...i, liaisons: [] }), [PART.annex]],
  ])('a change to %s makes exactly its part stale, no Pasal', (_what, change, expected) => {
    expect(changedBy(change)).toEqual({ parts: expected, pasal: false });
  });

  it.each([
    ['the number of originals (printed in the closing text itself)', withMeta('originals', '3')],
    ['the term in the meta (checked against the text, not printed)', withMeta('termYears', '2')],
    ['a meta key of no party', withMeta(partyMetaKey.signatoryName('bukan-pihak'), 'Siapa')],
    ['surrounding spaces', withMeta('subject', ' Pelayanan Publik ')],
    [
      'a discussion anchor in the opening',
      (i: SignedPartsInput) => {
        const text = (function find(n: PMJSON): PMJSON | undefined {
          return n.type === NODE.text ? n : (n.content ?? []).map(find).find(Boolean);
        })(firstOf(i, NODE.preamble))!;
        text.marks = [{ type: 'pointAnchor', attrs: { pointId: 'pt1' } }];
        return i;
      },
    ],
  ])('%s changes nothing printed and no part', (_what, change) => {
    expect(changedBy(change)).toEqual({ parts: [], pasal: false });
  });

  it('a change inside a Pasal is the Pasal’s own, not a part’s', () => {
    const changed = changedBy(typedInto(NODE.clause));
    expect(changed).toEqual({ parts: [], pasal: true });
  });
});

describe('approvalFingerprint', () => {
  const items = [
    { id: PART.opening, hash: 'a'.repeat(64) },
    { id: 'c1', hash: 'b'.repeat(64) },
  ];

  it('is stable, short for print, and changes with any hash or the order', () => {
    const f = approvalFingerprint(items);
    expect(f.full).toMatch(/^[0-9a-f]{64}$/);
    expect(f.short).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(f.short.replaceAll('-', '').toLowerCase()).toBe(f.full.slice(0, 16));
    expect(approvalFingerprint(structuredClone(items))).toEqual(f);
    expect(approvalFingerprint([items[0]!, { ...items[1]!, hash: 'c'.repeat(64) }]).full).not.toBe(f.full);
    expect(approvalFingerprint([...items].reverse()).full).not.toBe(f.full);
  });

  it('takes Pasal and parts in the order of the paper', () => {
    const parts = signedParts(input('mou'));
    const clauses = [{ id: 'c1' }, { id: 'c2' }];
    expect(inPaperOrder(clauses, parts).map((x) => x.id)).toEqual([
      PART.opening,
      'c1',
      'c2',
      PART.arrangement,
      PART.closing,
      PART.meta,
      PART.parties,
    ]);
  });
});
