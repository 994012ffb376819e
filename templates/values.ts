import { KOMPARISI_BLANK } from '../shared/komparisi.ts';
import {
  countWithWords,
  datePartsInWords,
  type PartyWording,
  parseIsoDate,
  partyLabel,
  partyLabelList,
  shortDate,
} from '../shared/words.ts';
import type { PlaceholderValues } from './placeholders.ts';
import { type AgreementKind, DEFAULT_SUBJECT, type TemplateContext, type TemplateParty } from './types.ts';

/** What an unknown value prints as: a blank that the completeness check flags until filled. */
const DOTS = '………';
const or = (value: string | null | undefined, blank: string) => (value?.trim() ? value.trim() : blank);

/** The `party.*` values of one party (komparisi, correspondence list). */
export function partyValues(
  party: TemplateParty,
  position: number,
  prefix = 'party',
  wording: PartyWording = 'pertama',
): PlaceholderValues {
  return {
    [`${prefix}.number`]: String(position),
    [`${prefix}.label`]: partyLabel(position, wording),
    [`${prefix}.name`]: party.name,
    [`${prefix}.shortName`]: or(party.shortName, party.name),
    [`${prefix}.seat`]: or(party.seat, '[alamat]'),
    // Always the blanks: the komparisi reads them from the Info fields (shared/komparisi.ts),
    // where instantiateTemplate puts a signatory known at creation.
    [`${prefix}.signatoryName`]: KOMPARISI_BLANK.signatoryName,
    [`${prefix}.signatoryPosition`]: KOMPARISI_BLANK.signatoryPosition,
  };
}

/** "Nota Kesepakatan tentang X" → "X": the subject of the MoU when only its title is known. */
function mouSubject(ctx: TemplateContext): string {
  const mou = ctx.mou;
  if (mou?.subject?.trim()) return mou.subject.trim();
  const fromTitle = (mou?.title ?? '').replace(
    /^\s*(nota kesepa(kat|ham)an|kesepakatan bersama)\s*(tentang\s*)?/i,
    '',
  );
  return or(fromTitle, '[perihal Nota Kesepakatan]');
}

/** The document-wide placeholder values; the title and subject also go into the document's meta. */
export type TemplateValues = PlaceholderValues & { title: string; subject: string };

/** Every document-wide placeholder value for a template of the given kind. */
export function templateValues(
  kind: AgreementKind,
  ctx: TemplateContext,
  parties: TemplateParty[],
  originals: number,
): TemplateValues {
  const day = parseIsoDate(ctx.date);
  const date = day && datePartsInWords(day);
  const mouDay = parseIsoDate(ctx.mou?.date);
  const numbers = (ctx.mou?.numbers ?? []).map((n) => n.trim()).filter(Boolean);
  const mouDate = ctx.mou?.date?.trim() ?? '';
  const values: TemplateValues = {
    title: or(ctx.title, kind === 'mou' ? 'Nota Kesepakatan' : 'Perjanjian Kerja Sama'),
    subject: or(ctx.subject, DEFAULT_SUBJECT[kind]),
    place: or(ctx.place, DOTS),
    day: date?.day ?? DOTS,
    dateWords: date?.date ?? DOTS,
    month: date?.month ?? DOTS,
    yearWords: date?.year ?? DOTS,
    dateNumeric: date?.numeric ?? DOTS,
    originals: countWithWords(originals),
    'parties.labels': partyLabelList(parties.length, ctx.wording),
    'mou.title': or(ctx.mou?.title, '[judul Nota Kesepakatan]'),
    'mou.subject': mouSubject(ctx),
    'mou.numbers': numbers.length ? numbers.join(' dan Nomor ') : '[nomor]',
    'mou.date': mouDay ? shortDate(mouDay) : mouDate || '[tanggal]',
  };
  parties.forEach((party, i) => {
    Object.assign(values, partyValues(party, i + 1, `party${i + 1}`, ctx.wording));
  });
  for (let i = 0; i < Math.max(numbers.length, parties.length); i++) {
    values[`mou.number${i + 1}`] = numbers[i] ?? '[nomor]';
  }
  return values;
}
