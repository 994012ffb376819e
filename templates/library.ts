import type { SectionKey } from '../shared/checklist.ts';
import { type DocumentOutline, outlineOf, type PMJSON } from '../shared/clauses.ts';
import { clauseText } from '../shared/clauseText.ts';
import { NODE } from '../shared/schema/names.ts';
import { CLAUSE_FILES } from './clauses/index.ts';
import { withFreshIds } from './freshIds.ts';
import { fillPlaceholders } from './placeholders.ts';
import { type AgreementKind, DOCUMENT_NAME } from './types.ts';

/** A standard clause as stored in templates/clauses/<key>.json. */
export interface ClauseLibraryEntry {
  key: string;
  title: { id: string; en: string };
  tags: string[];
  kinds: AgreementKind[];
  /** The completeness section the clause fills, if any. */
  checklist: SectionKey | null;
  /** A `clause` node with fixed ids and `{{document}}` placeholders. */
  clause: PMJSON;
  /** The clause in plain English, `{{documentEn}}` standing for the document's name. */
  textEn?: string;
}

/** What the picker lists: the entry without its node, with its text ready to read. */
export interface ClauseLibraryItem {
  key: string;
  title: { id: string; en: string };
  tags: string[];
  kinds: AgreementKind[];
  checklist: SectionKey | null;
  /** Indonesian text, one paragraph per line. */
  textId: string;
  textEn: string | null;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The paragraphs under `node`, one a line, references read inside the clause `from` ("ayat (1)"). */
function lines(node: PMJSON, outline: DocumentOutline, from: string): string {
  if (node.type === NODE.paragraph || node.type === NODE.clauseHeading)
    return clauseText(node, outline, from);
  return (node.content ?? []).map((child) => lines(child, outline, from)).join('\n');
}

function clauseBody(entry: ClauseLibraryEntry, kind: AgreementKind): PMJSON {
  return fillPlaceholders(entry.clause, { document: DOCUMENT_NAME[kind].id });
}

function toItem(entry: ClauseLibraryEntry, kind: AgreementKind): ClauseLibraryItem {
  const clause = clauseBody(entry, kind);
  const outline = outlineOf({ type: NODE.doc, content: [clause] });
  const [, ...body] = clause.content ?? [];
  return {
    key: entry.key,
    title: entry.title,
    tags: entry.tags,
    kinds: entry.kinds,
    checklist: entry.checklist,
    textId: body.map((node) => lines(node, outline, String(clause.attrs?.id))).join('\n'),
    textEn: entry.textEn?.replaceAll('{{documentEn}}', DOCUMENT_NAME[kind].en) ?? null,
  };
}

/**
 * The standard clauses, optionally only those for a kind and matching a query. Every word
 * of the query must occur (case and accents ignored) in the title (either language), tags,
 * key or text; matches in the title rank first.
 */
export function listClauseLibrary(query?: string | null, kind?: AgreementKind | null): ClauseLibraryItem[] {
  const words = fold(query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const ranked: { item: ClauseLibraryItem; score: number; order: number }[] = [];
  CLAUSE_FILES.forEach((entry, order) => {
    if (kind && !entry.kinds.includes(kind)) return;
    const item = toItem(entry, kind ?? 'pks');
    const title = fold(`${item.title.id} ${item.title.en}`);
    const tags = fold(`${item.tags.join(' ')} ${item.key.replaceAll('-', ' ')}`);
    const text = fold(`${item.textId} ${item.textEn ?? ''}`);
    let score = 0;
    for (const word of words) {
      if (title.includes(word)) score += 3;
      else if (tags.includes(word)) score += 2;
      else if (text.includes(word)) score += 1;
      else return;
    }
    ranked.push({ item, score, order });
  });
  return ranked.sort((a, b) => b.score - a.score || a.order - b.order).map((r) => r.item);
}

/** The picker's view of one standard clause, its texts naming a document of `kind`; null for an unknown key. */
export function clauseLibraryItem(key: string, kind: AgreementKind = 'pks'): ClauseLibraryItem | null {
  const entry = clauseLibraryEntry(key);
  return entry ? toItem(entry, kind) : null;
}

/** The stored entry of a standard clause, or null. */
export function clauseLibraryEntry(key: string): ClauseLibraryEntry | null {
  return CLAUSE_FILES.find((e) => e.key === key) ?? null;
}

/**
 * A standard clause ready to insert into a document of the given kind: its document name
 * filled in and fresh ids for the clause and its ayat. Null for an unknown key.
 */
export function clauseFromLibrary(key: string, kind: AgreementKind = 'pks'): PMJSON | null {
  const entry = clauseLibraryEntry(key);
  return entry ? withFreshIds(clauseBody(entry, kind)) : null;
}
