import {
  type AgreementKind,
  type Bilingual,
  CHECKLIST,
  type ChecklistLevel,
  headingMatches,
  type SectionKey,
} from './checklist.ts';
import { brokenReferences, outlineOf, type PMJSON, textOf } from './clauses.ts';
import { fillKomparisi } from './komparisi.ts';
import { type DocumentMeta, META } from './meta.ts';
import { NODE } from './schema/names.ts';
import { listSuggestions } from './suggestions/list.ts';
import { parseTermYears, termYearsOf } from './term.ts';
import { fillVariables, type VariableValues } from './variables/fill.ts';
import { variableLabel } from './variables/names.ts';

export type { AgreementKind, Bilingual, ChecklistLevel, SectionKey } from './checklist.ts';

export interface CompletenessItem {
  key: SectionKey;
  label: Bilingual;
  level: ChecklistLevel;
  present: boolean;
  /** Clauses that make up the section (empty for sections read from meta, preamble or closing). */
  clauseIds: string[];
}

export interface CompletenessWarning {
  id: string;
  message: Bilingual;
}

export interface CompletenessReport {
  items: CompletenessItem[];
  warnings: CompletenessWarning[];
  /** Items of level `required` that are not present. */
  missingRequired: number;
}

export interface CompletenessOptions {
  /** The MoU a PKS implements (documents.mou_id). */
  mouId?: string | null;
  /** Parties whose signatory must be filled in; by default the parties found in the meta keys. */
  partyIds?: string[];
  /** A PKS with a third party must contain sanctions (PP 28/2018 Pasal 19(2)); default true. */
  thirdParty?: boolean;
  /** The values of a master PKS's variables for this document; one left without a value is a template placeholder. */
  variables?: VariableValues;
  /** An addendum changes a signed agreement: it needs only what the paper it is needs, and has no term. */
  amendment?: 'addendum' | 'renewal' | null;
}

/**
 * What an addendum holds of the checklist: the agreement's own sections (its purpose, scope,
 * term and the rest) stay in the agreement it changes, which remains in force.
 */
const ADDENDUM_SECTIONS: ReadonlySet<string> = new Set([
  'title',
  'signing',
  'parties',
  'recitals',
  'closing',
  'signatory',
  'dprd',
  'placeholders',
  'suggestions',
]);

/** What an unfilled variable reads as to the placeholder check: "[variabel Nama OPD]". */
const variableBlank = (name: unknown) => `[variabel ${variableLabel(name)}]`;

/** The longest term that is common practice; longer ones are warned, not refused. */
export const MAX_USUAL_TERM_YEARS = 5;

/** A clause that puts the work plan in an annex, whatever its heading. */
const WORK_PLAN_ANNEX = /rencana kerja[\s\S]*lampiran|lampiran[\s\S]*rencana kerja/i;

interface ClauseView {
  id: string;
  heading: string;
  text: string;
}

/** Text of every textblock under a node, one per line, so words of adjacent paragraphs never run together. */
function blockText(node: PMJSON): string {
  if (node.type === NODE.paragraph || node.type === NODE.clauseHeading || node.type === NODE.chapter) {
    return textOf(node);
  }
  return (node.content ?? []).map(blockText).join('\n');
}

function sectionText(doc: PMJSON, type: string): string {
  return (doc.content ?? [])
    .filter((n) => n.type === type)
    .map(blockText)
    .join('\n');
}

const filled = (v: string | undefined) => Boolean(v?.trim());

/** Party ids of the document: given, or read from the `signatoryName.<partyId>` meta keys. */
function partyIdsOf(meta: DocumentMeta, given?: string[]): string[] {
  if (given) return given;
  return Object.keys(meta)
    .filter((k) => k.startsWith('signatoryName.'))
    .map((k) => k.slice('signatoryName.'.length));
}

/**
 * Checks a document against the checklist of its kind (docs/DOMAIN.md): which sections are
 * present, which required ones are missing, and warnings about the term, the MoU a PKS
 * implements, broken cross-references and unfilled placeholders. Sections are found by
 * clause headings (synonyms allowed), the preamble, the closing and the meta fields.
 * Pure: runs on the server (API) and in the browser (editor panel) alike.
 */
export function checkCompleteness(
  kind: AgreementKind | string,
  doc: PMJSON,
  meta: DocumentMeta,
  opts: CompletenessOptions = {},
): CompletenessReport {
  if (kind !== 'mou' && kind !== 'pks') return { items: [], warnings: [], missingRequired: 0 };
  const byId = new Map(
    (doc.content ?? []).filter((n) => n.type === NODE.clause).map((n) => [n.attrs?.id, n]),
  );
  const clauses: ClauseView[] = outlineOf(doc).clauses.map((c) => ({
    id: c.id,
    heading: c.heading,
    text: blockText(byId.get(c.id) ?? { type: NODE.clause }),
  }));
  const preamble = sectionText(doc, NODE.preamble);
  const closing = sectionText(doc, NODE.closing);
  const allText = [preamble, ...clauses.map((c) => c.text), closing].join('\n');
  const partyIds = partyIdsOf(meta, opts.partyIds);

  // The komparisi's "[nama pejabat]" and "[jabatan]" read from the Info fields (partyIds in ordinal order).
  const parties = partyIds.map((id, i) => ({ id, ordinal: i + 1 }));
  const withValues = fillVariables(doc, opts.variables ?? {}, variableBlank);
  const placeholderPlaces = templatePlaceholders(fillKomparisi(withValues, meta, parties));
  const clausesWithText = (re: RegExp) => clauses.filter((c) => re.test(c.text)).map((c) => c.id);
  const pending = listSuggestions(doc);
  const special: Partial<Record<SectionKey, () => { present: boolean; clauseIds: string[] }>> = {
    title: () => ({ present: filled(meta[META.title]), clauseIds: [] }),
    signing: () => ({ present: filled(meta[META.place]) && filled(meta[META.date]), clauseIds: [] }),
    parties: () => ({
      present: /PIHAK PERTAMA/.test(preamble) && /PIHAK KEDUA/.test(preamble),
      clauseIds: [],
    }),
    recitals: () => ({ present: /\bbahwa\b/i.test(preamble), clauseIds: [] }),
    closing: () => {
      const re = /\brangkap\b|\bmeterai\b/i;
      const ids = clausesWithText(re).filter((id) =>
        clauses.find((c) => c.id === id)?.heading.match(/PENUTUP/i),
      );
      return { present: re.test(closing) || ids.length > 0, clauseIds: ids };
    },
    signatory: () => ({
      present:
        partyIds.length >= 2 &&
        partyIds.every((p) => filled(meta[`signatoryName.${p}`]) && filled(meta[`signatoryPosition.${p}`])),
      clauseIds: [],
    }),
    dprd: () => {
      const ids = clausesWithText(/\bDPRD\b|Dewan Perwakilan Rakyat Daerah/i);
      return { present: ids.length > 0 || /\bDPRD\b/.test(preamble), clauseIds: ids };
    },
    placeholders: () => {
      const ids = placeholderPlaces.flatMap((p) => (p.clauseId ? [p.clauseId] : []));
      return { present: placeholderPlaces.length === 0, clauseIds: ids };
    },
    // The text to sign is the text every suggestion was decided on.
    suggestions: () => ({
      present: pending.length === 0,
      clauseIds: [...new Set(pending.flatMap((s) => (s.clauseId ? [s.clauseId] : [])))],
    }),
  };

  const items: CompletenessItem[] = [];
  const addendum = opts.amendment === 'addendum';
  for (const rule of CHECKLIST) {
    let level = rule.levels[kind];
    if (!level || (addendum && !ADDENDUM_SECTIONS.has(rule.key))) continue;
    if (rule.key === 'sanctions' && opts.thirdParty === false) level = 'recommended';
    let found = special[rule.key]?.();
    if (!found) {
      const ids = clauses.filter((c) => headingMatches(rule, c.heading)).map((c) => c.id);
      // A work plan usually lives in an annex that a clause points to ("rencana kerja ... Lampiran").
      const planIds = rule.key === 'implementation' && !ids.length ? clausesWithText(WORK_PLAN_ANNEX) : [];
      found = { present: ids.length + planIds.length > 0, clauseIds: ids.length ? ids : planIds };
    }
    const label =
      rule.key === 'placeholders'
        ? placeholderLabel(rule.label, placeholderPlaces)
        : rule.key === 'suggestions' && pending.length > 0
          ? {
              id: `${pending.length} usulan belum diterima atau ditolak`,
              en: `${pending.length} suggestion(s) not yet accepted or rejected`,
            }
          : rule.label;
    items.push({ key: rule.key, label, level, ...found });
  }

  const termClauses = clauses.filter((c) => items.find((i) => i.key === 'term')?.clauseIds.includes(c.id));
  const warnings = [
    ...(addendum ? [] : termWarnings(termClauses, meta)),
    ...mouWarnings(kind, preamble, opts),
    ...referenceWarnings(doc),
    ...blankWarnings(allText),
  ];
  const missingRequired = items.filter((i) => i.level === 'required' && !i.present).length;
  return { items, warnings, missingRequired };
}

function termWarnings(termClauses: ClauseView[], meta: DocumentMeta): CompletenessWarning[] {
  const fromText = termClauses.map((c) => termYearsOf(c.text)).find((y) => y !== null) ?? null;
  const fromMeta = parseTermYears(meta[META.termYears]);
  const warnings: CompletenessWarning[] = [];
  if (!termClauses.length || fromText === null) {
    warnings.push({
      id: 'term.missing',
      message: termClauses.length
        ? {
            id: 'Pasal jangka waktu tidak menyebutkan lamanya.',
            en: 'The term clause does not state a duration.',
          }
        : { id: 'Jangka waktu tidak diatur dalam naskah.', en: 'The text does not set a term.' },
    });
  }
  const longest = Math.max(fromText ?? 0, fromMeta ?? 0);
  if (longest > MAX_USUAL_TERM_YEARS) {
    warnings.push({
      id: 'term.too_long',
      message: {
        id: `Jangka waktu ${longest} tahun melebihi praktik lazim ${MAX_USUAL_TERM_YEARS} tahun.`,
        en: `A term of ${longest} years exceeds the usual ${MAX_USUAL_TERM_YEARS} years.`,
      },
    });
  }
  if (fromText !== null && fromMeta !== null && fromText !== fromMeta) {
    warnings.push({
      id: 'term.mismatch',
      message: {
        id: `Jangka waktu di naskah (${fromText} tahun) berbeda dengan isian metadata (${fromMeta} tahun).`,
        en: `The term in the text (${fromText} years) differs from the metadata (${fromMeta} years).`,
      },
    });
  }
  return warnings;
}

function mouWarnings(
  kind: AgreementKind,
  preamble: string,
  opts: CompletenessOptions,
): CompletenessWarning[] {
  if (kind !== 'pks' || opts.mouId) return [];
  if (/Nota Kesepa(kat|ham)an|Kesepakatan Bersama|Memorandum of Understanding/i.test(preamble)) return [];
  return [
    {
      id: 'pks.no_mou',
      message: {
        id: 'Perjanjian Kerja Sama ini tidak merujuk Nota Kesepakatan yang dilaksanakannya.',
        en: 'This cooperation agreement does not cite the MoU it implements.',
      },
    },
  ];
}

function referenceWarnings(doc: PMJSON): CompletenessWarning[] {
  const broken = brokenReferences(doc).length;
  if (!broken) return [];
  return [
    {
      id: 'references.broken',
      message: {
        id: `${broken} rujukan menunjuk Pasal atau ayat yang sudah dihapus.`,
        en: `${broken} cross-reference(s) point to a deleted article or paragraph.`,
      },
    },
  ];
}

/**
 * What the templates print for a value nobody has given yet ("[nama pejabat]", "[jabatan]",
 * "[nomor]", "[perihal Nota Kesepakatan]"): a bracket opening on a lower-case word, which
 * the bracketed words an agreement itself uses ("[Pasal 3]", "[sic]") do not.
 */
export const TEMPLATE_PLACEHOLDER = /\[[a-z][^\]\n]{0,58}\]/g;

/** Where a template placeholder is left: a part of the document and the placeholders in it. */
export interface PlaceholderPlace {
  where: Bilingual;
  /** The Pasal holding them; absent for the opening, the closing and the annexes. */
  clauseId?: string;
  found: string[];
}

/** Every part of the document that still holds a template placeholder, in document order. */
export function templatePlaceholders(doc: PMJSON): PlaceholderPlace[] {
  const numbers = new Map(outlineOf(doc).clauses.map((c) => [c.id, c.number]));
  const places: PlaceholderPlace[] = [];
  for (const node of doc.content ?? []) {
    const found = [...new Set(checkedText(node).match(TEMPLATE_PLACEHOLDER) ?? [])];
    if (!found.length) continue;
    const id = String(node.attrs?.id ?? '');
    const where = partName(node.type, numbers.get(id));
    places.push(node.type === NODE.clause ? { where, clauseId: id, found } : { where, found });
  }
  return places;
}

/**
 * The opening formula ("Pada hari ini [hari], tanggal …") is left out: its blanks are the date
 * and place of signing, which the `signing` item requires and the Word export fills from them.
 */
const OPENING_FORMULA = /\bpada\s+hari\s+ini\b/i;

function checkedText(node: PMJSON): string {
  if (node.type !== NODE.preamble) return blockText(node);
  return (node.content ?? [])
    .filter((b) => !(b.type === NODE.paragraph && OPENING_FORMULA.test(textOf(b))))
    .map(blockText)
    .join('\n');
}

function partName(type: string, clauseNumber: number | undefined): Bilingual {
  if (type === NODE.clause) return { id: `Pasal ${clauseNumber}`, en: `Article ${clauseNumber}` };
  if (type === NODE.preamble) return { id: 'pembukaan', en: 'opening' };
  if (type === NODE.closing) return { id: 'penutup', en: 'closing' };
  if (type === NODE.annex) return { id: 'lampiran', en: 'annex' };
  if (type === NODE.chapter) return { id: 'judul bab', en: 'chapter title' };
  return { id: 'naskah', en: 'text' };
}

/** The item's words name each leftover placeholder and where it is, so nobody has to search for it. */
function placeholderLabel(label: Bilingual, places: PlaceholderPlace[]): Bilingual {
  if (!places.length) return label;
  const list = (lang: keyof Bilingual, at: string) =>
    places.map((p) => `${p.found.join(', ')} ${at} ${p.where[lang]}`).join('; ');
  return {
    id: `Isian templat belum diganti: ${list('id', 'di')}`,
    en: `Template placeholders left: ${list('en', 'in')}`,
  };
}

/** Dotted lines "………" are what the templates leave for the place and date of signing. */
const DOTTED_BLANK = /…{3,}|\.{5,}/g;

function blankWarnings(text: string): CompletenessWarning[] {
  const found = text.match(DOTTED_BLANK) ?? [];
  if (!found.length) return [];
  return [
    {
      id: 'text.placeholders',
      message: {
        id: `Naskah masih memuat ${found.length} titik-titik yang belum diisi.`,
        en: `The text still has ${found.length} dotted blank(s) to fill in.`,
      },
    },
  ];
}
